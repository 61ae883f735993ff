#!/usr/bin/env python3
"""Writes 1 % of changes to a generated base: edits, new records and deletions, mixed.

usage: incremental-changes.py BASE.jsonl CHANGES.jsonl DELETED.txt [--share 0.01] [--seed 7]

Of the changed customers, half are edits (a phone typed anew, an email added, a name
mistyped, a memo), three tenths are new records (a second record of an existing person with
another email, or a new person), and one fifth are deletions (ids in DELETED.txt, one a line).
Seeded: the same base and seed give the same changes.
"""
import json
import random
import sys


def main():
    base, changes_path, deleted_path = sys.argv[1:4]
    share = float(sys.argv[sys.argv.index("--share") + 1]) if "--share" in sys.argv else 0.01
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    with open(base, encoding="utf-8") as f:
        lines = f.readlines()
    rng = random.Random(seed)
    total = round(len(lines) * share)
    edits, inserts = total // 2, total * 3 // 10
    deletes = total - edits - inserts
    picked = rng.sample(range(len(lines)), edits + inserts + deletes)
    out = []
    for k in picked[:edits]:
        c = json.loads(lines[k])
        kind = rng.randrange(4)
        if kind == 0 and c.get("phones"):
            c["phones"] = ["+8190%08d" % rng.randrange(10**8)] + c["phones"][1:]
            c.pop("phone_objects", None)
        elif kind == 1:
            c["emails"] = (c.get("emails") or []) + ["changed%d@example.jp" % k]
            c.pop("email_objects", None)
        elif kind == 2 and c.get("first_name"):
            c["first_name"] = c["first_name"] + c["first_name"][-1]
        else:
            c["memo"] = "edited by staff"
        out.append(c)
    for n, k in enumerate(picked[edits:edits + inserts]):
        c = json.loads(lines[k])
        c["id"] = "inc%07d" % n
        if n % 2 == 0:
            c["emails"] = ["second%d@example.jp" % n]
            c.pop("email_objects", None)
        else:
            c["phones"] = ["+8180%08d" % rng.randrange(10**8)]
            c.pop("phone_objects", None)
            c["first_name"] = "新" + (c.get("first_name") or "")
        out.append(c)
    with open(changes_path, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(deleted_path, "w", encoding="utf-8") as f:
        for k in picked[edits + inserts:]:
            f.write(json.loads(lines[k])["id"] + "\n")
    print(f"{edits} edits, {inserts} new, {deletes} deletions")


if __name__ == "__main__":
    main()
