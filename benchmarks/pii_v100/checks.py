"""Validate the v100 records and sidecar: format, offsets, every value, and the whole-document screens."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import numbers as N
from .compose import LANG_HOME, LOCALES
from .negs import guard_hits, luhn, phone_hits
from .pii import ssn_ok

REC = "tests/data/pii_heldout_v100.jsonl"
VAL = "tests/data/pii_heldout_v100_values.jsonl"
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL_RE = re.compile(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}")


def regions_for(rec):
    loc = "hi" if rec["id"].startswith("en_IN-") and "-hi-" in rec["id"] else rec["locale"]
    lang, own, home, _ = LOCALES[loc]
    return sorted({own, home, *LANG_HOME[lang]})


def check_phone(v):
    errs = []
    if v["mode"] == "local-announced":
        nsn = v["e164"][1 + len(N.CC[v["region"]]) :]
        area = nsn[: v["area_len"]]
        if pn.length_of_geographical_area_code(pn.parse(v["e164"], None)) != v["area_len"]:
            errs.append("area_len differs from phonenumbers")
        if not N.parses_to(N.put_back(v["region"], area, v["text"]), v["region"], v["e164"]):
            errs.append("local form does not parse back")
    else:
        if v["area_len"] is not None:
            errs.append("area_len set on non-local phone")
        if not N.parses_to(v["text"], v["region"], v["e164"]):
            errs.append("phone does not parse back")
        num = pn.parse(v["e164"], None)
        types = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}
        if (v["mode"] == "other") != (pn.number_type(num) in types):
            errs.append("mode other / number type mismatch")
        if v["mode"] == "international" and not v["text"].startswith("+"):
            errs.append("international without +")
    return errs


def check_value(v):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        return ["bad mode"]
    if k == "PHONE":
        return check_phone(v)
    if k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        return [] if d.isdigit() and 13 <= len(d) <= 19 and luhn(d) else ["card fails Luhn"]
    if k == "IBAN":
        return [] if stdiban.is_valid(t.replace(" ", "")) else ["IBAN invalid"]
    if k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            return ["bad IP"]
        ok = {
            "v4": a.version == 4 and not a.is_private,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6,
        }[v["mode"]]
        return [] if ok else ["IP mode mismatch"]
    if k == "US_SSN":
        return [] if ssn_ok(t) else ["SSN breaks SSA rules"]
    if k == "EMAIL":
        return [] if EMAIL_RE.fullmatch(t) else ["bad e-mail"]
    return ["unknown kind"]


def check(rec_path=REC, val_path=VAL):
    errors = []
    with open(rec_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    with open(val_path, encoding="utf-8") as fh:
        vals = [json.loads(line) for line in fh]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, side in zip(recs, vals, strict=False):
        rid = rec["id"]
        if list(rec) != ["id", "locale", "text", "spans"] or rid in ids:
            errors.append(f"{rid}: bad keys or duplicate id")
        ids.add(rid)
        text, spans, values = rec["text"], rec["spans"], side["values"]
        if len(spans) != len(values):
            errors.append(f"{rid}: spans and values differ in number")
            continue
        prev = 0
        for sp, v in zip(spans, values, strict=True):
            if not isinstance(sp, dict) or list(sp) != ["kind", "start", "end"]:
                errors.append(f"{rid}: span not an object")
                continue
            a, b = sp["start"], sp["end"]
            if not (prev <= a < b <= len(text)):
                errors.append(f"{rid}: span out of order or overlapping")
            prev = b
            if a > 0 and text[a - 1].isalnum() or b < len(text) and text[b].isalnum():
                errors.append(f"{rid}: span touches a letter or digit")
            if sp["kind"] != v["kind"] or text[a:b] != v["text"]:
                errors.append(f"{rid}: value does not match span")
            errors += [f"{rid}: {v['text']!r}: {e}" for e in check_value(v)]
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        blank = "".join(blank)
        hits = phone_hits(blank, regions_for(rec)) + guard_hits(blank)
        if hits:
            errors.append(f"{rid}: unlabelled hits {hits}")
    return errors, len(recs)


def main(argv):
    errs, n = check(*argv[1:3]) if len(argv) >= 3 else check()
    for e in errs[:50]:
        print(e)
    print(f"records: {n}, errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
