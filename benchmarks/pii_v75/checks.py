"""Validates every v75 record and value; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import sys

import phonenumbers
from stdnum import iban as std_iban

from . import negs
from . import numbers as nb
from .compose import HOME, LOCALES, doc_dirty
from .make_heldout_set import OUT

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
OTHER_TYPES = (
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
)


def check_value(v, town_area):
    kind, text = v["kind"], v["text"]
    if kind == "PHONE":
        reg, want = v["region"], v["e164"]
        if v["mode"] == "local-announced":
            area = town_area.get((reg, v["area_len"]))
            if area is None or not nb.parses_to(nb.put_back(reg, area, text), reg, want):
                return "local form does not put back"
            num = phonenumbers.parse(want)
            if phonenumbers.length_of_geographical_area_code(num) != v["area_len"]:
                return "area_len"
            return None
        if v["area_len"] is not None:
            return "area_len not null"
        if not nb.parses_to(text, reg, want):
            return "phone does not parse back"
        num = phonenumbers.parse(want)
        if (v["mode"] == "other") != (phonenumbers.number_type(num) in OTHER_TYPES):
            return "other/type mismatch"
        return None
    if kind == "CREDIT_CARD":
        d = text.replace(" ", "").replace("-", "")
        return None if d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d) else "card"
    if kind == "IBAN":
        return None if std_iban.is_valid(text) else "iban"
    if kind == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(text)
        except ValueError:
            return "ip"
        ok = {
            "v4": a.version == 4 and a.is_global,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6,
        }[v["mode"]]
        return None if ok else "ip mode"
    if kind == "US_SSN":
        d = text.replace("-", "").replace(" ", "")
        area, grp, ser = int(d[:3]), int(d[3:5]), int(d[5:])
        ok = len(d) == 9 and 0 < area < 900 and area != 666 and grp > 0 and ser > 0
        return None if ok else "ssn"
    if kind == "EMAIL":
        return None if negs._EMAIL.fullmatch(text) else "email"
    return "kind"


def check(records_path, values_path):
    errors = []
    with open(records_path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(values_path, encoding="utf-8") as fh:
        values = [json.loads(line) for line in fh]
    if len(records) != len(values):
        return ["line counts differ"]
    ids = set()
    for rec, val in zip(records, values, strict=True):
        rid, text, spans, vals = rec["id"], rec["text"], rec["spans"], val["values"]
        err = lambda m, rid=rid: errors.append("%s: %s" % (rid, m))  # noqa: E731
        if rid in ids:
            err("duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vals):
            err("record shape")
            continue
        prev = 0
        for s, v in zip(spans, vals, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"] or s["kind"] not in KINDS:
                err("span shape")
                continue
            if not prev <= s["start"] < s["end"] <= len(text):
                err("offsets/sort/overlap")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                err("span text != value text")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                err("span touches a letter or digit before")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                err("span touches a letter or digit after")
            if v["mode"] not in MODES[v["kind"]]:
                err("mode")
        town_area = {}
        if any(v.get("mode") == "local-announced" for v in vals):
            for reg, towns in nb.AREAS.items():
                for town, area in towns.items():
                    if town in text:
                        town_area[(reg, len(area))] = area
        for v in vals:
            m = check_value(v, town_area)
            if m:
                err("%s %r" % (m, v["text"]))
        lang = "hi" if "-hi-" in rid else rec["locale"][:2]
        if rec["locale"] in LOCALES and ("-pos-" in rid or "-neg-" in rid):
            own, nat = LOCALES[rec["locale"]][1:]
            regions = sorted({own, nat, HOME[lang]} | {v["region"] for v in vals if v.get("area_len")})
            if doc_dirty(text, spans, regions):
                err("hard negatives not clean")
        if "-neg-" in rid and spans:
            err("negative document with spans")
    return errors


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    errors = check(*paths)
    for e in errors[:50]:
        print(e)
    print("checks: %d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
