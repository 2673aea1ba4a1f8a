"""Checks of the v23 held-out set: format, offsets, value validity, region rules and guards.

    nice -n 19 .venv/bin/python -m benchmarks.pii_v23.checks [RECORDS [VALUES]]

Exits 1 and lists the problems when anything is off."""

import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers as pn

from . import values as V
from .layout import masked
from .make_heldout_set import LOCALES, RECORDS, SMALL, VALUES
from .realize import NEIGHBOUR

KINDS = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
GENRES = "invoice|delivery|contract|minutes|cv|job_ad|medical|school|form|sheet|notice|directory"
DOC_ID = re.compile(rf"^(?P<loc>[a-z]{{2}}_[A-Z]{{2}})-(?P<pn>pos|neg)-(?:{GENRES})-\d+$")
SOURCES = "gsm8k_train|math500|humaneval|hh_rlhf_harmless|hatecheck|mhc"
CORPUS_ID = re.compile(rf"^({SOURCES})-(en|de|fr|es|it|nl|pt)-\d+$")
LOCALE_SET = {loc for loc, _, _, _ in LOCALES}
SVC_TYPES = set(V.SVC_TYPES)


def check_phone(v, locale, err):
    region, e164, text, mode = v.get("region"), v.get("e164"), v["text"], v["mode"]
    doc_region = locale[-2:]
    if region not in V.CC or not isinstance(v.get("area_len"), int):
        return err(f"phone without region/area_len: {v}")
    try:
        num = pn.parse(e164)
    except pn.NumberParseException:
        return err(f"e164 does not parse: {v}")
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        return err(f"e164 not a valid {region} number: {v}")
    if pn.format_number(num, pn.PhoneNumberFormat.E164) != e164:
        return err(f"e164 not canonical: {v}")
    if v["area_len"] != pn.length_of_geographical_area_code(num):
        err(f"area_len differs from phonenumbers: {v}")
    nsn = pn.national_significant_number(num)
    if mode == "local-announced":
        if region not in V.LOCAL_REGIONS or doc_region != region or v["area_len"] <= 0:
            err(f"local number outside the subscriber-only regions or its document's region: {v} in {locale}")
        if V.digits(text) != nsn[v["area_len"] :]:
            err(f"local text is not the subscriber part of {e164}: {text!r}")
        return
    if not V.parses_to(text, region, e164):
        err(f"{mode} text does not parse back to {e164} in {region}: {text!r}")
    if region in ("AT", "CH", "BE", "AU", "IE") and mode != "international":
        err(f"{region} number not written internationally: {v}")
    if mode == "international" and not re.match(r"^(\+|00|\(\+|011 )", text):
        err(f"international number without an international prefix: {text!r}")
    if mode in ("national", "list-entry", "other") and text.lstrip("(").startswith(("+", "00")):
        err(f"{mode} number written with an international prefix: {text!r}")
    if mode == "other" and pn.number_type(num) not in SVC_TYPES:
        err(f"'other' number is not a service number: {v}")
    if mode in ("national", "list-entry", "other"):
        want = NEIGHBOUR.get(locale) if locale in SMALL else doc_region
        if region != want:
            err(f"{mode} number of {region} in a {locale} document: {v}")


def check_value(v, locale, err):
    k, m, t = v["kind"], v["mode"], v["text"]
    if k == "PHONE":
        return check_phone(v, locale, err)
    if k == "EMAIL":
        if not V.EMAIL_RE.match(t):
            err(f"bad e-mail {t!r}")
    elif k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            return err(f"bad IP {t!r}")
        if (ip.version == 4) != (m == "v4") or (ip.version == 6 and (not ip.is_global or str(ip) != t)):
            err(f"IP mode/shape wrong: {v}")
    elif k == "CREDIT_CARD":
        d = V.digits(t)
        shape = {"grouped": r"^[\d ]+$", "dashed": r"^[\d-]+$", "compact": r"^\d+$"}[m]
        if not (13 <= len(d) <= 19 and V.luhn_ok(d) and re.match(shape, t)) or (m != "compact" and t == d):
            err(f"bad card {v}")
    elif k == "IBAN":
        c = t.replace(" ", "")
        if V.mod97(c) != 1 or V.IBAN_LEN.get(c[:2]) != len(c) or (m == "grouped") != (" " in t):
            err(f"bad IBAN {v}")
    elif k == "US_SSN":
        sep = {"dashed": "-", "spaced": " "}[m]
        if (
            not re.match(rf"^\d{{3}}{sep}\d{{2}}{sep}\d{{4}}$", t)
            or not V.ssn_ok(V.digits(t))
            or locale != "en_US"
        ):
            err(f"bad SSN {v} in {locale}")


def run(records_path, values_path):
    problems = []
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        problems.append(f"{len(recs)} records but {len(vals)} value lines")
    ids = Counter(r["id"] for r in recs)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for r, vl in zip(recs, vals, strict=False):

        def err(msg, rid=r["id"]):
            problems.append(f"{rid}: {msg}")

        if set(r) != {"id", "locale", "text", "spans"} or set(vl) != {"values"}:
            err("wrong fields")
            continue
        text, spans, vs = r["text"], r["spans"], vl["values"]
        if r["locale"] not in LOCALE_SET:
            err(f"unknown locale {r['locale']}")
        m = DOC_ID.match(r["id"])
        if m:
            if m["loc"] != r["locale"]:
                err("id locale differs from locale")
            if (m["pn"] == "pos") != bool(spans):
                err("positive without spans or negative with spans")
        elif not CORPUS_ID.match(r["id"]) or spans:
            err("bad id or corpus text with spans")
        if len(spans) != len(vs):
            err(f"{len(spans)} spans but {len(vs)} values")
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or not (last <= s["start"] < s["end"] <= len(text)):
                err(f"span out of order or range: {s}")
            last = s["end"]
            if s["kind"] != v["kind"] or v["mode"] not in KINDS.get(v["kind"], ()):
                err(f"kind/mode mismatch {s} {v}")
            if text[s["start"] : s["end"]] != v["text"] or v["text"] != v["text"].strip():
                err(f"span text {text[s['start'] : s['end']]!r} != value {v['text']!r}")
            extra = {"region", "e164", "area_len"} if v["kind"] == "PHONE" else set()
            want = {"kind", "mode", "text"} | extra
            if set(v) != want:
                err(f"value fields {sorted(v)}")
            check_value(v, r["locale"], err)
        hits = V.guard_hits(masked(text, spans))
        if hits:
            err(f"guards flag the masked text: {hits[:3]}")
    return recs, vals, problems


def main(argv):
    rp = argv[0] if argv else RECORDS
    vp = argv[1] if len(argv) > 1 else VALUES
    recs, vals, problems = run(rp, vp)
    for p in problems[:200]:
        print(p)
    n = sum(len(v["values"]) for v in vals)
    if problems:
        print(f"{len(problems)} problems in {len(recs)} documents")
        sys.exit(1)
    print(f"all checks passed: {len(recs)} documents, {n} values")


if __name__ == "__main__":
    main(sys.argv[1:])
