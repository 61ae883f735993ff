#!/bin/bash
# What never-merge pins cost at scale, and that they hold: a full run, then every review cluster
# of it (up to 40 members) rejected by pinning all its member pairs in SQL, then a full run with
# those pins. Prints the pinned pairs found together in the second run (must be 0), the cluster
# counts, and each run's wall time, peak RSS and stage timings.
# usage: Benchmarks/pins-at-scale.sh [customers] [work folder]   (TCDEDUPE= picks the binary)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
customers=${1:-1650000}
work=${2:-$here/.build-bench/pins}
bin=${TCDEDUPE:-$here/.build-release/release/tcdedupe}
mkdir -p "$work" && cd "$work"
[ -f c.jsonl ] || "$bin" generate --customers "$customers" --seed 42 --out c.jsonl --truth t.csv
rm -f pins.sqlite*
"$bin" import c.jsonl --db pins.sqlite --quiet
/usr/bin/time -v "$bin" run --full --db pins.sqlite --json --quiet > run1.json 2> run1.time
sqlite3 pins.sqlite <<'SQL'
INSERT OR IGNORE INTO pins (customer_a, customer_b, reason, run_id, cluster_key, created_by, created_at)
SELECT min(a.customer_id, b.customer_id), max(a.customer_id, b.customer_id), 'rejected', 1, c.cluster_key, 'bench',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM clusters c
JOIN cluster_members a ON a.run_id = c.run_id AND a.cluster_id = c.cluster_id
JOIN cluster_members b ON b.run_id = c.run_id AND b.cluster_id = c.cluster_id AND a.customer_id < b.customer_id
WHERE c.run_id = 1 AND c.auto_merge = 0 AND c.size <= 40;
SELECT 'pins', count(*) FROM pins;
SELECT 'review clusters of run 1', count(*) FROM clusters WHERE run_id = 1 AND auto_merge = 0;
SQL
/usr/bin/time -v "$bin" run --full --db pins.sqlite --json --quiet > run2.json 2> run2.time
sqlite3 pins.sqlite <<'SQL'
SELECT 'pinned pairs clustered together in run 2 (must be 0)', count(*) FROM pins p
JOIN cluster_members x ON x.run_id = 2 AND x.customer_id = p.customer_a
JOIN cluster_members y ON y.run_id = 2 AND y.customer_id = p.customer_b AND y.cluster_id = x.cluster_id;
SELECT 'clusters run 1', count(*) FROM clusters WHERE run_id = 1;
SELECT 'clusters run 2', count(*) FROM clusters WHERE run_id = 2;
SELECT 'clusters of run 2 noting a pin', count(*) FROM clusters WHERE run_id = 2 AND payload LIKE '%never-merge pin kept%';
SQL
for r in run1 run2; do
  echo "== $r"; grep -E "Elapsed|Maximum resident" $r.time
  python3 -c "
import json
s = json.load(open('$r.json'))
print(', '.join('%s %.2f s' % (t['stage'], t['seconds']) for t in s.get('stages', []) if 'part_of' not in t))
"
done
