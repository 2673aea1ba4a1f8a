"""Validates v45's records and sidecar: offsets, order, boundaries, every value, and the negative screens."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as stdiban

from . import numbers as nb
from . import screens
from .others import luhn_ok, ssn_ok

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v45.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v45_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def lang_region(rec):
    lang, reg = rec["locale"].split("_")
    if "-hi-" in rec["id"]:
        lang = "hi"
    return lang, reg


def check_phone(v):
    errs = []
    region, e164 = v.get("region"), v.get("e164")
    if region is None or e164 is None or "area_len" not in v:
        return ["phone value lacks region/e164/area_len"]
    num = phonenumbers.parse(e164, None)
    if not phonenumbers.is_valid_number(num):
        errs.append("e164 not valid")
    if phonenumbers.region_code_for_number(num) != region and region != "US":
        errs.append("region mismatch")
    t = phonenumbers.number_type(num)
    if v["mode"] == "local-announced":
        al = v["area_len"]
        if region not in nb.LOCAL_REGIONS or not isinstance(al, int):
            return errs + ["bad local value"]
        if phonenumbers.length_of_geographical_area_code(num) != al:
            errs.append("area_len differs from phonenumbers")
        area = nb.nsn(num)[:al]
        if not nb.parses_to(nb.local_back(v["text"], region, area), region, num):
            errs.append("local form does not parse back")
        if v["text"].startswith("+") or t not in (
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            errs.append("local not a fixed line")
        return errs
    if v["area_len"] is not None:
        errs.append("area_len must be null")
    if not nb.parses_to(v["text"], region, num):
        errs.append("text does not parse back to e164")
    if v["mode"] == "international" and not v["text"].startswith("+"):
        errs.append("international without +")
    if v["mode"] == "national" and v["text"].startswith("+"):
        errs.append("national with +")
    if v["mode"] == "other" and t not in nb.SERVICE_TYPES:
        errs.append("service number of type %s" % t)
    if v["text"].startswith("00"):
        errs.append("00 prefix")
    return errs


def check_value(v):
    k, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        return ["bad mode %r for %s" % (v.get("mode"), k)]
    if k == "PHONE":
        return check_phone(v)
    if k == "EMAIL":
        return [] if EMAIL_RE.match(text) else ["bad email"]
    if k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        return [] if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) else ["bad card"]
    if k == "IBAN":
        return [] if stdiban.is_valid(text) else ["bad IBAN"]
    if k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(text)
        except ValueError:
            return ["bad IP"]
        want = {
            "v4": a.version == 4 and a.is_global,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6,
        }[v["mode"]]
        return [] if want else ["IP mode mismatch"]
    if k == "US_SSN":
        return [] if ssn_ok(text) else ["bad SSN"]
    return ["unknown kind"]


def check(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in Path(records_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(values_path).read_text(encoding="utf-8").splitlines()]
    errors = []
    if len(recs) != len(vals):
        errors.append("line counts differ: %d vs %d" % (len(recs), len(vals)))
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans, values = rec["id"], rec["text"], rec["spans"], val["values"]
        if set(rec) != {"id", "locale", "text", "spans"}:
            errors.append("%s: record keys" % rid)
        if len(spans) != len(values):
            errors.append("%s: %d spans, %d values" % (rid, len(spans), len(values)))
            continue
        prev = 0
        for s, v in zip(spans, values, strict=True):
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                errors.append("%s: span is not {kind,start,end}" % rid)
                continue
            if s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errors.append("%s: kind" % rid)
            if not (prev <= s["start"] < s["end"] <= len(text)):
                errors.append("%s: offsets or order" % rid)
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errors.append("%s: span text differs from value" % rid)
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append("%s: span touches a letter or digit" % rid)
            if "\n" in v["text"]:
                errors.append("%s: value across lines" % rid)
            errors += ["%s: %s (%s)" % (rid, e, v["text"]) for e in check_value(v)]
        lang, reg = lang_region(rec)
        regions = sorted(set(screens.LANG_REGIONS[lang] + [reg]))
        dirty = screens.doc_dirty(text, spans, regions)
        if dirty:
            errors.append("%s: unlabelled %s" % (rid, dirty))
    return recs, vals, errors


def main(argv):
    recs, vals, errors = check(*argv[:2])
    for e in errors[:50]:
        print(e)
    print(
        "records: %d, values: %d, errors: %d" % (len(recs), sum(len(v["values"]) for v in vals), len(errors))
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
