"""Validates v48's records and values (run: python -m benchmarks.pii_v48.checks [RECORDS [VALUES]])."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from .compose import LOCALES
from .make_heldout_set import RECORDS, VALUES
from .others import luhn_ok, ssn_ok
from .screens import LANG_REGIONS, guard_hits, phone_hits

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
LOCAL = {"US", "GB", "DE", "NL", "BR", "IN"}
SERVICE_TYPES = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def _lang(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return rec["locale"][:2]


def check_phone(v, errs, where):
    region = v["region"]
    num = pn.parse(v["text"], region)
    if v["mode"] == "local-announced":
        if region not in LOCAL or not v["area_len"]:
            errs.append(f"{where}: local without area")
            return
        full = pn.parse(v["e164"])
        nsn = pn.national_significant_number(full)
        area = nsn[: v["area_len"]]
        if pn.length_of_geographical_area_code(full) != v["area_len"]:
            errs.append(f"{where}: area_len mismatch")
        trunk = "" if region == "US" else "0"
        digits = "".join(c for c in v["text"] if c.isdigit())
        if nsn != area + digits:
            errs.append(f"{where}: subscriber is not the number's tail")
        num = pn.parse(trunk + area + digits, region)
    elif v["area_len"] is not None:
        errs.append(f"{where}: area_len on a non-local phone")
    if pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(num):
        errs.append(f"{where}: {v['text']} does not parse back to {v['e164']}")
    if pn.region_code_for_number(num) != region:
        errs.append(f"{where}: region")
    if v["mode"] == "other" and pn.number_type(num) not in SERVICE_TYPES:
        errs.append(f"{where}: 'other' is not a service number")


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append(f"{where}: mode {v.get('mode')}")
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN" and not stdiban.is_valid(t):
        errs.append(f"{where}: IBAN {t}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append(f"{where}: IP {t}")
    elif k == "US_SSN" and not ssn_ok(t):
        errs.append(f"{where}: SSN {t}")
    elif k == "EMAIL" and (t.count("@") != 1 or "." not in t.split("@")[1]):
        errs.append(f"{where}: email {t}")


def check(rec_path=RECORDS, val_path=VALUES):
    errs = []
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errs.append(f"{rid}: record shape")
            continue
        if "-pos-" in rid and not spans:
            errs.append(f"{rid}: positive without values")
        if "-pos-" not in rid and spans:
            errs.append(f"{rid}: negative with spans")
        last = 0
        for s, v in zip(spans, vs, strict=True):
            where = f"{rid}@{s['start']}"
            if list(s) != ["kind", "start", "end"] or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{where}: span shape")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{where}: order or overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{where}: text mismatch")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{where}: touches a letter or digit before")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{where}: touches a letter or digit after")
            if "\n" in v["text"]:
                errs.append(f"{where}: value across lines")
            try:
                check_value(v, errs, where)
            except pn.NumberParseException as e:
                errs.append(f"{where}: {e}")
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(blank)
        lang = _lang(rec)
        regions = set(LANG_REGIONS[lang])
        if rec["locale"] in LOCALES:
            regions.add(LOCALES[rec["locale"]][1])
        hits = phone_hits(blank, sorted(regions)) + [(h, "") for h in guard_hits(blank)]
        if hits:
            errs.append(f"{rid}: unlabelled hits {hits[:3]}")
    return recs, vals, errs


def main(argv):
    recs, _vals, errs = check(*argv)
    for e in errs[:50]:
        print(e)
    print(f"{len(recs)} records; {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
