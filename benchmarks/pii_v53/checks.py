"""Validates every v53 record and value; prints the errors and exits 1 when there are any."""

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs
from . import numbers as nb
from .compose import LOCALES

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
LOCAL_AREA = {region: {a for _, a, _ in v} for region, v in nb.AREAS.items()}


def check_phone(v, errs, where):
    reg, mode, t = v["region"], v["mode"], v["text"]
    try:
        if mode == "local-announced":
            areas = [a for a in LOCAL_AREA[reg] if len(a) == v["area_len"]]
            nums = [nb.put_back(t, reg, a) for a in areas]
            num = next((n for n in nums if nb.e164(n) == v["e164"]), None)
            if num is None or pn.length_of_geographical_area_code(num) != v["area_len"]:
                errs.append(f"{where}: local {t} does not put back to {v['e164']}")
                return
        else:
            num = pn.parse(t, None if mode == "international" else reg)
            if v["area_len"] is not None:
                errs.append(f"{where}: area_len on non-local")
        if nb.e164(num) != v["e164"] or not pn.is_valid_number(num):
            errs.append(f"{where}: phone {t} -> {nb.e164(num)} != {v['e164']} or invalid")
        if pn.region_code_for_number(num) != reg and not (reg == "US" and num.country_code == 1):
            errs.append(f"{where}: phone {t} region {pn.region_code_for_number(num)} != {reg}")
        if mode == "international" and not t.lstrip("(").startswith("+"):
            errs.append(f"{where}: international without +")
        if mode == "other" and pn.number_type(num) not in nb.FREE:
            errs.append(f"{where}: other but type {pn.number_type(num)}")
        if mode != "international" and t.startswith("+"):
            errs.append(f"{where}: + outside international")
    except pn.NumberParseException as e:
        errs.append(f"{where}: {t} {e}")


def check_value(v, errs, where, locale):
    k, t = v["kind"], v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        errs.append(f"{where}: bad mode {v.get('mode')}")
    digits = re.sub(r"\D", "", t)
    if k == "PHONE":
        check_phone(v, errs, where)
    elif k == "CREDIT_CARD":
        if not (13 <= len(digits) <= 19 and negs.luhn(digits)) or re.sub(r"[\d -]", "", t):
            errs.append(f"{where}: card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t):
            errs.append(f"{where}: iban {t}")
    elif k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
            if (v["mode"] == "v6") != (a.version == 6) or (v["mode"] == "v4-private") != (
                a.version == 4 and a.is_private
            ):
                errs.append(f"{where}: ip mode {t}")
        except ValueError:
            errs.append(f"{where}: ip {t}")
    elif k == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", t)
        if not m or m[1] in ("000", "666") or m[1] >= "900" or m[2] == "00" or m[3] == "0000":
            errs.append(f"{where}: ssn {t}")
        if locale != "en_US":
            errs.append(f"{where}: ssn outside en_US")
    elif k == "EMAIL":
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            errs.append(f"{where}: email {t}")


def check(records_path, values_path):
    errs, ids = [], set()
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errs.append("records and values differ in length")
    for rec, val in zip(recs, vals, strict=False):
        where, text = rec["id"], rec["text"]
        if set(rec) != {"id", "locale", "text", "spans"} or rec["locale"] not in LOCALES:
            errs.append(f"{where}: keys or locale")
        if where in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(where)
        spans, vs = rec["spans"], val["values"]
        if len(spans) != len(vs):
            errs.append(f"{where}: {len(spans)} spans, {len(vs)} values")
            continue
        last = 0
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                errs.append(f"{where}: span shape {s}")
            if not (last <= s["start"] < s["end"] <= len(text)):
                errs.append(f"{where}: span order/overlap {s}")
            last = s["end"]
            if text[s["start"] : s["end"]] != v["text"] or v["text"] != v["text"].strip():
                errs.append(f"{where}: text mismatch {s}")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    errs.append(f"{where}: span touches {text[i]!r} at {i}")
            if "\n" in v["text"]:
                errs.append(f"{where}: value across lines")
            check_value(v, errs, where, rec["locale"])
        lang = (
            "hi"
            if "-hi-" in where
            else where.split("-")[1]
            if where.startswith(("mhc-",))
            else rec["locale"][:2]
        )
        lang = {
            "german": "de",
            "french": "fr",
            "spanish": "es",
            "italian": "it",
            "dutch": "nl",
            "portuguese": "pt",
        }.get(lang, lang)
        _, own, nat = LOCALES[rec["locale"]]
        regions = sorted({own, nat, *negs.LANG_HOME[lang]})
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        blank = "".join(chars)
        hits = negs.phone_hits(blank, regions) + [(h, "") for h in negs.guard_hits(blank)]
        if hits:
            errs.append(f"{where}: unlabelled hits {hits}")
        local = [v for v in vs if v.get("mode") == "local-announced"]
        if (
            local
            and len(
                {
                    (v["region"], v["e164"][: len(v["e164"]) - len(re.sub(r"\D", "", v["text"]))])
                    for v in local
                }
            )
            != 1
        ):
            errs.append(f"{where}: local numbers do not share one area code")
    return errs, len(recs)


def main(argv):
    rp = Path(argv[0]) if argv else ROOT / "tests/data/pii_heldout_v53.jsonl"
    vp = Path(argv[1]) if len(argv) > 1 else ROOT / "tests/data/pii_heldout_v53_values.jsonl"
    errs, n = check(rp, vp)
    for e in errs[:50]:
        print(e)
    print(f"{n} records, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
