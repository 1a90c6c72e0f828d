// The plain-text timeline for terminals (`loopscope run --timeline`).
//
//   Task-1 · main()   |====================          |
//   Task-2 · hello()  |                    ##........|
//                     +---------+---------+----------+
//                     0 s       1 s       2 s        3 s
//   total 3.0 s
//   # running  = blocking  . waiting  - ready
#include <algorithm>
#include <array>
#include <cstdio>

#include "trace/export.h"
#include "trace/text_util.h"

namespace ls::trace {

namespace {

constexpr int kMinWidth = 10;
constexpr std::size_t kMaxLabelColumns = 32;
constexpr int kMinTickGap = 12;  // columns between ticks, room for "1.25 s"

// What one column of a lane's bar saw: how long each state covered it, and which
// states happened there at all (a zero-length span in virtual time still matters).
struct Cell {
  std::array<Nanos, 4> cover{};
  std::array<bool, 4> seen{};
};

// When two states cover a column equally, or only instants touched it, the one
// that explains more wins: blocking the loop is the lesson's point.
constexpr std::array<SpanState, 4> kPriority = {SpanState::Blocking, SpanState::Running,
                                                SpanState::Waiting, SpanState::Ready};

char glyph(SpanState s) {
  switch (s) {
    case SpanState::Running: return '#';
    case SpanState::Blocking: return '=';
    case SpanState::Waiting: return '.';
    case SpanState::Ready: return '-';
  }
  return '?';
}

// Maps times in [0, total] to bar columns [0, width). 128-bit products keep
// `t * width` exact for any Nanos.
struct Scale {
  Nanos total;
  int width;

