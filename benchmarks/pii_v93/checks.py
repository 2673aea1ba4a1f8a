"""Validate every record and value of the v93 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs, numbers
from .compose import LOCALES
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def lang_of(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return rec["locale"].split("_")[0]


def check_phone(v, errs, rid):
    if v["mode"] not in MODES:
        errs.append((rid, "mode", v))
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append((rid, "e164 invalid", v))
    if v["mode"] == "local-announced":
        area_len = v["area_len"]
        if area_len != pn.length_of_geographical_area_code(num):
            errs.append((rid, "area_len", v))
        area = pn.national_significant_number(num)[:area_len]
        if numbers.e164(numbers.put_back(v["region"], area, v["text"])) != v["e164"]:
            errs.append((rid, "local put back", v))
    else:
        if v["area_len"] is not None:
            errs.append((rid, "area_len not null", v))
        if not numbers.parses_to(v["text"], v["region"], v["e164"]):
            errs.append((rid, "no parse back", v))
    if v["mode"] == "other" and pn.number_type(num) != pn.PhoneNumberType.TOLL_FREE:
        errs.append((rid, "other not toll-free", v))


def check_value(v, errs, rid):
    t = v["text"]
    if v["kind"] == "PHONE":
        check_phone(v, errs, rid)
    elif v["kind"] == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            errs.append((rid, "email", t))
    elif v["kind"] == "CREDIT_CARD":
        if not negs.luhn(re.sub(r"\D", "", t)):
            errs.append((rid, "luhn", t))
    elif v["kind"] == "IBAN":
        if not std_iban.is_valid(t) or not negs.iban_ok(t):
            errs.append((rid, "iban", t))
    elif v["kind"] == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = {
            "v4": lambda: a.version == 4 and a.is_global,
            "v4-private": lambda: a.version == 4 and a.is_private,
            "v6": lambda: a.version == 6,
        }[v["mode"]]
        if not want():
            errs.append((rid, "ip", t))
    elif v["kind"] == "US_SSN":
        if not negs.ssn_ok(re.sub(r"\D", "", t)):
            errs.append((rid, "ssn", t))


def check(rec_path=RECORDS, val_path=VALUES):
    errs = []
    recs = [json.loads(x) for x in Path(rec_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(val_path).read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        errs.append(("-", "line counts differ", (len(recs), len(vals))))
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append(("-", "duplicate ids", None))
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rec["locale"] not in LOCALES:
            errs.append((rid, "record keys or locale", None))
        if len(spans) != len(val["values"]):
            errs.append((rid, "span/value count", None))
            continue
        last = 0
        for sp, v in zip(spans, val["values"], strict=True):
            if not isinstance(sp, dict) or set(sp) != {"kind", "start", "end"}:
                errs.append((rid, "span shape", sp))
                continue
            s, e = sp["start"], sp["end"]
            if s < last or e <= s or e > len(text):
                errs.append((rid, "order/overlap", sp))
            last = e
            if sp["kind"] not in KINDS or sp["kind"] != v["kind"] or text[s:e] != v["text"]:
                errs.append((rid, "span text/kind", (sp, v)))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append((rid, "touches letter or digit", text[max(0, s - 3) : e + 3]))
            if text[s:e] != text[s:e].strip():
                errs.append((rid, "span whitespace", sp))
            check_value(v, errs, rid)
        lang = lang_of(rec)
        nat = LOCALES[rec["locale"]][2]
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
        if negs.dirty("".join(blank), negs.screen_regions(rec["locale"], lang, nat)):
            errs.append((rid, "unlabelled PII-like text", None))
    return errs, len(recs)


def main(argv):
    errs, n = check(*argv) if argv else check()
    for e in errs[:50]:
        print(e)
    print("records: %d, errors: %d" % (n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
