"""Validates v118's records and sidecar: offsets, order, borders, every value, and the negatives' screens."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as N
from .build import HOME, LOCALES
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
LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}


def regions_for(rec):
    rid, loc = rec["id"], rec["locale"]
    if "-hi-" in rid:
        lang, own, nat = "hi", "IN", "IN"
    else:
        key = next((k for k, v in LOCALES.items() if v[1] == loc and k != "hi"), None)
        if key is None:
            return ["US", "GB"]
        lang, _, own, nat = LOCALES[key]
    return sorted({own, nat, *HOME[lang]})


def check_phone(v, err):
    try:
        num = pn.parse(v["e164"], None)
    except pn.NumberParseException:
        return err("bad e164")
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        return err("e164 not valid for region")
    if v["mode"] == "local-announced":
        if v["region"] not in LOCAL_REGIONS:
            return err("local in wrong region")
        k = pn.length_of_geographical_area_code(num)
        if v["area_len"] != k or not k:
            return err("area_len")
        area = N.nsn(num)[:k]
        if not N.parses_to(N.put_back(v["text"], v["region"], area), v["region"], v["e164"]):
            err("local form does not put back")
    else:
        if v["area_len"] is not None:
            err("area_len not null")
        if not N.parses_to(v["text"], v["region"], v["e164"]):
            err("phone does not parse back")
        if v["mode"] == "other" and pn.number_type(num) not in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        ):
            err("other is not a service number")


def check_value(v, err):
    t, k = v["text"], v["kind"]
    if k == "PHONE":
        check_phone(v, err)
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            err("email shape")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and len(d) == 16 and negs.luhn_ok(d)):
            err("card")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            err("iban")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            return err("ip")
        if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
            a.version == 4 and a.is_private
        ):
            err("ip mode")
    elif k == "US_SSN":
        d = t.replace("-", "").replace(" ", "")
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        if len(d) != 9 or a == 0 or a == 666 or a >= 900 or g == 0 or s == 0:
            err("ssn rules")


def main(argv):
    rec_p = argv[1] if len(argv) > 1 else RECORDS
    val_p = argv[2] if len(argv) > 2 else VALUES
    recs = [json.loads(x) for x in open(rec_p, encoding="utf-8")]
    vals = [json.loads(x) for x in open(val_p, encoding="utf-8")]
    errors = []
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, val in zip(recs, vals, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append(f"{rid}: {msg}")

        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            err("keys or duplicate id")
        ids.add(rec["id"])
        text, spans, vs = rec["text"], rec["spans"], val["values"]
        if len(spans) != len(vs):
            err("spans and values differ")
            continue
        prev = 0
        for sp, v in zip(spans, vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                err("span keys or kind")
            if sp["start"] < prev or sp["end"] <= sp["start"]:
                err("order or overlap")
            prev = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                err("offsets do not give the value")
            if sp["start"] > 0 and text[sp["start"] - 1].isalnum():
                err("span touches a letter or digit before")
            if sp["end"] < len(text) and text[sp["end"]].isalnum():
                err("span touches a letter or digit after")
            if v["mode"] not in MODES[v["kind"]]:
                err("mode")
            check_value(v, err)
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        hits = negs.doc_hits("".join(blank), regions_for(rec))
        if hits:
            err(f"unlabelled hits {hits}")
    for e in errors[:50]:
        print(e)
    print(
        f"checked {len(recs)} documents, {sum(len(v['values']) for v in vals)} values: {len(errors)} errors"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
