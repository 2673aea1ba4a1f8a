"""Validate every record and value of the v107 set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as stdiban

from .compose import LANG_HOME, LOCALES
from .make_heldout_set import RECORDS, VALUES, blanked_clean
from .numbers import AREAS, luhn_ok, put_back, ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
FREE_TYPES = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def regions_of(rec):
    rid, loc = rec["id"], rec["locale"]
    if "-hi-" in rid:
        loc = "hi"
    if loc in LOCALES:
        lang, home, nat = LOCALES[loc][:3]
        return sorted({home, nat, *LANG_HOME[lang]})
    return None


def check_phone(v, errs, where):
    num = pn.parse(v["e164"], None)
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append("%s: e164 invalid or wrong region %s" % (where, v))
    if v["mode"] == "local-announced":
        areas = {a for _, a, _ in AREAS[v["region"]]}
        code = pn.national_significant_number(num)[: v["area_len"]]
        if code not in areas or v["area_len"] != pn.length_of_geographical_area_code(num):
            errs.append("%s: bad area %s" % (where, v))
        back = put_back(v["region"], code, v["text"])
        if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"]:
            errs.append("%s: local does not put back %s" % (where, v))
        if len(re.sub(r"\D", "", v["text"])) != len(pn.national_significant_number(num)) - v["area_len"]:
            errs.append("%s: local is not the subscriber part only %s" % (where, v))
        return
    if v["area_len"] is not None:
        errs.append("%s: area_len on non-local %s" % (where, v))
    back = pn.parse(v["text"], v["region"])
    if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(back):
        errs.append("%s: text does not parse back %s" % (where, v))
    if v["mode"] == "international" and not v["text"].startswith(("+", "(+")):
        errs.append("%s: international without + %s" % (where, v))
    if v["mode"] == "other" and pn.number_type(back) not in FREE_TYPES:
        errs.append("%s: 'other' of wrong type %s" % (where, v))
    if v["mode"] != "other" and pn.number_type(back) in FREE_TYPES:
        errs.append("%s: free number not marked other %s" % (where, v))


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append("%s: bad kind/mode %s" % (where, v))
        return
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "EMAIL" and not EMAIL.match(t):
        errs.append("%s: bad email %s" % (where, t))
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            errs.append("%s: bad card %s" % (where, t))
    elif k == "IBAN" and not stdiban.is_valid(t):
        errs.append("%s: bad iban %s" % (where, t))
    elif k == "US_SSN":
        d = re.sub(r"[ -]", "", t)
        if len(d) != 9 or not d.isdigit() or not ssn_ok(d):
            errs.append("%s: bad ssn %s" % (where, t))
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            errs.append("%s: bad ip %s" % (where, t))
            return
        want = {
            "v4": a.version == 4 and a.is_global,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6,
        }[v["mode"]]
        if not want:
            errs.append("%s: ip mode %s" % (where, v))


def check(rec_path, val_path):
    errs = []
    recs = [json.loads(x) for x in open(rec_path, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(val_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append("%s: keys or duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append("%s: spans and values differ in number" % rid)
        prev = 0
        for i, (s, v) in enumerate(zip(spans, vs, strict=False)):
            where = "%s#%d" % (rid, i)
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append("%s: span shape %s" % (where, s))
                continue
            if not prev <= s["start"] < s["end"] <= len(text):
                errs.append("%s: offsets out of order or overlapping" % where)
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: text mismatch %r vs %r" % (where, text[s["start"] : s["end"]], v["text"]))
            for j in (s["start"] - 1, s["end"]):
                if 0 <= j < len(text) and text[j].isalnum():
                    errs.append("%s: span touches %r" % (where, text[j]))
            if text[s["start"] : s["end"]] != text[s["start"] : s["end"]].strip() or "\n" in v["text"]:
                errs.append("%s: whitespace in span" % where)
            check_value(v, errs, where)
        regions = regions_of(rec)
        if regions is None:
            regions = ["US", "GB"]
        if not blanked_clean(text, spans, regions):
            errs.append("%s: blanked document still flags" % rid)
    return recs, vals, errs


def main(argv):
    rec = Path(argv[0]) if argv else RECORDS
    val = Path(argv[1]) if len(argv) > 1 else VALUES
    recs, _, errs = check(rec, val)
    for e in errs[:50]:
        print(e)
    print("records:", len(recs), "errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
