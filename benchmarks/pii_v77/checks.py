"""Validate every v77 record and value; prints the errors and their count (0 expected)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as nm
from .build import HOME, LOCALES
from .make_heldout_set import RECORDS, VALUES

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
CORPUS_REGIONS = {
    "en_US": ["US", "GB"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def regions_of(rec):
    if "-pos-" not in rec["id"] and "-neg-" not in rec["id"]:
        return CORPUS_REGIONS[rec["locale"]]
    lang, own, nat, _ = LOCALES[rec["locale"]]
    if "-hi-" in rec["id"]:
        lang = "hi"
    regs = (
        [own, nat, HOME[lang]]
        + (["US"] if lang == "en" else [])
        + (["BR"] if rec["locale"] == "pt_BR" else [])
    )
    return list(dict.fromkeys(regs))


def check_phone(v, err):
    for key in ("region", "e164", "area_len"):
        if key not in v:
            err("phone without " + key)
            return
    region, text = v["region"], v["text"]
    if v["mode"] == "local-announced":
        nsn = v["e164"][len("+%d" % nm.CC[region]) :]
        area = nsn[: v["area_len"]] if isinstance(v["area_len"], int) else ""
        num = pn.parse(nm.put_back(region, area, text), region)
        if not (pn.is_valid_number(num) and pn.number_type(num) in nm.FIXED):
            err("local number not a valid fixed line: %r" % text)
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            err("area_len mismatch: %r" % text)
    else:
        if v["area_len"] is not None:
            err("area_len on a non-local phone")
        num = pn.parse(text, region)
        if not pn.is_valid_number(num):
            err("invalid phone %r" % text)
        if v["mode"] == "international" and not text.startswith("+"):
            err("international without +: %r" % text)
        if v["mode"] == "other" and pn.number_type(num) not in nm.OTHER:
            err("other that is not toll-free/shared-cost/UAN: %r" % text)
    if pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
        err("e164 mismatch %r" % text)


def check_value(v, err):
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        err("bad kind/mode %s/%s" % (kind, v.get("mode")))
    if kind == "PHONE":
        check_phone(v, err)
    elif kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        if not (d.isdigit() and 13 <= len(d) <= 19 and nm.luhn_ok(d)):
            err("card fails Luhn %r" % text)
    elif kind == "IBAN":
        if (
            not std_iban.is_valid(text.replace(" ", ""))
            or nm.mod97(text.replace(" ", "")[4:] + text[:4]) != 1
        ):
            err("bad IBAN %r" % text)
    elif kind == "US_SSN":
        if not nm.ssn_ok(text):
            err("bad SSN %r" % text)
    elif kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            err("bad IP %r" % text)
    elif kind == "EMAIL" and not EMAIL.match(text):
        err("bad e-mail %r" % text)


def check(records_path=RECORDS, values_path=VALUES):
    errors = []
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    if len({r["id"] for r in recs}) != len(recs):
        errors.append("duplicate ids")
    for rec, val in zip(recs, vals, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append("%s: %s" % (rid, msg))

        if set(rec) != {"id", "locale", "text", "spans"} or set(val) != {"values"}:
            err("bad keys")
            continue
        text, spans, values = rec["text"], rec["spans"], val["values"]
        if len(spans) != len(values):
            err("spans and values differ in number")
            continue
        end = 0
        for s, v in zip(spans, values, strict=True):
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                err("span is not an object {kind, start, end}")
                continue
            if not (end <= s["start"] < s["end"] <= len(text)):
                err("span out of order, overlapping or out of range")
            end = s["end"]
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                err("span touches a letter or digit: %r" % text[s["start"] : s["end"]])
            if s["kind"] != v["kind"] or text[s["start"] : s["end"]] != v["text"]:
                err("span/value mismatch")
            check_value(v, err)
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(chars)
        hits = negs.phone_hits(blank, regions_of(rec)) + [(h, "") for h in negs.guard_hits(blank)]
        if hits:
            err("unlabelled hit outside spans: %r" % hits[:3])
        if "-neg-" in rec["id"] and spans:
            err("negative document with spans")
    return errors, len(recs)


def main(argv):
    errors, n = check(*argv) if len(argv) == 2 else check()
    for e in errors[:50]:
        print(e)
    print("records: %d, errors: %d" % (n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
