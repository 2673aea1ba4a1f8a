"""GRPO throughput and learning, reasonrl vs TRL 1.16's GRPOTrainer, in one run: three rows.

- `trl`: TRL's GRPOTrainer.
- `reasonrl-dense`: like for like, the same dense work as TRL: every sequence trained (no skipping
  of zero-advantage groups), every sample prefilling its whole prompt, padded batches.
- `reasonrl`: our defaults, every saving on: a prompt prefilled and trained once per group, tied
  groups skipped, completions packed padding-free.

Same model, prompts (the task's rendering: the chat template when the tokenizer has one), group
size, generation budget, reward, loss (GRPO: group-normalised advantages, PPO-clip 0.2,
per-sequence token mean, no KL), optimizer (AdamW, constant LR, clip 1.0), seed and threads.
Each row trains in its own subprocess, alternating over `--rounds`, timed with the same clock:
wall time from the end of one optimizer step to the end of the next. Reported: median
completions/s, ratios to TRL, reward curves, peak memory, and MFU: the model FLOPs each row
executed in a step (Kaplan et al. 2020: 2N per token forward, 6N forward+backward, real tokens
only) over that step's own time, against a matmul peak measured in the same run; the median over
steps. MFU above 100% would mean a wrong count or clock: the run stops rather than print it.

    python benchmarks/rl_vs_trl.py --steps 20 --rounds 2                       # tiny model, accuracy reward
    python benchmarks/rl_vs_trl.py --model embedded:smollm2-135m-instruct --reward math \
        --prompts 8 --group 4 --max-new-tokens 64 --steps 9 --rounds 2 \
        --out benchmarks/results/rl_vs_trl_smollm2.json
    python benchmarks/rl_vs_trl.py --model DIR --random-init --device cuda ...  # random weights (GPU check)

The learning rate defaults per model (MODEL_LR), so the documented commands train stably.
`--reward math`: the final answer wherever it is stated (hedge-proof math verifier) plus 0.25 per
R1 tag written once; an untrained instruct model never writes the tags, so the strict `accuracy`
reward would tie every group at 0 and a trainer that skips zero-advantage work would train nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

MODEL_LR = {"embedded:tiny-bench": 5e-4, "embedded:smollm2-135m-instruct": 1e-5}  # else 1e-5
REWARDS = {
    "accuracy": [{"name": "accuracy"}],
    "math": [{"name": "math"}, {"name": "tag_count", "weight": 0.25}],
    "noise": [{"name": "bench_noise"}],
}


def _register_noise() -> None:
    """`--reward noise`, for throughput on random-weight models only: a deterministic hash of the
    completion in [0, 1), so rewards vary within every group and both frameworks train on every
    sequence (random text never earns a task reward; all-tied groups would measure nothing)."""
    import hashlib

    from reasonrl.rewards import REWARDS as TERMS

    if "bench_noise" not in TERMS.names():
        TERMS.register("bench_noise")(
            lambda completions, **_: [
                int(hashlib.sha256(c.encode()).hexdigest()[:8], 16) / 2**32 for c in completions
            ]
        )


def _records(n: int) -> list[dict]:
    from reasonrl.tasks.arithmetic import generate

    return generate(n, seed=7)


def _load(args, attention: str = "sdpa"):
    """(model, tokenizer): from the checkpoint, or random weights from its config (`--random-init`).
    `attention`: the kernel each row's users get: reasonrl's `sdpa` (grouped KV heads kept grouped on
    the CPU, modeling.attention) for our rows, transformers' own `sdpa` for TRL's."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    from reasonrl.modeling import load_causal_lm
    from reasonrl.modeling.attention import IMPLEMENTATIONS
    from reasonrl.modeling.loading import load_tokenizer

    torch.manual_seed(0)
    if not args.random_init:
        return load_causal_lm(args.model, attention=attention)
    tok = load_tokenizer(args.tokenizer or args.model)
    tok.padding_side = "left"
    tok.pad_token = tok.pad_token or tok.eos_token
    return AutoModelForCausalLM.from_config(
        AutoConfig.from_pretrained(args.model), attn_implementation=IMPLEMENTATIONS.get(attention, attention)
    ), tok


def _prompts(tok, recs) -> list[str]:
    from reasonrl import tasks
    from reasonrl.generation.base import prompt_text

    task = tasks.get("arithmetic")
    return [prompt_text(tok, task.render(r, tok)) for r in recs]


def _peak_memory() -> float | None:
    import torch

    return torch.cuda.max_memory_allocated() / 2**30 if torch.cuda.is_available() else None


