"""Re-check the v15 files: offsets, sidecar, phone round-trips and region rules, Luhn, mod-97, SSN, IP,
guards.

nice -n 19 .venv/bin/python -m benchmarks.pii_v15.checks [RECORDS [VALUES]]
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn

from benchmarks.pii_v15.corpus import SOURCES, rows
from benchmarks.pii_v15.guards import corpus_ok, problems
from benchmarks.pii_v15.iban import mod97, national_ok
from benchmarks.pii_v15.locales import LOCALES, SUBSCRIBER_REGIONS
from benchmarks.pii_v15.phones import SERVICE_TYPES
from benchmarks.pii_v15.values import luhn_ok, ssn_ok

ROOT = Path(__file__).resolve().parents[2]
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
    "IP_ADDRESS": {"v4", "v6"},
}
CORPUS_LANGS = {"en", "de", "fr", "es", "it", "nl", "pt"}


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def check_phone(v: dict, locale: str) -> str | None:
    text, region, mode = v["text"], v["region"], v["mode"]
    full = pn.parse(v["e164"])
    if not pn.is_valid_number(full) or pn.region_code_for_number(full) != region:
        return "e164 not valid for region"
    if pn.length_of_geographical_area_code(full) != v["area_len"]:
        return "area_len"
    plan = LOCALES[locale][0] if locale in LOCALES else None
    if mode == "international":
        s = text.replace("(0)", "")
        idd = (
            None
            if s.startswith("+")
            else "US"
            if s.startswith("011")
            else "DE"
            if s.startswith("00")
            else "?"
        )
        if idd == "?":
            return "international without + / 00 / 011"
        p = pn.parse(s, idd)
        return None if pn.is_valid_number(p) and pn.format_number(p, 0) == v["e164"] else "intl round-trip"
    if region != plan:
        return "region %s is not the plan region %s of %s" % (region, plan, locale)
    try:
        p = pn.parse(text, region)
        as_written = pn.is_valid_number(p) and pn.format_number(p, 0) == v["e164"]
    except pn.NumberParseException:
        as_written = False
    if mode in ("national", "other"):
        if not as_written:
            return "national round-trip"
        is_service = pn.number_type(full) in SERVICE_TYPES
        return None if is_service == (mode == "other") else "service type vs mode"
    if as_written:
        return None
    # subscriber-only: a fixed line with its geographic area code cut off
    cut = v["area_len"]
    nsn = pn.national_significant_number(full)
    if region not in SUBSCRIBER_REGIONS:
        return "subscriber-only number outside US/GB/DE/NL/BR/IN"
    if pn.number_type(full) not in (pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return "subscriber-only of a non-fixed number"
    if cut == 0 or _digits(text) != nsn[cut:] or text[0] in "01":
        return "subscriber part does not match"
    return None


def check_value(v: dict, locale: str) -> str | None:
    kind, text = v["kind"], v["text"]
    if v["mode"] not in MODES.get(kind, ()):
        return "mode"
    if kind == "PHONE":
        return check_phone(v, locale)
    if kind == "CREDIT_CARD":
        d = _digits(text)
        shape = {"grouped": " ", "dashed": "-"}.get(v["mode"])
        ok = luhn_ok(d) and 13 <= len(d) <= 19 and (shape in text if shape else text == d)
        return None if ok else "card"
    if kind == "IBAN":
        ok = mod97(text) == 1 and national_ok(text) and ((" " in text) == (v["mode"] == "grouped"))
        return None if ok else "iban"
    if kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
        return None if m and ssn_ok(*map(int, m.groups())) and locale == "en_US" else "ssn"
    if kind == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            return "ip"
        return None if "v%d" % ip.version == v["mode"] else "ip mode"
    if kind == "EMAIL":
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", text) else "email"
    return "kind"


def check(records_path: Path, values_path: Path) -> list[str]:
    recs = [json.loads(x) for x in records_path.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in values_path.read_text(encoding="utf-8").splitlines()]
    errs = []
    if len(recs) != len(vals):
        errs.append("record and sidecar line counts differ")
    if len({r["id"] for r in recs}) != len(recs):
        errs.append("duplicate ids")
    sources = {(s, lang): (path, field) for s, lang, path, field, _ in SOURCES}
    cache: dict = {}
    for r, v in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if set(r) != {"id", "locale", "text", "spans"} or set(v) != {"values"}:
            errs.append(rid + ": keys")
        if r["locale"] not in LOCALES and r["locale"] not in CORPUS_LANGS:
            errs.append(rid + ": locale")
        if len(spans) != len(v["values"]):
            errs.append(rid + ": spans and values differ in number")
            continue
        last = 0
        for s, val in zip(spans, v["values"], strict=True):
            if not (last <= s["start"] < s["end"] <= len(text)):
                errs.append(rid + ": offsets not sorted, overlapping or out of range")
            last = s["end"]
            if text[s["start"] : s["end"]] != val["text"] or s["kind"] != val["kind"]:
                errs.append(rid + ": span text or kind differs from sidecar")
            why = check_value(val, r["locale"])
            if why:
                errs.append("%s: %s %r: %s" % (rid, val["kind"], val["text"], why))
        hits = problems(text, spans)
        if hits:
            errs.append("%s: guard: %s" % (rid, hits[:3]))
        m = re.fullmatch(r"([a-z0-9_]+)-([a-z]{2})-(\d+)", rid)
        if m and (m[1], m[2]) in sources:
            path, field = sources[(m[1], m[2])]
            if path not in cache:
                cache[path] = dict(rows(path, field))
            if cache[path].get(int(m[3])) != text or not corpus_ok(text) or spans:
                errs.append(rid + ": corpus text not verbatim or not screened")
        elif "-pos-" not in rid and spans:
            errs.append(rid + ": negative document with spans")
    return errs


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rec = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v15.jsonl"
    val = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v15_values.jsonl"
    errs = check(rec, val)
    for e in errs[:50]:
        print("FAIL", e)
    n = sum(1 for _ in rec.open(encoding="utf-8"))
    print("checks: %d records, %d problems" % (n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main())
