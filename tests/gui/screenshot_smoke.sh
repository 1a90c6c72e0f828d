#!/usr/bin/env bash
# GUI smoke test: the real app renders under Xvfb into PNGs of the asked size that
# hold a picture (many colours), at the end of the runs and at the start.
set -euo pipefail
BIN="$1"
OUT="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$OUT"
rm -f "$OUT"/*.png

shot() {
  xvfb-run -a -s "-screen 0 1920x1080x24" "$BIN" screenshot "$@"
}

shot --size 1600x900 "$OUT/end.png"
python3 "$HERE/check_png.py" "$OUT/end.png" 1600 900 200
# Mid-run and at a small size: still a picture, nothing crashes.
shot --size 1024x640 --at 1.5 "$OUT/mid.png"
python3 "$HERE/check_png.py" "$OUT/mid.png" 1024 640 100
