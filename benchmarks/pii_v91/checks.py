"""Validates every record and value of v91's set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as nums
from .make_heldout_set import RECORDS, VALUES
from .pii import luhn_ok, ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def check_phone(v):
    errs = []
    region, e164 = v["region"], v["e164"]
    try:
        full = pn.parse(e164, None)
    except pn.NumberParseException:
        return ["e164 does not parse"]
    if not pn.is_valid_number(full) or pn.region_code_for_number(full) != region:
        errs.append(f"e164 not valid for {region}")
    if v["mode"] == "local-announced":
        al = v["area_len"]
        n = pn.national_significant_number(full)
        if not al or pn.length_of_geographical_area_code(full) != al:
            errs.append("area_len differs from phonenumbers")
        back = nums.put_back(region, n[:al], v["text"])
        if back is None or nums.e164(back) != e164 or not pn.is_valid_number(back):
            errs.append("local form does not put back")
        if re.sub(r"\D", "", v["text"]) != n[al:]:
            errs.append("local text is not the subscriber part")
        if pn.number_type(full) not in nums.FIXED:
            errs.append("local number not fixed line")
    else:
        if v["area_len"] is not None:
            errs.append("area_len set on a non-local phone")
        try:
            back = pn.parse(v["text"], region)
        except pn.NumberParseException:
            return errs + ["does not parse"]
        if not pn.is_valid_number(back) or nums.e164(back) != e164:
            errs.append("does not parse back to e164")
        if v["mode"] == "international" and not v["text"].startswith("+"):
            errs.append("international without +")
        if v["mode"] == "other" and pn.number_type(back) not in nums.OTHER:
            errs.append("other is not toll-free/shared-cost/UAN")
    return errs


def check_value(v):
    kind, text = v["kind"], v["text"]
    if kind not in KINDS or v.get("mode") not in MODES.get(kind, ()):
        return ["bad kind or mode"]
    if kind == "PHONE":
        return check_phone(v)
    if kind == "EMAIL":
        return [] if EMAIL.match(text) else ["bad e-mail"]
    if kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        return [] if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) else ["card fails Luhn"]
    if kind == "IBAN":
        return [] if std_iban.is_valid(text) else ["IBAN invalid"]
    if kind == "US_SSN":
        return [] if ssn_ok(text) else ["SSN breaks SSA rules"]
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        return ["bad IP"]
    ok = {
        "v4": a.version == 4 and not a.is_private,
        "v4-private": a.version == 4 and a.is_private,
        "v6": a.version == 6,
    }[v["mode"]]
    return [] if ok else ["IP mode mismatch"]


def check(records, values):
    errors = []
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for i, (r, vl) in enumerate(zip(recs, vals, strict=False)):
        where = f"line {i + 1} ({r.get('id')})"
        if set(r) != {"id", "locale", "text", "spans"} or set(vl) != {"values"}:
            errors.append(f"{where}: keys")
            continue
        if r["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["id"])
        text, spans, vs = r["text"], r["spans"], vl["values"]
        if len(spans) != len(vs):
            errors.append(f"{where}: spans and values differ in number")
            continue
        end = 0
        blank = text
        for s, v in zip(spans, vs, strict=True):
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                errors.append(f"{where}: span not an object")
                continue
            if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
                errors.append(f"{where}: span order, overlap or range")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"] or s["kind"] != v["kind"]:
                errors.append(f"{where}: span text or kind differs from value")
            if (s["start"] > 0 and text[s["start"] - 1].isalnum()) or (
                s["end"] < len(text) and text[s["end"]].isalnum()
            ):
                errors.append(f"{where}: span touches a letter or digit")
            if text[s["start"] : s["end"]] != text[s["start"] : s["end"]].strip():
                errors.append(f"{where}: span has outer whitespace")
            errors += [f"{where}: {v['text']!r}: {e}" for e in check_value(v)]
            blank = blank[: s["start"]] + " " * (s["end"] - s["start"]) + blank[s["end"] :]
        lang = "hi" if "-hi-" in r["id"] else r["locale"][:2]
        regions = negs.regions_for(r["locale"], lang)
        hits = negs.guard_hits(blank) + [h[1] for h in negs.phone_hits(blank, regions)]
        if hits:
            errors.append(f"{where}: unlabelled text flagged by the screen: {hits}")
    return recs, errors


def main(argv):
    records = argv[0] if argv else RECORDS
    values = argv[1] if len(argv) > 1 else VALUES
    recs, errors = check(records, values)
    for e in errors[:200]:
        print(e)
    print(f"{len(recs)} records checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
