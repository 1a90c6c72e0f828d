// The lesson text, one step at a time: Back / Next (PgUp / PgDn) with "step 2 of
// 6" between them, the step's title and its Markdown body, then its questions:
// the choices as radio buttons to make a prediction, a Reveal button, and once
// revealed (by the button, or by the runs reaching their end) the answer marked
// right or wrong with the explanation. Behaviour is the Workspace's; this draws
// and calls its actions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include "model/markdown.h"
#include "panel.h"

namespace ls::app {

class LessonPanel final : public Panel {
 public:
  const char* title() const override { return "Lesson"; }
  Region region() const override { return Region::Left; }
  float preferred_height(float, const Fonts&) const override { return 0.0f; }  // the rest
  bool shown(const PanelContext& ctx) const override {
    return ctx.workspace && !ctx.workspace->library().empty();
  }
  void draw(PanelContext& ctx) override;

  // Where the controls were drawn last frame, and the position label: tests click
  // and read them.
  struct Hits {
    ImRect back, next;
    std::vector<std::vector<ImRect>> choices;  // [question][choice]
    std::vector<ImRect> reveal;                // [question]; empty rect once revealed
  };
  const Hits& hits() const { return hits_; }
  const std::string& position_label() const { return position_; }

 private:
  void shortcuts(PanelContext& ctx);
  void navigation(PanelContext& ctx);
  void question(PanelContext& ctx, std::size_t q, float width);

  const lesson::Step* parsed_for_ = nullptr;  // the step blocks_ was parsed from
  std::vector<md::Block> blocks_;
  std::uint64_t scrolled_for_ = ~0ull;        // step identity the scroll was reset for
  std::vector<bool> was_revealed_;            // per question of that step, last frame
  // Frames left to keep an answer scrolled into view: ImGui knows the text's
  // full height only a frame after it is first laid out.
  int follow_answer_ = 0;
  std::size_t answer_ = 0;  // the question whose answer is followed
  Hits hits_;
  std::string position_;
};

}  // namespace ls::app
