"""Validate every record and value of the set; prints the errors and exits 1 if there are any."""

import ipaddress
import json
import re
import sys
import unicodedata

import phonenumbers as pn
from stdnum import iban as stdiban

from . import negs
from . import numbers as N
from .build import LANG_HOME, LOCALES
from .corpus import HOME
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"spaced", "solid", "dashed"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"spaced", "dashed"},
}
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def wordish(ch):
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def regions_of(rec):
    parts = rec["id"].split("-")
    if parts[1] in ("pos", "neg"):
        loc = "hi" if parts[2] == "hi" else rec["locale"]
        lang, home, nat, _ = LOCALES[loc]
        return sorted({home, nat, *LANG_HOME[lang]})
    return HOME[parts[1]]


def check_phone(v):
    errs = []
    if set(v) != {"kind", "mode", "text", "region", "e164", "area_len"}:
        return ["phone keys " + str(sorted(v))]
    if v["mode"] == "local-announced":
        area = N.nsn(pn.parse(v["e164"]))[: v["area_len"]]
        num = N.put_back(v["text"], v["region"], area)
        if not (pn.is_valid_number(num) and N.e164(num) == v["e164"]):
            errs.append("local number does not put back: " + v["text"])
        if pn.length_of_geographical_area_code(num) != v["area_len"]:
            errs.append("area_len differs from phonenumbers: " + v["text"])
        if v["region"] not in N.AREAS or area not in {a for _, a in N.AREAS[v["region"]]}:
            errs.append("area code not a listed town's: " + v["text"])
    else:
        if v["area_len"] is not None:
            errs.append("area_len set on a non-local number")
        if not N.parses_to(v["text"], v["region"], v["e164"]):
            errs.append("phone does not parse back: %s %s" % (v["text"], v["e164"]))
        num = pn.parse(v["e164"])
        if pn.region_code_for_number(num) != v["region"]:
            errs.append("region differs: " + v["text"])
        if (v["mode"] == "other") != (pn.number_type(num) in N.OTHER):
            errs.append("'other' mode and number type disagree: " + v["text"])
    return errs


def check_value(v):
    t = v["text"]
    k = v["kind"]
    if v.get("mode") not in MODES.get(k, ()):
        return ["bad mode %s/%s" % (k, v.get("mode"))]
    if k == "PHONE":
        return check_phone(v)
    if k == "EMAIL":
        return [] if EMAIL.match(t) else ["bad e-mail " + t]
    if k == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", t)
        return [] if d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d) else ["bad card " + t]
    if k == "IBAN":
        return [] if stdiban.is_valid(t) else ["bad IBAN " + t]
    if k == "US_SSN":
        m = re.fullmatch(r"(\d{3})([ -])(\d{2})\2(\d{4})", t)
        if not m:
            return ["bad SSN shape " + t]
        a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
        return [] if 0 < a < 900 and a != 666 and g and s else ["SSN breaks SSA rules " + t]
    if k == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(t)
        except ValueError:
            return ["bad IP " + t]
        want = "v6" if a.version == 6 else ("v4-private" if a.is_private else "v4")
        return [] if want == v["mode"] else ["IP mode %s for %s" % (v["mode"], t)]
    return ["unknown kind " + k]


def check(records, values):
    errs = []
    if len(records) != len(values):
        errs.append("records and sidecar differ in length")
    ids = set()
    for i, (rec, vals) in enumerate(zip(records, values, strict=False)):
        where = "line %d (%s): " % (i + 1, rec.get("id"))
        if set(rec) != {"id", "locale", "text", "spans"} or rec["id"] in ids:
            errs.append(where + "bad keys or duplicate id")
        ids.add(rec["id"])
        text, spans = rec["text"], rec["spans"]
        if len(spans) != len(vals):
            errs.append(where + "spans and values differ in number")
            continue
        end = 0
        for s, v in zip(spans, vals, strict=True):
            if not isinstance(s, dict) or set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS:
                errs.append(where + "bad span " + repr(s))
                continue
            if s["start"] < end or s["end"] <= s["start"] or s["end"] > len(text):
                errs.append(where + "spans unsorted, overlapping or out of range")
            end = s["end"]
            if s["kind"] != v["kind"] or text[s["start"] : s["end"]] != v["text"]:
                errs.append(where + "value does not match span: " + v["text"])
            if (s["start"] > 0 and wordish(text[s["start"] - 1])) or (
                s["end"] < len(text) and wordish(text[s["end"]])
            ):
                errs.append(where + "span touches a letter or digit: " + v["text"])
            if text[s["start"] : s["end"]] != text[s["start"] : s["end"]].strip():
                errs.append(where + "span has outer whitespace")
            errs += [where + e for e in check_value(v)]
        chars = list(text)
        for s in spans:
            chars[s["start"] : s["end"]] = ["\u25a0"] * (s["end"] - s["start"])
        blanked = "".join(chars)
        hits = negs.guard_hits(blanked) + [h[0] for h in negs.phone_hits(blanked, regions_of(rec))]
        if hits:
            errs.append(where + "unlabelled PII-like text: " + repr(hits[:3]))
    return errs


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    with open(rec_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    with open(val_path, encoding="utf-8") as f:
        values = [json.loads(line)["values"] for line in f]
    errs = check(records, values)
    for e in errs[:50]:
        print(e)
    print("checked %d documents, %d values: %d errors" % (len(records), sum(map(len, values)), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
