"""The run summary: stages, gate decisions, metrics before/after RL and after distillation,
and where the registered model is, as Markdown for terminals; the HTML run report
(`run_report.py`) is written from the same findings."""

from __future__ import annotations

import json
from pathlib import Path

from reasonrl.config.models import Recipe
from reasonrl.io import atomic_write_text, write_json
from reasonrl.report.run_report import GATE_ORDER, MODEL_ORDER, stage_label, write_run_report


def collect(run_dir: Path) -> dict:
    """Read every stage's outputs under a kfp.local run dir, keyed by what they are."""
    found: dict = {
        "stages": [],
        "gates": {},
        "evals": {},
        "ingest": None,
        "filter": None,
        "rl": None,
        "distill": None,
        "registration": None,
        "promotion": None,
        "rm": None,
        "gate_dirs": {},
        "eval_dirs": {},
        "run_dir": str(run_dir),
    }
    for manifest_path in sorted(run_dir.rglob("manifest.json"), key=lambda p: p.stat().st_mtime):
        art = manifest_path.parent
        m = json.loads(manifest_path.read_text())
        found["stages"].append(
            {
                "stage": m.get("stage"),
                "kind": m.get("kind"),
                "dir": str(art),
                "counts": m.get("counts"),
                "gate": m.get("gate"),
                "label": (m.get("metrics") or {}).get("label"),
            }
        )
        if m.get("stage") == "gate":
            found["gates"][m["gate"]] = json.loads((art / "decision.json").read_text())
            found["gate_dirs"][m["gate"]] = str(art)
        elif m.get("stage") == "evaluate":
            found["evals"][m["metrics"]["label"]] = m["metrics"]
            found["eval_dirs"][m["metrics"]["label"]] = str(art)
        elif m.get("stage") in ("ingest", "compliance_filter", "rl_train", "distill"):
            key = {"compliance_filter": "filter", "rl_train": "rl"}.get(m["stage"], m["stage"])
            found[key] = {"report": json.loads((art / "report.json").read_text()), "dir": str(art)}
        elif m.get("stage") == "reward_model_train":
            found["rm"] = m.get("metrics")
    for name in ("registration", "promotion"):
        hits = list(run_dir.rglob(f"{name}.json"))
        found[name] = json.loads(hits[0].read_text()) if hits else None
    return found


def _eval_table(evals: dict) -> list[str]:
    rows = [
        "| model | pass@1 | pass@k | mean tokens | acc / 1k tokens | truncated |",
        "|---|---|---|---|---|---|",
    ]
    for label in MODEL_ORDER:
        e = evals.get(label)
        if e:
            k = e.get("k", 1)
            rows.append(
                f"| {label} | {e['pass_at_1']:.3f} | {e.get(f'pass_at_{k}', 0):.3f} (k={k}) | "
                f"{e['mean_tokens']:.1f} | {e['accuracy_per_1k_tokens']:.1f} | {e['truncation_rate']:.3f} |"
            )
    return rows


def _f(x, digits: int = 2) -> str:
    return "n/a" if x is None or x != x else f"{x:.{digits}f}"


def _moderation_section(evals: dict) -> list[str]:
    """Per model: macro-F1 (95% CI), FPR and unparseable share overall, macro-F1 on each held-out
    set, FPR per language, tokens per decision and the policy-flip figures (eval.moderation)."""
    rows = [(label, evals[label]) for label in MODEL_ORDER if label in evals and "moderation" in evals[label]]
    if not rows:
        return []
    held = sorted({h for _, e in rows for h in e["moderation"].get("by_held_out", {})})
    langs = sorted({lang for _, e in rows for lang in e["moderation"].get("by_language", {})})
    out = [
        "",
        "## Moderation (policy "
        + rows[0][1]["moderation"]["policy"]["name"]
        + " v"
        + str(rows[0][1]["moderation"]["policy"]["version"])
        + ")",
        "| model | macro-F1 [95% CI] | served F1 / FPR | FPR | unparseable | tokens median / p90 | "
        + " | ".join(f"F1 {h}" for h in held)
        + " | flip: followed / stable |",
        "|---|---|---|---|---|---|" + "---|" * len(held) + "---|",
    ]
    for label, e in rows:
        o, flip = e["moderation"]["overall"], e.get("policy_flip") or {}
        lo, hi = o["macro_f1_ci95"]
        out.append(
            f"| {label} | {_f(o['macro_f1'])} [{_f(lo)}, {_f(hi)}] | "
            f"{_f(o.get('served_macro_f1'))} / {_f(o.get('served_fpr'))} | {_f(o['fpr'])} | "
            f"{_f(o['unparseable'])} | "
            f"{_f(o['tokens_median'], 0)} / {_f(o['tokens_p90'], 0)} | "
            + " | ".join(_f(e["moderation"].get("by_held_out", {}).get(h, {}).get("macro_f1")) for h in held)
            + f" | {_f(flip.get('affected_allowed_after_edit'))} / {_f(flip.get('unaffected_stable'))} |"
        )
    out += [
        "",
        "| model | " + " | ".join(f"{lang} F1 / FPR" for lang in langs) + " |",
        "|---|" + "---|" * len(langs),
    ]
    for label, e in rows:
        by = e["moderation"].get("by_language", {})
        out.append(
            f"| {label} | "
            + " | ".join(
                f"{_f(by[lang]['macro_f1'])} / {_f(by[lang]['fpr'])}" if lang in by else "" for lang in langs
            )
            + " |"
        )
    return out


