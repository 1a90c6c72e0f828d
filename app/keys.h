// The one place keyboard input is read: panels ask for actions, not key codes, so
// a test can drive them through this adapter and ImGui 1.86's pre-1.87 key API
// (io.KeysDown indexed by GLFW key codes) stays out of sight.
#pragma once

namespace ls::app::keys {

enum class Key { PlayPause, Restart, End, ZoomIn, ZoomOut, PanLeft, PanRight, Fit,
                 FontBigger, FontSmaller, FontReset };

// The key for `k` went down this frame (with key repeat for zoom and pan).
bool pressed(Key k);
// The key (a GLFW key code) with the label a tooltip shows: "Space", "Home".
const char* label(Key k);

}  // namespace ls::app::keys
