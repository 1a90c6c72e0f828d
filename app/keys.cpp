#include "keys.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

namespace ls::app::keys {

namespace {

struct Binding {
  int key;
  bool ctrl;     // needs Ctrl held
  bool repeat;   // fires again while held
  const char* label;
};

Binding binding(Key k) {
  switch (k) {
    case Key::PlayPause: return {GLFW_KEY_SPACE, false, false, "Space"};
    case Key::Restart: return {GLFW_KEY_HOME, false, false, "Home"};
    case Key::End: return {GLFW_KEY_END, false, false, "End"};
    // W/S zoom and A/D pan, as in Perfetto.
    case Key::ZoomIn: return {GLFW_KEY_W, false, true, "W"};
    case Key::ZoomOut: return {GLFW_KEY_S, false, true, "S"};
    case Key::PanLeft: return {GLFW_KEY_A, false, true, "A"};
    case Key::PanRight: return {GLFW_KEY_D, false, true, "D"};
    case Key::Fit: return {GLFW_KEY_F, false, false, "F"};
    case Key::FontBigger: return {GLFW_KEY_EQUAL, true, false, "Ctrl +"};
    case Key::FontSmaller: return {GLFW_KEY_MINUS, true, false, "Ctrl -"};
    case Key::FontReset: return {GLFW_KEY_0, true, false, "Ctrl 0"};
  }
  return {GLFW_KEY_UNKNOWN, false, false, ""};
}

}  // namespace

bool pressed(Key k) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return false;  // typing into a field is not a shortcut
  const Binding b = binding(k);
  if (b.key < 0 || io.KeyCtrl != b.ctrl) return false;
  return ImGui::IsKeyPressed(b.key, b.repeat);
}

const char* label(Key k) { return binding(k).label; }

}  // namespace ls::app::keys
