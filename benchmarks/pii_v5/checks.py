"""Self-check of the written set: offsets, sidecar agreement and validity of every labelled value.

Run: nice -n 19 .venv/bin/python -m benchmarks.pii_v5.checks tests/data/pii_heldout_v5.jsonl \
         tests/data/pii_heldout_v5_values.jsonl
"""

import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers as pn

from .guards import EMAIL, problems, ssn_ok
from .phrases import LOCALES
from .values import iban_valid, luhn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def _parse(text, region):
    """Parse as written; "00CC ..." forms are read as dialled from a 00-exit country."""
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        return pn.parse(text, region)
    except pn.NumberParseException:
        return None


def check_phone(value):
    """Errors for one PHONE sidecar entry."""
    num = pn.parse(value["e164"], None)
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != value["region"]:
        return [f"e164 {value['e164']} not a valid {value['region']} number"]
    if value["mode"] not in MODES:
        return [f"mode {value['mode']}"]
    digits = re.sub(r"\D", "", value["text"])
    if value["mode"] in ("local-announced", "list-entry"):
        nsn = pn.national_significant_number(num)
        area = value["area_len"]
        ok = area > 0 and area == pn.length_of_geographical_area_code(num) and digits == nsn[area:]
        return (
            []
            if ok and digits[0] not in "01"
            else [f"local {value['text']!r} is not {nsn} minus its area code"]
        )
    written = _parse(value["text"], value["region"])
    if (
        written is None
        or not pn.is_valid_number(written)
        or pn.format_number(written, pn.PhoneNumberFormat.E164) != value["e164"]
    ):
        return [f"{value['text']!r} does not parse to {value['e164']} in {value['region']}"]
    return []


def check_value(value):
    kind, text = value["kind"], value["text"]
    if kind == "PHONE":
        return check_phone(value)
    ok = {
        "EMAIL": lambda: EMAIL.fullmatch(text) is not None,
        "CREDIT_CARD": lambda: luhn_ok(re.sub(r"\D", "", text)) and 13 <= len(re.sub(r"\D", "", text)) <= 19,
        "IBAN": lambda: iban_valid(text),
        "US_SSN": lambda: (
            re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", text) is not None
            and ssn_ok(text[:3], text[4:6], text[7:])
        ),
        "IP_ADDRESS": lambda: bool(ipaddress.ip_address(text)),
    }[kind]()
    return [] if ok else [f"invalid {kind} {text!r}"]


def check_record(rec, side):
    errs, text, prev_end = [], rec["text"], -1
    if rec["locale"] not in LOCALES and rec["locale"] != "en":
        errs.append(f"locale {rec['locale']}")
    if len(side["values"]) != len(rec["spans"]):
        return errs + ["sidecar length differs"]
    for sp, value in zip(rec["spans"], side["values"], strict=True):
        if sp["kind"] not in KINDS or sp["kind"] != value["kind"]:
            errs.append(f"kind {sp['kind']} vs {value['kind']}")
        if sp["start"] < prev_end or sp["end"] <= sp["start"]:
            errs.append(f"span order/overlap at {sp['start']}")
        prev_end = sp["end"]
        if text[sp["start"] : sp["end"]] != value["text"]:
            errs.append(f"span text {text[sp['start'] : sp['end']]!r} != {value['text']!r}")
        before, after = text[sp["start"] - 1 : sp["start"]], text[sp["end"] : sp["end"] + 1]
        if (before.isalnum() and sp["kind"] != "EMAIL") or after.isalnum() or after in ("@",):
            errs.append(f"span {value['text']!r} glued to {before!r}/{after!r}")
        errs += check_value(value)
    if ("-neg-" in rec["id"] or rec["locale"] == "en") and rec["spans"]:
        errs.append("negative record with spans")
    errs += [f"unlabelled {p}" for p in problems(text, rec["spans"])]
    return errs


def run(path, values_path):
    recs = [json.loads(x) for x in open(path, encoding="utf-8")]
    sides = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    errors = []
    if len(recs) != len(sides):
        errors.append(f"{len(recs)} records but {len(sides)} sidecar lines")
    ids = Counter(r["id"] for r in recs)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for rec, side in zip(recs, sides, strict=True):
        errors += [f"{rec['id']}: {e}" for e in check_record(rec, side)]
    n_vals = sum(len(r["spans"]) for r in recs)
    print(f"checked {len(recs)} records, {n_vals} values: {len(errors)} errors")
    for e in errors[:40]:
        print("  ", e)
    return not errors


if __name__ == "__main__":
    sys.exit(0 if run(sys.argv[1], sys.argv[2]) else 1)
