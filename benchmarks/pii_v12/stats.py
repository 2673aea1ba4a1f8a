"""Count the written set (and, by rebuilding it with the seed, the phrasings and hard negatives used)."""

import re
import sys
from collections import Counter

from . import neg_labelled, neg_tables
from .builder import PATTERNED
from .checks import load
from .corpus import SOURCES
from .phrasings import LANG_NAMES, PHRASINGS
from .plan import build


def fmt(counter):
    return ", ".join("%s %s" % (k, f"{v:,}") for k, v in counter.most_common())


def _sub_or_full(v):
    return "full" if len(re.sub(r"\D", "", v["text"])) >= len(v["e164"]) - 1 - len(str(_cc(v))) else "sub"


def _cc(v):
    import phonenumbers

    return phonenumbers.parse(v["e164"], None).country_code


def value_stats(recs, side):
    vals = [(r, v) for r, s in zip(recs, side, strict=True) for v in s["values"]]
    kinds = Counter(v["kind"] for _, v in vals)
    print("%s values: %s" % (f"{len(vals):,}", fmt(kinds)))
    for kind in kinds:
        print("  %s modes: %s" % (kind, fmt(Counter(v["mode"] for _, v in vals if v["kind"] == kind))))
    phones = [v for _, v in vals if v["kind"] == "PHONE"]
    print("  PHONE regions: %s" % fmt(Counter(v["region"] for v in phones)))
    for mode in ("local-announced", "list-entry"):
        c = Counter("%s %s" % (_sub_or_full(v), v["region"]) for v in phones if v["mode"] == mode)
        print("  %s: %s" % (mode, fmt(c)))


def ledger_stats(ledgers):
    used = Counter(k for lg in ledgers for k in lg["phrasings"])
    print("phrasings: %d of %d used, %s uses" % (len(used), len(PHRASINGS), f"{sum(used.values()):,}"))
    print("  by language (phrasings): %s" % fmt(Counter(LANG_NAMES[PHRASINGS[k][0]] for k in PHRASINGS)))
    print(
        "  uses by language: %s"
        % fmt(
            Counter({LANG_NAMES[PHRASINGS[k][0]]: 0 for k in PHRASINGS})
            + Counter(LANG_NAMES[PHRASINGS[k][0]] for k in used.elements())
        )
    )
    print("  uses by placement: %s" % fmt(Counter(PHRASINGS[k][1] for k in used.elements())))
    print("  rosters by form: %s" % fmt(Counter(lg["roster"] for lg in ledgers if "roster" in lg)))
    negs = Counter(k for lg in ledgers for k in lg["negatives"])
    total = len(neg_labelled.LABELLED) + len(PATTERNED) + len(neg_tables.TITLES)
    in_pos = sum(len(lg["negatives"]) for lg in ledgers if lg["sort"] == "pos")
    print(
        "hard negatives: %d of %d kinds used, %s uses (%s in documents with values, %s in negative-only)"
        % (len(negs), total, f"{sum(negs.values()):,}", f"{in_pos:,}", f"{sum(negs.values()) - in_pos:,}")
    )
    for name, keys in (
        ("labelled", neg_labelled.LABELLED),
        ("patterned", PATTERNED),
        ("tables", neg_tables.TITLES),
    ):
        print("  %s: %d kinds, %s uses" % (name, len(keys), f"{sum(negs[k] for k in keys):,}"))


def main(argv=None):
    from .make_heldout_set import RECORDS, VALUES

    argv = sys.argv[1:] if argv is None else argv
    recs = load(argv[0] if argv else RECORDS)
    side = load(argv[1] if len(argv) > 1 else VALUES)
    rebuilt, rside, ledgers = build()
    same = rebuilt == recs and rside == side
    print("rebuild with the seed matches the files: %s" % same)
    sorts = Counter(lg["sort"] for lg in ledgers)
    genres = Counter(lg["sort"] for lg in ledgers)
    print("%s documents: %s" % (f"{len(recs):,}", fmt(sorts)))
    neg_table = sum(1 for lg in ledgers if lg["sort"] == "neg" and lg["genre"] in neg_tables.TITLES)
    print(
        "  negative-only: %d prose, %d tables; genres with values %d"
        % (sorts["neg"] - neg_table, neg_table, len({lg["genre"] for lg in ledgers if lg["sort"] == "pos"}))
    )
    del genres
    print("  locales: %s" % fmt(Counter(r["locale"] for r in recs)))
    print("  document language: %s" % fmt(Counter(lg["lang"] for lg in ledgers if lg["sort"] != "corpus")))
    print("  corpus: %s" % fmt(Counter(lg["genre"] for lg in ledgers if lg["sort"] == "corpus")))
    assert {s[0] for s in SOURCES} >= {lg["genre"] for lg in ledgers if lg["sort"] == "corpus"}
    value_stats(recs, side)
    ledger_stats(ledgers)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
