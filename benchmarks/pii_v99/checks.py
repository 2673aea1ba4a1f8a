"""Validates the v99 files: offsets, order, boundaries, every value, and the hard-negative screens."""

import ipaddress
import json
import re
import sys

import phonenumbers
from stdnum import iban as std_iban

from . import negs
from .compose import HOME, LOCALES
from .corpus import HOME as CORPUS_HOME
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
FREE = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
}
TRUNK = {"US": "1"}


def regions_of(rec):
    if "-pos-" not in rec["id"] and "-neg-" not in rec["id"]:
        return CORPUS_HOME[rec["locale"]]
    if "-hi-" in rec["id"]:
        return ["IN"]
    lang, home, nat = LOCALES[rec["locale"]]
    return sorted({home, nat, HOME[lang]})


def check_phone(v, errs, where):
    num = phonenumbers.parse(v["e164"])
    if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != v["region"]:
        errs.append(f"{where}: e164 not valid for region {v}")
    text = v["text"]
    if v["mode"] == "local-announced":
        nsn = phonenumbers.national_significant_number(num)
        al = v["area_len"]
        if phonenumbers.length_of_geographical_area_code(num) != al and v["region"] != "US":
            errs.append(f"{where}: area_len {v}")
        if v["region"] == "US" and al != 3:
            errs.append(f"{where}: US area_len {v}")
        if re.sub(r"\D", "", text) != nsn[al:]:
            errs.append(f"{where}: local digits {v}")
        text = TRUNK.get(v["region"], "0") + nsn[:al] + " " + text
    elif v["area_len"] is not None:
        errs.append(f"{where}: area_len set {v}")
    try:
        back = phonenumbers.parse(text, v["region"])
    except phonenumbers.NumberParseException:
        errs.append(f"{where}: does not parse {v}")
        return
    if not phonenumbers.is_valid_number(back) or phonenumbers.format_number(back, 0) != v["e164"]:
        errs.append(f"{where}: parses to another number {v}")
    if v["mode"] == "international" and not v["text"].lstrip("(").startswith("+"):
        errs.append(f"{where}: international without + {v}")
    if (v["mode"] == "other") != (phonenumbers.number_type(back) in FREE):
        errs.append(f"{where}: 'other' mode and type disagree {v}")


def check_value(v, errs, where):
    k = v["kind"]
    t = v["text"]
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
        errs.append(f"{where}: email {t}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and len(d) in (15, 16) and negs.luhn(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN" and not std_iban.is_valid(t):
        errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errs.append(f"{where}: ip mode {v}")
        except ValueError:
            errs.append(f"{where}: ip {t}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append(f"{where}: ssn {t}")


def check(records=RECORDS, values=VALUES):
    errs = []
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        w = rec["id"]
        if w in ids:
            errs.append(f"{w}: duplicate id")
        ids.add(w)
        if set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{w}: keys")
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vs):
            errs.append(f"{w}: span/value count")
        prev = 0
        for sp, v in zip(spans, vs, strict=False):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append(f"{w}: span shape {sp}")
            if sp["start"] < prev or sp["end"] <= sp["start"]:
                errs.append(f"{w}: order/overlap {sp}")
            prev = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errs.append(f"{w}: offsets {sp} {v['text']!r}")
            for i in (sp["start"] - 1, sp["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append(f"{w}: span touches {text[i]!r} {v['text']!r}")
            if v["text"] != v["text"].strip() or "\n" in v["text"]:
                errs.append(f"{w}: whitespace in value {v['text']!r}")
            if v["mode"] not in MODES[v["kind"]]:
                errs.append(f"{w}: mode {v}")
            check_value(v, errs, w)
        hits = negs.doc_hits(text, spans, regions_of(rec))
        if hits:
            errs.append(f"{w}: unlabelled hits {hits}")
    return errs, len(recs)


def main(argv):
    errs, n = check(*argv[:2])
    for e in errs[:50]:
        print(e)
    print(f"{n} records checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
