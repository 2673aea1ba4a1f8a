# ruff: noqa: E501
"""Checks for tests/data/pii_heldout_v30.jsonl and its sidecar: offsets, span text = value text, order, overlap, boundaries, guards,
phone values parse back with phonenumbers, rebuild determinism."""

import json
import sys

import phonenumbers as pn

from .build import SEED, build
from .guards import guard_hits, masked
from .make_heldout_set import OUT, OUT_VALUES, dump


def check(records, values):
    errors = []
    if len(records) != len(values):
        errors.append("record/value line counts differ")
    ids = set()
    for rec, val in zip(records, values, strict=False):
        rid, text, spans, vals = rec["id"], rec["text"], rec["spans"], val["values"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if len(spans) != len(vals):
            errors.append(f"{rid}: {len(spans)} spans vs {len(vals)} values")
            continue
        last = 0
        for sp, v in zip(spans, vals, strict=True):
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errors.append(f"{rid}: bad offsets {s}-{e}")
                continue
            if s < last:
                errors.append(f"{rid}: unsorted or overlapping at {s}")
            last = e
            if text[s:e] != v["text"] or sp["kind"] != v["kind"]:
                errors.append(f"{rid}: span {text[s:e]!r} != value {v['text']!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{rid}: span {v['text']!r} touches a letter or digit")
            if text[s:e] != text[s:e].strip():
                errors.append(f"{rid}: span has outer whitespace")
            if v["kind"] == "PHONE":
                for k in ("mode", "region", "e164", "area_len"):
                    if k not in v:
                        errors.append(f"{rid}: phone lacks {k}")
                n = pn.parse(v["e164"])
                if not pn.is_valid_number(n):
                    errors.append(f"{rid}: invalid number {v['e164']}")
                if v["mode"] == "local-announced":
                    digits = "".join(ch for ch in v["text"] if ch.isdigit())
                    if not pn.national_significant_number(n).endswith(digits):
                        errors.append(f"{rid}: local text not the subscriber part")
                else:
                    p = pn.parse(v["text"], v["region"])
                    if pn.format_number(p, pn.PhoneNumberFormat.E164) != v["e164"]:
                        errors.append(f"{rid}: {v['text']!r} does not parse to {v['e164']}")
        hits = guard_hits(masked(text, spans))
        if hits:
            errors.append(f"{rid}: guard hits {hits[:3]}")
    return errors


def main(argv):
    rp = argv[0] if argv else str(OUT)
    vp = argv[1] if len(argv) > 1 else str(OUT_VALUES)
    with open(rp, encoding="utf-8") as f:
        records = [json.loads(x) for x in f]
    with open(vp, encoding="utf-8") as f:
        values = [json.loads(x) for x in f]
    errors = check(records, values)
    if not argv:
        r2, v2, _ = build(SEED)
        a, b = dump(r2, v2)
        same = a == OUT.read_text(encoding="utf-8") and b == OUT_VALUES.read_text(encoding="utf-8")
        print(f"rebuild matches the files: {same}")
        if not same:
            errors.append("rebuild differs")
    for e in errors[:50]:
        print(e)
    print(f"checks: {len(errors)} errors over {len(records)} documents")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