  Nanos column_start(int c) const {
    return static_cast<Nanos>(static_cast<__int128>(total) * c / width);
  }
  int column_of(Nanos t) const {
    if (total <= 0) return 0;
    const auto c = static_cast<int>(static_cast<__int128>(t) * width / total);
    return std::clamp(c, 0, width - 1);
  }
};

std::string bar(const Lane& lane, const Scale& scale) {
  std::vector<Cell> cells(static_cast<std::size_t>(scale.width));
  for (const StateSpan& s : lane.states) {
    const Nanos start = std::clamp<Nanos>(s.start, 0, scale.total);
    const Nanos end = std::clamp<Nanos>(s.end == kOpenEnd ? scale.total : s.end, start, scale.total);
    const auto k = static_cast<std::size_t>(s.state);
    if (end == start) {
      cells[static_cast<std::size_t>(scale.column_of(start))].seen[k] = true;
      continue;
    }
    const int last = scale.column_of(end - 1);  // `end` is exclusive
    for (int c = scale.column_of(start); c <= last; ++c) {
      const Nanos lo = std::max(start, scale.column_start(c));
      const Nanos hi = std::min(end, scale.column_start(c + 1));
      Cell& cell = cells[static_cast<std::size_t>(c)];
      cell.seen[k] = true;
      if (hi > lo) cell.cover[k] += hi - lo;
    }
  }

  std::string out(cells.size(), ' ');
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const Cell& cell = cells[c];
    const SpanState* best = nullptr;
    for (const SpanState& s : kPriority) {
      const auto k = static_cast<std::size_t>(s);
      if (best == nullptr ? cell.seen[k] : cell.cover[k] > cell.cover[static_cast<std::size_t>(*best)])
        best = &s;
    }
    if (best != nullptr) out[c] = glyph(*best);
  }
  return out;
}

// The unit a scale of `total` reads best in, and how many nanoseconds it holds.
std::pair<const char*, double> unit_for(Nanos total) {
  if (total >= kNanosPerSecond) return {"s", 1e9};
  if (total >= 1'000'000) return {"ms", 1e6};
  if (total >= 1'000) return {"µs", 1e3};
  return {"ns", 1.0};
}

// "1.25 s": up to three decimals, trailing zeros dropped.
std::string tick_label(Nanos t, Nanos total) {
  const auto [unit, per] = unit_for(total);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.3f", static_cast<double>(t) / per);
  std::string s = buf;
  s.erase(s.find_last_not_of('0') + 1);
  if (s.back() == '.') s.pop_back();
  return s + " " + unit;
}

// The smallest 1-2-5 step that keeps ticks kMinTickGap columns apart.
Nanos tick_step(const Scale& scale) {
  const double min_step = static_cast<double>(scale.total) * kMinTickGap / scale.width;
  for (Nanos decade = 1;; decade *= 10) {
    for (const Nanos m : {1, 2, 5})
      if (static_cast<double>(decade * m) >= min_step) return decade * m;
    if (decade > kOpenEnd / 100) return kOpenEnd;
  }
}

// The ruler and its labels, each starting at column `origin` (the left border).
std::string scale_lines(const Scale& scale, std::size_t origin) {
  const auto w = static_cast<std::size_t>(scale.width);
  // Built by appending: GCC 12 reports a false -Wrestrict for "+" + string&&.
  std::string ruler(w + 2, '-');
  ruler.front() = ruler.back() = '+';
  struct Tick { std::size_t at; std::string text; };
  std::vector<Tick> ticks = {{0, tick_label(0, scale.total)}};
  if (scale.total > 0) {
    const Nanos step = tick_step(scale);
    for (Nanos t = step; t < scale.total; t += step) {
      const std::size_t at = 1 + static_cast<std::size_t>(scale.column_of(t));
      ruler[at] = '+';
      Tick tick{at, tick_label(t, scale.total)};
      const Tick& prev = ticks.back();
      if (tick.at > prev.at + display_width(prev.text)) ticks.push_back(std::move(tick));
    }
  }
  // The end label always shows: it is the number people read. Drop ticks it hides.
  Tick last{w + 1, tick_label(scale.total, scale.total)};
  while (ticks.size() > 1 && last.at <= ticks.back().at + display_width(ticks.back().text))
    ticks.pop_back();
  ticks.push_back(std::move(last));

  std::string labels(origin, ' ');
  for (const Tick& t : ticks) {
    const std::size_t col = display_width(labels);
    labels.append(origin + t.at - std::min(col, origin + t.at), ' ');
    labels += t.text;
  }
  return std::string(origin, ' ') + ruler + "\n" + labels + "\n";
}

std::string total_text(Nanos total) {
  char buf[48];
  if (total == 0 || total >= kNanosPerSecond)
    std::snprintf(buf, sizeof buf, "total %.1f s", to_seconds(total));
  else if (total >= 1'000'000)
    std::snprintf(buf, sizeof buf, "total %.1f ms", static_cast<double>(total) / 1e6);
  else
    std::snprintf(buf, sizeof buf, "total %.1f µs", static_cast<double>(total) / 1e3);
  return buf;
}

std::string outcome_note(const Trace& trace, const Lane& lane) {
  if (lane.outcome != Outcome::Failed && lane.outcome != Outcome::Cancelled) return {};
  std::string note = " ";
  note += to_string(lane.outcome);
  if (lane.outcome_text != 0) note += ": " + shorten(trace.text_of(lane.outcome_text), 40);
  return note;
}

}  // namespace

std::string to_text_timeline(const Trace& trace, const TextTimelineOptions& opts) {
  const Timeline timeline = Timeline::fold(trace);
  const Scale scale{std::max<Nanos>(timeline.end_time(), 0), std::max(opts.width, kMinWidth)};

  std::size_t label_width = 0;
  for (const Lane& lane : timeline.lanes())
    label_width = std::max(label_width, display_width(lane.label));
  label_width = std::min(label_width, kMaxLabelColumns);

  std::string out;
  if (!opts.title.empty()) out += opts.title + "\n";
  for (const Lane& lane : timeline.lanes())
    out += fit(lane.label, label_width) + " |" + bar(lane, scale) + "|" +
           outcome_note(trace, lane) + "\n";
  out += scale_lines(scale, label_width + 1);
  out += total_text(scale.total) + "\n";
  out += "# running  = blocking  . waiting  - ready\n";
  return out;
}

}  // namespace ls::trace
