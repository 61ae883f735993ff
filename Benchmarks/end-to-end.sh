#!/usr/bin/env bash
# End-to-end benchmark: generate a base, then time `import` and `run` as whole processes
# (release build), with wall time, throughput and peak RSS per stage, and the accuracy figures.
#
#   Benchmarks/end-to-end.sh [CUSTOMERS] [SEED]     (default 100000 42)
#
# Writes into .build-bench/<customers>/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-100000}
seed=${2:-42}
dir=.build-bench/$customers
mkdir -p "$dir"
./scripts/install-system-packages
swift build -c release --product tcdedupe >/dev/null
bin=.build/release/tcdedupe
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null; }

measure() { # label, then the command
  local label=$1; shift
  /usr/bin/time -f "%e %M %P" -o "$dir/time.txt" "$@" > "$dir/$label.out" 2> "$dir/$label.err"
  read -r wall rss cpu < "$dir/time.txt"
  printf '%-9s %8.2f s  peak RSS %7.1f MiB  CPU %s\n' "$label" "$wall" "$(echo "$rss / 1024" | bc -l)" "$cpu"
}

echo "tcdedupe end-to-end: $customers customers, seed $seed, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d)"
rm -f "$dir"/store.sqlite*
measure generate "$bin" generate --customers "$customers" --seed "$seed" --out "$dir/customers.jsonl" --truth "$dir/truth.csv"
measure import "$bin" import "$dir/customers.jsonl" --db "$dir/store.sqlite" --quiet
echo "          $(awk -v n="$customers" '{print int(n / $1)}' "$dir/time.txt") customers/s imported"
measure run "$bin" run --db "$dir/store.sqlite" --quiet
sed -n '/stage/,$p' "$dir/run.out"
measure evaluate "$bin" evaluate --db "$dir/store.sqlite" --truth "$dir/truth.csv"
sed -n '/Scored pairs/,$p' "$dir/evaluate.out"
