"""Validate the v32 set: format, offsets, values, number checks and the negative screens.

python -m benchmarks.pii_v32.checks [RECORDS [VALUES]]
"""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import screen
from .values import LOCAL_REGIONS, luhn_ok, parse_back

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
HOME = {
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
    "pt_PT": "PT",
    "pt_BR": "BR",
}


def check_value(v, errs, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append("%s: bad mode %r" % (where, v.get("mode")))
    if k == "PHONE":
        reg = v["region"]
        if v["mode"] == "local-announced":
            if reg not in LOCAL_REGIONS:
                errs.append("%s: local in %s" % (where, reg))
            n = pn.parse(v["e164"])
            nsn = pn.national_significant_number(n)
            if pn.length_of_geographical_area_code(n) != v["area_len"] or v["area_len"] == 0:
                errs.append("%s: area_len" % where)
            if pn.number_type(n) not in (
                pn.PhoneNumberType.FIXED_LINE,
                pn.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                errs.append("%s: local not fixed" % where)
            if re.sub(r"\D", "", t) != nsn[v["area_len"] :]:
                errs.append("%s: subscriber digits" % where)
            e = parse_back(t, reg, nsn[: v["area_len"]])
        else:
            e = parse_back(t, reg)
            n = pn.parse(v["e164"])
            if pn.length_of_geographical_area_code(n) != v["area_len"]:
                errs.append("%s: area_len %s" % (where, v["area_len"]))
        if e != v["e164"]:
            errs.append("%s: %r parses to %s not %s" % (where, t, e, v["e164"]))
        if v["mode"] == "international" and not (t.startswith("+") or t.startswith("00")):
            errs.append("%s: international without + or 00" % where)
        if t.startswith("00") and reg in ("US", "BR", "AU"):
            errs.append("%s: 00 for %s" % (where, reg))
        if v["mode"] == "other" and pn.number_type(pn.parse(v["e164"])) not in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        ):
            errs.append("%s: other is not a service number" % where)
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not d.isdigit() or not luhn_ok(d) or not 13 <= len(d) <= 19:
            errs.append("%s: card %r" % (where, t))
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errs.append("%s: iban %r" % (where, t))
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(2) == "00"
            or m.group(3) == "0000"
        ):
            errs.append("%s: ssn %r" % (where, t))
    elif k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            errs.append("%s: ip %r" % (where, t))
        else:
            want = "v6" if ip.version == 6 else ("v4-private" if ip.is_private else "v4")
            if want != v["mode"]:
                errs.append("%s: ip mode" % where)
    elif k == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
            errs.append("%s: email %r" % (where, t))


def regions_for(locale):
    """The regions the builder screened a document of this locale against (own and national-number region)."""
    from .make_heldout_set import LOCALES

    for spec in LOCALES:
        if spec[1] == locale:
            return sorted({spec[2], spec[3]})
    return [HOME[locale]]


def check(records, values):
    errs, seen = [], set()
    if len(records) != len(values):
        errs.append("line counts differ")
    for rec, val in zip(records, values, strict=False):
        w = rec.get("id")
        if set(rec) != {"id", "locale", "text", "spans"} or w in seen:
            errs.append("%s: keys or duplicate id" % w)
        seen.add(w)
        text, spans, vals = rec["text"], rec["spans"], val["values"]
        if len(spans) != len(vals):
            errs.append("%s: spans/values differ" % w)
            continue
        prev = 0
        local_areas = set()
        for s, v in zip(spans, vals, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append("%s: span keys/kind" % w)
            if s["start"] < prev or s["end"] <= s["start"]:
                errs.append("%s: order/overlap" % w)
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: text mismatch" % w)
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                errs.append("%s: span touches a letter or digit" % w)
            check_value(v, errs, w)
            if v.get("mode") == "local-announced":
                local_areas.add(
                    v["e164"][: len(pn.parse(v["e164"]).country_code.__str__()) + 1 + v["area_len"]]
                )
        if len(local_areas) > 1:
            errs.append("%s: local numbers from several areas" % w)
        regions = regions_for(rec["locale"])
        if not screen.doc_clean(text, spans, regions):
            errs.append("%s: masked text not clean" % w)
    return errs


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f]


def main():
    from .make_heldout_set import OUT, OUT_VALUES

    rp = sys.argv[1] if len(sys.argv) > 1 else OUT
    vp = sys.argv[2] if len(sys.argv) > 2 else OUT_VALUES
    errs = check(load(rp), load(vp))
    for e in errs[:50]:
        print(e)
    print("checks: %d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
