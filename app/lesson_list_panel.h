// The lesson list, at the top of the lesson column: every lesson in order with
// its number, title and source document, the open one highlighted; a broken
// lesson shows its problem (file:line) instead. It folds to one line (the open
// lesson's title) so the lesson text keeps the column while teaching.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include "panel.h"

namespace ls::app {

class LessonListPanel final : public Panel {
 public:
  const char* title() const override { return "Lessons"; }
  Region region() const override { return Region::Left; }
  float preferred_height(float width, const Fonts& fonts) const override;
  bool shown(const PanelContext& ctx) const override {
    return ctx.workspace && !ctx.workspace->library().empty();
  }
  void draw(PanelContext& ctx) override;

  // Where each entry and the fold button were drawn last frame (tests click them).
  const std::vector<ImRect>& entry_rects() const { return entries_; }
  ImRect fold_rect() const { return fold_; }
  // Each entry's second line as drawn: "from <source>", or its first problem.
  const std::vector<std::string>& details() const { return details_; }

 private:
  void header(PanelContext& ctx);
  void entry(PanelContext& ctx, std::size_t i, float width);

  bool expanded_ = true;       // as the settings said last frame
  float content_h_ = 0.0f;     // the list's full height last frame
  std::vector<ImRect> entries_;
  std::vector<std::string> details_;
  ImRect fold_;
};

}  // namespace ls::app
