"""The RL stage's training report: the curves that say whether training worked, next to the model,
as Markdown (a table every few steps), a PNG of one panel per metric group (units on the axes,
spikes marked) and a self-contained HTML page with both and the guard's events."""

from __future__ import annotations

import json
import math
from pathlib import Path

from reasonrl.report.html import esc, num, page, png_img, table
from reasonrl.report.plots import training_png

CURVES = (
    "reward_mean",
    "reward/accuracy",
    "labels/max_share",
    "labels/mode_max_share",
    "zero_variance_groups",
    "response_length_mean",
    "entropy",
    "kl",
    "loss",
    "grad_norm",
    "clip_frac_high",
    "truncation_rate",
    "completions_per_s",
)


def _mean(rows: list[dict], key: str) -> float:
    vals = [r[key] for r in rows if isinstance(r.get(key), (int, float))]
    return sum(vals) / len(vals) if vals else math.nan


def write_training_report(out: Path, history: list[dict], every: int = 10) -> dict:
    """Write training_report.{md,html} and training_curves.png; returns first/last-5-step means
    and the spikes found ([{metric, step, value}])."""
    out = Path(out)
    keys = [k for k in CURVES if any(k in h for h in history)]
    head, tail = history[:5], history[-5:]
    summary = {"first": {k: _mean(head, k) for k in keys}, "final": {k: _mean(tail, k) for k in keys}}
    png, found = training_png(history) if history else (b"", [])
    if png:
        (out / "training_curves.png").write_bytes(png)
    summary["spikes"] = found
    lines = [
        "# RL training report",
        "",
        f"{len(history)} steps.",
        "",
        "| metric | first 5 steps | last 5 steps |",
        "|---|---|---|",
        *[f"| {k} | {summary['first'][k]:.4g} | {summary['final'][k]:.4g} |" for k in keys],
        "",
        *[f"- spike: {s['metric']} = {s['value']:.4g} at step {s['step']}" for s in found],
        "",
        "## Curve (every %d steps)" % every,
        "",
        "| step | " + " | ".join(keys) + " |",
        "|" + "---|" * (len(keys) + 1),
    ]
    for h in history[every - 1 :: every]:
        lines.append(f"| {h.get('step')} | " + " | ".join(f"{h.get(k, math.nan):.4g}" for k in keys) + " |")
    (out / "training_report.md").write_text("\n".join(lines) + "\n\n![curves](training_curves.png)\n")
    (out / "training_report.html").write_text(
        _html(history, summary, keys, png, _events(out)), encoding="utf-8"
    )
    return summary


def _events(out: Path) -> list[dict]:
    path = out / "guard_events.json"
    return json.loads(path.read_text()) if path.exists() else []


def _html(history: list[dict], summary: dict, keys: list[str], png: bytes, events: list[dict]) -> str:
    body = [f"<h1>RL training report</h1><p>{len(history)} steps.</p>"]
    if summary["spikes"]:
        body.append(
            "<p class='warn'>Spikes (more than 8 robust standard deviations from the median):</p><ul>"
            + "".join(
                f"<li>{esc(s['metric'])} = {s['value']:.4g} at step {s['step']}</li>"
                for s in summary["spikes"]
            )
            + "</ul>"
        )
    if png:
        body.append(png_img(png, "training curves: one panel per metric group"))
    body.append(
        "<h2>First and last five steps</h2>"
        + table(
            ["metric", "first 5 steps (mean)", "last 5 steps (mean)"],
            [[esc(k), num(summary["first"][k], 4), num(summary["final"][k], 4)] for k in keys],
        )
    )
    if events:
        body.append(
            "<h2>Guard events</h2>"
            + table(
                ["step", "event", "rolled back to"],
                [
                    [
                        esc(e.get("step")),
                        esc(e.get("reason")),
                        esc(e.get("rolled_back_to") or e.get("from") or ""),
                    ]
                    for e in events
                ],
            )
        )
    return page("RL training report", "".join(body))
