"""The one evaluator both tools are measured with: pairwise precision, recall and F1.

    evaluate_pairs.py --truth truth.csv --pairs pairs.csv       [--thresholds 0.65 0.99] [--json]
    evaluate_pairs.py --truth truth.csv --tcdedupe store.sqlite [--thresholds 0.65 0.99] [--json]

A pairs CSV has the header a,b,probability (more columns are ignored); a tcdedupe store is read
from its `pairs` table, latest run (max run_id). The truth CSV is customer_id,entity_id as
`tcdedupe generate` writes it.

At each threshold t, a predicted pair is an unordered pair {a, b} with probability >= t (a pair
listed twice counts once). It is a true positive when the truth puts a and b in the same entity.
Recall's denominator is every true pair: the sum over entities of n(n-1)/2, whether or not a
tool ever looked at the pair. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from collections import Counter
from typing import Iterable, Iterator


def read_truth(path: str) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return {row["customer_id"]: row["entity_id"] for row in reader}


def true_pair_count(entity_of: dict[str, str]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(entity_of.values()).values())


def pairs_from_csv(path: str) -> Iterator[tuple[str, str, float]]:
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield row["a"], row["b"], float(row["probability"])


def pairs_from_tcdedupe(path: str) -> Iterator[tuple[str, str, float]]:
    """The scored pairs of the latest run in a tcdedupe SQLite store."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield from con.execute(
            "SELECT a, b, probability FROM pairs WHERE run_id = (SELECT max(run_id) FROM pairs)"
        )
    finally:
        con.close()


def evaluate(pairs: Iterable[tuple[str, str, float]], entity_of: dict[str, str],
             thresholds: list[float]) -> dict:
    """Precision, recall and F1 at each threshold (see the module doc for the definitions)."""
    best: dict[tuple[str, str], float] = {}  # unordered pair -> highest probability listed
    for a, b, probability in pairs:
        key = (a, b) if a < b else (b, a)
        if a != b and probability > best.get(key, -1.0):
            best[key] = probability
    true_pairs = true_pair_count(entity_of)
    results = []
    for threshold in thresholds:
        predicted = correct = 0
        for (a, b), probability in best.items():
            if probability >= threshold:
                predicted += 1
                entity = entity_of.get(a)
                if entity is not None and entity == entity_of.get(b):
                    correct += 1
        precision = correct / predicted if predicted else 0.0
        recall = correct / true_pairs if true_pairs else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        results.append({"threshold": threshold, "predicted": predicted, "true_positives": correct,
                        "precision": precision, "recall": recall, "f1": f1})
    return {"customers": len(entity_of), "true_pairs": true_pairs, "results": results}


def main() -> None:
    parser = argparse.ArgumentParser(description="Pairwise precision/recall/F1 against truth.")
    parser.add_argument("--truth", required=True, help="CSV customer_id,entity_id")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--pairs", help="CSV a,b,probability")
    source.add_argument("--tcdedupe", metavar="STORE", help="tcdedupe SQLite store")
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.65, 0.99])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    entity_of = read_truth(args.truth)
    pairs = pairs_from_csv(args.pairs) if args.pairs else pairs_from_tcdedupe(args.tcdedupe)
    report = evaluate(pairs, entity_of, args.thresholds)
    if args.json:
        json.dump(report, sys.stdout)
        print()
        return
    print(f"{report['customers']:,} customers, {report['true_pairs']:,} true pairs")
    for r in report["results"]:
        print(f">= {r['threshold']:<5}  predicted {r['predicted']:>10,}  precision "
              f"{r['precision']:.4f}  recall {r['recall']:.4f}  F1 {r['f1']:.4f}")


if __name__ == "__main__":
    main()
