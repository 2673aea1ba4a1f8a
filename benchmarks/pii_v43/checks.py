"""Validate v43's records and values; prints the errors and exits 1 if there are any.

python -m benchmarks.pii_v43.checks [RECORDS [VALUES]]
"""

import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as N
from .compose import HOME, LOCAL_QUOTA, PLAN
from .make_heldout_set import RECORDS, VALUES
from .others import luhn_ok
from .screens import doc_dirty

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
NAT = {(loc, lang): nat for loc, lang, _, nat, _, _ in PLAN}


def regions_for(rec):
    locale = rec["locale"]
    lang = "hi" if "-hi-" in rec["id"] else locale[:2]
    region = locale[3:]
    nat = NAT.get((locale, lang), region)
    return sorted({region, nat, *HOME[lang]})


def check_phone(v, errs, where):
    region, e164, text = v.get("region"), v.get("e164"), v["text"]
    if "\n" in text:
        errs.append(f"{where}: phone across lines")
    if v["mode"] == "local-announced":
        al = v.get("area_len")
        if region not in N.LOCAL_REGIONS or not isinstance(al, int):
            errs.append(f"{where}: bad local phone {v}")
            return
        nsn = e164[len(N.CC[region]) + 1 :]
        sub = re.sub(r"\D", "", text)
        if nsn[al:] != sub:
            errs.append(f"{where}: local text is not the subscriber part {v}")
        num = pn.parse(N.national_with_area(region, nsn[:al], sub), region)
        if pn.format_number(num, 0) != e164 or not pn.is_valid_number(num):
            errs.append(f"{where}: local number does not parse back {v}")
        if pn.length_of_geographical_area_code(num) != al:
            errs.append(f"{where}: area_len differs from phonenumbers {v}")
        return
    if v.get("area_len") is not None:
        errs.append(f"{where}: area_len set on non-local phone")
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException as e:
        errs.append(f"{where}: parse error {text!r} {e}")
        return
    if pn.format_number(num, 0) != e164 or not pn.is_valid_number(num):
        errs.append(f"{where}: {text!r} does not parse to {e164}")
    if pn.region_code_for_number(num) != region:
        errs.append(f"{where}: region {region} vs {pn.region_code_for_number(num)}")
    if v["mode"] == "other" and pn.number_type(num) not in N.SERVICE_TYPES:
        errs.append(f"{where}: 'other' phone is not a service number")
    if v["mode"] == "international" and not text.startswith("+"):
        errs.append(f"{where}: international phone without +")
    if v["mode"] != "international" and text.startswith("+"):
        errs.append(f"{where}: + on non-international phone")


def check_value(v, errs, where):
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        errs.append(f"{where}: bad mode {v}")
    if kind == "PHONE":
        check_phone(v, errs, where)
    elif kind == "EMAIL" and not EMAIL.match(text):
        errs.append(f"{where}: bad e-mail {text!r}")
    elif kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append(f"{where}: bad card {text!r}")
    elif kind == "IBAN" and not std_iban.is_valid(text):
        errs.append(f"{where}: bad IBAN {text!r}")
    elif kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            errs.append(f"{where}: bad IP {text!r}")
    elif kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1)[0] == "9"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            errs.append(f"{where}: bad SSN {text!r}")


def check(rec_path=RECORDS, val_path=VALUES):
    errs = []
    recs = [json.loads(x) for x in open(rec_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(val_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("records and values differ in length")
    ids = Counter(r["id"] for r in recs)
    errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    local = Counter()
    for rec, val in zip(recs, vals, strict=False):
        where, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{where}: keys {sorted(rec)}")
        if "#nofilter" in text:
            errs.append(f"{where}: #nofilter")
        if len(spans) != len(val["values"]):
            errs.append(f"{where}: {len(spans)} spans, {len(val['values'])} values")
        prev = 0
        for s, v in zip(spans, val["values"], strict=False):
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                errs.append(f"{where}: span not an object {s}")
                continue
            a, b = s["start"], s["end"]
            if not (prev <= a < b <= len(text)):
                errs.append(f"{where}: span order/overlap/range {s}")
            prev = b
            if a > 0 and text[a - 1].isalnum() or b < len(text) and text[b].isalnum():
                errs.append(f"{where}: span touches a letter or digit {text[max(0, a - 3) : b + 3]!r}")
            if s["kind"] not in KINDS or s["kind"] != v["kind"] or text[a:b] != v["text"]:
                errs.append(f"{where}: span/value mismatch {s} {v}")
            check_value(v, errs, where)
            if v["kind"] == "PHONE" and v["mode"] == "local-announced":
                local[v["region"]] += 1
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = "¤" * (s["end"] - s["start"])
        hits = doc_dirty("".join(blank), regions_for(rec))
        if hits:
            errs.append(f"{where}: unlabelled PII-like text {hits}")
    for r in N.LOCAL_REGIONS:
        if local[r] != LOCAL_QUOTA:
            errs.append(f"local-announced {r}: {local[r]} != {LOCAL_QUOTA}")
    return errs, len(recs)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    errs, n = check(*argv[:2]) if argv else check()
    for e in errs[:200]:
        print(e)
    print(f"{n} documents checked, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
