"""Counts for the docstring and the report: values per kind and phone mode, documents, genres."""

from collections import Counter


def summary(records, sides, items):
    kinds, modes, regions = Counter(), Counter(), Counter()
    for side in sides:
        for v in side["values"]:
            kinds[v["kind"]] += 1
            if v["kind"] == "PHONE":
                modes[v["mode"]] += 1
                regions[v["region"]] += 1
            elif v["kind"] == "IP_ADDRESS":
                kinds["IP_ADDRESS/" + v["mode"]] += 1
    neg_kinds = Counter()
    for it in items:
        neg_kinds.update(it["neg_used"])
    return {
        "documents": len(records),
        "positive documents": sum(1 for r in records if r["spans"]),
        "negative-only synthetic": sum(1 for it in items if it["pol"] == "neg"),
        "corpus negatives": sum(1 for r in records if r["locale"] == "en"),
        "values": sum(len(s["values"]) for s in sides),
        "kinds": dict(kinds),
        "phone modes": dict(modes),
        "phone regions": dict(regions),
        "locales": dict(Counter(r["locale"] for r in records)),
        "negative kinds used": len(neg_kinds),
        "positive genres": sorted({it["genre"] for it in items if it["pol"] == "pos"}),
        "negative genres": sorted({it["genre"] for it in items if it["pol"] == "neg"}),
    }
