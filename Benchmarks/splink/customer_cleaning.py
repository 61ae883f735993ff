"""Turn CRM customer objects (one JSON object per line) into the flat, cleaned rows Splink needs.

This is the data preparation a competent Splink user would write for TableCheck customers:

* NFKC everywhere, so full-width letters, digits and the ideographic space become ASCII.
* Names: honorifics (様, さん, Mr., ...) and placeholders (ゲスト, Walk-in, "-") removed; a full
  name typed into one field is split; a romaji reading is made for every name, taken from the
  kana reading fields when the record has them and from the name itself otherwise (kanji through
  MeCab/UniDic via `cutlet`); long vowels are folded (Satou / Satoo / Satoh -> sato) so the
  spellings people type meet.
* Phones: digits only, Japanese numbers as national numbers (+81 90-1234-5678 -> 09012345678),
  other E.164 numbers kept with their `+`; placeholders (000-0000-0000) dropped.
* Emails: lower-cased, placeholders (noreply@, none@, dummy@...) dropped.
* Birthday: the first `events` entry whose type is `birthday`.

Everything here is deterministic and runs offline: `cutlet` uses the UniDic-lite dictionary that
ships inside its package.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Iterator

# A record column that Splink compares and blocks on; kept in one place so the model and the
# table builder agree.
COLUMNS = [
    "unique_id",
    "franchise_id",
    "first_name_romaji",
    "last_name_romaji",
    "first_name_written",
    "last_name_written",
    "phones",
    "phone1",
    "emails",
    "email1",
    "birthday",
]

_HONORIFIC_PREFIX = re.compile(r"^(mr|mrs|ms|miss|mx|dr|prof)\.?\s+", re.IGNORECASE)
_HONORIFIC_SUFFIX = re.compile(r"\s*(様|さま|サマ|さん|サン|殿|御中|ちゃん|くん|君)$")
_PLACEHOLDER_NAMES = {
    "guest", "walk-in", "walkin", "walk in", "test", "unknown", "none", "na", "n/a", "noname",
    "ゲスト", "げすと", "テスト", "未設定", "不明", "なし", "無し", "名無し", "ウォークイン",
}
_PLACEHOLDER_EMAIL_USERS = {
    "noreply", "no-reply", "none", "no-email", "noemail", "dummy", "na", "null", "test", "nomail",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KANA = re.compile(r"[\u3040-\u30ff]")
_NON_LETTERS = re.compile(r"[^a-z]")
_OH_BEFORE_CONSONANT = re.compile(r"oh(?![aeiou])")


def nfkc(text: object) -> str:
    """NFKC, trimmed, inner whitespace collapsed to one space; anything not a string -> ''."""
    if not isinstance(text, str):
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def clean_name(text: object) -> str:
    """A name field without honorifics, or '' when it is a placeholder or has no letters."""
    name = nfkc(text)
    name = _HONORIFIC_PREFIX.sub("", name)
    name = _HONORIFIC_SUFFIX.sub("", name).strip()
    if name.lower() in _PLACEHOLDER_NAMES or not any(ch.isalpha() for ch in name):
        return ""
    return name


def split_names(first: str, last: str, first_field_is_western: bool) -> tuple[str, str]:
    """Splits a full name typed into one field when the other field is empty.

    A full name in the last-name field, or Japanese text in either field, is read family name
    first; a Latin full name in the first-name field is read given name first.
    """
    if first and last:
        return first, last
    if last:
        parts = last.split(" ")
        return (" ".join(parts[1:]), parts[0]) if len(parts) > 1 else (first, last)
    if first:
        parts = first.split(" ")
        if len(parts) > 1:
            if first_field_is_western:
                return parts[0], " ".join(parts[1:])
            return " ".join(parts[1:]), parts[0]
    return first, last


def fold_romaji(text: str) -> str:
    """Lowercase letters only, accents stripped, Japanese long vowels folded (ou/oo/oh -> o)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _NON_LETTERS.sub("", text)
    text = text.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    return _OH_BEFORE_CONSONANT.sub("o", text)


class Romaniser:
    """Romaji for any name, one MeCab call per distinct string (names repeat a lot)."""

    def __init__(self) -> None:
        import cutlet  # imported here so the evaluator never needs it

        self._cutlet = cutlet.Cutlet(system="hepburn")
        self._cutlet.use_foreign_spelling = False
        self._cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        if not name:
            return ""
        cached = self._cache.get(name)
        if cached is not None:
            return cached
        if name.isascii() or not any(ord(ch) > 0x2FF for ch in name):
            romaji = fold_romaji(name)  # Latin (possibly accented): no dictionary needed
        else:
            romaji = fold_romaji(self._cutlet.romaji(name))
        self._cache[name] = romaji
        return romaji


def normalize_phone(text: object) -> str | None:
    """One form per number: Japanese national digits (0...), or +<digits> for other countries."""
    raw = nfkc(text)
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) < 7 or len(set(digits)) == 1:
        return None  # too short to be a number, or a placeholder like 000-0000-0000
    if raw.startswith("+") or raw.startswith("00"):
        digits = digits[2:] if raw.startswith("00") else digits
        if digits.startswith("81"):
            national = digits[2:]
            return national if national.startswith("0") else "0" + national
        return "+" + digits
    return digits


def normalize_email(text: object) -> str | None:
    email = nfkc(text).lower().replace(" ", "")
    if email.count("@") != 1:
        return None
    user, domain = email.split("@")
    if not user or "." not in domain or user in _PLACEHOLDER_EMAIL_USERS:
        return None
    return email


def birthday_of(events: object) -> str | None:
    for event in events if isinstance(events, list) else []:
        if isinstance(event, dict) and event.get("event_type") == "birthday":
            date = nfkc(event.get("date"))[:10]
            if _DATE.match(date):
                return date
    return None


def _unique(values: list[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return list(seen)


def clean_record(record: dict, romaniser: Romaniser) -> dict:
    """One flat row (see COLUMNS) for one CRM customer object."""
    first = clean_name(record.get("first_name"))
    last = clean_name(record.get("last_name"))
    first, last = split_names(first, last, first_field_is_western=first.isascii())
    first_kana = clean_name(record.get("first_name_kana"))
    last_kana = clean_name(record.get("last_name_kana"))
    first_kana, last_kana = split_names(first_kana, last_kana, first_field_is_western=False)

    def reading(name: str, kana: str) -> str:
        # The kana field is the customer's own reading: better than any dictionary guess.
        source = kana if kana and _KANA.search(kana) else name
        return romaniser(source)

    phones = _unique([normalize_phone(p) for p in record.get("phones") or []])
    emails = _unique([normalize_email(e) for e in record.get("emails") or []])
    return {
        "unique_id": str(record["id"]),
        "franchise_id": str(record.get("franchise_id") or ""),
        "first_name_romaji": reading(first, first_kana) or None,
        "last_name_romaji": reading(last, last_kana) or None,
        "first_name_written": first.lower().replace(" ", "") or None,
        "last_name_written": last.lower().replace(" ", "") or None,
        "phones": phones or None,
        "phone1": phones[0] if phones else None,
        "emails": emails or None,
        "email1": emails[0] if emails else None,
        "birthday": birthday_of(record.get("events")),
    }


def read_customers(path: str) -> Iterator[dict]:
    """Yields the JSON objects of a JSON Lines file, skipping blank and malformed lines."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("id"):
                yield record
