// A button whose tooltip names its key, as every action has (issue 5): the toolbar,
// the lesson panel and the timeline's view buttons all use this one.
#pragma once

#include "keys.h"

namespace ls::app {

// `width` 0: as wide as the label. Disabled, it still shows its tooltip.
bool key_button(const char* label, const char* tip, keys::Key key, float width = 0.0f,
                bool enabled = true);
// The width key_button (and ImGui::Button) gives `label` at the current font
// (an "##id" suffix takes no room).
float button_width(const char* label);

}  // namespace ls::app
