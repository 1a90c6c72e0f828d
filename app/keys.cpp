#include "keys.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

namespace ls::app::keys {

namespace {

struct Binding {
  int key;
  int alt_key;   // a second key for the same action, or GLFW_KEY_UNKNOWN
  bool ctrl;     // needs Ctrl held
  bool repeat;   // fires again while held
  const char* label;
};

constexpr int kNone = GLFW_KEY_UNKNOWN;

Binding binding(Key k) {
  switch (k) {
    case Key::PlayPause: return {GLFW_KEY_SPACE, kNone, false, false, "Space"};
    case Key::Restart: return {GLFW_KEY_HOME, kNone, false, false, "Home"};
    case Key::End: return {GLFW_KEY_END, kNone, false, false, "End"};
    // ←/→ step as in Python Tutor; held down, they walk through the events.
    case Key::StepForward: return {GLFW_KEY_RIGHT, kNone, false, true, "→"};
    case Key::StepBack: return {GLFW_KEY_LEFT, kNone, false, true, "←"};
    // J/K/L as in video editors, [ and ] as in media players.
    case Key::Slower: return {GLFW_KEY_J, GLFW_KEY_LEFT_BRACKET, false, false, "J or ["};
    case Key::Faster: return {GLFW_KEY_L, GLFW_KEY_RIGHT_BRACKET, false, false, "L or ]"};
    case Key::Pause: return {GLFW_KEY_K, kNone, false, false, "K"};
    // W/S zoom and A/D pan, as in Perfetto.
    case Key::ZoomIn: return {GLFW_KEY_W, kNone, false, true, "W"};
    case Key::ZoomOut: return {GLFW_KEY_S, kNone, false, true, "S"};
    case Key::PanLeft: return {GLFW_KEY_A, kNone, false, true, "A"};
    case Key::PanRight: return {GLFW_KEY_D, kNone, false, true, "D"};
    case Key::Fit: return {GLFW_KEY_F, kNone, false, false, "F"};
    case Key::FullScreen: return {GLFW_KEY_F11, kNone, false, false, "F11"};
    // Ctrl + on most layouts is the = key; the keypad's + works too.
    case Key::FontBigger: return {GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD, true, false, "Ctrl +"};
    case Key::FontSmaller: return {GLFW_KEY_MINUS, GLFW_KEY_KP_SUBTRACT, true, false, "Ctrl -"};
    case Key::FontReset: return {GLFW_KEY_0, kNone, true, false, "Ctrl 0"};
    // Lesson steps turn like slides: presentation clickers send PgDn / PgUp.
    case Key::NextStep: return {GLFW_KEY_PAGE_DOWN, kNone, false, false, "PgDn"};
    case Key::PrevStep: return {GLFW_KEY_PAGE_UP, kNone, false, false, "PgUp"};
    // F5 starts a slide show in presentation programs.
    case Key::Presenter: return {GLFW_KEY_F5, kNone, false, false, "F5"};
    // Ctrl B shows or hides the side bar in most editors.
    case Key::LessonColumn: return {GLFW_KEY_B, kNone, true, false, "Ctrl B"};
  }
  return {kNone, kNone, false, false, ""};
}

}  // namespace

bool pressed(Key k) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return false;  // typing into a field is not a shortcut
  const Binding b = binding(k);
  if (b.key < 0 || io.KeyCtrl != b.ctrl) return false;
  return ImGui::IsKeyPressed(b.key, b.repeat) ||
         (b.alt_key >= 0 && ImGui::IsKeyPressed(b.alt_key, b.repeat));
}

const char* label(Key k) { return binding(k).label; }

int code_for_name(std::string_view name) {
  struct Named {
    std::string_view name;
    int code;
  };
  static constexpr Named kNamed[] = {
      {"space", GLFW_KEY_SPACE}, {"left", GLFW_KEY_LEFT},   {"right", GLFW_KEY_RIGHT},
      {"home", GLFW_KEY_HOME},   {"end", GLFW_KEY_END},     {"f11", GLFW_KEY_F11},
      {"f5", GLFW_KEY_F5},       {"escape", GLFW_KEY_ESCAPE},
      {"[", GLFW_KEY_LEFT_BRACKET}, {"]", GLFW_KEY_RIGHT_BRACKET}, {"=", GLFW_KEY_EQUAL},
      {"-", GLFW_KEY_MINUS},     {"0", GLFW_KEY_0},
      {"pagedown", GLFW_KEY_PAGE_DOWN}, {"pageup", GLFW_KEY_PAGE_UP},
  };
  for (const Named& n : kNamed) {
    if (n.name == name) return n.code;
  }
  // Single letters map onto GLFW's codes, which are their upper-case ASCII.
  if (name.size() == 1 && name[0] >= 'a' && name[0] <= 'z') return GLFW_KEY_A + (name[0] - 'a');
  return -1;
}

}  // namespace ls::app::keys
