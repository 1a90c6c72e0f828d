#!/usr/bin/env bash
# Bad usage is a clear message and exit 2; no display is one line and exit 1.
set -uo pipefail
BIN="$1"
OUT="$2"
mkdir -p "$OUT"
fail() { echo "FAIL: $*" >&2; exit 1; }

expect() {  # expect CODE ARGS...: runs the binary, checks the exit code, keeps stderr
  local want="$1"; shift
  "$BIN" "$@" >"$OUT/stdout" 2>"$OUT/stderr"
  local got=$?
  echo "loopscope $* -> $got: $(head -c 300 "$OUT/stderr")"
  [ "$got" -eq "$want" ] || fail "loopscope $*: exit $got, expected $want"
}

expect 2 frobnicate
grep -q "unknown command .frobnicate." "$OUT/stderr" || fail "unknown command not named"
expect 2 demo --no-such-flag
grep -q -- "--no-such-flag" "$OUT/stderr" || fail "unknown flag not named"
expect 2 screenshot --size big "$OUT/x.png"
grep -q "WIDTHxHEIGHT" "$OUT/stderr" || fail "bad size not explained"
expect 2 screenshot
expect 0 --help
grep -q "screenshot" "$OUT/stdout" || fail "help does not list screenshot"

# No display at all: one clear line on stderr, exit 1, no crash.
env -u DISPLAY -u WAYLAND_DISPLAY "$BIN" screenshot "$OUT/none.png" >"$OUT/stdout" 2>"$OUT/stderr"
code=$?
cat "$OUT/stderr"
[ "$code" -eq 1 ] || fail "no display: exit $code, expected 1"
[ "$(wc -l <"$OUT/stderr")" -eq 1 ] || fail "no display: expected exactly one line on stderr"
grep -q "no display" "$OUT/stderr" || fail "no display: message does not say so"
[ ! -e "$OUT/none.png" ] || fail "no display: a PNG was written anyway"
echo "ok"
