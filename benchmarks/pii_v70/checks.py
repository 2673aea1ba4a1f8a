"""Validates every v70 record and value; prints the errors and their count (0 expected)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as N
from .build import HOME, LOCALES
from .corpus import REGIONS as CORPUS_REGIONS

RECORDS = "tests/data/pii_heldout_v70.jsonl"
VALUES = "tests/data/pii_heldout_v70_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}
AREA_CODE = {(r, code) for r, areas in N.AREAS.items() for _, code, _, _ in areas}


def check_value(v, text, errs, rid):
    k = v["kind"]
    if k == "PHONE":
        if v["mode"] not in MODES:
            errs.append(f"{rid}: mode {v['mode']}")
        region = v["region"]
        if v["mode"] == "local-announced":
            n = pn.parse(v["e164"], None)
            d = N.nsn(n)
            code = d[: v["area_len"]]
            if (region, code) not in AREA_CODE or pn.length_of_geographical_area_code(n) != v["area_len"]:
                errs.append(f"{rid}: area {text}")
            if not N.parses_back(N.put_back(region, code, text), region, v["e164"]):
                errs.append(f"{rid}: local {text} does not put back to {v['e164']}")
            if re.sub(r"\D", "", text) != d[v["area_len"] :]:
                errs.append(f"{rid}: local digits {text}")
        else:
            if v["area_len"] is not None:
                errs.append(f"{rid}: area_len on {text}")
            if not N.parses_back(text, region, v["e164"]):
                errs.append(f"{rid}: phone {text} !-> {v['e164']}")
            if v["mode"] == "other" and pn.number_type(pn.parse(text, region)) not in N.OTHER:
                errs.append(f"{rid}: other type {text}")
    elif k == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", text):
            errs.append(f"{rid}: email {text}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        if not (d.isdigit() and len(d) == 16 and negs.luhn_ok(d)):
            errs.append(f"{rid}: card {text}")
    elif k == "IBAN":
        if not std_iban.is_valid(text.replace(" ", "")):
            errs.append(f"{rid}: iban {text}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(text)
        except ValueError:
            errs.append(f"{rid}: ip {text}")
    elif k == "US_SSN":
        if not (re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", text) and negs.ssn_ok(text)):
            errs.append(f"{rid}: ssn {text}")


def regions_of(rec):
    rid = rec["id"]
    if rec["locale"] in LOCALES and ("-pos-" in rid or "-neg-" in rid):
        lang, own, nat = LOCALES[rec["locale"]]
        if "-hi-" in rid:
            lang = "hi"
        return sorted({own, nat, HOME[lang]})
    return CORPUS_REGIONS[rec["locale"]]


def main(argv):
    rp = argv[0] if argv else RECORDS
    vp = argv[1] if len(argv) > 1 else VALUES
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    errs = []
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append(f"{rid}: keys or duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append(f"{rid}: spans/values differ")
            continue
        last = 0
        for sp, v in zip(spans, vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append(f"{rid}: span {sp}")
            s, e = sp["start"], sp["end"]
            if not (last <= s < e <= len(text)):
                errs.append(f"{rid}: order/overlap {sp}")
            last = e
            if text[s:e] != v["text"] or text[s:e] != text[s:e].strip():
                errs.append(f"{rid}: text mismatch {sp}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append(f"{rid}: span touches a letter or digit {sp}")
            check_value(v, text[s:e], errs, rid)
        chars = list(text)
        for sp in spans:
            for i in range(sp["start"], sp["end"]):
                chars[i] = " "
        hits = negs.doc_hits("".join(chars), regions_of(rec))
        if hits:
            errs.append(f"{rid}: unlabelled hits {hits[:3]}")
    for e in errs[:50]:
        print(e)
    print(f"{len(recs)} records checked; errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
