#!/usr/bin/env bash
# Incremental run at scale: a full run, 1 % of the customers changed (edits, new records,
# deletions), the incremental run, and a full run with the same model to check it against.
#
# usage: Benchmarks/incremental.sh [customers] [work folder]
# Needs a release build: swift build -c release --scratch-path .build-release
set -euo pipefail
n=${1:-1650000}
work=${2:-/tmp/tcdedupe-incremental}
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${TCDEDUPE:-$here/.build-release/release/tcdedupe}
db=$work/base.sqlite
mkdir -p "$work"
rm -f "$db" "$db-wal" "$db-shm"

"$bin" generate --customers "$n" --seed 42 --out "$work/base.jsonl" --truth "$work/truth.csv"
"$bin" import "$work/base.jsonl" --db "$db" --quiet
/usr/bin/time -f "full run: %e s wall, %M KiB peak" "$bin" run --full --db "$db" --quiet > "$work/full.txt"
python3 "$here/Benchmarks/incremental-changes.py" "$work/base.jsonl" "$work/changes.jsonl" "$work/deleted.txt"

# Changes as a sync stores them: upserts by id, deletions moved to deleted_customers.
"$bin" import "$work/changes.jsonl" --db "$db" --quiet
sqlite3 "$db" <<SQL
CREATE TEMP TABLE gone (id TEXT PRIMARY KEY);
.mode csv
.import $work/deleted.txt gone
INSERT OR REPLACE INTO deleted_customers (id, franchise_id, updated_at, raw, deleted_at, reason)
  SELECT id, franchise_id, updated_at, raw, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'benchmark deletion'
  FROM customers WHERE id IN (SELECT id FROM gone);
DELETE FROM customers WHERE id IN (SELECT id FROM gone);
SQL

/usr/bin/time -f "incremental run: %e s wall, %M KiB peak" "$bin" run --db "$db" --quiet > "$work/incremental.txt"
/usr/bin/time -f "full run with the same model: %e s wall, %M KiB peak" "$bin" run --full --model-from 1 --db "$db" --quiet > "$work/kept.txt"
cat "$work/incremental.txt"

# Run 2 (incremental) against run 3 (full, same model): pairs, and clusters by their members,
# figures and payload (cluster numbers aside). Read through the run_* views, which hold what
# each run holds: an incremental run's own rows and those it carries from its base by reference
# (`for_run` is the run that holds a row, `run_id` the run that stored it).
sqlite3 "$db" <<'SQL'
SELECT 'pairs only in one of the two runs: ' || (
  SELECT count(*) FROM (SELECT a, b, probability, match_weight FROM run_pairs WHERE for_run = 2
                        EXCEPT SELECT a, b, probability, match_weight FROM run_pairs WHERE for_run = 3)) || ' + ' || (
  SELECT count(*) FROM (SELECT a, b, probability, match_weight FROM run_pairs WHERE for_run = 3
                        EXCEPT SELECT a, b, probability, match_weight FROM run_pairs WHERE for_run = 2));
CREATE TEMP VIEW shape AS
  SELECT c.for_run AS run_id, (SELECT group_concat(customer_id || ':' || role, ',') FROM
           (SELECT customer_id, role FROM cluster_members m WHERE m.run_id = c.run_id AND m.cluster_id = c.cluster_id ORDER BY rowid)) AS members,
         c.confidence, c.match_weight, c.auto_merge, c.victor_id,
         replace(c.payload, '"cluster_id":' || c.cluster_id || ',', '') AS payload
  FROM run_clusters c WHERE c.for_run IN (2, 3);
SELECT 'clusters only in one of the two runs: ' || (
  SELECT count(*) FROM (SELECT members, confidence, match_weight, auto_merge, victor_id, payload FROM shape WHERE run_id = 2
                        EXCEPT SELECT members, confidence, match_weight, auto_merge, victor_id, payload FROM shape WHERE run_id = 3)) || ' + ' || (
  SELECT count(*) FROM (SELECT members, confidence, match_weight, auto_merge, victor_id, payload FROM shape WHERE run_id = 3
                        EXCEPT SELECT members, confidence, match_weight, auto_merge, victor_id, payload FROM shape WHERE run_id = 2));
SQL
