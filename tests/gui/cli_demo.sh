#!/usr/bin/env bash
# `loopscope demo`: the headless run prints both text timelines and the totals,
# and writes one Chrome trace holding both runs.
set -euo pipefail
BIN="$1"
OUT="$2"
mkdir -p "$OUT"

out="$("$BIN" demo --timeline --trace-json "$OUT/demo.json")"
echo "$out"
fail() { echo "FAIL: $*" >&2; exit 1; }
grep -q "one after another" <<<"$out" || fail "no sequential timeline title"
grep -q "gathered" <<<"$out" || fail "no gathered timeline title"
grep -qF "one after another 6.0 s · gathered 3.0 s · 2.0× faster" <<<"$out" \
  || fail "totals line missing or wrong"
[ "$(grep -c "6.0 s" <<<"$out")" -ge 2 ] || fail "6.0 s total not printed by the timeline"
grep -q "3.0 s" <<<"$out" || fail "3.0 s total not printed"

python3 - "$OUT/demo.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
events = doc["traceEvents"]
names = {e["args"]["name"] for e in events if e.get("name") == "process_name"}
assert names == {"one after another", "gathered"}, names
assert any(e.get("ph") == "X" and e["pid"] == 2 for e in events), "no slices for gathered"
print("trace json ok:", len(events), "events")
PY
