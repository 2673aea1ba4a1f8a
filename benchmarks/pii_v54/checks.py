"""Validate every record and value of the v54 set; print the errors and exit 1 if there are any."""

import ipaddress
import json
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban

from benchmarks.pii_v54 import build, negs, numbers
from benchmarks.pii_v54.make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_phone(v, errs, where):
    region, e164, text = v["region"], v["e164"], v["text"]
    if v["mode"] == "local-announced":
        num = pn.parse(e164, None)
        alen = pn.length_of_geographical_area_code(num)
        if alen != v["area_len"]:
            errs.append(f"{where}: area_len {v['area_len']} != {alen}")
        nsn = pn.national_significant_number(num)
        area = nsn[:alen]
        if not numbers.parses_to(numbers.put_back(region, area, text), region, e164):
            errs.append(f"{where}: local {text!r} does not put back to {e164}")
        if pn.number_type(num) not in numbers.FIXED:
            errs.append(f"{where}: local not fixed line")
        return
    if v["area_len"] is not None:
        errs.append(f"{where}: area_len on non-local phone")
    if text.startswith("00"):
        errs.append(f"{where}: 00 prefix")
    if not numbers.parses_to(text, region, e164):
        errs.append(f"{where}: {text!r} does not parse to valid {e164} in {region}")
    num = pn.parse(e164, None)
    if v["mode"] == "other" and pn.number_type(num) not in numbers.OTHER:
        errs.append(f"{where}: 'other' of type {pn.number_type(num)}")
    if v["mode"] != "other" and pn.number_type(num) in numbers.OTHER:
        errs.append(f"{where}: service number not marked other")


def check_value(v, errs, where):
    kind, text = v["kind"], v["text"]
    if kind not in KINDS or v["mode"] not in MODES[kind]:
        errs.append(f"{where}: bad kind/mode {kind}/{v['mode']}")
        return
    if kind == "PHONE":
        check_phone(v, errs, where)
    elif kind == "CREDIT_CARD":
        ds = text.replace(" ", "").replace("-", "")
        if not (ds.isdigit() and 13 <= len(ds) <= 19 and negs.luhn(ds)):
            errs.append(f"{where}: card {text!r}")
    elif kind == "IBAN":
        if not std_iban.is_valid(text.replace(" ", "")):
            errs.append(f"{where}: iban {text!r}")
    elif kind == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(text)
        except ValueError:
            errs.append(f"{where}: ip {text!r}")
            return
        if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
            a.version == 4 and a.is_private
        ):
            errs.append(f"{where}: ip mode {v['mode']} for {text}")
    elif kind == "US_SSN":
        ds = text.replace("-", "").replace(" ", "")
        area, group, serial = ds[:3], ds[3:5], ds[5:]
        if not (
            len(ds) == 9
            and ds.isdigit()
            and area not in ("000", "666")
            and area[0] != "9"
            and group != "00"
            and serial != "0000"
        ):
            errs.append(f"{where}: ssn {text!r}")
    elif kind == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(text):
            errs.append(f"{where}: email {text!r}")


def check(records_path=RECORDS, values_path=VALUES):
    errs = []
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("records and values differ in length")
    ids = set()
    for i, (rec, val) in enumerate(zip(recs, vals, strict=False)):
        where = rec.get("id", i)
        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            errs.append(f"{where}: keys or duplicate id")
        ids.add(rec["id"])
        text, spans, values = rec["text"], rec["spans"], val["values"]
        if len(spans) != len(values):
            errs.append(f"{where}: {len(spans)} spans, {len(values)} values")
            continue
        last = 0
        for sp, v in zip(spans, values, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] != v["kind"]:
                errs.append(f"{where}: span {sp}")
            if sp["start"] < last or sp["end"] <= sp["start"]:
                errs.append(f"{where}: unsorted or overlapping {sp}")
            last = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errs.append(f"{where}: span text {text[sp['start'] : sp['end']]!r} != {v['text']!r}")
            before = text[sp["start"] - 1] if sp["start"] else " "
            after = text[sp["end"]] if sp["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append(f"{where}: span touches a letter or digit {v['text']!r}")
            if "\n" in v["text"]:
                errs.append(f"{where}: value split across lines")
            check_value(v, errs, where)
        # whole-document screen with spans blanked
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = "x" * (sp["end"] - sp["start"])
        lang = "hi" if "-hi-" in rec["id"] else rec["locale"][:2]
        _, own, nat = build.LOCALES[rec["locale"]]
        regions = sorted(set([own, nat] + build.HOME[lang]))
        if negs.dirty("".join(blank), regions):
            errs.append(f"{where}: unlabelled text flagged by the screen")
        locals_ = [v for v in values if v.get("mode") == "local-announced"]
        if (
            len(
                {
                    pn.parse(v["e164"], None).national_number
                    // 10
                    ** len(v["text"].replace(" ", "").replace("-", "").replace(".", "").replace("\u2013", ""))
                    for v in locals_
                }
            )
            > 1
        ):
            errs.append(f"{where}: local numbers with different area codes")
    return errs


def main(argv):
    errs = check(*(Path(a) for a in argv[:2]))
    for e in errs[:200]:
        print(e)
    print(f"errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
