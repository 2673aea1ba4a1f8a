"""Validate every record and value of the v34 set; prints the errors and their count (0 expected).

python -m benchmarks.pii_v34.checks [RECORDS [VALUES]]
"""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from stdnum import iban as std_iban

from . import screen
from .values import AREAS, CC, luhn_ok

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v34.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v34_values.jsonl"
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
NAT = {
    "en_US": "US",
    "en_GB": "GB",
    "en_AU": "GB",
    "en_IE": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_FR": "FR",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "NL",
    "pt_PT": "PT",
    "pt_BR": "BR",
}
OWN = {
    "en_AU": "AU",
    "en_IE": "IE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "nl_BE": "BE",
}
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def check_phone(v, nat, errs, where):
    reg = v.get("region")
    e164 = v.get("e164", "")
    text = v["text"]
    if v["mode"] == "local-announced":
        if reg not in AREAS:
            errs.append("%s: local number in region %s" % (where, reg))
            return
        digits = re.sub(r"\D", "", text)
        full = e164[len("+%d" % CC[reg]) :]
        area = full[: len(full) - len(digits)]
        if not full.endswith(digits) or area not in {a for _, a in AREAS[reg]}:
            errs.append("%s: local %r does not complete %s" % (where, text, e164))
            return
        num = pn.parse("+%d%s%s" % (CC[reg], area, digits), None)
        if v["area_len"] != len(area) or pn.length_of_geographical_area_code(num) != len(area):
            errs.append("%s: area_len %s" % (where, v["area_len"]))
    else:
        try:
            num = pn.parse(text.replace("\n", " "), nat)
        except pn.NumberParseException as e:
            errs.append("%s: %r does not parse (%s)" % (where, text, e))
            return
        if v["area_len"] != pn.length_of_geographical_area_code(num):
            errs.append("%s: area_len %s" % (where, v["area_len"]))
    if not pn.is_valid_number(num) or pn.format_number(num, PNF.E164) != e164:
        errs.append("%s: %r is not valid %s" % (where, text, e164))
    if pn.region_code_for_number(num) != reg:
        errs.append("%s: region %s != %s" % (where, reg, pn.region_code_for_number(num)))


def check_value(v, errs, where, nat):
    kind, text = v["kind"], v["text"]
    if kind not in KINDS or v.get("mode") not in MODES[kind]:
        errs.append("%s: kind/mode %s/%s" % (where, kind, v.get("mode")))
        return
    if kind == "PHONE":
        check_phone(v, nat, errs, where)
    elif kind == "EMAIL" and not EMAIL_RE.match(text):
        errs.append("%s: e-mail %r" % (where, text))
    elif kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            errs.append("%s: card %r" % (where, text))
    elif kind == "IBAN" and not std_iban.is_valid(text):
        errs.append("%s: IBAN %r" % (where, text))
    elif kind == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            errs.append("%s: IP %r" % (where, text))
            return
        mode = "v6" if ip.version == 6 else ("v4-private" if ip.is_private else "v4")
        if mode != v["mode"]:
            errs.append("%s: IP mode %s != %s" % (where, v["mode"], mode))
    elif kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            errs.append("%s: SSN %r" % (where, text))


def check(records_path=RECORDS, values_path=VALUES):
    errs = []
    recs = [json.loads(x) for x in Path(records_path).read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x) for x in Path(values_path).read_text(encoding="utf-8").splitlines()]
    if len(recs) != len(vals):
        errs.append("line counts differ: %d records, %d value lines" % (len(recs), len(vals)))
    ids = set()
    for i, (r, vl) in enumerate(zip(recs, vals, strict=False)):
        where = r.get("id", i)
        if set(r) != {"id", "locale", "text", "spans"} or r["id"] in ids:
            errs.append("%s: keys or duplicate id" % where)
        ids.add(r["id"])
        text, spans, values = r["text"], r["spans"], vl["values"]
        if len(spans) != len(values):
            errs.append("%s: %d spans, %d values" % (where, len(spans), len(values)))
            continue
        last = 0
        for s, v in zip(spans, values, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                errs.append("%s: span %s" % (where, s))
                continue
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append("%s: spans unsorted or overlapping" % where)
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errs.append("%s: span text %r != %r" % (where, text[s["start"] : s["end"]], v["text"]))
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append("%s: span %r touches a letter or digit" % (where, v["text"]))
            if r["locale"] != "en_US" and v["kind"] == "US_SSN":
                errs.append("%s: SSN outside en_US" % where)
            check_value(v, errs, "%s[%s]" % (where, v["text"]), NAT.get(r["locale"], "US"))
        nat = NAT.get(r["locale"], "US")
        regions = sorted({nat, OWN.get(r["locale"], nat)})
        if not screen.doc_ok(text, spans, regions):
            m = screen.masked(text, spans)
            errs.append(
                "%s: masked document flagged: %s %s"
                % (where, screen.phone_hits(m, regions), screen.guard_hits(m))
            )
        if "-pos-" in r["id"] and not spans:
            errs.append("%s: positive without spans" % where)
        if "-neg-" in r["id"] and spans:
            errs.append("%s: negative with spans" % where)
    return errs, len(recs)


def main(argv):
    errs, n = check(*argv[:2])
    for e in errs:
        print(e)
    print("records: %d; errors: %d" % (n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
