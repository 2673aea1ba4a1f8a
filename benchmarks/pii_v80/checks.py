"""Validate every record and value of the v80 set; prints the errors and their number."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from .compose import LOCALES, regions_for
from .make_heldout_set import OUT, screen_ok
from .negs import luhn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}


def check_value(v, errs, rid):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append((rid, "mode", v))
    if k == "PHONE":
        num = pn.parse(v["e164"], None)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
            errs.append((rid, "e164", v))
        if v["mode"] == "local-announced":
            area = pn.national_significant_number(num)[: v["area_len"]]
            if pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append((rid, "area_len", v))
            prefix = "" if v["region"] == "US" else "0"
            text = prefix + area + re.sub(r"\D", "", t)
        else:
            text = t
            if v["area_len"] is not None:
                errs.append((rid, "area_len not null", v))
        try:
            back = pn.parse(text, v["region"])
        except pn.NumberParseException:
            back = None
        if (
            back is None
            or not pn.is_valid_number(back)
            or pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"]
        ):
            errs.append((rid, "parse back", v))
        if v["mode"] == "other" and pn.number_type(num) not in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        ):
            errs.append((rid, "other type", v))
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append((rid, "luhn", v))
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append((rid, "iban", v))
    elif k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (ip.version == 6) or (v["mode"] == "v4-private") != (
                ip.version == 4 and ip.is_private
            ):
                errs.append((rid, "ip mode", v))
        except ValueError:
            errs.append((rid, "ip", v))
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append((rid, "ssn", v))
    elif k == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
            errs.append((rid, "email", v))


def main(argv):
    rec_path, val_path = argv[1:3] if len(argv) >= 3 else OUT
    with open(rec_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    with open(val_path, encoding="utf-8") as fh:
        vals = [json.loads(line)["values"] for line in fh]
    errs = []
    if len(recs) != len(vals):
        errs.append(("-", "line counts", len(recs), len(vals)))
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errs.append((rid, "duplicate id"))
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"} or rec["locale"] not in LOCALES:
            errs.append((rid, "record keys or locale"))
        if len(spans) != len(vs):
            errs.append((rid, "span/value count"))
        last = 0
        for sp, v in zip(spans, vs, strict=False):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                errs.append((rid, "span shape", sp))
            if sp["start"] < last or sp["end"] <= sp["start"]:
                errs.append((rid, "order/overlap", sp))
            last = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                errs.append((rid, "offsets", sp, v["text"]))
            before = text[sp["start"] - 1] if sp["start"] else " "
            after = text[sp["end"]] if sp["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append((rid, "touches letter or digit", sp))
            check_value(v, errs, rid)
        lang = "hi" if "-hi-" in rid else rec["locale"][:2]
        if not screen_ok(text, spans, regions_for(rec["locale"], lang)):
            errs.append((rid, "unlabelled PII-like text after blanking the spans"))
    for e in errs:
        print(e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
