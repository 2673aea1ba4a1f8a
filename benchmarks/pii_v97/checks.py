"""Validate every record and value of the set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as nb
from .make_heldout_set import OUT

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}
LANG_HOME = {"en": "GB", "de": "DE", "nl": "NL", "pt": "BR", "fr": "FR", "es": "ES", "it": "IT"}


def check_value(v, errs, rid):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        if v["mode"] not in MODES:
            errs.append(f"{rid}: mode {v['mode']}")
        if v["mode"] == "local-announced":
            area = nb.e164(pn.parse(v["e164"]))[1 + len(str(nb.CC[v["region"]])) :][: v["area_len"]]
            full = nb.put_back(t, v["region"], area)
            num = pn.parse(v["e164"])
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append(f"{rid}: area_len {t}")
        else:
            full = t
            if v["area_len"] is not None:
                errs.append(f"{rid}: area_len set for {t}")
        if not nb.parses_back(full, v["region"], v["e164"]):
            errs.append(f"{rid}: phone {t} does not parse back to {v['e164']}")
        if v["mode"] == "other" and pn.number_type(pn.parse(v["e164"])) not in nb.OTHER_TYPES:
            errs.append(f"{rid}: other type {t}")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append(f"{rid}: card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append(f"{rid}: iban {t}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append(f"{rid}: ip {t}")
    elif k == "US_SSN":
        d = t.replace(" ", "").replace("-", "")
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        if len(d) != 9 or a in (0, 666) or a >= 900 or g == 0 or s == 0:
            errs.append(f"{rid}: ssn {t}")
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errs.append(f"{rid}: email {t}")


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    recs = [json.loads(x) for x in open(paths[0], encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(paths[1], encoding="utf-8")]
    errs = []
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for r, vs in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(r) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errs.append(f"{rid}: keys or span/value count")
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{rid}: span shape {s}")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{rid}: order/overlap {s}")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: text mismatch {v['text']}")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append(f"{rid}: span touches {text[i]!r}")
            check_value(v, errs, rid)
        blank = text
        for s in reversed(spans):
            blank = blank[: s["start"]] + " " + blank[s["end"] :]
        lang = "hi" if "-hi-" in rid else r["locale"][:2]
        regions = sorted({r["locale"][-2:], LANG_HOME.get(lang, "IN"), "US" if lang == "en" else "GB"})
        if "-pos-" not in rid and "-neg-" not in rid:
            regions = sorted({r["locale"][-2:], "US", "GB"})
        else:
            regions = sorted(
                {r["locale"][-2:], LANG_HOME.get(lang, "IN")} | ({"GB"} if lang == "en" else set())
            )
        if negs.dirty(blank, regions):
            errs.append(f"{rid}: unlabelled text flagged by the screen")
    for e in errs[:50]:
        print(e)
    print(f"records {len(recs)}; errors {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
