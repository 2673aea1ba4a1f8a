"""Re-check the written files: format, offsets, value validity, region rules and the guards.

python -m benchmarks.pii_v13.checks [RECORDS [VALUES]]
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn

from .corpus import acceptable
from .guards import trips
from .iban import mod97_value
from .make_heldout_set import OUT, VALUES_OUT
from .phones import SUBSCRIBER_REGIONS
from .values import luhn_ok

KINDS = {"PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "IBAN": {"grouped", "compact"},
    "CREDIT_CARD": {"grouped", "compact", "dashed"},
    "US_SSN": {"dashed", "spaced"},
}
INTL_ONLY = {"AT", "AU", "BE", "CH", "IE"}
FULL_LOCAL = {"FR", "ES", "IT"}
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def parse_full(text: str, region: str, intl: bool):
    region_hint = region
    if intl:
        region_hint = "US" if text.startswith("011") else ("DE" if text.startswith("00") else None)
    try:
        num = pn.parse(text.replace("(0)", ""), region_hint)
    except pn.NumberParseException:
        return None
    return num if pn.is_valid_number(num) else None


def check_phone(v: dict) -> str | None:
    region, text = v["region"], v["text"]
    full = pn.parse(v["e164"], None)
    if not pn.is_valid_number_for_region(full, region):
        return "e164 not valid for region"
    if pn.length_of_geographical_area_code(full) != v["area_len"]:
        return "area_len mismatch"
    intl = v["mode"] == "international"
    parsed = parse_full(text, region, intl)
    is_full = parsed is not None and pn.format_number(parsed, pn.PhoneNumberFormat.E164) == v["e164"]
    if intl and not (text.startswith(("+", "00", "011")) and is_full):
        return "international number not written internationally or not round-tripping"
    if region in INTL_ONLY and v["mode"] != "international":
        return "AT/AU/BE/CH/IE number not international"
    if v["mode"] in ("national", "other") and (text.startswith("+") or not is_full):
        return "national/other number not a full national number"
    if v["mode"] == "other" and pn.number_type(full) not in {
        pn.PhoneNumberType.TOLL_FREE,
        pn.PhoneNumberType.SHARED_COST,
        pn.PhoneNumberType.PREMIUM_RATE,
        pn.PhoneNumberType.UAN,
    }:
        return "other number is not a service number"
    if v["mode"] in ("local-announced", "list-entry") and not is_full:
        nsn, digits = pn.national_significant_number(full), re.sub(r"\D", "", text)
        if (
            region not in SUBSCRIBER_REGIONS
            or not v["area_len"]
            or nsn[v["area_len"] :] != digits
            or digits[0] in "01"
        ):
            return "subscriber-only number breaks the rules"
    if v["mode"] in ("local-announced", "list-entry") and region in FULL_LOCAL and not is_full:
        return "FR/ES/IT local number is not full"
    return None


def check_value(v: dict) -> str | None:
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        return "bad mode"
    if text != text.strip() or text[-1] in ".,;:)":
        return "value has stray whitespace or punctuation"
    if kind == "PHONE":
        return check_phone(v)
    if kind == "EMAIL":
        return None if EMAIL_RE.fullmatch(text) else "bad e-mail"
    if kind == "IP_ADDRESS":
        ip = ipaddress.ip_address(text)
        return None if ip.version == (4 if v["mode"] == "v4" else 6) else "IP version"
    if kind == "IBAN":
        compact = text.replace(" ", "")
        return (
            None
            if mod97_value(compact[4:] + compact[:4]) == 1 and (" " in text) == (v["mode"] == "grouped")
            else "bad IBAN"
        )
    if kind == "CREDIT_CARD":
        digits = re.sub(r"\D", "", text)
        return None if luhn_ok(digits) and 13 <= len(digits) <= 19 else "bad card"
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
    if (
        not m
        or int(m.group(1)) in (0, 666)
        or int(m.group(1)) >= 900
        or m.group(2) == "00"
        or m.group(3) == "0000"
    ):
        return "bad SSN"
    return None


def check_record(rec: dict, side: dict) -> list[str]:
    errs, text, last = [], rec["text"], 0
    if set(rec) != {"id", "locale", "text", "spans"} or set(side) != {"values"}:
        errs.append("bad keys")
    if len(rec["spans"]) != len(side["values"]):
        return errs + ["spans and values differ in number"]
    for span, v in zip(rec["spans"], side["values"], strict=True):
        if span["start"] < last or span["end"] <= span["start"] or span["end"] > len(text):
            errs.append("offsets unsorted, overlapping or out of range")
        last = span["end"]
        if (
            text[span["start"] : span["end"]] != v["text"]
            or span["kind"] != v["kind"]
            or v["kind"] not in KINDS
        ):
            errs.append(f"span/value mismatch {v['text']!r}")
        problem = check_value(v)
        if problem:
            errs.append(f"{problem}: {v['text']!r}")
        if v["kind"] == "US_SSN" and rec["locale"] != "en_US":
            errs.append("SSN outside en_US")
    tripped = trips(text, [(s["start"], s["end"]) for s in rec["spans"]])
    if tripped:
        errs.append(f"guard {tripped} trips on unlabelled text")
    if "_" not in rec["locale"] and (rec["spans"] or not acceptable(text)):
        errs.append("corpus negative fails the screen")
    return errs


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    records = load(Path(args[0]) if args else OUT)
    values = load(Path(args[1]) if len(args) > 1 else VALUES_OUT)
    problems = []
    if len(records) != len(values):
        problems.append("record and sidecar line counts differ")
    if len({r["id"] for r in records}) != len(records):
        problems.append("duplicate ids")
    for rec, side in zip(records, values, strict=False):
        problems += [f"{rec['id']}: {e}" for e in check_record(rec, side)]
    n_values = sum(len(s["values"]) for s in values)
    n_phones = sum(1 for s in values for v in s["values"] if v["kind"] == "PHONE")
    print(f"{len(records)} records, {n_values} values ({n_phones} phones) checked")
    for p in problems[:40]:
        print("PROBLEM", p)
    print("all checks passed" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
