"""Where a moderation RL step's time goes, before and after a change, in one run.

Two checkouts of this repository (`--before REV`, default the commit before the lean decoder and
packed training; `--after`, default the working tree) each run the RL stage of
`pipelines/recipes/moderation.yaml` for `--steps` steps on the same prepared data, same seed,
alternating over `--rounds`, each in its own subprocess, so both see the same machine at the same
time. Reported per version: median seconds per step and per phase (generation, scoring, old/ref
log-probs, update, as the step's metrics name them; the older code reports only rollout+reward
and train), generated tokens per step, and the ratio.

    python benchmarks/moderation_step.py --steps 3 --rounds 2 --out benchmarks/results/moderation_step.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECIPE = "pipelines/recipes/moderation.yaml"
# RL from the base model without the SFT term, as the 'before' code runs it: the recipe's RL from
# the SFT baseline (rl.init: sft) needs a trained SFT model, and its term is a setting, not a speed-up
AFTER = ["rl.init=base", "rl.sft_weight=0"]
PHASES = (
    "time_generate_s",
    "time_score_s",
    "time_old_ref_logprobs_s",
    "time_update_s",
    "time_rollout_reward_s",
    "time_train_s",
)

RUN = """
import json, sys, time
from reasonrl.config import load_recipe
from reasonrl.stages.train import rl_train
# the MLflow section is `registry:` in code before the rename (0d0900b), `model_registry:` after
section = "model_registry" if "model_registry:" in open(sys.argv[1]).read() else "registry"
recipe = load_recipe(sys.argv[1], [f"output_root={sys.argv[3]}", f"{section}.track_training=false",
                                   f"rl.steps={sys.argv[4]}", "rl.checkpoint_every=1000", *sys.argv[5:]])
rl_train(recipe, sys.argv[2], sys.argv[3] + "/rl", progress=False)
"""


def _checkout(rev: str, into: Path) -> Path:
    """A detached worktree of `rev` (removed by the caller's temp dir)."""
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(into), rev],
        check=True,
        capture_output=True,
    )
    return into


def _run(src: Path, data: Path, out: Path, steps: int, overrides: list[str]) -> list[dict]:
    """Train `steps` RL steps with the code under `src` and the recipe `overrides`; the step
    metrics it wrote."""
    env = {**os.environ, "PYTHONPATH": str(src / "src")}
    subprocess.run(
        [sys.executable, "-c", RUN, str(src / RECIPE), str(data), str(out), str(steps), *overrides],
        check=True,
        env=env,
        cwd=src,
    )
    return [
        json.loads(line) for line in (out / "rl" / "metrics.jsonl").read_text().splitlines() if line.strip()
    ]


def _rev(name: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", name], capture_output=True, text=True
    ).stdout.strip()


def _summary(steps: list[dict]) -> dict:
    seconds = [
        sum(s.get(k, 0.0) for k in ("time_rollout_reward_s", "time_advantage_s", "time_train_s"))
        for s in steps
    ]
    out = {"step_s": seconds, "median_step_s": statistics.median(seconds)}
    for key in PHASES:
        values = [s[key] for s in steps if key in s]
        if values:
            out[f"median_{key}"] = statistics.median(values)
    tokens = [s["response_length_mean"] for s in steps]
    out["completion_tokens"] = tokens  # per step: the policies drift apart, and the work with them
    out["mean_completion_tokens"] = statistics.mean(tokens)
    return out


