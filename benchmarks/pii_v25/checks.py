"""Checks of the v25 held-out set: spans against texts, value validity, region rules and the guards.

    python -m benchmarks.pii_v25.checks [RECORDS [VALUES]]

Exits non-zero and prints the first problems when anything is off.
"""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F

from . import corpus, others, phones
from .make_heldout_set import RECORDS, VALUES

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
ID_GEN = re.compile(r"(?P<locale>[a-z]{2}_[A-Z]{2})-(pos|neg)-[a-z]+-\d+")


def load(path: Path) -> list:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def check_phone(v: dict, locale: str) -> list:
    errs = []
    region, mode, text = v.get("region"), v["mode"], v["text"]
    for key in ("region", "e164", "area_len"):
        if key not in v:
            errs.append(f"phone without {key}")
    if errs:
        return errs
    obj = pn.parse(v["e164"], None)
    if not pn.is_valid_number(obj) or pn.region_code_for_number(obj) != region:
        errs.append(f"e164 {v['e164']} not a valid {region} number")
    if pn.format_number(obj, F.E164) != v["e164"]:
        errs.append("e164 not canonical")
    if pn.length_of_geographical_area_code(obj) != v["area_len"]:
        errs.append(f"area_len {v['area_len']} for {v['e164']}")
    own = phones.OWN.get(locale)
    plan = phones.PLAN[locale]
    if mode == "local-announced":
        nsn = pn.national_significant_number(obj)
        digits = re.sub(r"\D", "", text)
        if not re.fullmatch(r"\d+(?:[ .\-]\d+)*", text):
            errs.append(f"local text {text!r}")
        if region not in phones.LOCAL_REGIONS or own or region != plan:
            errs.append(f"local number of {region} in {locale}")
        if v["area_len"] <= 0 or nsn[v["area_len"] :] != digits:
            errs.append(f"local digits {text!r} are not the subscriber part of {v['e164']}")
    else:
        try:
            parsed = pn.format_number(pn.parse(text, region), F.E164)
        except pn.NumberParseException:
            parsed = None
        if parsed != v["e164"]:
            errs.append(f"{text!r} parses to {parsed}, not {v['e164']}")
        if mode == "international":
            if not re.match(r"\(?(\+|00)", text):
                errs.append(f"international number without prefix: {text!r}")
        elif region != plan:
            errs.append(f"{mode} number of {region} in {locale} (plan {plan})")
        elif text.startswith("+") or text.startswith("00"):
            errs.append(f"{mode} number written internationally: {text!r}")
        if mode == "other" and pn.number_type(obj) not in phones.SERVICE_TYPES:
            errs.append(f"'other' number {text!r} is not a service number")
    if own and region == own and mode != "international":
        errs.append(f"own number of {locale} not international")
    return errs


def check_value(v: dict, locale: str) -> list:
    kind, text = v.get("kind"), v.get("text", "")
    if v.get("mode") not in MODES.get(kind, ()):
        return [f"bad kind/mode {kind}/{v.get('mode')}"]
    if kind == "PHONE":
        return check_phone(v, locale)
    errs = []
    if kind == "EMAIL" and not others.email_valid(text):
        errs.append(f"email {text!r}")
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        sep = {"grouped": " ", "dashed": "-", "compact": ""}[v["mode"]]
        if not digits.isdigit() or not others.luhn_ok(digits) or len(digits) not in (15, 16):
            errs.append(f"card {text!r}")
        if (sep and sep not in text) or (not sep and not text.isdigit()):
            errs.append(f"card mode {v['mode']} for {text!r}")
        if not re.match(
            r"4|5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6011|65|64[4-9]", digits
        ):
            errs.append(f"card brand {text!r}")
    elif kind == "IBAN":
        if not others.iban_valid(text) or (v["mode"] == "compact") == (" " in text):
            errs.append(f"iban {text!r}")
        if text.replace(" ", "")[:2] != others.IBAN_COUNTRY.get(locale):
            errs.append(f"iban country of {text!r} in {locale}")
    elif kind == "US_SSN":
        if not others.ssn_valid(text) or locale != "en_US":
            errs.append(f"ssn {text!r} in {locale}")
        if ("-" in text) != (v["mode"] == "dashed"):
            errs.append(f"ssn mode {text!r}")
    elif kind == "IP_ADDRESS":
        try:
            addr = ipaddress.ip_address(text)
        except ValueError:
            return [f"ip {text!r}"]
        if v["mode"] == "v4" and (addr.version != 4 or not (addr.is_private or addr.is_global)):
            errs.append(f"ipv4 {text!r}")
        compressed = str(addr) == text and "::" in text
        if v["mode"] == "v6" and (addr.version != 6 or not addr.is_global or not compressed):
            errs.append(f"ipv6 {text!r}")
    return errs


def check(records: list, values: list) -> list:
    errs = []
    if len(records) != len(values):
        return [f"{len(records)} records but {len(values)} value lines"]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for rec, val in zip(records, values, strict=True):
        rid, text, spans, vals = rec["id"], rec["text"], rec["spans"], val["values"]
        where = f"{rid}: "
        if list(rec) != ["id", "locale", "text", "spans"] or list(val) != ["values"]:
            errs.append(where + "field order")
        if len(spans) != len(vals):
            errs.append(where + "spans and values differ in number")
            continue
        m = ID_GEN.fullmatch(rid)
        if m and m.group("locale") != rec["locale"]:
            errs.append(where + "locale differs from id")
        if not m:
            if spans or not corpus.screened(text):
                errs.append(where + "corpus text with spans or failing the screen")
        elif "-pos-" in rid and not spans:
            errs.append(where + "positive document without a value")
        elif "-neg-" in rid and spans:
            errs.append(where + "negative document with a value")
        last = 0
        for sp, v in zip(spans, vals, strict=True):
            if list(sp) != ["kind", "start", "end"]:
                errs.append(where + "span field order")
            if not (last <= sp["start"] < sp["end"] <= len(text)):
                errs.append(where + f"span {sp} unsorted, overlapping or outside")
            last = sp["end"]
            if text[sp["start"] : sp["end"]] != v.get("text") or sp["kind"] != v.get("kind"):
                errs.append(where + f"span {sp} does not match value {v}")
            if v.get("text", "").strip() != v.get("text"):
                errs.append(where + f"value with outer spaces {v}")
            errs += [where + e for e in check_value(v, rec["locale"])]
        hits = others.guard_hits(others.mask(text, spans))
        if hits:
            errs.append(where + f"guards: {hits[:3]}")
    return errs


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rec_path = Path(argv[0]) if argv else RECORDS
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES
    errs = check(load(rec_path), load(val_path))
    for e in errs[:40]:
        print(e)
    print(f"{len(errs)} problems in {rec_path.name} / {val_path.name}")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
