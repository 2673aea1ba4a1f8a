"""Evaluation throughput on GSM8K, reasonrl vs TRL's generation path, in one run.

lighteval and lm-evaluation-harness fetch GSM8K from the Hub at run time, which this offline
machine cannot do, so the peer is what TRL's GRPOTrainer does without vLLM and what open-r1's
accuracy reward does: batched `model.generate` (num_return_sequences=k) and math-verify called
serially per completion. Same model (embedded:tiny-bench), same prompts (GSM8K test, R1 template),
same k, temperature and token budget; grading is compared on the *same* completions.
Reports generation tokens/s and answers graded/s, medians over interleaved rounds, and ratios.

    python benchmarks/eval_throughput.py --prompts 128 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def reasonrl_generate(model, tok, records, k: int, max_new_tokens: int, batch: int):
    from reasonrl.config.models import EvalConfig
    from reasonrl.eval.runner import evaluate_model

    cfg = EvalConfig(
        samples=k, batch_size=batch, sampling={"temperature": 1.0, "max_new_tokens": max_new_tokens}
    )
    metrics, samples = evaluate_model(model, tok, records, cfg, "gsm8k", seed=0, progress=False)
    return metrics, samples


def peer_generate(model, tok, prompts: list[str], k: int, max_new_tokens: int, batch: int):
    """TRL's path without vLLM: left-padded batches through model.generate."""
    import torch

    outs, n_tokens = [], 0
    t = time.perf_counter()
    for i in range(0, len(prompts), batch):
        enc = tok(
            [tok.bos_token + p for p in prompts[i : i + batch]],
            return_tensors="pt",
            padding=True,
            add_special_tokens=False,
        )
        with torch.no_grad():
            gen = model.generate(
                **enc,
                do_sample=True,
                temperature=1.0,
                top_p=1.0,
                top_k=None,
                max_new_tokens=max_new_tokens,
                num_return_sequences=k,
                pad_token_id=tok.pad_token_id,
                eos_token_id=tok.eos_token_id,
            )
        new = gen[:, enc.input_ids.shape[1] :]
        for row in new:
            ids = [x for x in row.tolist() if x != tok.pad_token_id]
            if tok.eos_token_id in ids:
                ids = ids[: ids.index(tok.eos_token_id) + 1]
            n_tokens += len(ids)
            outs.append(tok.decode(ids, skip_special_tokens=True))
    return outs, n_tokens / (time.perf_counter() - t)


def serial_math_verify(completions: list[str], answers: list[str]) -> tuple[list[float], float]:
    """open-r1 / TRL accuracy_reward style: parse + verify each completion in turn."""
    import logging

    from math_verify import parse, verify

    logging.getLogger("math_verify").setLevel(logging.ERROR)
    t = time.perf_counter()
    scores = []
    for c, a in zip(completions, answers, strict=True):
        gold = parse(f"\\boxed{{{a}}}", parsing_timeout=None)
        pred = parse(c, parsing_timeout=None)
        scores.append(1.0 if gold and pred and verify(gold, pred, timeout_seconds=None) else 0.0)
    return scores, len(completions) / (time.perf_counter() - t)


def reasonrl_grade(completions: list[str], answers: list[str]) -> tuple[list[float], float]:
    from reasonrl import tasks

    t = time.perf_counter()
    scores = tasks.get("gsm8k").grade_batch(completions, answers)
    return scores, len(completions) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="embedded:tiny-bench")
    ap.add_argument("--prompts", type=int, default=128)
    ap.add_argument("--samples", type=int, default=4)
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--batch", type=int, default=16, help="prompts per generation batch (both)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default="benchmarks/results/eval_throughput.json")
    args = ap.parse_args()

    import torch

    from reasonrl import tasks
    from reasonrl.modeling import load_causal_lm
    from reasonrl.tasks.benchmarks import load

    torch.manual_seed(0)
    model, tok = load_causal_lm(args.model)
    records = load("gsm8k")[: args.prompts]
    prompts = [tasks.get("gsm8k").prompt(r) for r in records]
    answers = [r["answer"] for r in records for _ in range(args.samples)]
    ours_gen, peer_gen, ours_grade, peer_grade = [], [], [], []
    agree = None
    for r in range(args.rounds):
        _, samples = reasonrl_generate(
            model, tok, records[:8], args.samples, args.max_new_tokens, args.batch
        )  # warm-up
        t = time.perf_counter()
        metrics, samples = reasonrl_generate(
            model, tok, records, args.samples, args.max_new_tokens, args.batch
        )
        ours_gen.append(metrics["generation_tokens_per_s"])
        peer_outs, tps = peer_generate(model, tok, prompts, args.samples, args.max_new_tokens, args.batch)
        peer_gen.append(tps)
        completions = [s["completion"] for s in samples] + peer_outs  # grade identical outputs both ways
        both = answers + answers
        s_ours, aps_ours = reasonrl_grade(completions, both)
        s_peer, aps_peer = serial_math_verify(completions, both)
        ours_grade.append(aps_ours)
        peer_grade.append(aps_peer)
        agree = sum(a == b for a, b in zip(s_ours, s_peer, strict=True)) / len(s_ours)
        print(
            f"round {r + 1}: gen tok/s {ours_gen[-1]:.0f} vs {tps:.0f}; "
            f"graded/s {aps_ours:.0f} vs {aps_peer:.0f} ({time.perf_counter() - t:.0f} s)"
        )
    report = {
        "model": args.model,
        "prompts": len(records),
        "samples": args.samples,
        "max_new_tokens": args.max_new_tokens,
        "generation_tokens_per_s": {
            "reasonrl": statistics.median(ours_gen),
            "trl_path": statistics.median(peer_gen),
        },
        "answers_graded_per_s": {
            "reasonrl": statistics.median(ours_grade),
            "serial_math_verify": statistics.median(peer_grade),
        },
        "grader_agreement": agree,
    }
    report["generation_ratio"] = (
        report["generation_tokens_per_s"]["reasonrl"] / report["generation_tokens_per_s"]["trl_path"]
    )
    report["grading_ratio"] = (
        report["answers_graded_per_s"]["reasonrl"] / report["answers_graded_per_s"]["serial_math_verify"]
    )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