def markdown(result: dict) -> str:
    b, a = result["before"], result["after"]
    lines = [
        f"# Moderation RL step, before ({result['before_rev']}) and after ({result['after_rev']}"
        + "".join(f", {o}" for o in result.get("after_overrides", []))
        + ")",
        "",
        f"{result['steps']} steps x {result['rounds']} rounds each, alternating, same data and seed; "
        f"SmolLM2-135M on {result['threads']} CPU threads. Medians over all steps."
        + (
            f" Both versions ran with {', '.join(result['both_overrides'])}."
            if result.get("both_overrides")
            else ""
        ),
        "",
        "| | before | after |",
        "|---|---|---|",
        f"| model.precision | {result.get('precision', {}).get('before', '?')} | "
        f"{result.get('precision', {}).get('after', '?')} |",
        f"| seconds per step | {b['median_step_s']:.1f} | {a['median_step_s']:.1f} |",
    ]
    for key in PHASES:
        if f"median_{key}" in b or f"median_{key}" in a:
            fb, fa = b.get(f"median_{key}"), a.get(f"median_{key}")
            lines.append(
                f"| {key} | {'-' if fb is None else f'{fb:.1f}'} | {'-' if fa is None else f'{fa:.1f}'} |"
            )
    lines.append(
        f"| mean completion tokens | {b['mean_completion_tokens']:.0f} | {a['mean_completion_tokens']:.0f} |"
    )
    lines += ["", f"**Step time ratio (before / after): {result['ratio']:.2f}x**", ""]
    return "\n".join(lines)


def _pins(checkout: Path) -> list[str]:
    """The AFTER pins a checkout's RL config knows (older code has neither field and runs RL from
    base without the term already; a checkout from the recipe's change on needs them)."""
    config = checkout / "src/reasonrl/config/rl.py"
    text = config.read_text() if config.exists() else ""
    return [pin for pin in AFTER if f"    {pin.split('=')[0].split('.')[-1]}:" in text]


def _precision(checkout: Path, overrides: list[str]) -> str:
    """The model.precision an arm runs at: its recipe's (the recipe's own choice moved from fp32 to
    bf16 at 3b7a8c5), unless an override sets it."""
    import yaml

    recipe = yaml.safe_load((checkout / RECIPE).read_text()) or {}
    chosen = (recipe.get("model") or {}).get("precision", "auto")
    for o in overrides:
        if o.startswith("model.precision="):
            chosen = o.split("=", 1)[1]
    return str(chosen)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--before", default="646a2dc~1", help="git revision of the 'before' code")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a recipe override for the 'after' runs only (repeatable), e.g. model.precision=bf16 "
        "with --before HEAD to measure a setting rather than a code change",
    )
    p.add_argument(
        "--both",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a recipe override for both versions (repeatable), after the pins, e.g. rl.sft_weight=1.0 "
        "to time the recipe's SFT term on code that has it on both sides",
    )
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--out", default="benchmarks/results/moderation_step.json")
    args = p.parse_args(argv)
    import torch

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from moderation_study import _prepare_data, _recipe

    revs = _rev(args.before), _rev("HEAD")  # now: a commit made while it runs must not relabel it
    with tempfile.TemporaryDirectory(prefix="modstep-") as tmp:
        tmp = Path(tmp)
        data = _prepare_data(_recipe(tmp, []), tmp, print)
        before = _checkout(args.before, tmp / "before")
        runs = {"before": [], "after": []}
        try:
            for r in range(args.rounds):
                pins = [*_pins(before), *args.both]
                after = [*AFTER, *args.both, *args.set]
                for name, src, sets in (("before", before, pins), ("after", ROOT, after)):
                    steps = _run(src, data, tmp / f"{name}-{r}", args.steps, sets)
                    runs[name] += steps
                    print(
                        f"round {r + 1} {name}: "
                        + ", ".join(f"{_summary([s])['median_step_s']:.0f}s" for s in steps)
                    )
            precision = {
                "before": _precision(before, [*_pins(before), *args.both]),
                "after": _precision(ROOT, [*AFTER, *args.both, *args.set]),
            }
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False
            )
    result = {
        "before_rev": revs[0],
        "after_rev": revs[1],
        "after_overrides": [*AFTER, *args.both, *args.set],
        "both_overrides": args.both,
        "steps": args.steps,
        "rounds": args.rounds,
        "threads": torch.get_num_threads(),
        "precision": precision,  # model.precision of each arm (auto is fp32 on a CPU)
        "before": _summary(runs["before"]),
        "after": _summary(runs["after"]),
    }
    result["ratio"] = result["before"]["median_step_s"] / result["after"]["median_step_s"]
    out = Path(args.out)
    out.write_text(json.dumps(result, indent=2) + "\n")
    out.with_suffix(".md").write_text(markdown(result))
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
