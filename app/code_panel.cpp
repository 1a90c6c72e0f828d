#include "code_panel.h"

#include <GLFW/glfw3.h>  // GLFW_KEY_ENTER: the backend writes io.KeysDown by GLFW key code
#include <imgui.h>
#include <imgui_internal.h>  // GetInputTextState: the editor's cursor line
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "code_painter.h"
#include "model/session.h"
#include "theme.h"

namespace ls::app {

namespace {

// Identifies an error, so a new one is scrolled to once.
std::string error_key(const std::optional<CodeError>& e) {
  return e ? e->where() + " " + e->headline() : std::string();
}

constexpr ImGuiWindowFlags kScrolling = ImGuiWindowFlags_HorizontalScrollbar;
// Of the window's height, at most: the timeline above needs the rest.
constexpr float kMaxShare = 0.36f;

std::size_t count_lines(const std::string& text) {
  if (text.empty()) return 1;
  std::size_t n = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  return n + (text.back() == '\n' ? 0 : 1);
}

// The editor takes Tab as four spaces: Python's indentation, and a literal tab in
// a lesson program would be drawn at a different width than it counts.
int expand_tabs(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
  for (int i = 0; i < data->BufTextLen; ++i) {
    if (data->Buf[i] != '\t') continue;
    data->DeleteChars(i, 1);
    data->InsertChars(i, "    ");
    i += 3;
  }
  return 0;
}

// Scrolls the current child so [y0, y1) (content coordinates) is in view, putting it
// a third of the way down when it has to move.
void scroll_into_view(float y0, float y1) {
  const float top = ImGui::GetScrollY();
  const float h = ImGui::GetWindowHeight();
  if (y0 >= top && y1 <= top + h) return;
  ImGui::SetScrollY(std::max(0.0f, y0 - h / 3.0f));
}

ImVec2 item_centre() {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
}

// What a finished run wrote on stderr (its traceback), where the run can say;
// native runs (and sessions from before runs kept their stderr) have none.
template <class Run>
std::string run_errors(const Run& run) {
  if constexpr (requires { run.errors(); }) {
    return run.finished() ? std::string(run.errors()) : std::string();
  } else {
    return {};
  }
}

void tooltip_for(const char* text) {
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text);
}

}  // namespace

float CodePanel::preferred_height(float width, const Fonts& fonts) const {
  const ImGuiStyle& st = ImGui::GetStyle();
  // Rows as the columns will wrap them: each variant gets its share of the width.
  const float n = static_cast<float>(std::max<std::size_t>(book_.size(), 1));
  const float column = (width - st.WindowPadding.x * 2.0f - st.ItemSpacing.x * 2.0f * (n - 1.0f)) / n;
  std::size_t lines = 1;
  bool error = false;
  for (std::size_t i = 0; i < book_.size(); ++i) {
    const CodeView& v = book_.view(i);
    const std::optional<CodeError> e = i < ui_.size() ? ui_[i].error : std::nullopt;
    const std::size_t rows =
        v.editing() ? count_lines(v.draft())
                    : code_layout(fonts, v.lines(), e, column - st.ScrollbarSize).rows.size();
    lines = std::max(lines, rows);
    error = error || e.has_value();
  }
  const float px = fonts.px;
  const float header = px * 1.1f + st.FramePadding.y * 2.0f + st.ItemSpacing.y;
  const float body = (static_cast<float>(std::min<std::size_t>(lines, 14)) + 0.4f) * code_line_height(px);
  const float footer = error ? px * 1.2f + st.ItemSpacing.y : 0.0f;
  const float h = std::round(header + body + footer + st.WindowPadding.y * 2.0f + 2.0f);
  return std::min(h, std::round(ImGui::GetIO().DisplaySize.y * kMaxShare));
}

const SessionRun* CodePanel::run_for(const PanelContext& ctx, std::size_t i, const CodeView& view,
                                     std::size_t shown) {
  const auto& runs = ctx.session.runs();
  for (const SessionRun& r : runs) {
    if (r.title == view.title()) return &r;
  }
  // Untitled alike: the runs are the shown variants in order, if they match in number.
  return runs.size() == shown && i < runs.size() ? &runs[i] : nullptr;
}

