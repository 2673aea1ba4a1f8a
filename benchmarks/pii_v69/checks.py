"""Validate every record and value of v69; prints the errors and their count (0 expected)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose as C
from . import negs
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
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def check_value(v, rec):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        region, want = v["region"], v["e164"]
        if v["mode"] == "local-announced":
            num = pn.parse(want, None)
            al = pn.length_of_geographical_area_code(num)
            if al != v["area_len"]:
                return "area_len"
            area = str(num.national_number)[:al]
            return None if N.parses_to(N.put_back(region, area, t), region, want) else "local put-back"
        if v["area_len"] is not None:
            return "area_len not null"
        return None if N.parses_to(t, region, want) else "phone parse"
    if k == "EMAIL":
        return None if EMAIL.match(t) else "email"
    if k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        return None if d.isdigit() and 13 <= len(d) <= 19 and negs._luhn(d) else "luhn"
    if k == "IBAN":
        return None if std_iban.is_valid(t.replace(" ", "")) else "iban"
    if k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            return "ip"
        return None
    if k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m:
            return "ssn shape"
        a, g, s = (int(x) for x in m.groups())
        return None if 0 < a < 900 and a != 666 and g and s else "ssn rules"
    return "kind"


def main(argv):
    rec_path, val_path = (argv + [RECORDS, VALUES])[:2] if len(argv) >= 2 else (RECORDS, VALUES)
    errors = []
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errors.append(f"{rid}: keys or span/value count")
            continue
        last = 0
        for sp, v in zip(spans, vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] != v["kind"] or sp["kind"] not in KINDS:
                errors.append(f"{rid}: span keys/kind")
            s, e = sp["start"], sp["end"]
            if not (last <= s < e <= len(text)):
                errors.append(f"{rid}: offsets/sort/overlap")
            last = e
            if text[s:e] != v["text"]:
                errors.append(f"{rid}: text mismatch")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{rid}: span touches a letter or digit")
            if v["mode"] not in MODES[v["kind"]]:
                errors.append(f"{rid}: mode")
            err = check_value(v, rec)
            if err:
                errors.append(f"{rid}: {err} {v['text']!r}")
        # whole-document screen with the labelled spans blanked
        if "-pos-" in rid or "-neg-" in rid:
            lang = "hi" if "-hi-" in rid else C.LOCALES[rec["locale"]][0]
            regs = C.regions_for(rec["locale"], lang)
        else:
            regs = ["US", "GB"] if rec["locale"] == "en_US" else [C.LOCALES[rec["locale"]][1]]
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        if negs.dirty("".join(blank), regs, whole=False):
            errors.append(f"{rid}: unlabelled phone or guard hit")
    for e in errors[:50]:
        print(e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
