"""Validate every record and value of v58 (offsets, order, boundaries, numbers, hard-negative screens)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as nb
from .make_heldout_set import RECORDS, VALUES

REG = {
    "en_US": ["US", "GB"],
    "en_GB": ["GB", "US"],
    "de_DE": ["DE"],
    "fr_FR": ["FR"],
    "es_ES": ["ES"],
    "it_IT": ["IT"],
    "nl_NL": ["NL"],
    "pt_BR": ["BR", "PT"],
}


def regions(rec):
    lang, own, nat = compose.LOCALES[rec["locale"]]
    if "-hi-" in rec["id"]:
        lang = "hi"
    return sorted(set([own, nat] + compose.HOME[lang]))


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        if v["mode"] == "local-announced":
            num = nb.put_back(
                t,
                v["region"],
                v["e164"][len(str(pn.country_code_for_region(v["region"]))) + 1 :][: v["area_len"]],
            )
            geo = pn.length_of_geographical_area_code(num)
            if geo != v["area_len"]:
                errs.append("%s area_len %s != %s" % (where, v["area_len"], geo))
        else:
            num = pn.parse(t, v["region"])
            if v["area_len"] is not None:
                errs.append("%s area_len not null" % where)
        if not pn.is_valid_number(num) or nb.e164(num) != v["e164"]:
            errs.append("%s phone %r does not parse back to %s" % (where, t, v["e164"]))
        if v["mode"] == "other" and pn.number_type(num) not in nb.OTHER_TYPES:
            errs.append("%s other type" % where)
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append("%s card %r" % (where, t))
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append("%s iban %r" % (where, t))
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif k == "US_SSN":
        a, g, s = re.split(r"[ -]", t)
        if a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
            errs.append("%s ssn %r" % (where, t))
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errs.append("%s email %r" % (where, t))


def main(argv):
    rp, vp = (argv[1], argv[2]) if len(argv) > 2 else (RECORDS, VALUES)
    errs = []
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        w = rec["id"]
        if w in ids:
            errs.append("duplicate id " + w)
        ids.add(w)
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vs):
            errs.append(w + " span/value count")
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append(w + " span shape")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(w + " order/overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(w + " offsets")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append("%s span touches %r" % (w, text[i]))
            check_value(v, errs, w)
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        b = "".join(blank)
        regs = REG.get(rec["locale"]) if not spans and "-neg-" not in w else regions(rec)
        if negs.phone_hits(b, regs) or negs.guard_hits(b):
            errs.append(w + " unlabelled hit in blanked text")
    for e in errs[:50]:
        print(e)
    print("records:", len(recs), "errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
