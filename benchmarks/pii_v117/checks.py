"""Checks every record and value of v117; prints the errors and their count (0 expected)."""

from __future__ import annotations

import ipaddress
import json
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from .compose import HOME, LOCALES, blanked
from .habits import put_back
from .make_heldout_set import RECORDS, VALUES
from .values import luhn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def regions_of(rec: dict) -> list[str]:
    loc = "hi" if "-hi-" in rec["id"] else rec["locale"]
    if loc not in LOCALES:
        return []
    lang, own, nat = LOCALES[loc]
    return sorted({own, nat, *HOME[lang]})


def check_phone(v: dict, where: str, errors: list[str]) -> None:
    reg = v["region"]
    if v["mode"] == "local-announced":
        if not v["area_len"]:
            errors.append(f"{where}: local without area_len")
            return
        nat = pn.parse(v["e164"]).national_number
        area = str(nat)[: v["area_len"]]
        num = put_back(reg, area, v["text"])
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            errors.append(f"{where}: area_len differs")
    else:
        if v["area_len"] is not None:
            errors.append(f"{where}: area_len on a non-local phone")
        num = pn.parse(v["text"], reg)
    if pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(num):
        errors.append(f"{where}: {v['text']!r} does not parse back to a valid {v['e164']}")
    if pn.region_code_for_number(num) != reg and reg not in ("US",):
        errors.append(f"{where}: region {reg} vs {pn.region_code_for_number(num)}")
    t = pn.number_type(num)
    if v["mode"] == "other" and t not in (
        pn.PhoneNumberType.TOLL_FREE,
        pn.PhoneNumberType.SHARED_COST,
        pn.PhoneNumberType.UAN,
    ):
        errors.append(f"{where}: 'other' of type {t}")


def check_value(v: dict, where: str, errors: list[str]) -> None:
    k, t = v["kind"], v["text"]
    if k not in KINDS or v["mode"] not in MODES[k]:
        errors.append(f"{where}: kind/mode {k}/{v['mode']}")
    elif k == "PHONE":
        check_phone(v, where, errors)
    elif k == "CREDIT_CARD":
        digits = t.replace(" ", "").replace("-", "")
        if not (digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)):
            errors.append(f"{where}: card {t}")
    elif k == "IBAN" and not std_iban.is_valid(t):
        errors.append(f"{where}: IBAN {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errors.append(f"{where}: IP mode {t}")
        except ValueError:
            errors.append(f"{where}: IP {t}")
    elif k == "US_SSN":
        digits = t.replace("-", "").replace(" ", "")
        a, g, s = digits[:3], digits[3:5], digits[5:]
        if len(digits) != 9 or a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
            errors.append(f"{where}: SSN {t}")
    elif k == "EMAIL" and not negs.EMAIL_RE.fullmatch(t):
        errors.append(f"{where}: e-mail {t}")


def check(records: Path, values: Path) -> list[str]:
    errors: list[str] = []
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("records and values differ in length")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for rec, vs in zip(recs, vals, strict=False):
        text, spans, rid = rec["text"], rec["spans"], rec["id"]
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errors.append(f"{rid}: record keys or value count")
            continue
        end = -1
        for i, (sp, v) in enumerate(zip(spans, vs, strict=True)):
            where = f"{rid}#{i}"
            if set(sp) != {"kind", "start", "end"} or sp["kind"] != v["kind"]:
                errors.append(f"{where}: span shape or kind")
                continue
            if sp["start"] < end or sp["start"] >= sp["end"]:
                errors.append(f"{where}: unsorted or overlapping")
            end = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errors.append(f"{where}: text differs")
            for c in (text[sp["start"] - 1] if sp["start"] else "", text[sp["end"] : sp["end"] + 1]):
                if c and c.isalnum():
                    errors.append(f"{where}: span touches {c!r}")
            if "\n" in v["text"]:
                errors.append(f"{where}: split across lines")
            check_value(v, where, errors)
        regions = regions_of(rec) or (
            ["US", "GB"]
            if rec["locale"].startswith("en")
            else {
                "nl_NL": ["NL"],
                "fr_FR": ["FR"],
                "de_DE": ["DE"],
                "it_IT": ["IT"],
                "pt_BR": ["BR", "PT"],
                "es_ES": ["ES"],
            }[rec["locale"]]
        )
        if negs.dirty(blanked(text, spans), regions):
            errors.append(f"{rid}: something unlabelled is flagged by the screen")
    return errors


def main(argv: list[str]) -> None:
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    errors = check(records, values)
    for e in errors[:50]:
        print(e)
    print(f"checks: {len(errors)} errors")


if __name__ == "__main__":
    main(sys.argv[1:])
