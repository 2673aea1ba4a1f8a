"""The model card registered with every version: data, compliance, training, evaluation,
intended use and limits, generated from the artifacts that produced the model (markdown)."""

from __future__ import annotations

import json
from pathlib import Path

from reasonrl.config.models import Recipe


def _read(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def _fmt(v) -> str:
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def model_card(recipe: Recipe, model_dir: Path, data_dir: Path, metrics: dict, tags: dict[str, str]) -> str:
    """model_dir/data_dir: the rl_train (or distill) and compliance_filter output dirs. The card's
    sections in order: lineage, data, compliance, training, evaluation, intended use and limits."""
    filt, train = _read(Path(data_dir) / "report.json"), _read(Path(model_dir) / "report.json")
    lines = [
        *_lineage(recipe, tags),
        *_data(recipe, tags),
        *_compliance(filt, tags),
        *_training(recipe, train),
        *_evaluation(recipe, metrics, tags),
        *_use_and_limits(recipe),
    ]
    return "\n".join(lines) + "\n"


def _lineage(recipe: Recipe, tags: dict[str, str]) -> list[str]:
    lines = [
        f"# {recipe.model_registry.model_name}",
        "",
        f"Base model `{recipe.model.base}`, trained by reasonrl recipe `{recipe.name}` "
        f"(recipe hash `{tags.get('recipe_hash', '')[:12]}`, code `{tags.get('code_version', '')}`, "
        f"pipeline run `{tags.get('pipeline_run_id', '')}`).",
        "",
    ]
    for role in ("base_model", "student_init"):
        if f"{role}.licence" in tags:
            lines += [
                f"- {role.replace('_', ' ')}: {tags[f'{role}.source']} (licence {tags[f'{role}.licence']})"
            ]
    return lines


def _data(recipe: Recipe, tags: dict[str, str]) -> list[str]:
    return [
        "",
        "## Data",
        *[
            f"- {s.name}: {s.kind} {s.uri or s.generator}, licence {s.licence or 'per record'}, "
            f"record {s.record}"
            for s in recipe.data.sources
        ],
        f"- dataset sha256 `{tags.get('dataset_sha256', '')}`",
    ]


def _compliance(filt: dict, tags: dict[str, str]) -> list[str]:
    gates = {k.split(".")[1]: v for k, v in tags.items() if k.startswith("gate.") and k.endswith(".passed")}
    lines = ["", "## Compliance", f"- policy hash `{tags.get('policy_hash', '')}`"]
    if filt:
        lines.append(
            f"- kept {filt.get('kept')}, quarantined {filt.get('quarantined')} (by rule: "
            f"{json.dumps(filt.get('dropped_by_rule', {}))})"
        )
    lines += [f"- gate {name}: {'passed' if v == 'true' else 'FAILED'}" for name, v in sorted(gates.items())]
    for key, granted in sorted((k, v) for k, v in tags.items() if k.endswith(".exceptions")):
        lines += [
            f"- **exception** at gate {key.split('.')[1]}: rule `{rule}` only warned, granted by the "
            f"compliance policy file: {why}"
            for rule, why in json.loads(granted).items()
        ]
    return lines


def _training(recipe: Recipe, train: dict) -> list[str]:
    rl = recipe.rl
    lines = [
        "",
        "## Training",
        f"- RL: {rl.advantage} advantages, {rl.loss} loss ({rl.aggregation}), {rl.steps} steps of "
        f"{rl.prompts_per_step} prompts x G={rl.group_size}, lr {rl.lr}, KL {rl.kl_coef} ({rl.kl_estimator})",
        f"- rewards: {', '.join(f'{t.name} x{t.weight}' for t in rl.rewards)}",
    ]
    if train.get("final"):
        lines.append("- last 5 steps: " + ", ".join(f"{k} {_fmt(v)}" for k, v in train["final"].items()))
    return lines


def _evaluation(recipe: Recipe, metrics: dict, tags: dict[str, str]) -> list[str]:
    return [
        "",
        "## Evaluation",
        "",
        "| metric | value |",
        "|---|---|",
        *[f"| {k} | {_fmt(v)} |" for k, v in sorted(metrics.items())],
        "",
        f"Held-out prompts: eval set hash `{tags.get('eval_set_hash', '')[:12]}`; sampling temperature "
        f"{recipe.eval.sampling.temperature}, {recipe.eval.samples} samples per prompt, "
        f"{recipe.eval.sampling.max_new_tokens} new tokens.",
    ]


def _use_and_limits(recipe: Recipe) -> list[str]:
    return [
        "",
        "## Intended use",
        f"Research on RL for reasoning on the `{recipe.task}` task family, inside the content-safety team's "
        "evaluation harness. Not for deployment to end users without a task-specific evaluation.",
        "",
        "## Limits",
        "- Measured only on the held-out split above; accuracy elsewhere is unknown.",
        "- Verifiable rewards score the final answer, not the reasoning; a learned reward model can be gamed "
        "(see hacking.jsonl in the training outputs).",
        "- Compliance filters reduce but do not eliminate PII and contamination; see the data gate report.",
    ]
