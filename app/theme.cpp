#include "theme.h"

namespace ls::app::palette {

ImU32 wait_colour(trace::WaitKind w) {
  using trace::WaitKind;
  switch (w) {
    case WaitKind::Timer: return kSkyBlue;
    case WaitKind::Io: return kPurple;
    case WaitKind::Task:
    case WaitKind::Future:
    case WaitKind::Gather: return kBlueLight;
    case WaitKind::Lock:
    case WaitKind::Event:
    case WaitKind::Semaphore:
    case WaitKind::Queue: return kOrange;
    case WaitKind::Thread:
    case WaitKind::None: return kGrey;
  }
  return kGrey;
}

ImU32 state_colour(trace::SpanState s, trace::WaitKind w) {
  using trace::SpanState;
  switch (s) {
    case SpanState::Running: return kGreen;
    case SpanState::Ready: return kYellow;
    case SpanState::Waiting: return wait_colour(w);
    case SpanState::Blocking: return kVermilion;
  }
  return kGrey;
}

ImU32 outcome_colour(trace::Outcome o) {
  switch (o) {
    case trace::Outcome::Done: return kGreen;
    case trace::Outcome::Failed: return kVermilion;
    case trace::Outcome::Cancelled:
    case trace::Outcome::Pending: return kGrey;
  }
  return kGrey;
}

}  // namespace ls::app::palette

namespace ls::app {

namespace {
ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
  return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                static_cast<float>(b) / 255.0f, a);
}

void apply_surfaces(bool high_contrast) {
  using namespace palette;
  if (high_contrast) {
    kLaneBg = IM_COL32(0x00, 0x00, 0x00, 0xFF);
    kLaneFuture = IM_COL32(0x00, 0x00, 0x00, 0xFF);
    kText = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);     // 21:1
    kTextDim = IM_COL32(0xDD, 0xDD, 0xDD, 0xFF);  // 15:1
    kGridLine = IM_COL32(0x55, 0x55, 0x55, 0xFF);
    kCodeChip = IM_COL32(0x33, 0x33, 0x33, 0xFF);
    kCodeText = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  } else {
    kLaneBg = IM_COL32(0x17, 0x1B, 0x22, 0xFF);
    kLaneFuture = IM_COL32(0x12, 0x15, 0x1A, 0xFF);
    kText = IM_COL32(0xF2, 0xF2, 0xF2, 0xFF);
    kTextDim = IM_COL32(0xA9, 0xB0, 0xBC, 0xFF);
    kGridLine = IM_COL32(0x2C, 0x33, 0x3F, 0xFF);
    kCodeChip = IM_COL32(0x2E, 0x35, 0x42, 0xFF);
    kCodeText = IM_COL32(0xF2, 0xF2, 0xF2, 0xFF);
  }
}

void high_contrast_colours(ImGuiStyle& style) {
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = rgb(0xFF, 0xFF, 0xFF);
  c[ImGuiCol_TextDisabled] = rgb(0xDD, 0xDD, 0xDD);
  c[ImGuiCol_WindowBg] = rgb(0x00, 0x00, 0x00, 0.0f);
  c[ImGuiCol_Border] = rgb(0xFF, 0xFF, 0xFF);
  c[ImGuiCol_Button] = rgb(0x00, 0x00, 0x00);
  c[ImGuiCol_ButtonHovered] = rgb(0x33, 0x33, 0x33);
  c[ImGuiCol_ButtonActive] = rgb(0x55, 0x55, 0x55);
  c[ImGuiCol_FrameBg] = rgb(0x00, 0x00, 0x00);
  c[ImGuiCol_PopupBg] = rgb(0x00, 0x00, 0x00, 1.0f);
  c[ImGuiCol_ScrollbarBg] = rgb(0x00, 0x00, 0x00);
  c[ImGuiCol_ScrollbarGrab] = rgb(0xBB, 0xBB, 0xBB);
  // Buttons on black need an edge to be seen at all.
  style.FrameBorderSize = 2.0f;
  style.PopupBorderSize = 2.0f;
}

}  // namespace

void apply_theme(float scale, bool high_contrast) {
  ImGuiStyle style;  // ImGui's defaults, so repeated calls never compound the scale
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 0.0f;  // panels tile the window; rounded corners would gap
  style.WindowBorderSize = 1.0f;
  style.FrameRounding = 5.0f;
  style.FramePadding = ImVec2(10.0f, 5.0f);
  style.ItemSpacing = ImVec2(12.0f, 8.0f);
  style.WindowPadding = ImVec2(12.0f, 8.0f);
  style.ScrollbarSize = 16.0f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = rgb(0xF2, 0xF2, 0xF2);
  c[ImGuiCol_TextDisabled] = rgb(0xA9, 0xB0, 0xBC);
  // Alpha 0: ImGui then draws no window background at all and the frame's clear
  // colour (these RGB values, see Platform::render) shows through. A full-screen
  // blended quad costs ~10 ms in software OpenGL; the panels tile the window anyway.
  c[ImGuiCol_WindowBg] = rgb(0x0F, 0x12, 0x17, 0.0f);
  // Children sit on their window's own background: drawing it twice only costs
  // fill rate, which software OpenGL (Xvfb, old laptops) has little of.
  c[ImGuiCol_ChildBg] = rgb(0x0F, 0x12, 0x17, 0.0f);
  c[ImGuiCol_PopupBg] = rgb(0x1C, 0x21, 0x2B, 0.97f);
  c[ImGuiCol_Border] = rgb(0x33, 0x3B, 0x48);
  c[ImGuiCol_TitleBg] = rgb(0x17, 0x1B, 0x22);
  c[ImGuiCol_TitleBgActive] = rgb(0x1E, 0x24, 0x2E);
  c[ImGuiCol_Button] = rgb(0x2A, 0x32, 0x42);
  c[ImGuiCol_ButtonHovered] = rgb(0x3A, 0x46, 0x5C);
  c[ImGuiCol_ButtonActive] = rgb(0x4A, 0x58, 0x74);
  c[ImGuiCol_FrameBg] = rgb(0x1E, 0x24, 0x2E);
  c[ImGuiCol_ScrollbarBg] = rgb(0x0F, 0x12, 0x17);
  c[ImGuiCol_ScrollbarGrab] = rgb(0x3A, 0x42, 0x50);
  if (high_contrast) high_contrast_colours(style);
  apply_surfaces(high_contrast);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace ls::app
