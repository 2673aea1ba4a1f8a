"""Counts of the v23 held-out set, and whether rebuilding with the seed reproduces the files byte for byte.

nice -n 19 .venv/bin/python -m benchmarks.pii_v23.stats [RECORDS [VALUES]]"""

import json
import sys
from collections import Counter

from .make_heldout_set import RECORDS, VALUES, build_all, dumps


def fmt(c):
    return ", ".join(f"{k} {n}" for k, n in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def main(argv):
    rp = argv[0] if argv else RECORDS
    vp = argv[1] if len(argv) > 1 else VALUES
    rec_text = open(rp, encoding="utf-8").read()
    val_text = open(vp, encoding="utf-8").read()
    out, meta = build_all()
    recs2, vals2 = dumps(out)
    print(f"rebuild matches the files: {recs2 == rec_text and vals2 == val_text}")
    recs = [json.loads(x) for x in rec_text.splitlines()]
    vals = [json.loads(x)["values"] for x in val_text.splitlines()]
    docs = Counter("pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in recs)
    print(f"documents: {len(recs)} {dict(docs)}")
    flat = [v for vl in vals for v in vl]
    print(f"values: {len(flat)}; by kind: {fmt(Counter(v['kind'] for v in flat))}")
    print(f"modes: {fmt(Counter(v['kind'] + '/' + v['mode'] for v in flat))}")
    print(f"phone regions: {fmt(Counter(v['region'] for v in flat if v['kind'] == 'PHONE'))}")
    local = Counter(v["region"] for v in flat if v["mode"] == "local-announced")
    print(f"local-announced by region: {fmt(local)}")
    print(f"locales: {fmt(Counter(r['locale'] for r in recs))}")
    print(f"document languages (generated): {fmt(meta['lang'])}")
    print(f"genres: {fmt(meta['genre'])}")
    print(f"PDF-to-text documents: {meta['pdf'].get('True', 0)}")
    print(f"roster_format: {fmt(meta['roster_format'])}")
    print(f"shape: {fmt(meta['shape'])}")
    print(f"table_style: {fmt(meta['table_style'])}")
    place = Counter(k.split(":")[0] for k in meta["placement"].elements())
    print(f"placements: {fmt(place)}")
    print(f"placement x language pairs: {len(meta['placement'])}")
    ph = meta["phrasing"]
    n_phone = sum(1 for k in ph if k.split(":")[1] in ("ph", "ph_svc", "ph_fax"))
    print(f"phrasings used: {len(ph)} (announcing phone numbers: {n_phone})")
    boxed = meta["neg_layout"].get("boxed", 0)
    print(f"hard-negative kinds used: {len(meta['neg_kind'])}; boxed-digit negatives: {boxed}")
    print(f"number styles used: {len(meta['number_style'])}")
    print(f"corpus sources: {fmt(meta['corpus_source'])}")
    print(f"characters: {sum(len(r['text']) for r in recs)}")


if __name__ == "__main__":
    main(sys.argv[1:])