def to_markdown(recipe: Recipe, run_id: str, f: dict) -> str:
    """The run report: a heading, then each of SECTIONS that has something to say, in order."""
    lines = [f"# reasonrl run `{run_id}`", "", f"recipe `{recipe.name}`"]
    for section in SECTIONS:
        lines += section(f)
    return "\n".join(lines) + "\n"


def _stages_and_gates(f: dict) -> list[str]:
    lines = [
        "",
        "## Stages",
        *[
            f"- {stage_label(s)}: " + ", ".join(f"{k} {v}" for k, v in (s["counts"] or {}).items())
            for s in f["stages"]
        ],
        "",
        "## Gates",
    ]
    for name in GATE_ORDER:
        g = f["gates"].get(name)
        lines.append(
            f"- {name}: "
            + ("not reached" if g is None else ("PASS" if g["passed"] else "FAIL") + f" — {g['summary']}")
        )
    return lines


def _compliance(f: dict) -> list[str]:
    if not f["filter"]:
        return []
    r = f["filter"]["report"]
    return [
        "",
        "## Compliance",
        f"- kept {r['kept']}, quarantined {r['quarantined']}; dropped by rule "
        f"{json.dumps(r['dropped_by_rule'])}; modified by rule {json.dumps(r['modified_by_rule'])}",
    ]


def _reward_model(f: dict) -> list[str]:
    rm = f["rm"]
    if not rm:
        return []
    ci = (
        f", 95% CI [{rm['heldout_accuracy_ci95_low']:.3f}, {rm['heldout_accuracy_ci95_high']:.3f}]"
        if "heldout_accuracy_ci95_low" in rm
        else ""
    )
    return [
        "",
        "## Reward model",
        f"- held-out pairwise accuracy {rm['heldout_accuracy']:.3f}{ci} on "
        f"{rm.get('heldout_pairs', '?')} pairs (before training {rm['heldout_accuracy_before']:.3f})",
    ]


def _evaluation(f: dict) -> list[str]:
    if not f["evals"]:
        return []
    lines = ["", "## Held-out evaluation (before RL = base, after RL = policy)", *_eval_table(f["evals"])]
    b, p = f["evals"].get("base"), f["evals"].get("policy")
    if b and p:
        lines.append(
            f"\nRL changed pass@1 by {p['pass_at_1'] - b['pass_at_1']:+.3f} "
            f"({b['pass_at_1']:.3f} -> {p['pass_at_1']:.3f})."
        )
    s = f["evals"].get("student")
    if s and p and p["pass_at_1"] and p["mean_tokens"]:
        lines.append(
            f"Distillation kept {s['pass_at_1'] / p['pass_at_1']:.0%} of the teacher's pass@1 with "
            f"{1 - s['mean_tokens'] / p['mean_tokens']:.0%} fewer tokens per answer."
        )
    return lines + _moderation_section(f["evals"])


def _registry(f: dict) -> list[str]:
    reg, prom = f["registration"], f["promotion"]
    lines = ["", "## Model registry"]
    if reg:
        lines.append(
            f"- registered `{reg['model_name']}` version {reg['version']} in {reg['tracking_uri']}: the "
            "distilled student (the RL policy is its teacher and is not registered)"
        )
    else:
        lines.append("- nothing registered (a gate stopped the pipeline)")
    if prom:
        lines.append(
            f"- promotion: {'PROMOTED to champion' if prom['promote'] else 'not promoted'} — {prom['reason']}"
        )
    return lines


# the report's sections in order; each reads the run's facts and returns its lines (none to skip)
SECTIONS = (_stages_and_gates, _compliance, _reward_model, _evaluation, _registry)


def to_html(md: str) -> str:
    """The Markdown summary as HTML (Python-Markdown with tables): real headings and tables, no
    scripts or remote assets, so the page reads the same offline."""
    import markdown

    return markdown.markdown(md, extensions=["tables"], output_format="html")


def write_summary(
    recipe: Recipe, run_id: str, run_dir: Path, out_dir: Path, tasks: list[dict] | None = None
) -> dict:
    """summary.md (terminals), report.html (the run report a reviewer reads) and summary.json."""
    found = collect(run_dir)
    md = to_markdown(recipe, run_id, found)
    out_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out_dir / "summary.md", md)
    moderation = _moderation_section(found["evals"])
    report = write_run_report(
        recipe, run_id, found, out_dir, tasks, to_html("\n".join(moderation)) if moderation else ""
    )
    completed = found["promotion"] is not None
    write_json(
        out_dir / "summary.json",
        {
            "run_id": run_id,
            "run_dir": str(run_dir),
            "completed": completed,
            "gates": {k: v["passed"] for k, v in found["gates"].items()},
            "evals": found["evals"],
            "registration": found["registration"],
            "promotion": found["promotion"],
            "tasks": tasks or [],
        },
    )
    return {"markdown": md, "html": str(report), "completed": completed, "found": found}
