"""Validate v74's records and sidecar: offsets, values, numbers, and the hard-negative screen."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import negs, numbers
from .make_heldout_set import RECORDS, VALUES

SCREEN = {
    "en_US": ["US"],
    "en_GB": ["GB"],
    "en_IN": ["IN", "GB"],
    "en_AU": ["AU", "GB"],
    "en_IE": ["IE", "GB"],
    "de_DE": ["DE"],
    "de_AT": ["AT", "DE"],
    "de_CH": ["CH", "DE"],
    "fr_FR": ["FR"],
    "fr_BE": ["BE", "FR"],
    "fr_CH": ["CH", "FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "nl_BE": ["BE", "NL"],
    "pt_BR": ["BR"],
    "pt_PT": ["PT", "BR"],
}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_value(v, errs, where):
    kind, text = v["kind"], v["text"]
    if v["mode"] not in MODES[kind]:
        errs.append("%s: mode %s" % (where, v["mode"]))
    if kind == "PHONE":
        if v["mode"] == "local-announced":
            area = pn.national_significant_number(pn.parse(v["e164"]))[: v["area_len"]]
            num = numbers.put_back(text, v["region"], area)
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append("%s: area_len" % where)
        else:
            num = pn.parse(text, v["region"])
            if v["area_len"] is not None:
                errs.append("%s: area_len not null" % where)
        if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
            errs.append("%s: phone %s" % (where, text))
        typ = pn.number_type(num)
        if (v["mode"] == "other") != (typ in numbers.OTHER):
            errs.append("%s: type of %s" % (where, text))
    elif kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append("%s: card %s" % (where, text))
    elif kind == "IBAN":
        if not stdiban.is_valid(text):
            errs.append("%s: iban %s" % (where, text))
    elif kind == "IP_ADDRESS":
        ipaddress.ip_address(text)
    elif kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})[ -](\d{2})[ -](\d{4})", text)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append("%s: ssn %s" % (where, text))
    elif kind == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", text):
            errs.append("%s: email %s" % (where, text))


def check(records_path=RECORDS, values_path=VALUES):
    errs = []
    with open(records_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(values_path, encoding="utf-8") as f:
        vals = [json.loads(x) for x in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append("%s: keys or duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(val["values"]):
            errs.append("%s: span/value count" % rid)
        end = -1
        for s, v in zip(spans, val["values"], strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append("%s: span keys/kind" % rid)
            if s["start"] < end or s["start"] >= s["end"]:
                errs.append("%s: order/overlap" % rid)
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: offsets" % rid)
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append("%s: span touches %r" % (rid, text[i]))
            if "\n" in v["text"]:
                errs.append("%s: value over a line break" % rid)
            check_value(v, errs, rid)
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(chars)
        if negs.guard_hits(blank) or negs.phone_hits(blank, SCREEN[rec["locale"]]):
            errs.append("%s: screen hits outside spans" % rid)
    return recs, errs


def main(argv):
    recs, errs = check(*argv[:2]) if argv else check()
    for e in errs[:50]:
        print(e)
    print("records", len(recs), "errors", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
