"""Checks on the written files (no detector involved).

    nice -n 19 .venv/bin/python -m benchmarks.pii_v9.checks tests/data/pii_heldout_v9.jsonl \
        tests/data/pii_heldout_v9_values.jsonl
"""

import ipaddress
import json
import re
import sys

import phonenumbers as pn

from .guards import trips, unlabelled
from .locales import LOCALES
from .values import luhn_ok, mod97_ok, ssn_ok

_EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _phone(v, text, plan):
    num = pn.parse(v["e164"])
    assert pn.is_valid_number(num), v
    assert pn.region_code_for_number(num) == v["region"], v
    assert pn.length_of_geographical_area_code(num) == v["area_len"], v
    digits = re.sub(r"\D", "", text)
    try:
        same = pn.format_number(pn.parse(text, plan), pn.PhoneNumberFormat.E164) == v["e164"]
    except pn.NumberParseException:
        same = False
    if not same:  # a subscriber-only number: the NSN with its area code cut off
        assert v["mode"] in ("local-announced", "list-entry"), v
        nsn = pn.national_significant_number(num)
        assert v["area_len"] > 0 and digits == nsn[v["area_len"] :] and digits[0] not in "01", v
        return "subscriber"
    return "full"


def check_value(v, plan):
    kind, text = v["kind"], v["text"]
    assert text == text.strip() and "\n" not in text, v
    if kind == "PHONE":
        return _phone(v, text, plan)
    if kind == "EMAIL":
        assert _EMAIL.match(text), v
    elif kind == "IP_ADDRESS":
        assert ipaddress.ip_address(text).version == (4 if v["mode"] == "v4" else 6), v
    elif kind == "IBAN":
        assert mod97_ok(text) and (" " in text) == (v["mode"] == "grouped"), v
    elif kind == "CREDIT_CARD":
        d = re.sub(r"\D", "", text)
        assert luhn_ok(d) and len(d) in (15, 16), v
    elif kind == "US_SSN":
        assert ssn_ok(*re.split(r"[- ]", text)), v
    else:
        raise AssertionError(v)
    return None


def main(argv):
    with open(argv[0], encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    with open(argv[1], encoding="utf-8") as fh:
        sides = [json.loads(x) for x in fh]
    assert len(recs) == len(sides) == 1200
    assert len({r["id"] for r in recs}) == len(recs)
    forms = {"full": 0, "subscriber": 0}
    for rec, side in zip(recs, sides, strict=True):
        assert set(rec) == {"id", "locale", "text", "spans"} and set(side) == {"values"}
        plan = LOCALES[rec["locale"]][1] if rec["locale"] in LOCALES else None
        last = 0
        assert len(rec["spans"]) == len(side["values"]), rec["id"]
        for sp, v in zip(rec["spans"], side["values"], strict=True):
            assert sp["kind"] == v["kind"] and last <= sp["start"] < sp["end"], rec["id"]
            assert rec["text"][sp["start"] : sp["end"]] == v["text"], rec["id"]
            last = sp["end"]
            form = check_value(v, plan)
            if form:
                forms[form] += 1
        assert trips(unlabelled(rec["text"], rec["spans"])) is None, rec["id"]
        assert ("-pos-" in rec["id"]) == bool(rec["spans"]), rec["id"]
    print(
        "ok: %d records, %d values; phone forms %s" % (len(recs), sum(len(s["values"]) for s in sides), forms)
    )


if __name__ == "__main__":
    main(sys.argv[1:])
