"""Re-check the v21 files: offsets, phone round-trips, Luhn, mod-97, SSA rules, IPs and guards."""

import ipaddress
import json
import re
import sys

import phonenumbers

from . import values as V
from .make_heldout_set import OUT, VALUES_OUT


def check(recs, vals):
    errs = []
    assert len(recs) == len(vals) == 1200, (len(recs), len(vals))
    assert len({r["id"] for r in recs}) == len(recs), "duplicate ids"
    for r, v in zip(recs, vals, strict=True):
        t, sp, vv = r["text"], r["spans"], v["values"]
        if len(sp) != len(vv):
            errs.append((r["id"], "span/value count"))
            continue
        last = 0
        for s, x in zip(sp, vv, strict=True):
            if (
                s["start"] < last
                or s["end"] <= s["start"]
                or t[s["start"] : s["end"]] != x["text"]
                or s["kind"] != x["kind"]
            ):
                errs.append((r["id"], "offset", x["text"]))
            last = s["end"]
            k, val = x["kind"], x["text"]
            if k == "PHONE":
                num = phonenumbers.parse(x["e164"])
                if not phonenumbers.is_valid_number_for_region(num, x["region"]):
                    errs.append((r["id"], "e164 invalid", val))
                if V.area_len(num) != x["area_len"]:
                    errs.append((r["id"], "area_len", val))
                digits = re.sub(r"\D", "", val)
                nsn = phonenumbers.national_significant_number(num)
                if x["mode"] == "international":
                    p = V.parse_intl(val)
                    ok = phonenumbers.is_valid_number(p) and V.e164(p) == x["e164"]
                elif (
                    digits == nsn[x["area_len"] :]
                    and x["mode"] in ("local-announced", "list-entry")
                    and x["region"] in V.SUBSCRIBER_REGIONS
                    and x["area_len"] > 0
                ):
                    ok = 6 <= len(digits) <= 8 and digits[0] not in "01"
                else:
                    p = phonenumbers.parse(val, x["region"])
                    ok = phonenumbers.is_valid_number_for_region(p, x["region"]) and V.e164(p) == x["e164"]
                if not ok:
                    errs.append((r["id"], "phone round-trip", val))
            elif k == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", val)
                if not (d.isdigit() and 13 <= len(d) <= 19 and V.luhn_ok(d)):
                    errs.append((r["id"], "luhn", val))
            elif k == "IBAN":
                if not V.iban_ok(val):
                    errs.append((r["id"], "mod97", val))
            elif k == "US_SSN":
                m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", val)
                if not (m and V.ssn_ok(*m.groups()) and r["locale"] == "en_US"):
                    errs.append((r["id"], "ssn", val))
            elif k == "IP_ADDRESS":
                ipaddress.ip_address(val)
            elif k == "EMAIL":
                if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", val):
                    errs.append((r["id"], "email", val))
        hits = V.guard_hits(t, sp)
        if hits:
            errs.append((r["id"], "guard", hits))
    return errs


def main():
    a = sys.argv[1:]
    rp, vp = (a + [OUT, VALUES_OUT][len(a) :])[:2]
    with open(rp, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        vals = [json.loads(x) for x in f]
    errs = check(recs, vals)
    for e in errs[:30]:
        print(e)
    print("checks passed" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
