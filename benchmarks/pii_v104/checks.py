"""Validate every record and value of the v104 set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers
from stdnum import iban as std_iban

from . import compose, negs, numbers
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}
AREA_BY_REGION = {r: {a for a, _ in towns.values()} for r, towns in numbers.AREAS.items()}


def check_value(v, errors, rid):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        if v["mode"] not in MODES:
            errors.append(f"{rid}: mode {v['mode']}")
        num = phonenumbers.parse(v["e164"])
        if not phonenumbers.is_valid_number(num):
            errors.append(f"{rid}: invalid {v['e164']}")
        if v["mode"] == "local-announced":
            nsn = v["e164"][1 + len(numbers.CC[v["region"]]) :]
            area = nsn[: v["area_len"]]
            if area not in AREA_BY_REGION[v["region"]]:
                errors.append(f"{rid}: area {area}")
            if phonenumbers.length_of_geographical_area_code(num) != v["area_len"]:
                errors.append(f"{rid}: area_len {v}")
            full = numbers.put_back(v["region"], area, t)
            if not numbers.parses_to(full, v["region"], v["e164"]):
                errors.append(f"{rid}: local {t} -> {full}")
        else:
            if v["area_len"] is not None:
                errors.append(f"{rid}: area_len not null")
            if not numbers.parses_to(t, v["region"], v["e164"]):
                errors.append(f"{rid}: {t} does not parse to {v['e164']}")
            if v["mode"] == "other" and phonenumbers.number_type(num) not in numbers.OTHER:
                errors.append(f"{rid}: other not toll-free {t}")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d)):
            errors.append(f"{rid}: card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errors.append(f"{rid}: iban {t}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errors.append(f"{rid}: ip {t}")
    elif k == "US_SSN":
        d = t.replace("-", "").replace(" ", "")
        a, g, s = d[:3], d[3:5], d[5:]
        if len(d) != 9 or a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
            errors.append(f"{rid}: ssn {t}")
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errors.append(f"{rid}: email {t}")


def main(argv):
    records = argv[0] if len(argv) == 2 else RECORDS
    values = argv[1] if len(argv) == 2 else VALUES
    errors = []
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errors.append(f"{rid}: keys or duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errors.append(f"{rid}: spans/values differ")
        last = 0
        for s, v in zip(spans, vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errors.append(f"{rid}: bad span {s}")
            if s["start"] < last or s["end"] <= s["start"]:
                errors.append(f"{rid}: order/overlap {s}")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errors.append(f"{rid}: text {text[s['start'] : s['end']]!r} != {v['text']!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errors.append(f"{rid}: touches before {s}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append(f"{rid}: touches after {s}")
            check_value(v, errors, rid)
        if rec["locale"] in compose.LOCALES and not rid.startswith(("math500", "amc23", "hatecheck", "mhc")):
            lang = "hi" if "-hi-" in rid else compose.LOCALES[rec["locale"]][0]
            _, own, nat = compose.LOCALES[rec["locale"]]
            regions = sorted({own, nat, compose.HOME[lang]})
            b = compose.blanked(text, spans)
            if negs.phone_hits(b, regions) or negs.guard_hits(b):
                errors.append(f"{rid}: unlabelled PII-like text remains")
        elif spans:
            errors.append(f"{rid}: corpus document with spans")
        if "{" in text and not rid.startswith(("math500", "amc23", "humaneval")):
            errors.append(f"{rid}: unfilled slot")
    for e in errors[:50]:
        print(e)
    print(f"records: {len(recs)}, errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
