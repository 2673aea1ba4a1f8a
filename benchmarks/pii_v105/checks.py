"""Validate the v105 records and sidecar: offsets, order, boundaries, every value re-checked."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as nums
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
SSN_RE = re.compile(r"^(\d{3})([- ])(\d{2})\2(\d{4})$")


def check_value(v):
    errs = []
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        reg, area_len = v["region"], v["area_len"]
        if v["mode"] == "local-announced":
            digits = re.sub(r"\D", "", t)
            num = pn.parse(v["e164"])
            nsn = str(num.national_number)
            if not nsn.endswith(digits) or len(nsn) - len(digits) != area_len:
                errs.append(f"local {t} does not fit {v['e164']}")
            if pn.length_of_geographical_area_code(num) != area_len:
                errs.append(f"area_len {area_len} for {v['e164']}")
            back = nums.e164(reg, t, nsn[:area_len])
        else:
            if area_len is not None:
                errs.append("area_len not null")
            num = pn.parse(t, reg)
            back = pn.format_number(num, pn.PhoneNumberFormat.E164)
            if not pn.is_valid_number(num):
                errs.append(f"invalid phone {t}")
            if v["mode"] == "other" and pn.number_type(num) not in nums.OTHER:
                errs.append(f"'other' phone {t} of type {pn.number_type(num)}")
        if back != v["e164"]:
            errs.append(f"{t} parses to {back}, not {v['e164']}")
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            errs.append(f"email {t}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append(f"card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append(f"iban {t}")
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = {
            "v4": a.version == 4 and a.is_global,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6 and a.is_global,
        }[v["mode"]]
        if not want:
            errs.append(f"ip {t} not {v['mode']}")
    elif k == "US_SSN":
        m = SSN_RE.match(t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            errs.append(f"ssn {t}")
    return errs


def check(rec_path=RECORDS, val_path=VALUES):
    errors = []
    recs = [json.loads(x) for x in Path(rec_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(val_path).read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for r, v in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(r) != {"id", "locale", "text", "spans"}:
            errors.append(f"{rid}: keys")
        if len(spans) != len(v["values"]):
            errors.append(f"{rid}: spans and values differ")
        end = 0
        for s, val in zip(spans, v["values"], strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS:
                errors.append(f"{rid}: span {s}")
                continue
            if s["start"] < end or s["end"] <= s["start"]:
                errors.append(f"{rid}: order or overlap at {s}")
            end = s["end"]
            if text[s["start"] : s["end"]] != val["text"] or s["kind"] != val["kind"]:
                errors.append(f"{rid}: span text {text[s['start'] : s['end']]!r} != {val['text']!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errors.append(f"{rid}: span touches a letter or digit before {val['text']!r}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append(f"{rid}: span touches a letter or digit after {val['text']!r}")
            if val["mode"] not in MODES[val["kind"]]:
                errors.append(f"{rid}: mode {val['mode']}")
            errors += [f"{rid}: {e}" for e in check_value(val)]
        loc = "hi" if "-hi-" in rid else r["locale"]
        if loc in compose.LOCALES:
            regions = compose.screen_regions(loc)
            blank = list(text)
            for s in spans:
                blank[s["start"] : s["end"]] = "X" * (s["end"] - s["start"])
            blank = "".join(blank)
            if negs.guard_hits(blank) or negs.matcher_hits(blank, regions):
                errors.append(f"{rid}: unlabelled PII-like text after blanking spans")
    return errors


if __name__ == "__main__":
    args = sys.argv[1:]
    errs = check(*args) if args else check()
    for e in errs[:50]:
        print(e)
    print(f"checks: {len(errs)} errors")
    sys.exit(1 if errs else 0)
