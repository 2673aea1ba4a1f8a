"""The run report: one self-contained HTML page per pipeline run that a reviewer reads top to
bottom. Each stage with status, time and counts; each gate with every rule's observed value,
threshold and verdict and a link to its evidence; the models compared with CIs; what was
registered and why it was or was not promoted; links to the MLflow run, model version and
artifacts; the training curves; per-sample tables with a wrong-answer filter.

No CDN, no script: it reads the same in an air-gapped browser. Great Expectations' own Data
Docs for all gates of the run are built as one site next to it (they need network for styling).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

from reasonrl.compliance.gate import build_site
from reasonrl.config.models import Recipe
from reasonrl.io import read_jsonl
from reasonrl.report.gate_page import rules_table
from reasonrl.report.html import WRONG_FILTER, esc, link, num, page, png_img, samples_table, table, verdict

GATE_ORDER = ("data", "reward_model", "policy", "student")
MODEL_ORDER = ("base", "sft", "policy", "student")  # before RL, SFT at equal labels, after RL, distilled
MODEL_ROLE = {
    "base": "before RL",
    "sft": "SFT on RL's labels",
    "policy": "after RL (the teacher)",
    "student": "distilled student (registered)",
}


def write_run_report(
    recipe: Recipe,
    run_id: str,
    found: dict,
    out_dir: Path,
    tasks: list[dict] | None = None,
    moderation_html: str = "",
) -> Path:
    """Write `report.html` (and the gates' pages and one Data Docs site) under out_dir."""
    out_dir = Path(out_dir)
    gate_pages = _copy_gate_pages(found, out_dir / "gates")
    site = _data_docs(found, out_dir)
    body = [
        _header(recipe, run_id, found),
        _stages(found, tasks),
        _gates(found, gate_pages, site),
        _models(found) + moderation_html,
        _model_registry(recipe, found),
        _training(found),
        _samples(found),
    ]
    path = out_dir / "report.html"
    path.write_text(page(f"reasonrl run {run_id}", "".join(body)), encoding="utf-8")
    return path


def status_line(found: dict) -> tuple[str, str]:
    """(css class, sentence) for the run as a whole. Pure."""
    failed = [g for g in GATE_ORDER if g in found["gates"] and not found["gates"][g]["passed"]]
    if failed:
        return "fail", f"stopped at the {failed[0]} gate: {found['gates'][failed[0]]['summary']}"
    prom, reg = found.get("promotion"), found.get("registration")
    if prom is not None:
        moved = "promoted to champion" if prom.get("promote") else "registered, not promoted"
        return ("pass" if prom.get("promote") else "warn"), f"completed: {moved} ({prom['reason']})"
    if reg is not None:
        return "warn", "registered; promotion did not run"
    return "fail", "did not complete (see the stages below)"


def _header(recipe: Recipe, run_id: str, found: dict) -> str:
    cls, sentence = status_line(found)
    run_dir = found.get("run_dir")
    return (
        f"<h1>reasonrl run <code>{esc(run_id)}</code></h1>"
        f"<p>recipe <b>{esc(recipe.name)}</b> · task <b>{esc(recipe.task)}</b> · base model "
        f"<code>{esc(recipe.model.base)}</code> · "
        f"artifacts {link(run_dir, str(run_dir)) if run_dir else 'n/a'}</p>"
        f"<p class='{cls}'>{esc(sentence)}</p>"
    )


def _stages(found: dict, tasks: list[dict] | None) -> str:
    """One row per task: what it is (from its manifests), status, seconds, key counts, its log."""
    by_task: dict[str, list[dict]] = {}
    for s in found["stages"]:  # kfp.local lays out <run>/<task>/<output>/; a flat run dir has <run>/<output>/
        d = Path(s["dir"])
        by_task.setdefault(d.name if str(d.parent) == found.get("run_dir") else d.parent.name, []).append(s)
    order = [t["task"] for t in tasks] if tasks else list(by_task)
    timing = {t["task"]: t for t in tasks or []}
    rows = []
    for task in order:
        arts, t = by_task.get(task, []), timing.get(task, {})
        what = ", ".join(sorted({stage_label(a) for a in arts})) or task
        counts = "; ".join(f"{k} {v}" for a in arts for k, v in (a.get("counts") or {}).items())
        status = t.get("status", "SUCCESS" if arts else "?")
        rows.append(
            [
                esc(task),
                esc(what),
                verdict(status == "SUCCESS") if status != "?" else "?",
                num(t.get("seconds"), 1) if t else "n/a",
                esc(counts),
                " ".join(
                    [link(a["dir"], "outputs") for a in arts[:1]]
                    + ([link(t["log"], "log")] if t.get("log") else [])
                ),
            ]
        )
    if not rows:
        return ""
    return "<h2>Stages</h2>" + table(["task", "what", "status", "seconds", "counts", "files"], rows)


def stage_label(artifact: dict) -> str:
    """'gate: policy', 'evaluation: student', 'rl_train' — the stage and which gate or model. Pure."""
    if artifact.get("gate"):
        return f"gate: {artifact['gate']}"
    if artifact.get("label"):
        return f"evaluation: {artifact['label']}"
    return str(artifact.get("stage"))


def _copy_gate_pages(found: dict, dest: Path) -> dict[str, Path]:
    dest.mkdir(parents=True, exist_ok=True)
    pages = {}
    for name, gate_dir in found.get("gate_dirs", {}).items():
        src = Path(gate_dir) / "gate.html"
        if src.exists():
            pages[name] = dest / f"{name}.html"
            shutil.copyfile(src, pages[name])
    return pages


def _data_docs(found: dict, out_dir: Path) -> Path | None:
    stores = [
        Path(d) / "ge_store" for d in found.get("gate_dirs", {}).values() if (Path(d) / "ge_store").exists()
    ]
    if not stores:
        return None
    return build_site(stores, out_dir)


def _gates(found: dict, pages: dict[str, Path], site: Path | None) -> str:
    out = ["<h2>Gates</h2>"]
    if site:
        out.append(
            "<p class='muted'>Every gate's Great Expectations validation: "
            f"{link(site, 'one Data Docs site')} "
            "(styled online; the tables below hold the same values offline).</p>"
        )
    for name in GATE_ORDER:
        g = found["gates"].get(name)
        if g is None:
            out.append(f"<h3>{esc(name)} gate: not reached</h3>")
            continue
        out.append(
            f"<h3>{esc(name)} gate: {verdict(g['passed'])}</h3><p>{esc(g['summary'])} · "
            f"{link(pages.get(name), 'evidence page')}</p>" + rules_table(g)
        )
    return "".join(out)


def _models(found: dict) -> str:
    evals = found["evals"]
    rows = []
    for label in [m for m in MODEL_ORDER if m in evals] + sorted(set(evals) - set(MODEL_ORDER)):
        e = evals[label]
        lo, hi = e.get("pass_at_1_ci95") or (None, None)
        k = e.get("k", 1)
        rows.append(
            [
                esc(label),
                esc(MODEL_ROLE.get(label, "")),
                f"{num(e['pass_at_1'])} [{num(lo)}, {num(hi)}]",
                num(e.get(f"pass_at_{k}")),
                num(e["mean_tokens"], 1),
                num(e.get("p90_tokens"), 0),
                num(e.get("truncation_rate")),
                esc(e.get("n_prompts", "")),
            ]
        )
    if not rows:
        return "<h2>Models compared</h2><p>no evaluation ran</p>"
    text = ""
    b, p, s = evals.get("base"), evals.get("policy"), evals.get("student")
    if b and p:
        text += f"<p>RL changed pass@1 by {p['pass_at_1'] - b['pass_at_1']:+.3f}.</p>"
    if s and p and p["pass_at_1"] and p["mean_tokens"]:
        text += (
            f"<p>The student kept {s['pass_at_1'] / p['pass_at_1']:.0%} of its teacher's pass@1 with "
            f"{s['mean_tokens'] / p['mean_tokens']:.0%} of its tokens per answer.</p>"
        )
    return (
        "<h2>Models compared (held-out test split)</h2>"
        + table(
            [
                "model",
                "role",
                "pass@1 [95% CI]",
                "pass@k",
                "mean tokens",
                "p90 tokens",
                "truncated",
                "prompts",
            ],
            rows,
        )
        + text
    )


ML_VIEW = "?workflowType=machine_learning"  # MLflow 3's UI opens its GenAI view unless told otherwise


def run_url(ui: str, experiment_id: str, run_id: str, artifact: str | None = None) -> str:
    """The MLflow UI page of a run, or of one of its artifacts, in the model-training view. Pure."""
    return (
        f"{ui}/#/experiments/{experiment_id}/runs/{run_id}"
        + (f"/artifacts/{artifact}" if artifact else "")
        + ML_VIEW
    )


def mlflow_links(ui: str, reg: dict) -> dict[str, str]:
    """UI addresses of the registered version, its experiment, its run and its training run. Pure."""
    exp = reg.get("experiment_id")
    out = {"model version": f"{ui}/#/models/{quote(reg['model_name'])}/versions/{reg['version']}{ML_VIEW}"}
    if exp:
        out["experiment"] = f"{ui}/#/experiments/{exp}{ML_VIEW}"
    if exp and reg.get("run_id"):
        out["candidate run"] = run_url(ui, exp, reg["run_id"])
        out["model card"] = run_url(ui, exp, reg["run_id"], "model_card.md")
    if exp and reg.get("training_run_id"):
        out["training run"] = run_url(ui, exp, reg["training_run_id"])
    return out


def _model_registry(recipe: Recipe, found: dict) -> str:
    reg, prom = found.get("registration"), found.get("promotion")
    if not reg:
        return (
            "<h2>Model registry</h2><p>nothing registered (a gate stopped the pipeline before "
            "registration)</p>"
        )
    links = " · ".join(link(url, text) for text, url in mlflow_links(recipe.model_registry.ui(), reg).items())
    out = (
        f"<h2>Model registry</h2><p>registered <b>{esc(reg['model_name'])}</b> "
        f"version <b>{esc(reg['version'])}</b>: "
        "the distilled student (the RL policy is its teacher and is not registered). "
        f"MLflow ({esc(reg['tracking_uri'])}): "
        f"{links}</p>"
    )
    if prom:
        word = "tie" if prom.get("tie") else ("promoted to champion" if prom["promote"] else "not promoted")
        out += (
            f"<p class='{'pass' if prom['promote'] else 'warn'}'>Promotion: {esc(word)} — "
            f"{esc(prom['reason'])}</p>"
        )
        if prom.get("comparison"):
            c = prom["comparison"]
            out += table(
                ["paired on prompts", "challenger − champion", "p-value"],
                [[esc(c.get("n")), num(c.get("mean_diff"), 4), num(c.get("p_value"), 4)]],
            )
    return out


def _training(found: dict) -> str:
    rl = found.get("rl")
    if not rl:
        return ""
    d = Path(rl["dir"])
    img = (
        png_img((d / "training_curves.png").read_bytes(), "RL training curves")
        if (d / "training_curves.png").exists()
        else ""
    )
    spikes = rl["report"].get("spikes") or []
    warn = (
        (
            "<p class='warn'>Spikes: "
            + esc("; ".join(f"{s['metric']} {s['value']:.4g} at step {s['step']}" for s in spikes))
            + "</p>"
        )
        if spikes
        else ""
    )
    return (
        f"<h2>RL training</h2><p>{esc(rl['report'].get('steps'))} steps · "
        f"{link(d / 'training_report.html', 'training report')} · "
        f"{link(d / 'metrics.jsonl', 'metrics.jsonl')}</p>" + warn + img
    )


def _samples(found: dict) -> str:
    parts = []
    for label in [m for m in MODEL_ORDER if m in found.get("eval_dirs", {})]:
        path = Path(found["eval_dirs"][label]) / "samples.jsonl"
        if path.exists():
            samples = list(read_jsonl(path))
            parts.append(
                f"<details{' open' if label == 'student' else ''}><summary><b>{esc(label)}</b> "
                f"({esc(MODEL_ROLE.get(label, ''))})</summary>{samples_table(samples, limit=200)}</details>"
            )
    if not parts:
        return ""
    return "<h2>Samples</h2><p>" + WRONG_FILTER + "</p>" + "".join(parts)
