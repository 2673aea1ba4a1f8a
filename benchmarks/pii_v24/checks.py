"""Checks for the v24 set: spans match texts, offsets sorted and disjoint, values valid, guards clean.
Usage: python -m benchmarks.pii_v24.checks [RECORDS [VALUES]]"""

import ipaddress
import json
import re
import sys

import phonenumbers as pn

from .accounts import iban_valid, luhn_ok, ssn_valid
from .make_heldout_set import RECORDS, VALUES
from .others import guard_hits, mask

KINDS = {"PHONE", "EMAIL", "IP_ADDRESS", "CREDIT_CARD", "IBAN", "US_SSN"}
PHONE_MODES = {"international", "national", "local-announced", "list-entry", "other"}


def check_phone(v):
    num = pn.parse(v["e164"], None)
    assert pn.is_valid_number(num), v
    assert pn.region_code_for_number(num) == v["region"], v
    alen = pn.length_of_geographical_area_code(num)
    assert v["area_len"] == alen, v
    nsn = pn.national_significant_number(num)
    if v["mode"] == "local-announced":
        assert v["region"] in ("US", "GB", "DE", "NL", "BR", "IN") and alen > 0, v
        assert re.sub(r"\D", "", v["text"]) == nsn[alen:], v
        return
    got = pn.parse(v["text"], v["region"])
    assert pn.is_valid_number(got) and pn.format_number(got, pn.PhoneNumberFormat.E164) == v["e164"], v
    if v["mode"] == "international":
        assert v["text"].startswith(("+", "00", "(+")), v
    if v["mode"] == "other":
        assert pn.number_type(num) in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.PREMIUM_RATE,
            pn.PhoneNumberType.UAN,
        ), v


def check_value(v, locale):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        assert v["mode"] in PHONE_MODES, v
        check_phone(v)
        own = locale.split("_")[1]
        if own in ("AT", "CH", "BE", "AU", "IE") and v["region"] == own:
            assert v["text"].startswith(("+", "00", "(+")), (locale, v)
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        assert d.isdigit() and len(d) in (15, 16) and luhn_ok(d), v
        assert {"grouped": " ", "dashed": "-"}.get(v["mode"], "") in t or v["mode"] == "compact" and d == t, v
    elif k == "IBAN":
        assert iban_valid(t) and (" " in t) == (v["mode"] == "grouped"), v
    elif k == "US_SSN":
        assert ssn_valid(t) and locale == "en_US", v
    elif k == "IP_ADDRESS":
        ip = ipaddress.ip_address(t)
        assert (ip.version == 6) == (v["mode"] == "v6"), v
        assert ip.version == 4 or (ip.is_global and ip.compressed == t), v
    elif k == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", t) and v["mode"] in ("personal", "role"), v


def run(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values_path, encoding="utf-8")]
    assert len(recs) == len(vals), "line counts differ"
    ids = set()
    n = 0
    for r, vs in zip(recs, vals, strict=True):
        assert set(r) == {"id", "locale", "text", "spans"} and r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert len(r["spans"]) == len(vs), r["id"]
        last = 0
        for s, v in zip(r["spans"], vs, strict=True):
            assert s["kind"] in KINDS and s["kind"] == v["kind"], r["id"]
            assert last <= s["start"] < s["end"], r["id"]
            assert r["text"][s["start"] : s["end"]] == v["text"], (r["id"], v)
            last = s["end"]
            check_value(v, r["locale"])
            n += 1
        hits = guard_hits(mask(r["text"], r["spans"]))
        assert not hits, (r["id"], hits)
        if "-neg-" in r["id"] or not re.match(r"^[a-z]{2}_[A-Z]{2}-pos-", r["id"]):
            assert not r["spans"], r["id"]
    print("checks passed: %d records, %d values" % (len(recs), n))


if __name__ == "__main__":
    run(*sys.argv[1:3])
