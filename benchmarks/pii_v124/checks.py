"""Validates every v124 record and value; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import numbers as N
from .build import HOME, LOCALES
from .negs import dirty, luhn_ok

RECORDS = "tests/data/pii_heldout_v124.jsonl"
VALUES = "tests/data/pii_heldout_v124_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_value(v):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        r, e = v["region"], v["e164"]
        if v["mode"] == "local-announced":
            obj = pn.parse(e, r)
            if v["area_len"] != pn.length_of_geographical_area_code(obj):
                return "area_len"
            if not N.parses_to(N.put_back(t, r, e, v["area_len"]), r, e):
                return "local put back"
        elif v["area_len"] is not None:
            return "area_len not null"
        elif not N.parses_to(t, r, e):
            return "phone parse"
        if v["mode"] == "other" and pn.number_type(pn.parse(e)) not in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        ):
            return "other type"
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            return "luhn"
    elif k == "IBAN":
        if not stdiban.is_valid(t):
            return "iban"
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return "ip"
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1)[0] == "9"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            return "ssn"
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            return "email"
    return None


def regions_of(rec):
    loc = rec["locale"]
    if loc not in LOCALES:
        return []
    lang, own, nat = LOCALES[loc]
    if "-hi-" in rec["id"]:
        lang = "hi"
    return sorted({own, nat, HOME[lang]})


def check(rec, vals):
    errs, text, spans = [], rec["text"], rec["spans"]
    if len(spans) != len(vals["values"]):
        return ["span/value count"]
    prev = 0
    for sp, v in zip(spans, vals["values"], strict=True):
        if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
            errs.append("span keys/kind")
            continue
        if sp["start"] < prev or sp["end"] <= sp["start"]:
            errs.append("order/overlap")
        prev = sp["end"]
        if text[sp["start"] : sp["end"]] != v["text"]:
            errs.append("offsets")
        for i in (sp["start"] - 1, sp["end"]):
            if 0 <= i < len(text) and text[i].isalnum():
                errs.append("touches " + repr(text[i]))
        if v.get("mode") not in MODES[v["kind"]]:
            errs.append("mode")
        e = check_value(v)
        if e:
            errs.append(e + " " + v["text"])
    regions = regions_of(rec)
    if regions:
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        if dirty("".join(blank), regions):
            errs.append("document screen")
    return errs


def main(argv):
    rp, vp = argv[:2] if len(argv) >= 2 else (RECORDS, VALUES)
    with open(rp, encoding="utf-8") as fr, open(vp, encoding="utf-8") as fv:
        recs = [json.loads(line) for line in fr]
        vals = [json.loads(line) for line in fv]
    n = 0
    if len(recs) != len(vals):
        print("line counts differ")
        n += 1
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        print("duplicate ids")
        n += 1
    for rec, v in zip(recs, vals, strict=False):
        for e in check(rec, v):
            print(rec["id"], e)
            n += 1
    print(f"checks: {n} errors in {len(recs)} documents")
    return 1 if n else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
