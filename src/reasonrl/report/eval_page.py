"""An evaluation's own page: its headline figures, the breakdowns it computed (by language,
subject, held-out set) and every sample with its verdict, filterable to the wrong answers."""

from __future__ import annotations

from collections.abc import Sequence

from reasonrl.report.html import WRONG_FILTER, esc, num, page, samples_table, table

HEADLINE = (
    "pass_at_1",
    "mean_tokens",
    "p90_tokens",
    "accuracy_per_1k_tokens",
    "truncation_rate",
    "n_prompts",
    "samples",
    "temperature",
    "max_new_tokens",
)


def eval_html(metrics: dict, samples: Sequence[dict]) -> str:
    label = metrics.get("label", "model")
    lo, hi = metrics.get("pass_at_1_ci95") or (None, None)
    head = (
        f"<h1>Evaluation: {esc(label)}</h1><p>model <code>{esc(metrics.get('model', ''))}</code> · "
        f"pass@1 <b>{num(metrics.get('pass_at_1'))}</b> [95% CI {num(lo)}, {num(hi)}] · eval set "
        f"<code>{esc(str(metrics.get('eval_set_hash', ''))[:12])}</code></p>"
    )
    figures = table(["figure", "value"], [[esc(k), num(metrics[k], 4)] for k in HEADLINE if k in metrics])
    parts = [head, figures]
    for key in sorted(k for k in metrics if k.startswith("by_")):
        rows = [
            [esc(g), num(v.get("pass_at_1")), num(v.get("mean_tokens"), 1), esc(v.get("n_prompts", ""))]
            for g, v in metrics[key].items()
        ]
        parts.append(
            f"<h2>{esc(key.replace('_', ' '))}</h2>"
            + table([key[3:], "pass@1", "mean tokens", "prompts"], rows)
        )
    parts.append("<h2>Samples</h2><p>" + WRONG_FILTER + "</p>" + samples_table(samples, limit=1000))
    return page(f"evaluation {label}", "".join(parts))
