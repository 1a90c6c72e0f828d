#include "model/lane_layout.h"

#include <algorithm>

namespace ls::app {

std::pair<float, float> StackLayout::row_span(const LaneBox& lane, int row) const {
  if (row == 0) return {lane.y0, lane.y0 + metrics.state_row};
  const float top = lane.y0 + metrics.state_row + static_cast<float>(row - 1) * metrics.call_row;
  return {top, top + metrics.call_row};
}

std::pair<std::size_t, std::size_t> StackLayout::visible(float y0, float y1) const {
  auto first = std::partition_point(lanes.begin(), lanes.end(),
                                    [&](const LaneBox& b) { return b.y1 <= y0; });
  auto last = std::partition_point(first, lanes.end(),
                                   [&](const LaneBox& b) { return b.y0 < y1; });
  return {static_cast<std::size_t>(first - lanes.begin()),
          static_cast<std::size_t>(last - lanes.begin())};
}

StackLayout stack_lanes(const std::vector<std::vector<int>>& call_rows, const LayoutMetrics& m) {
  StackLayout out;
  out.metrics = m;
  float y = 0.0f;
  for (std::size_t s = 0; s < call_rows.size(); ++s) {
    if (s > 0) y += m.section_gap;
    SectionBox sec;
    sec.y0 = y;
    y += m.header;
    sec.lanes_y0 = y;
    for (std::size_t l = 0; l < call_rows[s].size(); ++l) {
      if (l > 0) y += m.lane_gap;
      const int rows = std::max(call_rows[s][l], 0);
      const float h = m.state_row + static_cast<float>(rows) * m.call_row;
      out.lanes.push_back({s, l, y, y + h, rows});
      y += h;
    }
    sec.y1 = y;
    out.sections.push_back(sec);
  }
  out.height = y;
  return out;
}

}  // namespace ls::app
