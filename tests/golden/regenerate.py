#!/usr/bin/env python3
"""Regenerate the golden tests' expected outputs by running each program with python3.

For every programs/NAME.py this writes, beside it:
  NAME.out   the exact stdout
  NAME.exit  the exit code
  NAME.err   the last non-blank line of stderr, when stderr is not empty
             (the error line of a traceback, or of "Task exception was never
             retrieved"); removed when stderr is empty.

Programs with a hand-written NAME.expected.md are never run: their .out/.exit/.err
were worked out by hand from the spec (they use the simulated network, the
sandbox, or Loopscope-only errors) and this script only checks they exist.
A program that imports a module outside the standard library without such a file
is refused: its expected output cannot come from python3.

Each program runs in a fresh temporary directory (files it writes land there),
with a timeout, PYTHONHASHSEED=0, and the program given by absolute path.

Usage:
  tests/golden/regenerate.py                 regenerate every program
  tests/golden/regenerate.py NAME [NAME...]  only these (with or without .py)
  tests/golden/regenerate.py --check         compare with the stored files,
                                             write nothing, exit 1 on a mismatch
Options: -j N parallel runs (default 2),
         --repeat N runs per program that must all agree (default 2),
         --timeout S per program (default 60).

Timing: programs print elapsed times rounded to 0.1 s, which CPython measures on
the real clock. On a heavily loaded machine its timers fire late enough to change
a rounded figure; --repeat catches most of that (a program whose runs disagree is
reported "unstable" and nothing is written), but regenerate on a quiet machine and
review the diff before committing.
"""

import argparse
import ast
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"


def imported_modules(source):
    """Top-level module names imported by the program (regex fallback for
    programs that are syntax errors on purpose)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        found = set()
        for m in re.finditer(r"^\s*(?:import|from)\s+([A-Za-z_][A-Za-z0-9_]*)", source, re.M):
            found.add(m.group(1))
        return found
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run_program(path, timeout):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryDirectory(prefix="golden-") as cwd:
        start = time.monotonic()
        proc = subprocess.run([sys.executable, str(path)], cwd=cwd, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        seconds = time.monotonic() - start
        stdout = proc.stdout.decode("utf-8")
        if cwd in stdout or str(PROGRAMS) in stdout:
            raise RuntimeError("stdout contains a machine-specific path")
    stderr = proc.stderr.decode("utf-8", errors="replace")
    return stdout, proc.returncode, (last_line(stderr) if stderr.strip() else None), seconds


def expected_files(name):
    return PROGRAMS / f"{name}.out", PROGRAMS / f"{name}.exit", PROGRAMS / f"{name}.err"


def stored(name):
    out, code, err = expected_files(name)
    return (out.read_text(encoding="utf-8") if out.exists() else None,
            int(code.read_text()) if code.exists() else None,
            err.read_text(encoding="utf-8").rstrip("\n") if err.exists() else None)


def process(name, args):
    """Returns (name, status, message); status is 'ok', 'changed', 'mismatch' or 'error'."""
    path = PROGRAMS / f"{name}.py"
    if (PROGRAMS / f"{name}.expected.md").exists():
        out, code, _ = stored(name)
        if out is None or code is None:
            return name, "error", "hand-written: NAME.out and NAME.exit must exist"
        return name, "ok", "hand-written (see .expected.md), not run"
    foreign = sorted(m for m in imported_modules(path.read_text(encoding="utf-8"))
                     if m not in sys.stdlib_module_names)
    if foreign:
        return name, "error", (f"imports {', '.join(foreign)} (not standard library): "
                               f"write {name}.out/.exit by hand and explain them in {name}.expected.md")
    runs = []
    for _ in range(max(1, args.repeat)):
        try:
            stdout, code, err, seconds = run_program(path, args.timeout)
        except subprocess.TimeoutExpired:
            return name, "error", f"timed out after {args.timeout} s"
        except RuntimeError as e:
            return name, "error", str(e)
        runs.append((stdout, code, err))
    if any(run != runs[0] for run in runs):
        return name, "error", (f"unstable: {len(runs)} runs disagree (machine too busy for "
                               "its timings, or the program is not deterministic)")
    got = runs[0]
    old = stored(name)
    timing = f"{seconds:.1f} s"
    if args.check:
        if got == old:
            return name, "ok", timing
        parts = [what for what, a, b in zip(("stdout", "exit code", "stderr's last line"), got, old)
                 if a != b]
        return name, "mismatch", f"{' and '.join(parts)} differ ({timing})"
    if got == old:
        return name, "ok", f"unchanged ({timing})"
    out_file, code_file, err_file = expected_files(name)
    out_file.write_text(stdout, encoding="utf-8")
    code_file.write_text(f"{code}\n")
    if err is None:
        err_file.unlink(missing_ok=True)
    else:
        err_file.write_text(err + "\n", encoding="utf-8")
    return name, "changed", f"written, exit {code} ({timing})"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="programs to regenerate (default: all)")
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()

    names = [n[:-3] if n.endswith(".py") else n for n in args.names]
    names = names or sorted(p.stem for p in PROGRAMS.glob("*.py"))
    missing = [n for n in names if not (PROGRAMS / f"{n}.py").exists()]
    if missing:
        sys.exit(f"no such program: {', '.join(missing)}")

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda n: process(n, args), names))
    counts = {}
    for name, status, message in results:
        counts[status] = counts.get(status, 0) + 1
        print(f"{status:<8} {name}: {message}")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    print(f"{len(results)} programs: {summary} in {time.monotonic() - start:.1f} s")
    sys.exit(1 if counts.get("error") or counts.get("mismatch") else 0)


if __name__ == "__main__":
    main()
