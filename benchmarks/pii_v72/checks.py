"""Validate the v72 records and sidecar; prints the number of errors (0 expected)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as stdiban
from stdnum import luhn

from . import compose
from . import numbers as N
from .make_heldout_set import LANG_HOME, OUT

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}
AREA = {(reg, a) for reg, towns in N.AREAS.items() for _, a in towns}


def ssn_ok(t):
    m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def check_phone(v, errs, where):
    num = pn.parse(v["e164"], None)
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append(f"{where}: invalid e164 {v}")
    if v["mode"] not in MODES:
        errs.append(f"{where}: mode {v}")
    if v["mode"] == "local-announced":
        al = v["area_len"]
        nsn = N.nsn_of(num)
        area = nsn[:al]
        if (v["region"], area) not in AREA or pn.length_of_geographical_area_code(num) != al:
            errs.append(f"{where}: area {v}")
        if N.put_back(v["region"], area, v["text"]) != num:
            errs.append(f"{where}: put back {v}")
    else:
        if v["area_len"] is not None or pn.parse(v["text"], v["region"]) != num:
            errs.append(f"{where}: parse back {v}")
        if v["mode"] == "other" and pn.number_type(num) not in N.FREE:
            errs.append(f"{where}: other type {v}")


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "CREDIT_CARD":
        if not luhn.is_valid(re.sub(r"[ -]", "", t)):
            errs.append(f"{where}: luhn {t}")
    elif k == "IBAN":
        if not stdiban.is_valid(t):
            errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(t)
    elif k == "US_SSN":
        if not ssn_ok(t):
            errs.append(f"{where}: ssn {t}")
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            errs.append(f"{where}: email {t}")


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    errs = []
    with open(paths[0], encoding="utf-8") as f, open(paths[1], encoding="utf-8") as g:
        recs = [json.loads(x) for x in f]
        vals = [json.loads(x)["values"] for x in g]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        where, text, spans = rec["id"], rec["text"], rec["spans"]
        if where in ids or set(rec) != {"id", "locale", "text", "spans"}:
            errs.append(f"{where}: id or keys")
        ids.add(where)
        if len(spans) != len(vs):
            errs.append(f"{where}: spans/values")
            continue
        end = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{where}: span keys {s}")
            if s["start"] < end or s["end"] <= s["start"]:
                errs.append(f"{where}: order/overlap {s}")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{where}: text {s} {v}")
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append(f"{where}: touches {s}")
            check_value(v, errs, where)
        if rec["locale"] in compose.LOCALES and "-" in where and ("-pos-" in where or "-neg-" in where):
            lang = "hi" if "-hi-" in where else rec["locale"][:2]
            _, home, nat, _ = compose.LOCALES[rec["locale"]]
            regions = sorted({home, nat, *LANG_HOME[lang]})
            doc = {"text": text, "spans": spans}
            from .make_heldout_set import doc_dirty

            if doc_dirty(doc, regions):
                errs.append(f"{where}: unlabelled hit after blanking")
            if "-neg-" in where and spans:
                errs.append(f"{where}: negative with spans")
    for e in errs[:30]:
        print(e)
    print(f"records {len(recs)}, errors {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
