"""Validates every record and value of the v90 set; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as stdiban
from stdnum import luhn

from . import compose, negs
from . import numbers as N
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


def check_value(v, text):
    k = v["kind"]
    if k == "PHONE":
        e = pn.parse(v["e164"])
        if not pn.is_valid_number(e) or pn.region_code_for_number(e) != v["region"]:
            return "invalid e164"
        if v["mode"] == "local-announced":
            area = N.e164(e)[len(str(e.country_code)) + 1 :][: v["area_len"]]
            if pn.length_of_geographical_area_code(e) != v["area_len"]:
                return "area_len"
            if N.put_back(v["region"], area, text) != e:
                return "local put back"
        else:
            if v["area_len"] is not None:
                return "area_len not null"
            if pn.parse(text, v["region"]) != e:
                return "parse back"
            if v["mode"] == "other" and pn.number_type(e) not in N.FREE:
                return "other type"
    elif k == "CREDIT_CARD":
        if not luhn.is_valid(text.replace(" ", "").replace("-", "")):
            return "luhn"
    elif k == "IBAN":
        if not stdiban.is_valid(text):
            return "iban"
    elif k == "IP_ADDRESS":
        ip = ipaddress.ip_address(text)
        if (v["mode"] == "v6") != (ip.version == 6) or (v["mode"] == "v4-private") != (
            ip.version == 4 and ip.is_private
        ):
            return "ip mode"
    elif k == "US_SSN":
        a, g, s = text.replace(" ", "-").split("-")
        if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
            return "ssn rules"
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(text):
            return "email shape"
    return None


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    errors = []
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(line)["values"] for line in f]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, values in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if len(spans) != len(values):
            errors.append(f"{rid}: spans/values differ")
            continue
        last = 0
        for s, v in zip(spans, values, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errors.append(f"{rid}: span shape")
                continue
            if s["start"] < last or s["end"] <= s["start"]:
                errors.append(f"{rid}: order/overlap")
            last = s["end"]
            t = text[s["start"] : s["end"]]
            if t != v["text"] or t != t.strip():
                errors.append(f"{rid}: span text")
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{rid}: span touches {before!r}{after!r}")
            if v["mode"] not in MODES[v["kind"]]:
                errors.append(f"{rid}: mode")
            try:
                err = check_value(v, t)
            except Exception as exc:  # noqa: BLE001
                err = repr(exc)
            if err:
                errors.append(f"{rid}: {v['kind']} {t!r}: {err}")
        if "-neg-" in rid and spans:
            errors.append(f"{rid}: negative with spans")
        lang = "hi" if "-hi-" in rid else rec["locale"][:2]
        own, nat = compose.LOCALES.get(rec["locale"], (None, "US", "US"))[1:]
        regions = {own, nat, compose.HOME[lang]} | ({"US"} if lang == "en" else set())
        if "-pos-" not in rid and "-neg-" not in rid:
            regions = set(negs.SCREEN_REGIONS)
        hits = negs.doc_hits(negs.blank(text, spans), tuple(sorted(regions)))
        if hits:
            errors.append(f"{rid}: unlabelled hits {hits}")
    for e in errors[:50]:
        print(e)
    print(f"checked {len(recs)} documents, {sum(map(len, vals))} values: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
