"""Validates every record and value of the v51 set (see make_heldout_set's docstring)."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from . import screens

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}
LANG = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt"}


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append("%s bad mode %s" % (where, v.get("mode")))
    if k == "PHONE":
        region = v["region"]
        if v["mode"] == "local-announced":
            digits = re.sub(r"\D", "", t)
            nsn = pn.national_significant_number(pn.parse(v["e164"]))
            area = nsn[: v["area_len"]]
            n = pn.parse(TRUNK[region] + area + digits, region)
            if pn.length_of_geographical_area_code(n) != v["area_len"]:
                errs.append("%s area_len" % where)
        else:
            n = pn.parse(t, region)
            if v["area_len"] is not None:
                errs.append("%s area_len not null" % where)
        if not pn.is_valid_number(n) or pn.format_number(n, pn.PhoneNumberFormat.E164) != v["e164"]:
            errs.append("%s phone %r" % (where, t))
        if pn.region_code_for_number(n) != region:
            errs.append("%s region %r" % (where, t))
    elif k == "CREDIT_CARD":
        d = re.sub(r"\D", "", t)
        if not (13 <= len(d) <= 19 and luhn.is_valid(d)):
            errs.append("%s card %r" % (where, t))
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append("%s iban %r" % (where, t))
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append("%s ssn %r" % (where, t))
    elif k == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
            errs.append("%s email %r" % (where, t))


def main(argv):
    rec_path = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v51.jsonl"
    val_path = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v51_values.jsonl"
    recs = [json.loads(x) for x in rec_path.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in val_path.read_text(encoding="utf-8").splitlines()]
    errs = []
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for r, v in zip(recs, vals, strict=False):
        where = r["id"]
        if r["id"] in ids:
            errs.append("%s duplicate id" % where)
        ids.add(r["id"])
        text, spans, values = r["text"], r["spans"], v["values"]
        if len(spans) != len(values):
            errs.append("%s spans/values differ" % where)
        end = -1
        for s, val in zip(spans, values, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != val["kind"]:
                errs.append("%s span shape" % where)
            if s["start"] < end or s["start"] >= s["end"]:
                errs.append("%s order/overlap" % where)
            end = s["end"]
            if text[s["start"] : s["end"]] != val["text"]:
                errs.append("%s offsets" % where)
            for j in (s["start"] - 1, s["end"]):
                if 0 <= j < len(text) and text[j].isalnum():
                    errs.append("%s span touches %r" % (where, text[j]))
            check_value(val, errs, where)
        if "-pos-" in where and not spans:
            errs.append("%s positive without values" % where)
        if "-neg-" in where and spans:
            errs.append("%s negative with values" % where)
        if "-pos-" in where or "-neg-" in where:
            lang = "hi" if "-hi-" in where else r["locale"][:2]
            region = r["locale"][3:] if "_" in r["locale"] else None
            if screens.doc_dirty(text, spans, screens.regions_for(lang, region)):
                errs.append("%s dirty after blanking" % where)
    for e in errs[:50]:
        print(e)
    print("records:", len(recs), "errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
