"""Validate the v125 files: offsets, order, boundaries, every value, and the hard-negative screens."""

from __future__ import annotations

import ipaddress
import json
import sys

import phonenumbers
from stdnum import iban as std_iban

from . import numbers as N
from .build import LOCALES, Doc, screen_regions
from .negs import guard_hits, luhn, phone_hits
from .values import ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def check_phone(v: dict) -> list[str]:
    errs = []
    region, e = v["region"], v["e164"]
    if v["mode"] not in MODES:
        errs.append("mode " + v["mode"])
    if v["mode"] == "local-announced":
        al = v["area_len"]
        area = e[len(str(N.cc_of(region))) + 1 :][:al]
        if N.area_len(e) != al:
            errs.append("area_len")
        if N.parse_back(N.put_back(region, area, v["text"]), region) != e:
            errs.append("local put-back " + v["text"])
    else:
        if v["area_len"] is not None:
            errs.append("area_len not null")
        if N.parse_back(v["text"], region) != e:
            errs.append("parse-back " + v["text"])
    if v["mode"] == "other" and N.type_of(e) not in N.OK_TYPES["free"]:
        errs.append("other not toll-free")
    if not phonenumbers.is_valid_number(phonenumbers.parse(e)):
        errs.append("invalid " + e)
    return errs


def check_value(v: dict) -> list[str]:
    t = v["text"]
    k = v["kind"]
    if k == "PHONE":
        return check_phone(v)
    if k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        return [] if d.isdigit() and 13 <= len(d) <= 19 and luhn(d) else ["card " + t]
    if k == "IBAN":
        return [] if std_iban.is_valid(t) else ["iban " + t]
    if k == "US_SSN":
        return [] if ssn_ok(t) else ["ssn " + t]
    if k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            return ["ip " + t]
        want = {
            "v4": a.version == 4 and not a.is_private,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6,
        }
        return [] if want.get(v["mode"]) else ["ip mode " + t]
    if k == "EMAIL":
        return [] if t.count("@") == 1 and "." in t.split("@")[1] else ["email " + t]
    return ["kind " + k]


def check(records_path: str, values_path: str) -> list[str]:
    errs: list[str] = []
    with open(records_path, encoding="utf-8") as f, open(values_path, encoding="utf-8") as g:
        recs = [json.loads(x) for x in f]
        vals = [json.loads(x)["values"] for x in g]
    if len(recs) != len(vals):
        return ["line counts differ"]
    ids = set()
    for r, vs in zip(recs, vals, strict=True):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errs.append(rid + ": duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append(rid + ": spans/values")
            continue
        end = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(rid + ": span shape")
            if s["start"] < end or s["end"] <= s["start"]:
                errs.append(rid + ": order/overlap")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(rid + ": text mismatch")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(rid + ": touches left")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(rid + ": touches right")
            errs += [rid + ": " + e for e in check_value(v)]
        loc = "hi" if "-hi-" in rid else r["locale"]
        if loc in LOCALES:
            d = Doc()
            d.text, d.spans = text, spans
            b = d.blanked()
            if phone_hits(b, screen_regions(loc)) or guard_hits(b):
                errs.append(rid + ": unlabelled number-like text")
    return errs


def main(argv: list[str]) -> None:
    from .make_heldout_set import RECORDS, VALUES

    errs = check(argv[0] if argv else RECORDS, argv[1] if len(argv) > 1 else VALUES)
    for e in errs[:50]:
        print(e)
    print("checks: %d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
