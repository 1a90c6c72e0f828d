// `loopscope screenshot`: the real app, rendered into a hidden window and saved.
#include <GLFW/glfw3.h>
#include <stb_image_write.h>  // the implementation is in Debian's libstb

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <vector>

#include "app.h"
#include "commands.h"
#include "model/session.h"

namespace ls::app {

namespace {

// Frames rendered before the picture is taken: ImGui sizes windows and text from
// the previous frame, so the first one or two are not final.
constexpr int kSettleFrames = 4;

bool save_png(const std::string& path, int w, int h) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's rows run bottom-up; PNG's top-down.
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), w, h, 3, pixels.data(), w * 3) != 0;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Plays the whole session from the start in 120 frames and prints how long frames
// took: all of it (GPU finished) and the CPU part (session + ImGui build).
void print_frame_stats(App& app, Session& session) {
  using clock = std::chrono::steady_clock;
  constexpr int kFrames = 120;
  session.player().seek(0);
  session.player().play();
  const double dt = trace::to_seconds(session.duration()) / kFrames;
  std::vector<double> total, cpu;
  for (int i = 0; i < kFrames; ++i) {
    const auto t0 = clock::now();
    app.frame(dt);
    const auto t1 = clock::now();
    glFinish();
    const auto t2 = clock::now();
    cpu.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    total.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
  }
  std::printf("frame.median_ms %.2f\nframe.worst_ms %.2f\nframe.cpu_median_ms %.2f\n",
              median(total), *std::max_element(total.begin(), total.end()), median(cpu));
}

}  // namespace

int take_screenshot(const ScreenshotOptions& opts) {
  WindowOptions wo;
  wo.width = opts.width;
  wo.height = opts.height;
  wo.visible = false;
  wo.vsync = false;
  Platform platform(wo);
  Session session = make_demo_session();
  App app(platform, session);

  if (opts.frame_stats) print_frame_stats(app, session);
  session.player().pause();
  session.player().seek(opts.at < 0 ? session.duration() : trace::from_seconds(opts.at));
  session.sync();
  for (int i = 0; i < kSettleFrames; ++i) app.frame(0.0);
  glFinish();

  int w = 0, h = 0;
  platform.framebuffer_size(w, h);
  if (w != opts.width || h != opts.height) {
    std::cerr << "loopscope: the window came out " << w << "x" << h << ", not " << opts.width
              << "x" << opts.height << " (is the screen smaller?)\n";
    return 1;
  }
  if (!save_png(opts.out, w, h)) {
    std::cerr << "loopscope: cannot write " << opts.out << '\n';
    return 1;
  }
  return 0;
}

int open_app() {
  Platform platform(WindowOptions{});
  Session session = make_demo_session();
  App app(platform, session);
  app.run();
  return 0;
}

}  // namespace ls::app
