"""Validates every record and value of the v52 files; prints the errors and their count."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as N
from .compose import HOME
from .negs import dirty, luhn_ok

REC = "tests/data/pii_heldout_v52.jsonl"
VAL = "tests/data/pii_heldout_v52_values.jsonl"
LOCREG = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "en_AU": "AU",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "pt_PT": "PT",
}
NAT = {
    "en_AU": "GB",
    "en_IE": "GB",
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
}


def check_value(v, errs, rid):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        if v["mode"] == "local-announced":
            area = v["e164"][len(N.CC[v["region"]]) + 1 :][: v["area_len"]]
            x = pn.parse(v["e164"])
            if pn.length_of_geographical_area_code(x) != v["area_len"]:
                errs.append((rid, "area_len", t))
            if not N.parses_back(N.put_back(v["region"], area, t), v["region"], v["e164"]):
                errs.append((rid, "local parse", t))
        else:
            if v["area_len"] is not None or not N.parses_back(t, v["region"], v["e164"]):
                errs.append((rid, "phone parse", t))
            if v["mode"] == "other" and pn.number_type(pn.parse(v["e164"])) not in N.OTHER:
                errs.append((rid, "other type", t))
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append((rid, "card", t))
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append((rid, "iban", t))
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            errs.append((rid, "ip", t))
    elif k == "US_SSN":
        a, g, s = t.replace("-", " ").split(" ")
        if a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
            errs.append((rid, "ssn", t))
    elif k == "EMAIL":
        if t.count("@") != 1 or "." not in t.split("@")[1]:
            errs.append((rid, "email", t))


def main(rec=REC, val=VAL):
    errs = []
    with open(rec) as f:
        recs = [json.loads(x) for x in f]
    with open(val) as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errs.append(("-", "line counts", len(recs)))
    ids = set()
    for r, vs in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errs.append((rid, "duplicate id", ""))
        ids.add(rid)
        if set(r) != {"id", "locale", "text", "spans"} or len(spans) != len(vs):
            errs.append((rid, "shape", ""))
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append((rid, "span keys/kind", s))
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append((rid, "order/overlap", s))
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append((rid, "offsets", v["text"]))
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append((rid, "touches", v["text"]))
            check_value(v, errs, rid)
        reg = LOCREG[r["locale"]]
        lang = "hi" if "-hi-" in rid else r["locale"][:2]
        regions = sorted({reg, NAT.get(r["locale"], reg), *HOME[lang]})
        blank = list(text)
        for s in spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        hits = dirty("".join(blank), regions)
        if hits:
            errs.append((rid, "document screen", hits[:3]))
    for e in errs[:50]:
        print(e)
    print("errors:", len(errs))
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
