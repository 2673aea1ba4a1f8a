"""Verify the v28 files: spans, offsets, value validity and guards."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn

from .guards import guard_hits, mask
from .values import iban_mod, luhn_ok, ssn_ok

MODES = {"international", "national", "local-announced", "list-entry", "other"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def check_value(v, rec):
    t, k = v["text"], v["kind"]
    d = re.sub(r"\D", "", t)
    if k == "PHONE":
        assert v["mode"] in MODES, v
        num = pn.parse(v["e164"], None)
        assert pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == v["e164"], v
        assert pn.region_code_for_number(num) == v["region"], v
        assert pn.length_of_geographical_area_code(num) == v["area_len"], v
        if v["mode"] == "local-announced":
            nsn = pn.national_significant_number(num)
            assert v["region"] in ("US", "GB", "DE", "NL", "BR", "IN") and v["area_len"] > 0, v
            assert nsn[v["area_len"] :] == d, v
            assert pn.number_type(num) in (
                pn.PhoneNumberType.FIXED_LINE,
                pn.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            )
        else:
            reg = None if t.startswith(("+", "00")) else v["region"]
            src = "+" + t[2:] if t.startswith("00") else t
            got = pn.parse(src, reg)
            assert pn.format_number(got, pn.PhoneNumberFormat.E164) == v["e164"], v
            if t.startswith("00"):
                assert rec["locale"][-2:] not in ("US", "BR", "AU"), (v, rec["id"])
    elif k == "CREDIT_CARD":
        assert 13 <= len(d) <= 19 and luhn_ok(d), v
    elif k == "IBAN":
        assert iban_mod(t.replace(" ", "")) == 1, v
    elif k == "US_SSN":
        assert rec["locale"] == "en_US" and re.fullmatch(r"\d{3}[ -]\d{2}[ -]\d{4}", t), v
        assert ssn_ok(int(d[:3]), int(d[3:5]), int(d[5:])), v
    elif k == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", t), v
    elif k == "IP_ADDRESS":
        ip = ipaddress.ip_address(t)
        assert (ip.version == 6) == (v["mode"] == "v6"), v
        if ip.version == 6:
            assert ip.is_global and ip.compressed == t, v
    else:
        raise AssertionError(v)


def check(records, values):
    assert len(records) == len(values)
    ids = set()
    for rec, val in zip(records, values, strict=True):
        assert rec["id"] not in ids
        ids.add(rec["id"])
        text, spans, vs = rec["text"], rec["spans"], val["values"]
        assert len(spans) == len(vs), rec["id"]
        last = 0
        for sp, v in zip(spans, vs, strict=True):
            assert sp["start"] >= last and sp["end"] > sp["start"], rec["id"]
            last = sp["end"]
            assert sp["kind"] == v["kind"] and text[sp["start"] : sp["end"]] == v["text"], rec["id"]
            if sp["start"] > 0:
                assert not text[sp["start"] - 1].isalnum(), (rec["id"], v)
            if sp["end"] < len(text):
                assert not text[sp["end"]].isalnum(), (rec["id"], v)
            check_value(v, rec)
        assert not guard_hits(mask(text, spans)), (rec["id"], guard_hits(mask(text, spans)))
        if "-pos-" in rec["id"]:
            assert vs, rec["id"]
        if "-neg-" in rec["id"] or not re.search(r"-(pos|neg)-", rec["id"]):
            assert not vs, rec["id"]
    return True


def main(argv):
    rp = argv[0] if argv else "tests/data/pii_heldout_v28.jsonl"
    vp = argv[1] if len(argv) > 1 else "tests/data/pii_heldout_v28_values.jsonl"
    check(load(rp), load(vp))
    print("checks passed:", rp, vp)


if __name__ == "__main__":
    main(sys.argv[1:])
