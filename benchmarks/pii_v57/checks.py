"""Validates the v57 set: offsets, order, overlap, boundaries, every value parsed back, negatives screened."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose as cp
from . import negs
from . import numbers as nb

ROOT = Path(__file__).resolve().parents[2]
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", re.I)


def check_phone(v):
    errs = []
    text = v["text"]
    if v["mode"] == "local-announced":
        area = v["e164"][len(str(pn.country_code_for_region(v["region"]))) + 1 :][: v["area_len"]]
        text = nb.put_back(v["region"], text, area)
    elif v["area_len"] is not None:
        errs.append("area_len on a non-local phone")
    n = pn.parse(text, v["region"])
    if not pn.is_valid_number(n):
        errs.append(f"invalid phone {text}")
    if pn.format_number(n, pn.PhoneNumberFormat.E164) != v["e164"]:
        errs.append(f"e164 mismatch {text} {v['e164']}")
    if v["mode"] == "local-announced" and pn.length_of_geographical_area_code(n) != v["area_len"]:
        errs.append(f"area_len mismatch {text}")
    if (v["mode"] == "other") != (pn.number_type(n) in nb.OTHER):
        errs.append(f"type/mode mismatch {text}")
    if v["mode"] == "international" and not text.startswith(("+", "(+")):
        errs.append(f"international without + {text}")
    return errs


def check_value(v):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        return [f"bad mode {k}/{v['mode']}"]
    if k == "PHONE":
        return check_phone(v)
    if k == "EMAIL":
        return [] if EMAIL.fullmatch(t) else [f"bad email {t}"]
    if k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        return [] if d.isdigit() and 13 <= len(d) <= 19 and negs._luhn(d) else [f"bad card {t}"]
    if k == "IBAN":
        return [] if std_iban.is_valid(t) else [f"bad iban {t}"]
    if k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            return [f"bad ip {t}"]
        ok = {
            "v4": a.version == 4 and a.is_global,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6,
        }[v["mode"]]
        return [] if ok else [f"ip mode {t}"]
    if k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m:
            return [f"bad ssn {t}"]
        a, g, s = (int(x) for x in m.groups())
        return [] if 0 < a < 900 and a != 666 and g and s else [f"ssn rules {t}"]
    return [f"unknown kind {k}"]


def regions_for(rec):
    lang = "hi" if "-hi-" in rec["id"] else cp.LOCALES[rec["locale"]][0]
    _, own, home, _ = cp.LOCALES[rec["locale"]]
    return sorted({own, home, *cp.LANG_REGIONS[lang]})


def check(records_path, values_path):
    errors, ids = [], set()
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans, values = rec["id"], rec["text"], rec["spans"], val["values"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or rec["locale"] not in cp.LOCALES:
            errors.append(f"{rid}: bad record keys or locale")
        if len(spans) != len(values):
            errors.append(f"{rid}: {len(spans)} spans, {len(values)} values")
            continue
        last = 0
        for s, v in zip(spans, values, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errors.append(f"{rid}: span shape/kind")
            if s["start"] < last or s["end"] <= s["start"] or s["end"] > len(text):
                errors.append(f"{rid}: offsets/sort/overlap {s}")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errors.append(f"{rid}: text mismatch {v['text']!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errors.append(f"{rid}: span touches a letter/digit before {v['text']!r}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append(f"{rid}: span touches a letter/digit after {v['text']!r}")
            errors += [f"{rid}: {e}" for e in check_value(v)]
        blank = text
        for s in reversed(spans):
            blank = blank[: s["start"]] + "■" + blank[s["end"] :]
        if negs.dirty(blank, regions_for(rec)):
            errors.append(f"{rid}: unlabelled text is dirty")
        if "-neg-" in rid and spans:
            errors.append(f"{rid}: negative with spans")
    return recs, errors


def main(argv):
    r = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v57.jsonl"
    v = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v57_values.jsonl"
    recs, errors = check(r, v)
    for e in errors[:50]:
        print(e)
    print(f"{len(recs)} records checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
