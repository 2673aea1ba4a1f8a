"""Validate the v120 records and sidecar: offsets, order, boundaries, every value's own check."""

import ipaddress
import json
import re
import sys

import phonenumbers
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as N

OUT = ("tests/data/pii_heldout_v120.jsonl", "tests/data/pii_heldout_v120_values.jsonl")
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_value(v):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        reg = v["region"]
        if v["mode"] == "local-announced":
            area = next(
                a
                for a in N.AREAS[reg].values()
                if ("+%d%s" % (phonenumbers.country_code_for_region(reg), a))
                == v["e164"][: len(a) + 1 + len(str(phonenumbers.country_code_for_region(reg)))]
            )
            assert len(area) == v["area_len"], "area_len"
            num = phonenumbers.parse(N.put_back(reg, area, t), reg)
            assert phonenumbers.length_of_geographical_area_code(num) == v["area_len"], "geo area len"
        else:
            assert v["area_len"] is None
            num = phonenumbers.parse(t, reg)
        assert phonenumbers.is_valid_number(num), "invalid phone"
        assert N.e164(num) == v["e164"], "e164 mismatch"
        if v["mode"] == "other":
            assert phonenumbers.number_type(num) in N.WANT["tollfree"], "type"
    elif k == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", t), "email"
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        assert d.isdigit() and len(d) in (15, 16) and negs._luhn(d), "luhn"
    elif k == "IBAN":
        assert std_iban.is_valid(t), "iban"
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif k == "US_SSN":
        a, g, s = re.split(r"[ -]", t)
        assert len(a) == 3 and len(g) == 2 and len(s) == 4
        assert a not in ("000", "666") and int(a) < 900 and g != "00" and s != "0000", "ssn"
    assert v["mode"] in MODES[k], "mode"


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    errors = 0
    with open(paths[0], encoding="utf-8") as f1, open(paths[1], encoding="utf-8") as f2:
        recs = [json.loads(x) for x in f1]
        vals = [json.loads(x)["values"] for x in f2]
    if len(recs) != len(vals):
        print("line count mismatch")
        return 1
    ids = set()
    for r, vs in zip(recs, vals, strict=True):
        text, spans = r["text"], r["spans"]
        try:
            assert r["id"] not in ids, "dup id"
            ids.add(r["id"])
            assert r["locale"] in compose.LOCALES, "locale"
            assert len(spans) == len(vs), "span/value count"
            last = 0
            for s, v in zip(spans, vs, strict=True):
                assert set(s) == {"kind", "start", "end"}, "span keys"
                assert last <= s["start"] < s["end"] <= len(text), "order/overlap"
                last = s["end"]
                assert s["kind"] == v["kind"] and text[s["start"] : s["end"]] == v["text"], "text mismatch"
                for i in (s["start"] - 1, s["end"]):
                    if 0 <= i < len(text):
                        assert not text[i].isalnum(), "span touches letter/digit"
                check_value(v)
            blank = list(text)
            for s in spans:
                blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
            blank = "".join(blank)
            lang = "hi" if "-hi-" in r["id"] else r["locale"][:2]
            _, nat, own = compose.LOCALES[r["locale"]]
            regs = sorted({r["locale"][3:], nat, own, negs.HOME[lang]})
            assert not negs.phone_hits(blank, regs), "phone outside spans"
            assert not negs.guard_hits(blank), "guard outside spans"
        except (AssertionError, ValueError, StopIteration, phonenumbers.NumberParseException) as e:
            errors += 1
            print(r["id"], "ERROR", e)
    print("records", len(recs), "errors", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
