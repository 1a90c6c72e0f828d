#!/usr/bin/env bash
# GUI test: a student's edit typed into the real app's code panel and Run (through
# screenshot --edit). A syntax error shows in place with the line and message
# python3 gives, and the app keeps working (a key still moves the playhead); an
# edit that parses re-runs the step with the new program.
set -euo pipefail
BIN="$1"
OUT="$2"
LESSONS="$3"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$OUT"
export LOOPSCOPE_LESSONS="$LESSONS"
fail() { echo "FAIL: $*" >&2; exit 1; }
shot() {
  xvfb-run -a -s "-screen 0 1920x1080x24" "$BIN" screenshot --size 1600x900 --lesson hello-world \
    --variant async "$@"
}

# Line 7's call loses its closing bracket.
sed '7s/sleep(1)/sleep(1/' "$LESSONS/01-hello-world/async.py" > "$OUT/broken.py"
cmp -s "$OUT/broken.py" "$LESSONS/01-hello-world/async.py" && fail "the edit changed nothing"
want="$(python3 - "$OUT/broken.py" <<'PY'
import sys
try:
    compile(open(sys.argv[1]).read(), sys.argv[1], "exec")
except SyntaxError as e:
    print(f"line {e.lineno}:{e.offset}: SyntaxError: {e.msg}")
PY
)"
[ -n "$want" ] || fail "python3 found no syntax error in the edit"
# Escape leaves the editor (the keys are the editor's while it has them).
out="$(shot --edit "$OUT/broken.py" --script "escape home right" "$OUT/syntax.png")"
echo "$out"
grep -qxF "edit error: $want" <<<"$out" || fail "expected 'edit error: $want'"
grep -q '^playhead_s [01]\.' <<<"$out" || fail "the app did not go on after the error (Home, →)"
python3 "$HERE/check_png.py" "$OUT/syntax.png" 1600 900 100

# say_hello sleeps 3 s instead of 1: the re-run ends at 3 s, not 2.
sed '7s/sleep(1)/sleep(3)/' "$LESSONS/01-hello-world/async.py" > "$OUT/longer.py"
out="$(shot --edit "$OUT/longer.py" --script "end" "$OUT/rerun.png")"
echo "$out"
grep -qx "edit ran: new runs" <<<"$out" || fail "a parsing edit did not re-run"
grep -q '^playhead_s 3\.0' <<<"$out" || fail "the re-run does not end at 3 s"
python3 "$HERE/check_png.py" "$OUT/rerun.png" 1600 900 100
