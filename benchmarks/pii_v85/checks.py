"""Validates every record and value of a v85 set; prints the errors and their count."""

import ipaddress
import json
import re
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as nums
from .compose import LOCALES
from .make_heldout_set import OUT

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def check_phone(v, err):
    region, text = v["region"], v["text"]
    if v["mode"] == "local-announced":
        x0 = pn.parse(v["e164"])
        area = str(x0.national_number)[: v["area_len"]]
        if pn.length_of_geographical_area_code(x0) != v["area_len"]:
            err("area_len differs from phonenumbers")
        x = pn.parse(nums.put_back(region, area, text), region)
    else:
        if v["area_len"] is not None:
            err("area_len not null")
        x = pn.parse(text, region)
    if not pn.is_valid_number(x) or nums.e164(x) != v["e164"]:
        err(f"phone {text!r} does not parse back to {v['e164']}")
    if v["mode"] == "other" and pn.number_type(x) not in nums.OTHER_TYPES:
        err("other is not toll-free/shared-cost/UAN")
    if v["mode"] == "international" and not text.lstrip("(").startswith("+"):
        err("international without +")


def check_value(v, locale, err):
    k, t = v["kind"], v["text"]
    if v["mode"] not in MODES[k]:
        err(f"mode {v['mode']}")
    if k == "PHONE":
        check_phone(v, err)
    elif k == "EMAIL" and not EMAIL.match(t):
        err(f"email {t!r}")
    elif k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            err(f"card {t!r}")
    elif k == "IBAN" and not std_iban.is_valid(t):
        err(f"iban {t!r}")
    elif k == "IP_ADDRESS":
        a = ipaddress.ip_address(t)
        want = "v6" if a.version == 6 else ("v4-private" if a.is_private else "v4")
        if want != v["mode"]:
            err(f"ip mode {t!r}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", t)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            err(f"ssn {t!r}")
        if locale != "en_US":
            err("ssn outside en_US")


def lang_of(rec):
    parts = rec["id"].split("-")
    if len(parts) > 2 and parts[1] in ("pos", "neg"):
        return "hi" if parts[2] == "hi" else rec["locale"][:2]
    return rec["locale"][:2]


def check(records, values):
    errors = []
    if len(records) != len(values):
        errors.append("line counts differ")
    ids = set()
    for rec, vals in zip(records, values, strict=False):

        def err(msg, rid=rec["id"]):
            errors.append(f"{rid}: {msg}")

        if set(rec) != {"id", "locale", "text", "spans"} or rec["locale"] not in LOCALES:
            err("keys or locale")
        if rec["id"] in ids:
            err("duplicate id")
        ids.add(rec["id"])
        text, spans, vs = rec["text"], rec["spans"], vals["values"]
        if len(spans) != len(vs):
            err("span/value count")
        end = 0
        for s, v in zip(spans, vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                err(f"span {s}")
                continue
            if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
                err(f"offsets {s}")
            end = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                err(f"text {v['text']!r}")
            if (
                s["start"] > 0
                and text[s["start"] - 1].isalnum()
                or s["end"] < len(text)
                and text[s["end"]].isalnum()
            ):
                err(f"span touches a letter or digit {v['text']!r}")
            try:
                check_value(v, rec["locale"], err)
            except Exception as e:  # noqa: BLE001
                err(f"{v['text']!r}: {e!r}")
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = "_" * (s["end"] - s["start"])
        own, nat = LOCALES[rec["locale"]]
        regions = tuple(dict.fromkeys((own, nat) + negs.HOME[lang_of(rec)]))
        hits = negs.dirty("".join(chars), regions)
        if hits:
            err(f"unlabelled hits {hits}")
    return errors


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    paths = tuple(argv[:2]) if len(argv) >= 2 else OUT
    with open(paths[0], encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    with open(paths[1], encoding="utf-8") as f:
        values = [json.loads(line) for line in f]
    errors = check(records, values)
    for e in errors[:50]:
        print(e)
    print(f"{len(records)} records, {sum(len(v['values']) for v in values)} values; errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
