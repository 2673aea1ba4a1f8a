"""`reasonrl eval`: any model (path, stage dir, s3:// URI, `models:/name@alias`, embedded:) on
benchmark tasks, optionally against a second model on the same prompts and random streams with
a paired test, written as JSON + an HTML report (tables; accuracy vs tokens; per-language bars).
"""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path

from reasonrl.config.models import EvalConfig
from reasonrl.eval.compare import paired_comparison, per_prompt_scores, prompt_clusters
from reasonrl.eval.runner import evaluate_model
from reasonrl.io import write_json, write_jsonl
from reasonrl.modeling import load_causal_lm
from reasonrl.modeling.device import Placement
from reasonrl.tasks.benchmarks import load


def run_eval(
    model_ref: str,
    task_names: list[str],
    cfg: EvalConfig,
    out: Path,
    *,
    compare_with: str | None = None,
    seed: int = 0,
    progress: bool = True,
    place: Placement | None = None,
    engine: str = "hf",
) -> dict:
    """Evaluate model_ref (and compare_with) on each task, each placed by `place` (default: CPU,
    fp32), generating with the rollout engine `engine`; returns and writes report.json."""
    out = Path(out)
    models = {"model": model_ref, **({"reference": compare_with} if compare_with else {})}
    place = place or Placement()
    report: dict = {
        "models": models,
        "sampling": cfg.model_dump(),
        "seed": seed,
        "tasks": {},
        "device": place.device,
        "dtype": place.dtype,
    }
    records = {name: load(name, limit=cfg.limit, seed=seed) for name in task_names}
    for label, ref in models.items():
        lm, tok = load_causal_lm(ref)
        lm = place.frozen(lm)
        for name, recs in records.items():
            metrics, samples = evaluate_model(
                lm, tok, recs, cfg.model_copy(update={"limit": None}), name, seed, progress, engine=engine
            )
            write_json(out / label / name / "metrics.json", metrics)
            write_jsonl(out / label / name / "samples.jsonl", samples)
            report["tasks"].setdefault(name, {})[label] = metrics
            report["tasks"][name].setdefault("_scores", {})[label] = per_prompt_scores(samples)
            report["tasks"][name].setdefault("_clusters", {}).update(prompt_clusters(samples))
    for entry in report["tasks"].values():
        scores, clusters = entry.pop("_scores"), entry.pop("_clusters")
        if compare_with:
            entry["comparison"] = paired_comparison(
                scores["model"], scores["reference"], clusters=clusters, seed=seed
            )
    write_json(out / "report.json", report)
    (out / "report.html").write_text(to_html(report))
    return report


def _fig_png(fig) -> str:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=80)
    return base64.b64encode(buf.getvalue()).decode()


def _plots(report: dict) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pngs = []
    fig, ax = plt.subplots(figsize=(5, 3.5))
    for name, entry in report["tasks"].items():
        for label in report["models"]:
            m = entry[label]
            ax.errorbar(
                m["mean_tokens"],
                m["pass_at_1"],
                yerr=[[m["pass_at_1"] - m["pass_at_1_ci95"][0]], [m["pass_at_1_ci95"][1] - m["pass_at_1"]]],
                fmt="o",
            )
            ax.annotate(f"{label}:{name}", (m["mean_tokens"], m["pass_at_1"]), fontsize=7)
    ax.set(xlabel="mean tokens per answer", ylabel="pass@1 (95% CI)", title="accuracy vs tokens")
    pngs.append(_fig_png(fig))
    plt.close(fig)
    for name, entry in report["tasks"].items():
        by = entry["model"].get("by_language")
        if not by:
            continue
        fig, ax = plt.subplots(figsize=(6, 3))
        langs = list(by)
        for k, label in enumerate(report["models"]):
            vals = [entry[label]["by_language"][lang]["pass_at_1"] for lang in langs]
            ax.bar([i + 0.4 * k for i in range(len(langs))], vals, width=0.4, label=label)
        ax.set_xticks([i + 0.2 for i in range(len(langs))], langs, rotation=45, fontsize=7)
        ax.set(ylabel="pass@1", title=f"{name} by language")
        ax.legend(fontsize=7)
        pngs.append(_fig_png(fig))
        plt.close(fig)
    return pngs


def to_html(report: dict) -> str:
    rows = []
    for name, entry in report["tasks"].items():
        for label in report["models"]:
            m = entry[label]
            k = m["k"]
            rows.append(
                f"<tr><td>{html.escape(name)}</td><td>{label}</td><td>{m['pass_at_1']:.3f} "
                f"[{m['pass_at_1_ci95'][0]:.3f}, {m['pass_at_1_ci95'][1]:.3f}]</td>"
                f"<td>{m.get(f'pass_at_{k}', 0):.3f}</td><td>{m.get(f'maj_at_{k}', 0):.3f}</td>"
                f"<td>{m['mean_tokens']:.1f}</td><td>{m['p90_tokens']:.0f}</td>"
                f"<td>{m['accuracy_per_1k_tokens']:.2f}</td><td>{m['truncation_rate']:.3f}</td>"
                f"<td>{m['n_prompts']}</td></tr>"
            )
        if "comparison" in entry:
            c = entry["comparison"]
            rows.append(
                f"<tr><td colspan=10>{html.escape(name)}: model - reference = {c['mean_diff']:+.3f} "
                f"[{c['ci95'][0]:+.3f}, {c['ci95'][1]:+.3f}], paired p = {c['p_value']:.4f} "
                f"({c['n']} prompts)</td></tr>"
            )
    imgs = "".join(f"<img alt='plot' src='data:image/png;base64,{p}'>" for p in _plots(report))
    models = ", ".join(f"{k}: <code>{html.escape(v)}</code>" for k, v in report["models"].items())
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>reasonrl eval</title></head>"
        f"<body style='font-family:sans-serif;max-width:1000px;margin:auto'><h1>reasonrl evaluation</h1>"
        f"<p>{models}</p><p>sampling: <code>{html.escape(json.dumps(report['sampling']))}</code>, seed "
        f"{report['seed']}</p>"
        "<table border=1 cellpadding=4 style='border-collapse:collapse'><tr><th>task</th>"
        "<th>model</th><th>pass@1 [95% CI]</th><th>pass@k</th><th>maj@k</th><th>mean tokens</th>"
        "<th>p90 tokens</th><th>acc / 1k tokens</th><th>truncated</th><th>prompts</th></tr>"
        f"{''.join(rows)}</table>{imgs}"
        f"</body></html>"
    )
