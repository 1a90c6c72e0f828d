// The look: a dark, high-contrast ImGui style and the Okabe–Ito palette every panel
// draws with (colour-blind safe). Each state also has a shape, so no state is told
// by colour alone: running is solid, ready a half-height bar, waiting an outline,
// blocking hatched, many tiny spans a grey "×N" block.
#pragma once

#include <imgui.h>

#include "trace/event.h"
#include "trace/timeline.h"

namespace ls::app::palette {

// Okabe–Ito, as published; contrasts are against the lane background below.
constexpr ImU32 kOrange = IM_COL32(0xE6, 0x9F, 0x00, 0xFF);      // 7.7:1
constexpr ImU32 kSkyBlue = IM_COL32(0x56, 0xB4, 0xE9, 0xFF);     // 7.5:1
constexpr ImU32 kGreen = IM_COL32(0x00, 0x9E, 0x73, 0xFF);       // bluish green, 5.1:1
constexpr ImU32 kYellow = IM_COL32(0xF0, 0xE4, 0x42, 0xFF);      // 13:1
constexpr ImU32 kVermilion = IM_COL32(0xD5, 0x5E, 0x00, 0xFF);   // 4.5:1
constexpr ImU32 kPurple = IM_COL32(0xCC, 0x79, 0xA7, 0xFF);      // reddish purple, 5.6:1
constexpr ImU32 kGrey = IM_COL32(0x99, 0x99, 0x99, 0xFF);        // 6.1:1
// Okabe–Ito blue #0072B2 reaches only 3.3:1 on the dark lanes: lightened to 5.4:1.
constexpr ImU32 kBlueLight = IM_COL32(0x4F, 0x8F, 0xEF, 0xFF);

// The surfaces and text around the states: set by apply_theme, since the
// high-contrast theme makes them pure black and white (the state colours above
// stay: they are what the class learns). Values below are the default theme's.
inline ImU32 kLaneBg = IM_COL32(0x17, 0x1B, 0x22, 0xFF);
inline ImU32 kLaneFuture = IM_COL32(0x12, 0x15, 0x1A, 0xFF);  // lane time not yet played
inline ImU32 kText = IM_COL32(0xF2, 0xF2, 0xF2, 0xFF);       // 15:1
inline ImU32 kTextDim = IM_COL32(0xA9, 0xB0, 0xBC, 0xFF);    // 7.9:1
inline ImU32 kGridLine = IM_COL32(0x2C, 0x33, 0x3F, 0xFF);
// `code` in lesson text: the mono face on a chip, so it reads as code without a
// colour of its own (colours here mean task states).
inline ImU32 kCodeChip = IM_COL32(0x2E, 0x35, 0x42, 0xFF);
inline ImU32 kCodeText = IM_COL32(0xF2, 0xF2, 0xF2, 0xFF);   // 12:1 on the chip
constexpr ImU32 kTextOnColour = IM_COL32(0x00, 0x00, 0x00, 0xFF);
constexpr ImU32 kCallFill[2] = {IM_COL32(0x46, 0x4C, 0x58, 0xFF),   // white text 8.6:1
                                IM_COL32(0x55, 0x5C, 0x6A, 0xFF)};  // white text 6.7:1
constexpr ImU32 kCallEdge = IM_COL32(0x8A, 0x92, 0xA2, 0xFF);
constexpr ImU32 kPlayhead = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);

// The colour a waiting span is outlined in, by what it waits on.
ImU32 wait_colour(trace::WaitKind w);
// The colour of a state span (waiting: its wait's colour).
ImU32 state_colour(trace::SpanState s, trace::WaitKind w);
// The colour of a task's outcome mark (✓ done, ✗ failed, ⊘ cancelled).
ImU32 outcome_colour(trace::Outcome o);

}  // namespace ls::app::palette

namespace ls::app {

// Applies the dark style, with every size scaled by `scale` from ImGui's defaults
// (called again whenever the font size or the theme changes). `high_contrast`:
// black background, white text and outlines, for washed-out projectors.
void apply_theme(float scale, bool high_contrast = false);

}  // namespace ls::app
