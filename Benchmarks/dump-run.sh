#!/usr/bin/env bash
# Ordered dumps of what a run stored, and their sha256: two builds compute the same thing when
# the four hashes agree. Usage: Benchmarks/dump-run.sh STORE.sqlite OUTPREFIX
# (one run in the store; the dumps of a 1.65M run take about 1.2 GB).
set -eu
db=$1; out=$2
sqlite3 "$db" "SELECT cluster_id, franchise_id, confidence, match_weight, auto_merge, size, victor_id, payload FROM clusters ORDER BY run_id, cluster_id" > "$out.clusters"
sqlite3 "$db" "SELECT cluster_id, customer_id, role FROM cluster_members ORDER BY run_id, cluster_id, role, customer_id" > "$out.members"
sqlite3 "$db" "SELECT a, b, probability, match_weight FROM pairs ORDER BY run_id, a, b" > "$out.pairs"
sqlite3 "$db" "SELECT trained_model, scoring_model FROM runs ORDER BY id" > "$out.model"
sha256sum "$out.clusters" "$out.members" "$out.pairs" "$out.model"
