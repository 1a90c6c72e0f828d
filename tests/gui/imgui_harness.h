// Test-only: a Dear ImGui context with no window system or GPU, and the one small
// adapter through which tests press keys and move the mouse (ImGui 1.86's pre-1.87
// input API: io.KeysDown indexed by GLFW key codes, io.MousePos, io.MouseDown).
#pragma once

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <functional>

#include "fonts.h"

namespace ls::app::test {

class HeadlessImGui {
 public:
  HeadlessImGui(float width, float height, float font_px) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    fonts_.build(font_px);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
  }
  ~HeadlessImGui() { ImGui::DestroyContext(); }
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

  const Fonts& fonts() const { return fonts_.get(); }

  // One frame around `body`; the input set before it is what the frame sees.
  void frame(const std::function<void()>& body) {
    ImGui::NewFrame();
    body();
    ImGui::Render();
    ImGui::GetIO().MouseWheel = 0.0f;  // a wheel notch lasts one frame
  }

  // Input, as the GLFW backend would write it.
  void key(int glfw_key, bool down) { ImGui::GetIO().KeysDown[glfw_key] = down; }
  void ctrl(bool down) { ImGui::GetIO().KeyCtrl = down; }
  void mouse_at(ImVec2 p) { ImGui::GetIO().MousePos = p; }
  void mouse_button(bool down) { ImGui::GetIO().MouseDown[0] = down; }
  void wheel(float notches) { ImGui::GetIO().MouseWheel = notches; }

 private:
  FontSet fonts_;
};

}  // namespace ls::app::test
