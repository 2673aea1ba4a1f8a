"""Validates every record and value of the set; prints the errors and their count (0 wanted)."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban

from . import negs
from .compose import LOCALES, regions_for
from .make_heldout_set import RECORDS, VALUES
from .numbers import AREAS, CC

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
OTHER_TYPES = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
}


def _lang(rec: dict) -> str:
    if "-pos-hi-" in rec["id"] or "-neg-hi-" in rec["id"]:
        return "hi"
    return rec["locale"][:2]


def check_phone(v: dict, err) -> None:
    reg, text = v["region"], v["text"]
    if v["mode"] == "local-announced":
        areas = {a for _, a in AREAS.get(reg, [])}
        num = phonenumbers.parse(v["e164"])
        nsn = phonenumbers.national_significant_number(num)
        area = nsn[: v["area_len"]]
        if area not in areas or phonenumbers.length_of_geographical_area_code(num) != v["area_len"]:
            err(f"area {v}")
        text = f"{CC[reg][1]}{area} {text}"
    try:
        num = phonenumbers.parse(text, None if text.startswith(("+", "(+")) else reg)
    except phonenumbers.NumberParseException as e:
        err(f"parse {v}: {e}")
        return
    if not phonenumbers.is_valid_number(num):
        err(f"invalid {v}")
    if phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) != v["e164"]:
        err(f"e164 {v}")
    if phonenumbers.region_code_for_number(num) != reg and reg != "US":
        err(f"region {v}")
    if v["mode"] == "other" and phonenumbers.number_type(num) not in OTHER_TYPES:
        err(f"other type {v}")
    if v["mode"] != "local-announced" and v["area_len"] is not None:
        err(f"area_len {v}")


def check_value(v: dict, err) -> None:
    k, t = v["kind"], v["text"]
    if k not in KINDS or v["mode"] not in MODES[k]:
        err(f"kind/mode {v}")
    elif k == "PHONE":
        check_phone(v, err)
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            err(f"card {v}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            err(f"iban {v}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            err(f"ip {v}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m or m[1] in ("000", "666") or m[1] >= "900" or m[2] == "00" or m[3] == "0000":
            err(f"ssn {v}")
    elif k == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
        err(f"email {v}")


def check(records: Path, values: Path) -> list[str]:
    errors: list[str] = []
    recs = [json.loads(x) for x in records.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in values.read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, val in zip(recs, vals, strict=False):

        def err(msg: str, rid: str = rec["id"]) -> None:
            errors.append(f"{rid}: {msg}")

        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            err("keys or duplicate id")
        ids.add(rec["id"])
        if rec["locale"] not in LOCALES:
            err("locale")
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(val["values"]):
            err("span/value count")
        end = 0
        for s, v in zip(spans, val["values"], strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                err(f"span keys/kind {s}")
            if s["start"] < end or s["end"] <= s["start"]:
                err(f"order/overlap {s}")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                err(f"offsets {s} {v['text']!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                err(f"touches before {s}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                err(f"touches after {s}")
            check_value(v, err)
        # whole-document screen with the labelled spans blanked
        if "-pos-" in rec["id"] or "-neg-" in rec["id"]:
            lang = _lang(rec)
            extra = next((v["region"] for v in val["values"] if v.get("mode") == "local-announced"), None)
            regs = regions_for(rec["locale"], lang, extra)
        else:
            regs = [LOCALES[rec["locale"]][1], "US"]
        t = list(text)
        for s in spans:
            t[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(t)
        hits = negs.phone_hits(blank, regs) + negs.guard_hits(blank)
        if hits:
            err(f"unlabelled hits {hits}")
        if "-neg-" in rec["id"] and spans:
            err("negative with spans")
    return errors


def main(argv: list[str]) -> None:
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    errors = check(records, values)
    for e in errors[:50]:
        print(e)
    print(f"errors: {len(errors)}")


if __name__ == "__main__":
    main(sys.argv[1:])
