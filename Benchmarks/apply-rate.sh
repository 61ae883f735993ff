#!/bin/bash
# apply at the rate limit against a sandbox answering in 200 ms with a 10 requests/s limit:
# merges per second and requests per merged cluster, with the Sync API cursor that export
# recorded (only members the change feed names are fetched) and without it (the cursor deleted
# from the store copy: every member fetched). Each apply starts from the same exported base.
#
#   Benchmarks/apply-rate.sh [CUSTOMERS] [LIMIT] [WORKDIR]
#
# Needs a release build (swift build -c release --product tcdedupe), or TCDEDUPE=path/to/tcdedupe.
# MODES="feed" runs only the apply with the change feed; an existing WORKDIR/store.sqlite is reused.
set -u
CUSTOMERS=${1:-20000}
LIMIT=${2:-1000}
D=${3:-/tmp/tcdedupe-apply-rate}
B=${TCDEDUPE:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/tcdedupe}
PORT=${PORT:-18741}
mkdir -p "$D" && cd "$D" || exit 1
export TABLECHECK_API_KEY=bench-key-91c
URL=http://127.0.0.1:$PORT/api/crm/v1
start_sandbox() {
  "$B" sandbox --port $PORT --data base.jsonl --api-key $TABLECHECK_API_KEY --latency-ms 200 --rate-limit 10 \
    --merge-delay 0 2> "sandbox-$1.log" > /dev/null &
  echo $! > sandbox.pid
  sleep 3
}
stop_sandbox() { kill "$(cat sandbox.pid)"; wait "$(cat sandbox.pid)" 2>/dev/null; }
if [ ! -f store.sqlite ]; then
  "$B" generate --customers "$CUSTOMERS" --seed 7 --out base.jsonl --truth truth.csv
  start_sandbox export
  /usr/bin/time -f "export %e s" "$B" export --api-url $URL --db store.sqlite --rate 10 --quiet
  stop_sandbox
  /usr/bin/time -f "run %e s" "$B" run --db store.sqlite --quiet
fi
for mode in ${MODES:-feed nofeed}; do
  cp store.sqlite "store-$mode.sqlite"; rm -f "store-$mode.sqlite-wal" "store-$mode.sqlite-shm"
  start_sandbox $mode
  [ $mode = nofeed ] && sqlite3 "store-$mode.sqlite" "DELETE FROM sync_state"
  /usr/bin/time -f "apply-$mode %e s" "$B" apply --api-url $URL --db "store-$mode.sqlite" --auto --rate 10 \
    --limit "$LIMIT" --quiet > "apply-$mode.out" 2> "apply-$mode.err"
  echo "exit $?" >> "apply-$mode.out"
  stop_sandbox
  cat "apply-$mode.out"; tail -1 "apply-$mode.err"
  echo "HTTP requests the sandbox answered: $(grep -c . "sandbox-$mode.log"), of them 429: $(grep -c ' 429 ' "sandbox-$mode.log")"
done
