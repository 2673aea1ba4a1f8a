"""Validate v88's records and sidecar: offsets, order, boundaries, values, and the hard-negative screen."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as nb

OUT = ("tests/data/pii_heldout_v88.jsonl", "tests/data/pii_heldout_v88_values.jsonl")
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
FREE = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def check_phone(v, errs, where):
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append(f"{where}: e164 invalid {v}")
    if v["mode"] == "local-announced":
        area_len = v["area_len"]
        nsn = v["e164"][1 + len(nb.CC[v["region"]]) :]
        if area_len != pn.length_of_geographical_area_code(num):
            errs.append(f"{where}: area_len {v}")
        back = nb.put_back(v["text"], v["region"], nsn[:area_len])
        digits = re.sub(r"\D", "", v["text"])
        if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"] or not nsn.endswith(digits):
            errs.append(f"{where}: put back {v}")
        return
    if v["area_len"] is not None:
        errs.append(f"{where}: area_len not null {v}")
    got = pn.parse(v["text"], v["region"])
    if pn.format_number(got, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(got):
        errs.append(f"{where}: parse back {v}")
    if (v["mode"] == "other") != (pn.number_type(num) in FREE):
        errs.append(f"{where}: other/type {v}")
    if v["mode"] == "international" and not v["text"].startswith("+"):
        errs.append(f"{where}: international without + {v}")


def check_value(v, errs, where):
    kind, text = v["kind"], v["text"]
    if v["mode"] not in MODES[kind]:
        errs.append(f"{where}: mode {v}")
    if kind == "PHONE":
        check_phone(v, errs, where)
    elif kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        if not (d.isdigit() and 13 <= len(d) <= 19 and nb.luhn_ok(d)):
            errs.append(f"{where}: card {text}")
    elif kind == "IBAN":
        if not std_iban.is_valid(text):
            errs.append(f"{where}: iban {text}")
    elif kind == "US_SSN":
        if not nb.ssn_ok(text) or not re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", text):
            errs.append(f"{where}: ssn {text}")
    elif kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            errs.append(f"{where}: ip {text}")
    elif kind == "EMAIL":
        if not negs.SHAPE.fullmatch(text):
            errs.append(f"{where}: email {text}")


def regions_of(rec):
    loc = rec["locale"]
    if loc not in compose.LOCALES:
        return ["US", "GB"]
    lang, region = compose.LOCALES[loc]
    out = {region, compose.HOME[lang]}
    if loc == "en_IN":
        out.add("IN")
    return sorted(out)


def check(records_path, values_path):
    errs = []
    with open(records_path, encoding="utf-8") as fr, open(values_path, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, values in zip(recs, vals, strict=False):
        where, text, spans = rec["id"], rec["text"], rec["spans"]
        if where in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(where)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(values):
            errs.append(f"{where}: shape")
            continue
        end = 0
        for sp, v in zip(spans, values, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append(f"{where}: span {sp}")
            if sp["start"] < end or sp["end"] <= sp["start"]:
                errs.append(f"{where}: order/overlap {sp}")
            end = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errs.append(f"{where}: text mismatch {sp}")
            if sp["start"] > 0 and text[sp["start"] - 1].isalnum():
                errs.append(f"{where}: touches left {sp}")
            if sp["end"] < len(text) and text[sp["end"]].isalnum():
                errs.append(f"{where}: touches right {sp}")
            if v["text"] != v["text"].strip() or "\n" in v["text"]:
                errs.append(f"{where}: whitespace {sp}")
            check_value(v, errs, where)
        chars = list(text)
        for sp in spans:
            chars[sp["start"] : sp["end"]] = ["\u2592"] * (sp["end"] - sp["start"])
        if negs.dirty("".join(chars), regions_of(rec)):
            errs.append(f"{where}: unlabelled text flagged {negs.guard_hits(''.join(chars))}")
        if "-pos-" in where and not spans:
            errs.append(f"{where}: positive without spans")
        if "-neg-" in where and spans:
            errs.append(f"{where}: negative with spans")
    return errs, len(recs)


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    errs, n = check(*paths)
    for e in errs[:50]:
        print(e)
    print(f"records {n}; errors {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
