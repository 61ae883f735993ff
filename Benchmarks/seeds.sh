#!/usr/bin/env bash
# The own generator on several seeds, learned weights (the default) against the rules' weights
# (`run --no-train`): review P/R/F1 at the review threshold and auto-merge P/R per seed, with
# the mean and the worst, so that no figure is tuned to one seed.
#
#   Benchmarks/seeds.sh [CUSTOMERS] [SEEDS...]     (default: 100000 1 2 3 4 5 42)
#
# Release build; writes into .build-bench/seeds/<customers>-<seed>/ (ignored by git); a base
# already generated there is reused. Needs python3 (standard library only) for the table.
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-100000}
shift || true
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3 4 5 42)
# TCDEDUPE=path/to/tcdedupe uses that build instead of making one.
if [ -z "${TCDEDUPE:-}" ]; then
  swift build -c release --product tcdedupe >/dev/null 2>&1 || { echo "release build failed: run swift build -c release --product tcdedupe" >&2; exit 1; }
fi
bin=${TCDEDUPE:-.build/release/tcdedupe}
out=.build-bench/seeds
mkdir -p "$out"
results=$out/results-$customers.tsv
: > "$results"
for seed in "${seeds[@]}"; do
  dir=$out/$customers-$seed
  mkdir -p "$dir"
  if [ ! -s "$dir/truth.csv" ]; then
    "$bin" generate --customers "$customers" --seed "$seed" --out "$dir/customers.jsonl" --truth "$dir/truth.csv" >/dev/null
  fi
  for mode in trained no-train; do
    db=$dir/$mode.sqlite
    rm -f "$db" "$db"-*
    "$bin" import "$dir/customers.jsonl" --db "$db" --quiet >/dev/null
    flag=$([ "$mode" = no-train ] && echo --no-train || echo --train)
    "$bin" run --db "$db" --quiet $flag > "$dir/$mode.run.txt"
    "$bin" evaluate --db "$db" --truth "$dir/truth.csv" --json > "$dir/$mode.eval.json"
    weights=$(grep -m1 '^  weights: ' "$dir/$mode.run.txt" | sed 's/^  //')
    printf '%s\t%s\t%s\t%s\n' "$seed" "$mode" "$dir/$mode.eval.json" "$weights" >> "$results"
  done
done
python3 - "$results" <<'PY'
import json, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
def figures(path):
    e = json.load(open(path))
    t = e["review_threshold"]
    s, a = e["suggested"], e["auto_merge"]
    key = next(k for k in s if k.startswith("pairs@") and k.endswith(".precision") and abs(float(k[6:-10]) - t) < 1e-9)[:-10]
    return [s[key + ".precision"], s[key + ".recall"], s[key + ".f1"],
            a["clusters.pairwise.precision"], a["clusters.pairwise.recall"]]
names = ["review P", "review R", "review F1", "auto P", "auto R"]
for mode in ("trained", "no-train"):
    table = [(seed, figures(path), weights) for seed, m, path, weights in rows if m == mode]
    if not table: continue
    print(f"\n{mode} ({'run' if mode == 'trained' else 'run --no-train'})")
    print("seed  " + "".join(f"{n:>11}" for n in names) + "   weights")
    for seed, f, w in table:
        print(f"{seed:<6}" + "".join(f"{x:11.4f}" for x in f) + "   " + w)
    cols = list(zip(*[f for _, f, _ in table]))
    print("mean  " + "".join(f"{sum(c) / len(c):11.4f}" for c in cols))
    print("worst " + "".join(f"{min(c):11.4f}" for c in cols))
PY
