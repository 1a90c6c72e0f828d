// DejaVu TTF fonts rasterised at the exact pixel size shown, so big presenter text
// stays crisp (scaling a small atlas up would blur it). Rebuilt between frames
// whenever the size changes; never during a frame, where ImGui asserts.
#pragma once

#include <string>

struct ImFont;

namespace ls::app {

struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;   // run titles and the totals line
  ImFont* mono = nullptr;   // clocks, so digits do not jiggle as they change
  ImFont* heading = nullptr;  // bold, larger: a lesson step's title
  ImFont* small = nullptr;    // secondary lines (a lesson's source document)
  float px = 0.0f;
};

class FontSet {
 public:
  // Where Debian's fonts-dejavu-core puts the files.
  static constexpr const char* kDir = "/usr/share/fonts/truetype/dejavu";

  // Clears the atlas and loads the three faces at `px`. Falls back to ImGui's
  // built-in font (legible, not pretty) if the TTF files are missing.
  void build(float px);
  const Fonts& get() const { return fonts_; }
  bool using_fallback() const { return fallback_; }

 private:
  Fonts fonts_;
  bool fallback_ = false;
};

}  // namespace ls::app
