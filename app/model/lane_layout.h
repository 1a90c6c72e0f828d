// The timeline's vertical layout: runs ("sections") stacked one above the other,
// each a header line then a lane per task; a lane is its state row plus one row per
// call depth. Heights come from the font size, so presenter sizes scale everything.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace ls::app {

struct LayoutMetrics {
  float header = 30.0f;       // the run's title line
  float state_row = 30.0f;    // the bar telling the task's state
  float call_row = 26.0f;     // one row of nested call frames
  float lane_gap = 8.0f;      // between lanes of one run
  float section_gap = 24.0f;  // between runs
};

struct LaneBox {
  std::size_t section = 0;
  std::size_t lane = 0;   // index in the section's Timeline::lanes()
  float y0 = 0.0f;        // top of the state row
  float y1 = 0.0f;        // bottom of the last call row
  int call_rows = 0;
};

struct SectionBox {
  float y0 = 0.0f;        // top of the header
  float lanes_y0 = 0.0f;  // top of the first lane
  float y1 = 0.0f;        // bottom of the last lane
};

struct StackLayout {
  LayoutMetrics metrics;
  std::vector<SectionBox> sections;
  std::vector<LaneBox> lanes;  // all sections' lanes, top to bottom
  float height = 0.0f;

  // Top and bottom of `row` (0 = state row, 1 + depth = call rows) within a lane.
  std::pair<float, float> row_span(const LaneBox& lane, int row) const;
  // Indices into `lanes` of the lanes that intersect [y0, y1): binary search, so
  // thousands of off-screen lanes cost nothing.
  std::pair<std::size_t, std::size_t> visible(float y0, float y1) const;
};

// `call_rows[s][l]` is the number of call rows of lane l of section s (its max depth).
StackLayout stack_lanes(const std::vector<std::vector<int>>& call_rows, const LayoutMetrics& m);

}  // namespace ls::app
