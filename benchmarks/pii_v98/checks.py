"""Validate every record and value of the v98 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers
from stdnum import iban as stdiban

from . import build, corpus, negs
from . import numbers as N
from .make_heldout_set import RECORDS, VALUES

KINDS = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def check_phone(v, errs, where):
    try:
        n = phonenumbers.parse(v["e164"])
    except phonenumbers.NumberParseException:
        errs.append(f"{where}: bad e164 {v}")
        return
    if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != v["region"]:
        errs.append(f"{where}: e164 not valid for region {v}")
    if v["mode"] == "local-announced":
        nsn = phonenumbers.national_significant_number(n)
        subs = re.sub(r"\D", "", v["text"])
        area = nsn[: len(nsn) - len(subs)]
        if not nsn.endswith(subs) or len(area) != v["area_len"]:
            errs.append(f"{where}: local text and area {v}")
        if phonenumbers.length_of_geographical_area_code(n) != v["area_len"]:
            errs.append(f"{where}: area_len differs from phonenumbers {v}")
        if not N.parses_to(N.put_back(v["region"], area, v["text"]), v["region"], v["e164"]):
            errs.append(f"{where}: local form with area put back does not parse {v}")
        return
    if v["area_len"] is not None:
        errs.append(f"{where}: area_len set {v}")
    if not N.parses_to(v["text"], v["region"], v["e164"]):
        errs.append(f"{where}: does not parse back {v}")
    if (v["mode"] == "other") != (phonenumbers.number_type(n) in N.OTHER_TYPES):
        errs.append(f"{where}: other/type mismatch {v}")


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in KINDS.get(k, ()):
        errs.append(f"{where}: kind/mode {v}")
    elif k == "PHONE":
        check_phone(v, errs, where)
    elif k == "EMAIL" and not EMAIL.match(t):
        errs.append(f"{where}: email {t}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN" and not stdiban.is_valid(t.replace(" ", "")):
        errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            want = "v6" if a.version == 6 else ("v4-private" if a.is_private else "v4")
            if want != v["mode"]:
                errs.append(f"{where}: ip mode {v}")
        except ValueError:
            errs.append(f"{where}: ip {t}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            errs.append(f"{where}: ssn {t}")


def check(rec, vals, errs):
    rid, text, spans = rec["id"], rec["text"], rec["spans"]
    if set(rec) != {"id", "locale", "text", "spans"}:
        errs.append(f"{rid}: keys")
    if len(spans) != len(vals):
        errs.append(f"{rid}: {len(spans)} spans, {len(vals)} values")
        return
    end = 0
    for s, v in zip(spans, vals, strict=True):
        if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
            errs.append(f"{rid}: span shape {s}")
            continue
        if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
            errs.append(f"{rid}: span order/overlap/range {s}")
        end = s["end"]
        if (
            s["start"] > 0
            and text[s["start"] - 1].isalnum()
            or s["end"] < len(text)
            and text[s["end"]].isalnum()
        ):
            errs.append(f"{rid}: span touches a letter or digit {s}")
        if s["kind"] != v["kind"] or text[s["start"] : s["end"]] != v["text"]:
            errs.append(f"{rid}: span/value mismatch {s} {v}")
        if "\n" in v["text"]:
            errs.append(f"{rid}: value across lines {v}")
        check_value(v, errs, rid)
    parts = rid.split("-")
    if parts[1] in ("pos", "neg"):
        if (parts[1] == "neg") == bool(spans):
            errs.append(f"{rid}: group and spans disagree")
        loc = "hi" if parts[2] == "hi" else rec["locale"]
        lang, own, natl = build.LOCALES[loc]
        regions = sorted({own, natl, *build.HOME[lang]})
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = "|" * (s["end"] - s["start"])
        if negs.dirty("".join(blank), regions):
            errs.append(f"{rid}: text outside the spans is flagged")
    elif spans or not corpus._clean(text, rec["locale"]):
        errs.append(f"{rid}: corpus negative not clean")


def main(argv):
    rec_path, val_path = (argv[0], argv[1]) if len(argv) == 2 else (RECORDS, VALUES)
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    errs = []
    if len(recs) != len(vals):
        errs.append("record and sidecar line counts differ")
    if len({r["id"] for r in recs}) != len(recs):
        errs.append("duplicate ids")
    for r, v in zip(recs, vals, strict=False):
        check(r, v, errs)
    for e in errs[:50]:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
