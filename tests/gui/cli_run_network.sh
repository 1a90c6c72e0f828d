#!/usr/bin/env bash
# `loopscope run`'s network and sandbox flags: --latency/--bandwidth change the
# default network, --network loads a lesson's network.json or a core/net
# profile (and one beside the program is used by default), a bad profile is a
# file:line message with exit 2, and --sandbox keeps the program's files.
set -uo pipefail
BIN="$1"
OUT="$2"
rm -rf "$OUT"
mkdir -p "$OUT/lesson" "$OUT/plain"
fail() { echo "FAIL: $*" >&2; exit 1; }

cat >"$OUT/fetch.py" <<'PY'
import time
import requests
start = time.perf_counter()
r = requests.get("https://files.example.com/report.bin")
with open("report.bin", "wb") as f:
    f.write(r.content)
print(len(r.content), f"{time.perf_counter() - start:.1f}")
PY
cp "$OUT/fetch.py" "$OUT/lesson/fetch.py"
cp "$OUT/fetch.py" "$OUT/plain/fetch.py"

run() {  # run WANT_STDOUT ARGS...: checks stdout and exit 0
  local want="$1"; shift
  local got
  got=$("$BIN" run "$@" 2>"$OUT/stderr")
  local code=$?
  echo "loopscope run $* -> $code: $got $(head -c 200 "$OUT/stderr")"
  [ "$code" -eq 0 ] || fail "loopscope run $*: exit $code"
  [ "$got" = "$want" ] || fail "loopscope run $*: printed '$got', expected '$want'"
}

# Defaults: .bin is 1 MB; 0.1 s + 1 MB at 1 MB/s.
run "1000000 1.1" "$OUT/plain/fetch.py"
run "1000000 1.5" "$OUT/plain/fetch.py" --latency 500
run "1000000 0.6" "$OUT/plain/fetch.py" --bandwidth 2MB/s
run "1000000 2.1" "$OUT/plain/fetch.py" --latency 0.1s --bandwidth 500000

# A lesson's network.json beside the program is used without a flag.
cat >"$OUT/lesson/network.json" <<'JSON'
{"files.example.com": {"latency_s": 0.2, "bandwidth_bytes_per_s": 100000,
                       "sizes": {"/report.bin": 300000}}}
JSON
run "300000 3.2" "$OUT/lesson/fetch.py"
run "300000 3.2" "$OUT/plain/fetch.py" --network "$OUT/lesson/network.json"

# core/net's text form works too.
printf 'host files.example.com\nlatency 1s\nsize /report.bin 2MB\n' >"$OUT/profile.txt"
run "2000000 3.0" "$OUT/plain/fetch.py" --network "$OUT/profile.txt"

# A bad profile: file:line and exit 2, the program does not run.
printf 'host files.example.com\nlatency soon\n' >"$OUT/bad.txt"
"$BIN" run "$OUT/plain/fetch.py" --network "$OUT/bad.txt" >"$OUT/stdout" 2>"$OUT/stderr"
code=$?
cat "$OUT/stderr"
[ "$code" -eq 2 ] || fail "bad profile: exit $code, expected 2"
grep -q "bad.txt:2:" "$OUT/stderr" || fail "bad profile: no file:line in the message"
[ ! -s "$OUT/stdout" ] || fail "bad profile: the program ran anyway"
"$BIN" run "$OUT/plain/fetch.py" --latency soon >"$OUT/stdout" 2>"$OUT/stderr"
[ $? -eq 2 ] || fail "bad --latency: expected exit 2"

# --sandbox: the file lands there and stays.
run "1000000 1.1" "$OUT/plain/fetch.py" --sandbox "$OUT/box"
[ "$(stat -c %s "$OUT/box/report.bin" 2>/dev/null)" = "1000000" ] || fail "--sandbox: report.bin not kept"
[ ! -e "$OUT/plain/report.bin" ] || fail "the program wrote beside itself, not in a sandbox"

"$BIN" run --help >"$OUT/help" 2>&1
for flag in --network --latency --bandwidth --sandbox; do
  grep -q -- "$flag" "$OUT/help" || fail "run --help does not document $flag"
done
echo "ok"
