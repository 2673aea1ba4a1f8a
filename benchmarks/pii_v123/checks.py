"""Validates every record and value of the v123 set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as N
from .negs import dirty, luhn
from .values import LANG_HOME, LOCALES

RECORDS = "tests/data/pii_heldout_v123.jsonl"
VALUES = "tests/data/pii_heldout_v123_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_value(v, text, region_of_doc):
    k, t = v["kind"], v["text"]
    digits = "".join(ch for ch in t if ch.isdigit())
    if k == "PHONE":
        reg, e = v["region"], v["e164"]
        if v["mode"] == "local-announced":
            num = pn.parse(e, None)
            a = v["area_len"]
            if a != pn.length_of_geographical_area_code(num):
                return "area_len"
            area = pn.national_significant_number(num)[:a]
            return None if N.parses_to(N.put_back(t, reg, area), reg, e) else "local put back"
        if v["area_len"] is not None:
            return "area_len not null"
        if not N.parses_to(t, reg, e):
            return "parse back"
        if v["mode"] == "other" and pn.number_type(pn.parse(e, None)) not in N.SERVICE_TYPES:
            return "other type"
        return None
    if k == "CREDIT_CARD":
        return None if luhn(digits) and 13 <= len(digits) <= 19 else "luhn"
    if k == "IBAN":
        return None if std_iban.is_valid(t) else "iban"
    if k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            return "ip"
        want = "v6" if a.version == 6 else "v4-private" if a.is_private else "v4"
        return None if want == v["mode"] else "ip mode"
    if k == "US_SSN":
        area, grp, ser = digits[:3], digits[3:5], digits[5:]
        ok = (
            len(digits) == 9
            and area not in ("000", "666")
            and area[0] != "9"
            and grp != "00"
            and ser != "0000"
        )
        return None if ok else "ssn"
    if k == "EMAIL":
        return None if t.count("@") == 1 and "." in t.split("@")[1] else "email"
    return "kind"


def main(argv):
    records = argv[0] if argv else RECORDS
    values = argv[1] if len(argv) > 1 else VALUES
    errors = []
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or rec["locale"] not in LOCALES:
            errors.append(f"{rid}: record keys or locale")
        if len(spans) != len(vs):
            errors.append(f"{rid}: spans/values differ")
            continue
        last = 0
        for sp, v in zip(spans, vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errors.append(f"{rid}: span shape")
                continue
            s, e = sp["start"], sp["end"]
            if s < last or e <= s:
                errors.append(f"{rid}: order/overlap")
            last = e
            if text[s:e] != v["text"]:
                errors.append(f"{rid}: text mismatch")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{rid}: span touches a letter or digit")
            if v.get("mode") not in MODES[v["kind"]]:
                errors.append(f"{rid}: mode")
            err = check_value(v, text, rec["locale"])
            if err:
                errors.append(f"{rid}: {err}: {v['text']}")
        lang, own, nat = LOCALES[rec["locale"]]
        lang = "hi" if "-hi-" in rid else lang
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        if dirty(
            "".join(blank),
            sorted({own, nat, LANG_HOME[lang]} if spans or "-neg-" in rid else {LANG_HOME[lang], "US"}),
        ):
            errors.append(f"{rid}: blanked document is dirty")
    for e in errors[:50]:
        print(e)
    print(f"records: {len(recs)}; errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
