#!/usr/bin/env bash
# GUI test: key presses sent to the real app under Xvfb (screenshot --script) move
# the playhead one loop event at a time and change the playback speed.
set -euo pipefail
BIN="$1"
OUT="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$OUT"
fail() { echo "FAIL: $*" >&2; exit 1; }

shot() {
  xvfb-run -a -s "-screen 0 1920x1080x24" "$BIN" screenshot --size 1600x900 "$@"
}

# From the start: → twice reaches the demo's second event instant (2 s); L, L, ]
# climb the speed ladder 1x → 2x → 4x → 10x; J once comes back to 4x.
out="$(shot --at 0 --script "right right l l ] j" "$OUT/keys.png")"
echo "$out"
grep -qx "playhead_s 2.000000" <<<"$out" || fail "→ → did not step to 2.0 s"
grep -qx "speed 4×" <<<"$out" || fail "L L ] J did not leave the speed at 4×"

# ← steps back; End and Home jump.
out="$(shot --at 2.5 --script "left" "$OUT/back.png")"
grep -qx "playhead_s 2.000000" <<<"$out" || fail "← from 2.5 s did not step back to 2.0 s"
out="$(shot --at 1 --script "end" "$OUT/end.png")"
grep -qx "playhead_s 6.000000" <<<"$out" || fail "End did not jump to 6.0 s"
out="$(shot --at 3 --script "home [" "$OUT/home.png")"
grep -qx "playhead_s 0.000000" <<<"$out" || fail "Home did not jump to 0"
grep -qx "speed 0.5×" <<<"$out" || fail "[ did not slow to 0.5×"
python3 "$HERE/check_png.py" "$OUT/keys.png" 1600 900 100

# F5 turns presenter mode on: the text is rebuilt larger (it stays crisp: a new
# atlas at the new size, not a scaled one); F5 again returns to the desk size.
desk="$(shot --at 0 --script "right" "$OUT/desk.png" | sed -n 's/^font_px //p')"
out="$(shot --at 0 --script "f5" "$OUT/presenter.png")"
grep -qx "presenter on" <<<"$out" || fail "F5 did not turn presenter mode on"
big="$(sed -n 's/^font_px //p' <<<"$out")"
[ -n "$desk" ] && [ -n "$big" ] || fail "no font_px line printed"
[ "$big" -gt "$desk" ] || fail "presenter font $big px is not larger than the desk's $desk px"
out="$(shot --at 0 --script "f5 f5" "$OUT/back.png")"
grep -qx "presenter off" <<<"$out" || fail "F5 twice did not leave presenter mode"
grep -qx "font_px $desk" <<<"$out" || fail "leaving presenter mode did not restore $desk px"
echo "presenter: $desk px at the desk, $big px presenting"
python3 "$HERE/check_png.py" "$OUT/presenter.png" 1600 900 100
