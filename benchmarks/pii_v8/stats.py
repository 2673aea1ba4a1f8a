"""Counts of a written held-out set: python -m benchmarks.pii_v8.stats RECORDS SIDECAR [KINDS_FILE]."""

import json
import sys
from collections import Counter

import phonenumbers


def summary(records: list[dict], sidecar: list[dict]) -> dict:
    kinds, modes, regions, local = Counter(), Counter(), Counter(), Counter()
    for side in sidecar:
        for v in side["values"]:
            kinds[v["kind"]] += 1
            modes[(v["kind"], v["mode"])] += 1
            if v["kind"] == "PHONE":
                regions[v["region"]] += 1
                if v["mode"] in ("local-announced", "list-entry"):
                    nsn = str(phonenumbers.parse(v["e164"]).national_number)
                    digits = "".join(c for c in v["text"] if c.isdigit())
                    sub = v["area_len"] > 0 and digits == nsn[v["area_len"] :]
                    local[(v["mode"], v["region"], "sub" if sub else "full")] += 1
    docs = Counter(
        "pos" if "-pos-" in r["id"] else "neg" if "-neg-" in r["id"] else "corpus" for r in records
    )
    return {
        "docs": dict(docs),
        "kinds": dict(kinds),
        "modes": {f"{k}/{m}": n for (k, m), n in sorted(modes.items())},
        "regions": dict(regions.most_common()),
        "local": {"/".join(k): n for k, n in sorted(local.items())},
        "locales": dict(Counter(r["locale"] for r in records).most_common()),
    }


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(argv[1], encoding="utf-8") as fh:
        sidecar = [json.loads(line) for line in fh]
    print(json.dumps(summary(records, sidecar), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
