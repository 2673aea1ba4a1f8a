"""Validate the v67 set: offsets, order, overlap, boundaries, phones, cards, IBANs, SSNs, IPs, negatives."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as nb
from . import other
from .build import HOME, LOCALES

RECORDS = "tests/data/pii_heldout_v67.jsonl"
VALUES = "tests/data/pii_heldout_v67_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
OTHER_TYPES = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def regions_for(rec):
    loc = rec["locale"]
    out = set()
    for locale, lang, own, nat, _w in LOCALES:
        if locale == loc and (lang != "hi" or "-hi-" in rec["id"]):
            out |= {own, nat, *HOME[lang]}
    return sorted(out or {"US", "GB"})


def check_phone(v, errs, where):
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append("%s: invalid e164 %s" % (where, v["e164"]))
    if v["mode"] == "local-announced":
        area = pn.national_significant_number(num)[: v["area_len"]]
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            errs.append("%s: area_len" % where)
        if not nb.parses_back(nb.put_back(v["text"], v["region"], area), v["region"], num):
            errs.append("%s: local form does not put back %s" % (where, v["text"]))
    else:
        if v["area_len"] is not None:
            errs.append("%s: area_len not null" % where)
        if not nb.parses_back(v["text"], v["region"], num):
            errs.append("%s: does not parse back %s" % (where, v["text"]))
    if v["mode"] == "other" and pn.number_type(num) not in OTHER_TYPES:
        errs.append("%s: 'other' of wrong type" % where)


def check_value(v, errs, where):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and other.luhn_ok(d) and 13 <= len(d) <= 19):
            errs.append("%s: card %s" % (where, t))
    elif k == "IBAN" and not std_iban.is_valid(t.replace(" ", "")):
        errs.append("%s: iban %s" % (where, t))
    elif k == "US_SSN" and not other.ssn_ok(t):
        errs.append("%s: ssn %s" % (where, t))
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v4-private") != (a.version == 4 and a.is_private):
                errs.append("%s: ip mode %s" % (where, t))
        except ValueError:
            errs.append("%s: ip %s" % (where, t))
    elif k == "EMAIL" and not other.EMAIL_RE.fullmatch(t):
        errs.append("%s: email %s" % (where, t))


def check(records, values):
    errs = []
    with open(records, encoding="utf-8") as f, open(values, encoding="utf-8") as g:
        recs, vals = [json.loads(x) for x in f], [json.loads(x)["values"] for x in g]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        where, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or where in ids:
            errs.append("%s: keys or duplicate id" % where)
        ids.add(where)
        if len(spans) != len(vs):
            errs.append("%s: span/value counts differ" % where)
        last = 0
        for s, v in zip(spans, vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append("%s: span keys/kind" % where)
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append("%s: order or overlap" % where)
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: offsets %r" % (where, v["text"]))
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                errs.append("%s: span touches a letter or digit %r" % (where, v["text"]))
            if v["text"] != v["text"].strip():
                errs.append("%s: value has outer whitespace" % where)
            if v.get("mode") not in MODES[v["kind"]]:
                errs.append("%s: mode %s" % (where, v.get("mode")))
            check_value(v, errs, where)
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = "_" * (s["end"] - s["start"])
        blank = "".join(chars)
        if other.guard_hits(blank):
            errs.append("%s: guard hit outside spans %s" % (where, other.guard_hits(blank)))
        for r in regions_for(rec):
            for m in pn.PhoneNumberMatcher(blank, r, leniency=pn.Leniency.VALID):
                errs.append("%s: unlabelled phone %r (%s)" % (where, m.raw_string, r))
    return recs, errs


def main(argv):
    records, values = (argv + [RECORDS, VALUES])[:2]
    recs, errs = check(records, values)
    for e in errs[:50]:
        print(e)
    print("documents %d, errors %d" % (len(recs), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
