"""Validate the v59 set: every record and value, and the hard-negative screen of every document."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from . import numbers as nums
from .compose import HOME, LOCALES
from .make_heldout_set import RECORDS, VALUES
from .negs import dirty

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def regions_of(locale):
    regs = set()
    for loc, lang, own, nat, _ in LOCALES.values():
        if loc == locale:
            regs |= {own, nat, HOME[lang]}
    return sorted(regs)


def check_phone(v, errs, where):
    reg, e = v["region"], v["e164"]
    if v["mode"] == "local-announced":
        num = pn.parse(e)
        nsn = pn.national_significant_number(num)
        alen = v["area_len"]
        if reg not in LOCAL_REGIONS or not alen:
            errs.append(f"{where}: local without region/area_len")
            return
        back = nums.put_back(reg, nsn[:alen], v["text"])
        if not pn.is_valid_number(back) or nums.e164(back) != e:
            errs.append(f"{where}: local {v['text']} does not put back to {e}")
        if pn.length_of_geographical_area_code(back) != alen or re.sub(r"\D", "", v["text"]) != nsn[alen:]:
            errs.append(f"{where}: area_len mismatch")
        return
    if v["area_len"] is not None:
        errs.append(f"{where}: area_len set on a non-local phone")
    num = pn.parse(v["text"], reg)
    if not pn.is_valid_number(num) or nums.e164(num) != e:
        errs.append(f"{where}: {v['text']} does not parse to {e} in {reg}")
    if (v["mode"] == "other") != (pn.number_type(num) in nums.OTHER):
        errs.append(f"{where}: mode/type mismatch for {v['text']}")


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append(f"{where}: mode {v['mode']}")
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "EMAIL" and not EMAIL.match(t):
        errs.append(f"{where}: e-mail {t}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN" and not std_iban.is_valid(t):
        errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            want = "v6" if a.version == 6 else ("v4-private" if a.is_private else "v4")
            if want != v["mode"]:
                errs.append(f"{where}: ip mode {t}")
        except ValueError:
            errs.append(f"{where}: ip {t}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1)[0] == "9"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append(f"{where}: ssn {t}")


def check(rec_path=RECORDS, val_path=VALUES):
    errs = []
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    if len({r["id"] for r in recs}) != len(recs):
        errs.append("duplicate ids")
    for r, vs in zip(recs, vals, strict=False):
        text, spans, where = r["text"], r["spans"], r["id"]
        if set(r) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errs.append(f"{where}: keys or span/value count")
            continue
        end = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append(f"{where}: span shape/kind")
            if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
                errs.append(f"{where}: order/overlap/bounds")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{where}: span text {text[s['start'] : s['end']]!r} != {v['text']!r}")
            if (s["start"] > 0 and text[s["start"] - 1].isalnum()) or (
                s["end"] < len(text) and text[s["end"]].isalnum()
            ):
                errs.append(f"{where}: span touches a letter or digit")
            check_value(v, errs, where)
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        if dirty("".join(chars), regions_of(r["locale"])):
            errs.append(f"{where}: unlabelled text trips a phone matcher or guard")
    return len(recs), errs


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    n, errs = check(*argv[:2])
    for e in errs[:50]:
        print(e)
    print(f"checked {n} documents: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
