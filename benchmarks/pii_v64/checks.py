"""Validates the v64 records and sidecar: 0 errors expected."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as N
from .compose import HOME, LOCALES, screen
from .corpus import HOMES
from .make_heldout_set import RECORDS, VALUES
from .negs import luhn

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def check_phone(v):
    errs = []
    region, want = v["region"], v["e164"]
    if v["mode"] == "local-announced":
        n0 = pn.parse(want)
        nsn = pn.national_significant_number(n0)
        sub = re.sub(r"\D", "", v["text"])
        area = nsn[: len(nsn) - len(sub)]
        if not nsn.endswith(sub) or len(area) != v["area_len"]:
            errs.append("local digits")
        if pn.length_of_geographical_area_code(n0) != v["area_len"]:
            errs.append("area_len")
        n = N.put_back(region, area, v["text"])
    else:
        if v["area_len"] is not None:
            errs.append("area_len not null")
        n = pn.parse(v["text"], region)
    if not pn.is_valid_number(n) or N.e164(n) != want or pn.region_code_for_number(n) != region:
        errs.append("does not parse back")
    if v["mode"] == "other" and pn.number_type(n) not in N.OTHER:
        errs.append("other type")
    return errs


def check_value(v):
    kind, text = v["kind"], v["text"]
    if v["mode"] not in MODES[kind]:
        return ["mode"]
    if kind == "PHONE":
        return check_phone(v)
    if kind == "EMAIL":
        return [] if EMAIL.match(text) else ["email"]
    if kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        return [] if d.isdigit() and 13 <= len(d) <= 19 and luhn(d) else ["card"]
    if kind == "IBAN":
        return [] if std_iban.is_valid(text.replace(" ", "")) else ["iban"]
    if kind == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(text)
        except ValueError:
            return ["ip"]
        ok = {
            "v4": a.version == 4 and a.is_global,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6,
        }[v["mode"]]
        return [] if ok else ["ip mode"]
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
    if not m:
        return ["ssn shape"]
    a, g, s = m.groups()
    bad = a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000"
    return ["ssn rules"] if bad else []


def regions_of(rec):
    loc = rec["locale"]
    if "-pos-" not in rec["id"] and "-neg-" not in rec["id"]:
        return HOMES[loc]
    lang = "hi" if "-hi-" in rec["id"] else LOCALES[loc][0]
    return sorted({LOCALES[loc][1], LOCALES[loc][2], HOME[lang]})


def check(records, sidecar):
    errors = []
    if len(records) != len(sidecar):
        errors.append(("file", "line counts differ"))
    if len({r["id"] for r in records}) != len(records):
        errors.append(("file", "duplicate ids"))
    for rec, side in zip(records, sidecar, strict=False):
        rid, text, spans, vals = rec["id"], rec["text"], rec["spans"], side["values"]
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vals):
            errors.append((rid, "keys or value count"))
            continue
        end = 0
        for s, v in zip(spans, vals, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errors.append((rid, "span keys/kind"))
                continue
            if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
                errors.append((rid, "order/overlap/bounds"))
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errors.append((rid, "text mismatch"))
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errors.append((rid, "touches before"))
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append((rid, "touches after"))
            errors += [(rid, e) for e in check_value(v)]
        if not screen(text, spans, regions_of(rec)):
            errors.append((rid, "dirty outside spans"))
    return errors


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    with open(rec_path, encoding="utf-8") as f:
        records = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        sidecar = [json.loads(x) for x in f]
    errors = check(records, sidecar)
    for e in errors[:50]:
        print(*e)
    print(f"checked {len(records)} records: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
