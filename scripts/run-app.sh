#!/usr/bin/env bash
# `make run`: open the app when there is a display, else print the text timeline.
set -euo pipefail
BIN="$1"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN"
fi
echo "loopscope: no display found (DISPLAY is not set); printing the demo's text timeline instead."
exec "$BIN" demo --timeline
