#include "code_painter.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "model/loop_view.h"
#include "theme.h"

namespace ls::app {

ImU32 code_colours::style(CodeStyle s) {
  switch (s) {
    case CodeStyle::Keyword: return kKeyword;
    case CodeStyle::Builtin: return kBuiltin;
    case CodeStyle::String: return kString;
    case CodeStyle::Number:
    case CodeStyle::Field: return kNumber;
    case CodeStyle::Comment: return palette::kTextDim;
    case CodeStyle::Decorator: return kDecorator;
    case CodeStyle::Definition: return kDefinition;
    case CodeStyle::Plain: return palette::kText;
  }
  return palette::kText;
}

float code_line_height(float px) { return std::round(px * 1.3f); }

namespace {

constexpr std::size_t kMaxPills = 6;  // per line; more are counted in a "+N" pill

float text_width(ImFont* font, float px, const char* b, const char* e) {
  return font->CalcTextSizeA(px, FLT_MAX, 0.0f, b, e).x;
}

CodeLayout base_layout(const Fonts& fonts, const std::vector<CodeLine>& lines, float line_h) {
  CodeLayout lay;
  lay.px = fonts.px;
  lay.line_h = line_h;
  lay.lines = static_cast<std::uint32_t>(lines.size());
  const std::string digits = std::to_string(std::max<std::size_t>(lines.size(), 1));
  lay.gutter_w = std::round(text_width(fonts.mono, fonts.px, digits.data(), digits.data() + digits.size()) +
                            fonts.px * 1.3f);
  for (const CodeLine& l : lines) {
    lay.text_w = std::max(lay.text_w, text_width(fonts.mono, fonts.px, l.text.data(), l.text.data() + l.text.size()));
  }
  return lay;
}

// The x of code point column `col` (1-based) of `text` drawn from x = 0.
float column_x(ImFont* font, float px, const std::string& text, std::uint32_t col) {
  std::size_t i = 0;
  for (std::uint32_t c = 1; c < col && i < text.size(); ++c) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return text_width(font, px, text.data(), text.data() + i);
}

void paint_line_text(ImDrawList* dl, ImFont* mono, float px, const CodeLine& line, ImVec2 at) {
  float x = at.x;
  for (const CodeSpan& s : line.spans) {
    const char* b = line.text.data() + s.begin;
    const char* e = line.text.data() + s.end;
    dl->AddText(mono, px, ImVec2(x, at.y), code_colours::style(s.style), b, e);
    x += text_width(mono, px, b, e);
  }
}

struct Pill {
  std::string label;
  ImU32 fill = 0;      // 0: an outline only (a waiting task, as its lane shows it)
  ImU32 edge = 0;
  ImU32 text = 0;
  const TaskMarker* marker = nullptr;
  float w = 0.0f;
};

Pill pill_for(const TaskMarker& m, const Fonts& fonts) {
  Pill p;
  p.label = m.label;
  p.marker = &m;
  const ImU32 c = m.has_state ? palette::state_colour(m.state, m.wait) : palette::kGrey;
  if (m.has_state && m.state == trace::SpanState::Waiting) {
    p.fill = palette::kLaneBg;
    p.edge = c;
    p.text = c;
  } else {
    p.fill = c;
    p.edge = c;
    p.text = palette::kTextOnColour;
  }
  p.w = std::round(text_width(fonts.regular, fonts.px, p.label.data(), p.label.data() + p.label.size()) +
                   fonts.px * 0.7f);
  return p;
}

// The pills of one line, after its text; kept inside the visible right edge so a
// long line's markers never scroll out of sight. Returns the hovered one.
const TaskMarker* paint_pills(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay,
                              const std::vector<const TaskMarker*>& on_line, float text_end, float y,
                              float left_limit, float right_limit, ImVec2 mouse, bool hovered) {
  std::vector<Pill> pills;
  for (std::size_t k = 0; k < on_line.size() && k < kMaxPills; ++k) pills.push_back(pill_for(*on_line[k], fonts));
  if (on_line.size() > kMaxPills) {
    Pill more;
    more.label = "+";
    more.label += std::to_string(on_line.size() - kMaxPills);
    more.fill = palette::kGrey;
    more.edge = palette::kGrey;
    more.text = palette::kTextOnColour;
    more.w = std::round(text_width(fonts.regular, fonts.px, more.label.data(), more.label.data() + more.label.size()) +
                        fonts.px * 0.7f);
    pills.push_back(more);
  }
  const float gap = std::round(lay.px * 0.25f);
  float total = 0.0f;
  for (const Pill& p : pills) total += p.w + gap;
  float x = std::max(left_limit, std::min(text_end + lay.px * 0.8f, right_limit - total));
  const float pad = std::max(1.0f, std::round(lay.px * 0.07f));
  const float y0 = y + pad, y1 = y + lay.line_h - pad;
  const TaskMarker* hit = nullptr;
  for (const Pill& p : pills) {
    const ImVec2 a(x, y0), b(x + p.w, y1);
    const float r = (y1 - y0) * 0.5f;
    dl->AddRectFilled(a, b, p.fill, r);
    dl->AddRect(a, b, p.edge, r, 0, std::max(2.0f, std::round(lay.px * 0.08f)));
    dl->AddText(fonts.regular, fonts.px, ImVec2(x + lay.px * 0.35f, y + (lay.line_h - fonts.px) * 0.5f), p.text,
                p.label.c_str());
    if (hovered && p.marker && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y) hit = p.marker;
    x += p.w + gap;
  }
  return hit;
}

void paint_number(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay, float view_x, float y,
                  std::uint32_t line, ImU32 colour) {
  const std::string n = std::to_string(line);
  const float w = text_width(fonts.mono, lay.px, n.data(), n.data() + n.size());
  dl->AddText(fonts.mono, lay.px, ImVec2(view_x + lay.gutter_w - lay.px * 0.7f - w, y + (lay.line_h - lay.px) * 0.5f),
              colour, n.c_str());
}

void paint_bar(ImDrawList* dl, const CodeLayout& lay, float view_x, float y, ImU32 colour) {
  const float w = std::max(3.0f, std::round(lay.px * 0.18f));
  dl->AddRectFilled(ImVec2(view_x, y), ImVec2(view_x + w, y + lay.line_h), colour);
}

}  // namespace

CodeLayout code_layout(const Fonts& fonts, const std::vector<CodeLine>& lines,
                       const std::optional<CodeError>& error) {
  CodeLayout lay = base_layout(fonts, lines, code_line_height(fonts.px));
  if (error && error->line >= 1 && error->line <= lines.size()) lay.note_after = error->line;
  const std::uint32_t rows = lay.lines + (lay.note_after ? 1 : 0);
  lay.content_w = lay.gutter_w + lay.text_w + fonts.px * 8.0f;  // room for a few pills
  lay.content_h = static_cast<float>(rows) * lay.line_h + fonts.px * 0.3f;
  return lay;
}

CodeLayout editor_layout(const Fonts& fonts, const std::vector<CodeLine>& lines, float line_h) {
  CodeLayout lay = base_layout(fonts, lines, line_h);
  lay.content_w = lay.gutter_w + lay.text_w + fonts.px * 2.0f;
  lay.content_h = static_cast<float>(std::max<std::uint32_t>(lay.lines, 1)) * line_h;
  return lay;
}

PaintedCode paint_code(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay, const CodeFrame& f,
                       const CodeView& view, const std::vector<TaskMarker>& markers, bool hovered) {
  PaintedCode out;
  const auto& lines = view.lines();
  const auto& error = view.error();
  const std::uint32_t rows = lay.lines + (lay.note_after ? 1 : 0);
  const float view_h = f.view_max.y - f.view_min.y;
  const auto first_row = static_cast<std::uint32_t>(std::max(0.0f, std::floor(f.scroll_y / lay.line_h)));
  const auto end_row = std::min(rows, static_cast<std::uint32_t>(std::ceil((f.scroll_y + view_h) / lay.line_h)));

  // Each line's markers, in task order (markers come in task creation order).
  std::vector<std::vector<const TaskMarker*>> on_line(lay.lines + 1);
  for (const TaskMarker& m : markers) {
    if (m.line >= 1 && m.line <= lay.lines) on_line[m.line].push_back(&m);
  }
  const float text_x = f.origin.x + lay.gutter_w;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float text_clip = f.view_min.x + lay.gutter_w;
  for (std::uint32_t r = first_row; r < end_row; ++r) {
    const float y = f.origin.y + static_cast<float>(r) * lay.line_h;
    if (lay.note_after && r == lay.note_after) {  // the row right under the error's line
      dl->PushClipRect(ImVec2(text_clip, f.view_min.y), f.view_max, true);
      paint_error_note(dl, fonts, *error, ImVec2(text_x, y), lines, lay.line_h);
      dl->PopClipRect();
      continue;
    }
    const std::uint32_t line = r + 1 - (lay.note_after && r > lay.note_after ? 1 : 0);
    if (out.first_visible == 0) out.first_visible = line;
    out.last_visible = line;
    const bool is_error = error && error->line == line;
    if (view.pointed(line) || is_error) {
      dl->AddRectFilled(ImVec2(f.view_min.x, y), ImVec2(f.view_max.x, y + lay.line_h),
                        is_error ? code_colours::kErrorWash : code_colours::kPointWash);
      paint_bar(dl, lay, f.view_min.x, y, is_error ? code_colours::kErrorBar : code_colours::kPointBar);
    }
    paint_number(dl, fonts, lay, f.view_min.x, y, line, on_line[line].empty() ? palette::kTextDim : palette::kText);
    const CodeLine& cl = lines[line - 1];
    dl->PushClipRect(ImVec2(text_clip, f.view_min.y), f.view_max, true);
    paint_line_text(dl, fonts.mono, lay.px, cl, ImVec2(text_x, y + (lay.line_h - lay.px) * 0.5f));
    if (!on_line[line].empty()) {
      const float end = text_x + text_width(fonts.mono, lay.px, cl.text.data(), cl.text.data() + cl.text.size());
      const TaskMarker* hit = paint_pills(dl, fonts, lay, on_line[line], end, y, text_clip + lay.px * 0.3f,
                                          f.view_max.x - lay.px * 0.3f, mouse, hovered);
      if (hit) out.hovered = hit;
    }
    dl->PopClipRect();
  }
  return out;
}

void paint_editor_background(ImDrawList* dl, const CodeLayout& lay, ImVec2 origin, float view_x,
                             float view_w, const CodeView& view) {
  const auto& e = view.error();
  if (!e || e->line == 0 || e->line > std::max<std::uint32_t>(lay.lines, 1)) return;
  const float y = origin.y + static_cast<float>(e->line - 1) * lay.line_h;
  dl->AddRectFilled(ImVec2(view_x, y), ImVec2(view_x + view_w, y + lay.line_h), code_colours::kErrorWash);
}

void paint_gutter(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay, ImVec2 origin, float view_x,
                  float scroll_y, float view_h, const CodeView& view) {
  const std::uint32_t n = std::max<std::uint32_t>(lay.lines, 1);
  const auto first = static_cast<std::uint32_t>(std::max(0.0f, std::floor(scroll_y / lay.line_h)));
  const auto end = std::min(n, static_cast<std::uint32_t>(std::ceil((scroll_y + view_h) / lay.line_h)));
  const auto& e = view.error();
  for (std::uint32_t r = first; r < end; ++r) {
    const float y = origin.y + static_cast<float>(r) * lay.line_h;
    const bool is_error = e && e->line == r + 1;
    if (is_error) paint_bar(dl, lay, view_x, y, code_colours::kErrorBar);
    paint_number(dl, fonts, lay, view_x, y, r + 1, is_error ? palette::kText : palette::kTextDim);
  }
}

void paint_error_note(ImDrawList* dl, const Fonts& fonts, const CodeError& e, ImVec2 at,
                      const std::vector<CodeLine>& lines, float line_h) {
  const float px = fonts.px;
  float arrow_x = at.x;
  if (e.line >= 1 && e.line <= lines.size() && e.col > 0) {
    arrow_x += column_x(fonts.mono, px, lines[e.line - 1].text, e.col);
  } else if (e.line >= 1 && e.line <= lines.size()) {
    const std::string& t = lines[e.line - 1].text;
    const std::size_t indent = t.find_first_not_of(" \t");
    arrow_x += column_x(fonts.mono, px, t, indent == std::string::npos ? 1 : static_cast<std::uint32_t>(indent + 1));
  }
  const std::string where = e.where();
  std::string text = "\xE2\x86\x91 ";  // ↑
  if (!where.empty()) text += where + "  ";
  text += e.headline();
  const float w = text_width(fonts.mono, px, text.data(), text.data() + text.size()) + px * 0.8f;
  // The arrow points at the column; the box starts there unless that pushes it
  // past the line's text start.
  const float arrow_w = text_width(fonts.mono, px, "\xE2\x86\x91", nullptr);
  const float x = std::max(at.x, arrow_x - px * 0.4f - (arrow_w * 0.5f - px * 0.3f));
  const float pad = std::max(1.0f, std::round(px * 0.06f));
  dl->AddRectFilled(ImVec2(x, at.y + pad), ImVec2(x + w, at.y + line_h - pad), code_colours::kErrorNote, px * 0.2f);
  dl->AddText(fonts.mono, px, ImVec2(x + px * 0.4f, at.y + (line_h - px) * 0.5f), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
              text.c_str());
}

std::string marker_tooltip(const TaskMarker& m) {
  std::string s = m.name;
  if (m.has_state) {
    s += ": ";
    s += trace::to_string(m.state);
    if (m.state == trace::SpanState::Waiting) {
      s += " on ";
      s += trace::to_string(m.wait);
    }
  }
  s += "\nline ";
  s += std::to_string(m.line);
  s += " since ";
  s += format_seconds2(m.since);
  return s;
}

}  // namespace ls::app
