"""Validate v61 records and sidecar; prints the number of errors (0 expected)."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban

from . import compose, negs, phones

RECORDS = Path("tests/data/pii_heldout_v61.jsonl")
VALUES = Path("tests/data/pii_heldout_v61_values.jsonl")
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append(f"{where}: mode {v['mode']}")
    if k == "PHONE":
        region = v["region"]
        if v["mode"] == "local-announced":
            area = next(
                a
                for a, _ in phones.AREAS[region].values()
                if "+" + phones.CC[region] + a in v["e164"][:9] and len(a) == v["area_len"]
            )
            full = phones.put_back(region, area, re.sub(r"\D", "", t))
        else:
            full = t
            if v["area_len"] is not None:
                errs.append(f"{where}: area_len on non-local")
        num = phonenumbers.parse(full, region)
        if not phonenumbers.is_valid_number(num) or phones.e164(num) != v["e164"]:
            errs.append(f"{where}: phone {t} -> {phones.e164(num)} != {v['e164']}")
        if (
            v["mode"] == "local-announced"
            and phonenumbers.length_of_geographical_area_code(num) != v["area_len"]
        ):
            errs.append(f"{where}: area_len")
        if v["mode"] == "other" and phonenumbers.number_type(num) not in phones.OTHER:
            errs.append(f"{where}: other type")
        if v["mode"] == "international" and not t.startswith(("+", "(+")):
            errs.append(f"{where}: international without +")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not d.isdigit() or not negs.luhn(d):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[ -](\d{2})[ -](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append(f"{where}: ssn {t}")
    elif k == "EMAIL":
        if not negs.EMAIL.fullmatch(t):
            errs.append(f"{where}: email {t}")


def check(records=RECORDS, values=VALUES):
    errs = []
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("length mismatch")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, v in zip(recs, vals, strict=False):
        text, spans, where = r["text"], r["spans"], r["id"]
        if set(r) != {"id", "locale", "text", "spans"}:
            errs.append(f"{where}: keys")
        if len(spans) != len(v["values"]):
            errs.append(f"{where}: span/value count")
        prev = 0
        for s, val in zip(spans, v["values"], strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] != val["kind"]:
                errs.append(f"{where}: span shape")
            if s["start"] < prev or s["end"] <= s["start"]:
                errs.append(f"{where}: order/overlap")
            prev = s["end"]
            if text[s["start"] : s["end"]] != val["text"]:
                errs.append(f"{where}: offsets")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{where}: touches left")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{where}: touches right")
            try:
                check_value(val, errs, where)
            except Exception as e:  # noqa: BLE001
                errs.append(f"{where}: {e!r}")
        if (
            "-" in where
            and r["locale"] in compose.LOCALES
            and not where.startswith(("mhc", "gsm8k", "aime", "amc"))
        ):
            lang = "hi" if "-hi-" in where else compose.LOCALES[r["locale"]][0]
            nat = compose.LOCALES[r["locale"]][2]
            if negs.dirty(negs.blank(text, spans), negs.doc_regions(r["locale"], nat, lang)):
                errs.append(f"{where}: blanked document flagged")
    return errs


if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:3]] if len(sys.argv) >= 3 else [RECORDS, VALUES]
    e = check(*paths)
    for x in e[:50]:
        print(x)
    print(f"errors: {len(e)}")
    sys.exit(1 if e else 0)
