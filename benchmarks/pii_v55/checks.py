"""Validates every record and value of the v55 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import negs
from . import numbers as N
from .compose import LANG_REGIONS, LOCALES

RECORDS = "tests/data/pii_heldout_v55.jsonl"
VALUES = "tests/data/pii_heldout_v55_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def lang_of(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return rec["locale"][:2]


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        if v["mode"] not in MODES:
            errs.append(f"{where}: mode {v['mode']}")
        if v["mode"] == "local-announced":
            num = pn.parse(v["e164"])
            alen = pn.length_of_geographical_area_code(num)
            area = pn.national_significant_number(num)[:alen]
            if alen != v["area_len"] or not N.parses_to(
                N.put_back(t, v["region"], area), v["region"], v["e164"]
            ):
                errs.append(f"{where}: local {t} does not put back to {v['e164']}")
        else:
            if v["area_len"] is not None or not N.parses_to(t, v["region"], v["e164"]):
                errs.append(f"{where}: phone {t} does not parse to {v['e164']}")
            num = pn.parse(v["e164"])
            if v["mode"] == "other" and pn.number_type(num) not in N.OTHER:
                errs.append(f"{where}: other {t} of type {pn.number_type(num)}")
        if pn.region_code_for_number(pn.parse(v["e164"])) != v["region"]:
            errs.append(f"{where}: region {v['region']}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"\D", "", t)
        if not negs.luhn(d) or len(d) not in (15, 16):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN":
        if not stdiban.is_valid(t):
            errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif k == "US_SSN":
        a, g, s = (int(x) for x in re.split(r"[ -]", t))
        if a in (0, 666) or a >= 900 or g == 0 or s == 0:
            errs.append(f"{where}: ssn {t}")
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            errs.append(f"{where}: email {t}")


def main(records=RECORDS, values=VALUES):
    errs, n = [], 0
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(line) for line in fr]
        vals = [json.loads(line) for line in fv]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, val in zip(recs, vals, strict=False):
        n += 1
        where = rec["id"]
        if where in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(where)
        text, spans, vs = rec["text"], rec["spans"], val["values"]
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errs.append(f"{where}: shape")
            continue
        last = 0
        for sp, v in zip(spans, vs, strict=False):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append(f"{where}: span {sp}")
            a, b = sp["start"], sp["end"]
            if a < last or b <= a:
                errs.append(f"{where}: unsorted or overlapping {sp}")
            last = b
            if text[a:b] != v["text"]:
                errs.append(f"{where}: text {text[a:b]!r} != {v['text']!r}")
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append(f"{where}: span touches a letter or digit {v['text']!r}")
            check_value(v, errs, where)
        if rec["locale"] not in LOCALES:
            errs.append(f"{where}: locale")
            continue
        # whole-document screen with the labelled spans blanked
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        blank = "".join(blank)
        _, home, nat = LOCALES[rec["locale"]]
        regions = sorted({home, nat, *LANG_REGIONS[lang_of(rec)]})
        hits = negs.doc_phone_hits(blank, regions) + negs.guard_hits(blank)
        if hits:
            errs.append(f"{where}: unlabelled {hits}")
    for e in errs:
        print(e)
    print(f"checked {n} records: {len(errs)} errors")
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
