"""Validate every record and value of the v81 set (offsets, order, PII checks, hard-negative screens)."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, values
from .negs import _luhn_ok

RECORDS = "tests/data/pii_heldout_v81.jsonl"
VALUES = "tests/data/pii_heldout_v81_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_value(v):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        num = pn.parse(v["e164"])
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
            return "e164 not valid for region"
        if v["mode"] == "local-announced":
            n = v["area_len"]
            area = pn.national_significant_number(num)[:n]
            if n != pn.length_of_geographical_area_code(num):
                return "area_len differs from phonenumbers"
            probe = (
                f"({area}) {t}"
                if v["region"] == "BR"
                else ("" if v["region"] == "US" else "0") + area + " " + t
            )
        else:
            if v["area_len"] is not None:
                return "area_len set on a non-local phone"
            probe = t
        back = pn.parse(probe, v["region"])
        if not pn.is_valid_number(back) or pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"]:
            return "does not parse back"
        if v["mode"] == "international" and not t.startswith("+"):
            return "international without +"
        if v["mode"] == "other" and pn.number_type(num) not in {
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        }:
            return "other is not toll-free/shared-cost/UAN"
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d)):
            return "card fails Luhn"
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            return "IBAN invalid"
    elif k == "US_SSN":
        if not values.ssn_ok(t):
            return "SSN breaks SSA rules"
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = "v6" if a.version == 6 else ("v4-private" if a.is_private else "v4")
        if want != v["mode"]:
            return "IP mode"
    elif k == "EMAIL":
        if t.count("@") != 1 or "." not in t.split("@")[1]:
            return "e-mail shape"
    return None


def check(records_path=RECORDS, values_path=VALUES):
    errors = []
    with open(records_path, encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    with open(values_path, encoding="utf-8") as fh:
        vals = [json.loads(x)["values"] for x in fh]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errors.append(f"{rid}: keys or span/value count")
            continue
        prev = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errors.append(f"{rid}: span shape")
                continue
            if s["start"] < prev or s["end"] <= s["start"]:
                errors.append(f"{rid}: unsorted or overlapping")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errors.append(f"{rid}: offsets do not match value")
            left = text[s["start"] - 1] if s["start"] else " "
            right = text[s["end"]] if s["end"] < len(text) else " "
            if left.isalnum() or right.isalnum() or "\n" in v["text"]:
                errors.append(f"{rid}: span touches a letter or digit")
            if v["mode"] not in MODES[v["kind"]]:
                errors.append(f"{rid}: mode {v['mode']}")
            try:
                err = check_value(v)
            except Exception as exc:  # noqa: BLE001
                err = repr(exc)
            if err:
                errors.append(f"{rid}: {v['text']!r}: {err}")
        lang = "hi" if "-hi-" in rid else None
        if "-pos-" in rid or "-neg-" in rid:
            lang = lang or compose.LOCALES[rec["locale"]][0]
            if compose.doc_dirty(text, spans, rec["locale"], lang):
                errors.append(f"{rid}: unlabelled PII-like text after blanking spans")
    return errors


def main(argv):
    errors = check(*argv[:2]) if argv else check()
    for e in errors[:50]:
        print(e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
