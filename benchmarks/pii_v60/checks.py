"""Validates every v60 record and value: offsets, order, boundaries, numbers and the screens."""

import ipaddress
import json
import sys

import phonenumbers
from stdnum import iban as std_iban

from . import compose, negs
from . import numbers as nb

RECORDS = "tests/data/pii_heldout_v60.jsonl"
VALUES = "tests/data/pii_heldout_v60_values.jsonl"
LANG_HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR"}


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        num = phonenumbers.parse(v["e164"])
        if not phonenumbers.is_valid_number(num):
            errs.append(f"{where}: invalid e164")
        if v["mode"] == "local-announced":
            area = nb.nsn_of(num)[: v["area_len"]]
            if phonenumbers.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append(f"{where}: area_len")
            back = nb.put_back(t, v["region"], area)
        else:
            if v["area_len"] is not None:
                errs.append(f"{where}: area_len set")
            back = phonenumbers.parse(t, v["region"])
        if nb.e164(back) != v["e164"] or not phonenumbers.is_valid_number(back):
            errs.append(f"{where}: {t!r} does not parse back to {v['e164']}")
        if v["mode"] == "other" and phonenumbers.number_type(num) not in nb.TYPES["other"]:
            errs.append(f"{where}: 'other' of wrong type")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and nb.luhn_ok(d) and 13 <= len(d) <= 19):
            errs.append(f"{where}: card")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append(f"{where}: iban")
    elif k == "US_SSN":
        if not nb.ssn_ok(t):
            errs.append(f"{where}: ssn")
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
            a.version == 4 and a.is_private
        ):
            errs.append(f"{where}: ip mode")
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            errs.append(f"{where}: email")
    else:
        errs.append(f"{where}: kind {k}")


def region_set(rec):
    locale = rec["locale"]
    own = locale[-2:]
    lang = "hi" if "-hi-" in rec["id"] else locale[:2]
    nat = {"AT": "DE", "CH": "DE", "AU": "GB", "IE": "GB"}.get(own, own)
    if own == "BE":
        nat = "FR" if lang == "fr" else "NL"
    home = compose.HOME.get(lang, LANG_HOME.get(lang))
    return sorted({own, nat, home})


def main(records=RECORDS, values=VALUES):
    errs, n = [], 0
    with open(records, encoding="utf-8") as f1, open(values, encoding="utf-8") as f2:
        recs = [json.loads(x) for x in f1]
        vals = [json.loads(x)["values"] for x in f2]
    if len(recs) != len(vals):
        errs.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        n += 1
        w = rec["id"]
        if w in ids:
            errs.append(f"{w}: duplicate id")
        ids.add(w)
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vs):
            errs.append(f"{w}: spans/values differ")
        last = 0
        for i, (s, v) in enumerate(zip(spans, vs, strict=False)):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append(f"{w}: span shape")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{w}: order/overlap")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append(f"{w}: offsets")
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                errs.append(f"{w}: span touches a letter or digit")
            check_value(v, errs, f"{w}#{i}")
        if not compose.screen_blanked(text, spans, region_set(rec)):
            errs.append(f"{w}: something outside the spans is flagged")
    print(f"records: {n}, errors: {len(errs)}")
    for e in errs[:50]:
        print(" ", e)
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
