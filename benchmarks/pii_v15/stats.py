"""Count everything in v15: rebuild with the seed, count from the build's notes, compare with the files.

nice -n 19 .venv/bin/python -m benchmarks.pii_v15.stats [RECORDS [VALUES]]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from benchmarks.pii_v15.builder import NEG_KEYS, PATTERNED
from benchmarks.pii_v15.locales import LANG_NAMES
from benchmarks.pii_v15.make_heldout_set import OUT, SEED, VALUES_OUT, build, dumps
from benchmarks.pii_v15.neg_labelled import LABELLED_KEYS
from benchmarks.pii_v15.neg_tables import TABLE_KEYS
from benchmarks.pii_v15.phrasings import PHRASE_IDS
from benchmarks.pii_v15.placements import PLACEMENT_NAMES
from benchmarks.pii_v15.rosters import FORMATS


def fmt(c: Counter) -> str:
    return ", ".join("%s %d" % (k, n) for k, n in c.most_common())


def habit(t: str) -> str:
    for mark, name in (("(", "brackets"), ("/", "slash"), (".", "dots"), ("-", "dashes"), (" ", "spaces")):
        if mark in t:
            return name
    return "no separators"


def report(items) -> list[str]:
    out = []
    metas = [m for _, _, m in items]
    types = Counter(m["type"] for m in metas)
    out.append("documents %d: %s" % (len(items), fmt(types)))
    out.append("locales: " + fmt(Counter(r["locale"] for r, _, _ in items)))
    out.append(
        "language (synthetic prose): "
        + fmt(Counter(LANG_NAMES[m["lang"]] for m in metas if "lang" in m and m["type"] != "corpus"))
    )
    out.append(
        "tables by language: "
        + fmt(
            Counter(
                r["locale"][:2] if not r["locale"].startswith("en") else "en"
                for r, _, m in items
                if m["type"] == "table"
            )
        )
    )
    vals = [v for _, s, _ in items for v in s["values"]]
    out.append("values %d: %s" % (len(vals), fmt(Counter(v["kind"] for v in vals))))
    for kind in ("PHONE", "EMAIL", "IP_ADDRESS", "CREDIT_CARD", "IBAN", "US_SSN"):
        out.append("  %s modes: %s" % (kind, fmt(Counter(v["mode"] for v in vals if v["kind"] == kind))))
    out.append("  PHONE regions: " + fmt(Counter(v["region"] for v in vals if v["kind"] == "PHONE")))
    for mode in ("local-announced", "list-entry", "national", "international", "other"):
        texts = [v["text"] for v in vals if v["kind"] == "PHONE" and v["mode"] == mode]
        out.append("  %s writing habits: %s" % (mode, fmt(Counter(habit(t) for t in texts))))
    ann = [a for m in metas for a in m.get("announced", [])]
    out.append(
        "local-announced %d; subscriber-only: %s; full national: %s"
        % (
            len(ann),
            fmt(Counter(a["region"] for a in ann if a["subscriber"])),
            fmt(Counter(a["region"] for a in ann if not a["subscriber"])),
        )
    )
    out.append("  by phrase language: " + fmt(Counter(LANG_NAMES[a["lang"]] for a in ann)))
    used = Counter(a["phrase"] for a in ann)
    total = sum(len(v) for v in PHRASE_IDS.values())
    out.append(
        "  phrasings used %d of %d (%s)"
        % (len(used), total, ", ".join("%s %d" % (LANG_NAMES[k], len(v)) for k, v in PHRASE_IDS.items()))
    )
    plc = Counter(a["placement"] for a in ann)
    out.append("  placements used %d of %d: %s" % (len(plc), len(PLACEMENT_NAMES), fmt(plc)))
    lst = [e for m in metas for e in m.get("list", [])]
    rosters = [r for m in metas for r in m.get("rosters", [])]
    out.append(
        "list entries %d; subscriber-only: %s; full national: %s"
        % (
            len(lst),
            fmt(Counter(e["region"] for e in lst if e["subscriber"])),
            fmt(Counter(e["region"] for e in lst if not e["subscriber"])),
        )
    )
    out.append(
        "  rosters %d (%s entries); formats used %d of %d: %s"
        % (
            len(rosters),
            fmt(Counter(r["entries"] for r in rosters)),
            len({r["format"] for r in rosters}),
            len(FORMATS),
            fmt(Counter(r["format"] for r in rosters)),
        )
    )
    out.append("  headings: " + fmt(Counter(r["heading"] for r in rosters)))
    lines = [x for m in metas for x in m.get("lines", [])]
    out.append("value lines %d by kind: %s" % (len(lines), fmt(Counter(x["kind"] for x in lines))))
    out.append("  by shape: " + fmt(Counter(x["shape"] for x in lines)))
    negs = [(m["type"], n) for m in metas for n in m.get("negatives", [])]
    lab = [n for _, n in negs if n["kind"] in LABELLED_KEYS]
    pat = [n for _, n in negs if n["kind"] in PATTERNED]
    tabs = Counter(m["table"] for m in metas if m["type"] == "table")
    kinds_used = len({n["kind"] for _, n in negs}) + len(tabs)
    out.append(
        "hard negatives: %d kinds of %d used, %d uses (%d in documents with values, %d in negative-only)"
        % (
            kinds_used,
            len(NEG_KEYS) + len(TABLE_KEYS),
            len(negs) + sum(tabs.values()),
            sum(1 for t, _ in negs if t == "pos"),
            sum(1 for t, _ in negs if t != "pos") + sum(tabs.values()),
        )
    )
    out.append(
        "  labelled phone-shaped: %d kinds, %d uses, label on the line before %d"
        % (len({n["kind"] for n in lab}), len(lab), sum(n["label_before"] for n in lab))
    )
    out.append("  patterned: %d kinds, %d uses" % (len({n["kind"] for n in pat}), len(pat)))
    out.append("  tables: %d kinds, %d uses: %s" % (len(tabs), sum(tabs.values()), fmt(tabs)))
    out.append(
        "corpus: " + fmt(Counter("%s/%s" % (m["source"], m["lang"]) for m in metas if m["type"] == "corpus"))
    )
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rec = Path(argv[0]) if argv else OUT
    val = Path(argv[1]) if len(argv) > 1 else VALUES_OUT
    items = build(SEED)
    for line in report(items):
        print(line)
    same = rec.read_text(encoding="utf-8") == "".join(dumps(r) + "\n" for r, _, _ in items) and val.read_text(
        encoding="utf-8"
    ) == "".join(dumps(v) + "\n" for _, v, _ in items)
    print("rebuild with seed %d matches %s and %s: %s" % (SEED, rec.name, val.name, "yes" if same else "NO"))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
