"""Validate every record and value of the v76 set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs
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


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES[k]:
        errs.append("%s: bad mode %r" % (where, v.get("mode")))
    if k == "PHONE":
        region, num = v["region"], pn.parse(v["e164"])
        if not compose.phone_ok(v):
            errs.append("%s: e164 not valid for region" % where)
        if v["mode"] == "local-announced":
            area = v["e164"][1 + len(str(num.country_code)) :][: v["area_len"]]
            back = nb.put_back(t, region, area)
            if nb.e164(back) != v["e164"] or pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append("%s: local form does not put back" % where)
        else:
            if v["area_len"] is not None or not nb.parses_to(t, region, num):
                errs.append("%s: phone does not parse back: %r" % (where, t))
            if v["mode"] == "other" and pn.number_type(num) not in nb.OTHER:
                errs.append("%s: 'other' of wrong type" % where)
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append("%s: card fails Luhn" % where)
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append("%s: IBAN invalid" % where)
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errs.append("%s: IP mode mismatch" % where)
        except ValueError:
            errs.append("%s: bad IP" % where)
    elif k == "US_SSN":
        d = t.replace("-", "").replace(" ", "")
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        if len(d) != 9 or a in (0, 666) or a >= 900 or g == 0 or s == 0:
            errs.append("%s: SSN breaks SSA rules" % where)
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errs.append("%s: bad e-mail" % where)


def check(records=RECORDS, values=VALUES):
    errs = []
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errs.append("%s: bad record shape" % rid)
            continue
        last = 0
        for i, (s, v) in enumerate(zip(spans, vs, strict=True)):
            where = "%s#%d" % (rid, i)
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append("%s: bad span" % where)
                continue
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append("%s: unsorted or overlapping" % where)
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: text differs from span" % where)
            for j in (s["start"] - 1, s["end"]):
                if 0 <= j < len(text) and text[j].isalnum():
                    errs.append("%s: span touches a letter or digit" % where)
            check_value(v, errs, where)
        loc = rec["locale"]
        lang = "hi" if "-hi-" in rid else compose.LOCALES.get(loc, ("en",))[0]
        home, nat = compose.LOCALES[loc][1:3]
        regions = sorted({home, nat, *compose.LANG_HOME[lang]})
        if compose.dirty_doc(text, spans, regions):
            errs.append("%s: unlabelled phone or guard hit" % rid)
    for e in errs:
        print(e)
    print("records: %d, errors: %d" % (len(recs), len(errs)))
    return len(errs)


if __name__ == "__main__":
    args = sys.argv[1:3] if len(sys.argv) >= 3 else [RECORDS, VALUES]
    sys.exit(1 if check(*args) else 0)
