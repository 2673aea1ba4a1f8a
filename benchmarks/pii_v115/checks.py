"""Validate every record and value of the set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as nums
from .build import LANG_HOME, LOCALES
from .checks_core import guard_hits, luhn, ssn_ok
from .make_heldout_set import RECORDS, VALUES

OWN_HOME = {loc: (own, home) for loc, lang, own, home, _p, _n in LOCALES if lang != "hi"}
AREA_OF = {(reg, town): area for reg, towns in nums.AREAS.items() for town, area in towns}


def check_phone(v, rec, errors):
    rid = rec["id"]
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errors.append("%s: %s not valid for %s" % (rid, v["e164"], v["region"]))
    if v["mode"] == "local-announced":
        towns = [(t, a) for t, a in nums.AREAS[v["region"]] if t in rec["text"]]
        ok = any(
            nums.parses_to(nums.put_back(v["text"], v["region"], a), v["region"], num) for _t, a in towns
        )
        if not ok:
            errors.append("%s: local %s does not put back" % (rid, v["text"]))
        if v["area_len"] != pn.length_of_geographical_area_code(num):
            errors.append("%s: area_len %s" % (rid, v["area_len"]))
        if pn.number_type(num) not in nums.FIXED:
            errors.append("%s: local not fixed" % rid)
    else:
        if v["area_len"] is not None:
            errors.append("%s: area_len set" % rid)
        if not nums.parses_to(v["text"], v["region"], num):
            errors.append("%s: %s does not parse back" % (rid, v["text"]))
        if v["mode"] == "international" and not v["text"].lstrip("(").startswith("+"):
            errors.append("%s: international without +" % rid)
        if (v["mode"] == "other") != (pn.number_type(num) in nums.OTHER):
            errors.append("%s: other/type mismatch %s" % (rid, v["text"]))


def check_value(v, rec, errors):
    kind, text, rid = v["kind"], v["text"], rec["id"]
    digits = "".join(c for c in text if c.isdigit())
    if kind == "PHONE":
        check_phone(v, rec, errors)
    elif kind == "CREDIT_CARD" and not (luhn(digits) and 13 <= len(digits) <= 19):
        errors.append("%s: card %s" % (rid, text))
    elif kind == "IBAN" and not std_iban.is_valid(text):
        errors.append("%s: iban %s" % (rid, text))
    elif kind == "US_SSN" and not ssn_ok(text):
        errors.append("%s: ssn %s" % (rid, text))
    elif kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            errors.append("%s: ip %s" % (rid, text))
    elif kind == "EMAIL" and text.count("@") != 1:
        errors.append("%s: email %s" % (rid, text))


def screen_regions(rec):
    parts = rec["id"].split("-")
    if parts[1] not in ("pos", "neg"):
        return {"en_US": ["US", "GB"]}.get(rec["locale"], [rec["locale"][3:]])
    lang = "hi" if parts[2] == "hi" else rec["locale"][:2]
    own, home = OWN_HOME[rec["locale"]]
    return sorted(set([own, home] + LANG_HOME[lang]))


def check(rec, vals, errors):
    text, spans, rid = rec["text"], rec["spans"], rec["id"]
    if set(rec) != {"id", "locale", "text", "spans"}:
        errors.append("%s: keys" % rid)
    if len(spans) != len(vals):
        errors.append("%s: %d spans, %d values" % (rid, len(spans), len(vals)))
        return
    last = 0
    for s, v in zip(spans, vals, strict=True):
        if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
            errors.append("%s: span shape" % rid)
        if s["start"] < last or s["end"] <= s["start"]:
            errors.append("%s: order/overlap" % rid)
        last = s["end"]
        if text[s["start"] : s["end"]] != v["text"]:
            errors.append("%s: text %r != %r" % (rid, text[s["start"] : s["end"]], v["text"]))
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            errors.append("%s: span touches on the left" % rid)
        if s["end"] < len(text) and text[s["end"]].isalnum():
            errors.append("%s: span touches on the right" % rid)
        if "\n" in v["text"]:
            errors.append("%s: value across lines" % rid)
        check_value(v, rec, errors)
    blank = list(text)
    for s in spans:
        blank[s["start"] : s["end"]] = "~" * (s["end"] - s["start"])
    blank = "".join(blank)
    for reg in screen_regions(rec):
        for m in pn.PhoneNumberMatcher(blank, reg, leniency=pn.Leniency.VALID):
            errors.append("%s: unlabelled phone %r (%s)" % (rid, m.raw_string, reg))
    for hit in guard_hits(blank):
        errors.append("%s: unlabelled %s" % (rid, hit))


def main(argv):
    rec_path, val_path = argv[:2] if len(argv) >= 2 else (RECORDS, VALUES)
    with open(rec_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    with open(val_path, encoding="utf-8") as fh:
        vals = [json.loads(line)["values"] for line in fh]
    errors = []
    if len(recs) != len(vals):
        errors.append("line counts differ")
    if len({r["id"] for r in recs}) != len(recs):
        errors.append("duplicate ids")
    for rec, vs in zip(recs, vals, strict=False):
        check(rec, vs, errors)
    for e in errors[:50]:
        print(e)
    print("records", len(recs), "errors", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
