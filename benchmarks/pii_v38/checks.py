"""Validate the v38 records and sidecar: offsets, order, values, and each value's own checks."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from . import screen
from .compose import LOCALES
from .make_heldout_set import RECORDS, VALUES
from .values import TRUNK, ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
REGIONS = {loc: (own, nat) for loc, _, own, nat, _ in LOCALES}


def check_value(v, errs, where):
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        errs.append(f"{where}: bad mode {v.get('mode')}")
    if kind == "PHONE":
        num = pn.parse(v["e164"])
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
            errs.append(f"{where}: e164 {v['e164']} invalid or not {v['region']}")
        if v["mode"] == "local-announced":
            if v["region"] not in LOCAL_REGIONS:
                errs.append(f"{where}: local number in {v['region']}")
            nsn = pn.national_significant_number(num)
            area = nsn[: v["area_len"]]
            if v["area_len"] != pn.length_of_geographical_area_code(num):
                errs.append(f"{where}: area_len {v['area_len']}")
            full = TRUNK[v["region"]] + area + re.sub(r"\D", "", text)
            back = pn.parse(full, v["region"])
            if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"]:
                errs.append(f"{where}: local {text} does not put back to {v['e164']}")
        else:
            try:
                back = pn.parse(text, v["region"])
            except pn.NumberParseException:
                errs.append(f"{where}: {text} does not parse")
                return
            if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(back):
                errs.append(f"{where}: {text} parses to another or invalid number")
            if v["area_len"] != pn.length_of_geographical_area_code(num):
                errs.append(f"{where}: area_len {v['area_len']}")
    elif kind == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", text):
            errs.append(f"{where}: e-mail {text}")
    elif kind == "CREDIT_CARD":
        d = re.sub(r"\D", "", text)
        if not (13 <= len(d) <= 19 and luhn.is_valid(d)):
            errs.append(f"{where}: card {text}")
    elif kind == "IBAN":
        if not std_iban.is_valid(text):
            errs.append(f"{where}: IBAN {text}")
    elif kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            errs.append(f"{where}: IP {text}")
    elif kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
        if not m or not ssn_ok(*(int(g) for g in m.groups())):
            errs.append(f"{where}: SSN {text}")


def check(records_path=RECORDS, values_path=VALUES):
    errs = []
    recs = [json.loads(x) for x in Path(records_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(values_path).read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        errs.append("records and values differ in length")
    ids = set()
    for i, (r, v) in enumerate(zip(recs, vals, strict=False)):
        where = r.get("id", i)
        if set(r) != {"id", "locale", "text", "spans"} or r["id"] in ids:
            errs.append(f"{where}: keys or duplicate id")
        ids.add(r["id"])
        text, spans = r["text"], r["spans"]
        if len(spans) != len(v["values"]):
            errs.append(f"{where}: spans and values differ")
            continue
        last = 0
        for s, val in zip(spans, v["values"], strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != val["kind"]:
                errs.append(f"{where}: bad span {s}")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{where}: unsorted or overlapping spans")
            last = s["end"]
            if text[s["start"] : s["end"]] != val["text"]:
                errs.append(f"{where}: span text {text[s['start'] : s['end']]!r} != {val['text']!r}")
            if text[s["start"] - 1 : s["start"]].isalnum() or text[s["end"] : s["end"] + 1].isalnum():
                errs.append(f"{where}: span touches a letter or digit")
            if s["kind"] == "US_SSN" and r["locale"] != "en_US":
                errs.append(f"{where}: SSN outside en_US")
            check_value(val, errs, where)
        if "-pos-" in r["id"] or "-neg-" in r["id"]:
            regions = list(REGIONS[r["locale"]])
            if not screen.doc_ok(text, spans, regions):
                errs.append(f"{where}: masked document fails the screen")
            if ("-neg-" in r["id"]) == bool(spans):
                errs.append(f"{where}: pos/neg label and spans disagree")
        elif spans:
            errs.append(f"{where}: corpus document with spans")
    return errs, len(recs)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    errs, n = check(*argv[:2]) if argv else check()
    for e in errs[:50]:
        print(e)
    print(f"checked {n} documents: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
