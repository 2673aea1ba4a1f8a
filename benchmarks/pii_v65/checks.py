"""Validate the v65 records and values; prints the errors and their count (0 expected)."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as N
from .make_heldout_set import OUT


def luhn(d):
    return negs._luhn(d)


def check(recs, vals):
    errs = []
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans, values = rec["id"], rec["text"], rec["spans"], val["values"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if len(spans) != len(values):
            errs.append(f"{rid}: spans/values differ")
            continue
        prev = 0
        for s, v in zip(spans, values, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append(f"{rid}: bad span {s}")
            if s["start"] < prev or s["end"] <= s["start"]:
                errs.append(f"{rid}: unsorted or overlapping {s}")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: text mismatch {s}")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append(f"{rid}: span touches a letter or digit {s}")
            errs += [f"{rid}: {e}" for e in check_value(v)]
        loc = rec["locale"]
        if "-neg-" in rid or "-pos-" in rid:
            lang = "hi" if "-hi-" in rid else compose.LOCALES[loc][0]
            blank = list(text)
            for s in spans:
                blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
            if negs.dirty("".join(blank), compose.regions_for(loc, lang)):
                errs.append(f"{rid}: document dirty outside its spans")
        if "-neg-" in rid and spans:
            errs.append(f"{rid}: negative with spans")
    return errs


def check_value(v):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        if v["mode"] == "local-announced":
            area = v["e164"][len(N.cc(v["region"])) + 1 :][: v["area_len"]]
            num = pn.parse(N.put_back(t, v["region"], area), v["region"])
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                return [f"area_len {t}"]
        else:
            num = pn.parse(t, v["region"])
            if v["area_len"] is not None:
                return [f"area_len not null {t}"]
        if not pn.is_valid_number(num) or N.e164(num) != v["e164"]:
            return [f"phone does not parse back {t} {v['e164']}"]
        if v["mode"] == "other" and pn.number_type(num) not in N.OTHER:
            return [f"other not toll-free/shared-cost/UAN {t}"]
        return []
    if k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        return [] if d.isdigit() and luhn(d) else [f"card {t}"]
    if k == "IBAN":
        return [] if std_iban.is_valid(t) else [f"iban {t}"]
    if k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return [f"ip {t}"]
        return []
    if k == "US_SSN":
        a, g, s = t.replace(" ", "-").split("-")
        ok = a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"
        return [] if ok else [f"ssn {t}"]
    if k == "EMAIL":
        return [] if negs.EMAIL_RE.fullmatch(t) else [f"email {t}"]
    return [f"unknown kind {k}"]


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    with open(paths[0], encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(paths[1], encoding="utf-8") as f:
        vals = [json.loads(line) for line in f]
    errs = check(recs, vals)
    for e in errs[:50]:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
