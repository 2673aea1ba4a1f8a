"""Validates every record and value of the v101 set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import re
import sys

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

from . import compose, negs, numbers

RECORDS = "tests/data/pii_heldout_v101.jsonl"
VALUES = "tests/data/pii_heldout_v101_values.jsonl"
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def _regions(rec):
    locale = "hi" if "-hi-" in rec["id"] else rec["locale"]
    lang, own, nat = compose.LOCALES[locale]
    return sorted({own, nat, compose.HOME[lang], "US"})


def check_phone(v):
    num = phonenumbers.parse(v["e164"])
    if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != v["region"]:
        return "e164 not a valid number of its region"
    if v["mode"] == "local-announced":
        n = v["area_len"]
        if not isinstance(n, int) or phonenumbers.length_of_geographical_area_code(num) != n:
            return "area_len does not match phonenumbers"
        area = phonenumbers.national_significant_number(num)[:n]
        got = numbers.put_back(v["text"], v["region"], area)
        if numbers.e164(got) != v["e164"] or not phonenumbers.is_valid_number(got):
            return "local form does not put back"
        if phonenumbers.number_type(num) not in numbers.FIXED:
            return "local number not fixed line"
        return None
    if v["area_len"] is not None:
        return "area_len set on non-local phone"
    if not numbers.parses_to(v["text"], v["region"], num):
        return "text does not parse back to e164"
    if v["mode"] == "other" and phonenumbers.number_type(num) not in numbers.OTHER:
        return "'other' phone is not toll-free, shared-cost or UAN"
    return None


def check_value(v):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES.get(k, ()):
        return f"bad mode {v['mode']}"
    if k == "PHONE":
        return check_phone(v)
    if k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d) else "card fails Luhn"
    if k == "IBAN":
        return None if std_iban.is_valid(t) else "IBAN invalid"
    if k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m:
            return "SSN shape"
        a, g, s = (int(x) for x in m.groups())
        return None if 0 < a < 900 and a != 666 and g > 0 and s > 0 else "SSN breaks SSA rules"
    if k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            return "IP invalid"
        want = {
            "v4": ip.version == 4 and ip.is_global,
            "v4-private": ip.version == 4 and ip.is_private,
            "v6": ip.version == 6,
        }
        return None if want[v["mode"]] else "IP mode mismatch"
    if k == "EMAIL":
        return None if EMAIL_RE.match(t) else "e-mail shape"
    return "unknown kind"


def check(records_path=RECORDS, values_path=VALUES):
    errors = []
    with open(records_path, encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    with open(values_path, encoding="utf-8") as fh:
        vals = [json.loads(x)["values"] for x in fh]
    if len(recs) != len(vals):
        errors.append("records and values differ in length")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errors.append(f"{rid}: bad keys or duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errors.append(f"{rid}: {len(spans)} spans, {len(vs)} values")
            continue
        end = 0
        for s, v in zip(spans, vs, strict=True):
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                errors.append(f"{rid}: span is not an object with kind/start/end")
                continue
            if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
                errors.append(f"{rid}: span out of order, overlapping or out of range")
            end = s["end"]
            if compose.touches(text, s):
                errors.append(f"{rid}: span touches a letter or digit")
            if text[s["start"] : s["end"]] != v["text"] or s["kind"] != v["kind"]:
                errors.append(f"{rid}: value text or kind differs from span")
            if "\n" in v["text"]:
                errors.append(f"{rid}: value split across lines")
            err = check_value(v)
            if err:
                errors.append(f"{rid}: {v['text']!r}: {err}")
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(blank)
        hits = negs.phone_hits(blank, _regions(rec)) + negs.guard_hits(blank)
        if hits:
            errors.append(f"{rid}: unlabelled text flagged: {hits}")
    return errors


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    errors = check(*argv) if argv else check()
    for e in errors:
        print(e)
    print(f"checks: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
