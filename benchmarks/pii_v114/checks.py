"""Checks for v114: every record and value (offsets, order, overlap, span edges, parse-back of phones,
Luhn, mod 97, SSA rules, ipaddress) and the hard-negative screen of each whole document."""

import ipaddress
import json
import sys
from pathlib import Path

from stdnum import iban as std_iban

from . import compose, corpus, negs
from . import numbers as nb
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


def regions_for(rec):
    if "-pos-" not in rec["id"] and "-neg-" not in rec["id"]:
        return corpus.REGIONS[rec["locale"]]
    loc = "hi" if "-hi-" in rec["id"] else rec["locale"]
    lang, home, nat, _ = compose.LOCALES[loc]
    return sorted({home, nat, *compose.LANG_HOME[lang]})


def check_value(v, area_code=None):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        if v["mode"] == "local-announced":
            if not v["area_len"] or not nb.check_phone(t, v["region"], v["e164"], area_code):
                return "local phone does not parse back"
        elif v["area_len"] is not None or not nb.check_phone(t, v["region"], v["e164"]):
            return "phone does not parse back"
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d)):
            return "card fails Luhn"
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            return "IBAN fails"
    elif k == "US_SSN":
        d = t.replace(" ", "").replace("-", "")
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        if len(d) != 9 or a in (0, 666) or a >= 900 or g == 0 or s == 0:
            return "SSN breaks SSA rules"
    elif k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            return "bad IP"
        if (v["mode"] == "v6") != (ip.version == 6) or (v["mode"] == "v4-private") != (
            ip.version == 4 and ip.is_private
        ):
            return "IP mode"
    elif k == "EMAIL" and not negs.EMAIL_RE.fullmatch(t):
        return "bad e-mail"
    return None


def area_code_of(e164, region, area_len):
    cc = nb.CC[region]
    return e164[1 + len(cc) : 1 + len(cc) + area_len]


def run(records=RECORDS, values=VALUES):
    errors = []
    recs = [json.loads(x) for x in Path(records).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in Path(values).read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        err = errors.append
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            err(f"{rid}: shape")
            continue
        last = 0
        areas = set()
        for sp, v in zip(spans, vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] != v["kind"] or sp["kind"] not in KINDS:
                err(f"{rid}: span keys/kind")
            if sp["start"] < last or sp["end"] <= sp["start"]:
                err(f"{rid}: order or overlap")
            last = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                err(f"{rid}: text mismatch")
            if sp["start"] > 0 and text[sp["start"] - 1].isalnum():
                err(f"{rid}: span touches a letter or digit before")
            if sp["end"] < len(text) and text[sp["end"]].isalnum():
                err(f"{rid}: span touches a letter or digit after")
            if v["mode"] not in MODES[v["kind"]]:
                err(f"{rid}: mode {v['mode']}")
            ac = None
            if v.get("mode") == "local-announced":
                ac = area_code_of(v["e164"], v["region"], v["area_len"])
                areas.add(ac)
                if ac not in nb.AREAS[v["region"]].values():
                    err(f"{rid}: area code not a listed town")
            msg = check_value(v, ac)
            if msg:
                err(f"{rid}: {msg}: {v['text']}")
        if len(areas) > 1:
            err(f"{rid}: local numbers with different area codes")
        blanked = compose.blank(text, spans)
        hits = negs.dirty(blanked, regions_for(rec), whole=True)
        if hits:
            err(f"{rid}: unlabelled hit {hits[:2]}")
    return errors, len(recs)


def main(argv):
    errors, n = run(*argv[:2]) if len(argv) >= 2 else run()
    for e in errors[:50]:
        print(e)
    print(f"checked {n} records: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
