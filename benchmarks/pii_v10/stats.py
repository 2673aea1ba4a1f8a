"""Count the written files (the numbers in make_heldout_set's docstring come from here).

    python -m benchmarks.pii_v10.stats [RECORDS [VALUES]]   (default: the v10 files)

Values, modes, regions and locales are counted from the files alone. The phrasing behind each announced
local number is found by matching every template of phrases.py around the span. Hard-negative kinds are not
marked in the files, so they are counted by building the set again in memory (which must equal the files).
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from .checks import is_subscriber_only, load
from .genres_de_fr import GENRES_DE_FR
from .genres_en import GENRES_EN
from .genres_south_nl import GENRES_SOUTH_NL
from .neg_genres import NEG_GENRES
from .negatives import ALL_KINDS, family
from .phrases import LANG_NAMES, PHRASES


def fmt(c: Counter) -> str:
    return ", ".join("%s %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def phrase_of(text: str, start: int, end: int) -> tuple[str, str, str] | None:
    for lang, place, tpl in PHRASES:
        a, b = tpl.split("{p}")
        pa = re.escape(a).replace(re.escape("{n}"), r"[^\n]+?")
        pb = re.escape(b).replace(re.escape("{n}"), r"[^\n]+?")
        if re.search("(?:^|\n)" + pa + r"\Z", text[:start]) and re.match(pb + r"(?:\n|\Z)", text[end:]):
            return lang, place, tpl
    return None


def main() -> None:
    recs = load(sys.argv[1] if len(sys.argv) > 1 else "tests/data/pii_heldout_v10.jsonl")
    side = load(sys.argv[2] if len(sys.argv) > 2 else "tests/data/pii_heldout_v10_values.jsonl")
    neg_genre_slugs = {g[0] for g in NEG_GENRES}
    docs = Counter()
    for r, s in zip(recs, side, strict=True):
        if r["locale"] == "en":
            docs["corpus"] += 1
        elif s["values"]:
            docs["with values"] += 1
        elif r["id"].split("-", 2)[2].rsplit("-", 1)[0] in neg_genre_slugs:
            docs["negative-only genres"] += 1
        else:
            docs["negative-only in value genres"] += 1
    print("documents", len(recs), fmt(docs))
    print("locales:", fmt(Counter(r["locale"] for r in recs)))
    vals = [(r, v) for r, s in zip(recs, side, strict=True) for v in s["values"]]
    print("values", len(vals), fmt(Counter(v["kind"] for _, v in vals)))
    for kind in ["PHONE", "EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"]:
        print(" ", kind, "modes:", fmt(Counter(v["mode"] for _, v in vals if v["kind"] == kind)))
    phones = [(r, v) for r, v in vals if v["kind"] == "PHONE"]
    print("  PHONE regions:", fmt(Counter(v["region"] for _, v in phones)))
    for mode in ("local-announced", "list-entry"):
        sub = Counter(v["region"] for _, v in phones if v["mode"] == mode and is_subscriber_only(v))
        full = Counter(v["region"] for _, v in phones if v["mode"] == mode and not is_subscriber_only(v))
        print("  %s: subscriber-only %s; full national %s" % (mode, fmt(sub), fmt(full)))
    used, langs, places, missing = Counter(), Counter(), Counter(), 0
    for r in recs:
        for sp, v in zip(r["spans"], [x for x in side[recs.index(r)]["values"]], strict=True):
            if v.get("mode") != "local-announced":
                continue
            hit = phrase_of(r["text"], sp["start"], sp["end"])
            if hit is None:
                missing += 1
                continue
            used[hit] += 1
            langs[LANG_NAMES[hit[0]]] += 1
            places[hit[1]] += 1
    print("announced by phrase language:", fmt(langs))
    print("announced by placement:", fmt(places), "| unmatched", missing)
    per_lang = Counter(LANG_NAMES[p[0]] for p in PHRASES)
    print("phrasings: %d defined, %d used (%s)" % (len(PHRASES), len(used), fmt(per_lang)))
    genres = GENRES_EN + GENRES_DE_FR + GENRES_SOUTH_NL
    print("genres: %d with values, %d negative-only" % (len(genres), len(NEG_GENRES)))
    print("genre locales:", fmt(Counter(g[0] for g in genres)))

    from .make_heldout_set import build

    records, values, negs = build()
    same = records == recs and values == side
    print("rebuilt in memory equals the files:", same)
    kinds = Counter(k for n in negs for k in n)
    inside = sum(len(n) for n, s in zip(negs, values, strict=True) if s["values"])
    print(
        "hard-negative kinds: %d defined, %d used, %d uses (%d in documents with values, %d in negative-only)"
        % (len(ALL_KINDS), len(kinds), sum(kinds.values()), inside, sum(kinds.values()) - inside)
    )
    fam = Counter()
    for k, c in kinds.items():
        fam[family(k)] += c
    print("  by family (uses):", fmt(fam), "| kinds:", fmt(Counter(family(k) for k, _ in ALL_KINDS)))
    if not same or missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
