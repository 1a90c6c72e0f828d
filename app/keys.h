// The one place keyboard input is read: panels ask for actions, not key codes, so
// a test can drive them through this adapter and ImGui 1.86's pre-1.87 key API
// (io.KeysDown indexed by GLFW key codes) stays out of sight.
#pragma once

#include <string_view>

namespace ls::app::keys {

enum class Key { PlayPause, Restart, End, StepForward, StepBack, Slower, Faster, Pause,
                 ZoomIn, ZoomOut, PanLeft, PanRight, Fit, FullScreen,
                 FontBigger, FontSmaller, FontReset, NextStep, PrevStep, Presenter,
                 LessonColumn };

// The key for `k` went down this frame (with key repeat for zoom, pan and steps).
bool pressed(Key k);
// The key(s) as a tooltip names them: "Space", "J or [".
const char* label(Key k);

// For scripted input (screenshot --script): the GLFW key code for a name such as
// "space", "right", "home", "l", "]", "f11", "f5", "escape", "=", "pagedown", or -1
// if unknown.
int code_for_name(std::string_view name);

}  // namespace ls::app::keys
