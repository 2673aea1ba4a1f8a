"""Validates every v83 record and value; prints the errors and their count (0 expected)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from .make_heldout_set import OUT

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT"}
TRUNK = {"GB": "0", "DE": "0", "NL": "0", "IN": "0", "US": "", "BR": ""}
FIXED = {pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE}
OTHER = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def check_phone(v, err):
    region = v["region"]
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        err(f"phone e164 invalid {v}")
        return
    if v["mode"] == "local-announced":
        nsn = pn.national_significant_number(num)
        al = v["area_len"]
        if al != pn.length_of_geographical_area_code(num) or pn.number_type(num) not in FIXED:
            err(f"area_len {v}")
        digits = re.sub(r"\D", "", v["text"])
        if nsn[al:] != digits:
            err(f"local digits {v}")
        back = pn.parse(TRUNK[region] + nsn[:al] + v["text"], region)
        if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(back):
            err(f"local put back {v}")
        return
    if v["area_len"] is not None:
        err(f"area_len not null {v}")
    parsed = pn.parse(v["text"], region)
    if pn.format_number(parsed, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(parsed):
        err(f"phone parse back {v}")
    if v["mode"] == "international" and not v["text"].startswith("+"):
        err(f"international without + {v}")
    if v["mode"] != "international" and v["text"].startswith(("+", "00")):
        err(f"non-international with + {v}")
    if (v["mode"] == "other") != (pn.number_type(parsed) in OTHER):
        err(f"other type {v}")


def check_value(v, err):
    t = v["text"]
    if v["kind"] == "PHONE":
        check_phone(v, err)
    elif v["kind"] == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
            err(f"email {t}")
    elif v["kind"] == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d)):
            err(f"card {t}")
    elif v["kind"] == "IBAN":
        if not std_iban.is_valid(t) or "iban" not in negs.guard_hits(t):
            err(f"iban {t}")
    elif v["kind"] == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = {
            "v4": a.version == 4 and a.is_global,
            "v4-private": a.version == 4 and a.is_private,
            "v6": a.version == 6 and a.is_global,
        }[v["mode"]]
        if not want:
            err(f"ip {t}")
    elif v["kind"] == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            err(f"ssn {t}")


def lang_of(rec):
    if "-pos-hi-" in rec["id"] or "-neg-hi-" in rec["id"]:
        return "hi"
    return rec["locale"][:2]


def main(argv):
    paths = tuple(argv[:2]) if len(argv) >= 2 else OUT
    recs = [json.loads(line) for line in open(paths[0], encoding="utf-8")]
    vals = [json.loads(line)["values"] for line in open(paths[1], encoding="utf-8")]
    errors = []
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for rec, vs in zip(recs, vals, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append(f"{rid}: {msg}")

        text, spans = rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            err("record shape")
            continue
        prev = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                err(f"span {s}")
            if s["start"] < prev or s["end"] <= s["start"]:
                err(f"order/overlap {s}")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"] or v["text"] != v["text"].strip():
                err(f"offsets {s} {v['text']!r}")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    err(f"span touches {text[i]!r} {v['text']!r}")
            if v.get("mode") not in MODES[v["kind"]]:
                err(f"mode {v}")
            if "\n" in v["text"]:
                err("value across lines")
            check_value(v, err)
        lang = lang_of(rec)
        region = rec["locale"][3:]
        regs = sorted({region, HOME.get(lang, "IN")} | ({"US", "GB"} if lang == "en" else set()))
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = "#" * (s["end"] - s["start"])
        blanked = "".join(chars)
        if negs.dirty(blanked, regs):
            err(f"unlabelled PII-like text: {negs.guard_hits(blanked)} {negs.phone_hits(blanked, regs)}")
    for e in errors[:50]:
        print(e)
    print(f"checked {len(recs)} records, {sum(map(len, vals))} values: {len(errors)} errors")
    return len(errors)


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
