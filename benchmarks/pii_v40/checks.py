"""Validates every record and value of the v40 set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from . import compose, screen

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
TRUNK = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def phone_errors(v):
    region, want = v["region"], v["e164"]
    text = v["text"]
    if v["mode"] == "local-announced":
        num = pn.parse(want)
        nsn = pn.national_significant_number(num)
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            return ["area_len differs"]
        text = TRUNK.get(region, "0") + nsn[: v["area_len"]] + text
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException as e:
        return ["does not parse: %s" % e]
    errs = []
    if not pn.is_valid_number(got):
        errs.append("not valid")
    if pn.format_number(got, pn.PhoneNumberFormat.E164) != want:
        errs.append("e164 differs")
    if pn.region_code_for_number(got) != region:
        errs.append("region differs")
    if v["mode"] != "local-announced" and pn.length_of_geographical_area_code(got) != v["area_len"]:
        errs.append("area_len differs")
    return errs


def ssn_ok(t):
    d = re.sub(r"\D", "", t)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def value_errors(v):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        return phone_errors(v)
    if k == "EMAIL":
        return [] if re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", t) else ["bad e-mail"]
    if k == "CREDIT_CARD":
        d = re.sub(r"\D", "", t)
        return [] if 13 <= len(d) <= 19 and luhn.is_valid(d) else ["card fails Luhn"]
    if k == "IBAN":
        return [] if std_iban.is_valid(t) else ["IBAN invalid"]
    if k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return ["bad IP"]
        return []
    return [] if ssn_ok(t) else ["SSN breaks SSA rules"]


def check(records_path, values_path):
    errors = []
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, side in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(side["values"]):
            errors.append("%s: spans and values differ in number" % rid)
            continue
        last = 0
        for s, v in zip(spans, side["values"], strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errors.append("%s: bad span %s" % (rid, s))
                continue
            if s["start"] < last or s["end"] <= s["start"]:
                errors.append("%s: spans unsorted or overlapping" % rid)
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errors.append("%s: offsets do not give the value" % rid)
            if v["mode"] not in MODES[v["kind"]]:
                errors.append("%s: bad mode %s" % (rid, v["mode"]))
            errors += ["%s: %s %r: %s" % (rid, v["kind"], v["text"], e) for e in value_errors(v)]
        if compose.touches(text, spans):
            errors.append("%s: a span touches a letter or digit" % rid)
        if "-neg-" in rid or "-pos-" not in rid:
            if spans:
                errors.append("%s: negative with spans" % rid)
        regions = sorted(
            {rec["locale"][-2:], "US", "GB"}
            if "-neg-" not in rid and "-pos-" not in rid
            else {rec["locale"][-2:]} | {v["region"] for v in side["values"] if v["kind"] == "PHONE"}
        )
        if "-pos-" in rid or "-neg-" in rid:
            loc = rec["locale"]
            for key, nat in compose.NATREG.items():
                if key == loc:
                    regions = sorted(set(regions) | {nat})
        if not screen.doc_ok(text, spans, regions):
            errors.append("%s: masked document still holds something PII-like" % rid)
    return errors, len(recs)


def main():
    rp = sys.argv[1] if len(sys.argv) > 1 else ROOT / "tests" / "data" / "pii_heldout_v40.jsonl"
    vp = sys.argv[2] if len(sys.argv) > 2 else ROOT / "tests" / "data" / "pii_heldout_v40_values.jsonl"
    errors, n = check(rp, vp)
    for e in errors[:50]:
        print(e)
    print("%d records, %d errors" % (n, len(errors)))
    raise SystemExit(1 if errors else 0)


if __name__ == "__main__":
    main()
