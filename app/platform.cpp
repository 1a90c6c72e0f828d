#include "platform.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <spdlog/spdlog.h>
#include <stb_image_write.h>  // the implementation is in Debian's libstb

#include <algorithm>
#include <vector>

namespace ls::app {

namespace {

// GLFW reports failures through a callback; keep the last one to explain a
// NoDisplayError in one line instead of printing GLFW's own noise.
std::string& last_glfw_error() {
  static std::string e;
  return e;
}

void on_glfw_error(int code, const char* what) {
  last_glfw_error() = what ? what : "unknown error";
  spdlog::debug("GLFW error {}: {}", code, last_glfw_error());
}

}  // namespace

Platform::Platform(const WindowOptions& opts) : visible_(opts.visible) {
  glfwSetErrorCallback(on_glfw_error);
  if (!glfwInit()) throw NoDisplayError("cannot open a window: " + last_glfw_error());
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_VISIBLE, opts.visible ? GLFW_TRUE : GLFW_FALSE);
  window_ = glfwCreateWindow(opts.width, opts.height, opts.title, nullptr, nullptr);
  if (!window_) {
    glfwTerminate();
    throw NoDisplayError("cannot create an OpenGL 3 window: " + last_glfw_error());
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(opts.vsync ? 1 : 0);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is computed, not saved
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 130");
  backends_ready_ = true;
}

Platform::~Platform() {
  if (backends_ready_) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  if (window_) glfwDestroyWindow(window_);
  glfwTerminate();
}

bool Platform::should_close() const { return glfwWindowShouldClose(window_); }

void Platform::pump_events(bool animating) {
  if (animating) glfwPollEvents();
  else glfwWaitEventsTimeout(0.25);  // still wakes up now and then, e.g. after a resize
}

void Platform::framebuffer_size(int& w, int& h) const { glfwGetFramebufferSize(window_, &w, &h); }

int Platform::window_height() const {
  int w = 0, h = 0;
  glfwGetWindowSize(window_, &w, &h);
  return h;
}

void Platform::refresh_font_texture() {
  // Before the first frame the backend has no texture yet and will make one itself.
  if (!drew_a_frame_) return;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Platform::begin_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void Platform::render() {
  ImGui::Render();
  int w = 0, h = 0;
  framebuffer_size(w, h);
  glViewport(0, 0, w, h);
  // The theme's window colour is cleared here once, instead of painted per panel.
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  drew_a_frame_ = true;
}

void Platform::swap() { glfwSwapBuffers(window_); }

void Platform::set_fullscreen(bool on) {
  if (on == fullscreen_ || !visible_) return;
  if (on) {
    glfwGetWindowPos(window_, &windowed_[0], &windowed_[1]);
    glfwGetWindowSize(window_, &windowed_[2], &windowed_[3]);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) return;  // no monitor to fill (some virtual displays)
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window_, nullptr, windowed_[0], windowed_[1], windowed_[2], windowed_[3],
                         GLFW_DONT_CARE);
  }
  fullscreen_ = on;
}

bool Platform::save_png(const std::string& path, int x0, int y0, int w, int h) const {
  int fw = 0, fh = 0;
  framebuffer_size(fw, fh);
  // Clamp to the framebuffer: a panel rect may reach a pixel past the edge.
  x0 = std::max(x0, 0);
  y0 = std::max(y0, 0);
  w = std::min(w, fw - x0);
  h = std::min(h, fh - y0);
  if (w <= 0 || h <= 0) return false;
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  // OpenGL counts rows from the bottom; PNG from the top.
  glReadPixels(x0, fh - y0 - h, w, h, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), w, h, 3, pixels.data(), w * 3) != 0;
}

}  // namespace ls::app
