"""Prints compare.sh's side-by-side table from the measurements it collected.

    print_table.py DIR

DIR holds, per tool, <tool>.time ("wall_seconds peak_rss_kib" per process, one line each) and
<tool>.eval.json (evaluate_pairs.py --json); tcdedupe-evaluate.json is tcdedupe's own
`evaluate --json`, quoted for its auto-merge clusters (which also apply its guards).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def processes(path: Path) -> list[tuple[float, int]]:
    return [(float(w), int(k)) for w, k in (line.split() for line in path.read_text().splitlines())]


def main() -> None:
    folder = Path(sys.argv[1])
    rows = []
    for tool, label in (("tcdedupe", "tcdedupe (import + run)"), ("splink", "Splink 5 + DuckDB")):
        timings = processes(folder / f"{tool}.time")
        evaluation = json.loads((folder / f"{tool}.eval.json").read_text())
        rows.append((label, sum(w for w, _ in timings), max(k for _, k in timings), evaluation))

    thresholds = [r["threshold"] for r in rows[0][3]["results"]]
    header = f"{'tool':<24} {'wall':>9} {'peak RSS':>10}"
    for t in thresholds:
        header += f"   {'P@' + str(t):>7} {'R@' + str(t):>7} {'F1@' + str(t):>8}"
    print(header)
    print("-" * len(header))
    for label, wall, kib, evaluation in rows:
        line = f"{label:<24} {wall:>7.1f} s {kib / 1024:>6.0f} MiB"
        for r in evaluation["results"]:
            line += f"   {r['precision']:>7.4f} {r['recall']:>7.4f} {r['f1']:>8.4f}"
        print(line)
    print(f"(pairwise, {rows[0][3]['true_pairs']:,} true pairs among "
          f"{rows[0][3]['customers']:,} customers; both tools scored by evaluate_pairs.py)")

    own = json.loads((folder / "tcdedupe-evaluate.json").read_text()).get("auto_merge", {})
    if own:
        print(f"tcdedupe's auto-merge clusters (its guards applied, its own evaluate): pairwise "
              f"P {own['clusters.pairwise.precision']:.4f} R {own['clusters.pairwise.recall']:.4f}"
              f" F1 {own['clusters.pairwise.f1']:.4f}")


if __name__ == "__main__":
    main()
