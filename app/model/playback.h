// Playback maths the toolbar and the keys share: the speed ladder (J/K/L and [ / ])
// and stepping "one loop event" over every run's trace at once (← / →).
#pragma once

#include <vector>

#include "trace/event.h"
#include "trace/trace.h"

namespace ls::app {

// The speeds a teacher steps through, slowest first. Few and round, so the
// indicator reads at a glance ("0.25×") and two presses get from 1× to 4×.
const std::vector<double>& speed_steps();
// The next step above / below `speed` (a speed between steps goes to the nearest
// one in that direction); stays put at the ends of the ladder.
double faster(double speed);
double slower(double speed);
// "0.25×", "1×", "10×": the indicator's text.
std::string speed_label(double speed);

// A "loop event" is an instant at which any run's trace records something: a task
// ran, suspended, a timer fired, a line was printed. In virtual time many events
// share one instant (code runs in no time), and the playhead is a time, so a step
// moves to the next distinct instant, never to the same time again.
//
// The earliest event time strictly after `t` in any of `traces`, or `limit` if
// none is before it (the end of the playable range).
trace::Nanos next_event_time(const std::vector<const trace::Trace*>& traces, trace::Nanos t,
                             trace::Nanos limit);
// The latest event time strictly before `t` in any of `traces`, or 0 if none.
trace::Nanos prev_event_time(const std::vector<const trace::Trace*>& traces, trace::Nanos t);

}  // namespace ls::app
