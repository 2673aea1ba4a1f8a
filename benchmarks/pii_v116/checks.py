"""Validates v116's records and values: offsets, order, boundaries, phones parsed back, cards, IBANs,
SSNs, IPs, and re-screens every document with its labelled spans blanked."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import negs
from . import numbers as N
from .compose import LOCALES
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
CORPUS = ("math500-", "amc23-", "hatecheck-", "mhc-")


def check_value(v, errs, rid):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append("%s: bad mode %s" % (rid, v["mode"]))
    if k == "PHONE":
        r = v["region"]
        if v["mode"] == "local-announced":
            if v["area_len"] is None:
                errs.append("%s: local without area_len" % rid)
                return
            e = pn.parse(v["e164"])
            area = pn.national_significant_number(e)[: v["area_len"]]
            n = N.put_back(r, area, t)
            if pn.length_of_geographical_area_code(n) != v["area_len"]:
                errs.append("%s: area length %s" % (rid, t))
        else:
            if v["area_len"] is not None:
                errs.append("%s: area_len on non-local" % rid)
            n = pn.parse(t, r)
        if not pn.is_valid_number(n) or pn.format_number(n, pn.PhoneNumberFormat.E164) != v["e164"]:
            errs.append("%s: phone %s does not parse back to %s" % (rid, t, v["e164"]))
        if v["mode"] == "other" and pn.number_type(n) not in N.FREE:
            errs.append("%s: 'other' not toll-free/shared-cost/UAN: %s" % (rid, t))
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append("%s: card %s" % (rid, t))
    elif k == "IBAN":
        if not stdiban.is_valid(t.replace(" ", "")):
            errs.append("%s: iban %s" % (rid, t))
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append("%s: ssn %s" % (rid, t))
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            errs.append("%s: ip %s" % (rid, t))
            return
        want = {
            "v4": lambda: a.version == 4 and a.is_global,
            "v4-private": lambda: a.version == 4 and a.is_private,
            "v6": lambda: a.version == 6,
        }[v["mode"]]
        if not want():
            errs.append("%s: ip mode %s" % (rid, t))
    elif k == "EMAIL":
        if not negs.EMAIL.fullmatch(t):
            errs.append("%s: email %s" % (rid, t))


def check(records=RECORDS, values=VALUES):
    errs, ids = [], set()
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x) for x in fv]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans, vs = rec["id"], rec["text"], rec["spans"], val["values"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append("%s: keys or duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append("%s: spans and values differ" % rid)
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append("%s: bad span %s" % (rid, s))
            a, b = s["start"], s["end"]
            if a < last or b <= a:
                errs.append("%s: order/overlap at %d" % (rid, a))
            last = b
            if text[a:b] != v["text"]:
                errs.append("%s: offsets %r != %r" % (rid, text[a:b], v["text"]))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span touches a letter or digit: %r" % (rid, text[max(0, a - 1) : b + 1]))
            check_value(v, errs, rid)
        if rid.startswith(CORPUS):
            if spans:
                errs.append("%s: corpus with spans" % rid)
            continue
        loc = rec["locale"]
        if loc not in LOCALES:
            errs.append("%s: locale %s" % (rid, loc))
            continue
        _, own, nat, home = LOCALES[loc]
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = "#" * (s["end"] - s["start"])
        hits = negs.dirty("".join(blank), sorted({own, nat, home}))
        if hits:
            errs.append("%s: blanked document still flags %s" % (rid, hits))
    return errs, len(recs)


def main(argv):
    errs, n = check(*(argv[1:3] if len(argv) > 2 else ()))
    for e in errs[:50]:
        print(e)
    print("records: %d, errors: %d" % (n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
