// The timeline panel: every run of the session stacked on one shared time axis,
// a ruler in seconds, a lane per task (its state row, then its nested call frames),
// and the playhead. Ctrl+wheel or W/S zoom at the pointer, drag or A/D pan, F fits,
// a click on the ruler scrubs; hovering a span tells what it was and when.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "model/draw_list.h"
#include "model/lane_layout.h"
#include "model/time_axis.h"
#include "panel.h"

namespace ls::app {

class TimelinePanel final : public Panel {
 public:
  const char* title() const override { return "Timeline"; }
  Region region() const override { return Region::Main; }
  float preferred_height(float, const Fonts&) const override { return 0.0f; }
  void draw(PanelContext& ctx) override;

  const TimeAxis& axis() const { return axis_; }
  // The view buttons above the lanes (zoom, pan, fit), each naming its key.
  enum class ViewButton { ZoomOut, ZoomIn, PanLeft, PanRight, Fit, Count };
  // Where one was drawn last frame, on screen (tests click it).
  ImVec2 view_button_centre(ViewButton b) const { return view_buttons_[static_cast<int>(b)]; }
  // The ruler's vertical middle on screen, as last drawn (for pointing at it).
  float ruler_y() const { return ruler_y_; }
  // The lanes as last laid out, and the screen y their layout's 0 was at.
  const StackLayout& layout() const { return layout_; }
  float lanes_origin_y() const { return lanes_origin_y_; }

 private:
  // Where things go this frame, in screen pixels.
  struct Frame {
    float left = 0.0f;        // the panel's content left edge
    float label_w = 0.0f;     // the lane-label column
    float time_x0 = 0.0f;     // where the time area starts
    float time_w = 0.0f;
    float ruler_h = 0.0f;
    trace::Nanos playhead = 0;
  };

  Frame measure(const PanelContext& ctx);
  float widest_label(const PanelContext& ctx);
  void handle_keys(PanelContext& ctx, const Frame& f);
  // The totals line, and the view buttons at its right.
  void draw_header(const PanelContext& ctx, const Frame& f);
  void view_buttons(const PanelContext& ctx, const Frame& f);
  // What a view button or its key does; zooms keep `anchor` (screen x) still.
  void view_action(const PanelContext& ctx, const Frame& f, ViewButton b, float anchor);
  void draw_ruler(PanelContext& ctx, const Frame& f);
  // The playhead's time tag on the ruler: where it goes, then drawing it and the
  // triangle that marks the playhead.
  std::pair<ImVec2, ImVec2> playhead_tag(const PanelContext& ctx, const Frame& f, float top) const;
  void draw_playhead_head(const PanelContext& ctx, const Frame& f, ImVec2 tag_min, ImVec2 tag_max,
                          float bottom);
  void draw_lanes(PanelContext& ctx, const Frame& f);
  void handle_lane_mouse(const PanelContext& ctx, const Frame& f);
  void fit(const PanelContext& ctx);
  void draw_section_headers(PanelContext& ctx, const Frame& f, const StackLayout& layout,
                            ImVec2 origin);
  void draw_run_end(const PanelContext& ctx, const Frame& f, const LayoutMetrics& m,
                    const SectionBox& sec, ImVec2 origin, trace::Nanos total);
  void draw_lane(PanelContext& ctx, const Frame& f, const StackLayout& layout,
                 const LaneBox& box, ImVec2 origin);
  void draw_lane_band(const Frame& f, const LaneBox& b, ImVec2 origin);
  void draw_grid(const Frame& f, float y0, float y1);
  void draw_playhead_line(const Frame& f, float y0, float y1);
  // `now` ends spans still open at the playhead.
  void show_tooltip(const DrawItem& it, const trace::Lane& lane, const trace::Trace& trace,
                    trace::Nanos now);
  StackLayout layout_runs(const PanelContext& ctx) const;

  TimeAxis axis_;
  bool fitted_ = false;
  std::uint64_t fitted_generation_ = 0;  // the workspace's runs the view was fitted to
  float ruler_y_ = 0.0f;
  ImVec2 view_buttons_[static_cast<int>(ViewButton::Count)] = {};
  StackLayout layout_;
  struct LabelCache {
    std::size_t lanes = 0;
    float px = 0.0f;
    float widest = 0.0f;
  } label_cache_;
  float lanes_origin_y_ = 0.0f;
  std::vector<DrawItem> items_;  // reused lane after lane: no allocation per frame
};

}  // namespace ls::app
