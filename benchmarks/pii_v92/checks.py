"""Validate every record and value of the v92 set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers as pn
from stdnum import iban as stdiban

from . import compose, corpus, negs
from . import numbers as nb
from .make_heldout_set import RECORDS, VALUES

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def regions_of(rec):
    if rec["id"].split("-")[0] in {s for s, *_ in corpus.PLAN}:
        return corpus.REGIONS[rec["locale"]]
    lang = "hi" if "-hi-" in rec["id"] else compose.LOCALES[rec["locale"]][0]
    _, own, nat, _ = compose.LOCALES[rec["locale"]]
    return sorted({own, nat, compose.HOME[lang]})


def mod97(value):
    s = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def check_value(v):
    kind, text = v["kind"], v["text"]
    if v["mode"] not in MODES[kind]:
        return f"mode {v['mode']}"
    if kind == "PHONE":
        if v["mode"] == "local-announced":
            area_len = v["area_len"]
            full = pn.parse(v["e164"])
            area = nb.nsn(full)[:area_len]
            got = nb.put_back(v["region"], area, text)
            if nb.e164(got) != v["e164"] or not pn.is_valid_number(got):
                return "local number does not put back"
            if pn.length_of_geographical_area_code(full) != area_len:
                return "area_len"
            if not re.fullmatch(r"[\d .\-]+", text):
                return "local text"
        else:
            if v["area_len"] is not None:
                return "area_len not null"
            if not nb.parses_to(text, v["region"], pn.parse(v["e164"])):
                return "phone does not parse back"
            if v["mode"] == "other" and pn.number_type(pn.parse(v["e164"])) not in nb.OTHER:
                return "other is not toll-free/shared/UAN"
    elif kind == "EMAIL":
        if not EMAIL.match(text):
            return "email"
    elif kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            return "card"
    elif kind == "IBAN":
        raw = text.replace(" ", "")
        if not (mod97(raw) and stdiban.is_valid(raw)):
            return "iban"
    elif kind == "IP_ADDRESS":
        ip = ipaddress.ip_address(text)
        if (v["mode"] == "v6") != (ip.version == 6) or (v["mode"] == "v4-private") != ip.is_private:
            return "ip mode"
    elif kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        if (
            not m
            or m.group(1) in ("000", "666")
            or m.group(1) >= "900"
            or m.group(3) == "00"
            or m.group(4) == "0000"
        ):
            return "ssn"
    return None


def check(records_path=RECORDS, values_path=VALUES):
    errors = []
    recs = [json.loads(x) for x in open(records_path, encoding="utf-8")]
    vals = [json.loads(x) for x in open(values_path, encoding="utf-8")]
    if len(recs) != len(vals):
        errors.append("records and sidecar differ in length")
    ids = Counter(r["id"] for r in recs)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    local = Counter()
    for rec, side in zip(recs, vals, strict=False):
        text, spans, vs = rec["text"], rec["spans"], side["values"]
        if list(rec) != ["id", "locale", "text", "spans"] or len(spans) != len(vs):
            errors.append(f"{rec['id']}: shape")
            continue
        end = 0
        for sp, v in zip(spans, vs, strict=True):
            if list(sp) != ["kind", "start", "end"] or sp["kind"] != v["kind"]:
                errors.append(f"{rec['id']}: span keys/kind")
                continue
            s, e = sp["start"], sp["end"]
            if s < end or e <= s or e > len(text):
                errors.append(f"{rec['id']}: order/overlap/offsets {s}-{e}")
            end = e
            if text[s:e] != v["text"]:
                errors.append(f"{rec['id']}: text {text[s:e]!r} != {v['text']!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{rec['id']}: span touches a letter or digit: {v['text']!r}")
            if text[s:e] != text[s:e].strip():
                errors.append(f"{rec['id']}: span with outer space")
            problem = check_value(v)
            if problem:
                errors.append(f"{rec['id']}: {problem}: {v['text']!r}")
            if v["kind"] == "PHONE" and v["mode"] == "local-announced":
                local[v["region"]] += 1
            if "\n" in v["text"]:
                errors.append(f"{rec['id']}: value across lines")
        blanked = list(text)
        for sp in spans:
            blanked[sp["start"] : sp["end"]] = "X" * (sp["end"] - sp["start"])
        hits = negs.dirty("".join(blanked), regions_of(rec), whole=True)
        if hits:
            errors.append(f"{rec['id']}: unlabelled phone-like or PII-like text {hits}")
    if set(local.values()) != {75} or len(local) != 6:
        errors.append(f"local-announced counts {dict(local)}")
    return errors


def main(argv):
    errors = check(*argv[:2]) if argv else check()
    for e in errors:
        print(e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
