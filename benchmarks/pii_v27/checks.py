"""Check the v27 files: spans against texts, offsets, values and their validity, guards.

nice -n 19 .venv/bin/python -m benchmarks.pii_v27.checks [RECORDS [VALUES]]"""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF

from . import values as V
from .guards import guard_hits, masked

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v27.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v27_values.jsonl"
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
}
SERVICE = {
    pn.PhoneNumberType.TOLL_FREE,
    pn.PhoneNumberType.SHARED_COST,
    pn.PhoneNumberType.PREMIUM_RATE,
    pn.PhoneNumberType.UAN,
}


def check_phone(rec, v, errs):
    rid, loc = rec["id"], rec["locale"]
    n = pn.parse(v["e164"], None)
    if not pn.is_valid_number(n) or pn.region_code_for_number(n) != v["region"]:
        errs.append("%s: invalid e164 %s" % (rid, v["e164"]))
    if pn.length_of_geographical_area_code(n) != v["area_len"]:
        errs.append("%s: area_len %s" % (rid, v))
    nsn = pn.national_significant_number(n)
    if v["mode"] == "local-announced":
        if v["region"] not in V.LOCAL_REGIONS or V.PLAN[loc] != v["region"] or loc in V.OWN:
            errs.append("%s: local number outside its region %s" % (rid, v))
        if not v["area_len"] or nsn[: v["area_len"]] + re.sub(r"\D", "", v["text"]) != nsn:
            errs.append("%s: subscriber digits %s" % (rid, v))
        return
    try:
        t = v["text"]
        p = pn.parse("+" + t[2:] if t.startswith("00") else t, v["region"])
    except pn.NumberParseException:
        errs.append("%s: unparsable %s" % (rid, v["text"]))
        return
    if pn.format_number(p, PNF.E164) != v["e164"]:
        errs.append("%s: e164 mismatch %s" % (rid, v))
    intl = v["text"].startswith(("+", "00"))
    if (v["mode"] == "international") != intl:
        errs.append("%s: mode/prefix mismatch %s" % (rid, v))
    if v["mode"] != "international" and v["region"] != V.PLAN[loc]:
        errs.append("%s: national-style number from another plan %s" % (rid, v))
    if v["mode"] == "other" and pn.number_type(n) not in SERVICE:
        errs.append("%s: not a service number %s" % (rid, v))


def check_value(rec, v, errs):
    t, rid = v["text"], rec["id"]
    if v["mode"] not in MODES[v["kind"]]:
        errs.append("%s: mode %s" % (rid, v))
    if v["kind"] == "PHONE":
        check_phone(rec, v, errs)
    elif v["kind"] == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        ok = (
            d.isdigit()
            and V.luhn_ok(d)
            and (
                (d[0] == "4" and len(d) == 16)
                or (51 <= int(d[:2]) <= 55 and len(d) == 16)
                or (2221 <= int(d[:4]) <= 2720 and len(d) == 16)
                or (d[:2] in ("34", "37") and len(d) == 15)
                or ((d[:4] == "6011" or d[:2] == "65") and len(d) == 16)
            )
        )
        if not ok:
            errs.append("%s: card %s" % (rid, t))
    elif v["kind"] == "IBAN":
        if not V.iban_check(t.replace(" ", "")):
            errs.append("%s: iban %s" % (rid, t))
    elif v["kind"] == "US_SSN":
        if not V.ssn_ok(re.sub(r"[ -]", "", t)) or rec["locale"] != "en_US":
            errs.append("%s: ssn %s" % (rid, t))
    elif v["kind"] == "IP_ADDRESS":
        ip = ipaddress.ip_address(t)
        if (ip.version == 6) != (v["mode"] == "v6") or (
            ip.version == 6 and (not ip.is_global or str(ip) != t)
        ):
            errs.append("%s: ip %s" % (rid, t))
    elif v["kind"] == "EMAIL":
        if t.count("@") != 1 or not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", t):
            errs.append("%s: email %s" % (rid, t))


def check(records_path=RECORDS, values_path=VALUES):
    errs = []
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("record/value line counts differ")
    ids = set()
    for rec, vv in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errs.append("%s: fields or duplicate id" % rid)
        ids.add(rid)
        if len(spans) != len(vv["values"]):
            errs.append("%s: %d spans, %d values" % (rid, len(spans), len(vv["values"])))
        if "-pos-" in rid and not spans:
            errs.append("%s: positive document without a value" % rid)
        if "-pos-" not in rid and spans:
            errs.append("%s: negative document with values" % rid)
        last = 0
        for s, v in zip(spans, vv["values"], strict=False):
            if not (last <= s["start"] < s["end"] <= len(text)):
                errs.append("%s: offsets %s" % (rid, s))
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"] or s["kind"] != v["kind"]:
                errs.append("%s: span text %r != %r" % (rid, text[s["start"] : s["end"]], v["text"]))
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append("%s: span touches a letter or digit %s" % (rid, v["text"]))
            check_value(rec, v, errs)
        hits = guard_hits(masked(text, spans))
        if hits:
            errs.append("%s: guards %s" % (rid, hits))
    return errs, len(recs)


def main(argv):
    errs, n = check(*[Path(a) for a in argv[1:3]])
    for e in errs[:50]:
        print(e)
    print("checked %d documents: %s" % (n, "OK" if not errs else "%d problems" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
