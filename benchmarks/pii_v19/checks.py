"""Re-check the v19 files: offsets, phone round-trips, Luhn, mod-97 and national checks, SSNs, IPs, guards.

nice -n 19 .venv/bin/python -m benchmarks.pii_v19.checks [RECORDS [VALUES]]
"""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn

from . import guards, values
from .make_heldout_set import RECORDS, VALUES
from .phones import SUBSCRIBER_REGIONS


def _intl_text(t):
    t = t.replace("(0)", "")
    t = re.sub(r"\((\+\d+)\)", r"\1", t)
    t = re.sub(r"^(00|011[ -]?)", "+", t)
    return t


def check_phone(v, locale):
    region, e164 = v["region"], v["e164"]
    num = pn.parse(e164)
    assert pn.is_valid_number_for_region(num, region), v
    assert pn.length_of_geographical_area_code(num) == v["area_len"], v
    if v["mode"] == "international":
        back = pn.parse(_intl_text(v["text"]), None)
        assert pn.format_number(back, pn.PhoneNumberFormat.E164) == e164, v
        return "full"
    try:
        back = pn.parse(v["text"], region)
        if pn.format_number(back, pn.PhoneNumberFormat.E164) == e164 and pn.is_valid_number_for_region(
            back, region
        ):
            return "full"
    except pn.NumberParseException:
        pass
    assert v["mode"] in ("local-announced", "list-entry") and region in SUBSCRIBER_REGIONS, v
    digits = re.sub(r"\D", "", v["text"])
    assert digits == pn.national_significant_number(num)[v["area_len"] :], v
    assert len(digits) >= 6 and digits[0] not in "01", v
    return "subscriber"


def check_iban(text):
    s = text.replace(" ", "")
    assert values.iban_ok(s), text
    cc, b = s[:2], s[4:]
    if cc == "FR":
        assert b[-2:] == values._rib_key(b[:5], b[5:10], b[10:21]), text
    elif cc == "ES":
        assert b[8:10] == f"{values._es_dc('00' + b[:8])}{values._es_dc(b[10:])}", text
    elif cc == "IT":
        assert b[0] == values._it_cin(b[1:6], b[6:11], b[11:]), text
    elif cc == "BE":
        assert int(b[10:]) == (int(b[:10]) % 97 or 97), text
    elif cc == "NL":
        assert sum(int(c) * (10 - i) for i, c in enumerate(b[4:])) % 11 == 0, text


def check_value(v, locale):
    kind, text = v["kind"], v["text"]
    if kind == "PHONE":
        return check_phone(v, locale)
    if kind == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", text), v
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and values.luhn_ok(digits), v
    elif kind == "IBAN":
        check_iban(text)
    elif kind == "US_SSN":
        assert locale == "en_US", v
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        assert m and values.ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))), v
    elif kind == "IP_ADDRESS":
        addr = ipaddress.ip_address(text)
        assert str(addr) == text, v
        if addr.version == 4:
            assert not text.endswith((".0", ".255")), v
        else:
            assert addr.is_global and text.startswith(("2", "3")) and "::" in text, v
    else:
        raise AssertionError(v)
    return None


def run(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in Path(records_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(values_path).read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(vals), "records and sidecar differ in length"
    assert len({r["id"] for r in recs}) == len(recs), "duplicate ids"
    n_values = 0
    for rec, side in zip(recs, vals, strict=True):
        text, spans, entries = rec["text"], rec["spans"], side["values"]
        assert len(spans) == len(entries), rec["id"]
        last = 0
        for span, v in zip(spans, entries, strict=True):
            assert last <= span["start"] < span["end"], rec["id"]
            last = span["end"]
            assert text[span["start"] : span["end"]] == v["text"] and span["kind"] == v["kind"], rec["id"]
            check_value(v, rec["locale"])
            n_values += 1
        assert not guards.problems(text, spans), (rec["id"], guards.problems(text, spans))
    print(f"checks passed: {len(recs)} records, {n_values} values")
    return True


if __name__ == "__main__":
    run(*sys.argv[1:3])
