"""Rebuilds v16 with the seed, says whether the rebuild matches the files, and counts everything:
documents, locales, languages, values, modes, regions, writing habits, phrasings, placements, rosters,
line shapes, hard negatives and corpus sources.

    nice -n 19 .venv/bin/python -m benchmarks.pii_v16.stats [RECORDS [VALUES]]
"""

import sys
from collections import Counter
from pathlib import Path

from benchmarks.pii_v16.build import SEED, build
from benchmarks.pii_v16.docs import NEG_KINDS
from benchmarks.pii_v16.habits import classify
from benchmarks.pii_v16.make_heldout_set import RECORDS, VALUES, dumps
from benchmarks.pii_v16.neg_tables import TABLES
from benchmarks.pii_v16.phrasings import PHRASINGS
from benchmarks.pii_v16.placements import PLACEMENTS
from benchmarks.pii_v16.rosters import FORMATS


def fmt(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def collect(records, sidecar, info):
    c = {
        name: Counter()
        for name in (
            "group",
            "locale",
            "prose_lang",
            "table_lang",
            "kind",
            "mode",
            "region",
            "habit",
            "announced_shape",
            "announced_lang",
            "phrasing",
            "placement",
            "placement_lang",
            "list_shape",
            "roster_format",
            "roster_size",
            "heading",
            "line_shape",
            "line_kind",
            "neg_kind",
            "neg_cat_uses",
            "neg_where",
            "neg_form",
            "table_sep",
            "corpus",
            "service",
            "own",
        )
    }
    for rec, side, inf in zip(records, sidecar, info, strict=True):
        c["group"][inf["group"]] += 1
        c["locale"][rec["locale"]] += 1
        if inf["group"] in ("pos", "neg"):
            c["prose_lang"][inf["lang"]] += 1
        elif inf["group"] == "table":
            c["table_lang"][inf["lang"]] += 1
        else:
            c["corpus"][rec["id"].rsplit("-", 1)[0]] += 1
        for v, meta in zip(side["values"], inf["metas"], strict=True):
            c["kind"][v["kind"]] += 1
            c["mode"][(v["kind"], v["mode"])] += 1
            if v["kind"] == "PHONE":
                c["region"][v["region"]] += 1
                c["habit"][(v["mode"], classify(v["text"]))] += 1
                if v["mode"] == "local-announced":
                    c["announced_shape"][(meta["shape"], v["region"])] += 1
                if v["mode"] == "list-entry":
                    c["list_shape"][(meta["shape"], v["region"])] += 1
                if v["mode"] == "other":
                    c["service"][(v["region"], meta["service"])] += 1
                if meta.get("own"):
                    c["own"][v["region"]] += 1
        for ev in inf["log"]:
            if ev[0] == "phrasing":
                c["announced_lang"][ev[1]] += 1
                c["phrasing"][(ev[1], ev[2])] += 1
            elif ev[0] == "placement":
                c["placement"][ev[1]] += 1
                c["placement_lang"][(ev[1], ev[2])] += 1
            elif ev[0] == "roster":
                c["roster_format"][ev[1]] += 1
                c["heading"][ev[2]] += 1
                c["roster_size"][ev[3]] += 1
            elif ev[0] == "shape":
                c["line_shape"][ev[1]] += 1
                c["line_kind"][ev[2]] += 1
            elif ev[0] == "neg":
                c["neg_kind"][(ev[1], ev[2])] += 1
                c["neg_cat_uses"][ev[1]] += 1
                c["neg_where"][ev[3]] += 1
                if ev[1] == "table":
                    c["table_sep"][repr(ev[4])] += 1
                else:
                    c["neg_form"][ev[4]] += 1
    return c


def report(c):
    out = [
        f"documents: {sum(c['group'].values())} ({fmt(c['group'])})",
        f"locales: {fmt(c['locale'])}",
        f"prose languages: {fmt(c['prose_lang'])}",
        f"table languages: {fmt(c['table_lang'])}",
        f"values: {sum(c['kind'].values())} ({fmt(c['kind'])})",
        "modes: " + fmt(Counter({f"{k}/{m}": n for (k, m), n in c["mode"].items()})),
        f"phone regions: {fmt(c['region'])}",
        f"own-country numbers (international): {fmt(c['own'])}",
        "service numbers: " + fmt(Counter({f"{r} {s}": n for (r, s), n in c["service"].items()})),
    ]
    for mode in ("local-announced", "list-entry", "national", "international", "other"):
        out.append(f"habits {mode}: " + fmt(Counter({h: n for (m, h), n in c["habit"].items() if m == mode})))
    out.append(
        "local-announced shape: "
        + fmt(Counter({f"{s} {r}": n for (s, r), n in c["announced_shape"].items()}))
    )
    out.append(f"local-announced by phrase language: {fmt(c['announced_lang'])}")
    total = sum(len(v) for v in PHRASINGS.values())
    per = Counter({lang: sum(1 for (la, _) in c["phrasing"] if la == lang) for lang in PHRASINGS})
    out.append(
        f"phrasings used: {len(c['phrasing'])} of {total} ({fmt(per)}); uses per phrasing "
        f"{min(c['phrasing'].values())}-{max(c['phrasing'].values())}"
    )
    langs_per = Counter({k: sum(1 for (p, _) in c["placement_lang"] if p == k) for k in PLACEMENTS})
    out.append(
        f"placements used: {len(c['placement'])} of {len(PLACEMENTS)} ({fmt(c['placement'])}); "
        f"languages per placement {min(langs_per.values())}-{max(langs_per.values())}"
    )
    out.append("list-entry shape: " + fmt(Counter({f"{s} {r}": n for (s, r), n in c["list_shape"].items()})))
    out.append(
        f"rosters: {sum(c['roster_format'].values())} ({fmt(c['roster_format'])}); formats used "
        f"{len(c['roster_format'])} of {len(FORMATS)}; sizes {fmt(c['roster_size'])}; "
        f"headings used {len(c['heading'])}"
    )
    out.append(f"value lines: {sum(c['line_shape'].values())} by shape ({fmt(c['line_shape'])})")
    out.append(f"value lines by kind: {fmt(c['line_kind'])}")
    kinds_total = len(NEG_KINDS) + len(TABLES)
    by_cat = Counter(cat for cat, _ in c["neg_kind"])
    out.append(
        f"hard negative kinds used: {len(c['neg_kind'])} of {kinds_total} ({fmt(by_cat)}); "
        f"uses {sum(c['neg_kind'].values())} ({fmt(c['neg_cat_uses'])}; in documents {fmt(c['neg_where'])})"
    )
    out.append(f"labelled/patterned forms: {fmt(c['neg_form'])}")
    out.append(f"table separators: {fmt(c['table_sep'])}")
    out.append(f"uses per negative kind: {min(c['neg_kind'].values())}-{max(c['neg_kind'].values())}")
    out.append(f"corpus: {fmt(c['corpus'])}")
    return "\n".join(out)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rec_path = Path(argv[0]) if argv else RECORDS
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES
    records, sidecar, info = build(SEED)
    same = rec_path.read_text(encoding="utf-8") == dumps(records) and val_path.read_text(
        encoding="utf-8"
    ) == dumps(sidecar)
    print(report(collect(records, sidecar, info)))
    print(f"rebuild with seed {SEED} matches {rec_path.name} and {val_path.name}: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
