"""Validates v86's records and values: offsets, order, kinds, phones, cards, IBANs, SSNs, IPs, negatives."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs, numbers
from .build import LOCALES

RECORDS = "tests/data/pii_heldout_v86.jsonl"
VALUES = "tests/data/pii_heldout_v86_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
CORPUS_LANG = {
    "en_US": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "pt_BR": "pt",
}


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        errs.append(f"{where}: mode {v['mode']}")
    if k == "PHONE":
        num = pn.parse(v["e164"])
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
            errs.append(f"{where}: e164 invalid {v['e164']}")
        if v["mode"] == "local-announced":
            if v["area_len"] != pn.length_of_geographical_area_code(num):
                errs.append(f"{where}: area_len {v}")
            if numbers.put_back(v["region"], v["e164"], v["area_len"], t) != v["e164"]:
                errs.append(f"{where}: local does not put back {v}")
        else:
            if v["area_len"] is not None:
                errs.append(f"{where}: area_len not null")
            if numbers.back(t, v["region"]) != v["e164"]:
                errs.append(f"{where}: does not parse back {v}")
            if v["mode"] == "other" and pn.number_type(num) not in (
                pn.PhoneNumberType.TOLL_FREE,
                pn.PhoneNumberType.SHARED_COST,
                pn.PhoneNumberType.UAN,
            ):
                errs.append(f"{where}: 'other' not toll-free {v}")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append(f"{where}: iban {t}")
    elif k == "US_SSN":
        if not ssn_ok(t):
            errs.append(f"{where}: ssn {t}")
    elif k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
            if (v["mode"] == "v4-private") != (ip.version == 4 and ip.is_private) or (v["mode"] == "v6") != (
                ip.version == 6
            ):
                errs.append(f"{where}: ip mode {t}")
        except ValueError:
            errs.append(f"{where}: ip {t}")
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errs.append(f"{where}: email {t}")


def check(rec_path=RECORDS, val_path=VALUES):
    errs = []
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x) for x in f]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, val in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append(f"{rid}: keys or duplicate id")
        ids.add(rid)
        if len(spans) != len(val["values"]):
            errs.append(f"{rid}: spans/values differ")
            continue
        last = 0
        for i, (s, v) in enumerate(zip(spans, val["values"], strict=True)):
            w = f"{rid}#{i}"
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{w}: span form")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{w}: order/overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{w}: text mismatch")
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                errs.append(f"{w}: touches a letter or digit")
            if "\n" in v["text"]:
                errs.append(f"{w}: split across lines")
            check_value(v, errs, w)
        lang = "hi" if "-hi-" in rid else (LOCALES[rec["locale"]][0] if rec["locale"] in LOCALES else None)
        if rec["locale"] in LOCALES:
            _l, own, nat = LOCALES[rec["locale"]]
            regions = sorted(set([own, nat] + negs.HOME[lang or CORPUS_LANG[rec["locale"]]]))
        else:
            errs.append(f"{rid}: locale")
            continue
        chars = list(text)
        for s in spans:
            for j in range(s["start"], s["end"]):
                chars[j] = "#"
        if negs.dirty("".join(chars), regions):
            errs.append(f"{rid}: blanked document still flags")
    return errs, len(recs)


def main(argv):
    errs, n = check(*argv[:2]) if len(argv) >= 2 else check()
    for e in errs[:50]:
        print(e)
    print(f"{n} records checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
