"""Re-check the written files: offsets, values, phone validity, region rules and the guards."""

import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers

from .guards import trips, unlabelled
from .iban import mod97_ok
from .locales import LOCALES, SUBSCRIBER_ONLY
from .values import luhn_ok

KINDS = {"PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "IBAN": {"grouped", "compact"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
INTL_ONLY = {"AT", "AU", "BE", "CH", "IE"}


def _digits(s):
    return re.sub(r"\D", "", s)


def _parses_to(text, region, e164):
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.format_number(num, 0) == e164


def check_phone(v, locale):
    errs = []
    num = phonenumbers.parse(v["e164"], None)
    region, text, mode = v["region"], v["text"], v["mode"]
    if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
        errs.append("e164 not valid for region")
    if phonenumbers.length_of_geographical_area_code(num) != v["area_len"]:
        errs.append("area_len")
    nsn = phonenumbers.national_significant_number(num)
    if mode == "international":
        ref = "US" if text.startswith("011") else "DE"
        if not text.startswith(("+", "00", "011")) or not _parses_to(text, ref, v["e164"]):
            errs.append("international does not round-trip")
    elif region in INTL_ONLY:
        errs.append("AT/AU/BE/CH/IE number not written internationally")
    elif region != LOCALES[locale][1]:
        errs.append("local/national number not of the locale's plan")
    elif (
        mode in ("national", "other")
        or _digits(text).lstrip("0") in (nsn, nsn.lstrip("0"))
        and (_parses_to(text, region, v["e164"]))
    ):
        if not _parses_to(text, region, v["e164"]):
            errs.append("national does not round-trip")
    else:
        sub = nsn[v["area_len"] :]
        if region not in SUBSCRIBER_ONLY or v["area_len"] <= 0 or _digits(text) != sub or sub[0] in "01":
            errs.append("bad subscriber-only number")
    return errs


def check_value(v, locale):
    kind, text = v["kind"], v["text"]
    if v["mode"] not in MODES[kind]:
        return ["mode"]
    if kind == "PHONE":
        return check_phone(v, locale)
    ok = True
    if kind == "EMAIL":
        ok = re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", text) is not None
    elif kind == "CREDIT_CARD":
        ok = 13 <= len(_digits(text)) <= 19 and luhn_ok(_digits(text))
    elif kind == "IBAN":
        ok = mod97_ok(text) and (" " in text) == (v["mode"] == "grouped")
    elif kind == "US_SSN":
        a, g, s = (int(x) for x in re.split(r"[- ]", text))
        ok = locale == "en_US" and 0 < a < 900 and a != 666 and g > 0 and s > 0
    elif kind == "IP_ADDRESS":
        ok = ipaddress.ip_address(text).version == int(v["mode"][1])
    return [] if ok else ["invalid " + kind]


def check_record(rec, side):
    errs, text, pos = [], rec["text"], 0
    if len(rec["spans"]) != len(side["values"]):
        return ["span/value count"]
    for s, v in zip(rec["spans"], side["values"], strict=True):
        if s["start"] < pos or s["end"] <= s["start"]:
            errs.append("spans unsorted or overlapping")
        pos = s["end"]
        if s["kind"] != v["kind"] or s["kind"] not in KINDS or text[s["start"] : s["end"]] != v["text"]:
            errs.append("offset/kind mismatch at %d" % s["start"])
            continue
        errs += check_value(v, rec["locale"])
    bad = trips(unlabelled(text, rec["spans"]))
    if bad:
        errs.append("guard tripped by %r" % bad)
    return errs


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main(argv=None):
    from .make_heldout_set import RECORDS, VALUES

    argv = sys.argv[1:] if argv is None else argv
    recs = load(argv[0] if argv else RECORDS)
    side = load(argv[1] if len(argv) > 1 else VALUES)
    problems = Counter()
    if len(recs) != len(side):
        problems["records and sidecar differ in length"] += 1
    if len({r["id"] for r in recs}) != len(recs):
        problems["duplicate ids"] += 1
    for rec, sv in zip(recs, side, strict=False):
        for e in check_record(rec, sv):
            problems[e] += 1
            if problems[e] <= 3:
                print("  %s: %s" % (rec["id"], e))
    nvals = sum(len(s["values"]) for s in side)
    print("checked %d records, %d values: %s" % (len(recs), nvals, "OK" if not problems else dict(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