ImVec2 CodePanel::button_centre(std::size_t i, Button b) const {
  return i < ui_.size() ? ui_[i].buttons[static_cast<int>(b)] : ImVec2(-1.0f, -1.0f);
}

void CodePanel::draw(PanelContext& ctx) {
  const std::size_t n = book_.size();
  ui_.resize(n);
  if (n == 0) return;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2.0f;
  const float width = (ImGui::GetContentRegionAvail().x - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) ImGui::SameLine(0.0f, gap);
    // Keyed by the view, not its place: when a step shows other variants, an
    // editor's state must not pass to whichever program now sits in its column.
    ImGui::PushID(&book_.view(i));
    ImGui::BeginChild("##variant", ImVec2(std::max(width, 1.0f), 0.0f), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_variant(ctx, i, width);
    ImGui::EndChild();
    ImGui::PopID();
  }
}

void CodePanel::draw_variant(PanelContext& ctx, std::size_t i, float) {
  CodeView& view = book_.view(i);
  VariantUi& ui = ui_[i];
  const SessionRun* run = run_for(ctx, i, view, book_.size());
  view.follow(run ? &run->run.trace() : nullptr, run ? &run->run.timeline() : nullptr);
  // The run's traceback: the column for a failure the trace shows, and the only
  // word on errors of a program without tasks (its trace holds no failure).
  if (std::string errors = run ? run_errors(run->run) : std::string(); errors != ui.stderr_seen) {
    view.set_runtime_error(errors);
    ui.stderr_seen = std::move(errors);
  }
  ui.error_shown = false;
  ui.error = view.error_at(ctx.session.player().position());
  draw_header(ctx, i, view, ui);
  const float footer = ui.error ? ctx.fonts.px * 1.2f + ImGui::GetStyle().ItemSpacing.y : 0.0f;
  const float height = std::max(ImGui::GetContentRegionAvail().y - footer, ctx.fonts.px * 2.0f);
  if (view.editing()) {
    draw_editor(ctx, i, view, ui, height);
  } else {
    draw_code(ctx, view, ui, height);
  }
  ui.was_editing = view.editing();
  draw_footer(ctx, ui);
}

void CodePanel::draw_header(PanelContext& ctx, std::size_t i, CodeView& view, VariantUi& ui) {
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(ctx.fonts.bold);
  ImGui::TextUnformatted(view.title().c_str());
  ImGui::PopFont();
  const ImVec4 dim = ImGui::ColorConvertU32ToFloat4(palette::kTextDim);
  if (view.edited()) {
    ImGui::SameLine();
    ImGui::TextColored(dim, "(edited)");
  } else if (view.draft_pending() && !view.editing()) {
    ImGui::SameLine();
    ImGui::TextColored(dim, "(draft not run)");
  }
  const ImGuiStyle& st = ImGui::GetStyle();
  const char* labels[3] = {"Edit", "Run", "Reset"};
  float total = 0.0f;
  for (const char* l : labels) total += ImGui::CalcTextSize(l).x + st.FramePadding.x * 2.0f + st.ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - total + st.ItemSpacing.x));

  const bool editing = view.editing();
  if (editing) ImGui::PushStyleColor(ImGuiCol_Button, st.Colors[ImGuiCol_ButtonActive]);
  if (ImGui::Button("Edit")) view.set_editing(!editing);
  if (editing) ImGui::PopStyleColor();
  ui.buttons[0] = item_centre();
  tooltip_for(editing ? "Stop editing: show the run again (the draft is kept)"
                      : "Edit this program, then Run it again");
  ImGui::SameLine();
  ImGui::BeginDisabled(!editing && !view.draft_pending());
  if (ImGui::Button("Run")) book_.run(i);
  ImGui::EndDisabled();
  ui.buttons[1] = item_centre();
  tooltip_for("Check the edited program and run it again (Ctrl+Enter)");
  ImGui::SameLine();
  ImGui::BeginDisabled(!view.edited() && !view.draft_pending() && !view.error());
  if (ImGui::Button("Reset")) book_.reset(i);
  ImGui::EndDisabled();
  ui.buttons[2] = item_centre();
  tooltip_for("Back to the lesson's version of this program");
}

