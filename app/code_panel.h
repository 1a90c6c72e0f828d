// The code panel: each shown variant's program side by side, in the monospace
// font, coloured, with line numbers; the step's lines highlighted; at the playhead
// a pill per live task ("T2") on the line it stands on, in the colour its timeline
// lane has there; an Edit toggle, Run and Reset; and errors shown in place. What it
// shows comes from its CodeBook (model/code_view.h), filled by whoever knows the
// lesson; the traces come from the session's runs of the same titles.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/code_view.h"
#include "panel.h"

namespace ls::app {

class CodePanel final : public Panel {
 public:
  const char* title() const override { return "Code"; }
  Region region() const override { return Region::Bottom; }
  // Room for the longest shown program, up to about 40% of the window.
  float preferred_height(float width, const Fonts& fonts) const override;
  // Nothing to show, no room taken.
  bool visible(const Settings&) const override { return !book_.empty(); }
  void draw(PanelContext& ctx) override;

  CodeBook& book() { return book_; }
  const CodeBook& book() const { return book_; }

  // For tests: what the last frame showed of variant `i`.
  enum class Button { Edit, Run, Reset };
  // The button's centre in screen pixels; (-1, -1) if it was not drawn.
  ImVec2 button_centre(std::size_t i, Button b) const;
  const std::vector<TaskMarker>& markers(std::size_t i) const { return ui_.at(i).markers; }
  // The first and last lines at least partly on screen.
  std::uint32_t first_visible_line(std::size_t i) const { return ui_.at(i).first_visible; }
  std::uint32_t last_visible_line(std::size_t i) const { return ui_.at(i).last_visible; }
  // Whether the error's message was drawn (under its line, or in the footer).
  bool error_shown(std::size_t i) const { return ui_.at(i).error_shown; }
  const std::optional<CodeError>& shown_error(std::size_t i) const { return ui_.at(i).error; }

 private:
  // Per variant, kept across frames.
  struct VariantUi {
    std::vector<TaskMarker> markers;
    std::uint32_t pointed_line = 0;    // the step's first pointed line last scrolled to
    std::uint32_t followed_line = 0;   // the running line seen in the last frame
    float laid_out_px = 0.0f;          // the text size those scrolls were made at
    std::uint64_t steps_seen = 0;      // the session's steps_taken() last frame
    bool was_editing = false;
    std::string error_seen;            // the error last scrolled to ("" when none)
    std::optional<CodeError> error;    // the error shown this frame (CodeView::error_at)
    std::string stderr_seen;           // the run's stderr last handed to the view
    std::uint32_t first_visible = 0, last_visible = 0;
    bool error_shown = false;
    ImVec2 buttons[3] = {ImVec2(-1, -1), ImVec2(-1, -1), ImVec2(-1, -1)};
  };
  struct Metrics;

  void draw_variant(PanelContext& ctx, std::size_t i, float width);
  void draw_header(PanelContext& ctx, std::size_t i, CodeView& view, VariantUi& ui);
  void draw_code(PanelContext& ctx, CodeView& view, VariantUi& ui, float height);
  void draw_editor(PanelContext& ctx, std::size_t i, CodeView& view, VariantUi& ui, float height);
  void draw_footer(const PanelContext& ctx, VariantUi& ui);
  // The session run showing variant `i` (same title, else same index), or null.
  static const struct SessionRun* run_for(const PanelContext& ctx, std::size_t i,
                                          const CodeView& view, std::size_t shown);

  CodeBook book_;
  std::vector<VariantUi> ui_;
};

}  // namespace ls::app
