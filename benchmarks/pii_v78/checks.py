"""Validate every record and value of the v78 set; prints the errors and their count (0 expected)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import compose, negs
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
OTHER_TYPES = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def regions_for(rec):
    lang, own, nat = compose.LOCALES[rec["locale"]]
    if "-hi-" in rec["id"]:
        lang = "hi"
    return tuple(dict.fromkeys([own, nat, compose.HOME[lang]]))


def check_phone(v, errs, where):
    text, region, want = v["text"], v["region"], v["e164"]
    num = pn.parse(want)
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        errs.append("%s: e164 not valid for region %r" % (where, v))
        return
    if v["mode"] == "local-announced":
        al = v["area_len"]
        nsn = pn.national_significant_number(num)
        if al is None or al != pn.length_of_geographical_area_code(num):
            errs.append("%s: area_len %r" % (where, v))
            return
        if re.sub(r"\D", "", text) != nsn[al:]:
            errs.append("%s: subscriber part %r" % (where, v))
        trunk = "" if region in ("US", "BR") else "0"
        full = trunk + nsn[:al] + " " + text
        try:
            ok = pn.format_number(pn.parse(full, region), pn.PhoneNumberFormat.E164) == want
        except pn.NumberParseException:
            ok = False
        if not ok:
            errs.append("%s: local form does not put back %r" % (where, v))
        return
    if v["area_len"] is not None:
        errs.append("%s: area_len must be null %r" % (where, v))
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        errs.append("%s: does not parse %r" % (where, v))
        return
    if not pn.is_valid_number(got) or pn.format_number(got, pn.PhoneNumberFormat.E164) != want:
        errs.append("%s: parses to another number %r" % (where, v))
    if (v["mode"] == "international") != text.startswith("+"):
        errs.append("%s: international mode and '+' disagree %r" % (where, v))
    if v["mode"] == "other" and pn.number_type(got) not in OTHER_TYPES:
        errs.append("%s: 'other' is not toll-free/shared-cost/UAN %r" % (where, v))


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "EMAIL" and not EMAIL_RE.match(t):
        errs.append("%s: e-mail %r" % (where, t))
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append("%s: card %r" % (where, t))
    elif k == "IBAN" and not stdiban.is_valid(t):
        errs.append("%s: IBAN %r" % (where, t))
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            mode = "v6" if a.version == 6 else ("v4-private" if a.is_private else "v4")
            if mode != v["mode"] or (mode != "v4-private" and not a.is_global):
                errs.append("%s: IP mode %r" % (where, v))
        except ValueError:
            errs.append("%s: IP %r" % (where, t))
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append("%s: SSN %r" % (where, t))


def check(records, vals):
    errs = []
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(vals, encoding="utf-8") as f:
        vs = [json.loads(line) for line in f]
    if len(recs) != len(vs):
        errs.append("line counts differ")
    ids = set()
    for i, (rec, side) in enumerate(zip(recs, vs, strict=False)):
        where = "%d %s" % (i, rec.get("id"))
        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            errs.append("%s: keys or duplicate id" % where)
        ids.add(rec["id"])
        text, spans, values = rec["text"], rec["spans"], side["values"]
        if len(spans) != len(values):
            errs.append("%s: spans and values differ in number" % where)
            continue
        prev = 0
        for s, v in zip(spans, values, strict=True):
            if not isinstance(s, dict) or list(s) != ["kind", "start", "end"]:
                errs.append("%s: span must be an object kind/start/end" % where)
                continue
            if s["kind"] not in KINDS or s["kind"] != v["kind"] or v["mode"] not in MODES[s["kind"]]:
                errs.append("%s: kind/mode %r %r" % (where, s, v))
            if not (prev <= s["start"] < s["end"] <= len(text)):
                errs.append("%s: offsets, sort or overlap %r" % (where, s))
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: span text %r != %r" % (where, text[s["start"] : s["end"]], v["text"]))
            if (s["start"] > 0 and text[s["start"] - 1].isalnum()) or (
                s["end"] < len(text) and text[s["end"]].isalnum()
            ):
                errs.append("%s: span touches a letter or digit %r" % (where, v["text"]))
            check_value(v, errs, where)
        regions = regions_for(rec)
        blanked = compose.blank(text, spans)
        hits = negs.phone_hits(blanked, regions) + negs.guard_hits(blanked)
        if hits:
            errs.append("%s: unlabelled hits %r" % (where, hits))
    return errs


def main(argv):
    errs = check(argv[1] if len(argv) > 1 else RECORDS, argv[2] if len(argv) > 2 else VALUES)
    for e in errs[:200]:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
