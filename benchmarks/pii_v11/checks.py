"""Re-check the written files: format, offsets, every value's validity, region rules and the guards.

nice -n 19 .venv/bin/python -m benchmarks.pii_v11.checks [RECORDS [VALUES]]
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers

from .guards import document_problems
from .make_heldout_set import OUT, VALUES_OUT
from .phones import SUBSCRIBER_REGIONS, parse_written
from .values import iban_valid, luhn_ok, ssn_valid

KINDS = {"PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "IBAN": {"grouped", "compact"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
ABROAD_ONLY = {"AT", "AU", "BE", "CH", "IE"}
_EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def check_phone(v: dict, locale: str) -> list[str]:
    errs = []
    num = phonenumbers.parse(v["e164"])
    if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != v["region"]:
        errs.append("e164 not valid for region")
    if phonenumbers.length_of_geographical_area_code(num) != v["area_len"]:
        errs.append("area_len")
    digits = re.sub(r"\D", "", v["text"])
    nsn = phonenumbers.national_significant_number(num)
    subscriber = v["area_len"] and digits == nsn[v["area_len"] :]
    if subscriber:
        if v["region"] not in SUBSCRIBER_REGIONS or v["mode"] not in ("local-announced", "list-entry"):
            errs.append("subscriber-only number where none may be")
        if digits[0] in "01":
            errs.append("subscriber starts with 0/1")
    elif v["e164"] not in parse_written(v["text"], v["region"]):
        errs.append("full number does not round-trip")
    t = v["text"]
    cc = str(num.country_code)
    is_intl = t.startswith(("+", "00")) or (t.startswith("011 ") and t[4:].split(" ")[0] == cc)
    if (v["mode"] == "international") != is_intl:
        errs.append("international mode vs prefix")
    if v["region"] in ABROAD_ONLY and v["mode"] != "international":
        errs.append("AT/AU/BE/CH/IE number not international")
    return errs


def check_value(v: dict, locale: str) -> list[str]:
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        return ["bad mode"]
    if kind == "PHONE":
        return check_phone(v, locale)
    if kind == "EMAIL":
        return [] if _EMAIL.fullmatch(text) else ["email shape"]
    if kind == "IBAN":
        compact = text.replace(" ", "")
        return [] if iban_valid(compact) and (v["mode"] == "compact") == (" " not in text) else ["iban"]
    if kind == "CREDIT_CARD":
        d = re.sub(r"\D", "", text)
        return [] if luhn_ok(d) and len(d) in (15, 16) else ["card"]
    if kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
        ok = m and ssn_valid(int(m[1]), int(m[2]), int(m[3])) and locale == "en_US"
        return [] if ok else ["ssn"]
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return ["ip"]
    return [] if f"v{addr.version}" == v["mode"] else ["ip mode"]


def check_record(rec: dict, side: dict) -> list[str]:
    errs = []
    text, spans, values = rec["text"], rec["spans"], side["values"]
    if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(values):
        return ["format"]
    pos = 0
    for span, v in zip(spans, values, strict=True):
        if span["kind"] not in KINDS or span["kind"] != v["kind"]:
            errs.append("kind")
        if span["start"] < pos or span["end"] <= span["start"] or span["end"] > len(text):
            errs.append("offsets not sorted / overlapping")
        pos = span["end"]
        if text[span["start"] : span["end"]] != v["text"]:
            errs.append("span text differs from value")
        errs += [f"{v['kind']} {v['text']!r}: {e}" for e in check_value(v, rec["locale"])]
    if "-pos-" in rec["id"] and not spans:
        errs.append("positive document without values")
    if "-pos-" not in rec["id"] and spans:
        errs.append("negative document with values")
    errs += [f"guard: {p}" for p in document_problems(text, [(s["start"], s["end"]) for s in spans])]
    return errs


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    records = load(Path(argv[0]) if argv else OUT)
    sidecar = load(Path(argv[1]) if len(argv) > 1 else VALUES_OUT)
    failures = Counter()
    if len(records) != len(sidecar):
        print("records and values differ in length")
        return 1
    if len({r["id"] for r in records}) != len(records):
        failures["duplicate ids"] += 1
    for rec, side in zip(records, sidecar, strict=True):
        for err in check_record(rec, side):
            failures[err] += 1
            if failures[err] <= 3:
                print(f"{rec['id']}: {err}")
    n_values = sum(len(s["values"]) for s in sidecar)
    print(f"checked {len(records)} records, {n_values} values: {sum(failures.values())} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
