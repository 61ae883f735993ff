#!/usr/bin/env bash
# The review server on a large run: start time, memory after browsing, page size, search
# latency, and (optionally) the headless-Chromium test against the same database.
#
#   Benchmarks/review-at-scale.sh [DATABASE] [--browser]
#
# DATABASE is written to (migration, search keys, decisions, leases): give a copy, e.g.
#   cp /work/bench/big/ev.sqlite /work/tmp-review/ev.sqlite
# Default: /work/tmp-review/ev.sqlite. Needs a release build (swift build -c release) and curl.
# --browser also runs the Chromium test on this database (debug test build; it approves one
# cluster of the review queue with the keyboard and checks the decision is stored).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-/work/tmp-review/ev.sqlite}
BROWSER=${2:-}
BIN=${TCDEDUPE_BIN:-.build/release/tcdedupe}
PORT=${PORT:-18765}
TOKEN=
PID=
OUT=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$OUT"' EXIT
[ -x "$BIN" ] || { echo "build first: swift build -c release" >&2; exit 1; }
[ -f "$DB" ] || { echo "no database at $DB" >&2; exit 1; }

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l | xargs printf '%.2f'; }
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
hwm() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
api() { curl -sS -H "X-Review-Token: $TOKEN" "http://127.0.0.1:$PORT$1"; }

# Starts the server in the background and waits until it answers; prints seconds to listening.
start() {
  local t0; t0=$(now)
  "$BIN" review --db "$DB" --port "$PORT" --reviewer bench > "$OUT/server.log" 2>&1 &
  PID=$!
  # The server prints its address, token included, once it listens.
  until grep -q 'token=' "$OUT/server.log"; do
    kill -0 "$PID" 2>/dev/null || { cat "$OUT/server.log" >&2; exit 1; }
    sleep 0.02
  done
  since "$t0"
  TOKEN=$(grep -o 'token=[0-9a-zA-Z]*' "$OUT/server.log" | head -1 | cut -d= -f2)
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }

echo "database: $DB ($(du -h "$DB" | cut -f1))"
echo "first start (migrates the schema: indexes of the review queue):"
start > "$OUT/t"; echo "  listening after $(cat "$OUT/t") s"
t0=$(now)
until api "/api/progress?queue=review" | grep -q '"ready":true'; do sleep 0.5; done
echo "  search keys built in the background in $(since "$t0") s (RSS then $(rss "$PID") MiB, peak $(hwm "$PID") MiB)"
stop

echo "second start:"
start > "$OUT/t"; echo "  listening after $(cat "$OUT/t") s, RSS $(rss "$PID") MiB"
t0=$(now)
curl -sS -o "$OUT/page.html" "http://127.0.0.1:$PORT/?token=$TOKEN"
t1=$(since "$t0"); t0=$(now)
api "/api/clusters?queue=review&limit=20" > "$OUT/first.json"
t2=$(since "$t0"); t0=$(now)
api "/api/progress?queue=review" > "$OUT/progress.json"
t3=$(since "$t0")
echo "  first screen: page $t1 s ($(wc -c < "$OUT/page.html") B), first 20 clusters $t2 s ($(wc -c < "$OUT/first.json") B), progress $t3 s"
t0=$(now)
curl -sS -o /dev/null "http://127.0.0.1:$PORT/?token=$TOKEN"
api "/api/clusters?queue=review&limit=20" > /dev/null
api "/api/progress?queue=review" > /dev/null
echo "  the same again (a second reviewer opening the page): $(since "$t0") s"
echo "  progress: $(cat "$OUT/progress.json")"

t0=$(now)
cursor=""
for k in $(seq 1 50); do
  api "/api/clusters?queue=all&sort=least-confident&limit=20${cursor:+&cursor=$cursor}" > "$OUT/page$k.json"
  cursor=$(grep -o '"next_cursor":[0-9]*' "$OUT/page$k.json" | cut -d: -f2)
done
echo "  50 pages of 20 (queue all): $(since "$t0") s; RSS $(rss "$PID") MiB, peak $(hwm "$PID") MiB"
for sort in biggest franchise most-confident; do
  t0=$(now); api "/api/clusters?queue=review&sort=$sort&limit=20" > /dev/null
  echo "  first page, sort $sort: $(since "$t0") s"
done
t0=$(now)
curl -sS -H "X-Review-Token: $TOKEN" -H "Content-Type: application/json" -H "Origin: http://127.0.0.1:$PORT" \
  -d '{"holder":"bench-1","reviewer":"bench","limit":10}' "http://127.0.0.1:$PORT/api/queue/claim" > "$OUT/claim.json"
echo "  claim of 10: $(since "$t0") s"

# Searches: a name (kanji, kana, romaji, full-width), a phone in two formats, an email, taken
# from a member of the first review cluster.
read -r LAST READING PHONE EMAIL < <(python3 - "$OUT/first.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))["clusters"][0]
m = c["members"][0]
print(m.get("last_name") or "-", (m.get("last_name_kana") or m.get("last_name") or "-"),
      (m.get("phones") or ["-"])[0], (m.get("emails") or ["-"])[0])
PY
)
for q in "$LAST" "$READING" "tanaka" "ＴＡＮＡＫＡ" "$PHONE" "$(echo "$PHONE" | tr -d '+ -')" "$EMAIL" "Yamada Hanako"; do
  enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
  t=$(curl -sS -o "$OUT/search.json" -w '%{time_total}' -H "X-Review-Token: $TOKEN" \
      "http://127.0.0.1:$PORT/api/clusters?queue=all&limit=20&q=$enc")
  echo "  search \"$q\": ${t} s, $(grep -o '"cluster_id":' "$OUT/search.json" | wc -l) clusters"
done
echo "  RSS at the end: $(rss "$PID") MiB, peak $(hwm "$PID") MiB"
stop

if [ "$BROWSER" = "--browser" ]; then
  echo "headless Chromium on this database (debug test build):"
  TCDEDUPE_REVIEW_AT_SCALE_DB="$DB" swift test --skip-build --filter "BrowserReviewAtScaleTests" 2>&1 | tail -5
fi
