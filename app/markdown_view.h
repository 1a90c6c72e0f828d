// Draws parsed lesson Markdown (model/markdown.h) into the current ImGui window,
// word-wrapped to the window's width. ImGui's own wrapped text cannot mix fonts
// in one paragraph, so the words are laid out here: **bold** in the bold face,
// `code` in the mono face on a tinted chip, headings in the heading face.
#pragma once

#include <vector>

#include "fonts.h"
#include "model/markdown.h"

namespace ls::app {

// Lays out and draws `blocks` from the cursor, `width` pixels wide, and moves the
// cursor below them. Returns the height used.
float draw_markdown(const std::vector<md::Block>& blocks, const Fonts& fonts, float width);

}  // namespace ls::app
