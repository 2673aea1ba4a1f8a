"""Validates v49's records and sidecar: offsets, order, boundaries, and every value's own checks."""

import ipaddress
import json
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as stdiban

from . import compose as C
from . import negs
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
SERVICE = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def check_phone(v, errs, where):
    n = pn.parse(v["e164"])
    if not pn.is_valid_number(n):
        errs.append(f"{where}: invalid {v['e164']}")
    if pn.region_code_for_number(n) != v["region"]:
        errs.append(f"{where}: region {v['region']} vs {v['e164']}")
    text = v["text"]
    if v["mode"] == "local-announced":
        nsn = pn.national_significant_number(n)
        if v["area_len"] != pn.length_of_geographical_area_code(n):
            errs.append(f"{where}: area_len")
        trunk = "" if v["region"] == "US" else "0"
        text = trunk + nsn[: v["area_len"]] + " " + text
    elif v["area_len"] is not None:
        errs.append(f"{where}: area_len not null")
    if v["mode"] == "other" and pn.number_type(n) not in SERVICE:
        errs.append(f"{where}: not a service number")
    try:
        back = pn.parse(text, v["region"])
        if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(back):
            errs.append(f"{where}: {text!r} does not parse back to {v['e164']}")
    except pn.NumberParseException:
        errs.append(f"{where}: {text!r} does not parse")


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append(f"{where}: mode {v['mode']}")
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN":
        s = t.replace(" ", "")
        if not stdiban.is_valid(s) or int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
            errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif k == "US_SSN":
        a, g, s = t.replace(" ", "-").split("-")
        if a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
            errs.append(f"{where}: ssn {t}")
    elif k == "EMAIL" and (t.count("@") != 1 or "." not in t.split("@")[1]):
        errs.append(f"{where}: email {t}")


def check(records=RECORDS, values=VALUES):
    errs = []
    recs = [json.loads(x) for x in Path(records).open(encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in Path(values).open(encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append(f"{rid}: spans/values")
            continue
        prev = 0
        for i, (sp, v) in enumerate(zip(spans, vs, strict=True)):
            where = f"{rid}#{i}"
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append(f"{where}: span shape")
            s, e = sp["start"], sp["end"]
            if s < prev or e <= s:
                errs.append(f"{where}: order/overlap")
            prev = e
            if text[s:e] != v["text"]:
                errs.append(f"{where}: text {text[s:e]!r} != {v['text']!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append(f"{where}: touches a letter or digit")
            if text[s:e] != text[s:e].strip():
                errs.append(f"{where}: whitespace at edge")
            check_value(v, errs, where)
        locale = "hi" if "-hi-" in rid else rec["locale"]
        if locale in C.LOCALES and not C.doc_clean(text, spans, locale):
            errs.append(f"{rid}: dirty after blanking spans")
    return recs, vals, errs


def main(argv):
    recs, _, errs = check(*(argv[1:3] if len(argv) > 2 else ()))
    for e in errs[:50]:
        print(e)
    print(f"records: {len(recs)}; errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
