"""Validate every v39 record and value; prints the errors and their count (0 expected)."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs, values
from .compose import HOME, LOCALES
from .make_heldout_set import OUT, OUT_VALUES
from .numbers import TRUNK

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append("%s bad mode %r" % (where, v.get("mode")))
    if k == "PHONE":
        num = pn.parse(v["e164"])
        if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
            errs.append("%s e164 invalid" % where)
        if v["mode"] == "local-announced":
            n = pn.national_significant_number(num)
            digits = "".join(c for c in t if c.isdigit())
            area = n[: v["area_len"]]
            if pn.length_of_geographical_area_code(num) != v["area_len"] or area + digits != n:
                errs.append("%s local area mismatch" % where)
            text = TRUNK[v["region"]] + area + digits
        else:
            text = t
        got = pn.parse(text, v["region"])
        if pn.format_number(got, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(got):
            errs.append("%s phone does not parse back: %r" % (where, t))
        if "\n" in t:
            errs.append("%s phone split across lines" % where)
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn_ok(d)):
            errs.append("%s card fails Luhn" % where)
    elif k == "IBAN":
        if not (negs.iban_ok(t) and std_iban.is_valid(t)):
            errs.append("%s IBAN invalid" % where)
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != a.is_private:
            errs.append("%s IP mode mismatch" % where)
    elif k == "US_SSN":
        if not values.ssn_ok(t):
            errs.append("%s SSN breaks SSA rules" % where)
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errs.append("%s e-mail shape" % where)


def main(argv):
    rpath = argv[0] if argv else OUT
    vpath = argv[1] if len(argv) > 1 else OUT_VALUES
    with open(rpath, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(vpath, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    errs = []
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append("%s duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append("%s span/value count" % rid)
        prev = 0
        for i, (sp, v) in enumerate(zip(spans, vs, strict=False)):
            where = "%s#%d" % (rid, i)
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append("%s span shape/kind" % where)
            s, e = sp["start"], sp["end"]
            if s < prev or e <= s:
                errs.append("%s unsorted or overlapping" % where)
            prev = e
            if text[s:e] != v["text"]:
                errs.append("%s offsets do not give the value" % where)
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s span touches a letter or digit" % where)
            try:
                check_value(v, errs, where)
            except Exception as ex:  # noqa: BLE001
                errs.append("%s %r" % (where, ex))
        masked = list(text)
        for sp in spans:
            masked[sp["start"] : sp["end"]] = "X" * (sp["end"] - sp["start"])
        lang = "hi" if "-hi-" in rid else rec["locale"][:2]
        region, nat = LOCALES[rec["locale"]][1:]
        regions = list(dict.fromkeys([region, nat] + HOME[lang]))
        hits = negs.doc_hits("".join(masked), regions)
        if hits:
            errs.append("%s unlabelled hits after masking: %r" % (rid, hits[:3]))
    for e in errs[:50]:
        print(e)
    print("records", len(recs), "errors", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
