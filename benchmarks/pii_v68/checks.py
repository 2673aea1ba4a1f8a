"""Validate every record and value of the v68 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as N
from .compose import LANG_HOME, LOCALES, screen_regions
from .make_heldout_set import RECORDS, VALUES
from .negs import dirty, luhn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
OTHER_TYPES = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}


def check_phone(v, rec_id, errs):
    region = v["region"]
    if v["mode"] == "local-announced":
        area_len = v["area_len"]
        nsn = v["e164"][len(str(pn.country_code_for_region(region))) + 1 :]
        num = N.put_back(region, nsn[:area_len], v["text"])
        if pn.length_of_geographical_area_code(num) != area_len:
            errs.append(f"{rec_id}: area length {v}")
    else:
        if v["area_len"] is not None:
            errs.append(f"{rec_id}: area_len not null {v}")
        num = pn.parse(v["text"], region)
    if not pn.is_valid_number(num) or N.e164(num) != v["e164"]:
        errs.append(f"{rec_id}: phone does not parse back {v}")
    if v["mode"] == "other" and pn.number_type(num) not in OTHER_TYPES:
        errs.append(f"{rec_id}: 'other' of wrong type {v}")


def check_value(v, rec_id, errs):
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        errs.append(f"{rec_id}: bad mode {v}")
    if kind == "PHONE":
        check_phone(v, rec_id, errs)
    elif kind == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
            errs.append(f"{rec_id}: e-mail {text}")
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        if not (digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)):
            errs.append(f"{rec_id}: card {text}")
    elif kind == "IBAN":
        if not std_iban.is_valid(text):
            errs.append(f"{rec_id}: IBAN {text}")
    elif kind == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(text)
            if (v["mode"] == "v6") != (ip.version == 6) or (v["mode"] == "v4-private") != (
                ip.version == 4 and ip.is_private
            ):
                errs.append(f"{rec_id}: IP mode {v}")
        except ValueError:
            errs.append(f"{rec_id}: IP {text}")
    elif kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            errs.append(f"{rec_id}: SSN {text}")


def check(rec_path=RECORDS, val_path=VALUES):
    errs = []
    with open(rec_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    with open(val_path, encoding="utf-8") as f:
        sidecar = [json.loads(line) for line in f]
    if len(records) != len(sidecar):
        errs.append("records and sidecar differ in length")
    ids = set()
    for rec, side in zip(records, sidecar, strict=False):
        rid, text, spans, vals = rec["id"], rec["text"], rec["spans"], side["values"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append(f"{rid}: keys or duplicate id")
        ids.add(rid)
        if rec["locale"] not in LOCALES:
            errs.append(f"{rid}: locale")
        if len(spans) != len(vals):
            errs.append(f"{rid}: spans and values differ")
        prev_end = 0
        for s, v in zip(spans, vals, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{rid}: span {s}")
                continue
            if s["start"] < prev_end or s["end"] <= s["start"] or s["end"] > len(text):
                errs.append(f"{rid}: offsets {s}")
            prev_end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: text mismatch {s} {v['text']!r}")
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append(f"{rid}: span touches a letter or digit {v['text']!r}")
            check_value(v, rid, errs)
        lang = "hi" if "-hi-" in rid else rec["locale"][:2]
        if lang not in LANG_HOME:
            lang = "en"
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = "#" * (s["end"] - s["start"])
        if dirty("".join(chars), screen_regions(rec["locale"], lang)):
            errs.append(f"{rid}: unlabelled text trips the screen")
    for e in errs:
        print(e)
    print(f"records: {len(records)}; errors: {len(errs)}")
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if check(*sys.argv[1:3]) else 0)
