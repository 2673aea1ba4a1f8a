"""Validate v89: offsets, order, no overlap, span edges, value texts, phones parsed back (local ones with
their area code put back), Luhn, IBAN mod 97, SSA rules, ipaddress; hard negatives screened again."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as N
from .build import LANG_HOME, LOCALES

RECORDS = "tests/data/pii_heldout_v89.jsonl"
VALUES = "tests/data/pii_heldout_v89_values.jsonl"
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_phone(v, e):
    reg, e164 = v["region"], v["e164"]
    if v["mode"] == "local-announced":
        num = pn.parse(e164)
        alen = pn.length_of_geographical_area_code(num)
        if alen != v["area_len"] or not alen:
            e.append(f"area_len {v}")
        area = pn.national_significant_number(num)[:alen]
        text = N.put_back(reg, area, v["text"])
        if not pn.national_significant_number(num).endswith("".join(c for c in v["text"] if c.isdigit())):
            e.append(f"local digits {v}")
    else:
        text = v["text"]
        if v["area_len"] is not None:
            e.append(f"area_len set {v}")
    if not N.parses_to(text, reg, e164):
        e.append(f"phone does not parse back {v}")
    if v["mode"] == "other" and pn.number_type(pn.parse(e164)) not in N.OTHER:
        e.append(f"other type {v}")


def check_value(v, e):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        e.append(f"mode {v}")
    if k == "PHONE":
        check_phone(v, e)
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            e.append(f"card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            e.append(f"iban {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                e.append(f"ip mode {v}")
        except ValueError:
            e.append(f"ip {t}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            e.append(f"ssn {t}")
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            e.append(f"email {t}")


def check(records=RECORDS, values=VALUES):
    errors = []
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        e = []
        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            e.append("keys or duplicate id")
        ids.add(rec["id"])
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vs):
            e.append("span/value count")
        prev = 0
        for s, v in zip(spans, vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                e.append(f"span shape {s}")
            if s["start"] < prev or s["end"] <= s["start"]:
                e.append(f"order/overlap {s}")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                e.append(f"text mismatch {s} {v}")
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                e.append(f"span touches letter/digit {v['text']!r}")
            check_value(v, e)
        if not rec["id"].split("-")[0].startswith(("mhc", "math500", "amc23", "hhrlhf")):
            lang = "hi" if "-hi-" in rec["id"] else LOCALES[rec["locale"]][0]
            _, home, nat = LOCALES[rec["locale"]]
            regions = list(dict.fromkeys([home, nat] + LANG_HOME[lang]))
            chars = list(text)
            for s in spans:
                chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
            if negs.dirty("".join(chars), regions):
                e.append("hard negatives not clean")
        errors += [f"{rec['id']}: {x}" for x in e]
    return errors


if __name__ == "__main__":
    errs = check(*sys.argv[1:3])
    for x in errs[:50]:
        print(x)
    print(f"checks: {len(errs)} errors")
    sys.exit(1 if errs else 0)
