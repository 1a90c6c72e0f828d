#include "markdown_view.h"

#include <imgui.h>

#include <algorithm>
#include <string_view>

#include "theme.h"

namespace ls::app {

namespace {

ImFont* font_for(md::Style s, const Fonts& f, bool heading) {
  if (heading) return f.heading;
  switch (s) {
    case md::Style::Bold: return f.bold;
    case md::Style::Code: return f.mono;
    case md::Style::Plain: break;
  }
  return f.regular;
}

// One paragraph's words placed left to right, wrapping at `right`. A word is
// never split; one longer than the line (a long identifier) overflows it alone.
class Flow {
 public:
  Flow(ImDrawList* dl, ImVec2 origin, float left, float right, float line_h)
      : dl_(dl), x_(left), y_(origin.y), left_(left), right_(right), line_h_(line_h) {}

  void word(std::string_view w, ImFont* font, ImU32 colour, bool chip, bool space_before) {
    const float size = font->FontSize;
    const float space = space_before ? font->CalcTextSizeA(size, 1e9f, 0.0f, " ").x : 0.0f;
    const ImVec2 sz = font->CalcTextSizeA(size, 1e9f, 0.0f, w.data(), w.data() + w.size());
    if (x_ > left_ && x_ + space + sz.x > right_) {
      x_ = left_;
      y_ += line_h_;
    } else {
      x_ += space;
    }
    const ImVec2 at(x_, y_ + (line_h_ - size) * 0.5f);
    if (chip) {
      const float pad = size * 0.15f;
      dl_->AddRectFilled(ImVec2(at.x - pad, at.y), ImVec2(at.x + sz.x + pad, at.y + size),
                         palette::kCodeChip, size * 0.2f);
    }
    dl_->AddText(font, size, at, colour, w.data(), w.data() + w.size());
    x_ += sz.x;
  }
  float bottom() const { return y_ + line_h_; }

 private:
  ImDrawList* dl_;
  float x_, y_, left_, right_, line_h_;
};

// The spans' text split at spaces; `glued` tracks whether the next word follows a
// space, so "**bold**," keeps its comma attached.
void flow_spans(Flow& flow, const std::vector<md::Span>& spans, const Fonts& fonts, bool heading) {
  bool pending_space = false;
  for (const md::Span& s : spans) {
    ImFont* font = font_for(s.style, fonts, heading);
    const ImU32 colour = s.style == md::Style::Code ? palette::kCodeText : palette::kText;
    std::string_view rest = s.text;
    while (!rest.empty()) {
      if (rest.front() == ' ') {
        pending_space = true;
        rest.remove_prefix(1);
        continue;
      }
      const std::size_t end = std::min(rest.find(' '), rest.size());
      flow.word(rest.substr(0, end), font, colour, s.style == md::Style::Code, pending_space);
      pending_space = false;
      rest.remove_prefix(end);
    }
  }
}

}  // namespace

float draw_markdown(const std::vector<md::Block>& blocks, const Fonts& fonts, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float px = fonts.px;
  const float gap = px * 0.6f;  // between blocks: paragraphs read as paragraphs
  float y = origin.y;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const md::Block& b = blocks[i];
    if (i > 0) y += gap;
    const float right = origin.x + width;
    switch (b.kind) {
      case md::Kind::Rule:
        dl->AddLine(ImVec2(origin.x, y + px * 0.5f), ImVec2(right, y + px * 0.5f), palette::kTextDim, 1.0f);
        y += px;
        break;
      case md::Kind::Heading: {
        Flow flow(dl, ImVec2(origin.x, y), origin.x, right, fonts.heading->FontSize * 1.25f);
        flow_spans(flow, b.spans, fonts, true);
        y = flow.bottom();
        break;
      }
      case md::Kind::Item: {
        // The marker hangs in the margin; wrapped lines align with the text.
        const float indent = px * 1.4f;
        const float line_h = px * 1.35f;
        dl->AddText(fonts.regular, px, ImVec2(origin.x + px * 0.3f, y + (line_h - px) * 0.5f),
                    palette::kText, b.marker.c_str());
        Flow flow(dl, ImVec2(origin.x, y), origin.x + indent, right, line_h);
        flow_spans(flow, b.spans, fonts, false);
        y = flow.bottom();
        // Items of one list sit closer together than paragraphs.
        if (i + 1 < blocks.size() && blocks[i + 1].kind == md::Kind::Item) y -= gap * 0.6f;
        break;
      }
      case md::Kind::Paragraph: {
        Flow flow(dl, ImVec2(origin.x, y), origin.x, right, px * 1.35f);
        flow_spans(flow, b.spans, fonts, false);
        y = flow.bottom();
        break;
      }
    }
  }
  const float height = y - origin.y;
  ImGui::Dummy(ImVec2(width, std::max(height, 1.0f)));  // moves the cursor, grows the scroll area
  return height;
}

}  // namespace ls::app
