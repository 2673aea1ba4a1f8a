"""Re-checks v16's files: record format, offsets, sidecar agreement, phone round-trips, region rules, Luhn,
mod-97 and national IBAN checks, SSA rules, IPs, e-mails, the guards, and that corpus texts are untouched.

    nice -n 19 .venv/bin/python -m benchmarks.pii_v16.checks [RECORDS [VALUES]]
"""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

from benchmarks.pii_v16 import corpus
from benchmarks.pii_v16.guards import problems
from benchmarks.pii_v16.iban import IBAN_COUNTRY, mod97, national_ok
from benchmarks.pii_v16.phones import NEIGHBOUR, OWN, SUBSCRIBER_REGIONS
from benchmarks.pii_v16.values import luhn_ok, ssn_ok

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = (ROOT / "tests/data/pii_heldout_v16.jsonl", ROOT / "tests/data/pii_heldout_v16_values.jsonl")
KINDS = {"PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "US_SSN", "IP_ADDRESS"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
    "IP_ADDRESS": {"v4", "v6"},
}
EMAIL = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
SERVICE = (T.TOLL_FREE, T.SHARED_COST, T.PREMIUM_RATE, T.UAN)


def _intl_text(text):
    t = text.replace("(0)", "").strip()
    if t.startswith("(+"):
        t = t[1:].replace(")", "", 1)
    if t.startswith("011"):
        return "+" + t[3:]
    if t.startswith("00"):
        return "+" + t[2:]
    return t


def check_phone(v, locale):
    text, region, mode = v["text"], v["region"], v["mode"]
    full = pn.parse(v["e164"], None)
    assert pn.is_valid_number(full) and pn.region_code_for_number(full) == region, v
    assert pn.length_of_geographical_area_code(full) == v["area_len"], v
    home = NEIGHBOUR.get(locale, locale.split("_")[1])
    if mode == "international":
        obj = pn.parse(_intl_text(text), None)
        assert text.startswith(("+", "00", "011", "(+")), v
        assert region != home, v
        if text.startswith("011"):
            assert locale == "en_US", v
    else:
        assert region == home, (v, locale)
        nsn = pn.national_significant_number(full)
        digits = re.sub(r"\D", "", text)
        if mode in ("local-announced", "list-entry") and v["area_len"] and digits == nsn[v["area_len"] :]:
            assert region in SUBSCRIBER_REGIONS and digits[0] not in "01", v
            assert pn.number_type(full) in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE), v
            return "subscriber"
        if mode in ("local-announced", "list-entry"):
            assert region in ("FR", "ES", "IT", "IN"), v
        obj = pn.parse(text, region)
        if mode == "other":
            assert pn.number_type(obj) in SERVICE, v
    assert pn.is_valid_number(obj), v
    assert pn.format_number(obj, pn.PhoneNumberFormat.E164) == v["e164"], v
    if locale in OWN and pn.region_code_for_number(obj) == OWN[locale]:
        assert mode == "international", v
    return "full"


def check_value(v, locale):
    kind, text, mode = v["kind"], v["text"], v["mode"]
    assert kind in KINDS and mode in MODES[kind], v
    if kind == "PHONE":
        check_phone(v, locale)
    elif kind == "EMAIL":
        assert EMAIL.fullmatch(text), v
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), v
        assert (" " in text) == (mode == "grouped") and ("-" in text) == (mode == "dashed"), v
    elif kind == "IBAN":
        assert text[:2] == IBAN_COUNTRY[locale] and mod97(text) and national_ok(text), v
        assert (" " in text) == (mode == "grouped"), v
    elif kind == "US_SSN":
        assert locale == "en_US", v
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        assert m and ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))), v
        assert (m.group(2) == "-") == (mode == "dashed"), v
    elif kind == "IP_ADDRESS":
        addr = ipaddress.ip_address(text)
        assert addr.version == (4 if mode == "v4" else 6) and str(addr) == text, v


def check(records_path, values_path):
    recs = [json.loads(line) for line in open(records_path, encoding="utf-8")]
    vals = [json.loads(line) for line in open(values_path, encoding="utf-8")]
    assert len(recs) == len(vals) == 1200, (len(recs), len(vals))
    assert len({r["id"] for r in recs}) == len(recs), "duplicate ids"
    sources = {}
    n_values = 0
    for rec, side in zip(recs, vals, strict=True):
        assert list(rec) == ["id", "locale", "text", "spans"], rec["id"]
        text, spans = rec["text"], rec["spans"]
        assert len(spans) == len(side["values"]), rec["id"]
        end = 0
        for sp, v in zip(spans, side["values"], strict=True):
            assert list(sp) == ["kind", "start", "end"] and sp["kind"] == v["kind"], rec["id"]
            assert end <= sp["start"] < sp["end"] <= len(text), rec["id"]
            end = sp["end"]
            assert text[sp["start"] : sp["end"]] == v["text"], (rec["id"], v)
            assert v["text"] == v["text"].strip() and v["text"][-1] not in ".,;:", (rec["id"], v)
            check_value(v, rec["locale"])
            n_values += 1
        bad = problems(text, [(s["start"], s["end"]) for s in spans])
        assert not bad, (rec["id"], bad)
        if "-pos-" not in rec["id"]:
            assert not spans, rec["id"]
        if "_" not in rec["locale"]:
            src, lang, row = rec["id"].rsplit("-", 2)
            key = (src, lang)
            if key not in sources:
                path, field = next((p, f) for s, la, p, f, _ in corpus.SOURCES if (s, la) == key)
                sources[key] = corpus._rows(path, field)
            assert sources[key][int(row)] == text and corpus.acceptable(text), rec["id"]
    return len(recs), n_values


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in argv] + list(DEFAULT[len(argv) :])
    n, nv = check(paths[0], paths[1])
    print(f"checks passed: {n} records, {nv} values ({paths[0].name}, {paths[1].name})")


if __name__ == "__main__":
    main()
