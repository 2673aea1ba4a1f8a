"""Decode speed on SmolLM2-135M: the lean decode step against the model-forward loop it replaced
and against transformers' `generate`, in one run (alternating rounds, medians, same clock).

Rows: `forward-loop` (HFEngine(lean=False): the decode loop as it was, one transformers forward
per token over a growing DynamicCache), `lean` (HFEngine default: generation.lean), and
`hf-generate` (model.generate, greedy, its default cache). Each generates `--prompts` x
`--max-new-tokens` greedily from the same arithmetic prompts; tokens/s counts generated tokens up to
each row's end token. Greedy outputs are compared row for row with `forward-loop`. The fp32 GEMM
time of one full-batch decode step is measured in the same run, every linear of the model on a
[rows, in] input with its weights streamed from memory: `gemm_step_s` with the weights prepacked for
oneDNN as the lean step holds them (its floor per step in fp32; rows that finish early leave the
batch, so late steps cost less), `gemm_step_plain_s` through F.linear, which repacks each weight
every call (what the forward loop pays).

    python benchmarks/decode_speed.py --out benchmarks/results/decode_speed.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def _rows(model, tok, prompts, max_new_tokens):
    import torch

    from reasonrl.generation.base import SamplingParams
    from reasonrl.generation.hf import HFEngine

    params = SamplingParams(n=1, temperature=0.0, max_new_tokens=max_new_tokens)

    def engine(lean):
        return lambda: [r.completion_ids for r in HFEngine(model, tok, lean=lean).generate(prompts, params)]

    def generate():
        from reasonrl.generation.base import prompt_text
        from reasonrl.generation.stops import end_token_ids

        enc = tok(
            [prompt_text(tok, p) for p in prompts],
            return_tensors="pt",
            padding=True,
            add_special_tokens=False,
        )
        ends = set(end_token_ids(tok, model.generation_config))
        with torch.no_grad():
            out = model.generate(
                **enc,
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=tok.pad_token_id,
            )
        rows = []
        for ids in out[:, enc.input_ids.shape[1] :].tolist():
            end = next((i for i, x in enumerate(ids) if x in ends), None)
            rows.append(ids if end is None else ids[: end + 1])
        return rows

    return {"forward-loop": engine(False), "lean": engine(True), "hf-generate": generate}


def gemm_step(model, rows: int, repeats: int = 5, packed: bool = True) -> float:
    """Seconds one decode step of `rows` rows spends in GEMMs alone at this machine's rate: every
    linear of the model (the tied head included) on a [rows, in] input, in turn (weights streamed
    from memory, as in decode), prepacked as generation.lean holds them or (packed=False) through
    F.linear; the median over repeats."""
    import torch

    from reasonrl.generation.lean import Linear

    mats = [m.weight.detach() for m in model.modules() if isinstance(m, torch.nn.Linear)]
    x = {w.shape[1]: torch.randn(rows, w.shape[1]) for w in mats}
    calls = [
        Linear(w, None, rows) if packed else (lambda v, w=w: torch.nn.functional.linear(v, w)) for w in mats
    ]
    times = []
    with torch.no_grad():
        for _ in range(repeats):
            t = time.perf_counter()
            for w, call in zip(mats, calls, strict=True):
                call(x[w.shape[1]])
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="embedded:smollm2-135m-instruct")
    p.add_argument("--prompts", type=int, default=32)
    p.add_argument("--max-new-tokens", type=int, default=64)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--out", default="benchmarks/results/decode_speed.json")
    args = p.parse_args(argv)
    import torch

    from reasonrl.modeling.loading import load_causal_lm
    from reasonrl.tasks.arithmetic import generate

    model, tok = load_causal_lm(args.model)
    model.eval()
    prompts = [r["question"] for r in generate(args.prompts, seed=7)]
    rows = _rows(model, tok, prompts, args.max_new_tokens)
    seconds = {name: [] for name in rows}
    outputs = {}
    for name, fn in rows.items():  # warm-up: caches, packing, static-cache allocation
        outputs[name] = fn()
    for _ in range(args.rounds):
        for name, fn in rows.items():
            t = time.perf_counter()
            outputs[name] = fn()
            seconds[name].append(time.perf_counter() - t)
    ref = outputs["forward-loop"]
    report = {
        "model": args.model,
        "prompts": args.prompts,
        "max_new_tokens": args.max_new_tokens,
        "threads": torch.get_num_threads(),
        "gemm_step_s": gemm_step(model, args.prompts),
        "gemm_step_plain_s": gemm_step(model, args.prompts, packed=False),
    }
    for name in rows:
        tokens = sum(len(r) for r in outputs[name])
        median = statistics.median(seconds[name])
        report[name] = {
            "seconds": seconds[name],
            "median_s": median,
            "tokens": tokens,
            "tokens_per_s": tokens / median,
            "rows_identical_to_forward_loop": sum(a == b for a, b in zip(outputs[name], ref, strict=True)),
        }
    for name in rows:
        report[name]["vs_forward_loop"] = (
            report[name]["tokens_per_s"] / report["forward-loop"]["tokens_per_s"]
        )
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    lines = [
        f"# Decode speed: {args.model}, {args.prompts} x {args.max_new_tokens} greedy, "
        f"{report['threads']} threads",
        "",
        "| row | median s | tokens/s | vs forward-loop | rows identical |",
        "|---|---|---|---|---|",
    ]
    for name in rows:
        x = report[name]
        lines.append(
            f"| {name} | {x['median_s']:.2f} | {x['tokens_per_s']:.0f} | {x['vs_forward_loop']:.2f}x | "
            f"{x['rows_identical_to_forward_loop']}/{args.prompts} |"
        )
    lines += [
        "",
        f"GEMMs alone, one decode step of {args.prompts} rows, weights prepacked as the lean step holds "
        f"them: {report['gemm_step_s'] * 1e3:.0f} ms (x {args.max_new_tokens} steps = "
        f"{report['gemm_step_s'] * args.max_new_tokens:.2f} s with no row leaving); through F.linear, "
        f"which repacks every call: {report['gemm_step_plain_s'] * 1e3:.0f} ms",
        "",
    ]
    Path(args.out).with_suffix(".md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
