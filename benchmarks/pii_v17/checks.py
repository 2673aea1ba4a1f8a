"""Re-check the v17 files: offsets, sidecar agreement, phone round-trips, Luhn, mod-97, SSA, IPs, guards."""

import ipaddress
import json
import re
import sys

import phonenumbers

from . import phones
from .guards import check_record
from .values import iban_ok, luhn_ok, ssn_ok

RECORDS = "tests/data/pii_heldout_v17.jsonl"
VALUES = "tests/data/pii_heldout_v17_values.jsonl"


def check_value(v):
    t, kind = v["text"], v["kind"]
    if kind == "PHONE":
        mode, region = v["mode"], v["region"]
        if mode == "international":
            num = phones.parse_intl(t)
        else:
            digits = re.sub(r"\D", "", t)
            full = phonenumbers.parse(v["e164"], None)
            nsn = phonenumbers.national_significant_number(full)
            if v["area_len"] and digits == nsn[v["area_len"] :] and mode in ("local-announced", "list-entry"):
                assert phonenumbers.is_valid_number_for_region(full, region), v
                assert region in phones.SUBSCRIBER_REGIONS and digits[0] not in "01", v
                return
            num = phonenumbers.parse(t, region)
        assert phonenumbers.is_valid_number_for_region(num, region), v
        assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == v["e164"], v
        assert phonenumbers.length_of_geographical_area_code(num) == v["area_len"], v
    elif kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), v
    elif kind == "IBAN":
        assert iban_ok(t), v
    elif kind == "US_SSN":
        assert ssn_ok(*re.split(r"[- ]", t)), v
    elif kind == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif kind == "EMAIL":
        assert re.fullmatch(r"[A-Za-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", t), v
    else:
        raise AssertionError(v)


def main(records=RECORDS, values=VALUES):
    recs = [json.loads(ln) for ln in open(records, encoding="utf-8")]
    vals = [json.loads(ln) for ln in open(values, encoding="utf-8")]
    assert len(recs) == len(vals) == 1200, (len(recs), len(vals))
    assert len({r["id"] for r in recs}) == len(recs)
    n = 0
    for rec, val in zip(recs, vals, strict=True):
        prev = 0
        assert len(rec["spans"]) == len(val["values"]), rec["id"]
        for s, v in zip(rec["spans"], val["values"], strict=True):
            assert s["start"] >= prev and s["end"] > s["start"], rec["id"]
            prev = s["end"]
            assert s["kind"] == v["kind"] and rec["text"][s["start"] : s["end"]] == v["text"], rec["id"]
            if v["kind"] == "US_SSN":
                assert rec["locale"] == "en_US", rec["id"]
            check_value(v)
            n += 1
        problem = check_record(rec)
        assert problem is None, (rec["id"], problem)
    print("checks passed: %d records, %d values" % (len(recs), n))


if __name__ == "__main__":
    main(*sys.argv[1:])
