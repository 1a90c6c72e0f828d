// The program the code panel tests run: two workers sleeping 1 s and 2 s,
// gathered by main. asyncio's rules (DESIGN.md) put main (Task-1) on line 9
// awaiting the gather, and both workers (Task-2 and Task-3, created in argument
// order) on line 5 in their sleeps.
#pragma once

namespace ls::app::test {

constexpr const char* kProgram =
    "import asyncio\n"                                             // 1
    "\n"                                                           // 2
    "async def worker(name, delay):\n"                             // 3
    "    print(name, \"start\")\n"                                 // 4
    "    await asyncio.sleep(delay)\n"                             // 5
    "    print(name, \"end\")\n"                                   // 6
    "\n"                                                           // 7
    "async def main():\n"                                          // 8
    "    await asyncio.gather(worker(\"a\", 1), worker(\"b\", 2))\n"  // 9
    "    print(\"done\")\n"                                        // 10
    "\n"                                                           // 11
    "asyncio.run(main())\n";                                       // 12

}  // namespace ls::app::test
