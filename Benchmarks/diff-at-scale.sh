#!/usr/bin/env bash
# `tcdedupe diff` and `run --dry-run` at scale: a generated base, a live run with the default
# rules, a dry run with a stricter review threshold (its diff printed after it), then
# `diff --to dry-run` alone as a whole process: wall time and peak RSS of each.
#
#   Benchmarks/diff-at-scale.sh [CUSTOMERS] [SEED] [WORKDIR] [BINARY]
#        (default 1650000 42 .build-bench/diff-<customers> .build/release/tcdedupe)
#
# The binary must be a release build (`swift build -c release --product tcdedupe`).
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-1650000}
seed=${2:-42}
dir=${3:-.build-bench/diff-$customers}
bin=${4:-.build/release/tcdedupe}
mkdir -p "$dir"

measure() { # label, then the command
  local label=$1; shift
  /usr/bin/time -f "%e %M %P" -o "$dir/time.txt" "$@" > "$dir/$label.out" 2> "$dir/$label.err"
  read -r wall rss cpu < "$dir/time.txt"
  printf '%-9s %8.2f s  peak RSS %7.1f MiB  CPU %s\n' "$label" "$wall" "$(echo "$rss / 1024" | bc -l)" "$cpu"
}

echo "tcdedupe diff at scale: $customers customers, seed $seed, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
rm -f "$dir"/store.sqlite*
"$bin" rules --print-default > "$dir/default.yaml"
sed 's/^  review: 0.65$/  review: 0.9/' "$dir/default.yaml" > "$dir/strict.yaml"
cmp -s "$dir/default.yaml" "$dir/strict.yaml" && { echo "the review threshold line was not found" >&2; exit 1; }
measure generate "$bin" generate --customers "$customers" --seed "$seed" --out "$dir/customers.jsonl" --truth "$dir/truth.csv"
measure import "$bin" import "$dir/customers.jsonl" --db "$dir/store.sqlite" --quiet
measure run "$bin" run --db "$dir/store.sqlite" --quiet
measure dry-run "$bin" run --db "$dir/store.sqlite" --rules "$dir/strict.yaml" --dry-run --quiet
measure diff "$bin" diff --db "$dir/store.sqlite" --to dry-run
measure diff-json "$bin" diff --db "$dir/store.sqlite" --to dry-run --json --examples 0
sed -n '/ → run /,/^  unchanged/p' "$dir/diff.out" | grep -v '^      \|^        '
