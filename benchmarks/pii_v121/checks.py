"""Validate v121: offsets, order, overlaps, boundaries, every value re-checked, negatives re-screened."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from .compose import LANG_HOME, LOCALES, blank
from .negs import guard_hits, luhn_ok, phone_hits
from .numbers import AREAS, CC, put_back
from .values import ssn_ok

REC = "tests/data/pii_heldout_v121.jsonl"
VAL = "tests/data/pii_heldout_v121_values.jsonl"
LOCREG = {loc: (own, nat, lang) for loc, (lang, own, nat) in LOCALES.items() if loc != "hi"}


def check_value(v, errs, rid):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        reg = v["region"]
        if v["mode"] == "local-announced":
            areas = [a for _, a in AREAS[reg] if v["e164"].startswith("+" + CC[reg][0] + a)]
            if not areas or len(areas[0]) != v["area_len"]:
                errs.append(f"{rid}: local without its area {t}")
                return
            num = put_back(t, reg, v["area_len"], areas[0])
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append(f"{rid}: area_len {t}")
        else:
            if v["area_len"] is not None:
                errs.append(f"{rid}: area_len not null {t}")
            num = pn.parse(t, reg)
        if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
            errs.append(f"{rid}: phone {t} != {v['e164']}")
        if v["mode"] == "other" and pn.number_type(num) not in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        ):
            errs.append(f"{rid}: 'other' of wrong type {t}")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append(f"{rid}: card {t}")
    elif k == "IBAN":
        if not stdiban.is_valid(t):
            errs.append(f"{rid}: iban {t}")
    elif k == "US_SSN":
        if not ssn_ok(t):
            errs.append(f"{rid}: ssn {t}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append(f"{rid}: ip {t}")
    elif k == "EMAIL":
        if t.count("@") != 1 or "." not in t.split("@")[1]:
            errs.append(f"{rid}: email {t}")
    else:
        errs.append(f"{rid}: kind {k}")


def main(rec_path=REC, val_path=VAL):
    errs = []
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for r, vs in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if set(r) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append(f"{rid}: keys or duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append(f"{rid}: spans and values differ")
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append(f"{rid}: span shape")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{rid}: order/overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: offsets {v['text']}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{rid}: span touches a character before")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{rid}: span touches a character after")
            check_value(v, errs, rid)
        lang = "hi" if "-hi-" in rid else None
        if r["locale"] in LOCREG:
            own, nat, lg = LOCREG[r["locale"]]
            lang = lang or lg
            regions = sorted({own, nat, *LANG_HOME[lang]})
        else:
            regions = ["US", "GB"]
        b = blank(text, spans)
        hits = phone_hits(b, regions) + [(h,) for h in guard_hits(b)]
        if hits:
            errs.append(f"{rid}: unlabelled hits {hits[:3]}")
    for e in errs[:50]:
        print(e)
    print(f"records: {len(recs)}, errors: {len(errs)}")
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
