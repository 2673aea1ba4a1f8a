"""Re-check the v20 files: offsets, phone round-trips, Luhn, mod-97 and national checks, SSNs, IPs, guards."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn

from . import corpus, values
from .guards import trips
from .make_heldout_set import RECORDS, VALUES
from .phones import normalise_intl


def check_phone(v, locale):
    num = pn.parse(v["e164"])
    assert pn.is_valid_number_for_region(num, v["region"]), v
    assert pn.length_of_geographical_area_code(num) == v["area_len"], v
    t = v["text"]
    if v["mode"] == "international":
        got = pn.parse(normalise_intl(t), None)
        assert pn.format_number(got, pn.PhoneNumberFormat.E164) == v["e164"], v
        return
    nsn = pn.national_significant_number(num)
    digits = re.sub(r"\D", "", t)
    if len(digits) < len(nsn) and v["mode"] in ("local-announced", "list-entry"):
        assert digits == nsn[v["area_len"] :] and v["area_len"] > 0, v
        assert len(digits) >= 6 and digits[0] not in "01", v
        return
    got = pn.parse(t, v["region"])
    assert pn.format_number(got, pn.PhoneNumberFormat.E164) == v["e164"], v


def check_iban(t):
    s = t.replace(" ", "")
    assert values.mod97_ok(s) and len(s) == values.IBAN_LEN[s[:2]], t
    cc, b = s[:2], s[4:]
    if cc == "FR":
        assert (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(b[10:21]) + int(b[21:])) % 97 == 0, t
    elif cc == "ES":
        assert int(b[8]) == values._es_dc("00" + b[:8]) and int(b[9]) == values._es_dc(b[10:]), t
    elif cc == "IT":
        assert b[0] == values.it_cin(b[1:]), t
    elif cc == "BE":
        assert (int(b[:10]) % 97 or 97) == int(b[10:]), t
    elif cc == "NL":
        assert values.nl_eleven(b[4:]), t


def check_value(v, locale):
    t = v["text"]
    if v["kind"] == "PHONE":
        check_phone(v, locale)
    elif v["kind"] == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        assert d.isdigit() and 13 <= len(d) <= 19 and values.luhn_ok(d), t
    elif v["kind"] == "IBAN":
        check_iban(t)
    elif v["kind"] == "US_SSN":
        a, g, s = re.split(r"[- ]", t)
        assert locale == "en_US" and values.ssn_ok(int(a), int(g), int(s)), t
    elif v["kind"] == "IP_ADDRESS":
        ip = ipaddress.ip_address(t)
        assert ip.version == (4 if v["mode"] == "v4" else 6), t
        if ip.version == 4:
            assert not t.endswith((".0", ".255")), t
    elif v["kind"] == "EMAIL":
        assert re.fullmatch(r"[a-z0-9.\-_+]+@[a-z0-9.\-]+\.[a-z]{2,}", t), t


def check(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in Path(records_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(values_path).read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(vals) == 1200, (len(recs), len(vals))
    assert len({r["id"] for r in recs}) == len(recs), "duplicate ids"
    sources = {}
    for rec, val in zip(recs, vals, strict=True):
        spans, vs = rec["spans"], val["values"]
        assert len(spans) == len(vs), rec["id"]
        last = 0
        for sp, v in zip(spans, vs, strict=True):
            assert sp["start"] >= last and sp["end"] > sp["start"], rec["id"]
            last = sp["end"]
            assert rec["text"][sp["start"] : sp["end"]] == v["text"] and sp["kind"] == v["kind"], rec["id"]
            check_value(v, rec["locale"])
        assert not trips(rec["text"], spans), (rec["id"], trips(rec["text"], spans))
        if "-pos-" not in rec["id"] and "-neg-" not in rec["id"]:
            assert not spans and corpus.ok(rec["text"]), rec["id"]
            sources.setdefault(rec["id"].rsplit("-", 1)[0], {})[int(rec["id"].rsplit("-", 1)[1])] = rec[
                "text"
            ]
    for src, path, lang, field, _k in corpus.PLAN:
        want = sources.get(f"{src}-{lang}", {})
        for i, t in corpus._rows(path, field):
            if i in want:
                assert want.pop(i) == t, (src, lang, i)
        assert not want, (src, lang)
    n_vals = sum(len(v["values"]) for v in vals)
    print(f"checks passed: {len(recs)} records, {n_vals} values")


if __name__ == "__main__":
    check(*sys.argv[1:3])
