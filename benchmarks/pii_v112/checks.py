"""Validates every v112 record and value; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose as C
from . import negs
from . import numbers as N
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
PHONE_MODES = {"international", "national", "local-announced", "list-entry", "other"}


def ssn_ok(text):
    d = text.replace("-", "").replace(" ", "")
    area, group, serial = d[:3], d[3:5], d[5:]
    return (
        len(d) == 9
        and d.isdigit()
        and area not in ("000", "666")
        and area < "900"
        and group != "00"
        and serial != "0000"
    )


def check_value(v):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        if v["mode"] not in PHONE_MODES:
            return "phone mode"
        if v["mode"] == "local-announced":
            num = pn.parse(v["e164"])
            area = pn.national_significant_number(num)[: v["area_len"]]
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                return "area_len"
            return N.verify(t, v["region"], v["e164"], area)
        if v["area_len"] is not None:
            return "area_len not null"
        err = N.verify(t, v["region"], v["e164"])
        if err is None and v["mode"] == "other" and pn.number_type(pn.parse(v["e164"])) not in N.FREE:
            return "other is not toll-free/shared-cost/UAN"
        return err
    if k == "EMAIL":
        return None if negs.EMAIL_RE.fullmatch(t) else "email shape"
    if k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        return None if d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d) else "card"
    if k == "IBAN":
        return None if std_iban.is_valid(t) else "iban"
    if k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return "ip"
        return None
    if k == "US_SSN":
        return None if ssn_ok(t) else "ssn"
    return "kind"


def check(records_path=RECORDS, values_path=VALUES):
    errors = []
    with open(records_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    with open(values_path, encoding="utf-8") as fh:
        vals = [json.loads(line)["values"] for line in fh]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, values in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if len(spans) != len(values):
            errors.append(f"{rid}: spans and values differ")
            continue
        last = 0
        for sp, v in zip(spans, values, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errors.append(f"{rid}: span keys/kind")
            s, e = sp["start"], sp["end"]
            if s < last or e <= s:
                errors.append(f"{rid}: order/overlap at {s}")
            last = e
            if text[s:e] != v["text"]:
                errors.append(f"{rid}: text {text[s:e]!r} != {v['text']!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{rid}: span touches a letter or digit at {s}")
            err = check_value(v)
            if err:
                errors.append(f"{rid}: {err}")
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        locale = rec["locale"]
        if "-hi-" in rid:
            locale = "hi"
        regions = C.screen_regions(locale) if locale in C.LOCALES else ["US", "GB"]
        if negs.dirty("".join(blank), regions):
            errors.append(f"{rid}: unlabelled PII-like text")
    return errors


def main(argv):
    errors = check(*argv[:2]) if argv else check()
    for e in errors[:50]:
        print(e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
