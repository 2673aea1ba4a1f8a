"""Validate every record and value of v37; prints the errors and exits 1 when there are any."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as stdiban

from . import compose as C
from . import negs as N
from . import numbers as num

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def check_value(v, errs, rid):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        if v["mode"] not in MODES:
            errs.append((rid, "mode", v))
        area = None
        if v["mode"] == "local-announced":
            n = pn.parse(v["e164"])
            if v["area_len"] != pn.length_of_geographical_area_code(n):
                errs.append((rid, "area_len", v))
            area = num.nsn(n)[: v["area_len"]]
        e164, ok = num.parse_back(t, v["region"], area)
        if e164 != v["e164"] or not ok:
            errs.append((rid, "phone", v, e164))
    elif k == "CREDIT_CARD":
        d = "".join(c for c in t if c.isdigit())
        if not (13 <= len(d) <= 19 and N.luhn(d)):
            errs.append((rid, "card", t))
    elif k == "IBAN":
        if not (N.iban_ok(t) and stdiban.is_valid(t)):
            errs.append((rid, "iban", t))
    elif k == "US_SSN":
        d = t.replace("-", "").replace(" ", "")
        a, g, s = d[:3], d[3:5], d[5:]
        if len(d) != 9 or a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
            errs.append((rid, "ssn", t))
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append((rid, "ip", t))
    elif k == "EMAIL":
        if not N._EMAIL.fullmatch(t):
            errs.append((rid, "email", t))


def check(rpath="tests/data/pii_heldout_v37.jsonl", vpath="tests/data/pii_heldout_v37_values.jsonl"):
    errs = []
    recs = [json.loads(x) for x in open(rpath, encoding="utf-8")]
    vals = [json.loads(x) for x in open(vpath, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append(("-", "line counts differ"))
    ids = set()
    for r, v in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errs.append((rid, "duplicate id"))
        ids.add(rid)
        if set(r) != {"id", "locale", "text", "spans"} or len(spans) != len(v["values"]):
            errs.append((rid, "shape"))
            continue
        prev = 0
        for sp, val in zip(spans, v["values"], strict=True):
            if not isinstance(sp, dict) or set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS:
                errs.append((rid, "span", sp))
                continue
            s, e = sp["start"], sp["end"]
            if s < prev or e <= s or e > len(text):
                errs.append((rid, "order/overlap", sp))
            prev = e
            if text[s:e] != val["text"] or sp["kind"] != val["kind"]:
                errs.append((rid, "text", sp, val))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append((rid, "touches", text[max(0, s - 3) : e + 3]))
            check_value(val, errs, rid)
        if "-neg-" in rid and spans:
            errs.append((rid, "negative with spans"))
        if "-pos-" in rid:
            lang = "hi" if "-hi-" in rid else r["locale"][:2]
            regs = C.screen_regions(r["locale"], lang)
            mt = C.masked(text, spans)
            if N.guard_hits(mt) or N.phone_hits(mt, regs):
                errs.append((rid, "unlabelled hit", N.guard_hits(mt), N.phone_hits(mt, regs)))
        if "-neg-" in rid:
            lang = "hi" if "-hi-" in rid else r["locale"][:2]
            regs = C.screen_regions(r["locale"], lang)
            if N.guard_hits(text) or N.phone_hits(text, regs) or "#nofilter" in text:
                errs.append((rid, "dirty negative"))
    return recs, vals, errs


def main():
    args = sys.argv[1:]
    _, _, errs = check(*args)
    for e in errs[:50]:
        print(e)
    print(f"checks: {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
