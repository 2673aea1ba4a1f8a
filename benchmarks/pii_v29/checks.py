"""Check the v29 files: offsets, span text = sidecar text, order, no overlap, no touching, guards, rebuild."""

import json
import sys

import phonenumbers as pn

from .guards import guard_hits, mask
from .make_heldout_set import OUT, OUT_VALUES, build, dump

MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "IP_ADDRESS": {"v4", "v6"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
}


def main(argv):
    rp = argv[0] if argv else str(OUT)
    vp = argv[1] if len(argv) > 1 else str(OUT_VALUES)
    recs = [json.loads(x) for x in open(rp, encoding="utf-8")]
    vals = [json.loads(x) for x in open(vp, encoding="utf-8")]
    errs = []
    assert len(recs) == len(vals), "line counts differ"
    ids = set()
    for rec, v in zip(recs, vals, strict=True):
        t, spans, vv = rec["text"], rec["spans"], v["values"]
        rid = rec["id"]
        if rid in ids:
            errs.append("duplicate id " + rid)
        ids.add(rid)
        if len(spans) != len(vv):
            errs.append("%s: %d spans, %d values" % (rid, len(spans), len(vv)))
            continue
        last = 0
        for s, x in zip(spans, vv, strict=True):
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("%s: bad offsets" % rid)
            if s["start"] < last:
                errs.append("%s: unsorted or overlapping" % rid)
            last = s["end"]
            if t[s["start"] : s["end"]] != x["text"] or s["kind"] != x["kind"]:
                errs.append("%s: span text %r != %r" % (rid, t[s["start"] : s["end"]], x["text"]))
            if x["text"] != x["text"].strip():
                errs.append("%s: value has outer whitespace" % rid)
            for i in (s["start"] - 1, s["end"]):
                if 0 <= i < len(t) and t[i].isalnum():
                    errs.append("%s: span touches %r" % (rid, t[i]))
            if x.get("mode") not in MODES.get(x["kind"], ()):
                errs.append("%s: bad mode %s" % (rid, x.get("mode")))
            if x["kind"] == "PHONE":
                num = pn.parse(x["e164"])
                if not pn.is_valid_number(num) or "area_len" not in x or not x.get("region"):
                    errs.append("%s: bad phone meta" % rid)
                if x["mode"] != "local-announced":
                    back = pn.parse(
                        x["text"],
                        x["region"] if not x["text"].startswith(("+", "00")) else rec["locale"][-2:],
                    )
                    if pn.format_number(back, pn.PhoneNumberFormat.E164) != x["e164"]:
                        errs.append("%s: %r does not parse to %s" % (rid, x["text"], x["e164"]))
                else:
                    nsn = pn.national_significant_number(num)
                    digits = "".join(ch for ch in x["text"] if ch.isdigit())
                    if nsn[x["area_len"] :] != digits or x["region"] not in {
                        "US",
                        "GB",
                        "DE",
                        "NL",
                        "BR",
                        "IN",
                    }:
                        errs.append(
                            "%s: local %r is not the subscriber part of %s" % (rid, x["text"], x["e164"])
                        )
                    if x["text"].startswith(("00", "+")):
                        errs.append("%s: local with prefix" % rid)
                if x["text"].startswith("00") and rec["locale"][-2:] in {"US", "BR", "AU"}:
                    errs.append("%s: 00 prefix in a %s document" % (rid, rec["locale"]))
        hits = guard_hits(mask(t, spans))
        if hits:
            errs.append("%s: guards %s" % (rid, hits))
        if "-pos-" in rid and not spans:
            errs.append("%s: positive document without a value" % rid)
        if "-neg-" in rid and spans:
            errs.append("%s: negative document with a value" % rid)
    a, b = dump(build()[0])
    same = a == open(rp, encoding="utf-8").read() and b == open(vp, encoding="utf-8").read()
    print("documents:", len(recs), "values:", sum(len(v["values"]) for v in vals))
    print("rebuild matches the files:", same)
    print("errors:", len(errs))
    for e in errs[:40]:
        print("  ", e)
    return 0 if not errs and same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
