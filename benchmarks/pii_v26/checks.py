"""Check the v26 held-out set: format, spans against texts, offsets, value validity and the guards.

python -m benchmarks.pii_v26.checks [RECORDS [VALUES]]
"""

import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers as pn

from .core import LOCALES
from .guards import guard_hits, mask
from .make_heldout_set import RECORDS, VALUES, boundaries_ok
from .pii import luhn_ok, mod97_ok, ssn_ok

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
PHONE_KEYS = {"region", "e164", "area_len"}
OWN_INTL_ONLY = {"AU", "IE", "CH", "AT", "BE"}
SERVICE = {
    pn.PhoneNumberType.TOLL_FREE,
    pn.PhoneNumberType.SHARED_COST,
    pn.PhoneNumberType.PREMIUM_RATE,
    pn.PhoneNumberType.UAN,
}
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


def check_phone(v, locale):
    probs = []
    _, _, home, nat_plan = LOCALES[locale]
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        probs.append("invalid e164 or wrong region")
    if pn.length_of_geographical_area_code(num) != v["area_len"]:
        probs.append("area_len")
    if v["mode"] == "local-announced":
        nsn = pn.national_significant_number(num)
        if not (v["area_len"] > 0 and digits(v["text"]) == nsn[v["area_len"] :]):
            probs.append("local text is not the subscriber number")
        if v["region"] not in LOCAL_REGIONS or v["region"] != home:
            probs.append("local number outside its region")
        return probs
    ok = False
    for r in (v["region"], None, nat_plan):
        try:
            got = pn.parse(v["text"], r)
        except pn.NumberParseException:
            continue
        if pn.format_number(got, pn.PhoneNumberFormat.E164) == v["e164"]:
            ok = True
            break
    if not ok:
        probs.append("text does not parse to e164")
    if v["mode"] == "international" and not v["text"].lstrip("(").startswith(("+", "00")):
        probs.append("international without + or 00")
    if v["mode"] in ("national", "other") and v["region"] != nat_plan:
        probs.append("national/other number not of the document's plan")
    if v["mode"] == "other" and pn.number_type(num) not in SERVICE:
        probs.append("other is not a service number")
    if v["mode"] != "international" and v["region"] in OWN_INTL_ONLY:
        probs.append("AT/CH/BE/AU/IE number written nationally")
    return probs


def check_value(v, locale):
    kind, text = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(kind, ()):
        return ["bad mode"]
    if kind == "PHONE":
        return check_phone(v, locale)
    if kind == "CREDIT_CARD":
        d = digits(text)
        sep = {"grouped": " ", "dashed": "-", "compact": ""}[v["mode"]]
        ok = luhn_ok(d) and len(d) in (15, 16) and (text.replace(sep, "") if sep else text) == d
        brand = (
            d[0] == "4"
            or 51 <= int(d[:2]) <= 55
            or 2221 <= int(d[:4]) <= 2720
            or d[:2] in ("34", "37")
            or d.startswith(("6011", "65"))
            or 644 <= int(d[:3]) <= 649
        )
        return [] if ok and brand and luhn_ok(d) else ["card"]
    if kind == "IBAN":
        compact = text.replace(" ", "")
        ok = mod97_ok(compact) and (v["mode"] == "compact") == (" " not in text)
        return [] if ok else ["iban"]
    if kind == "US_SSN":
        sep = "-" if v["mode"] == "dashed" else " "
        ok = ssn_ok(text) and text.count(sep) == 2 and locale == "en_US"
        return [] if ok else ["ssn"]
    if kind == "EMAIL":
        return [] if EMAIL.match(text) else ["email"]
    if kind == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            return ["ip"]
        if v["mode"] == "v4":
            return [] if ip.version == 4 and (ip.is_private or ip.is_global) else ["ipv4"]
        return [] if ip.version == 6 and ip.is_global and ip.compressed == text else ["ipv6"]
    return ["unknown kind"]


def run(rec_path=RECORDS, val_path=VALUES):
    recs = [json.loads(x) for x in open(rec_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(val_path, encoding="utf-8")]
    problems = []
    if len(recs) != len(vals):
        problems.append(("*", "records and values differ in length"))
    ids = Counter(r["id"] for r in recs)
    problems += [(i, "duplicate id") for i, n in ids.items() if n > 1]
    for r, v in zip(recs, vals, strict=False):
        rid, text, spans, values = r["id"], r["text"], r["spans"], v["values"]
        if set(r) != {"id", "locale", "text", "spans"} or set(v) != {"values"}:
            problems.append((rid, "fields"))
        if r["locale"] not in LOCALES:
            problems.append((rid, "locale"))
        if len(spans) != len(values):
            problems.append((rid, "spans and values differ"))
            continue
        last = 0
        for sp, val in zip(spans, values, strict=True):
            if set(sp) != {"kind", "start", "end"} or not (last <= sp["start"] < sp["end"] <= len(text)):
                problems.append((rid, f"span order/offsets {sp}"))
            last = sp["end"]
            if sp["kind"] != val["kind"] or text[sp["start"] : sp["end"]] != val["text"]:
                problems.append((rid, f"span text {sp} != {val['text']!r}"))
            keys = {"kind", "mode", "text"} | (PHONE_KEYS if val["kind"] == "PHONE" else set())
            if set(val) != keys:
                problems.append((rid, f"value fields {sorted(val)}"))
                continue
            problems += [(rid, f"{p}: {val}") for p in check_value(val, r["locale"])]
        if not boundaries_ok(text, spans):
            problems.append((rid, "span touches a letter or digit"))
        hits = guard_hits(mask(text, spans))
        if hits:
            problems.append((rid, f"guard hits {hits}"))
        if "-pos-" in rid and not spans:
            problems.append((rid, "positive document without a value"))
        if "-pos-" not in rid and spans:
            problems.append((rid, "negative document with a value"))
    return recs, problems


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    recs, problems = run(*argv[:2]) if argv else run()
    for rid, p in problems[:50]:
        print(rid, p)
    n_vals = sum(len(r["spans"]) for r in recs)
    print(f"checked {len(recs)} documents, {n_vals} values: {len(problems)} problems")
    if problems:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
