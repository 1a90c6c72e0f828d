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

# --timeline-only saves the timeline panel alone (the Export menu's picture for
# slides): with the lesson column folded it spans the window less the side column
# (24% of 1600 px), over most of the height.
export LOOPSCOPE_LESSONS="$HERE/../../lessons"
shot --size 1600x900 --lesson gather-order --step 3 --timeline-only "$OUT/timeline.png"
read -r tw th < <(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$OUT/timeline.png")
[ "$tw" -eq 1216 ] || { echo "FAIL: timeline picture is $tw px wide, not 1216" >&2; exit 1; }
[ "$th" -ge 400 ] && [ "$th" -lt 900 ] || { echo "FAIL: timeline picture is $th px tall" >&2; exit 1; }
python3 "$HERE/check_png.py" "$OUT/timeline.png" "$tw" "$th" 100
