"""Validate every record and value of v44 (offsets, order, values, screens)."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban
from stdnum import luhn

from . import compose, screen
from . import values as V

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
LOC_CC = {loc: cc for loc, _, cc, _ in compose.LOCALES}
LOC_CC["en_IN"] = "IN"


def check_phone(v, loc, err):
    try:
        num = pn.parse(v["text"], v["region"]) if v["mode"] != "local-announced" else None
    except pn.NumberParseException:
        return err(f"phone does not parse: {v}")
    if v["mode"] == "local-announced":
        if v["region"] not in V.LOCAL_REGIONS or LOC_CC[loc] != v["region"] or loc in compose.BORROW:
            return err(f"local form outside its country: {v}")
        full = pn.parse(v["e164"])
        nsn = pn.national_significant_number(full)
        trunk = "" if v["region"] in ("US", "BR") else "0"
        back = trunk + nsn[: v["area_len"]] + re.sub(r"\D", "", v["text"])
        num = pn.parse(back, v["region"])
        if pn.number_type(num) not in (
            pn.PhoneNumberType.FIXED_LINE,
            pn.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            err(f"local form not a fixed line: {v}")
    if not pn.is_valid_number(num) or V.e164(num) != v["e164"]:
        return err(f"phone does not parse back: {v}")
    if pn.region_code_for_number(num) != v["region"]:
        err(f"region mismatch: {v}")
    if V.area_len(num) != v["area_len"]:
        err(f"area_len mismatch: {v}")
    if v["mode"] == "other" and pn.number_type(num) not in V.SERVICE_TYPES:
        err(f"service number of wrong type: {v}")


def check_value(v, loc, err):
    t = v["text"]
    k = v["kind"]
    if v.get("mode") not in MODES.get(k, ()):
        err(f"bad mode {v}")
    if k == "PHONE":
        check_phone(v, loc, err)
    elif k == "EMAIL":
        if not re.fullmatch(r"[a-z0-9.]+@[a-z0-9-]+(\.[a-z]+)+", t):
            err(f"bad e-mail {t}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)):
            err(f"bad card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            err(f"bad IBAN {t}")
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != a.is_private:
            err(f"bad IP {t}")
    elif k == "US_SSN":
        a, g, s = re.split(r"[- ]", t)
        if a in ("000", "666") or a >= "900" or g == "00" or s == "0000" or loc != "en_US":
            err(f"bad SSN {t}")


def main(argv):
    rp = argv[0] if argv else "tests/data/pii_heldout_v44.jsonl"
    vp = argv[1] if len(argv) > 1 else "tests/data/pii_heldout_v44_values.jsonl"
    with open(rp, encoding="utf-8") as f1, open(vp, encoding="utf-8") as f2:
        recs = [json.loads(x) for x in f1]
        vals = [json.loads(x) for x in f2]
    errors = []
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vl in zip(recs, vals, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append(f"{rid}: {msg}")

        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            err("bad keys or duplicate id")
        ids.add(rec["id"])
        text, spans, values = rec["text"], rec["spans"], vl["values"]
        if len(spans) != len(values):
            err("span/value count differs")
            continue
        end = 0
        for s, v in zip(spans, values, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                err(f"bad span {s}")
            if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
                err(f"unsorted/overlapping span {s}")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                err(f"span text differs {s}")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    err(f"span touches a letter or digit {s}")
            check_value(v, rec["locale"], err)
        cc = LOC_CC[rec["locale"]]
        if "-pos-" in rec["id"] or "-neg-" in rec["id"]:
            regs = {cc, compose.BORROW.get(rec["locale"], cc)} | {
                v["region"] for v in values if "region" in v
            }
            if not screen.doc_ok(text, spans, sorted(regs)):
                err("masked document fails the screens")
            if "-neg-" in rec["id"] and spans:
                err("negative document with spans")
        elif spans or screen.guard_hits(text) or screen.phone_hits(text, sorted({cc, "US", "GB"})):
            err("corpus document fails the screens")
    for e in errors[:50]:
        print(e)
    print(f"checked {len(recs)} records; errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
