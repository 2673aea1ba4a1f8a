"""Validate the v63 records and sidecar: offsets, order, boundaries, value checks, negative screens."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from .compose import HOME, LOCALES, blank
from .make_heldout_set import RECORDS, VALUES
from .negs import dirty, luhn

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
OTHER = (pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN)


def regions_for(rec):
    langs = {"hi" if "-hi-" in rec["id"] else loc[1] for loc in LOCALES if loc[0] == rec["locale"]}
    regs = set()
    for loc in LOCALES:
        if loc[0] == rec["locale"] and loc[1] in langs:
            regs |= {loc[2], loc[3], HOME[loc[1]]}
    return sorted(regs) or ["US"]


def check_phone(v, errs, tag):
    reg, t = v["region"], v["text"]
    if v["mode"] == "local-announced":
        num = pn.parse("+" + v["e164"].lstrip("+"), None)
        al = pn.length_of_geographical_area_code(num)
        if al != v["area_len"]:
            errs.append(f"{tag} area_len")
        nsn = pn.national_significant_number(num)
        digits = "".join(c for c in t if c.isdigit())
        if nsn[al:] != digits:
            errs.append(f"{tag} local digits")
        full = ("" if reg == "US" else "0") + nsn[:al] + digits
    else:
        full = t
        if v["area_len"] is not None:
            errs.append(f"{tag} area_len not null")
    try:
        num = pn.parse(full, reg)
    except pn.NumberParseException:
        errs.append(f"{tag} unparsable {t}")
        return
    if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
        errs.append(f"{tag} phone {t}")
    if (v["mode"] == "other") != (pn.number_type(num) in OTHER):
        errs.append(f"{tag} other-mode type {t}")


def check_value(v, errs, tag):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append(f"{tag} mode")
    if k == "PHONE":
        check_phone(v, errs, tag)
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn(d)):
            errs.append(f"{tag} card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append(f"{tag} iban {t}")
    elif k == "IP_ADDRESS":
        ip = ipaddress.ip_address(t)
        want = "v6" if ip.version == 6 else ("v4-private" if ip.is_private else "v4")
        if want != v["mode"]:
            errs.append(f"{tag} ip mode {t}")
    elif k == "US_SSN":
        a, g, s = t.replace(" ", "-").split("-")
        if a in ("000", "666") or a >= "900" or g == "00" or s == "0000" or len(a + g + s) != 9:
            errs.append(f"{tag} ssn {t}")
    elif k == "EMAIL":
        if t.count("@") != 1 or "." not in t.split("@")[1]:
            errs.append(f"{tag} email {t}")


def main(records=RECORDS, values=VALUES):
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values, encoding="utf-8")]
    errs = []
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        tag, text = rec["id"], rec["text"]
        if tag in ids or set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{tag} id/keys")
        ids.add(tag)
        if len(rec["spans"]) != len(vs):
            errs.append(f"{tag} span/value count")
        end = -1
        for sp, v in zip(rec["spans"], vs, strict=False):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append(f"{tag} span keys/kind")
            if sp["start"] < end or sp["start"] >= sp["end"]:
                errs.append(f"{tag} order/overlap")
            end = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errs.append(f"{tag} text mismatch")
            if sp["start"] > 0 and text[sp["start"] - 1].isalnum():
                errs.append(f"{tag} touches left")
            if sp["end"] < len(text) and text[sp["end"]].isalnum():
                errs.append(f"{tag} touches right")
            check_value(v, errs, tag)
        if dirty(blank(text, rec["spans"]), regions_for(rec)):
            errs.append(f"{tag} unlabelled PII-like text")
    for e in errs[:50]:
        print(e)
    print("records:", len(recs), "errors:", len(errs))
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
