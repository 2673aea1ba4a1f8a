"""Validates every record and value of the v119 set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers
from stdnum import iban, luhn

from . import compose, negs, values
from . import numbers as nums
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


def check_value(v, errs, rid):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append("%s: bad kind/mode %s" % (rid, v))
    if k == "PHONE":
        region, e164 = v["region"], v["e164"]
        if v["mode"] == "local-announced":
            n = phonenumbers.parse(e164, None)
            al = phonenumbers.length_of_geographical_area_code(n)
            nsn = phonenumbers.national_significant_number(n)
            if (
                al != v["area_len"]
                or not nums.parse_ok(nums.put_back(region, nsn[:al], t), region, e164)
                or nsn[al:] != nums._digits(t)
            ):
                errs.append("%s: local %s" % (rid, v))
        else:
            if v["area_len"] is not None or not nums.parse_ok(t, region, e164):
                errs.append("%s: phone %s" % (rid, v))
            typ = phonenumbers.number_type(phonenumbers.parse(e164, None))
            if (v["mode"] == "other") != (typ in nums.OTHER):
                errs.append("%s: phone type %s" % (rid, v))
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and luhn.is_valid(d)):
            errs.append("%s: card %s" % (rid, t))
    elif k == "IBAN" and not iban.is_valid(t):
        errs.append("%s: iban %s" % (rid, t))
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.is_private and a.version == 4
            ):
                errs.append("%s: ip mode %s" % (rid, t))
        except ValueError:
            errs.append("%s: ip %s" % (rid, t))
    elif k == "US_SSN" and not values.ssn_ok(t):
        errs.append("%s: ssn %s" % (rid, t))
    elif k == "EMAIL" and not negs.guard_hits(t) == ["email"]:
        errs.append("%s: email %s" % (rid, t))


def main(argv):
    rpath = argv[0] if argv else RECORDS
    vpath = argv[1] if len(argv) > 1 else VALUES
    errs, ids = [], set()
    with open(rpath, encoding="utf-8") as fr, open(vpath, encoding="utf-8") as fv:
        pairs = list(zip([json.loads(x) for x in fr], [json.loads(x) for x in fv], strict=True))
    for r, v in pairs:
        rid, text, spans = r["id"], r["text"], r["spans"]
        if set(r) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append("%s: keys or duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(v["values"]):
            errs.append("%s: span/value count" % rid)
            continue
        prev = 0
        for s, val in zip(spans, v["values"], strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != val["kind"]:
                errs.append("%s: span %s" % (rid, s))
            if s["start"] < prev or s["end"] <= s["start"]:
                errs.append("%s: order/overlap %s" % (rid, s))
            prev = s["end"]
            if text[s["start"] : s["end"]] != val["text"]:
                errs.append("%s: offsets %s" % (rid, s))
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append("%s: touches a letter or digit %s" % (rid, s))
            check_value(val, errs, rid)
        if "-pos-" in rid or "-neg-" in rid:
            lang = "hi" if "-hi-" in rid else compose.LOCALES[r["locale"]][0]
            if compose.doc_dirty(text, spans, compose.regions_for(r["locale"], lang)):
                errs.append("%s: hard negative flagged" % rid)
            if "-neg-" in rid and spans:
                errs.append("%s: negative with spans" % rid)
        elif spans:
            errs.append("%s: corpus record with spans" % rid)
    for e in errs:
        print(e)
    print("records %d, errors %d" % (len(pairs), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
