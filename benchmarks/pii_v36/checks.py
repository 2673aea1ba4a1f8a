"""Validate every record and value of the v36 set (offsets, order, boundaries, numbers, negatives)."""

from __future__ import annotations

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
from .make_heldout_set import OUT, OUT_VALUES

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
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def ssn_ok(t: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def check_value(v: dict) -> list[str]:
    k, t, errs = v["kind"], v["text"], []
    if k not in KINDS or v.get("mode") not in MODES[k]:
        return [f"bad kind/mode {k}/{v.get('mode')}"]
    if k == "PHONE":
        region, e164, al = v["region"], v["e164"], v["area_len"]
        if v["mode"] == "local-announced":
            if region not in LOCAL_REGIONS:
                return ["local-announced outside US/GB/DE/NL/BR/IN"]
            x = pn.parse(e164)
            area = pn.national_significant_number(x)[:al]
            if pn.length_of_geographical_area_code(x) != al or al == 0:
                errs.append("area_len differs from phonenumbers")
            full = ("" if region in ("US", "BR") else "0") + area + t
            try:
                y = pn.parse(full, region)
                if not pn.is_valid_number(y) or pn.format_number(y, pn.PhoneNumberFormat.E164) != e164:
                    errs.append(f"local {t} does not put back to {e164}")
            except pn.NumberParseException:
                errs.append(f"local {t} does not parse")
        else:
            try:
                y = pn.parse(t, region)
                if not pn.is_valid_number(y) or pn.format_number(y, pn.PhoneNumberFormat.E164) != e164:
                    errs.append(f"phone {t} does not parse back to {e164}")
                if al != pn.length_of_geographical_area_code(y):
                    errs.append("area_len")
            except pn.NumberParseException:
                errs.append(f"phone {t} does not parse")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)):
            errs.append(f"card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append(f"iban {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errs.append(f"ip mode {t}")
        except ValueError:
            errs.append(f"ip {t}")
    elif k == "US_SSN":
        if not ssn_ok(t):
            errs.append(f"ssn {t}")
    elif k == "EMAIL":
        if not screen.EMAIL_RE.fullmatch(t):
            errs.append(f"email {t}")
    return errs


def check(records_path: Path, values_path: Path) -> list[str]:
    errs: list[str] = []
    recs = [json.loads(x) for x in records_path.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in values_path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        return ["record and value counts differ"]
    ids = set()
    for rec, val in zip(recs, vals, strict=True):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{rid}: keys")
        if len(spans) != len(val["values"]):
            errs.append(f"{rid}: span/value count")
            continue
        last = 0
        for s, v in zip(spans, val["values"], strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append(f"{rid}: span form")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{rid}: order/overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: offsets {v['text']!r}")
            if (s["start"] > 0 and text[s["start"] - 1].isalnum()) or (
                s["end"] < len(text) and text[s["end"]].isalnum()
            ):
                errs.append(f"{rid}: span touches a letter or digit")
            errs += [f"{rid}: {e}" for e in check_value(v)]
            if v["kind"] == "US_SSN" and rec["locale"] != "en_US":
                errs.append(f"{rid}: SSN outside en_US")
        loc = rec["locale"]
        if "-pos-" in rid or "-neg-" in rid:
            key = "hi" if DEVANAGARI.search(text) else loc
            _, own, nat, _ = LOCALES[key]
            if not screen.doc_ok(text, spans, sorted({own, nat})):
                errs.append(f"{rid}: masked document flagged by the screens")
            if "-neg-" in rid and spans:
                errs.append(f"{rid}: negative with spans")
        elif spans:
            errs.append(f"{rid}: corpus negative with spans")
    return errs


def main(argv: list[str]) -> int:
    rp = Path(argv[0]) if argv else OUT
    vp = Path(argv[1]) if len(argv) > 1 else OUT_VALUES
    errs = check(rp, vp)
    for e in errs[:50]:
        print(e)
    print(f"checks: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
