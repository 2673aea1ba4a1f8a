"""Validate every record and value of the v106 set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as N
from .make_heldout_set import RECORDS, VALUES
from .values import luhn_digit

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
LANG_OF = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "en": "en"}


def _ssn_ok(t):
    d = N.digits(t)
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and s > 0


def check_value(v, errs, rid):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        region = v["region"]
        if v["mode"] == "local-announced":
            area = None
            num = pn.parse(v["e164"])
            area = N.nsn(num)[: v["area_len"]]
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append(f"{rid}: area_len {t}")
            back = N.put_back(t, region, area)
            if N.e164(back) != v["e164"] or not pn.is_valid_number(back):
                errs.append(f"{rid}: local {t} does not put back to {v['e164']}")
        else:
            if v["area_len"] is not None:
                errs.append(f"{rid}: area_len set on {t}")
            if not N.parses_to(t, region, pn.parse(v["e164"])):
                errs.append(f"{rid}: {t} does not parse to {v['e164']} in {region}")
            if v["mode"] == "other" and pn.number_type(pn.parse(v["e164"])) not in N.FREE:
                errs.append(f"{rid}: 'other' not free/shared {t}")
    elif k == "CREDIT_CARD":
        d = N.digits(t)
        if luhn_digit(d[:-1]) != d[-1]:
            errs.append(f"{rid}: card Luhn {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append(f"{rid}: IBAN {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            errs.append(f"{rid}: IP {t}")
            return
        if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
            a.version == 4 and a.is_private
        ):
            errs.append(f"{rid}: IP mode {t}")
    elif k == "US_SSN":
        if not _ssn_ok(t):
            errs.append(f"{rid}: SSN {t}")
    elif k == "EMAIL":
        if t.count("@") != 1:
            errs.append(f"{rid}: email {t}")


def regions_of(rec):
    rid = rec["id"]
    if rid.startswith(("math500", "amc23", "hhrlhf", "hatecheck", "mhc")):
        return None
    parts = rid.split("-")
    lang = "hi" if parts[2] == "hi" else rec["locale"][:2]
    return compose.screen_regions(rec["locale"], lang)


def main(argv):
    rpath = argv[0] if argv else RECORDS
    vpath = argv[1] if len(argv) > 1 else VALUES
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    errs = []
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{rid}: keys")
        if len(spans) != len(vs):
            errs.append(f"{rid}: {len(spans)} spans, {len(vs)} values")
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{rid}: span kind")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{rid}: order/overlap at {s}")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: text mismatch {v['text']!r}")
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append(f"{rid}: span touches a letter or digit: {v['text']!r}")
            if v["mode"] not in MODES[v["kind"]]:
                errs.append(f"{rid}: mode {v['mode']}")
            check_value(v, errs, rid)
        regions = regions_of(rec)
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        if negs.dirty("".join(blank), regions or ["US", "GB"]):
            errs.append(f"{rid}: unlabelled text is dirty")
        if "-neg-" in rid and spans:
            errs.append(f"{rid}: negative with spans")
    for e in errs[:50]:
        print(e)
    print(f"checked {len(recs)} records, {sum(len(v) for v in vals)} values: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