void CodePanel::draw_code(PanelContext& ctx, CodeView& view, VariantUi& ui, float height) {
  const trace::Nanos now = ctx.session.player().position();
  ui.markers = view.markers_at(now);

  // Long lines wrap: the width the text gets is what is left beside the scrollbar.
  const float wrap_w = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  const CodeLayout lay = code_layout(ctx.fonts, view.lines(), ui.error, wrap_w);
  ImGui::BeginChild("##code", ImVec2(0.0f, height), false);
  // Where to look: the step's lines when the step changes; while playing or
  // stepping (← / →), the running task's line; paused, the running line when a
  // scrub moves it, unless the step points at lines: those stay in view.
  // A new text size (presenter mode, Ctrl +/-) moves every row: look again.
  if (ui.laid_out_px != ctx.fonts.px) {
    ui.laid_out_px = ctx.fonts.px;
    ui.pointed_line = ui.followed_line = 0;
  }
  const std::uint32_t pointed = view.first_pointed();
  const std::uint32_t focus = CodeView::focus_line(ui.markers);
  const bool moved = focus != ui.followed_line;
  ui.followed_line = focus;
  // ← / → step through the code, as in a debugger: the line follows even where
  // the step's pointed lines would otherwise hold the view.
  const bool stepped = ctx.session.steps_taken() != ui.steps_seen;
  ui.steps_seen = ctx.session.steps_taken();
  if (pointed != ui.pointed_line) {
    ui.pointed_line = pointed;
    if (pointed > 0) scroll_into_view(lay.row_y(pointed), lay.row_y(pointed) + lay.line_h * 3.0f);
  } else if (focus > 0 && (ctx.session.player().playing() || stepped || (pointed == 0 && moved))) {
    scroll_into_view(lay.row_y(focus), lay.row_y(focus) + lay.line_h);
  }
  if (const std::string key = error_key(ui.error); key != ui.error_seen) {  // a new error: show it
    ui.error_seen = key;
    if (ui.error && ui.error->line > 0) {
      scroll_into_view(lay.row_y(ui.error->line), lay.row_y(ui.error->line) + lay.line_h * 2.0f);
    }
  }

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(lay.content_w, lay.content_h));
  CodeFrame f;
  f.origin = origin;
  f.view_min = ImGui::GetWindowPos();
  f.view_max = ImVec2(f.view_min.x + ImGui::GetWindowWidth() - ImGui::GetCurrentWindow()->ScrollbarSizes.x,
                      f.view_min.y + ImGui::GetWindowHeight());
  f.scroll_y = ImGui::GetScrollY();
  const PaintedCode painted = paint_code(ImGui::GetWindowDrawList(), ctx.fonts, lay, f, view, ui.error,
                                         ui.markers, ImGui::IsWindowHovered());
  ui.first_visible = painted.first_visible;
  ui.last_visible = painted.last_visible;
  if (painted.hovered) ImGui::SetTooltip("%s", marker_tooltip(*painted.hovered).c_str());
  ImGui::EndChild();
}

