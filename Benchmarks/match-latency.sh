#!/bin/bash
# `tcdedupe match` latency on a large base: one record per process (what a booking-time check
# pays, process start included) and a batch of 1,000 records in one process (per record).
# The records are customers of the base with their id removed (new bookings of known guests)
# and, for half of them, the first phone changed (a guest who booked with another number).
#
#   Benchmarks/match-latency.sh [CUSTOMERS] [WORKDIR]
#
# Needs a release build (swift build -c release --product tcdedupe), or TCDEDUPE=path/to/tcdedupe.
# An existing WORKDIR/store.sqlite with a finished run is reused; else the base is generated
# (seed 42), imported and run first, and the run's standing_index stage is printed.
set -u
CUSTOMERS=${1:-1650000}
D=${2:-/tmp/tcdedupe-match-latency}
B=${TCDEDUPE:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/tcdedupe}
mkdir -p "$D" && cd "$D" || exit 1
if [ ! -f store.sqlite ]; then
  "$B" generate --customers "$CUSTOMERS" --seed 42 --out base.jsonl --truth truth.csv
  "$B" import base.jsonl --db store.sqlite
  /usr/bin/time -f "run: %e s wall, %M KiB peak" "$B" run --db store.sqlite 2>&1 | grep -E "standing_index|run:|total" 
fi
# 1,000 records spread over the base, ids removed; every other one with its first phone's last digit changed.
awk -v n="$CUSTOMERS" 'NR % int(n / 1000) == 0 && c < 1000 { c++; print }' base.jsonl \
  | sed -E 's/"id":"[^"]*",?//' \
  | awk 'NR % 2 == 0 { sub(/[0-9]"\]/, "9\"]") } { print }' > batch.jsonl
head -20 batch.jsonl > single.jsonl
echo "single records (process start included), 20 processes:"
: > single-times.txt
while IFS= read -r line; do
  start=$(date +%s%N)
  printf '%s\n' "$line" | "$B" match --db store.sqlite > /dev/null || echo "match failed"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >> single-times.txt
done < single.jsonl
sort -n single-times.txt | awk '{ a[NR] = $1 } END { printf "  min %d ms, median %d ms, max %d ms\n", a[1], a[int((NR + 1) / 2)], a[NR] }'
echo "batch of $(wc -l < batch.jsonl) records in one process:"
start=$(date +%s%N)
"$B" match --db store.sqlite --file batch.jsonl > batch-out.json
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
echo "  $ms ms total, $(awk -v t="$ms" -v n="$(wc -l < batch.jsonl)" 'BEGIN { printf "%.2f", t / n }') ms per record"
python3 - <<'PY'
import json
d = json.load(open("batch-out.json"))
r = d["records"]
found = sum(1 for x in r if x["duplicates"])
cands = sorted(x["candidates"] for x in r)
print(f"  {found} of {len(r)} records found a duplicate; candidates per record: median {cands[len(cands)//2]}, max {cands[-1]}")
PY
