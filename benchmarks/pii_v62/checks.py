"""Validate every record and value of the v62 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import negs
from . import numbers as N
from .compose import LOCALES

RECORDS = "tests/data/pii_heldout_v62.jsonl"
VALUES = "tests/data/pii_heldout_v62_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def regions_for(rec):
    key = rec["locale"]
    if key == "en_IN" and "-hi-" in rec["id"]:
        key = "hi"
    if key in LOCALES:
        _, lang, own, nat, _ = LOCALES[key]
        return sorted(set([own, nat] + negs.HOME[lang]))
    return {
        "en_US": ["US", "GB"],
        "en_GB": ["GB", "US"],
        "de_DE": ["DE"],
        "fr_FR": ["FR"],
        "es_ES": ["ES"],
        "it_IT": ["IT"],
        "nl_NL": ["NL"],
        "pt_BR": ["BR", "PT"],
    }[rec["locale"]]


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if k not in KINDS or v.get("mode") not in MODES[k]:
        errs.append((where, "kind/mode", v))
    if k == "PHONE":
        region = v["region"]
        if v["mode"] == "local-announced":
            al = v["area_len"]
            nsn = v["e164"][len("+%d" % N.CC[region]) :]
            area = nsn[:al]
            n = pn.parse(v["e164"])
            if pn.length_of_geographical_area_code(n) != al:
                errs.append((where, "area_len", v))
            if not N.parses_back(N.put_back(t, region, area), region, v["e164"]):
                errs.append((where, "local put back", v))
            if not nsn.endswith(re.sub(r"\D", "", t)):
                errs.append((where, "local digits", v))
        else:
            if v["area_len"] is not None:
                errs.append((where, "area_len not null", v))
            if not N.parses_back(t, region, v["e164"]):
                errs.append((where, "parse back", v))
            n = pn.parse(v["e164"])
            if v["mode"] == "other" and pn.number_type(n) not in N.WANT["other"]:
                errs.append((where, "other type", v))
            if v["mode"] == "international" and not t.startswith("+"):
                errs.append((where, "international", v))
            if v["mode"] == "national" and t.startswith("+"):
                errs.append((where, "national", v))
    elif k == "EMAIL":
        if not EMAIL.match(t):
            errs.append((where, "email", v))
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d)):
            errs.append((where, "luhn", v))
    elif k == "IBAN":
        if not stdiban.is_valid(t):
            errs.append((where, "iban", v))
    elif k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            errs.append((where, "ip", v))
            return
        want = {
            "v4": ip.version == 4 and ip.is_global,
            "v4-private": ip.version == 4 and ip.is_private,
            "v6": ip.version == 6,
        }
        if not want[v["mode"]]:
            errs.append((where, "ip mode", v))
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append((where, "ssn", v))


def main(argv):
    rp = argv[0] if argv else RECORDS
    vp = argv[1] if len(argv) > 1 else VALUES
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x) for x in f]
    errs = []
    if len(recs) != len(vals):
        errs.append(("file", "line counts", len(recs), len(vals)))
    ids = set()
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append((rid, "record keys or duplicate id"))
        ids.add(rid)
        if len(spans) != len(val["values"]):
            errs.append((rid, "span/value count"))
            continue
        last = 0
        for s, v in zip(spans, val["values"], strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append((rid, "span shape", s))
            if s["start"] < last or s["end"] <= s["start"] or s["end"] > len(text):
                errs.append((rid, "offsets/sort/overlap", s))
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append((rid, "text", s, v["text"]))
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append((rid, "touches letter/digit", s))
            check_value(v, errs, rid)
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(chars)
        regions = regions_for(rec)
        if negs.guard_hits(blank) or negs.phone_hits(blank, regions):
            errs.append((rid, "unlabelled hit", negs.guard_hits(blank), negs.phone_hits(blank, regions)))
    for e in errs[:50]:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
