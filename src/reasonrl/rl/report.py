"""The RL stage's training report: the curves that say whether training worked, as markdown
(a table every few steps) and a PNG, next to the model."""

from __future__ import annotations

import math
from pathlib import Path

CURVES = ("reward_mean", "accuracy", "response_length_mean", "entropy", "kl", "grad_norm", "clip_frac_high",
          "truncation_rate", "completions_per_s")


def _mean(rows: list[dict], key: str) -> float:
    vals = [r[key] for r in rows if isinstance(r.get(key), (int, float))]
    return sum(vals) / len(vals) if vals else math.nan


def write_training_report(out: Path, history: list[dict], every: int = 10) -> dict:
    """Write training_report.md and training_curves.png; returns first/last-5-step means."""
    keys = [k for k in CURVES if any(k in h for h in history)]
    head, tail = history[:5], history[-5:]
    summary = {"first": {k: _mean(head, k) for k in keys}, "final": {k: _mean(tail, k) for k in keys}}
    lines = ["# RL training report", "", f"{len(history)} steps.", "",
             "| metric | first 5 steps | last 5 steps |", "|---|---|---|",
             *[f"| {k} | {summary['first'][k]:.4g} | {summary['final'][k]:.4g} |" for k in keys], "",
             "## Curve (every %d steps)" % every, "", "| step | " + " | ".join(keys) + " |",
             "|" + "---|" * (len(keys) + 1)]
    for h in history[every - 1::every]:
        lines.append(f"| {h.get('step')} | " + " | ".join(f"{h.get(k, math.nan):.4g}" for k in keys) + " |")
    (out / "training_report.md").write_text("\n".join(lines) + "\n\n![curves](training_curves.png)\n")
    if history:
        _plot(out / "training_curves.png", history, keys)
    return summary


def _plot(path: Path, history: list[dict], keys: list[str]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = [k for k in ("reward_mean", "accuracy", "response_length_mean", "entropy", "kl", "grad_norm") if k in keys]
    fig, axes = plt.subplots(1, len(shown), figsize=(3.2 * len(shown), 2.8), squeeze=False)
    steps = [h["step"] for h in history]
    for ax, key in zip(axes[0], shown):
        ax.plot(steps, [h.get(key, math.nan) for h in history])
        ax.set(title=key, xlabel="step")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
