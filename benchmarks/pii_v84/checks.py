"""Validate v84's records and values: offsets, order, boundaries, and every value by its own rules."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban

from . import build, negs
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
REGIONS = {loc: sorted({reg, nat, build.HOME[lang]}) for loc, lang, reg, nat, *_ in build.LOCALES}
REGIONS["en_IN"] = sorted(set(REGIONS["en_IN"]) | {"US"})


def check_value(v, errs, rid):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append("%s: bad mode %r" % (rid, v))
    if k == "PHONE":
        num = pn.parse(v["e164"])
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
            errs.append("%s: e164 invalid %r" % (rid, v))
        if v["mode"] == "local-announced":
            area = N.nsn_of(num)[: v["area_len"]]
            if N.e164(N.put_back(t, v["region"], area)) != v["e164"]:
                errs.append("%s: local does not put back %r" % (rid, v))
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append("%s: area_len %r" % (rid, v))
        else:
            if v["area_len"] is not None:
                errs.append("%s: area_len not null %r" % (rid, v))
            if not N.parses_to(t, None if t.lstrip("(").startswith("+") else v["region"], num):
                errs.append("%s: phone does not parse back %r" % (rid, v))
            if v["mode"] == "other" and pn.number_type(num) not in N.SERVICE:
                errs.append("%s: 'other' not a service number %r" % (rid, v))
    elif k == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
            errs.append("%s: e-mail %r" % (rid, t))
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append("%s: card %r" % (rid, t))
    elif k == "IBAN":
        if not (std_iban.is_valid(t) and negs.iban_ok(t)):
            errs.append("%s: IBAN %r" % (rid, t))
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = {
            "v4": lambda: a.version == 4 and a.is_global,
            "v4-private": lambda: a.version == 4 and a.is_private,
            "v6": lambda: a.version == 6,
        }[v["mode"]]
        if not want():
            errs.append("%s: IP %r" % (rid, v))
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            errs.append("%s: SSN %r" % (rid, t))


def check(records=RECORDS, values=VALUES):
    errs = []
    recs = [json.loads(x) for x in Path(records).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(values).read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for r, v in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if set(r) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append("%s: keys or duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(v["values"]):
            errs.append("%s: span/value count" % rid)
        prev = 0
        for sp, val in zip(spans, v["values"], strict=False):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != val["kind"]:
                errs.append("%s: span %r" % (rid, sp))
            s, e = sp["start"], sp["end"]
            if not (prev <= s < e <= len(text)):
                errs.append("%s: offsets/sort/overlap %r" % (rid, sp))
            prev = e
            if text[s:e] != val["text"] or text[s:e] != text[s:e].strip():
                errs.append("%s: text mismatch %r" % (rid, sp))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span touches a letter or digit %r" % (rid, val["text"]))
            check_value(val, errs, rid)
        regions = REGIONS.get(r["locale"], ["US", "GB"])
        blanked = build.blank(text, spans)
        hits = negs.phone_hits(blanked, regions) + negs.guard_hits(blanked)
        if hits:
            errs.append("%s: unlabelled PII-like text %r" % (rid, hits))
    return errs, len(recs)


def main(argv):
    errs, n = check(*argv) if argv else check()
    for e in errs[:50]:
        print(e)
    print("checked %d records: %d errors" % (n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
