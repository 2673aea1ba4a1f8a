"""Check a records file and its sidecar: offsets, order, alignment, validity, and the guards.

python -m benchmarks.pii_v7.checks RECORDS SIDECAR
"""

from __future__ import annotations

import json
import sys

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from stdnum import iban as stdnum_iban

from benchmarks.pii_v7.guards import mask, problems
from benchmarks.pii_v7.numbering import CLOSED_PLAN_REGIONS, INTL_ONLY_REGIONS, SUBSCRIBER_REGIONS
from benchmarks.pii_v7.phones import parse_region
from benchmarks.pii_v7.validity import digits_of, iban_ok, ipv4_ok, ipv6_ok, luhn_ok, ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
    "IP_ADDRESS": {"v4", "v6"},
}


def _full_ok(text: str, entry: dict) -> bool:
    try:
        num = pn.parse(text, parse_region(text, entry["region"], entry["mode"] == "international"))
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(num)
        and pn.region_code_for_number(num) == entry["region"]
        and pn.format_number(num, F.E164) == entry["e164"]
    )


def phone_errors(entry: dict) -> list[str]:
    text, region, mode = entry["text"], entry["region"], entry["mode"]
    full = pn.parse(entry["e164"])
    if not pn.is_valid_number(full) or pn.region_code_for_number(full) != region:
        return [f"e164 {entry['e164']} not valid for {region}"]
    if entry["area_len"] != pn.length_of_geographical_area_code(full):
        return ["area_len"]
    if _full_ok(text, entry):
        if region in INTL_ONLY_REGIONS and not text.startswith(("+", "00", "011")):
            return [f"{region} number not international: {text}"]
        if mode == "international" and not text.startswith(("+", "00", "011")):
            return [f"international without prefix: {text}"]
        return []
    local = pn.national_significant_number(full)[entry["area_len"] :]
    if mode not in ("local-announced", "list-entry") or region not in SUBSCRIBER_REGIONS:
        return [f"not a full valid number: {text} ({region}, {mode})"]
    if entry["area_len"] == 0 or digits_of(text) != local or local[0] in "01":
        return [f"bad subscriber number {text} for {entry['e164']}"]
    return []


def value_errors(entry: dict) -> list[str]:
    kind, text = entry["kind"], entry["text"]
    if kind not in KINDS or entry.get("mode") not in MODES[kind]:
        return [f"kind/mode {kind}/{entry.get('mode')}"]
    if kind == "PHONE":
        return phone_errors(entry)
    ok = {
        "EMAIL": lambda: text.count("@") == 1 and "." in text.split("@")[1],
        "CREDIT_CARD": lambda: 13 <= len(digits_of(text)) <= 19 and luhn_ok(digits_of(text)),
        "IBAN": lambda: iban_ok(text) and stdnum_iban.is_valid(text),
        "US_SSN": lambda: ssn_ok(text),
        "IP_ADDRESS": lambda: ipv4_ok(text) if entry["mode"] == "v4" else ipv6_ok(text),
    }[kind]()
    return [] if ok else [f"invalid {kind}: {text}"]


def record_errors(rec: dict, side: dict) -> list[str]:
    text, spans, vals = rec["text"], rec["spans"], side["values"]
    errs = []
    if len(spans) != len(vals):
        return [f"{len(spans)} spans but {len(vals)} sidecar values"]
    prev_end = 0
    for span, entry in zip(spans, vals, strict=True):
        if span["start"] < prev_end or span["end"] <= span["start"]:
            errs.append(f"spans unsorted or overlapping at {span}")
        prev_end = span["end"]
        if text[span["start"] : span["end"]] != entry["text"] or span["kind"] != entry["kind"]:
            errs.append(f"offset mismatch {span} {entry['text']!r}")
        before = text[span["start"] - 1] if span["start"] else " "
        after = text[span["end"]] if span["end"] < len(text) else " "
        if before.isalnum() or after.isalnum():
            errs.append(f"value glued to neighbours: {entry['text']!r}")
        errs += value_errors(entry)
    errs += [f"guard: {p}" for p in problems(mask(text, spans))]
    if any(
        e["kind"] == "PHONE"
        and e["region"] in CLOSED_PLAN_REGIONS
        and e["mode"] == "list-entry"
        and len(digits_of(e["text"])) < 9
        for e in vals
    ):
        errs.append("closed-plan roster number is not a full number")
    return errs


def main(argv: list[str]) -> int:
    records_path, sidecar_path = argv
    with open(records_path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(sidecar_path, encoding="utf-8") as fh:
        sides = [json.loads(line) for line in fh]
    if len(records) != len(sides):
        print(f"FAIL: {len(records)} records but {len(sides)} sidecar lines")
        return 1
    ids = [r["id"] for r in records]
    bad = 0 if len(set(ids)) == len(ids) else 1
    if bad:
        print("FAIL: duplicate ids")
    for rec, side in zip(records, sides, strict=True):
        for err in record_errors(rec, side):
            bad += 1
            print(f"FAIL {rec['id']}: {err}")
    n_vals = sum(len(s["values"]) for s in sides)
    print(f"{len(records)} records, {n_vals} values, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
