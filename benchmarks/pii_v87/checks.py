"""Validate every v87 record and value; prints the errors and exits 1 when there are any."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from . import negs
from . import numbers as N
from .build import LOCALES, regions_of
from .corpus import LANG_REGIONS
from .make_heldout_set import OUT

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
FREE = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def check_phone(v):
    errs = []
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append("e164 invalid or other region")
    if v["mode"] == "local-announced":
        area_len = v["area_len"]
        if not area_len or pn.length_of_geographical_area_code(num) != area_len:
            errs.append("area_len")
        area = pn.national_significant_number(num)[: area_len or 0]
        if not N.parses_to(v["text"], v["region"], v["e164"], area):
            errs.append("local form does not parse back")
        if "".join(N.groups(v["text"])) != pn.national_significant_number(num)[area_len or 0 :]:
            errs.append("local text is not the subscriber part")
    else:
        if v["area_len"] is not None:
            errs.append("area_len not null")
        if not N.parses_to(v["text"], v["region"], v["e164"]):
            errs.append("does not parse back")
    if v["mode"] == "other" and pn.number_type(num) not in FREE:
        errs.append("other but not toll-free/shared-cost/UAN")
    return errs


def check_value(v):
    t = v["text"]
    if v["kind"] == "PHONE":
        return check_phone(v)
    if v["kind"] == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        return [] if d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d) else ["card"]
    if v["kind"] == "IBAN":
        return [] if std_iban.is_valid(t) else ["iban"]
    if v["kind"] == "US_SSN":
        d = t.replace(" ", "").replace("-", "")
        area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
        bad = len(d) != 9 or area in (0, 666) or area >= 900 or group == 0 or serial == 0
        return ["ssn"] if bad else []
    if v["kind"] == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return ["ip"]
        return []
    if v["kind"] == "EMAIL":
        return [] if negs.guard_hits(t) == ["email"] or "email" in negs.guard_hits(t) else ["email"]
    return ["kind"]


def doc_regions(rec):
    if rec["id"].startswith(("math500-", "amc23-", "hatecheck-", "mhc-")):
        return LANG_REGIONS[rec["locale"]]
    lang = "hi" if "-hi-" in rec["id"] else None
    return regions_of(rec["locale"], lang)


def check(rec_path, val_path):
    errors = []
    recs = [json.loads(line) for line in open(rec_path, encoding="utf-8")]
    vals = [json.loads(line)["values"] for line in open(val_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, values in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or (rec["locale"] not in LOCALES):
            errors.append(f"{rid}: record keys or locale")
        if len(spans) != len(values):
            errors.append(f"{rid}: spans and values differ in number")
        end = 0
        for s, v in zip(spans, values, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS:
                errors.append(f"{rid}: span shape")
                continue
            if s["start"] < end or s["start"] >= s["end"] or s["end"] > len(text):
                errors.append(f"{rid}: span order/overlap/range")
            end = s["end"]
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                errors.append(f"{rid}: span touches a letter or digit")
            if text[s["start"] : s["end"]] != v["text"] or v["kind"] != s["kind"]:
                errors.append(f"{rid}: value text/kind differs from span")
            if v["mode"] not in MODES[v["kind"]]:
                errors.append(f"{rid}: mode {v['mode']}")
            errors += [f"{rid}: {v['text']}: {e}" for e in check_value(v)]
        blank = text
        for s in spans:
            blank = blank[: s["start"]] + "X" * (s["end"] - s["start"]) + blank[s["end"] :]
        regions = doc_regions(rec)
        if negs.guard_hits(blank) or negs.phone_hits(blank, regions):
            errors.append(f"{rid}: unlabelled hit {negs.guard_hits(blank)} {negs.phone_hits(blank, regions)}")
    return errors


def main(argv):
    rec_path, val_path = argv[1:3] if len(argv) >= 3 else OUT
    errors = check(rec_path, val_path)
    for e in errors[:200]:
        print(e)
    print(f"checks: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
