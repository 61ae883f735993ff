"""Deduplicate a generated TableCheck customer base with Splink (DuckDB backend).

    splink_dedupe.py customers.jsonl --out splink-pairs.csv [--threshold 0.5]

Reads the CRM customer objects, cleans them (customer_cleaning.py), trains a Fellegi-Sunter
model the way Splink's documentation recommends and writes every scored pair at or above
--threshold as CSV: a,b,probability,match_weight. The shared evaluator (evaluate_pairs.py)
scores that file exactly as it scores tcdedupe's pairs.

The model, in short:
  * blocking (every rule also requires the same franchise_id, as tcdedupe never links across
    franchises): any shared phone, any shared email, romaji family name + the first two
    letters of the romaji given name, family + given name as written, family name + birthday,
    family and given name swapped;
  * comparisons: Jaro-Winkler on romaji family and given names (exact levels term-frequency
    adjusted, with 'same as written' and, for the given name, 'swapped' levels), phone and email (first value exact with TF, then any value shared), birthday
    (exact, one typo, else);
  * prior from deterministic rules, u by random sampling, m by EM over three blocking sessions
    so that every comparison is trained on pairs not blocked on itself.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

import duckdb
import pyarrow as pa
import splink
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

from customer_cleaning import COLUMNS, Romaniser, clean_record, read_customers

FRANCHISE = "franchise_id"


def log(message: str) -> None:
    print(f"[splink {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_table(path: str, con: duckdb.DuckDBPyConnection) -> int:
    """Cleans the JSON Lines file into the DuckDB table `customers`; returns the row count."""
    romaniser = Romaniser()
    columns: dict[str, list] = {name: [] for name in COLUMNS}
    for record in read_customers(path):
        row = clean_record(record, romaniser)
        for name in COLUMNS:
            columns[name].append(row[name])
    schema = pa.schema(
        [
            (name, pa.list_(pa.string()) if name in ("phones", "emails") else pa.string())
            for name in COLUMNS
        ]
    )
    table = pa.Table.from_pydict(columns, schema=schema)
    del columns
    con.register("customers_arrow", table)
    con.execute("CREATE TABLE customers AS SELECT * FROM customers_arrow")
    con.unregister("customers_arrow")
    return table.num_rows


def name_comparison(column: str, swapped_with: str | None = None) -> cl.CustomComparison:
    """Splink's NameComparison levels (null / exact, TF-adjusted / Jaro-Winkler 0.92, 0.88,
    0.70 / else) plus the two these records need:

    * 'same as written': a kanji name whose one record carries a kana reading and the other
      does not gets two different romaji, yet it is the same name;
    * 'swapped' (given `swapped_with`): family and given name typed into each other's field,
      common in CRM data (サトウ in the given-name field). Only the given-name comparison has
      this level: in both, one fact would be counted twice and every pair of namesakes with
      one record typed in Western order would score as a match. TF-adjusted like the exact
      level, so a swapped common name counts for less.
    """
    written = column.replace("_romaji", "_written")
    levels = [
        cll.NullLevel(column),
        cll.ExactMatchLevel(column).configure(tf_adjustment_column=column),
        cll.ExactMatchLevel(written).configure(label_for_charts="Same as written"),
    ]
    if swapped_with:
        levels.append(
            cll.ColumnsReversedLevel(column, swapped_with, symmetrical=True).configure(
                tf_adjustment_column=column
            )
        )
    levels += [
        cll.JaroWinklerLevel(column, 0.92),
        cll.JaroWinklerLevel(column, 0.88),
        cll.JaroWinklerLevel(column, 0.70),
        cll.ElseLevel(),
    ]
    return cl.CustomComparison(output_column_name=column, comparison_levels=levels)


def contact_comparison(first: str, every: str, label: str) -> cl.CustomComparison:
    """Null / first value exact (TF-adjusted: a shared desk phone counts for little) /
    any value shared / else."""
    return cl.CustomComparison(
        output_column_name=label,
        comparison_levels=[
            cll.NullLevel(every),
            cll.ExactMatchLevel(first).configure(tf_adjustment_column=first),
            cll.ArrayIntersectLevel(every, min_intersection=1),
            cll.ElseLevel(),
        ],
    )


def settings() -> SettingsCreator:
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        blocking_rules_to_generate_predictions=[
            block_on(FRANCHISE, "phones", arrays_to_explode=["phones"]),
            block_on(FRANCHISE, "emails", arrays_to_explode=["emails"]),
            # Family name alone would be 2.4 billion pairs at 1M customers (Sato is ~6 %); with
            # the given name's first two letters it is ~120M and loses almost no true pair.
            block_on(FRANCHISE, "last_name_romaji", "substr(first_name_romaji, 1, 2)"),
            block_on(FRANCHISE, "last_name_written", "first_name_written"),
            block_on(FRANCHISE, "last_name_romaji", "birthday"),
            # Swapped family and given names.
            "l.franchise_id = r.franchise_id AND l.last_name_romaji = r.first_name_romaji "
            "AND l.first_name_romaji = r.last_name_romaji",
        ],
        comparisons=[
            name_comparison("last_name_romaji"),
            name_comparison("first_name_romaji", swapped_with="last_name_romaji"),
            contact_comparison("phone1", "phones", "phone"),
            contact_comparison("email1", "emails", "email"),
            cl.LevenshteinAtThresholds("birthday", [1]),
        ],
        retain_intermediate_calculation_columns=False,
    )


def train(linker: Linker, u_pairs: float, seed: int) -> None:
    # Prior: pairs that deterministic rules call matches, assumed to be ~70 % of all matches.
    linker.training.estimate_probability_two_random_records_match(
        [
            block_on(FRANCHISE, "first_name_romaji", "last_name_romaji", "birthday"),
            block_on(FRANCHISE, "email1", "first_name_romaji"),
            block_on(FRANCHISE, "phone1", "first_name_romaji", "last_name_romaji"),
        ],
        recall=0.7,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=u_pairs, seed=seed)
    # m by EM, in sessions as Splink's docs recommend: a session cannot train the comparisons
    # its blocking rule uses, so the name session trains phone, email and birthday, and the
    # phone and email sessions train the names (and each other).
    for rule in (
        block_on(FRANCHISE, "first_name_romaji", "last_name_romaji"),
        block_on(FRANCHISE, "phone1"),
        block_on(FRANCHISE, "email1"),
    ):
        linker.training.estimate_parameters_using_expectation_maximisation(rule)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("customers", help="JSON Lines file of CRM customer objects")
    parser.add_argument("--out", required=True, help="CSV of scored pairs to write")
    parser.add_argument("--threshold", type=float, default=0.5,
                        help="lowest match probability written (default 0.5)")
    parser.add_argument("--u-pairs", type=float, default=1e7,
                        help="random pairs sampled to estimate u (default 1e7)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    started = time.monotonic()
    con = duckdb.connect()
    rows = load_table(args.customers, con)
    log(f"splink {splink.__version__}, duckdb {duckdb.__version__}: {rows:,} customers "
        f"cleaned in {time.monotonic() - started:.1f} s")

    db_api = DuckDBAPI(con)
    linker = Linker(db_api.register("customers"), settings(), log_level=logging.WARNING)
    step = time.monotonic()
    train(linker, args.u_pairs, args.seed)
    log(f"trained in {time.monotonic() - step:.1f} s")

    step = time.monotonic()
    predictions = linker.inference.predict(threshold_match_probability=args.threshold,
                                           warning_mode="never")
    con.execute(
        f"""COPY (SELECT unique_id_l AS a, unique_id_r AS b,
                         match_probability AS probability, match_weight
                  FROM {predictions.physical_name})
            TO '{args.out.replace("'", "''")}' (HEADER, DELIMITER ',')"""
    )
    count = con.execute(f"SELECT count(*) FROM {predictions.physical_name}").fetchone()[0]
    log(f"{count:,} pairs >= {args.threshold} predicted and written in "
        f"{time.monotonic() - step:.1f} s; total {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
