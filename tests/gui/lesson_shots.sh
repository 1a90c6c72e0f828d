#!/usr/bin/env bash
# GUI test: every lesson rendered by the real app under Xvfb at two or three
# playhead positions (the first step at its end at 1920x1080, the second step
# half a second in at 1280x720, one variant alone mid-run), each PNG checked to
# be a picture; and a mistyped lesson id is exit 2 with the ids listed.
# Usage: lesson_shots.sh LOOPSCOPE OUT_DIR LESSONS_DIR
set -euo pipefail
BIN="$1"
OUT="$2"
LESSONS="$3"
HERE="$(cd "$(dirname "$0")" && pwd)"
# One X server for every shot: starting one per picture would cost more than the pictures.
if [ -z "${LS_UNDER_XVFB:-}" ]; then
  exec env LS_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
export LOOPSCOPE_LESSONS="$LESSONS"
mkdir -p "$OUT"
rm -f "$OUT"/*.png
fail() { echo "FAIL: $*" >&2; exit 1; }

set +e
"$BIN" screenshot --lesson no-such-lesson "$OUT/x.png" 2>"$OUT/stderr"
code=$?
set -e
cat "$OUT/stderr"
[ "$code" -eq 2 ] || fail "unknown lesson: exit $code, expected 2"
grep -q "no lesson 'no-such-lesson'" "$OUT/stderr" || fail "unknown lesson not named"
grep -q "hello-world" "$OUT/stderr" || fail "the lesson ids are not listed"
[ ! -e "$OUT/x.png" ] || fail "unknown lesson: a PNG was written anyway"
# A step past the last and an unknown variant: exit 2, saying what there is.
expect_usage() {  # expect_usage PATTERN ARGS...
  local pattern="$1"; shift
  set +e
  "$BIN" screenshot "$@" "$OUT/x.png" 2>"$OUT/stderr"
  local got=$?
  set -e
  [ "$got" -eq 2 ] || fail "screenshot $*: exit $got, expected 2"
  grep -q "$pattern" "$OUT/stderr" || fail "screenshot $*: '$(cat "$OUT/stderr")' lacks '$pattern'"
}
expect_usage "has 6 steps" --lesson hello-world --step 9
expect_usage "its variants are: blocking, async" --lesson hello-world --variant nope

# PgDn in the real app turns to step 2, whose playhead starts on its pause at
# 1.0 s; PgDn again to step 3 (no pause: the start); PgUp goes back.
out="$("$BIN" screenshot --lesson hello-world --size 1280x720 --script "pagedown" "$OUT/pgdn.png")"
grep -qx "step 2 of 6" <<<"$out" || fail "PgDn did not turn to step 2: $out"
grep -qx "playhead_s 1.000000" <<<"$out" || fail "step 2 did not start on its pause at 1.0 s: $out"
out="$("$BIN" screenshot --lesson hello-world --size 1280x720 --script "pagedown pagedown pageup pagedown" "$OUT/pgdn.png")"
grep -qx "step 3 of 6" <<<"$out" || fail "PgDn PgDn PgUp PgDn did not end on step 3: $out"
grep -qx "playhead_s 0.000000" <<<"$out" || fail "step 3 did not start at 0: $out"

ids=$(sed -n 's/^id: *//p' "$LESSONS"/*/lesson.md)
[ -n "$ids" ] || fail "no lessons found in $LESSONS"
count=0
for id in $ids; do
  "$BIN" screenshot --lesson "$id" --size 1920x1080 "$OUT/$id-end.png"
  python3 "$HERE/check_png.py" "$OUT/$id-end.png" 1920 1080 200
  "$BIN" screenshot --lesson "$id" --step 2 --at 0.5 --size 1280x720 "$OUT/$id-step2.png"
  python3 "$HERE/check_png.py" "$OUT/$id-step2.png" 1280 720 100
  count=$((count + 1))
done
# One variant alone, mid-run: the first variant of the downloads lesson.
"$BIN" screenshot --lesson requests-blocks --variant fixed --at 0.6 --size 1280x720 "$OUT/variant.png"
python3 "$HERE/check_png.py" "$OUT/variant.png" 1280 720 100
echo "ok: $count lessons"
