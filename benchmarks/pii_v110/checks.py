"""Validate every record and value of the v110 set."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from .compose import LANG_HOME
from .negs import dirty, luhn
from .numbers import CC

RECORDS = "tests/data/pii_heldout_v110.jsonl"
VALUES = "tests/data/pii_heldout_v110_values.jsonl"
OWN = {
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
HOME = {"AU": "GB", "IE": "GB", "AT": "DE", "CH": "DE"}


def regions(rec):
    own = OWN[rec["locale"]]
    lang = "hi" if "-hi-" in rec["id"] else rec["locale"][:2]
    home = HOME.get(own, own)
    if own == "BE":
        home = "FR" if lang == "fr" else "NL"
    if own == "CH" and lang == "fr":
        home = "FR"
    return list(dict.fromkeys([own, home] + LANG_HOME[lang]))


def check_value(v, text):
    k = v["kind"]
    if v["text"] != text:
        return "text mismatch"
    if k == "PHONE":
        if v["mode"] == "local-announced":
            e = v["e164"]
            cc = str(CC[v["region"]])
            area = e[1 + len(cc) : 1 + len(cc) + v["area_len"]]
            full = "+" + cc + area + re.sub(r"\D", "", text)
            num = pn.parse(full)
            if full != e or pn.length_of_geographical_area_code(num) != v["area_len"]:
                return "local put-back"
        else:
            num = pn.parse(text, v["region"])
            if v["area_len"] is not None:
                return "area_len"
        if not pn.is_valid_number(num) or pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
            return "phone parse"
        if v["mode"] == "other" and pn.number_type(num) not in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        ):
            return "other type"
    elif k == "CREDIT_CARD":
        if not luhn(re.sub(r"\D", "", text)):
            return "luhn"
    elif k == "IBAN":
        if not std_iban.is_valid(text):
            return "iban"
    elif k == "IP_ADDRESS":
        ipaddress.ip_address(text)
    elif k == "US_SSN":
        a, g, s = re.split(r"[- ]", text)
        if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
            return "ssn"
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
            return "email"
    return None


def main(records=RECORDS, values=VALUES):
    errors = []
    with open(records, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(values, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append(rid + ": duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errors.append(rid + ": span/value count")
            continue
        end = -1
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errors.append(rid + ": span shape")
            if s["start"] < end or s["start"] >= s["end"]:
                errors.append(rid + ": order/overlap")
            end = s["end"]
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errors.append(rid + ": touches left")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append(rid + ": touches right")
            try:
                err = check_value(v, text[s["start"] : s["end"]])
            except Exception as exc:  # noqa: BLE001
                err = repr(exc)
            if err:
                errors.append("%s: %s %r" % (rid, err, v["text"]))
        blank = text
        for s in spans:
            blank = blank[: s["start"]] + " " * (s["end"] - s["start"]) + blank[s["end"] :]
        hits = dirty(blank, regions(rec), whole=True)
        if hits:
            errors.append("%s: unlabelled hits %r" % (rid, hits))
    for e in errors[:50]:
        print(e)
    print("records", len(recs), "errors", len(errors))
    return len(errors)


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:3]) else 0)
