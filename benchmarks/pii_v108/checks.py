"""Validate every record and value of the set; prints the errors and their count (0 expected)."""

import ipaddress
import re
import sys
from collections import Counter

import phonenumbers
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban

from . import negs
from . import numbers as nb
from .compose import INTL_ONLY
from .make_heldout_set import RECORDS, VALUES
from .stats import doc_class, load
from .values import luhn_ok, ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL_FULL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def check_phone(v, errs, where):
    reg, e164 = v.get("region"), v.get("e164")
    if v["mode"] == "local-announced":
        area_len = v.get("area_len")
        num = phonenumbers.parse(e164)
        area = nb.nsn(num)[:area_len]
        if phonenumbers.length_of_geographical_area_code(num) != area_len:
            errs.append("%s: area_len differs from phonenumbers' %r" % (where, v))
        if (reg, area) not in {(r, a) for r, lst in nb.AREAS.items() for _, a in lst}:
            errs.append("%s: unknown area %r" % (where, v))
        if not nb.parses_to(nb.put_back(v["text"], reg, area), reg, e164):
            errs.append("%s: local form does not put back %r" % (where, v))
        if phonenumbers.number_type(num) not in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE):
            errs.append("%s: local not fixed %r" % (where, v))
        return area
    if v.get("area_len") is not None:
        errs.append("%s: area_len set %r" % (where, v))
    if not nb.parses_to(v["text"], reg, e164):
        errs.append("%s: does not parse back %r" % (where, v))
    if v["mode"] == "other":
        t = phonenumbers.number_type(phonenumbers.parse(e164))
        if t not in (PNT.TOLL_FREE, PNT.SHARED_COST, PNT.UAN):
            errs.append("%s: other not a service number %r" % (where, v))
    if v["mode"] == "international" and not v["text"].startswith("+"):
        errs.append("%s: international without + %r" % (where, v))
    return None


def check_value(v, errs, where):
    k = v["kind"]
    t = v["text"]
    if k not in KINDS or v.get("mode") not in MODES[k]:
        errs.append("%s: kind/mode %r" % (where, v))
    elif k == "PHONE":
        return check_phone(v, errs, where)
    elif k == "EMAIL" and not EMAIL_FULL.match(t):
        errs.append("%s: email %r" % (where, t))
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append("%s: card %r" % (where, t))
    elif k == "IBAN" and not std_iban.is_valid(t):
        errs.append("%s: iban %r" % (where, t))
    elif k == "US_SSN" and not ssn_ok(t):
        errs.append("%s: ssn %r" % (where, t))
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errs.append("%s: ip mode %r" % (where, v))
        except ValueError:
            errs.append("%s: ip %r" % (where, t))
    return None


def check(records, sidecar):
    errs = []
    if len(records) != len(sidecar):
        errs.append("length mismatch")
    ids = Counter(r["id"] for r in records)
    errs += ["duplicate id %s" % i for i, c in ids.items() if c > 1]
    local = Counter()
    for r, s in zip(records, sidecar, strict=False):
        rid, text, spans, vals = r["id"], r["text"], r["spans"], s["values"]
        if set(r) != {"id", "locale", "text", "spans"}:
            errs.append("%s: keys" % rid)
        if len(spans) != len(vals):
            errs.append("%s: spans/values count" % rid)
            continue
        prev_end = 0
        areas = set()
        for sp, v in zip(spans, vals, strict=True):
            where = rid
            if set(sp) != {"kind", "start", "end"} or sp["kind"] != v["kind"]:
                errs.append("%s: span shape %r" % (where, sp))
            a, b = sp["start"], sp["end"]
            if not (prev_end <= a < b <= len(text)):
                errs.append("%s: offsets/sort/overlap %r" % (where, sp))
            prev_end = b
            if text[a:b] != v["text"]:
                errs.append("%s: span text %r != %r" % (where, text[a:b], v["text"]))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span touches a letter or digit %r" % (where, v["text"]))
            area = check_value(v, errs, where)
            if area is not None:
                areas.add((v["region"], area))
                local[v["region"]] += 1
        if len(areas) > 1:
            errs.append("%s: local numbers with several area codes" % rid)
        for reg, area in areas:
            towns = [t for t, a in nb.AREAS[reg] if a == area]
            if not any(t in text for t in towns):
                errs.append("%s: local town not named" % rid)
        cls = doc_class(rid)
        lang = "hi" if "-hi-" in rid else r["locale"][:2]
        region = r["locale"].split("_")[1]
        regions = negs.screen_regions(r["locale"], INTL_ONLY.get(r["locale"], region), lang)
        if negs.doc_dirty(text, spans, regions):
            errs.append("%s: blanked document still flagged" % rid)
        if cls != "pos" and spans:
            errs.append("%s: negative with spans" % rid)
    for reg in nb.LOCAL_REGIONS:
        if local[reg] != 75:
            errs.append("local-announced for %s: %d" % (reg, local[reg]))
    return errs


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else (RECORDS, VALUES)
    errs = check(*load(*paths))
    for e in errs[:50]:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
