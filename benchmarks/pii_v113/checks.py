"""Validates the v113 records and sidecar; prints the errors and their count (0 expected)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from .compose import HOME, LOCALES
from .negs import _luhn, guard_hits, phone_hits

RECORDS = "tests/data/pii_heldout_v113.jsonl"
VALUES = "tests/data/pii_heldout_v113_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}


def _lang(rec):
    if "-hi-" in rec["id"]:
        return "hi"
    return rec["locale"][:2]


def check_phone(v, err):
    num = pn.parse(v["e164"], None)
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        err(f"invalid e164 {v}")
    digits = re.sub(r"\D", "", v["text"])
    if v["mode"] == "local-announced":
        area = pn.national_significant_number(num)[: v["area_len"]]
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            err(f"area_len {v}")
        back = pn.parse(("" if v["region"] == "US" else "0") + area + digits, v["region"])
        if back != num:
            err(f"local form does not put back {v}")
        return
    if v["area_len"] is not None:
        err(f"area_len set {v}")
    intl = v["text"].lstrip("(").startswith("+")
    back = pn.parse(v["text"], None if intl else v["region"])
    if back != num:
        err(f"does not parse back {v}")
    if (v["mode"] == "international") != intl:
        err(f"mode/prefix {v}")
    if v["mode"] == "other" and pn.number_type(num) not in (
        pn.PhoneNumberType.TOLL_FREE,
        pn.PhoneNumberType.SHARED_COST,
    ):
        err(f"other not toll-free {v}")


def check_value(v, err):
    t = v["text"]
    if v["kind"] == "PHONE":
        check_phone(v, err)
    elif v["kind"] == "EMAIL":
        if not re.fullmatch(r"[a-z.]+@[a-z0-9.-]+\.[a-z]+", t):
            err(f"email {t}")
    elif v["kind"] == "CREDIT_CARD":
        d = re.sub(r"\D", "", t)
        if len(d) != 16 or not _luhn(d):
            err(f"card {t}")
    elif v["kind"] == "IBAN":
        if not std_iban.is_valid(t):
            err(f"iban {t}")
    elif v["kind"] == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != a.is_private:
            err(f"ip {t}")
    elif v["kind"] == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m or m[1] in ("000", "666") or m[1] >= "900" or m[2] == "00" or m[3] == "0000":
            err(f"ssn {t}")


def main(records=RECORDS, values=VALUES):
    errors = []
    with open(records, encoding="utf-8") as fr, open(values, encoding="utf-8") as fv:
        recs = [json.loads(x) for x in fr]
        vals = [json.loads(x)["values"] for x in fv]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append(f"{rid}: {msg}")

        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            err("keys or duplicate id")
        ids.add(rec["id"])
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vs):
            err("span/value count")
            continue
        last = 0
        for sp, v in zip(spans, vs, strict=True):
            if set(sp) != {"kind", "start", "end"} or sp["kind"] not in KINDS or sp["kind"] != v["kind"]:
                err(f"span shape {sp}")
            if sp["start"] < last or sp["end"] <= sp["start"]:
                err(f"order/overlap {sp}")
            last = sp["end"]
            if text[sp["start"] : sp["end"]] != v["text"]:
                err(f"offset text {sp} {v['text']}")
            before = text[sp["start"] - 1] if sp["start"] else " "
            after = text[sp["end"]] if sp["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                err(f"span touches a letter or digit {v['text']}")
            if v["kind"] == "PHONE" and v["mode"] not in MODES:
                err(f"mode {v}")
            check_value(v, err)
        if "-pos-" in rec["id"] or "-neg-" in rec["id"]:
            own, nat = LOCALES[rec["locale"]]
            regions = sorted({own, nat, *HOME[_lang(rec)]})
            blank = text
            for sp in reversed(spans):
                blank = blank[: sp["start"]] + " ∎ " + blank[sp["end"] :]
            if phone_hits(blank, regions) or guard_hits(blank):
                err("unlabelled phone or guard hit in the rest of the document")
        if "-neg-" in rec["id"] and spans:
            err("negative with spans")
    for e in errors[:50]:
        print(e)
    print(f"checks: {len(errors)} errors in {len(recs)} documents")
    return len(errors)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
