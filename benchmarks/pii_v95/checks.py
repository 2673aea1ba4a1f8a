"""Validate every record and value of the v95 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers
from stdnum import iban as stdiban

from . import compose as C
from . import negs

OUT = ("tests/data/pii_heldout_v95.jsonl", "tests/data/pii_heldout_v95_values.jsonl")
LANG_OF = {"hi": "hi"}


def lang_of(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return rec["locale"][:2]


def check_value(v, errs, rid, locale):
    kind, text = v["kind"], v["text"]
    if kind == "PHONE":
        region = v["region"]
        if v["mode"] == "local-announced":
            area_len = v["area_len"]
            nsn = v["e164"][1 + len(str(phonenumbers.country_code_for_region(region))) :]
            digits = re.sub(r"\D", "", text)
            if nsn[area_len:] != digits:
                errs.append(f"{rid}: local digits {text} vs {v['e164']}")
            trunk = "" if region in ("US", "BR") else "0"
            num = phonenumbers.parse(trunk + nsn[:area_len] + digits, region)
            if phonenumbers.length_of_geographical_area_code(num) != area_len:
                errs.append(f"{rid}: area_len {text}")
        else:
            if v["area_len"] is not None:
                errs.append(f"{rid}: area_len set on {text}")
            num = phonenumbers.parse(text, region)
        if phonenumbers.format_number(num, 0) != v["e164"] or not phonenumbers.is_valid_number(num):
            errs.append(f"{rid}: phone {text} does not give {v['e164']}")
        if v["mode"] == "other" and phonenumbers.number_type(num) not in C.nb.OTHER:
            errs.append(f"{rid}: 'other' of wrong type {text}")
    elif kind == "CREDIT_CARD":
        d = re.sub(r"\D", "", text)
        if not (13 <= len(d) <= 19 and negs.luhn_ok(d)):
            errs.append(f"{rid}: card {text}")
    elif kind == "IBAN":
        if not stdiban.is_valid(text):
            errs.append(f"{rid}: iban {text}")
    elif kind == "IP_ADDRESS":
        ipaddress.ip_address(text)
    elif kind == "US_SSN":
        if not negs.ssn_shape_ok(text) or int(text[:3]) >= 900 or locale != "en_US":
            errs.append(f"{rid}: ssn {text}")
    elif kind == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(text):
            errs.append(f"{rid}: email {text}")


def check(records_path, values_path):
    errs = []
    ids = set()
    with open(records_path, encoding="utf-8") as fr, open(values_path, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errs.append(f"{rid}: keys or span count")
            continue
        last = 0
        for sp, v in zip(spans, vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] != v["kind"]:
                errs.append(f"{rid}: span form {sp}")
            s, e = sp["start"], sp["end"]
            if s < last or e <= s:
                errs.append(f"{rid}: unsorted or overlapping {sp}")
            last = e
            if text[s:e] != v["text"]:
                errs.append(f"{rid}: offsets {sp} != {v['text']!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append(f"{rid}: span touches a letter or digit {v['text']!r}")
            check_value(v, errs, rid, rec["locale"])
        if rec["locale"] in C.LOCALES:
            regions = C.screen_regions(rec["locale"], lang_of(rec))
        else:
            regions = ["US", "GB"]
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        blank = "".join(blank)
        hits = negs.guard_hits(blank) + negs.phone_hits(blank, regions)
        if hits:
            errs.append(f"{rid}: unlabelled hits {hits[:3]}")
    return errs


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    paths = argv if len(argv) == 2 else OUT
    errs = check(*paths)
    for e in errs[:50]:
        print(e)
    print(f"errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
