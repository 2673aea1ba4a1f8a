"""Validate every record and value of v94; prints the errors and their count (0 wanted)."""

from __future__ import annotations

import ipaddress
import json
import sys

from stdnum import iban as std_iban

from . import build, negs, numbers
from .make_heldout_set import RECORDS, VALUES

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"}
MODES = {"international", "national", "local-announced", "list-entry", "other"}
AREA_CODES = {(r, a[1]) for r, areas in numbers.AREAS.items() for a in areas}


class _Doc:
    def __init__(self, rec):
        self.text, self.spans = rec["text"], rec["spans"]


def check_value(v, err):
    k, t = v["kind"], v["text"]
    if k == "PHONE":
        if v["mode"] not in MODES:
            err(f"mode {v['mode']}")
        if v["mode"] == "local-announced":
            code = v["e164"][1 + len(str(numbers.pn.country_code_for_region(v["region"]))) :][: v["area_len"]]
            if (v["region"], code) not in AREA_CODES:
                err(f"area {code}")
            if not numbers.parses_to(numbers.put_back(v["region"], code, t), v["region"], v["e164"]):
                err(f"local {t}")
        else:
            if v["area_len"] is not None or not numbers.parses_to(t, v["region"], v["e164"]):
                err(f"phone {t}")
    elif k == "CREDIT_CARD":
        d = t.replace(" ", "").replace("-", "")
        if not (d.isdigit() and 13 <= len(d) <= 19 and negs.luhn(d)):
            err(f"card {t}")
    elif k == "IBAN":
        if not std_iban.is_valid(t.replace(" ", "")):
            err(f"iban {t}")
    elif k == "IP_ADDRESS":
        try:
            ipaddress.ip_address(t)
        except ValueError:
            err(f"ip {t}")
    elif k == "US_SSN":
        a, g, s = t.replace(" ", "-").split("-")
        if (
            not (len(a) == 3 and len(g) == 2 and len(s) == 4)
            or a in ("000", "666")
            or a >= "900"
            or g == "00"
            or s == "0000"
        ):
            err(f"ssn {t}")
    elif k == "EMAIL":
        if not negs.EMAIL_RE.fullmatch(t):
            err(f"email {t}")


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    errors = []
    with open(rec_path, encoding="utf-8") as f:
        recs = [json.loads(x) for x in f]
    with open(val_path, encoding="utf-8") as f:
        vals = [json.loads(x)["values"] for x in f]
    if len(recs) != len(vals):
        errors.append("line counts differ")
    ids = set()
    for rec, vs in zip(recs, vals, strict=False):
        rid, text = rec["id"], rec["text"]

        def err(msg, rid=rid):
            errors.append(f"{rid}: {msg}")

        if rid in ids:
            err("duplicate id")
        ids.add(rid)
        if len(rec["spans"]) != len(vs):
            err("span/value count")
        prev = 0
        for s, v in zip(rec["spans"], vs, strict=False):
            if set(s) != {"kind", "start", "end"} or s["kind"] not in KINDS or s["kind"] != v["kind"]:
                err(f"span {s}")
            if s["start"] < prev or s["end"] <= s["start"]:
                err(f"order {s}")
            prev = s["end"]
            if text[s["start"] : s["end"]] != v["text"]:
                err(f"text {s}")
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(text) and text[i].isalnum():
                    err(f"touches {s}")
            if "\n" in v["text"]:
                err("newline in value")
            check_value(v, err)
        if "-neg-" in rid and rec["spans"]:
            err("negative with spans")
        loc = "hi" if "-hi-" in rid else rec["locale"]
        lang = "hi" if loc == "hi" else loc.split("_")[0]
        if build.dirty(_Doc(rec), loc, lang):
            err("whole-document screen")
    for e in errors[:50]:
        print(e)
    print("errors:", len(errors))
    return len(errors)


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
