#!/usr/bin/env bash
# `make run`: open the app when there is a display, else print lesson 1's two runs
# as text timelines (each program's output, then its timeline and total).
set -euo pipefail
BIN="$1"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN"
fi
LESSON="$(cd "$(dirname "$0")/.." && pwd)/lessons/01-hello-world"
echo "loopscope: no display found (DISPLAY is not set); printing lesson 1's text timelines instead."
for variant in blocking async; do
  echo
  echo "== lesson 1, $variant.py =="
  "$BIN" run "$LESSON/$variant.py" --timeline 2>&1
done
