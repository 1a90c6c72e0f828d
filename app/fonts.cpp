#include "fonts.h"

#include <imgui.h>
#include <spdlog/spdlog.h>

#include <cmath>
#include <filesystem>

namespace ls::app {

namespace {

// Latin-1 plus the symbols the app prints: – … − ⊘ ✓ ✗ ❚, the arrows (← → ⇤ ⇥ ↺)
// and geometric shapes (■ □ ▶ ◀). Whole blocks: DejaVu Sans has every glyph in them.
constexpr ImWchar kGlyphs[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0x2190, 0x21FF, 0x2212, 0x2212,
                               0x2298, 0x2298, 0x25A0, 0x25FF, 0x2713, 0x2717, 0x275A, 0x275A,
                               0};

ImFont* load(const char* file, float px) {
  const std::string path = std::string(FontSet::kDir) + "/" + file;
  if (!std::filesystem::exists(path)) return nullptr;
  ImFontConfig cfg;
  cfg.OversampleH = 2;  // sharper sub-pixel placement for proportional text
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path.c_str(), px, &cfg, kGlyphs);
}

}  // namespace

void FontSet::build(float px) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  fonts_ = Fonts{};
  fonts_.px = px;
  fonts_.regular = load("DejaVuSans.ttf", px);
  fonts_.bold = load("DejaVuSans-Bold.ttf", px * 1.1f);
  fonts_.mono = load("DejaVuSansMono.ttf", px);
  fonts_.heading = load("DejaVuSans-Bold.ttf", std::round(px * 1.3f));
  fonts_.small = load("DejaVuSans.ttf", std::round(px * 0.8f));
  fallback_ = !fonts_.regular || !fonts_.bold || !fonts_.mono || !fonts_.heading || !fonts_.small;
  if (fallback_) {
    spdlog::warn("DejaVu fonts not found in {}; using ImGui's built-in font", kDir);
    atlas->Clear();
    ImFontConfig cfg;
    cfg.SizePixels = px;
    ImFont* f = atlas->AddFontDefault(&cfg);
    fonts_.regular = fonts_.bold = fonts_.mono = fonts_.heading = fonts_.small = f;
  }
  atlas->Build();
}

}  // namespace ls::app