def run_reasonrl(args, dense: bool = False) -> dict:
    """Our trainer; `dense`: none of the savings (the `reasonrl-dense` row)."""
    from reasonrl.config.models import GuardConfig, RLRun
    from reasonrl.modeling.device import placement
    from reasonrl.rl.trainer import train

    model, tok = _load(args)
    place = placement(args.device)
    model = place.trainable(model)
    cfg = RLRun(
        steps=args.steps,
        prompts_per_step=args.prompts,
        group_size=args.group,
        lr=args.lr,
        sampling={"max_new_tokens": args.max_new_tokens},
        aggregation="seq_mean_token_mean",
        guard=GuardConfig(enabled=False),
        resume="never",
        checkpoint_every=10**6,
        rewards=REWARDS[args.reward],
        micro_batch_size=None,
        skip_zero_advantage=not dense,
        share_prompt_prefix=not dense,
        pack_completions=not dense,
    )
    out = Path(args.workdir) / ("reasonrl-dense" if dense else "reasonrl")
    out.mkdir(parents=True, exist_ok=True)
    marks = [time.perf_counter()]
    with place.autocast():
        history, _ = train(
            model,
            tok,
            _records(2000),
            cfg,
            out,
            seed=0,
            progress=False,
            log=lambda step, m: marks.append(time.perf_counter()),
        )
    return {
        "step_s": [b - a for a, b in zip(marks, marks[1:], strict=False)],
        "reward": [h["reward_mean"] for h in history],
        "completion_tokens": [h["response_length_mean"] * args.prompts * args.group for h in history],
        "trained_fraction": [h["trained_fraction"] for h in history],
        "rollout_s": [h["time_rollout_reward_s"] for h in history],
        "train_s": [h["time_train_s"] for h in history],
        "peak_memory_gib": _peak_memory(),
    }


def run_trl(args) -> dict:
    from datasets import Dataset
    from transformers import TrainerCallback
    from trl import GRPOConfig, GRPOTrainer

    from reasonrl.rewards import REWARDS as TERMS

    model, tok = _load(args, attention="transformers-sdpa")
    recs = _records(2000)
    ds = Dataset.from_list(
        [
            {"prompt": p, "answer": r["answer"], "task": "arithmetic"}
            for p, r in zip(_prompts(tok, recs), recs, strict=True)
        ]
    )
    funcs = []
    for term in REWARDS[args.reward]:  # the very reward functions reasonrl uses
        fn, weight = TERMS.get(term["name"]), term.get("weight", 1.0)
        funcs.append(lambda completions, _fn=fn, _w=weight, **kw: [_w * x for x in _fn(completions, **kw)])
        funcs[-1].__name__ = term["name"]

    class Clock(TrainerCallback):
        def __init__(self):
            self.marks = [time.perf_counter()]

        def on_step_end(self, *a, **k):
            self.marks.append(time.perf_counter())

    clock = Clock()
    cuda = args.device == "cuda"
    cfg = GRPOConfig(
        output_dir=str(Path(args.workdir) / "trl"),
        use_cpu=not cuda,
        bf16=cuda,
        report_to=[],
        seed=0,
        num_generations=args.group,
        per_device_train_batch_size=args.prompts * args.group,
        gradient_accumulation_steps=1,
        max_completion_length=args.max_new_tokens,
        max_steps=args.steps,
        learning_rate=args.lr,
        lr_scheduler_type="constant",
        warmup_steps=0,
        weight_decay=0.0,
        max_grad_norm=1.0,
        loss_type="grpo",
        scale_rewards="group",
        beta=0.0,
        epsilon=0.2,
        temperature=1.0,
        top_p=1.0,
        logging_steps=1,
        save_strategy="no",
        disable_tqdm=True,
        dataloader_num_workers=0,
        gradient_checkpointing=False,
    )  # TRL 1.x defaults it on; reasonrl off
    trainer = GRPOTrainer(
        model=model, reward_funcs=funcs, args=cfg, train_dataset=ds, processing_class=tok, callbacks=[clock]
    )
    trainer.train()
    logs = [h for h in trainer.state.log_history if "reward" in h]
    return {
        "step_s": [b - a for a, b in zip(clock.marks, clock.marks[1:], strict=False)],
        "reward": [h["reward"] for h in logs],
        "completion_tokens": [h["completions/mean_length"] * args.prompts * args.group for h in logs],
        "peak_memory_gib": _peak_memory(),
    }


