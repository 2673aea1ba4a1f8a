"""Re-check the written files: offsets, span texts, sidecar agreement, value validity and the guards.

python -m benchmarks.pii_v10.checks [RECORDS [VALUES]]   (default: the v10 files)
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys

import phonenumbers as pn

from .guards import mask, problems
from .locales import LOCALES, SUBSCRIBER_REGIONS
from .values import luhn_ok, mod97_ok, ssn_ok

KINDS = {"PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"}
MODES = {"PHONE": {"international", "national", "local-announced", "list-entry", "other"},
         "EMAIL": {"personal", "role"}, "IP_ADDRESS": {"v4", "v6"}, "IBAN": {"grouped", "compact"},
         "CREDIT_CARD": {"grouped", "dashed", "compact"}, "US_SSN": {"dashed", "spaced"}}  # fmt: skip
ID = re.compile(r"^([a-z]{2}_[A-Z]{2})-(pos|neg)-[a-z0-9-]+-\d+$|^[a-z0-9]+-en-\d+$")


def parses_to(text: str, region: str, e164: str) -> bool:
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.format_number(n, pn.PhoneNumberFormat.E164) == e164


def is_subscriber_only(v: dict) -> bool:
    """True when the text is the number with its geographic area code cut off (and not a full number)."""
    n = pn.parse(v["e164"])
    nsn = pn.national_significant_number(n)
    digits = re.sub(r"\D", "", v["text"])
    return v["area_len"] > 0 and digits == nsn[v["area_len"] :] and digits[0] not in "01"


def check_phone(v: dict, locale: str) -> list[str]:
    err = []
    n = pn.parse(v["e164"])
    if not pn.is_valid_number(n) or pn.region_code_for_number(n) != v["region"]:
        err.append("invalid e164 %s" % v["e164"])
    if pn.length_of_geographical_area_code(n) != v["area_len"]:
        err.append("area_len %s" % v)
    mode, text = v["mode"], v["text"]
    if mode == "international":
        if not (
            text.startswith(("+", "00", "011 "))
            and (parses_to(text, "US", v["e164"]) or parses_to(text, "DE", v["e164"]))
        ):
            err.append("intl %s" % text)
    elif mode in ("national", "other"):
        if not parses_to(text, v["region"], v["e164"]):
            err.append("national %s" % text)
    else:
        plan = LOCALES[locale][1]
        if v["region"] != plan:
            err.append("local from wrong plan %s" % v)
        sub = is_subscriber_only(v)
        if sub and plan not in SUBSCRIBER_REGIONS:
            err.append("subscriber-only outside its regions %s" % v)
        if not sub and not parses_to(text, v["region"], v["e164"]):
            err.append("local %s" % text)
    return err


def check_value(v: dict, locale: str) -> list[str]:
    kind, text = v["kind"], v["text"]
    if kind not in KINDS or v["mode"] not in MODES[kind]:
        return ["bad kind/mode %s" % v]
    if kind == "PHONE":
        return check_phone(v, locale)
    ok = True
    if kind == "EMAIL":
        ok = text.count("@") == 1 and "." in text.split("@")[1]
    elif kind == "IBAN":
        ok = mod97_ok(text) and (" " in text) == (v["mode"] == "grouped")
    elif kind == "CREDIT_CARD":
        ok = luhn_ok(re.sub(r"\D", "", text))
    elif kind == "US_SSN":
        a, g, s = re.split(r"[- ]", text)
        ok = ssn_ok(int(a), int(g), int(s)) and locale == "en_US"
    elif kind == "IP_ADDRESS":
        ok = ipaddress.ip_address(text).version == (4 if v["mode"] == "v4" else 6)
    return [] if ok else ["bad %s %s" % (kind, text)]


def check(records: list[dict], sidecar: list[dict]) -> list[str]:
    errs = []
    if len(records) != len(sidecar):
        errs.append("line counts differ")
    ids = set()
    for i, (r, sc) in enumerate(zip(records, sidecar, strict=False)):
        where = "line %d %s" % (i + 1, r.get("id"))
        if list(r) != ["id", "locale", "text", "spans"] or list(sc) != ["values"]:
            errs.append("%s: keys" % where)
        if r["id"] in ids or not ID.match(r["id"]):
            errs.append("%s: id" % where)
        ids.add(r["id"])
        if r["locale"] not in LOCALES and r["locale"] != "en":
            errs.append("%s: locale" % where)
        text, spans, vals = r["text"], r["spans"], sc["values"]
        if len(spans) != len(vals):
            errs.append("%s: %d spans, %d values" % (where, len(spans), len(vals)))
            continue
        last = 0
        for s, v in zip(spans, vals, strict=True):
            if not (last <= s["start"] < s["end"] <= len(text)):
                errs.append("%s: offsets %s" % (where, s))
            last = s["end"]
            if s["kind"] != v["kind"] or text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: span text %r vs %r" % (where, text[s["start"] : s["end"]], v["text"]))
            if v["text"] != v["text"].strip() or v["text"][-1] in ".,;:!?)" and not v["text"].endswith(")"):
                errs.append("%s: value edges %r" % (where, v["text"]))
            errs += ["%s: %s" % (where, e) for e in check_value(v, r["locale"])]
        found = problems(mask(text, [(s["start"], s["end"]) for s in spans]))
        errs += ["%s: guard %s" % (where, p) for p in found]
    return errs


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main() -> None:
    recs = sys.argv[1] if len(sys.argv) > 1 else "tests/data/pii_heldout_v10.jsonl"
    side = sys.argv[2] if len(sys.argv) > 2 else "tests/data/pii_heldout_v10_values.jsonl"
    errs = check(load(recs), load(side))
    for e in errs[:50]:
        print(e)
    print("%d records, %d problems" % (len(load(recs)), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
