"""Validate pii_v50's records and values; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from . import compose, negs, screen
from .make_heldout_set import OUT, OUT_VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def _phone(v, text, errs, rid):
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append(f"{rid}: invalid phone {v}")
    if v["area_len"] != pn.length_of_geographical_area_code(num):
        errs.append(f"{rid}: area_len {v}")
    if v["mode"] not in MODES:
        errs.append(f"{rid}: mode {v['mode']}")
    if v["mode"] == "local-announced":
        d = re.sub(r"\D", "", text)
        full = pn.national_significant_number(num)[: v["area_len"]] + d
        if pn.parse("+" + str(num.country_code) + full) != num or v["region"] not in (
            "US",
            "GB",
            "DE",
            "NL",
            "BR",
            "IN",
        ):
            errs.append(f"{rid}: local form {text} does not put back to {v['e164']}")
        return
    if pn.parse(text, v["region"]) != num:
        errs.append(f"{rid}: {text} does not parse back to {v['e164']}")
    intl = text.startswith(("+", "(+", "00"))
    if v["mode"] in ("international", "national") and (v["mode"] == "international") != intl:
        errs.append(f"{rid}: mode/form mismatch {text}")


def check_value(rid, v, text, errs):
    k = v["kind"]
    if v["text"] != text:
        errs.append(f"{rid}: value text {v['text']!r} != span {text!r}")
    if k == "PHONE":
        _phone(v, text, errs, rid)
    elif k == "EMAIL" and not screen.EMAIL.fullmatch(text):
        errs.append(f"{rid}: email {text}")
    elif k == "CREDIT_CARD" and not luhn.is_valid(re.sub(r"\D", "", text)):
        errs.append(f"{rid}: card {text}")
    elif k == "IBAN" and not std_iban.is_valid(text):
        errs.append(f"{rid}: iban {text}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            errs.append(f"{rid}: ip {text}")
    elif k == "US_SSN":
        a, g, s = re.split(r"[- ]", text)
        if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
            errs.append(f"{rid}: ssn {text}")


def check(records_path=OUT, values_path=OUT_VALUES):
    errs, ids = [], set()
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("records and values differ in length")
    local_regions = {r: 0 for r in ("US", "GB", "DE", "NL", "BR", "IN")}
    for r, v in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errs.append(f"duplicate id {rid}")
        ids.add(rid)
        if set(r) != {"id", "locale", "text", "spans"} or len(spans) != len(v["values"]):
            errs.append(f"{rid}: keys or span count")
            continue
        last = 0
        for s, val in zip(spans, v["values"], strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != val["kind"]:
                errs.append(f"{rid}: span {s}")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{rid}: span order/overlap {s}")
            last = s["end"]
            if not compose.spans_clean(text, [s]):
                errs.append(f"{rid}: span touches a letter or digit {s}")
            check_value(rid, val, text[s["start"] : s["end"]], errs)
            if val.get("mode") == "local-announced":
                local_regions[val["region"]] += 1
        regions = {"US", "GB", r["locale"][-2:]} | {x["region"] for x in v["values"] if x["kind"] == "PHONE"}
        regions |= {loc[4] for loc in compose.LOCALES if loc[1] == r["locale"] and loc[4]}
        if "-neg-" in rid or "-pos-" in rid:
            if not compose.screen.doc_ok(text, spans, regions):
                errs.append(f"{rid}: masked document holds a look-alike")
            for line in text.splitlines():
                for kind in negs.LABELS:
                    for lang in negs.LANGS:
                        lab = negs.label(kind, lang) + ": "
                        if line.startswith(lab) and not screen.value_ok(line[len(lab) :], regions):
                            errs.append(f"{rid}: hard negative {line!r}")
        elif spans or screen.guards(text):
            errs.append(f"{rid}: corpus negative holds a value")
    for reg, n in local_regions.items():
        if n != 75:
            errs.append(f"local-announced {reg}: {n} != 75")
    return errs


def main(argv):
    errs = check(*argv)
    for e in errs[:50]:
        print(e)
    print(f"checks: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
