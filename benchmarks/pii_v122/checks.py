"""Validate the v122 files: offsets, order, boundaries, every value, and the hard-negative screens."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as nb

RECORDS = "tests/data/pii_heldout_v122.jsonl"
VALUES = "tests/data/pii_heldout_v122_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append("%s: mode %s" % (where, v["mode"]))
    if k == "PHONE":
        region, e = v["region"], v["e164"]
        if v["mode"] == "local-announced":
            if region not in LOCAL_REGIONS or not v["area_len"]:
                errs.append("%s: local %s" % (where, v))
                return
            num = pn.parse(e)
            area = pn.national_significant_number(num)[: v["area_len"]]
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append("%s: area_len %s" % (where, v))
            t = nb.put_back(t, region, area)
        elif v["area_len"] is not None:
            errs.append("%s: area_len not null" % where)
        try:
            got = pn.parse(t, region)
        except pn.NumberParseException:
            errs.append("%s: no parse %s" % (where, t))
            return
        if not pn.is_valid_number(got) or nb.e164(got) != e:
            errs.append("%s: %s -> %s != %s" % (where, t, nb.e164(got), e))
        if v["mode"] == "other" and pn.number_type(got) not in nb.TYPES["free"]:
            errs.append("%s: other but not free %s" % (where, t))
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append("%s: card %s" % (where, t))
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append("%s: iban %s" % (where, t))
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errs.append("%s: ip mode %s" % (where, t))
        except ValueError:
            errs.append("%s: ip %s" % (where, t))
    elif k == "US_SSN":
        d = t.replace("-", "").replace(" ", "")
        area, grp, ser = int(d[:3]), int(d[3:5]), int(d[5:])
        if not (len(d) == 9 and 0 < area < 900 and area != 666 and grp > 0 and ser > 0):
            errs.append("%s: ssn %s" % (where, t))
    elif k == "EMAIL":
        if not negs.EMAIL.fullmatch(t):
            errs.append("%s: email %s" % (where, t))


def regions(rec):
    loc = rec["locale"]
    lang = "hi" if "-hi-" in rec["id"] else compose.LOCALES[loc][0]
    _, home, part = compose.LOCALES[loc]
    return list(dict.fromkeys([home, part] + compose.LANG_HOME[lang]))


def main(records=RECORDS, values=VALUES):
    errs, n = [], 0
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
            errs.append("duplicate id " + rid)
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or rec["locale"] not in compose.LOCALES:
            errs.append(rid + ": record keys/locale")
        if len(spans) != len(vs):
            errs.append(rid + ": spans and values differ")
            continue
        prev = 0
        for sp, v in zip(spans, vs, strict=True):
            n += 1
            where = "%s@%d" % (rid, sp["start"])
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append(where + ": span shape")
            if sp["start"] < prev or sp["end"] <= sp["start"]:
                errs.append(where + ": order/overlap")
            prev = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errs.append(where + ": text mismatch")
            for i in (sp["start"] - 1, sp["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append(where + ": touches %r" % text[i])
            if "\n" in v["text"] or v["text"] != v["text"].strip():
                errs.append(where + ": line break or edge space")
            check_value(v, errs, where)
        # the whole document with its spans blanked must be clean
        blank = list(text)
        for sp in spans:
            for i in range(sp["start"], sp["end"]):
                blank[i] = " "
        blank = "".join(blank)
        if negs.guard_hits(blank) or negs.phone_hits(blank, regions(rec)):
            errs.append(
                rid + ": screen hit %s" % (negs.guard_hits(blank) + negs.phone_hits(blank, regions(rec)))
            )
    for e in errs[:50]:
        print(e)
    print("records: %d, values: %d, errors: %d" % (len(recs), n, len(errs)))
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
