"""Validates every record and value of the v35 set; prints the errors and their count (0 expected)."""

import ipaddress
import json
import sys

import phonenumbers as pn
from stdnum import iban as std_iban

from . import compose, screen
from .make_heldout_set import OUT, OUT_VALUES, build_all, dump

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"role", "personal"},
    "CREDIT_CARD": {"spaced", "dashed", "solid"},
    "IBAN": {"print", "electronic"},
    "IP_ADDRESS": {"v4", "v4-private", "v6"},
    "US_SSN": {"dashed", "spaced"},
}
NAT = {x[0]: x[3] for x in compose.LOCALES}


def check_phone(v, locale):
    errs = []
    num = pn.parse(v["e164"])
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != v["region"]:
        errs.append("e164 not valid for its region")
    text = v["text"]
    if v["mode"] == "local-announced":
        nsn = pn.national_significant_number(num)
        if v["area_len"] != pn.length_of_geographical_area_code(num):
            errs.append("area_len differs from phonenumbers")
        if "".join(c for c in text if c.isdigit()) != nsn[v["area_len"] :]:
            errs.append("local text is not the subscriber part")
        prefix = pn.ndd_prefix_for_region(v["region"], True) or ""
        back = pn.parse(prefix + nsn[: v["area_len"]] + " " + text, v["region"])
        if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(back):
            errs.append("local form with area code does not parse back")
    else:
        if v["area_len"] is not None:
            errs.append("area_len set on a non-local number")
        if v["mode"] != "international" and not text.startswith("+"):
            if v["region"] != NAT[locale]:
                errs.append("national form of a foreign number")
        if text.startswith("00") and v["region"] in ("US", "BR", "AU"):
            errs.append("00 prefix for a region that does not dial 00")
        try:
            back = pn.parse(text, v["region"])
            if pn.format_number(back, pn.PhoneNumberFormat.E164) != v["e164"] or not pn.is_valid_number(back):
                errs.append("does not parse back")
        except pn.NumberParseException as e:
            errs.append("parse error %s" % e)
        if v["mode"] == "international" and not text.startswith("+"):
            errs.append("international without +")
        if v["mode"] == "other" and pn.number_type(num) not in (
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.SHARED_COST,
            pn.PhoneNumberType.UAN,
        ):
            errs.append("other is not a service number")
    if "\n" in text:
        errs.append("phone split across lines")
    return errs


def check_value(v, locale):
    k = v["kind"]
    t = v["text"]
    if v.get("mode") not in MODES.get(k, ()):
        return ["bad mode"]
    if k == "PHONE":
        return check_phone(v, locale)
    if k == "EMAIL":
        labels = t.split("@")[-1].split(".")
        ok = screen.EMAIL_RE.fullmatch(t) and all(x and x[0] != "-" and x[-1] != "-" for x in labels)
        return [] if ok else ["bad email"]
    if k == "CREDIT_CARD":
        d = "".join(c for c in t if c.isdigit())
        return [] if 13 <= len(d) <= 19 and screen.luhn(d) else ["card fails Luhn"]
    if k == "IBAN":
        return [] if std_iban.is_valid(t) and screen.iban_ok(t) else ["IBAN fails"]
    if k == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(t)
        except ValueError:
            return ["bad IP"]
        want = "v6" if ip.version == 6 else ("v4-private" if ip.is_private else "v4")
        return [] if want == v["mode"] else ["IP mode"]
    if k == "US_SSN":
        d = "".join(c for c in t if c.isdigit())
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        ok = len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and s > 0
        return [] if ok else ["SSN rules"]
    return ["unknown kind"]


def check(records, values):
    errors = []
    if len(records) != len(values):
        errors.append("line counts differ")
    ids = set()
    for rec, val in zip(records, values, strict=False):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        if set(rec) != {"id", "locale", "text", "spans"}:
            errors.append("%s: keys" % rid)
        vs = val["values"]
        if len(vs) != len(spans):
            errors.append("%s: %d spans, %d values" % (rid, len(spans), len(vs)))
            continue
        prev = -1
        for s, v in zip(spans, vs, strict=True):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS:
                errors.append("%s: span shape" % rid)
                continue
            if s["start"] < prev or s["start"] >= s["end"]:
                errors.append("%s: unsorted or overlapping" % rid)
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"] or s["kind"] != v["kind"]:
                errors.append("%s: span text differs from value" % rid)
            before = text[s["start"] - 1] if s["start"] > 0 else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append("%s: span touches a letter or digit" % rid)
            errors += ["%s: %s %s" % (rid, v["text"], e) for e in check_value(v, rec["locale"])]
        lang = "hi" if "-hi-" in rid else rec["locale"][:2]
        regions = sorted(set(screen.HOME[lang] + [rec["locale"][-2:]]))
        if "-" in rid and rid.split("-")[1] in ("pos", "neg"):
            regions = sorted(set(regions + [NAT[rec["locale"]]]))
            if screen.doc_dirty(text, spans, regions):
                errors.append("%s: unlabelled phone or guard hit" % rid)
        elif not screen.corpus_ok(text, regions):
            errors.append("%s: corpus row fails the screen" % rid)
    return errors


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rp = argv[0] if argv else OUT
    vp = argv[1] if len(argv) > 1 else OUT_VALUES
    records, values = load(rp), load(vp)
    errors = check(records, values)
    if not argv:
        recs, vals, _ = build_all()
        same = dump(recs) == open(rp, encoding="utf-8").read()
        same = same and dump(vals) == open(vp, encoding="utf-8").read()
        print("rebuild matches the files:", same)
        if not same:
            errors.append("rebuild differs")
    for e in errors[:50]:
        print(e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
