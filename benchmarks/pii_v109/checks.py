"""Validate the set: offsets, order, overlap, borders, every value re-checked, hard negatives screened."""

import ipaddress
import json
import sys

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban

from . import compose, negs, numbers, values
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
HOME = {loc: (home, nat) for lst in compose.LOCALES.values() for loc, home, nat in lst}


def check_phone(v, loc, err):
    e164 = v["e164"]
    num = pn.parse(e164)
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        err("invalid or wrong region")
    if v["mode"] == "local-announced":
        area_len = v["area_len"]
        area = pn.national_significant_number(num)[:area_len]
        if pn.length_of_geographical_area_code(num) != area_len:
            err("area_len")
        if pn.format_number(numbers.put_back(v["region"], area, v["text"]), F.E164) != e164:
            err("local put back")
        if pn.number_type(num) not in numbers.FIXED:
            err("local not fixed")
        return
    if v["area_len"] is not None:
        err("area_len not null")
    region = "ZZ" if v["mode"] == "international" else v["region"]
    if v["mode"] == "international" and not v["text"].startswith(("+", "(+")):
        err("international without +")
    if not numbers.parses_to(v["text"], region, e164):
        err("does not parse back: %r" % v["text"])
    t = pn.number_type(num)
    if v["mode"] == "other" and t not in (T.TOLL_FREE, T.SHARED_COST, T.UAN):
        err("other type")


def check(records, values_path):
    errors = []
    with open(records, encoding="utf-8") as fr, open(values_path, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):

        def err(msg, rec=rec):
            errors.append("%s: %s" % (rec["id"], msg))

        if rec["id"] in ids:
            err("duplicate id")
        ids.add(rec["id"])
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vs):
            err("span/value count")
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                err("span shape")
            if s["start"] < last or s["end"] <= s["start"]:
                err("order/overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                err("offsets")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    err("span touches letter or digit")
            if v["mode"] not in MODES[v["kind"]]:
                err("mode")
            k, t = v["kind"], v["text"]
            if k == "PHONE":
                check_phone(v, rec["locale"], err)
                if "\n" in t:
                    err("phone split")
            elif k == "CREDIT_CARD":
                d = t.replace(" ", "").replace("-", "")
                if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
                    err("card")
            elif k == "IBAN":
                if not std_iban.is_valid(t):
                    err("iban")
            elif k == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(t)
                except ValueError:
                    err("ip")
            elif k == "US_SSN":
                if not values.ssn_ok(t):
                    err("ssn")
            elif k == "EMAIL":
                if not negs._EMAIL.fullmatch(t):
                    err("email")
        # whole-document screen with labelled spans blanked
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        if "-pos-" in rec["id"] or "-neg-" in rec["id"]:
            home, nat = HOME[rec["locale"]]
            lang = "hi" if "-hi-" in rec["id"] else rec["locale"][:2]
            regions = sorted({home, nat, *compose.LANG_HOME[lang]})
        else:
            regions = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "IN"]
        if negs.doc_hits("".join(blank), regions):
            err("phone-like text outside spans")
    return errors, len(recs)


def main(argv):
    records, values_path = (argv + [RECORDS, VALUES])[:2] if argv else (RECORDS, VALUES)
    errors, n = check(records, values_path)
    for e in errors[:50]:
        print(e)
    print("checked %d documents: %d errors" % (n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
