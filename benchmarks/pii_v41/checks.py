"""Validates the v41 records and sidecar: offsets, spans, every value against its own rules."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs, phones
from .compose import FALLBACK
from .numbers import LOCAL_REGIONS, luhn_ok, ssn_ok

LANG = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "en": "en"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}


def lang_of(rec):
    return "hi" if "-hi-" in rec["id"] else rec["locale"][:2]


def check_phone(v, errs, where):
    reg = v["region"]
    if v["mode"] == "local-announced":
        num = pn.parse(v["e164"])
        if reg not in LOCAL_REGIONS or v["area_len"] != pn.length_of_geographical_area_code(num):
            errs.append("%s: area_len" % where)
        if not phones.local_parses_back(v["text"], num):
            errs.append("%s: local form does not parse back" % where)
        return
    if v["area_len"] is not None:
        errs.append("%s: area_len set" % where)
    try:
        num = pn.parse(v["text"], reg)
    except pn.NumberParseException:
        errs.append("%s: unparsable %r" % (where, v["text"]))
        return
    if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
        errs.append("%s: phone %r != %s" % (where, v["text"], v["e164"]))
    if v["mode"] == "other" and pn.number_type(num) not in (
        pn.PhoneNumberType.TOLL_FREE,
        pn.PhoneNumberType.SHARED_COST,
        pn.PhoneNumberType.UAN,
    ):
        errs.append("%s: 'other' is not a service number" % where)
    if v["mode"] == "international" and not v["text"].lstrip("(").startswith("+"):
        errs.append("%s: international without +" % where)


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append("%s: mode %r" % (where, v.get("mode")))
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append("%s: card" % where)
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append("%s: iban" % where)
    elif k == "US_SSN":
        d = t.replace("-", " ").split(" ")
        if len(d) != 3 or not ssn_ok(int(d[0]), int(d[1]), int(d[2])):
            errs.append("%s: ssn" % where)
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append("%s: ip" % where)
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errs.append("%s: email" % where)


def check(records, values):
    errs = []
    if len(records) != len(values):
        errs.append("line counts differ")
    ids = set()
    for rec, val in zip(records, values, strict=False):
        where = rec["id"]
        if where in ids:
            errs.append("%s: duplicate id" % where)
        ids.add(where)
        text, spans, vals = rec["text"], rec["spans"], val["values"]
        if len(spans) != len(vals):
            errs.append("%s: spans and values differ" % where)
            continue
        end = 0
        for i, (s, v) in enumerate(zip(spans, vals, strict=True)):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append("%s: span %d shape/kind" % (where, i))
            if s["start"] < end or s["end"] <= s["start"]:
                errs.append("%s: span %d order/overlap" % (where, i))
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: span %d text" % (where, i))
            if (s["start"] > 0 and text[s["start"] - 1].isalnum()) or (
                s["end"] < len(text) and text[s["end"]].isalnum()
            ):
                errs.append("%s: span %d touches a letter or digit" % (where, i))
            if "\n" in v["text"]:
                errs.append("%s: span %d split across lines" % (where, i))
            check_value(v, errs, "%s#%d" % (where, i))
        masked = text
        for s in spans:
            masked = masked[: s["start"]] + " " * (s["end"] - s["start"]) + masked[s["end"] :]
        own = rec["locale"][-2:]
        lang = lang_of(rec)
        regions = negs.screen_regions(FALLBACK.get((lang, own), own), lang) + [own]
        if negs.dirty(masked, regions):
            errs.append("%s: unlabelled PII-like text" % where)
    return errs


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main(argv):
    rec_path = argv[0] if argv else "tests/data/pii_heldout_v41.jsonl"
    val_path = argv[1] if len(argv) > 1 else "tests/data/pii_heldout_v41_values.jsonl"
    errs = check(load(rec_path), load(val_path))
    for e in errs[:50]:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
