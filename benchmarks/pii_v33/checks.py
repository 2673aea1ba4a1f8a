"""Validate v33's records and values: offsets, order, overlap, borders, phones, cards, IBANs, SSNs, IPs.

Hard negatives are screened again: each document with its labelled spans masked must give no phone match
(phonenumbers, Leniency.VALID, for the document's region and home region) and no guard hit.
"""

import ipaddress
import json
import sys

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

from .make_heldout_set import LOCALES, OUT, OUT_VALUES
from .screen import guard_hits, masked, phone_hits

HOME = {}
for _loc, _lang, _region, _home, _p, _n in LOCALES:
    HOME[_loc] = (_region, _home)
HOME.update({"en_US": ("US", "US"), "en_GB": ("GB", "GB")})
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
PHONE_MODES = {"international", "national", "local-announced", "list-entry", "other"}


def check_phone(v, errs, rid):
    e = v["e164"]
    num = phonenumbers.parse(e)
    if not phonenumbers.is_valid_number(num):
        errs.append("%s: invalid %s" % (rid, e))
    if v["mode"] not in PHONE_MODES:
        errs.append("%s: bad mode %s" % (rid, v["mode"]))
    if v["area_len"] != phonenumbers.length_of_geographical_area_code(num):
        errs.append("%s: area_len %s for %s" % (rid, v["area_len"], e))
    txt = v["text"]
    if v["mode"] == "local-announced":
        nsn = phonenumbers.national_significant_number(num)
        txt = "0" + nsn[: v["area_len"]] + " " + txt if v["region"] != "US" else nsn[:3] + " " + txt
    if (
        phonenumbers.format_number(phonenumbers.parse(txt, v["region"]), phonenumbers.PhoneNumberFormat.E164)
        != e
    ):
        errs.append("%s: %r does not parse back to %s" % (rid, v["text"], e))


def check_value(v, errs, rid):
    t, k = v["text"], v["kind"]
    digits = "".join(ch for ch in t if ch.isdigit())
    if k == "PHONE":
        check_phone(v, errs, rid)
    elif k == "CREDIT_CARD" and not luhn.is_valid(digits):
        errs.append("%s: card %s fails Luhn" % (rid, t))
    elif k == "IBAN" and not std_iban.is_valid(t):
        errs.append("%s: IBAN %s fails" % (rid, t))
    elif k == "US_SSN":
        a, g, s = digits[:3], digits[3:5], digits[5:]
        if len(digits) != 9 or a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
            errs.append("%s: SSN %s" % (rid, t))
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append("%s: IP %s" % (rid, t))
    elif k == "EMAIL" and ("@" not in t or " " in t):
        errs.append("%s: email %s" % (rid, t))


def check(records, sidecar):
    errs = []
    if len(records) != len(sidecar):
        errs.append("length mismatch")
    ids = set()
    for r, s in zip(records, sidecar, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errs.append("duplicate id " + rid)
        ids.add(rid)
        if set(r) != {"id", "locale", "text", "spans"}:
            errs.append("%s: keys" % rid)
        vals = s["values"]
        if len(vals) != len(spans):
            errs.append("%s: %d spans, %d values" % (rid, len(spans), len(vals)))
            continue
        last = 0
        for sp, v in zip(spans, vals, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append("%s: span fields" % rid)
            if sp["start"] < last or sp["end"] <= sp["start"]:
                errs.append("%s: order/overlap at %d" % (rid, sp["start"]))
            last = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errs.append("%s: text mismatch %r" % (rid, v["text"]))
            for i in (sp["start"] - 1, sp["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append("%s: span %r touches %r" % (rid, v["text"], text[i]))
            check_value(v, errs, rid)
        if "-neg-" in rid or not spans:
            region, home = HOME.get(r["locale"], ("US", "US"))
            if "-pos-" in rid:
                errs.append("%s: positive without spans" % rid)
            if "-neg-" in rid and spans:
                errs.append("%s: negative with spans" % rid)
        region, home = HOME.get(r["locale"], ("US", "US"))
        if "-pos-" in rid or "-neg-" in rid:
            m = masked(text, spans)
            if guard_hits(m):
                errs.append("%s: guard %s" % (rid, guard_hits(m)[:2]))
            if phone_hits(m, sorted({region, home})):
                errs.append("%s: unlabelled phone %s" % (rid, phone_hits(m, [region, home])[:2]))
    return errs


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main(argv):
    rec = load(argv[0] if argv else OUT)
    side = load(argv[1] if len(argv) > 1 else OUT_VALUES)
    errs = check(rec, side)
    for e in errs[:50]:
        print(e)
    print("checks: %d errors in %d records" % (len(errs), len(rec)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
