"""Validate the v79 set: offsets, order, edges, every value, and the hard-negative screen."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban

from . import compose, corpus, negs
from . import numbers as N

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v79.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v79_values.jsonl"
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def regions_for(rec):
    if rec["spans"] == [] and not re.search(r"-(pos|neg)-", rec["id"]):
        return corpus.REGIONS[rec["locale"]]
    loc = "hi" if "-hi-" in rec["id"] else rec["locale"]
    lang, own, nat, _ = compose.LOCALES[loc]
    return sorted({own, nat, *compose.HOME[lang]})


def check_phone(v, errors, where):
    region, mode, text = v["region"], v["mode"], v["text"]
    if mode == "local-announced":
        num = phonenumbers.parse(v["e164"])
        nsn = phonenumbers.national_significant_number(num)
        alen = v["area_len"]
        if not alen or alen != phonenumbers.length_of_geographical_area_code(num):
            errors.append(where + " area_len")
            return
        if "".join(c for c in text if c.isdigit()) != nsn[alen:]:
            errors.append(where + " subscriber digits")
        back = N.put_back(region, nsn[:alen], text)
    else:
        if v["area_len"] is not None:
            errors.append(where + " area_len not null")
        back = phonenumbers.parse(text, region)
        if mode == "international" and not text.startswith("+"):
            errors.append(where + " international without +")
        if mode != "international" and "+" in text:
            errors.append(where + " + in a national form")
    if not phonenumbers.is_valid_number(back) or phonenumbers.format_number(back, 0) != v["e164"]:
        errors.append(where + " does not parse back: %r" % text)
    if phonenumbers.region_code_for_number(back) != region:
        errors.append(where + " region")
    if mode == "other" and phonenumbers.number_type(back) not in N.OTHER:
        errors.append(where + " 'other' of wrong type")


def ssn_ok(text):
    m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def check_value(v, errors, where):
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        errors.append(where + " mode %r" % v.get("mode"))
    if kind == "PHONE":
        check_phone(v, errors, where)
    elif kind == "EMAIL":
        if not EMAIL.match(text) or (v["mode"] == "role") != (text.split("@")[0] in compose.ROLES):
            errors.append(where + " e-mail")
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        if not digits.isdigit() or not 13 <= len(digits) <= 19 or not negs.luhn(digits):
            errors.append(where + " card")
    elif kind == "IBAN":
        s = text.replace(" ", "")
        if not std_iban.is_valid(s) or int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
            errors.append(where + " iban")
    elif kind == "IP_ADDRESS":
        addr = ipaddress.ip_address(text)
        want = {
            "v4": lambda a: a.version == 4 and a.is_global,
            "v4-private": lambda a: a.version == 4 and a.is_private,
            "v6": lambda a: a.version == 6 and a.is_global,
        }[v["mode"]]
        if not want(addr):
            errors.append(where + " ip")
    elif kind == "US_SSN":
        if not ssn_ok(text):
            errors.append(where + " ssn")
    else:
        errors.append(where + " kind %r" % kind)


def check(records, values):
    errors = []
    if len(records) != len(values):
        errors.append("line counts differ")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for rec, val in zip(records, values, strict=False):
        text, spans, vals = rec["text"], rec["spans"], val["values"]
        where = rec["id"]
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vals):
            errors.append(where + " keys or span count")
            continue
        end = 0
        for i, (s, v) in enumerate(zip(spans, vals, strict=True)):
            w = "%s[%d]" % (where, i)
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                errors.append(w + " span shape")
                continue
            if s["start"] < end or s["start"] >= s["end"] or s["end"] > len(text):
                errors.append(w + " order/overlap")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"] or s["kind"] != v["kind"]:
                errors.append(w + " text/kind mismatch")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errors.append(w + " touches on the left")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append(w + " touches on the right")
            check_value(v, errors, w)
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        hits = negs.doc_dirty("".join(blank), regions_for(rec))
        if hits:
            errors.append(where + " screen: %s" % hits[:3])
    return errors


def main(argv):
    rp = Path(argv[0]) if argv else RECORDS
    vp = Path(argv[1]) if len(argv) > 1 else VALUES
    records = [json.loads(x) for x in rp.read_text(encoding="utf-8").splitlines()]
    values = [json.loads(x) for x in vp.read_text(encoding="utf-8").splitlines()]
    errors = check(records, values)
    for e in errors[:50]:
        print(e)
    print("records:", len(records), "errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
