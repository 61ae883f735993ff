#!/usr/bin/env bash
# tcdedupe and Splink side by side on the same generated base: wall time, peak memory, and
# pairwise precision/recall/F1 from the same truth file, computed by one evaluator.
#
#   Benchmarks/splink/compare.sh [CUSTOMERS] [SEED]      (default 100000 42)
#
# Installs what it needs: /usr/bin/time (apt) when missing, and Splink + a Japanese romaniser
# into its own virtualenv .build-bench/splink-venv (requirements.txt, pinned). Builds tcdedupe
# in release unless TCDEDUPE_BIN names a binary to use instead. Works in
# .build-bench/splink-<CUSTOMERS>/ (ignored by git); the generated base is reused when it is
# already there for the same seed. Not part of the test suite.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
customers=${1:-100000}
seed=${2:-42}
dir=.build-bench/splink-$customers
venv=.build-bench/splink-venv
export PYTHONDONTWRITEBYTECODE=1  # keep __pycache__ out of Benchmarks/splink
mkdir -p "$dir"

# --- tools -------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time >/dev/null
fi
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || { echo "compare.sh: Splink needs Python 3.10 or newer (python3 is $(python3 -V))" >&2; exit 1; }

if ! cmp -s "$here/requirements.txt" "$venv/requirements.installed" 2>/dev/null; then
  echo "setting up $venv (Splink and a romaniser, from requirements.txt)" >&2
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then  # Debian's python3 needs python3-venv
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$venv/requirements.installed"
fi
py=$venv/bin/python

if [ -n "${TCDEDUPE_BIN:-}" ]; then
  bin=$TCDEDUPE_BIN
else
  ./scripts/install-system-packages
  swift build -c release --product tcdedupe >/dev/null
  bin=.build/release/tcdedupe
fi

# --- the base ----------------------------------------------------------------------------
if [ ! -s "$dir/customers.jsonl" ] || [ ! -s "$dir/truth.csv" ] || [ "$(cat "$dir/seed" 2>/dev/null)" != "$seed" ]; then
  "$bin" generate --customers "$customers" --seed "$seed" --out "$dir/customers.jsonl" --truth "$dir/truth.csv" >&2
  echo "$seed" > "$dir/seed"
fi

measure() { # TOOL LABEL COMMAND...: runs the command as a whole process, appends "wall KiB"
  local tool=$1 label=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$dir/last.time" "$@" > "$dir/$label.out" 2> "$dir/$label.err" \
    || { echo "compare.sh: $label failed, see $dir/$label.err" >&2; tail -n 20 "$dir/$label.err" >&2; exit 1; }
  cat "$dir/last.time" >> "$dir/$tool.time"
  read -r wall kib < "$dir/last.time"
  printf '  %-16s %8.1f s  peak RSS %6.0f MiB\n' "$label" "$wall" "$(((kib + 512) / 1024))" >&2
}

echo "$customers customers, seed $seed; $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)" >&2
rm -f "$dir"/*.time "$dir"/store.sqlite*

# --- tcdedupe: import and run, then its own evaluation (for its thresholds) --------------
measure tcdedupe tcdedupe-import "$bin" import "$dir/customers.jsonl" --db "$dir/store.sqlite" --quiet
measure tcdedupe tcdedupe-run "$bin" run --db "$dir/store.sqlite" --quiet
"$bin" evaluate --db "$dir/store.sqlite" --truth "$dir/truth.csv" --json > "$dir/tcdedupe-evaluate.json"
read -r review auto <<< "$("$py" -c 'import json, sys; e = json.load(open(sys.argv[1])); print(e["review_threshold"], e["auto_merge_threshold"])' "$dir/tcdedupe-evaluate.json")"

# --- Splink ------------------------------------------------------------------------------
measure splink splink "$py" "$here/splink_dedupe.py" "$dir/customers.jsonl" --out "$dir/splink-pairs.csv" --threshold "$review" --seed "$seed"

# --- one evaluator for both, at tcdedupe's review and auto-merge thresholds ---------------
"$py" "$here/evaluate_pairs.py" --truth "$dir/truth.csv" --tcdedupe "$dir/store.sqlite" \
  --thresholds "$review" "$auto" --json > "$dir/tcdedupe.eval.json"
"$py" "$here/evaluate_pairs.py" --truth "$dir/truth.csv" --pairs "$dir/splink-pairs.csv" \
  --thresholds "$review" "$auto" --json > "$dir/splink.eval.json"
echo
"$py" "$here/print_table.py" "$dir"
