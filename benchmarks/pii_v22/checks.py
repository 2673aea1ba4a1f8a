"""Checks for the v22 held-out set: format, offsets, value validity and the guards.

nice -n 19 .venv/bin/python -m benchmarks.pii_v22.checks [RECORDS [VALUES]]
"""

import collections
import ipaddress
import json
import re
import sys

import phonenumbers as pn

from . import corpus, values
from .build import INTL_ONLY, REGION_OF, masked
from .make_heldout_set import RECORDS, VALUES
from .phones import LOCAL_REGIONS, SERVICE_TYPES, TRUNK

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
ID_GEN = re.compile(r"^[a-z]{2}_[A-Z]{2}-(pos|neg)-[a-z]+-\d+$")
ID_CORPUS = re.compile(r"^(hhrlhf|gsm8ktrain|math500|hatecheck|mhc)-(en|de|fr|es|it|nl|pt)-(\d+)$")
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
IBAN_LEN = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "FR": 27,
    "ES": 24,
    "BE": 16,
    "NL": 18,
    "GB": 22,
    "IE": 22,
    "IT": 27,
    "BR": 29,
}


def phone_problems(v, locale):
    out = []
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
        return ["invalid e164 %s" % v["e164"]]
    if pn.region_code_for_number(num) != v["region"]:
        out.append("region %s for %s" % (v["region"], v["e164"]))
    nsn, cc = pn.national_significant_number(num), str(num.country_code)
    digits = re.sub(r"\D", "", v["text"])
    t = v["text"]
    if not (t[0].isdigit() or t[0] in "+(") or not t[-1].isdigit():
        out.append("edges of %r" % t)
    trunk = TRUNK[v["region"]]
    national = {nsn, trunk + nsn}
    intl = {cc + nsn, "00" + cc + nsn, "011" + cc + nsn, cc + "0" + nsn, "00" + cc + "0" + nsn}
    mode = v["mode"]
    if mode == "local-announced":
        if v["region"] not in LOCAL_REGIONS or v["area_len"] <= 0 or digits != nsn[v["area_len"] :]:
            out.append("local %r vs %s/%d" % (t, v["e164"], v["area_len"]))
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            out.append("area length %r" % t)
        if pn.number_type(num) not in (
            pn.PhoneNumberType.FIXED_LINE,
            pn.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            out.append("local number not a landline %r" % t)
    elif mode == "international":
        if digits not in intl or t.startswith("0") and not t.startswith(("00", "011")):
            out.append("international %r vs %s" % (t, v["e164"]))
    elif mode in ("national", "other"):
        if digits not in national or "+" in t:
            out.append("national %r vs %s" % (t, v["e164"]))
        if mode == "other" and pn.number_type(num) not in SERVICE_TYPES:
            out.append("other not a service number %r" % t)
    elif digits not in national | intl:
        out.append("list entry %r vs %s" % (t, v["e164"]))
    if mode != "local-announced" and v["area_len"] != pn.length_of_national_destination_code(num):
        out.append("area_len %r" % t)
    if mode in ("national", "local-announced", "other", "list-entry") and REGION_OF[locale] in INTL_ONLY:
        out.append("%s number in %s document" % (mode, locale))
    if mode in ("national", "local-announced", "other", "list-entry") and v["region"] != REGION_OF[locale]:
        out.append("%s number of %s in %s document" % (mode, v["region"], locale))
    return out


def value_problems(v, locale):
    kind, t = v["kind"], v["text"]
    if v["mode"] not in MODES[kind]:
        return ["mode %s of %s" % (v["mode"], kind)]
    if kind == "PHONE":
        return phone_problems(v, locale)
    if kind == "EMAIL":
        return [] if EMAIL.match(t) else ["email %r" % t]
    if kind == "CREDIT_CARD":
        d = re.sub(r"\D", "", t)
        sep = {"grouped": " ", "dashed": "-", "compact": ""}[v["mode"]]
        ok = 13 <= len(d) <= 19 and values.luhn_ok(d) and re.sub(r"\d", "", t) == sep * t.count(sep or "x")
        return [] if ok and (sep or t.isdigit()) else ["card %r" % t]
    if kind == "IBAN":
        c = t.replace(" ", "")
        ok = values.mod97_ok(c) and IBAN_LEN.get(c[:2]) == len(c) and (v["mode"] == "grouped") == (" " in t)
        return [] if ok else ["iban %r" % t]
    if kind == "US_SSN":
        m = re.match(r"^(\d{3})([- ])(\d{2})\2(\d{4})$", t)
        ok = m and values.ssn_ok(int(m.group(1)), int(m.group(3)), int(m.group(4))) and locale == "en_US"
        return [] if ok and (m.group(2) == "-") == (v["mode"] == "dashed") else ["ssn %r" % t]
    try:
        ip = ipaddress.ip_address(t)
    except ValueError:
        return ["ip %r" % t]
    if ip.version != int(v["mode"][1]) or (ip.version == 6 and (not ip.is_global or ip.compressed != t)):
        return ["ip %r" % t]
    return []


def check(records_path=RECORDS, values_path=VALUES):
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    bad, counts = [], collections.Counter()
    if len(recs) != len(vals):
        bad.append("records %d, value lines %d" % (len(recs), len(vals)))
    ids = collections.Counter(r["id"] for r in recs)
    bad += ["duplicate id %s" % i for i, n in ids.items() if n > 1]
    sources = {}
    for rec, vl in zip(recs, vals, strict=False):
        rid, text, spans, vs = rec["id"], rec["text"], rec["spans"], vl["values"]
        p = []
        if list(rec) != ["id", "locale", "text", "spans"] or list(vl) != ["values"]:
            p.append("keys")
        if rec["locale"] not in REGION_OF:
            p.append("locale %s" % rec["locale"])
        m = ID_CORPUS.match(rid)
        if m:
            key = (m.group(1), m.group(2))
            if key not in sources:
                sources[key] = corpus.rows(*key)
            if spans or text != sources[key][int(m.group(3))] or not corpus.clean(text):
                p.append("corpus text")
            counts["corpus"] += 1
        elif ID_GEN.match(rid) and rid.startswith(rec["locale"] + "-"):
            sign = rid.split("-")[1]
            counts[sign] += 1
            if (sign == "pos") != bool(spans):
                p.append("%s with %d spans" % (sign, len(spans)))
        else:
            p.append("id")
        if len(spans) != len(vs):
            p.append("spans %d, values %d" % (len(spans), len(vs)))
        last = 0
        for s, v in zip(spans, vs, strict=False):
            if list(s) != ["kind", "start", "end"] or not (last <= s["start"] < s["end"] <= len(text)):
                p.append("span %r" % s)
            last = s["end"]
            if s["kind"] != v["kind"] or text[s["start"] : s["end"]] != v["text"]:
                p.append("value %r" % v)
                continue
            want = ["kind", "mode", "text"] + (["region", "e164", "area_len"] if v["kind"] == "PHONE" else [])
            if list(v) != want:
                p.append("value keys %r" % v)
                continue
            p += value_problems(v, rec["locale"])
            counts[v["kind"]] += 1
        p += ["guard " + h for h in values.guard_hits(masked(text, spans))]
        bad += ["%s: %s" % (rid, x) for x in p]
    return bad, counts


def main(argv):
    bad, counts = check(*argv[1:3])
    for b in bad[:50]:
        print("FAIL", b)
    print("checked:", dict(sorted(counts.items())))
    print("problems:", len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
