"""Re-checks the v18 files: offsets, phone round-trips, Luhn, mod-97 and national checks, SSNs, IPs, guards.

nice -n 19 .venv/bin/python -m benchmarks.pii_v18.checks [RECORDS [VALUES]]
"""

import ipaddress
import json
import re
import sys

import phonenumbers as pn

from .guards import mask, problems
from .phones import normalise_international
from .values import es_dc, fr_rib_key, it_cin, luhn_ok, mod97_ok, nl_eleven_ok, ssn_ok

RECORDS = "tests/data/pii_heldout_v18.jsonl"
VALUES = "tests/data/pii_heldout_v18_values.jsonl"
PHONE_MODES = {"international", "national", "local-announced", "list-entry", "other"}
SERVICE_TYPES = {
    pn.PhoneNumberType.TOLL_FREE,
    pn.PhoneNumberType.SHARED_COST,
    pn.PhoneNumberType.UAN,
    pn.PhoneNumberType.PREMIUM_RATE,
}
_EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def check_phone(v, locale):
    text, region, mode = v["text"], v["region"], v["mode"]
    assert mode in PHONE_MODES, mode
    full = pn.parse(v["e164"], None)
    assert pn.is_valid_number(full) and pn.region_code_for_number(full) == region, v
    assert pn.length_of_geographical_area_code(full) == v["area_len"], v
    nsn = pn.national_significant_number(full)
    if mode == "international":
        num = pn.parse(normalise_international(text), None)
        assert pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == v["e164"], v
        return
    digits = re.sub(r"\D", "", text)
    if mode in ("local-announced", "list-entry") and digits == nsn[v["area_len"] :] and v["area_len"] > 0:
        assert (
            region in {"US", "GB", "DE", "NL", "BR", "IN"} and len(digits) >= 5 and digits[0] not in "01"
        ), v
        return
    num = pn.parse(text, region)
    assert pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == v["e164"], v
    if mode == "other":
        assert pn.number_type(num) in SERVICE_TYPES, v


def check_iban(text):
    s = text.replace(" ", "")
    assert mod97_ok(s) and 15 <= len(s) <= 34, text
    cc, bban = s[:2], s[4:]
    if cc == "FR":
        assert int(bban[21:23]) == fr_rib_key(bban[:5], bban[5:10], bban[10:21]), text
    elif cc == "ES":
        assert bban[8:10] == "%d%d" % (es_dc("00" + bban[:8]), es_dc(bban[10:])), text
    elif cc == "IT":
        assert bban[0] == it_cin(bban[1:]), text
    elif cc == "BE":
        assert int(bban[10:12]) == (int(bban[:10]) % 97 or 97), text
    elif cc == "NL":
        assert nl_eleven_ok(bban[4:]), text
    return cc


def check_value(v, locale):
    kind, text = v["kind"], v["text"]
    if kind == "PHONE":
        check_phone(v, locale)
    elif kind == "EMAIL":
        assert v["mode"] in ("personal", "role") and _EMAIL.match(text), v
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        assert digits.isdigit() and len(digits) in (15, 16) and luhn_ok(digits), v
    elif kind == "IBAN":
        cc = check_iban(text)
        expect = {"en_AU": "GB", "en_GB": "GB", "en_IE": "IE"}.get(locale, locale[-2:])
        assert cc == expect and locale not in ("en_US", "en_IN"), (v, locale)
    elif kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        assert m and locale == "en_US" and ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))), v
    elif kind == "IP_ADDRESS":
        addr = ipaddress.ip_address(text)
        assert v["mode"] == "v%d" % addr.version, v
        assert addr.version == 4 or "::" in text, v
    else:
        raise AssertionError(kind)


def run(records_path=RECORDS, values_path=VALUES):
    with open(records_path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(values_path, encoding="utf-8") as fh:
        values = [json.loads(line)["values"] for line in fh]
    assert len(records) == len(values) == 1200, (len(records), len(values))
    assert len({r["id"] for r in records}) == len(records), "duplicate ids"
    n_spans = 0
    for rec, vals in zip(records, values, strict=True):
        text, spans = rec["text"], rec["spans"]
        assert len(spans) == len(vals), rec["id"]
        last = 0
        for sp, v in zip(spans, vals, strict=True):
            assert last <= sp["start"] < sp["end"] <= len(text), rec["id"]
            last = sp["end"]
            assert sp["kind"] == v["kind"] and text[sp["start"] : sp["end"]] == v["text"], (rec["id"], v)
            assert v["text"] == v["text"].strip(), v
            check_value(v, rec["locale"])
            n_spans += 1
        found = problems(mask(text, spans))
        assert not found, (rec["id"], found)
    print("checks passed: %d records, %d spans" % (len(records), n_spans))


if __name__ == "__main__":
    run(*sys.argv[1:3])
