"""Count PHONE detections on the shipped corpora, where (almost) no text holds a phone number.

    nice -n 19 .venv/bin/python benchmarks/pii/false_alarms.py [--show] [--only gsm8k,humaneval]

The corpora under $REASONRL_SHARED/data (SOURCES.md): GSM8K (train and test), MATH-500, AIME24,
AMC23, HumanEval, OpenAI's moderation samples, HateCheck (English and the eight multilingual
suites) and the hh-rlhf harmless dialogues. They are realistic negatives for the phone detector:
maths full of digit chains, code, tables of measurements, chat. Only the hh-rlhf dialogues (and a
spam advert among the moderation samples) quote phone numbers, so every other hit is a false
alarm. One text per row, its text fields joined by a blank line, as the pii filter reads them
field by field. Prints the hits per source (--show: each hit with its context).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import time
from pathlib import Path

from reasonrl.data.eval_sets import shared_data_root
from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.pii import detect_pii


def _jsonl(path: Path, fields: tuple[str, ...]) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return ["\n\n".join(str(r[f]) for f in fields if isinstance(r.get(f), str)) for r in rows]


def _csv(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [row["test_case"] for row in csv.DictReader(fh)]


def sources(root: Path) -> dict[str, list[str]]:
    """name -> texts of each shipped corpus."""
    math, mod = root / "math", root / "moderation"
    out = {
        "gsm8k_train": _jsonl(math / "gsm8k_train.jsonl", ("question", "answer")),
        "gsm8k_test": _jsonl(math / "gsm8k_test.jsonl", ("question", "answer")),
        "math500": _jsonl(math / "math500_test.jsonl", ("problem", "solution")),
        "aime24": _jsonl(math / "aime24_test.jsonl", ("problem", "solution")),
        "amc23": _jsonl(math / "amc23_test.jsonl", ("problem",)),
        "humaneval": _jsonl(root / "code" / "HumanEval.jsonl.gz", ("prompt", "canonical_solution", "test")),
        "moderation_samples": _jsonl(mod / "openai_moderation_samples-1680.jsonl.gz", ("prompt",)),
        "hatecheck_en": _csv(mod / "hatecheck_en_test_suite_cases.csv"),
    }
    for path in sorted((mod / "multilingual_hatecheck").glob("hatecheck_cases_final_*.csv")):
        out["hatecheck_" + path.stem.rsplit("_", 1)[-1]] = _csv(path)
    out["hh_rlhf (quotes phones)"] = _jsonl(mod / "hh-rlhf_harmless-base_test.jsonl.gz", ("chosen",))
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print each hit with 40 characters around it")
    ap.add_argument("--only", default="", help="comma-separated source names (prefixes)")
    ap.add_argument("--regions", default=",".join(DEFAULT_REGIONS), help="compliance policy phone regions")
    args = ap.parse_args(argv)
    regions = tuple(r.strip() for r in args.regions.split(",") if r.strip())
    only = [s for s in args.only.split(",") if s]
    counts, texts_n, t0 = {}, 0, time.perf_counter()
    for name, texts in sources(shared_data_root()).items():
        if only and not any(name.startswith(p) for p in only):
            continue
        hits = 0
        for i, text in enumerate(texts):
            for s in detect_pii(text, kinds=("PHONE",), phone_regions=regions):
                hits += 1
                if args.show:
                    ctx = text[max(0, s.start - 40) : s.end + 40].replace("\n", "\\n")
                    print(f"{name}[{i}]\t{text[s.start : s.end]!r}\t{ctx}")
        counts[name] = hits
        texts_n += len(texts)
    outside = sum(n for k, n in counts.items() if not k.startswith("hh_rlhf"))
    report = {
        "texts": texts_n,
        "phone_hits": counts,
        "outside_hh_rlhf": outside,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(json.dumps(report, indent=1))
    return report


if __name__ == "__main__":
    main()
