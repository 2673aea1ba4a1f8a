"""Validate every record and value of the v111 set; prints the errors and exits non-zero if any."""

import ipaddress
import json
import re
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat
from stdnum import iban as std_iban

from . import negs
from .compose import HOME, LOCALES
from .make_heldout_set import RECORDS, VALUES
from .numbers import AREAS, put_back

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
AREA_OF = {(r, a) for r, towns in AREAS.items() for _t, a, _n in towns}


def check_value(v, errors, where):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES[k]:
        errors.append(f"{where}: bad mode {v.get('mode')}")
    if k == "PHONE":
        reg = v["region"]
        if v["mode"] == "local-announced":
            areas = [
                a
                for r, a in AREA_OF
                if r == reg
                and len(a) == v["area_len"]
                and v["e164"][1 + len(str(phonenumbers.country_code_for_region(reg))) :].startswith(a)
            ]
            if not areas:
                errors.append(f"{where}: no area for local {t}")
                return
            t = put_back(reg, areas[0], t)
        elif v["area_len"] is not None:
            errors.append(f"{where}: area_len on non-local phone")
        try:
            num = phonenumbers.parse(t, reg)
        except phonenumbers.NumberParseException:
            errors.append(f"{where}: phone does not parse {t}")
            return
        if not phonenumbers.is_valid_number(num):
            errors.append(f"{where}: invalid phone {t}")
        if phonenumbers.format_number(num, PhoneNumberFormat.E164) != v["e164"]:
            errors.append(f"{where}: e164 mismatch {t}")
        if (
            v["mode"] == "local-announced"
            and phonenumbers.length_of_geographical_area_code(num) != v["area_len"]
        ):
            errors.append(f"{where}: area_len mismatch {t}")
        if v["mode"] == "other" and phonenumbers.number_type(num) not in (
            phonenumbers.PhoneNumberType.TOLL_FREE,
            phonenumbers.PhoneNumberType.SHARED_COST,
            phonenumbers.PhoneNumberType.UAN,
        ):
            errors.append(f"{where}: 'other' phone is not toll-free/shared-cost/UAN {t}")
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            errors.append(f"{where}: bad e-mail {t}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            errors.append(f"{where}: bad card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            errors.append(f"{where}: bad IBAN {t}")
    elif k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            errors.append(f"{where}: bad IP {t}")
            return
        want = "v6" if ip.version == 6 else ("v4-private" if ip.is_private else "v4")
        if want != v["mode"]:
            errors.append(f"{where}: IP mode {v['mode']} != {want}")
    elif k == "US_SSN":
        if not (re.fullmatch(r"\d{3}([ -])\d{2}\1\d{4}", t) and negs.ssn_ok(t)):
            errors.append(f"{where}: bad SSN {t}")


def check(records=RECORDS, values=VALUES):
    errors = []
    recs = [json.loads(x) for x in open(records, encoding="utf-8")]
    vals = [json.loads(x)["values"] for x in open(values, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("records and values differ in length")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if set(rec) != {"id", "locale", "text", "spans"} or rid in ids:
            errors.append(f"{rid}: bad keys or duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errors.append(f"{rid}: {len(spans)} spans, {len(vs)} values")
            continue
        end = -1
        for i, (s, v) in enumerate(zip(spans, vs, strict=True)):
            where = f"{rid}#{i}"
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errors.append(f"{where}: bad span {s}")
                continue
            if s["start"] < end or s["start"] >= s["end"]:
                errors.append(f"{where}: unsorted or overlapping")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                errors.append(f"{where}: text mismatch")
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{where}: span touches a letter or digit")
            check_value(v, errors, where)
        loc = "hi" if "-hi-" in rid else rec["locale"]
        if loc in LOCALES:
            lang, own, nat = LOCALES[loc]
            regions = sorted({own, nat, HOME[lang], "GB" if lang == "en" else own})
        else:
            regions = [rec["locale"][-2:]]
        hits = negs.text_hits(negs.blank(text, spans), regions)
        if hits:
            errors.append(f"{rid}: unlabelled look-alikes {hits[:3]}")
    return errors, len(recs)


def main(argv):
    records, values = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    errors, n = check(records, values)
    for e in errors[:50]:
        print(e)
    print(f"records: {n}; errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
