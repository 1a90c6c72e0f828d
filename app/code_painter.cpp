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

float code_line_height(float px) { return std::round(px * 1.25f); }

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

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offset of code point column `col` (1-based) of `text`.
std::size_t byte_of_column(const std::string& text, std::uint32_t col) {
  std::size_t i = 0;
  for (std::uint32_t c = 1; c < col && i < text.size(); ++c) {
    ++i;
    while (i < text.size() && is_continuation(text[i])) ++i;
  }
  return i;
}

// Bytes [begin, end) of `line`, coloured, from `at`; returns the x where it ends.
float paint_row_text(ImDrawList* dl, ImFont* mono, float px, const CodeLine& line, std::uint32_t begin,
                     std::uint32_t end, ImVec2 at) {
  float x = at.x;
  for (const CodeSpan& s : line.spans) {
    const std::uint32_t b = std::max(s.begin, begin), e = std::min(s.end, end);
    if (b >= e) continue;
    const char* pb = line.text.data() + b;
    const char* pe = line.text.data() + e;
    dl->AddText(mono, px, ImVec2(x, at.y), code_colours::style(s.style), pb, pe);
    x += text_width(mono, px, pb, pe);
  }
  return x;
}

// Cuts one line into rows no wider than `cols` columns (the font is monospaced):
// after the last space that fits, else mid-word; later rows hang one indent
// deeper than the line so they read as its continuation.
void wrap_line(const CodeLine& line, std::uint32_t number, std::size_t cols, float char_w,
               std::vector<CodeRow>& rows) {
  const std::string& t = line.text;
  std::size_t indent = t.find_first_not_of(" \t");
  if (indent == std::string::npos) indent = 0;
  std::size_t hang = std::min<std::size_t>(indent + 4, cols / 2);
  std::size_t begin = 0;
  bool first = true;
  while (true) {
    const std::size_t room = std::max<std::size_t>(first ? cols : cols - hang, 8);
    // Walk `room` code points forward.
    std::size_t end = begin, count = 0, last_space = std::string::npos;
    while (end < t.size() && count < room) {
      if (t[end] == ' ' && end > indent) last_space = end;
      ++end;
      while (end < t.size() && is_continuation(t[end])) ++end;
      ++count;
    }
    if (end < t.size() && last_space != std::string::npos && last_space > begin) end = last_space + 1;
    CodeRow r;
    r.line = number;
    r.begin = static_cast<std::uint32_t>(begin);
    r.end = static_cast<std::uint32_t>(end);
    r.first = first;
    r.last = end >= t.size();
    r.indent = first ? 0.0f : static_cast<float>(hang) * char_w;
    rows.push_back(r);
    if (r.last) return;
    begin = end;
    first = false;
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
  // Pushed back over the text's end by the panel's edge: a plate under them keeps
  // the letters they cover from showing through between the pills.
  if (x < text_end + gap) {
    ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    bg.w = 1.0f;  // the theme keeps the window itself transparent over the cleared screen
    dl->AddRectFilled(ImVec2(x - gap, y0), ImVec2(x + total, y1), ImGui::ColorConvertFloat4ToU32(bg),
                      (y1 - y0) * 0.5f);
  }
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
                       const std::optional<CodeError>& error, float wrap_w) {
  CodeLayout lay = base_layout(fonts, lines, code_line_height(fonts.px));
  const float char_w = std::max(1.0f, text_width(fonts.mono, fonts.px, "0", nullptr));
  // Room for one task pill after the longest row, so the running task's pill does
  // not cover the end of its line (more pills on one line may still overlap it).
  const float pill_room = fonts.px * 2.8f;
  const std::size_t cols =
      std::max<std::size_t>(static_cast<std::size_t>((wrap_w - lay.gutter_w - pill_room) / char_w), 16);
  lay.first_row.assign(lines.size() + 1, 0);
  for (std::uint32_t k = 0; k < lines.size(); ++k) {
    lay.first_row[k + 1] = static_cast<std::uint32_t>(lay.rows.size());
    wrap_line(lines[k], k + 1, cols, char_w, lay.rows);
    if (error && error->line == k + 1) {
      CodeRow note;
      note.line = k + 1;
      note.note = true;
      lay.rows.push_back(note);
    }
  }
  lay.content_w = wrap_w;
  lay.content_h = static_cast<float>(lay.rows.size()) * lay.line_h + fonts.px * 0.3f;
  return lay;
}

CodeLayout editor_layout(const Fonts& fonts, const std::vector<CodeLine>& lines, float line_h) {
  CodeLayout lay = base_layout(fonts, lines, line_h);
  lay.content_w = lay.gutter_w + lay.text_w + fonts.px * 2.0f;
  lay.content_h = static_cast<float>(std::max<std::uint32_t>(lay.lines, 1)) * line_h;
  return lay;
}

PaintedCode paint_code(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay, const CodeFrame& f,
                       const CodeView& view, const std::optional<CodeError>& error,
                       const std::vector<TaskMarker>& markers, bool hovered) {
  PaintedCode out;
  const auto& lines = view.lines();
  const auto rows = static_cast<std::uint32_t>(lay.rows.size());
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
  const float glyph_y = (lay.line_h - lay.px) * 0.5f;
  float error_arrow_x = text_x;  // set on the error line's rows, used by the note under them
  for (std::uint32_t r = first_row; r < end_row; ++r) {
    const CodeRow& row = lay.rows[r];
    const float y = f.origin.y + static_cast<float>(r) * lay.line_h;
    const CodeLine& cl = lines[row.line - 1];
    if (row.note) {
      dl->PushClipRect(ImVec2(text_clip, f.view_min.y), f.view_max, true);
      paint_error_note(dl, fonts, *error, ImVec2(text_x, y), error_arrow_x, f.view_max.x, lay.line_h);
      dl->PopClipRect();
      continue;
    }
    if (out.first_visible == 0) out.first_visible = row.line;
    out.last_visible = row.line;
    const bool is_error = error && error->line == row.line;
    if (view.pointed(row.line) || is_error) {
      dl->AddRectFilled(ImVec2(f.view_min.x, y), ImVec2(f.view_max.x, y + lay.line_h),
                        is_error ? code_colours::kErrorWash : code_colours::kPointWash);
      paint_bar(dl, lay, f.view_min.x, y, is_error ? code_colours::kErrorBar : code_colours::kPointBar);
    }
    if (row.first) {
      paint_number(dl, fonts, lay, f.view_min.x, y, row.line,
                   on_line[row.line].empty() ? palette::kTextDim : palette::kText);
    }
    const float x0 = text_x + row.indent;
    if (is_error) {  // the note's arrow: under the error's column if it is in this row
      const std::size_t at = error->col > 0 ? byte_of_column(cl.text, error->col)
                                            : std::min(cl.text.find_first_not_of(" \t"), cl.text.size());
      if (row.first || at >= row.begin) {
        const std::size_t upto = std::clamp<std::size_t>(at, row.begin, row.end);
        error_arrow_x = x0 + text_width(fonts.mono, lay.px, cl.text.data() + row.begin, cl.text.data() + upto);
      }
    }
    dl->PushClipRect(ImVec2(text_clip, f.view_min.y), f.view_max, true);
    const float end = paint_row_text(dl, fonts.mono, lay.px, cl, row.begin, row.end, ImVec2(x0, y + glyph_y));
    if (row.last && !on_line[row.line].empty()) {
      const TaskMarker* hit = paint_pills(dl, fonts, lay, on_line[row.line], end, y, text_clip + lay.px * 0.3f,
                                          f.view_max.x - lay.px * 0.3f, mouse, hovered);
      if (hit) out.hovered = hit;
    }
    dl->PopClipRect();
  }
  return out;
}

void paint_editor_background(ImDrawList* dl, const CodeLayout& lay, ImVec2 origin, float view_x,
                             float view_w, const std::optional<CodeError>& e) {
  if (!e || e->line == 0 || e->line > std::max<std::uint32_t>(lay.lines, 1)) return;
  const float y = origin.y + static_cast<float>(e->line - 1) * lay.line_h;
  dl->AddRectFilled(ImVec2(view_x, y), ImVec2(view_x + view_w, y + lay.line_h), code_colours::kErrorWash);
}

void paint_gutter(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay, ImVec2 origin, float view_x,
                  float scroll_y, float view_h, const std::optional<CodeError>& e) {
  const std::uint32_t n = std::max<std::uint32_t>(lay.lines, 1);
  const auto first = static_cast<std::uint32_t>(std::max(0.0f, std::floor(scroll_y / lay.line_h)));
  const auto end = std::min(n, static_cast<std::uint32_t>(std::ceil((scroll_y + view_h) / lay.line_h)));
  for (std::uint32_t r = first; r < end; ++r) {
    const float y = origin.y + static_cast<float>(r) * lay.line_h;
    const bool is_error = e && e->line == r + 1;
    if (is_error) paint_bar(dl, lay, view_x, y, code_colours::kErrorBar);
    paint_number(dl, fonts, lay, view_x, y, r + 1, is_error ? palette::kText : palette::kTextDim);
  }
}

float column_x(ImFont* font, float px, const std::string& text, std::uint32_t col) {
  const std::size_t at = col > 0 ? byte_of_column(text, col) : std::min(text.find_first_not_of(" \t"), text.size());
  return text_width(font, px, text.data(), text.data() + at);
}

void paint_error_note(ImDrawList* dl, const Fonts& fonts, const CodeError& e, ImVec2 at, float arrow_x,
                      float right, float line_h) {
  const float px = fonts.px;
  const std::string where = e.where();
  std::string text = where.empty() ? std::string() : where + "  ";
  text += e.headline();
  const float w = text_width(fonts.mono, px, text.data(), text.data() + text.size()) + px * 0.8f;
  // The box starts at the error's column, moved left as far as it must to end
  // inside the panel (but never left of the text); a notch at its top points up
  // at the column either way.
  const float x = std::max(at.x, std::min(arrow_x - px * 0.3f, right - w));
  const float pad = std::max(1.0f, std::round(px * 0.12f));
  const float top = at.y + pad;
  dl->AddRectFilled(ImVec2(x, top), ImVec2(x + w, at.y + line_h - pad * 0.5f), code_colours::kErrorNote, px * 0.2f);
  const float notch = px * 0.3f;
  const float cx = std::max(arrow_x + px * 0.3f, x + notch);
  dl->AddTriangleFilled(ImVec2(cx - notch, top + 0.5f), ImVec2(cx + notch, top + 0.5f), ImVec2(cx, top - notch),
                        code_colours::kErrorNote);
  dl->AddText(fonts.mono, px, ImVec2(x + px * 0.4f, at.y + (line_h - px) * 0.5f + pad * 0.25f),
              IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), text.c_str());
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
