"""Validate the v73 records and sidecar: offsets, spans, every value, and the hard-negative screens."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import negs
from . import numbers as N
from .compose import HOME, LOCALES
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def regions(rec):
    if rec["id"].startswith("en_IN-") and "-hi-" in rec["id"]:
        return ["IN"]
    lang, own, nat = LOCALES[rec["locale"]]
    return sorted(set([own, nat] + HOME[lang]))


def check_phone(v, err):
    reg = v["region"]
    if v["mode"] == "local-announced":
        digits = re.sub(r"\D", "", v["text"])
        num = pn.parse(v["e164"])
        area = str(num.national_number)[: v["area_len"]]
        if str(num.national_number) != area + digits:
            err("local digits do not match e164")
        num = pn.parse(N.put_back(reg, digits, area), reg)
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            err("area_len differs from phonenumbers")
    else:
        if v["area_len"] is not None:
            err("area_len should be null")
        num = pn.parse(v["text"], reg)
        if v["mode"] == "international" and not v["text"].startswith("+"):
            err("international without +")
        if v["mode"] == "other" and pn.number_type(num) not in N.FREE:
            err("other is not toll-free/shared-cost/UAN")
    if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
        err("phone does not parse back: %r" % v)
    if pn.region_code_for_number(num) != reg and reg not in pn.region_codes_for_country_code(
        num.country_code
    ):
        err("region mismatch")


def check_value(v, err):
    t, k = v["text"], v["kind"]
    if v["mode"] not in MODES[k]:
        err("bad mode")
    if k == "PHONE":
        check_phone(v, err)
    elif k == "EMAIL" and not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
        err("bad e-mail")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            err("card fails Luhn")
    elif k == "IBAN" and not (stdiban.is_valid(t) and negs.mod97(t)):
        err("IBAN invalid")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            err("SSN breaks SSA rules")
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = {"v4": (4, False), "v4-private": (4, True), "v6": (6, None)}[v["mode"]]
        if a.version != want[0] or (want[1] is not None and a.is_private != want[1]):
            err("IP mode mismatch")


def check(rpath=RECORDS, vpath=VALUES):
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    errors = []
    if len(recs) != len(vals):
        errors.append("line counts differ")
    if len({r["id"] for r in recs}) != len(recs):
        errors.append("duplicate ids")
    for rec, vs in zip(recs, vals, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append("%s: %s" % (rid, msg))

        if set(rec) != {"id", "locale", "text", "spans"} or len(rec["spans"]) != len(vs):
            err("record shape")
            continue
        text, last = rec["text"], 0
        for sp, v in zip(rec["spans"], vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                err("span shape")
                continue
            if sp["start"] < last or sp["end"] <= sp["start"]:
                err("spans unsorted or overlapping")
            last = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                err("offsets do not match value %r" % v["text"])
            if (sp["start"] > 0 and text[sp["start"] - 1].isalnum()) or (
                sp["end"] < len(text) and text[sp["end"]].isalnum()
            ):
                err("span touches a letter or digit")
            check_value(v, err)
        blank = list(text)
        for sp in rec["spans"]:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        if negs.dirty("".join(blank), regions(rec)):
            err("unlabelled text trips a screen: %r" % (negs.guard_hits("".join(blank)),))
    return recs, vals, errors


def main(argv):
    recs, vals, errors = check(*(argv[:2] if len(argv) >= 2 else ()))
    for e in errors[:50]:
        print(e)
    print("records: %d, values: %d, errors: %d" % (len(recs), sum(map(len, vals)), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
