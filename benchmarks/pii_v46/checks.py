"""Validates every v46 record and value. Usage: python -m benchmarks.pii_v46.checks [RECORDS [VALUES]]"""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, numbers, screen
from .make_heldout_set import OUT, OUT_VALUES, blanked

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
LANG_OF = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt"}


def check_phone(v, rid, errs):
    try:
        num = pn.parse(v["e164"])
    except pn.NumberParseException:
        errs.append(f"{rid}: bad e164 {v}")
        return
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append(f"{rid}: invalid/region {v}")
    if v["mode"] == "local-announced":
        area = pn.national_significant_number(num)[: v["area_len"]]
        digits = "".join(c for c in v["text"] if c.isdigit())
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            errs.append(f"{rid}: area_len {v}")
        if not numbers.parses_to(numbers.TRUNK[v["region"]] + area + digits, v["region"], num):
            errs.append(f"{rid}: local does not parse back {v}")
    else:
        if v["area_len"] is not None:
            errs.append(f"{rid}: area_len not null {v}")
        if not numbers.parses_to(v["text"], v["region"], num):
            errs.append(f"{rid}: does not parse back {v}")
        if v["mode"] == "other" and pn.number_type(num) not in numbers.OTHER_TYPES:
            errs.append(f"{rid}: 'other' not a service number {v}")


def check_value(v, rid, errs):
    t = v["text"]
    if v["kind"] == "PHONE":
        check_phone(v, rid, errs)
    elif v["kind"] == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and screen.luhn_ok(d)):
            errs.append(f"{rid}: card {t}")
    elif v["kind"] == "IBAN":
        if not std_iban.is_valid(t) or not screen.iban_ok(t):
            errs.append(f"{rid}: iban {t}")
    elif v["kind"] == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != a.is_private:
                errs.append(f"{rid}: ip mode {v}")
        except ValueError:
            errs.append(f"{rid}: ip {t}")
    elif v["kind"] == "US_SSN":
        p = t.replace("-", " ").split(" ")
        a, g, s = p
        if (
            not (len(a) == 3 and len(g) == 2 and len(s) == 4)
            or a in ("000", "666")
            or a >= "900"
            or g == "00"
            or s == "0000"
        ):
            errs.append(f"{rid}: ssn {t}")
    elif v["kind"] == "EMAIL":
        if not screen.EMAIL_RE.fullmatch(t):
            errs.append(f"{rid}: email {t}")


def lang_of(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return rec["locale"].split("_")[0]


def check(records_path, values_path):
    errs = []
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, val in zip(recs, vals, strict=True):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append(f"duplicate id {rid}")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or set(val) != {"values"}:
            errs.append(f"{rid}: keys")
        if len(spans) != len(val["values"]):
            errs.append(f"{rid}: spans/values count")
        prev = 0
        for s, v in zip(spans, val["values"], strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{rid}: span {s}")
            if s["start"] < prev or s["end"] <= s["start"]:
                errs.append(f"{rid}: order/overlap {s}")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: text mismatch {s} {v['text']!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{rid}: touches left {s}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{rid}: touches right {s}")
            if v["mode"] not in MODES[v["kind"]]:
                errs.append(f"{rid}: mode {v}")
            if "\n" in v["text"]:
                errs.append(f"{rid}: newline in value")
            check_value(v, rid, errs)
        lang = lang_of(rec)
        regions = sorted(set(compose.regions_of(rec["locale"], lang)) | set(compose.HOME.get(lang, ["US"])))
        rest = blanked(text, spans)
        if screen.guard_hits(rest) or screen.phone_hits(rest, regions):
            errs.append(f"{rid}: unlabelled hit {screen.guard_hits(rest)} {screen.phone_hits(rest, regions)}")
        if "#nofilter" in text:
            errs.append(f"{rid}: nofilter")
    return errs, len(recs)


def main(argv):
    rp = argv[0] if argv else OUT
    vp = argv[1] if len(argv) > 1 else OUT_VALUES
    errs, n = check(rp, vp)
    for e in errs[:50]:
        print(e)
    print(f"{n} records checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
