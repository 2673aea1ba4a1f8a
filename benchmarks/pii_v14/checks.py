"""Re-checks the written v14 files: offsets, sidecar, phone validity, value checksums and the guards.

python -m benchmarks.pii_v14.checks [RECORDS [VALUES]]
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn

from .guards import luhn_ok, masked, mod97_ok, ssn_valid, violations
from .locales import LOCALES, SUBSCRIBER_REGIONS
from .make_heldout_set import OUT, VALUES_OUT
from .phone_text import parse_value

KINDS = {"PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "IBAN": {"grouped", "compact"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
ALWAYS_INTERNATIONAL = {"AT", "AU", "BE", "CH", "IE"}
SERVICE_TYPES = {
    pn.PhoneNumberType.TOLL_FREE,
    pn.PhoneNumberType.SHARED_COST,
    pn.PhoneNumberType.PREMIUM_RATE,
}
SERVICE_TYPES |= {pn.PhoneNumberType.UAN}


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def check_phone(v: dict, loc: str) -> list[str]:
    errs, text, region = [], v["text"], v["region"]
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        errs.append(f"e164 {v['e164']} not valid for {region}")
    if pn.length_of_geographical_area_code(num) != v["area_len"]:
        errs.append(f"area_len of {v['e164']}")
    nsn = pn.national_significant_number(num)
    sub = v["area_len"] and _digits(text) == nsn[v["area_len"] :]
    if sub:
        if v["mode"] not in ("local-announced", "list-entry") or region not in SUBSCRIBER_REGIONS:
            errs.append(f"subscriber-only {text} in mode {v['mode']} / {region}")
        if text[0] in "01" or pn.number_type(num) not in (pn.PhoneNumberType.FIXED_LINE, 2):
            errs.append(f"subscriber-only {text} starts with 0/1 or is not a fixed line")
    else:
        try:
            parsed = parse_value(text, region, v["mode"] == "international")
        except pn.NumberParseException:
            return errs + [f"{text} does not parse for {region}"]
        if pn.format_number(parsed, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(parsed):
            errs.append(f"{text} does not round-trip to {v['e164']}")
    intl = (
        bool(re.match(r"^(\+|00|011 )", text))
        if v["mode"] == "international"
        else text.startswith(("+", "00"))
    )
    if intl != (v["mode"] == "international"):
        errs.append(f"{text}: international prefix and mode {v['mode']} disagree")
    if region in ALWAYS_INTERNATIONAL and not intl:
        errs.append(f"{region} number {text} not written internationally")
    if v["mode"] in ("local-announced", "list-entry", "national", "other") and region != LOCALES[loc].plan:
        errs.append(f"{v['mode']} number of {region} in {loc}")
    if v["mode"] == "other" and pn.number_type(num) not in SERVICE_TYPES:
        errs.append(f"other-mode {text} is not a service number")
    if region in ("FR", "ES", "IT") and v["mode"] in ("local-announced", "list-entry") and sub:
        errs.append(f"{region} subscriber-only {text}")
    return errs


def check_value(v: dict, loc: str) -> list[str]:
    kind, text = v["kind"], v["text"]
    if kind == "PHONE":
        return check_phone(v, loc)
    ok = {
        "EMAIL": lambda: re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]{2,}", text) is not None,
        "IP_ADDRESS": lambda: bool(ipaddress.ip_address(text)),
        "IBAN": lambda: mod97_ok(text.replace(" ", "")),
        "CREDIT_CARD": lambda: luhn_ok(_digits(text)) and 15 <= len(_digits(text)) <= 16,
        "US_SSN": lambda: loc == "en_US" and ssn_valid(*re.split(r"[- ]", text)),
    }[kind]()
    return [] if ok else [f"{kind} {text} fails its check"]


def check_record(rec: dict, side: dict) -> list[str]:
    errs, text, last = [], rec["text"], 0
    if len(rec["spans"]) != len(side["values"]):
        return [f"{rec['id']}: {len(rec['spans'])} spans, {len(side['values'])} values"]
    for span, v in zip(rec["spans"], side["values"], strict=True):
        if span["start"] < last or span["end"] <= span["start"]:
            errs.append(f"{rec['id']}: spans unsorted or overlapping at {span}")
        last = span["end"]
        if span["kind"] != v["kind"] or v["kind"] not in KINDS or v["mode"] not in MODES[v["kind"]]:
            errs.append(f"{rec['id']}: kind/mode {span['kind']} {v}")
        if text[span["start"] : span["end"]] != v["text"] or v["text"] != v["text"].strip(" .,;:!?"):
            errs.append(f"{rec['id']}: offsets do not give {v['text']!r}")
        errs += [f"{rec['id']}: {e}" for e in check_value(v, rec["locale"])]
    errs += [f"{rec['id']}: guard {g}" for g in violations(masked(text, rec["spans"]))]
    return errs


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rec_path = Path(argv[0]) if argv else OUT
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES_OUT
    records = [json.loads(line) for line in rec_path.open(encoding="utf-8")]
    sidecar = [json.loads(line) for line in val_path.open(encoding="utf-8")]
    errs = [] if len(records) == len(sidecar) else ["records and sidecar differ in length"]
    ids = [r["id"] for r in records]
    errs += ["duplicate ids"] if len(set(ids)) != len(ids) else []
    for rec, side in zip(records, sidecar, strict=False):
        errs += check_record(rec, side)
    n_values = sum(len(s["values"]) for s in sidecar)
    for e in errs[:40]:
        print("FAIL", e)
    print(f"checked {len(records)} records, {n_values} values: {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main())
