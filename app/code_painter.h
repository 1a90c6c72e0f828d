// The code panel's painting: line geometry, coloured text, the gutter, the task
// pills and the in-place error note, drawn straight into ImGui draw lists. The
// panel (code_panel.h) decides what to show and handles input; this only paints.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "fonts.h"
#include "model/code_view.h"

namespace ls::app {

// Syntax colours, each at least 8:1 against the panel (WCAG asks 4.5:1 of text).
namespace code_colours {
constexpr ImU32 kKeyword = IM_COL32(0xF2, 0x8F, 0xAD, 0xFF);
constexpr ImU32 kBuiltin = IM_COL32(0x7F, 0xD1, 0xF5, 0xFF);
constexpr ImU32 kString = IM_COL32(0xA8, 0xDB, 0x8F, 0xFF);
constexpr ImU32 kNumber = IM_COL32(0xF5, 0xC2, 0x6B, 0xFF);
constexpr ImU32 kDecorator = IM_COL32(0xE0, 0xB0, 0xFF, 0xFF);
constexpr ImU32 kDefinition = IM_COL32(0x8C, 0xB4, 0xFF, 0xFF);
// A step's pointed lines and an error's line: a wash over the row and a bar at
// its left edge, so the mark does not rely on the wash's faint colour alone.
constexpr ImU32 kPointWash = IM_COL32(0xF0, 0xE4, 0x42, 0x30);
constexpr ImU32 kPointBar = IM_COL32(0xF0, 0xE4, 0x42, 0xFF);
constexpr ImU32 kErrorWash = IM_COL32(0xD5, 0x5E, 0x00, 0x58);
constexpr ImU32 kErrorBar = IM_COL32(0xD5, 0x5E, 0x00, 0xFF);
constexpr ImU32 kErrorNote = IM_COL32(0x8E, 0x22, 0x0C, 0xFF);  // white text on it: 8.8:1
constexpr ImU32 kErrorText = IM_COL32(0xFF, 0x8C, 0x5A, 0xFF);  // on the panel: 8.0:1
ImU32 style(CodeStyle s);
}  // namespace code_colours

// Row height of the coloured view: room for a task pill around full-size text.
float code_line_height(float px);

// One row on screen: a whole line, a piece of a line too long for the panel
// (wrapped, so nothing hides behind a horizontal scrollbar on a projector), or the
// error note under the error's line.
struct CodeRow {
  std::uint32_t line = 0;    // 1-based
  std::uint32_t begin = 0;   // bytes [begin, end) of the line's text
  std::uint32_t end = 0;
  float indent = 0.0f;       // a wrapped piece's hanging indent, in pixels
  bool first = true;         // the line's first row (it carries the number)
  bool last = true;          // the line's last row (it carries the pills)
  bool note = false;         // the error note's row
};

struct CodeLayout {
  float px = 0.0f;
  float line_h = 0.0f;
  float gutter_w = 0.0f;   // line numbers and the pointer / error bar
  float text_w = 0.0f;     // the widest line (the editor's width)
  float content_w = 0.0f;
  float content_h = 0.0f;
  std::uint32_t lines = 0;
  std::vector<CodeRow> rows;             // the coloured view's rows, top to bottom
  std::vector<std::uint32_t> first_row;  // line (1-based) -> index of its first row

  // Top of `line`'s first row (1-based) from the top of the content.
  float row_y(std::uint32_t line) const {
    if (first_row.empty()) return static_cast<float>(line > 0 ? line - 1 : 0) * line_h;
    const std::uint32_t l = std::min<std::uint32_t>(std::max<std::uint32_t>(line, 1), lines);
    return static_cast<float>(first_row[l]) * line_h;
  }
};

// The coloured view's layout: lines wider than `wrap_w` pixels (less the gutter and
// room for a pill) wrap, at a space where there is one; an error on a line of the
// program gets a row of its own under that line.
CodeLayout code_layout(const Fonts& fonts, const std::vector<CodeLine>& lines,
                       const std::optional<CodeError>& error, float wrap_w);
// The editor's: the text field's own line height, no note rows.
CodeLayout editor_layout(const Fonts& fonts, const std::vector<CodeLine>& lines, float line_h);

// Where the scrolled content is on screen.
struct CodeFrame {
  ImVec2 origin;    // top-left of the content (scroll included)
  ImVec2 view_min;  // the visible rectangle
  ImVec2 view_max;
  float scroll_y = 0.0f;
};

struct PaintedCode {
  std::uint32_t first_visible = 0;
  std::uint32_t last_visible = 0;
  const TaskMarker* hovered = nullptr;  // the pill under the mouse, if any
};

// The coloured program with its gutter, pointed lines, error line and note, and a
// pill per task on its line. Only the rows in view are drawn.
PaintedCode paint_code(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay, const CodeFrame& f,
                       const CodeView& view, const std::optional<CodeError>& error,
                       const std::vector<TaskMarker>& markers, bool hovered);

// The editor's underlay: the error line's wash, under the text field.
void paint_editor_background(ImDrawList* dl, const CodeLayout& lay, ImVec2 origin, float view_x,
                             float view_w, const std::optional<CodeError>& error);
// Line numbers (and the error bar) kept at the left edge `view_x`.
void paint_gutter(ImDrawList* dl, const Fonts& fonts, const CodeLayout& lay, ImVec2 origin,
                  float view_x, float scroll_y, float view_h, const std::optional<CodeError>& error);
// The error note of `e`, "line 3:9  SyntaxError: expected ':'", with a notch
// pointing up at `arrow_x` (the error's column). `at` is the left of the text at
// the top of the note's row; the note stays left of `right`.
void paint_error_note(ImDrawList* dl, const Fonts& fonts, const CodeError& e, ImVec2 at, float arrow_x,
                      float right, float line_h);
// Where code point column `col` (1-based) of `text` is, drawn from x = 0; with no
// column, the first character after the indentation.
float column_x(ImFont* font, float px, const std::string& text, std::uint32_t col);

// "Task-2: waiting on timer, line 7 since 0.50 s".
std::string marker_tooltip(const TaskMarker& m);

}  // namespace ls::app
