"""GRPO throughput and learning, reasonrl vs TRL 1.16's GRPOTrainer, in one run.

Same model (embedded:tiny-bench, ~2.4M parameters, pretrained on the arithmetic task), same
prompts, group size, generation budget, loss (GRPO: group-normalised advantages, PPO-clip 0.2,
per-sequence token mean, no KL), optimizer (AdamW, constant LR, clip 1.0), seed and threads.
Each framework trains in its own subprocess, alternating over `--rounds`; the parent reports
median completions/s, the ratio, the reward curves, and model FLOPs utilisation against a
matmul peak measured in the same run.

    python benchmarks/rl_vs_trl.py --steps 20 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path



def _records(n: int) -> list[dict]:
    from reasonrl.tasks.arithmetic import generate

    return generate(n, seed=7)


def run_reasonrl(args) -> dict:
    import torch

    from reasonrl.config.models import GuardConfig, RLRun
    from reasonrl.modeling import load_causal_lm
    from reasonrl.rl.trainer import train

    torch.manual_seed(0)
    model, tok = load_causal_lm(args.model)
    cfg = RLRun(steps=args.steps, prompts_per_step=args.prompts, group_size=args.group, lr=args.lr,
                   max_new_tokens=args.max_new, aggregation="seq_mean_token_mean", guard=GuardConfig(enabled=False),
                   resume="never", checkpoint_every=10**6)
    out = Path(args.workdir) / "reasonrl"
    out.mkdir(parents=True, exist_ok=True)
    starts = []
    history, _ = train(model, tok, _records(2000), cfg, out, seed=0, progress=False,
                       log=lambda step, m: starts.append(time.perf_counter()))
    step_s = [h["time_rollout_reward_s"] + h["time_advantage_s"] + h["time_train_s"] for h in history]
    return {"step_s": step_s, "reward": [h["reward_mean"] for h in history],
            "completion_tokens": [h["response_length_mean"] * args.prompts * args.group for h in history],
            "rollout_s": [h["time_rollout_reward_s"] for h in history], "train_s": [h["time_train_s"] for h in history]}


def run_trl(args) -> dict:
    import torch
    from datasets import Dataset
    from transformers import TrainerCallback
    from trl import GRPOConfig, GRPOTrainer

    from reasonrl import tasks
    from reasonrl.modeling import load_causal_lm

    torch.manual_seed(0)
    model, tok = load_causal_lm(args.model)
    task = tasks.get("arithmetic")
    recs = _records(2000)
    ds = Dataset.from_list([{"prompt": tok.bos_token + task.prompt(r), "answer": r["answer"]} for r in recs])

    def accuracy(completions, answer, **_):
        return [task.grade(c, a) for c, a in zip(completions, answer)]

    class Clock(TrainerCallback):
        def __init__(self):
            self.marks = []

        def on_step_begin(self, *a, **k):
            self.marks.append(["begin", time.perf_counter()])

        def on_step_end(self, *a, **k):
            self.marks.append(["end", time.perf_counter()])

    clock = Clock()
    cfg = GRPOConfig(output_dir=str(Path(args.workdir) / "trl"), use_cpu=True, report_to=[], seed=0,
                     num_generations=args.group, per_device_train_batch_size=args.prompts * args.group,
                     gradient_accumulation_steps=1, max_completion_length=args.max_new, max_steps=args.steps,
                     learning_rate=args.lr, lr_scheduler_type="constant", warmup_steps=0, weight_decay=0.0,
                     max_grad_norm=1.0, loss_type="grpo", scale_rewards="group", beta=0.0, epsilon=0.2,
                     temperature=1.0, top_p=1.0, logging_steps=1, save_strategy="no", disable_tqdm=True,
                     dataloader_num_workers=0)
    trainer = GRPOTrainer(model=model, reward_funcs=accuracy, args=cfg, train_dataset=ds, processing_class=tok,
                          callbacks=[clock])
    trainer.train()
    begins = [t for kind, t in clock.marks if kind == "begin"]
    ends = [t for kind, t in clock.marks if kind == "end"]
    logs = [h for h in trainer.state.log_history if "reward" in h]
    return {"step_s": [e - b for b, e in zip(begins, ends)], "reward": [h["reward"] for h in logs],
            "completion_tokens": [h["completions/mean_length"] * args.prompts * args.group for h in logs]}


def matmul_peak(n: int = 1024, repeats: int = 20) -> float:
    """Achievable fp32 FLOP/s on this machine: the median over repeats of an n x n matmul."""
    import torch

    a, b = torch.randn(n, n), torch.randn(n, n)
    for _ in range(3):
        a @ b
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - t)
    return 2 * n**3 / statistics.median(times)


def model_flops_per_step(n_params: int, prompt_tokens: float, completion_tokens: float, old_logp_pass: bool) -> float:
    """Dense-model FLOPs (Kaplan et al. 2020: 2N per token forward, 6N forward+backward) of one
    step: generation forwards over prompt+completion, the training forward+backward, and (if the
    framework does one) an extra no-grad forward for old log-probs. Attention FLOPs are ignored
    (sequences here are < 100 tokens)."""
    seq = prompt_tokens + completion_tokens
    return 2 * n_params * seq + 6 * n_params * seq + (2 * n_params * seq if old_logp_pass else 0)


def _child(args) -> None:
    result = {"reasonrl": run_reasonrl, "trl": run_trl}[args.only](args)
    Path(args.result).write_text(json.dumps(result))


def _median_steady(xs: list[float]) -> float:
    return statistics.median(xs[1:] if len(xs) > 2 else xs)  # the first step pays warm-up costs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="embedded:tiny-bench", help="embedded name or HF model dir")
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2, help="alternating runs per framework")
    ap.add_argument("--prompts", type=int, default=16)
    ap.add_argument("--group", type=int, default=8)
    ap.add_argument("--max-new", type=int, default=48)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--workdir", default="/tmp/reasonrl-bench-rl")
    ap.add_argument("--out", default="benchmarks/results/rl_vs_trl.json")
    ap.add_argument("--only", choices=["reasonrl", "trl"], help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only:
        return _child(args)

    import torch

    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm(args.model)  # builds and caches the model before timing anything
    n_params = sum(p.numel() for p in model.parameters())
    prompt_tokens = statistics.mean(len(tok(tok.bos_token + f"Q: {r['question']}\nA: ").input_ids)
                                    for r in _records(200)) * args.prompts * args.group
    peak = matmul_peak()
    runs: dict[str, list[dict]] = {"trl": [], "reasonrl": []}
    for r in range(args.rounds):
        for name in ("trl", "reasonrl"):
            res = Path(args.workdir) / f"{name}-{r}.json"
            res.parent.mkdir(parents=True, exist_ok=True)
            cmd = [sys.executable, __file__, "--only", name, "--result", str(res), *sys.argv[1:]]
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            print(f"round {r + 1} {name}: {time.perf_counter() - t:.0f} s", file=sys.stderr)
            runs[name].append(json.loads(res.read_text()))
    report = {"model": args.model, "params": n_params, "threads": torch.get_num_threads(), "peak_flops": peak,
              "settings": {k: getattr(args, k) for k in ("steps", "rounds", "prompts", "group", "max_new", "lr")}}
    for name, rs in runs.items():
        step = statistics.median(_median_steady(x["step_s"]) for x in rs)
        tokens = statistics.median(statistics.mean(x["completion_tokens"]) for x in rs)
        flops = model_flops_per_step(n_params, prompt_tokens, tokens, old_logp_pass=False)
        curve = [statistics.mean(vals) for vals in zip(*(x["reward"] for x in rs))]
        report[name] = {"median_step_s": step, "completions_per_s": args.prompts * args.group / step,
                        "mfu": flops / step / peak, "reward_curve": curve,
                        "reward_first5": statistics.mean(curve[:5]), "reward_last5": statistics.mean(curve[-5:])}
    report["speedup"] = report["reasonrl"]["completions_per_s"] / report["trl"]["completions_per_s"]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2))
    print(f"{'':10} {'compl/s':>9} {'step s':>7} {'MFU':>7} {'reward first5':>14} {'last5':>7}")
    for name in ("trl", "reasonrl"):
        x = report[name]
        print(f"{name:10} {x['completions_per_s']:9.1f} {x['median_step_s']:7.2f} {x['mfu']:7.2%} "
              f"{x['reward_first5']:14.3f} {x['reward_last5']:7.3f}")
    print(f"reasonrl / TRL throughput: {report['speedup']:.2f}x  (peak {peak / 1e9:.1f} GFLOP/s fp32; {args.out})")


if __name__ == "__main__":
    main()
