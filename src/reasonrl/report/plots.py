"""Training curves people can read: one panel per metric group, each with its unit on the y-axis,
spikes found by a robust rule and marked (not allowed to flatten the panel).

A grad-norm spike of 52 among values near 0.4 would squash every other point onto the x-axis;
here the y-range is set by the ordinary points and each spike is drawn at the top edge with its
value and step written next to it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

# (title, y-axis label with unit, metric keys drawn in the panel); a panel with no key present is left out
PANELS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("reward", "mean reward per completion", ("reward_mean",)),
    ("reward terms", "mean term value", ("reward/*",)),
    ("reward per gold label", "mean reward of its rollouts", ("labels/reward/*",)),
    ("predicted labels", "share of rollouts (collapse: one near 1)", ("labels/share/*",)),
    ("modal labels", "share of groups whose mode it is (greedy proxy)", ("labels/mode/*",)),
    ("tied groups", "share of groups with equal rewards", ("zero_variance_groups",)),
    ("policy loss", "loss per token", ("loss",)),
    ("KL to reference", "nats per token", ("kl",)),
    ("entropy", "nats per token", ("entropy",)),
    ("clip fraction", "fraction of tokens clipped", ("clip_frac_low", "clip_frac_high", "clip_frac_dual")),
    ("grad norm", "L2 norm before clipping", ("grad_norm",)),
    ("response length", "tokens per completion", ("response_length_mean", "response_length_max")),
    ("truncation", "fraction of completions cut off", ("truncation_rate",)),
    ("held-out evaluation", "pass@1 (fraction correct)", ("eval/*",)),
    ("throughput", "generated tokens per second", ("tokens_per_s",)),
)


def spikes(values: Sequence[float], z: float = 8.0, min_points: int = 5) -> list[int]:
    """Indices of spikes: points further than `z` robust standard deviations (1.4826 x the median
    absolute deviation) from the median, and further than the median's own magnitude from it (a
    near-constant series must not turn every wobble into a spike). A series that is mostly exactly
    zero (a truncation rate, a dropped-group count) has no spikes: its non-zero points are events
    its own panel shows. Pure."""
    finite = [v for v in values if math.isfinite(v)]
    if len(finite) < min_points:
        return []
    med = _median(finite)
    mad = 1.4826 * _median([abs(v - med) for v in finite])
    if med == 0 and mad == 0:
        return []
    floor = max(mad * z, abs(med))
    return [i for i, v in enumerate(values) if math.isfinite(v) and abs(v - med) > floor]


def _median(xs: Sequence[float]) -> float:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def panel_keys(history: Sequence[dict]) -> list[tuple[str, str, list[str]]]:
    """The panels this history can fill: (title, unit, keys present), in PANELS order."""
    present = sorted(
        {k for h in history for k, v in h.items() if isinstance(v, (int, float)) and k != "step"}
    )
    out = []
    for title, unit, keys in PANELS:
        found = [
            k for pat in keys for k in present if (k.startswith(pat[:-1]) if pat.endswith("*") else k == pat)
        ]
        if found:
            out.append((title, unit, found))
    return out


def training_png(history: Sequence[dict], columns: int = 3) -> tuple[bytes, list[dict]]:
    """PNG of every panel, and the spikes found: [{metric, step, value}]."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = panel_keys(history)
    rows = max(1, math.ceil(len(panels) / columns))
    fig, axes = plt.subplots(rows, columns, figsize=(4.2 * columns, 2.9 * rows), squeeze=False)
    found: list[dict] = []
    for ax, (title, unit, keys) in zip(axes.flat, panels, strict=False):
        for key in keys:
            found += _draw(ax, history, key, label=key if len(keys) > 1 else None)
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("RL step", fontsize=8)
        ax.set_ylabel(unit, fontsize=8)
        ax.tick_params(labelsize=8)
        if len(keys) > 1:
            ax.legend(fontsize=7)
    for ax in list(axes.flat)[len(panels) :]:
        ax.set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    return buf.getvalue(), found


def _draw(ax, history: Sequence[dict], key: str, label: str | None) -> list[dict]:
    pts = [(h["step"], float(h[key])) for h in history if isinstance(h.get(key), (int, float))]
    if not pts:
        return []
    steps, vals = [p[0] for p in pts], [p[1] for p in pts]
    ax.plot(steps, vals, marker="." if len(pts) < 40 else None, label=label)
    bad = spikes(vals)
    if not bad:
        return []
    normal = [v for i, v in enumerate(vals) if i not in bad and math.isfinite(v)]
    lo, hi = min(normal), max(normal)
    pad = (hi - lo) * 0.15 or abs(hi) * 0.15 or 1.0
    ax.set_ylim(lo - pad, hi + pad * 2)
    top = hi + pad * 1.6
    for i in bad:  # drawn at the edge, labelled with the real value
        ax.plot([steps[i]], [top], marker="^" if vals[i] > hi else "v", color="red", markersize=8)
        ax.annotate(
            f"spike {vals[i]:.3g}\nstep {steps[i]}",
            (steps[i], top),
            fontsize=7,
            color="red",
            xytext=(4, -18),
            textcoords="offset points",
        )
    return [{"metric": key, "step": steps[i], "value": vals[i]} for i in bad]
