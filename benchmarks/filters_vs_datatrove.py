"""Filter throughput and peak memory: reasonrl's compliance filters vs datatrove, in one run.

    python benchmarks/filters_vs_datatrove.py [--records 100000] [--repeats 3]

Input: N mixed records built deterministically from the real files in ../shared/data (GSM8K
train questions, hh-rlhf dialogues, OpenAI moderation samples, multilingual HateCheck cases),
with PII injected into 5% and near-duplicates into 3% (sampling with replacement adds exact
duplicates). Each contender runs in its own subprocess (peak RSS = its ru_maxrss):

Every contender's time covers reading the input, filtering and writing its output.

  reasonrl-full    the whole compliance policy: quality, licence, region, consent, language (lingua), PII
                   (8 kinds, validators), decontamination (13/8-grams vs 5 eval sets), exact+MinHash dedup
  reasonrl-subset  PII + exact/MinHash dedup, the subset datatrove can also run here
  datatrove        PIIFormatter + the 4-stage MinHash dedup (signatures, buckets, cluster, filter),
                   LocalPipelineExecutor with 1 task. Its LanguageFilter needs a fastText model
                   downloaded from the internet, so it cannot run on this offline machine.

Prints records/s and peak RSS per contender (median over repeats) and the ratios; needs
`pip install datatrove "xxhash<4" orjson spacy` (not a runtime dependency).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(os.environ.get("REASONRL_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data"
PII = ["write to {}.{}@example.com", "call +44 20 7946 {:04d}", "server 10.0.{}.{}", "ssn 123-45-{:04d}"]


def _texts() -> list[str]:
    out = [json.loads(line)["question"] for line in (SHARED / "math/gsm8k_train.jsonl").open()]
    with gzip.open(SHARED / "moderation/hh-rlhf_harmless-base_test.jsonl.gz", "rt") as fh:
        out += [json.loads(line)["chosen"] for line in fh]
    with gzip.open(SHARED / "moderation/openai_moderation_samples-1680.jsonl.gz", "rt") as fh:
        out += [json.loads(line)["prompt"] for line in fh]
    for path in sorted((SHARED / "moderation/multilingual_hatecheck").glob("*.csv")):
        with path.open(newline="") as fh:
            out += [row["test_case"] for row in csv.DictReader(fh) if row.get("test_case")]
    return out


def build_records(n: int, seed: int = 0) -> list[dict]:
    rng, texts = random.Random(seed), _texts()
    records = []
    for i in range(n):
        text = rng.choice(texts)
        roll = rng.random()
        if roll < 0.05:
            text = text + " " + rng.choice(PII).format(rng.randint(0, 255), rng.randint(0, 9999))
        elif roll < 0.08:
            text = text + " " + rng.choice(["Thanks.", "Please answer.", "Quickly!"])
        records.append(
            {
                "id": f"r{i}",
                "kind": "prompt",
                "source": "bench",
                "task": "qa",
                "licence": "MIT",
                "question": text,
                "answer": "",
            }
        )
    return records


def run_reasonrl(path: str, subset: bool) -> dict:
    from reasonrl.config.compliance import ComplianceConfig
    from reasonrl.data.pipeline import run_filters
    from reasonrl.io import read_jsonl
    from reasonrl.io.files import JsonlWriter

    filters = ["pii", "dedup"] if subset else None
    compliance = ComplianceConfig(**({"filters": filters} if filters else {}))
    out = Path(tempfile.mkdtemp(prefix="rr-"))
    t0 = (
        time.perf_counter()
    )  # like datatrove's run: stream the file, filter, write what is kept (and quarantine)
    with JsonlWriter(out / "records.jsonl") as kept, JsonlWriter(out / "quarantine.jsonl") as dropped:
        report = run_filters(read_jsonl(path), compliance, keep=kept.write, quarantine=dropped.write)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "kept": report.n_kept, "dropped": dict(report.dropped_by_rule)}


def run_datatrove(path: str) -> dict:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.formatters import PIIFormatter
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    work = Path(tempfile.mkdtemp(prefix="dt-"))
    cfg = MinhashConfig()

    def reader():
        return JsonlReader(
            str(Path(path).parent), glob_pattern=Path(path).name, text_key="question", id_key="id"
        )

    stages = [
        [reader(), MinhashDedupSignature(output_folder=str(work / "sigs"), config=cfg)],
        [
            MinhashDedupBuckets(
                input_folder=str(work / "sigs"), output_folder=str(work / "buckets"), config=cfg
            )
        ],
        [
            MinhashDedupCluster(
                input_folder=str(work / "buckets"), output_folder=str(work / "ids"), config=cfg
            )
        ],
        [
            reader(),
            MinhashDedupFilter(input_folder=str(work / "ids")),
            PIIFormatter(),
            JsonlWriter(str(work / "out")),
        ],
    ]
    t0 = time.perf_counter()
    tasks = [1, cfg.num_buckets, 1, 1]  # the bucket stage needs one task per bucket (run one at a time)
    for i, pipeline in enumerate(stages):
        LocalPipelineExecutor(
            pipeline=pipeline,
            tasks=tasks[i],
            workers=1,
            logging_dir=str(work / f"logs{i}"),
            skip_completed=False,
        ).run()
    seconds = time.perf_counter() - t0
    kept = sum(1 for f in (work / "out").glob("*.jsonl*") for _ in gzip.open(f, "rt"))
    return {"seconds": seconds, "kept": kept}


def child(which: str, path: str) -> None:
    result = (
        run_datatrove(path) if which == "datatrove" else run_reasonrl(path, subset=which == "reasonrl-subset")
    )
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(result))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    data = Path(tempfile.mkdtemp(prefix="bench-")) / "records.jsonl"
    records = build_records(args.records)
    data.write_text("".join(json.dumps(r) + "\n" for r in records))
    contenders = ["reasonrl-full", "reasonrl-subset", "datatrove"]
    results: dict[str, list[dict]] = {c: [] for c in contenders}
    for rep in range(args.repeats):
        for c in contenders:  # interleaved, so drift on the machine hits everyone alike
            out = subprocess.run(
                [sys.executable, __file__, "--child", c, str(data)], capture_output=True, text=True
            )
            line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
            if line is None:
                sys.exit(f"{c} failed:\n{out.stderr[-3000:]}")
            results[c].append(json.loads(line[len("RESULT ") :]))
            print(f"repeat {rep + 1} {c}: {results[c][-1]}", flush=True)
    med = {
        c: {
            "records_per_s": statistics.median(args.records / r["seconds"] for r in rs),
            "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in rs),
            "kept": rs[-1]["kept"],
        }
        for c, rs in results.items()
    }
    print(f"\n{args.records} records, median of {args.repeats} runs")
    print(f"{'contender':18} {'records/s':>10} {'peak RSS MB':>12} {'kept':>8}")
    for c, m in med.items():
        print(f"{c:18} {m['records_per_s']:10.0f} {m['peak_rss_mb']:12.0f} {m['kept']:8d}")
    dt = med["datatrove"]["records_per_s"]
    print(
        f"\nthroughput ratio vs datatrove: full {med['reasonrl-full']['records_per_s'] / dt:.2f}x, "
        f"subset {med['reasonrl-subset']['records_per_s'] / dt:.2f}x"
    )


if __name__ == "__main__":
    main()