def matmul_peak(device: str = "cpu", repeats: int = 20) -> float:
    """Achievable FLOP/s here: the median over repeats of an n x n matmul, fp32 on CPU (n=1024),
    bf16 on a GPU (n=8192, synchronised), the precision each framework's matmuls run in."""
    import torch

    cuda = device == "cuda"
    n, dtype = (8192, torch.bfloat16) if cuda else (1024, torch.float32)
    a, b = torch.randn(n, n, dtype=dtype, device=device), torch.randn(n, n, dtype=dtype, device=device)
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    for _ in range(3):
        a @ b
    times = []
    for _ in range(repeats):
        sync()
        t = time.perf_counter()
        a @ b
        sync()
        times.append(time.perf_counter() - t)
    return 2 * n**3 / statistics.median(times)


def step_flops(
    n_params: int,
    prompt_tokens: float,
    completion_tokens: float,
    group: int,
    shared_prefill: bool = False,
    trained_fraction: float = 1.0,
) -> float:
    """FLOPs of one step (Kaplan et al. 2020: 2N per token forward, 6N forward+backward; attention
    ignored, sequences here are < 200 tokens). prompt_tokens: all B sequences' prompt tokens (each
    prompt counted G times), completion_tokens: all B completions'. Dense-equivalent: generation and
    training over every sequence. Executed by reasonrl: each prompt prefilled and trained once per
    group (`shared_prefill`), and only the `trained_fraction` of sequences with a non-zero advantage
    forwarded and backpropagated."""
    prompts = prompt_tokens / group if shared_prefill else prompt_tokens
    return 2 * n_params * (prompts + completion_tokens) + 6 * n_params * trained_fraction * (
        prompts + completion_tokens
    )


def _child(args) -> None:
    _register_noise()
    rows = {"reasonrl": run_reasonrl, "reasonrl-dense": lambda a: run_reasonrl(a, dense=True), "trl": run_trl}
    result = rows[args.only](args)
    Path(args.result).write_text(json.dumps(result))


