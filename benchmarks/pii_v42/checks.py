"""Validate the v42 records and values: offsets, order, kinds, phones, cards, IBANs, SSNs, IPs, negatives."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as stdiban
from stdnum import luhn

from . import screen
from .compose import LOCALES

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
REGION = {row[0]: (row[2], row[3]) for row in LOCALES}
NO_TRUNK = {"US", "BR"}


def check_phone(v):
    errs = []
    want = v["e164"]
    if v["mode"] == "local-announced":
        num = pn.parse(want)
        nsn = pn.national_significant_number(num)
        area = nsn[: v["area_len"]]
        digits = re.sub(r"\D", "", v["text"])
        if nsn[v["area_len"] :] != digits:
            errs.append("local digits")
        full = area + digits if v["region"] in NO_TRUNK else "0" + area + digits
        back = pn.parse(full, v["region"])
        if pn.format_number(back, pn.PhoneNumberFormat.E164) != want or not pn.is_valid_number(back):
            errs.append("local put back")
        if pn.length_of_geographical_area_code(back) != v["area_len"]:
            errs.append("area_len")
        return errs
    try:
        back = pn.parse(v["text"], v["region"])
    except pn.NumberParseException:
        return ["phone parse"]
    if not pn.is_valid_number(back) or pn.format_number(back, pn.PhoneNumberFormat.E164) != want:
        errs.append("phone e164")
    if pn.region_code_for_number(back) != v["region"]:
        errs.append("phone region")
    if pn.length_of_geographical_area_code(back) != v["area_len"]:
        errs.append("area_len")
    return errs


def check_value(v):
    k, t = v["kind"], v["text"]
    if k not in KINDS or v["mode"] not in MODES[k]:
        return ["kind/mode"]
    if k == "PHONE":
        return check_phone(v)
    if k == "CREDIT_CARD":
        d = re.sub(r"\D", "", t)
        return [] if 13 <= len(d) <= 19 and luhn.is_valid(d) else ["luhn"]
    if k == "IBAN":
        return [] if stdiban.is_valid(t) else ["iban"]
    if k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m:
            return ["ssn format"]
        a, g, s = m.groups()
        bad = a in ("000", "666") or a >= "900" or g == "00" or s == "0000"
        return ["ssn rules"] if bad else []
    if k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            return ["ip"]
        ok = {
            "v4": ip.version == 4 and ip.is_global,
            "v4-private": ip.version == 4 and ip.is_private,
            "v6": ip.version == 6,
        }[v["mode"]]
        return [] if ok else ["ip mode"]
    if k == "EMAIL":
        return [] if screen.EMAIL_RE.fullmatch(t) else ["email"]
    return []


def check(records_path, values_path):
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    errors = []
    if len(recs) != len(vals):
        errors.append(("file", "line counts differ"))
    ids = set()
    for rec, side in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append((rid, "duplicate id"))
        ids.add(rid)
        if len(spans) != len(side["values"]):
            errors.append((rid, "span/value count"))
            continue
        prev = 0
        for s, v in zip(spans, side["values"], strict=True):
            if set(s) != {"kind", "start", "end"} or s["start"] < prev or s["end"] <= s["start"]:
                errors.append((rid, "span order/shape"))
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"] or s["kind"] != v["kind"]:
                errors.append((rid, "offset"))
            if screen.touches(text, s):
                errors.append((rid, "touches"))
            errors += [(rid, e) for e in check_value(v)]
        loc = rec["locale"]
        if "-pos-" in rid or "-neg-" in rid:
            is_hi = bool(re.search("[\u0900-\u097f]", text))
            own, borrow = REGION["hi" if is_hi else loc]
            regions = sorted(
                {own, borrow or own} | {v["region"] for v in side["values"] if v["kind"] == "PHONE"}
            )
            if not screen.doc_ok(text, spans, regions):
                errors.append((rid, "masked document flagged"))
            if "-neg-" in rid and spans:
                errors.append((rid, "negative with spans"))
        elif spans:
            errors.append((rid, "corpus with spans"))
    return errors


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rp = argv[0] if argv else ROOT / "tests/data/pii_heldout_v42.jsonl"
    vp = argv[1] if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v42_values.jsonl"
    errors = check(rp, vp)
    for e in errors[:50]:
        print(*e)
    print(f"checks: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
