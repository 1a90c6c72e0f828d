// The window system: a GLFW window with an OpenGL 3 context, the ImGui context and
// its GLFW + OpenGL3 backends, set up and torn down in one RAII object. The only
// file that talks to GLFW directly (keys.cpp maps key codes).
#pragma once

#include <stdexcept>
#include <string>

struct GLFWwindow;

namespace ls::app {

// No window can be opened (no X display, or no usable OpenGL): callers print one
// line and exit 1 instead of crashing.
class NoDisplayError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct WindowOptions {
  int width = 1600;
  int height = 900;
  bool visible = true;   // screenshots render into a hidden window
  bool vsync = true;
  const char* title = "Loopscope";
};

class Platform {
 public:
  explicit Platform(const WindowOptions& opts);  // throws NoDisplayError
  ~Platform();
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  GLFWwindow* window() const { return window_; }
  bool should_close() const;
  // Waits for input while idle (a still picture costs no CPU), or polls while animating.
  void pump_events(bool animating);
  // The drawable size in pixels.
  void framebuffer_size(int& w, int& h) const;
  // The window's logical height (the font size follows it).
  int window_height() const;

  // Recreates the GPU font texture after the atlas was rebuilt (between frames).
  void refresh_font_texture();
  void begin_frame();
  // Renders ImGui's draw data into the back buffer; does not swap.
  void render();
  void swap();

  // Full screen on the monitor the window is on, or back to the window it was.
  // A hidden window (screenshots) keeps its size: the picture asked for is the point.
  void set_fullscreen(bool on);
  bool fullscreen() const { return fullscreen_; }

  // Saves the rectangle [x0, x0+w) x [y0, y0+h) of the back buffer (top-left origin,
  // framebuffer pixels) as a PNG. Call after render(), before swap().
  bool save_png(const std::string& path, int x0, int y0, int w, int h) const;

 private:
  GLFWwindow* window_ = nullptr;
  bool fullscreen_ = false;
  bool visible_ = true;
  int windowed_[4] = {0, 0, 0, 0};  // x, y, w, h to return to
  bool backends_ready_ = false;
  bool drew_a_frame_ = false;  // the backend makes its font texture on the first frame
};

}  // namespace ls::app