void CodePanel::draw_editor(PanelContext& ctx, std::size_t i, CodeView& view, VariantUi& ui, float height) {
  ImGui::PushFont(ctx.fonts.mono);
  const float line_h = ImGui::GetFontSize();  // InputTextMultiline's own line height
  const auto& lines = view.draft_lines();
  const CodeLayout lay = editor_layout(ctx.fonts, lines, line_h);
  ImGui::BeginChild("##edit", ImVec2(0.0f, height), false, kScrolling);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 win = ImGui::GetWindowPos();
  const float view_w = ImGui::GetWindowWidth();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Under the text (the field's own background is made transparent for it).
  paint_editor_background(dl, lay, origin, win.x, view_w, ui.error);

  ImGui::SetCursorScreenPos(ImVec2(origin.x + lay.gutter_w, origin.y));
  if (!ui.was_editing) ImGui::SetKeyboardFocusHere();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0.0f, 0.0f));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  const float field_w = std::max(view_w - lay.gutter_w - ImGui::GetStyle().ScrollbarSize, lay.text_w + ctx.fonts.px * 2.0f);
  const float field_h = std::max(height - ImGui::GetStyle().ScrollbarSize, lay.content_h + line_h);
  const ImGuiID field_id = ImGui::GetID("##source");
  // ImGui 1.86's text field takes Escape as "undo everything typed since it was
  // clicked". A student pressing Escape to get out must not lose their edit: the
  // key is hidden from the field, which is just left, its text kept.
  ImGuiIO& io = ImGui::GetIO();
  const int esc = io.KeyMap[ImGuiKey_Escape];
  const bool leave = esc >= 0 && ImGui::GetActiveID() == field_id && ImGui::IsKeyPressed(esc, false);
  const float esc_duration = esc >= 0 ? io.KeysDownDuration[esc] : 0.0f;
  if (leave) io.KeysDownDuration[esc] = -1.0f;
  ImGui::InputTextMultiline("##source", &view.draft(), ImVec2(field_w, field_h),
                            ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackEdit, expand_tabs);
  if (leave) {
    io.KeysDownDuration[esc] = esc_duration;
    ImGui::ClearActiveID();
  }
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  const bool ctrl_enter = io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_ENTER, false);

  if (const std::string key = error_key(ui.error); key != ui.error_seen) {  // a new error: show it
    ui.error_seen = key;
    if (ui.error && ui.error->line > 0) {
      const float y = static_cast<float>(ui.error->line - 1) * line_h;
      scroll_into_view(y, y + line_h * 2.0f);
    }
  }
  // The field never scrolls itself (it is as tall as its text): keep its cursor in
  // this child's view instead.
  if (const ImGuiInputTextState* st = ImGui::GetInputTextState(field_id)) {
    const int cursor = std::min(st->Stb.cursor, st->CurLenW);
    const int line = static_cast<int>(std::count(st->TextW.Data, st->TextW.Data + cursor, ImWchar('\n')));
    if (st->CursorFollow || st->Edited) {
      scroll_into_view(static_cast<float>(line) * line_h, static_cast<float>(line + 1) * line_h);
    }
  }
  // Line numbers stay at the left edge when the text scrolls sideways.
  paint_gutter(dl, ctx.fonts, lay, origin, win.x, ImGui::GetScrollY(), ImGui::GetWindowHeight(), ui.error);
  // The error's message, right under its line, over the text (the field is a child
  // window drawn after this one, so this goes on the foreground list, clipped here).
  // Only a syntax error just found: a runtime error's note would sit on the very
  // lines being fixed (its line stays marked, its message in the footer).
  if (const auto& e = ui.error; e && e->kind == CodeError::Kind::Syntax && e->line > 0 && !view.error_stale()) {
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    fg->PushClipRect(win, ImVec2(win.x + ImGui::GetWindowWidth(), win.y + ImGui::GetWindowHeight()), true);
    const float text_x = origin.x + lay.gutter_w;
    const float arrow_x = e->line <= lines.size() ? text_x + column_x(ctx.fonts.mono, ctx.fonts.px, lines[e->line - 1].text, e->col)
                                                  : text_x;
    paint_error_note(fg, ctx.fonts, *e, ImVec2(text_x, origin.y + static_cast<float>(e->line) * line_h), arrow_x,
                     win.x + view_w - ImGui::GetStyle().ScrollbarSize, line_h);
    fg->PopClipRect();
    ui.error_shown = true;
  }
  ImGui::EndChild();
  ImGui::PopFont();
  if (ctrl_enter) book_.run(i);
}

void CodePanel::draw_footer(const PanelContext& ctx, VariantUi& ui) {
  const auto& e = ui.error;
  if (!e) return;
  // Always said here too: the marked line may be scrolled out of view.
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(code_colours::kErrorText));
  const std::string where = e->where();
  std::string text = "\xE2\x9C\x97 ";  // ✗
  if (!where.empty()) text += where + "  ";
  text += e->headline();
  ImGui::PushFont(ctx.fonts.mono);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopFont();
  ImGui::PopStyleColor();
  ui.error_shown = true;
}

}  // namespace ls::app
