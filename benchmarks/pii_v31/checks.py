# ruff: noqa: E501
"""Checks for the v31 set: python -m benchmarks.pii_v31.checks [RECORDS [VALUES]]. Exit 1 on any error."""

import json
import sys

import phonenumbers

from . import values as V
from .build import OUT, OUT_VALUES, build, dump
from .guards import guard_hits


def check(recs, vals):
    errs = []
    ids = set()
    if len(recs) != len(vals):
        errs.append("record/value line counts differ")
    for r, vs in zip(recs, vals, strict=False):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if len(spans) != len(vs):
            errs.append(f"{rid}: {len(spans)} spans, {len(vs)} values")
            continue
        prev = -1
        for span, v in zip(spans, vs, strict=True):
            a, b = span["start"], span["end"]
            if span["kind"] != v["kind"]:
                errs.append(f"{rid}: span kind {span['kind']} != value kind {v['kind']}")
            if not (0 <= a < b <= len(text)):
                errs.append(f"{rid}: bad offsets {a},{b}")
            if a < prev:
                errs.append(f"{rid}: spans unsorted or overlapping at {a}")
            prev = b
            if text[a:b] != v["text"]:
                errs.append(f"{rid}: span text {text[a:b]!r} != value {v['text']!r}")
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append(f"{rid}: span {text[a:b]!r} touches a letter or digit")
            if v["kind"] == "PHONE":
                num = phonenumbers.parse(v["e164"])
                if not phonenumbers.is_valid_number(num):
                    errs.append(f"{rid}: invalid e164 {v['e164']}")
                if v["area_len"] != phonenumbers.length_of_geographical_area_code(num):
                    errs.append(f"{rid}: area_len mismatch {v}")
                if v["mode"] == "local-announced":
                    area = V.nsn(num)[: v["area_len"]]
                    if not V.local_ok(v["region"], area, v["text"], num):
                        errs.append(f"{rid}: local form does not rebuild {v}")
                elif not V.parses_to(v["text"], v["region"], num):
                    errs.append(f"{rid}: {v['text']!r} does not parse back to {v['e164']}")
                if v["text"].startswith("00") and v["region"] in ("US", "BR", "AU"):
                    errs.append(f"{rid}: 00 prefix in {v['region']}")
        masked = list(text)
        for a, b in ((span["start"], span["end"]) for span in spans):
            for i in range(a, b):
                masked[i] = " " if text[i] in " \n" else "X"
        hits = guard_hits("".join(masked))
        if hits:
            errs.append(f"{rid}: guard hits {hits}")
    return errs


def main(argv):
    rp = argv[0] if argv else OUT
    vp = argv[1] if len(argv) > 1 else OUT_VALUES
    with open(rp, encoding="utf-8") as f:
        a_file = f.read()
    with open(vp, encoding="utf-8") as f:
        b_file = f.read()
    recs = [json.loads(x) for x in a_file.splitlines()]
    vals = [json.loads(x)["values"] for x in b_file.splitlines()]
    errs = check(recs, vals)
    a, b = dump(*build()[:2])
    same = a == a_file and b == b_file
    print(f"rebuild matches the files: {same}; checks: {len(errs)} errors")
    for e in errs[:40]:
        print("  " + e)
    sys.exit(0 if same and not errs else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
