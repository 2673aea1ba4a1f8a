"""Validates every record and value of the v82 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import negs
from . import numbers as N
from .build import HOME, LOCALES
from .make_heldout_set import RECORDS, VALUES
from .values import luhn_ok, ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def regions_of(rec):
    lang = "hi" if "-hi-" in rec["id"] else rec["id"].split("_")[0]
    for loc, own, nat in LOCALES.get(lang, []):
        if loc == rec["locale"]:
            return sorted({own, nat, HOME[lang]})
    return sorted({rec["locale"][-2:], "US", "GB"})


def check_value(v, errs, where):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        if v["mode"] not in MODES:
            errs.append(f"{where}: mode {v['mode']}")
        if v["mode"] == "local-announced":
            num = pn.parse(v["e164"])
            nsn = str(num.national_number)
            area = nsn[: v["area_len"]]
            if re.sub(r"\D", "", t) != nsn[v["area_len"] :]:
                errs.append(f"{where}: local digits {t}")
            text = N.put_back(v["region"], area, t)
        else:
            if v["area_len"] is not None:
                errs.append(f"{where}: area_len")
            text = t
        num = N.parse_ok(text, v["region"])
        if num is None or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
            errs.append(f"{where}: phone {t} != {v['e164']}")
        elif v["mode"] == "local-announced" and pn.length_of_geographical_area_code(num) != v["area_len"]:
            errs.append(f"{where}: area length {t}")
        elif v["mode"] == "other" and pn.number_type(num) not in N.OTHER:
            errs.append(f"{where}: other type {t}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN":
        if not stdiban.is_valid(t.replace(" ", "")):
            errs.append(f"{where}: iban {t}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[ -](\d{2})[ -](\d{4})", t)
        if not m or not ssn_ok(*(int(x) for x in m.groups())):
            errs.append(f"{where}: ssn {t}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append(f"{where}: ip {t}")
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            errs.append(f"{where}: email {t}")


def check(rec_path=RECORDS, val_path=VALUES):
    errs, ids = [], set()
    with open(rec_path, encoding="utf-8") as fr, open(val_path, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    for i, (rec, vs) in enumerate(zip(recs, vals, strict=False)):
        w, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or w in ids:
            errs.append(f"{w}: keys or duplicate id")
        ids.add(w)
        if len(spans) != len(vs):
            errs.append(f"{w}: {len(spans)} spans, {len(vs)} values")
        prev = 0
        for s, v in zip(spans, vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{w}: span {s}")
            if not prev <= s["start"] < s["end"] <= len(text):
                errs.append(f"{w}: order/overlap {s}")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{w}: text {v['text']!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{w}: touches left {v['text']!r}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{w}: touches right {v['text']!r}")
            check_value(v, errs, f"{w}#{i}")
        hits = negs.doc_dirty(text, spans, regions_of(rec))
        if hits:
            errs.append(f"{w}: unlabelled {hits}")
    return errs, len(recs)


def main(argv):
    errs, n = check(*argv) if argv else check()
    for e in errs[:50]:
        print(e)
    print(f"documents: {n}; errors: {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
