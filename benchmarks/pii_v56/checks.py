"""Validate every record and value of the v56 set; prints the errors and exits 1 when there are any."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs, numbers, values
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
EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def check_phone(v):
    errs = []
    region, text = v["region"], v["text"]
    if v["mode"] == "local-announced":
        nsn = v["e164"][1 + len(str(pn.country_code_for_region(region))) :]
        area = nsn[: v["area_len"] or 0]
        if not area:
            return ["local phone without area_len"]
        text = numbers.put_back(region, area, text)
    elif v["area_len"] is not None:
        errs.append("area_len set on a non-local phone")
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException as e:
        return [f"does not parse: {e}"]
    if not pn.is_valid_number(num):
        errs.append("not valid")
    if numbers.e164(num) != v["e164"]:
        errs.append(f"parses to {numbers.e164(num)}")
    if pn.region_code_for_number(num) != region:
        errs.append("region differs")
    if v["mode"] == "local-announced":
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            errs.append("area_len differs from phonenumbers")
        if pn.number_type(num) not in numbers.FIXED:
            errs.append("local phone not a fixed line")
    if v["mode"] == "international" and "+" not in v["text"][:2]:
        errs.append("international without +")
    if v["mode"] in ("national", "other", "local-announced") and (
        "+" in v["text"] or v["text"].startswith("00")
    ):
        errs.append("national form with a prefix")
    if v["mode"] == "other" and pn.number_type(num) not in numbers.OTHER:
        errs.append("other is not toll-free/shared-cost/UAN")
    return errs


def check_value(v):
    k, t = v["kind"], v["text"]
    if k not in KINDS or v.get("mode") not in MODES[k]:
        return ["bad kind or mode"]
    if k == "PHONE":
        return check_phone(v)
    if k == "EMAIL":
        return [] if EMAIL.match(t) else ["bad e-mail"]
    if k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        return [] if d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d) else ["card fails Luhn"]
    if k == "IBAN":
        return [] if std_iban.is_valid(t) else ["IBAN fails mod 97"]
    if k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return ["bad IP"]
        return []
    if k == "US_SSN":
        return [] if values.ssn_ok(t) else ["SSN breaks SSA rules"]
    return []


def lang_of(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return compose.LOCALES[rec["locale"]][0]


def check(records_path=RECORDS, values_path=VALUES):
    errors = []
    with open(records_path, encoding="utf-8") as fh:
        records = [json.loads(x) for x in fh]
    with open(values_path, encoding="utf-8") as fh:
        sidecar = [json.loads(x) for x in fh]
    if len(records) != len(sidecar):
        errors.append("records and sidecar differ in length")
    ids = set()
    for rec, side in zip(records, sidecar, strict=False):
        rid, text, spans, vals = rec["id"], rec["text"], rec["spans"], side["values"]
        if (
            set(rec) != {"id", "locale", "text", "spans"}
            or rid in ids
            or rec["locale"] not in compose.LOCALES
        ):
            errors.append(f"{rid}: bad record keys, id or locale")
        ids.add(rid)
        if len(spans) != len(vals):
            errors.append(f"{rid}: {len(spans)} spans, {len(vals)} values")
            continue
        prev = 0
        for s, v in zip(spans, vals, strict=True):
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                errors.append(f"{rid}: span not an object")
                continue
            if s["start"] < prev or s["end"] <= s["start"] or s["end"] > len(text):
                errors.append(f"{rid}: span order/overlap/bounds")
            prev = s["end"]
            if s["kind"] != v["kind"] or text[s["start"] : s["end"]] != v["text"]:
                errors.append(f"{rid}: span and value differ")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errors.append(f"{rid}: span touches a letter or digit before")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append(f"{rid}: span touches a letter or digit after")
            if v["text"] != v["text"].strip():
                errors.append(f"{rid}: span has outer whitespace")
            errors += [f"{rid}: {v['text']!r}: {e}" for e in check_value(v)]
        if "-neg-" in rid and spans:
            errors.append(f"{rid}: negative with spans")
        regions = compose.screen_regions(rec["locale"], lang_of(rec))
        if negs.doc_dirty(text, spans, regions):
            errors.append(f"{rid}: unlabelled PII-like text (screen)")
    return errors, len(records)


def main(argv):
    errors, n = check(*argv[:2]) if argv else check()
    for e in errors[:200]:
        print(e)
    print(f"{n} records checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
