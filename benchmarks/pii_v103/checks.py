"""Validate every record and value of the v103 set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers
from stdnum import iban as std_iban

from .compose import screen_regions
from .make_heldout_set import RECORDS, VALUES
from .negs import guard_hits, phone_hits
from .numbers import TRUNK, digits, luhn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
LANG = {"hi": "hi"}


def _lang(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return rec["locale"][:2]


def check_phone(v, errs, where):
    num = phonenumbers.parse(v["e164"], None)
    if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != v["region"]:
        errs.append(f"{where}: e164 not valid for region {v}")
    nsn = phonenumbers.national_significant_number(num)
    if v["mode"] == "local-announced":
        al = v["area_len"]
        if al != phonenumbers.length_of_geographical_area_code(num) or digits(v["text"]) != nsn[al:]:
            errs.append(f"{where}: local number does not fit its area code {v}")
        back = TRUNK[v["region"]] + nsn[:al] + v["text"]
        if v["region"] == "US":
            back = nsn[:al] + v["text"]
        parsed = phonenumbers.parse(back, v["region"])
    else:
        if v["area_len"] is not None:
            errs.append(f"{where}: area_len set on a non-local phone")
        parsed = phonenumbers.parse(v["text"], v["region"])
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.format_number(parsed, 0) != v["e164"]:
        errs.append(f"{where}: {v['text']!r} does not parse back to {v['e164']}")
    if v["mode"] == "other" and phonenumbers.number_type(num) not in (
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    ):
        errs.append(f"{where}: 'other' phone of another type")


def check_value(v, errs, where):
    t = v["text"]
    k = v["kind"]
    if k == "CREDIT_CARD":
        d = digits(t)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append(f"{where}: card fails Luhn {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append(f"{where}: IBAN invalid {t}")
    elif k == "US_SSN":
        d = digits(t)
        a, g, s = d[:3], d[3:5], d[5:]
        if len(d) != 9 or a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
            errs.append(f"{where}: SSN breaks SSA rules {t}")
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = {
            "v4": lambda: a.version == 4 and a.is_global,
            "v4-private": lambda: a.version == 4 and a.is_private,
            "v6": lambda: a.version == 6,
        }[v["mode"]]
        if not want():
            errs.append(f"{where}: IP mode mismatch {t}")
    elif k == "EMAIL":
        if t.count("@") != 1 or "." not in t.split("@")[1]:
            errs.append(f"{where}: e-mail shape {t}")
    elif k == "PHONE":
        check_phone(v, errs, where)


def check(rpath=RECORDS, vpath=VALUES):
    errs = []
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errs.append("records and sidecar differ in length")
    ids = set()
    for rec, values in zip(recs, vals, strict=False):
        where = rec["id"]
        if where in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(where)
        if set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{where}: record keys")
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(values):
            errs.append(f"{where}: spans and values differ")
            continue
        prev = 0
        for s, v in zip(spans, values, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{where}: span shape {s}")
            if s["start"] < prev or s["end"] <= s["start"]:
                errs.append(f"{where}: spans unsorted or overlapping")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{where}: offsets do not match value {v['text']!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{where}: span touches a letter or digit before {v['text']!r}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{where}: span touches a letter or digit after {v['text']!r}")
            if v["mode"] not in MODES[v["kind"]]:
                errs.append(f"{where}: mode {v['mode']}")
            if "\n" in v["text"]:
                errs.append(f"{where}: value across lines")
            try:
                check_value(v, errs, where)
            except (ValueError, phonenumbers.NumberParseException) as e:
                errs.append(f"{where}: {e}")
        if "-neg-" in where and spans:
            errs.append(f"{where}: negative document with spans")
        if "-pos-" in where or "-neg-" in where:
            blank = list(text)
            for s in spans:
                blank[s["start"] : s["end"]] = ["•"] * (s["end"] - s["start"])
            blank = "".join(blank)
            regions = screen_regions(rec["locale"], _lang(rec))
            hits = phone_hits(blank, regions) + guard_hits(blank)
            if hits:
                errs.append(f"{where}: unlabelled hits {hits}")
        else:
            if spans or guard_hits(text):
                errs.append(f"{where}: corpus negative not clean")
    return errs, len(recs)


def main(argv):
    rpath, vpath = (argv[0], argv[1]) if len(argv) >= 2 else (RECORDS, VALUES)
    errs, n = check(rpath, vpath)
    for e in errs[:50]:
        print(e)
    print(f"{n} records checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
