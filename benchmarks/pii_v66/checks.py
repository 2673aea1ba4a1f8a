"""Validates every record and value of the v66 set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import re
import sys

import phonenumbers
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban

from . import build, corpus, negs
from . import compose as C
from . import numbers as N
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
OTHER_TYPES = {T.TOLL_FREE, T.SHARED_COST, T.UAN}


def ssn_ok(t):
    m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append(f"{where}: bad mode {v.get('mode')}")
    if k == "PHONE":
        region, want = v["region"], v["e164"]
        if v["mode"] == "local-announced":
            al = v["area_len"]
            nsn = want[1 + len(str(phonenumbers.country_code_for_region(region))) :]
            num = N.put_back(region, nsn[:al], t)
            if N.e164(num) != want or not phonenumbers.is_valid_number(num):
                errs.append(f"{where}: local {t} does not put back to {want}")
            if phonenumbers.length_of_geographical_area_code(num) != al:
                errs.append(f"{where}: area_len {al}")
        else:
            if v["area_len"] is not None:
                errs.append(f"{where}: area_len not null")
            num = phonenumbers.parse(t, region)
            if not phonenumbers.is_valid_number(num) or N.e164(num) != want:
                errs.append(f"{where}: phone {t} != {want}")
            if v["mode"] == "other" and phonenumbers.number_type(num) not in OTHER_TYPES:
                errs.append(f"{where}: 'other' of type {phonenumbers.number_type(num)}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t) or C._mod97(t.replace(" ", "")[4:] + t.replace(" ", "")[:4]) != 1:
            errs.append(f"{where}: iban {t}")
    elif k == "US_SSN":
        if not ssn_ok(t):
            errs.append(f"{where}: ssn {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            errs.append(f"{where}: ip {t}")
        else:
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errs.append(f"{where}: ip mode {t}")
    elif k == "EMAIL":
        if not EMAIL_RE.match(t):
            errs.append(f"{where}: email {t}")


def regions_for(rec):
    loc = rec["locale"]
    if not rec["id"].startswith(loc + "-"):
        return sorted({corpus.HOME[loc], "US", "GB"})
    lang, own, nat = C.LOCALES[loc]
    if "-hi-" in rec["id"]:
        lang = "hi"
    return sorted({own, nat, C.HOME[lang]})


def main(argv):
    rpath = argv[0] if argv else RECORDS
    vpath = argv[1] if len(argv) > 1 else VALUES
    with open(rpath, encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    with open(vpath, encoding="utf-8") as fh:
        vals = [json.loads(x)["values"] for x in fh]
    errs = []
    if len(recs) != len(vals):
        errs.append("record and value counts differ")
    if len({r["id"] for r in recs}) != len(recs):
        errs.append("duplicate ids")
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{rid}: keys {sorted(rec)}")
        if len(spans) != len(vs):
            errs.append(f"{rid}: {len(spans)} spans, {len(vs)} values")
        last = 0
        for i, (s, v) in enumerate(zip(spans, vs, strict=False)):
            where = f"{rid}#{i}"
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"}:
                errs.append(f"{where}: span shape")
                continue
            if s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{where}: kind")
            if s["start"] < last or s["end"] <= s["start"] or s["end"] > len(text):
                errs.append(f"{where}: offsets/sort/overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{where}: text mismatch")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{where}: touches on the left")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{where}: touches on the right")
            if v["text"] != v["text"].strip() or "\n" in v["text"]:
                errs.append(f"{where}: whitespace in value")
            check_value(v, errs, where)
        if not build.screen(text, spans, regions_for(rec)):
            errs.append(f"{rid}: hard-negative screen: {negs.phone_hits(text, regions_for(rec))[:3]}")
    for e in errs[:50]:
        print(e)
    print(f"{len(recs)} records checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
