"""Validate every record and value of the v71 set; print the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as N
from .compose import LANG_HOME, LOCALES
from .make_heldout_set import RECORDS, VALUES
from .negs import doc_dirty, luhn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def _ssn_ok(t):
    d = t.replace("-", "").replace(" ", "")
    a, g, s = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def check_value(v, errs, rid):
    t, k = v["text"], v["kind"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append(f"{rid}: bad mode {v}")
    if k == "PHONE":
        if v["mode"] == "local-announced":
            area = v["e164"][len(str(pn.country_code_for_region(v["region"]))) + 1 :][: v["area_len"]]
            text = N.put_back(v["region"], area, t)
            num = pn.parse(v["e164"], None)
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append(f"{rid}: area_len {v}")
        else:
            text = t
            if v["area_len"] is not None:
                errs.append(f"{rid}: area_len not null {v}")
        if not N.parses_to(text, v["region"], v["e164"]):
            errs.append(f"{rid}: phone does not parse back {v}")
        num = pn.parse(v["e164"], None)
        if v["mode"] == "other" and pn.number_type(num) not in N.WANT[N.FREE]:
            errs.append(f"{rid}: other not toll-free/shared/UAN {v}")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append(f"{rid}: card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append(f"{rid}: iban {t}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append(f"{rid}: ip {t}")
    elif k == "US_SSN":
        if not _ssn_ok(t):
            errs.append(f"{rid}: ssn {t}")
    elif k == "EMAIL":
        if t.count("@") != 1 or "." not in t.split("@")[1]:
            errs.append(f"{rid}: email {t}")


def check(rpath=RECORDS, vpath=VALUES):
    errs = []
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for r, vs in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if set(r) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append(f"{rid}: keys or duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append(f"{rid}: spans/values differ")
        prev = -1
        for s, v in zip(spans, vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{rid}: span shape {s}")
            if s["start"] < prev or s["start"] >= s["end"]:
                errs.append(f"{rid}: order/overlap {s}")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{rid}: offsets {s} {v['text']!r}")
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append(f"{rid}: span touches a letter or digit {s}")
            check_value(v, errs, rid)
        if "-pos-" in rid or "-neg-" in rid:
            _, reg, nat = LOCALES[r["locale"]]
            lang = "hi" if "-hi-" in rid else r["locale"][:2]
            chars = list(text)
            for s in spans:
                chars[s["start"] : s["end"]] = "_" * (s["end"] - s["start"])
            hits = doc_dirty("".join(chars), sorted({reg, nat, *LANG_HOME[lang]}))
            if hits:
                errs.append(f"{rid}: unlabelled hits {hits}")
        if "-neg-" in rid and spans:
            errs.append(f"{rid}: negative with spans")
    return errs


def main(argv):
    rpath, vpath = (argv[1], argv[2]) if len(argv) > 2 else (RECORDS, VALUES)
    errs = check(rpath, vpath)
    for e in errs[:50]:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
