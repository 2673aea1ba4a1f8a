"""Counts of the v25 held-out set; rebuilds it with the seed and compares with the files.

python -m benchmarks.pii_v25.stats [RECORDS [VALUES]]
"""

import sys
import textwrap
from collections import Counter
from pathlib import Path

from .checks import load
from .make_heldout_set import RECORDS, SEED, VALUES, build, dumps


def _fmt(counter: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def _line(title: str, body: str):
    print("\n".join(textwrap.wrap(f"{title}: {body}", 104, subsequent_indent="    ")))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rec_path = Path(argv[0]) if argv else RECORDS
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES
    records, values = load(rec_path), load(val_path)
    rb_records, rb_values, metas = build(SEED)
    same = dumps(rb_records) == rec_path.read_text(encoding="utf-8") and dumps(
        rb_values
    ) == val_path.read_text(encoding="utf-8")
    print(f"rebuild matches the files: {same}")
    meta = {m["id"]: m for m in metas}
    sides = Counter(meta[r["id"]]["side"] for r in records)
    print(f"documents: {len(records)} {dict(sides)}")
    pairs = list(zip(records, values, strict=True))
    empty = sum(1 for r, v in pairs if meta[r["id"]]["side"] == "pos" and not v["values"])
    print(f"positive documents without a value: {empty}")
    vals = [v for line in values for v in line["values"]]
    _line(f"values: {len(vals)}; by kind", _fmt(Counter(v["kind"] for v in vals)))
    _line("modes", _fmt(Counter(f"{v['kind']}/{v['mode']}" for v in vals)))
    phones_ = [v for v in vals if v["kind"] == "PHONE"]
    _line("phone regions", _fmt(Counter(v["region"] for v in phones_)))
    _line(
        "local-announced by region",
        _fmt(Counter(v["region"] for v in phones_ if v["mode"] == "local-announced")),
    )
    _line(
        "local-announced by document language",
        _fmt(
            Counter(
                meta[r["id"]]["lang"]
                for r, line in pairs
                for v in line["values"]
                if v.get("mode") == "local-announced"
            )
        ),
    )
    where = Counter(w.split(":")[1] for m in metas for w in m.get("phone_where", ()) if w.startswith("local"))
    _line("local-announced by placement", _fmt(where))
    _line("locales", _fmt(Counter(r["locale"] for r in records)))
    gen = [m for m in metas if m["side"] != "corpus"]
    _line("document languages (generated)", _fmt(Counter(m["lang"] for m in gen)))
    _line("genres", _fmt(Counter(m["genre"] for m in gen)))
    _line("roster_format", _fmt(Counter(m["roster_format"] for m in gen if m["roster_format"])))
    _line(
        "negative list formats", _fmt(Counter(m["neg_list_format"] for m in gen if m.get("neg_list_format")))
    )
    _line("shape", _fmt(Counter(s for m in gen for s in m["shapes"])))
    _line("placements", _fmt(Counter(p for m in gen for p in m["placements"])))
    print(f"placement x language pairs: {len({(p, m['lang']) for m in gen for p in m['placements']})}")
    phr = {p for m in gen for p in m["phrasings"]} | {p for m in gen for p in m["phone_phrasings"]}
    phone_phr = {p for m in gen for p in m["phone_phrasings"]}
    print(f"phrasings used: {len(phr)} (announcing phone numbers: {len(phone_phr)})")
    negs = [k for m in gen for k in m["negs"]]
    print(f"hard-negative kinds used: {len(set(negs))}; hard-negative values: {len(negs)}")
    styles = [s.split(":") for m in gen for s in m["styles"]]
    print(
        f"number styles used: {len({s[2] for s in styles})} "
        f"(mode, region and style combinations: {len({tuple(s) for s in styles})})"
    )
    _line("corpus sources", _fmt(Counter(m["source"] for m in metas if m["side"] == "corpus")))
    print(f"characters: {sum(len(r['text']) for r in records)}")
    print(f"redrawn for a guard: {sum(1 for m in gen if m['attempts'] > 1)} documents")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
