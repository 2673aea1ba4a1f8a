"""Validates every v47 record and value; prints the errors and their count (0 expected)."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban, luhn

from . import screen

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
LOCAL_LOCALES = {
    "US": {"en_US"},
    "GB": {"en_GB"},
    "IN": {"en_IN"},
    "DE": {"de_DE"},
    "NL": {"nl_NL"},
    "BR": {"pt_BR"},
}


def check_phone(v, locale, err):
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        err("phone not valid / wrong region")
    nsn = pn.national_significant_number(num)
    if v["mode"] == "local-announced":
        if locale not in LOCAL_LOCALES.get(v["region"], ()):
            err("local number outside its country")
        digits = re.sub(r"\D", "", v["text"])
        if nsn[v["area_len"] :] != digits:
            err("local subscriber does not match")
        full = pn.parse("+%d%s%s" % (num.country_code, nsn[: v["area_len"]], digits))
        if pn.format_number(full, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(full):
            err("local number with area code does not parse back")
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            err("area_len differs from phonenumbers")
        return
    got = pn.parse(v["text"], v["region"])
    if pn.format_number(got, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(got):
        err("phone text does not parse back to its e164")
    if v["area_len"] != pn.length_of_geographical_area_code(num):
        err("area_len")


def check_value(v, locale, err):
    if v["kind"] not in KINDS or v["mode"] not in MODES[v["kind"]]:
        err("kind/mode")
    t = v["text"]
    if v["kind"] == "PHONE":
        check_phone(v, locale, err)
    elif v["kind"] == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not d.isdigit() or not luhn.is_valid(d) or len(d) not in (15, 16):
            err("card")
    elif v["kind"] == "IBAN":
        if not iban.is_valid(t):
            err("iban")
    elif v["kind"] == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m:
            err("ssn form")
        else:
            a, g, s = (int(x) for x in m.groups())
            if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0:
                err("ssn SSA rules")
            if locale != "en_US":
                err("ssn locale")
    elif v["kind"] == "IP_ADDRESS":
        ip = ipaddress.ip_address(t)
        if (v["mode"] == "v4-private") != (ip.version == 4 and ip.is_private):
            err("ip mode")
        if v["mode"] == "v6" and ip.version != 6:
            err("ip v6")
    elif v["kind"] == "EMAIL":
        if not re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}", t):
            err("email")


def main(argv):
    rec_path = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v47.jsonl"
    val_path = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v47_values.jsonl"
    recs = [json.loads(x) for x in rec_path.read_text(encoding="utf-8").splitlines()]
    vals = [json.loads(x)["values"] for x in val_path.read_text(encoding="utf-8").splitlines()]
    errors = []
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append(f"{rid}: {msg}")

        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            err("record keys / duplicate id")
        ids.add(rec["id"])
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vs):
            err("spans and values differ in number")
        last = 0
        for s, v in zip(spans, vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] != v["kind"]:
                err("span keys / kind")
            if s["start"] < last or s["end"] <= s["start"]:
                err("spans not sorted / overlapping")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                err("offsets do not give the value")
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                err("span touches a letter or digit")
            check_value(v, rec["locale"], err)
        regions = {rec["locale"][-2:], "US", "GB"} | {v["region"] for v in vs if v["kind"] == "PHONE"}
        if rec["locale"] in ("de_AT", "de_CH"):
            regions.add("DE")
        if rec["locale"] in ("fr_BE", "fr_CH"):
            regions.add("FR")
        if rec["locale"] == "nl_BE":
            regions.add("NL")
        masked = screen.masked(text, spans)
        if screen.guard_hits(masked):
            err(f"guard hit outside spans: {screen.guard_hits(masked)[:2]}")
        if screen.phone_hits(masked, sorted(regions)):
            err(f"phone-like text outside spans: {screen.phone_hits(masked, sorted(regions))[:2]}")
    for e in errors[:50]:
        print(e)
    print(f"checks: {len(errors)} errors in {len(recs)} records")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
