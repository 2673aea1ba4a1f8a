"""Latency and throughput of `reasonrl serve` under a bounded load, batching on against batching off.

One server process (this one), SmolLM2-135M-Instruct on the CPU, uvicorn on loopback; C concurrent
`openai` clients each send R requests (moderations of HateCheck messages, or short chat
completions); per request the wall-clock latency; per run p50/p95/max, requests per second and
errors. Both settings (max_batch 16 and max_batch 1) run in the same process, one after the other,
on the same requests: ratios, not absolute promises.

    python benchmarks/serve_latency.py --clients 4 --requests 4
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTENT_POLICY = "pipelines/policies/moderation/hate-speech-v1.yaml"


def _messages(n: int, shared: Path) -> list[str]:
    with open(
        shared / "data/moderation/hatecheck_en_test_suite_cases.csv", newline="", encoding="utf-8"
    ) as fh:
        rows = [r["test_case"].strip() for r in csv.DictReader(fh)]
    return rows[:: max(1, len(rows) // n)][:n]


def load(run, route: str, inputs: list[str], clients: int) -> dict:
    """Each input once, `clients` at a time; latencies in seconds."""
    c = run.client()

    def one(text):
        t0 = time.perf_counter()
        try:
            if route == "moderations":
                c.moderations.create(input=text)
            else:
                c.chat.completions.create(
                    model="m", messages=[{"role": "user", "content": text}], max_tokens=32, temperature=0
                )
            return time.perf_counter() - t0, None
        except Exception as exc:  # noqa: BLE001 - counted
            return time.perf_counter() - t0, repr(exc)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        got = list(pool.map(one, inputs))
    wall = time.perf_counter() - t0
    lat = sorted(t for t, e in got if e is None)
    return {
        "route": route,
        "requests": len(inputs),
        "clients": clients,
        "errors": sum(e is not None for _, e in got),
        "p50_s": statistics.median(lat) if lat else None,
        "p95_s": lat[int(0.95 * (len(lat) - 1))] if lat else None,
        "max_s": lat[-1] if lat else None,
        "requests_per_s": len(inputs) / wall,
        "wall_s": wall,
    }


def main(argv=None) -> int:
    import os

    from reasonrl.serve.model import ModelServer
    from reasonrl.serve.run import BackgroundServer as Running

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--requests", type=int, default=4, help="requests per client")
    p.add_argument("--model", default="embedded:smollm2-135m-instruct")
    p.add_argument("--out", default=str(ROOT / "benchmarks/results/serve_latency"))
    args = p.parse_args(argv)
    shared = Path(os.environ.get("REASONRL_SHARED", ROOT.parent / "shared"))
    inputs = _messages(args.clients * args.requests, shared)
    rows = []
    for max_batch in (16, 1):
        run = Running(
            ModelServer(
                args.model,
                task="moderation",
                content_policy=CONTENT_POLICY,
                max_batch=max_batch,
                max_wait_s=0.02,
            )
        )
        try:
            load(run, "moderations", inputs[:2], 1)  # warm-up
            for route in ("moderations", "chat"):
                row = {
                    "max_batch": max_batch,
                    **load(run, route, inputs, args.clients),
                    "batches": run.server.batches,
                }
                rows.append(row)
                print(json.dumps(row), file=sys.stderr, flush=True)
        finally:
            run.stop()
    result = {
        "model": args.model,
        "machine": "2 CPU cores",
        "threads": threading.active_count(),
        "rows": rows,
    }
    Path(args.out + ".json").write_text(json.dumps(result, indent=1))
    lines = [
        "# reasonrl serve: latency under a bounded load",
        "",
        (
            f"{args.model} on 2 CPU cores; {args.clients} concurrent clients x {args.requests} requests; "
            "loopback."
        ),
        "",
        "| route | max_batch | requests | errors | p50 s | p95 s | max s | requests/s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['route']} | {r['max_batch']} | {r['requests']} | {r['errors']} | {r['p50_s']:.2f} | "
        f"{r['p95_s']:.2f} | {r['max_s']:.2f} | {r['requests_per_s']:.2f} |"
        for r in rows
    ]
    Path(args.out + ".md").write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