def _median_steady(xs: list[float]) -> float:
    return statistics.median(xs[1:] if len(xs) > 2 else xs)  # the first step pays warm-up costs


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="embedded:tiny-bench", help="embedded name or HF model dir")
    ap.add_argument(
        "--random-init", action="store_true", help="random weights from the model dir's config.json"
    )
    ap.add_argument("--tokenizer", help="tokenizer dir for --random-init (default: the model dir)")
    ap.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    ap.add_argument("--reward", default="accuracy", choices=sorted(REWARDS))
    ap.add_argument(
        "--frameworks",
        default="trl,reasonrl-dense,reasonrl",
        help="comma-separated subset of the rows to run",
    )
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2, help="alternating runs per framework")
    ap.add_argument("--prompts", type=int, default=16)
    ap.add_argument("--group", type=int, default=8)
    ap.add_argument("--max-new-tokens", type=int, default=48)
    ap.add_argument("--lr", type=float, help="learning rate (default: MODEL_LR for the model, else 1e-5)")
    ap.add_argument("--workdir", default="/tmp/reasonrl-bench-rl")
    ap.add_argument("--out", default="benchmarks/results/rl_vs_trl.json")
    ap.add_argument("--only", choices=["reasonrl", "reasonrl-dense", "trl"], help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    return ap


def step_mfu(name: str, run: dict, args, n_params: int, prompt_tokens: float, peak: float) -> list[float]:
    """MFU of each step of one run: the model FLOPs that step executed over that step's own time.
    Raises when a step's figure exceeds 1: the FLOP count or the clock would be wrong."""
    fractions = run.get("trained_fraction") or [1.0] * len(run["step_s"])
    out = []
    for seconds, tokens, trained in zip(run["step_s"], run["completion_tokens"], fractions, strict=False):
        flops = step_flops(
            n_params,
            prompt_tokens,
            tokens,
            args.group,
            shared_prefill=name == "reasonrl",
            trained_fraction=trained,
        )
        out.append(flops / seconds / peak)
    if max(out) > 1.0:
        raise RuntimeError(
            f"{name}: a step's MFU is {max(out):.0%} > 100%: the FLOP count or the clock is wrong"
        )
    return out


def _summary(name: str, rs: list[dict], args, n_params: int, prompt_tokens: float, peak: float) -> dict:
    step = statistics.median(_median_steady(x["step_s"]) for x in rs)
    tokens = statistics.median(statistics.mean(x["completion_tokens"]) for x in rs)
    trained = statistics.median(statistics.mean(x.get("trained_fraction", [1.0])) for x in rs)
    mfu = statistics.median(
        _median_steady(step_mfu(name, x, args, n_params, prompt_tokens, peak)) for x in rs
    )
    curve = [statistics.mean(vals) for vals in zip(*(x["reward"] for x in rs), strict=False)]
    out = {
        "median_step_s": step,
        "completions_per_s": args.prompts * args.group / step,
        "completion_tokens_per_step": tokens,
        "trained_fraction": trained,
        "mfu_executed": mfu,
        "peak_memory_gib": rs[0].get("peak_memory_gib"),
        "reward_curve": curve,
        "reward_first": statistics.mean(curve[: max(1, len(curve) // 4)]),
        "reward_last": statistics.mean(curve[-max(1, len(curve) // 4) :]),
    }
    if "rollout_s" in rs[0]:  # reasonrl splits its step
        out["rollout_tokens_per_s"] = tokens / statistics.median(_median_steady(x["rollout_s"]) for x in rs)
        out["train_tokens_per_s"] = (tokens + prompt_tokens) / statistics.median(
            _median_steady(x["train_s"]) for x in rs
        )
    return out


def markdown(report: dict) -> str:
    """The three rows and the reward curves side by side, as a table to read next to the JSON."""
    names = [n for n in ("trl", "reasonrl-dense", "reasonrl") if n in report]
    st = report["settings"]
    lines = [
        f"# GRPO: reasonrl vs TRL on {report['model']}",
        "",
        f"{st['prompts']} prompts x {st['group']} samples, {st['max_new_tokens']} new tokens, "
        f"reward `{st['reward']}`, lr {st['lr']}, {st['steps']} steps x {st['rounds']} rounds "
        "(alternating; the first step of each run is warm-up, left out of the medians), "
        f"{report['threads']} threads on {report['device']}; matmul peak "
        f"{report['peak_flops'] / 1e9:.0f} GFLOP/s measured in the same run.",
        "",
        "| row | completions/s | vs TRL | step s | MFU (executed) | trained share | reward first / last |",
        "|---|---|---|---|---|---|---|",
    ]
    for n in names:
        x = report[n]
        ratio = (
            x["completions_per_s"] / report["trl"]["completions_per_s"] if "trl" in report else float("nan")
        )
        lines.append(
            f"| {n} | {x['completions_per_s']:.2f} | {ratio:.2f}x | {x['median_step_s']:.2f} | "
            f"{x['mfu_executed']:.1%} | {x['trained_fraction']:.2f} | "
            f"{x['reward_first']:.3f} / {x['reward_last']:.3f} |"
        )
    lines += [
        "",
        "Reward per step (mean over rounds):",
        "",
        "| step | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for i in range(max(len(report[n]["reward_curve"]) for n in names)):
        cells = [
            f"{report[n]['reward_curve'][i]:.3f}" if i < len(report[n]["reward_curve"]) else "" for n in names
        ]
        lines.append(f"| {i + 1} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    args = _parser().parse_args()
    args.lr = args.lr if args.lr is not None else MODEL_LR.get(args.model, 1e-5)
    if args.only:
        return _child(args)

    import torch

    model, tok = _load(args)  # builds and caches the model before timing anything
    n_params = sum(p.numel() for p in model.parameters())
    prompt_tokens = (
        statistics.mean(len(tok(p, add_special_tokens=False).input_ids) for p in _prompts(tok, _records(200)))
        * args.prompts
        * args.group
    )
    del model
    peak = matmul_peak(args.device)
    names = args.frameworks.split(",")
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for r in range(args.rounds):
        for name in names:
            res = Path(args.workdir) / f"{name}-{r}.json"
            res.parent.mkdir(parents=True, exist_ok=True)
            cmd = [
                sys.executable,
                __file__,
                *sys.argv[1:],
                "--only",
                name,
                "--result",
                str(res),
                "--lr",
                str(args.lr),
            ]
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            print(f"round {r + 1} {name}: {time.perf_counter() - t:.0f} s", file=sys.stderr)
            runs[name].append(json.loads(res.read_text()))
    report = {
        "model": args.model,
        "random_init": args.random_init,
        "device": args.device,
        "params": n_params,
        "threads": torch.get_num_threads(),
        "peak_flops": peak,
        "prompt_tokens_per_step": prompt_tokens,
        "settings": {
            k: getattr(args, k)
            for k in ("steps", "rounds", "prompts", "group", "max_new_tokens", "lr", "reward")
        },
    }
    for name, rs in runs.items():
        report[name] = _summary(name, rs, args, n_params, prompt_tokens, peak)
    for name in names:
        if "trl" in runs and name != "trl":
            report[name]["vs_trl"] = report[name]["completions_per_s"] / report["trl"]["completions_per_s"]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    out.with_suffix(".md").write_text(markdown(report))
    print(markdown(report))


if __name__ == "__main__":
    main()
