"""register and promote: read the upstream stages' outputs, call the model registry, write what it
answered. The MLflow work is in model_registry/ (`mlflow_registry` registers, `lifecycle` promotes)."""

from __future__ import annotations

import json
from pathlib import Path

from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.io import read_manifest, write_json
from reasonrl.model_registry import mlflow_registry as reg
from reasonrl.model_registry.lifecycle import promote_version
from reasonrl.model_registry.model_card import model_card
from reasonrl.modeling.gguf import model_source
from reasonrl.stages.common import METRICS, MODEL, REPORT, load_records, prepare_out, read_json
from reasonrl.stages.gate import DECISION, GATE_PAGE
from reasonrl.version import code_version

REGISTRATION = "registration.json"


def lineage_tags(recipe: Recipe, data_in, gates: dict[str, str], evaluation, run_id: str) -> dict[str, str]:
    """Tags that trace a model version to its data, compliance policy, gates, recipe, run and code."""
    data_manifest = read_manifest(data_in)
    tags = {
        "dataset_sha256": data_manifest.get("sha256", ""),
        "dataset_uri": str(Path(data_in).resolve()),
        "policy_hash": data_manifest.get("policy_hash", ""),
        "recipe_hash": config_hash(recipe),
        "recipe_name": recipe.name,
        "pipeline_run_id": run_id,
        "code_version": code_version(),
        "eval_set_hash": read_json(Path(evaluation) / METRICS).get("eval_set_hash", ""),
    }
    for role, ref in (("base_model", recipe.model.base), ("student_init", recipe.model.student)):
        if source := model_source(ref):  # a pretrained LM from a package: its licence travels with the model
            tags[f"{role}.licence"], tags[f"{role}.source"] = source["licence"], source["source"]
    for name, path in gates.items():
        decision = read_json(Path(path) / DECISION)
        tags[f"gate.{name}.passed"] = str(decision["passed"]).lower()
        tags[f"gate.{name}.uri"] = str(Path(path).resolve() / DECISION)
        if decision.get(
            "exceptions"
        ):  # a protected rule the compliance policy file let warn only: on the record
            tags[f"gate.{name}.exceptions"] = json.dumps(decision["exceptions"], sort_keys=True)
    return tags


EVAL_SETTINGS = ("k", "samples", "temperature", "top_p", "max_new_tokens", "seed", "n_prompts")


def eval_figures(metrics: dict) -> tuple[dict[str, float], dict[str, object]]:
    """An evaluation's numbers split into metrics (what the model scored) and the settings it was
    scored under (sampling, seed, size: the same for every model, so params, not metrics). Pure."""
    numbers = {k: v for k, v in metrics.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    return (
        {k: v for k, v in numbers.items() if k not in EVAL_SETTINGS},
        {f"eval.{k}": numbers[k] for k in EVAL_SETTINGS if k in numbers},
    )


def register(
    recipe: Recipe,
    model_in,
    data_in,
    evaluation,
    gates: dict[str, str],
    out,
    run_id: str = "local",
    extra_evals: dict[str, str] | None = None,
) -> dict:
    """Register model_in as a new version of model_registry.model_name, with lineage and eval metrics."""
    out = prepare_out(out, recipe, "register", "model_registry")
    metrics, params = eval_figures(read_json(Path(evaluation) / METRICS))
    for label, path in (extra_evals or {}).items():
        metrics.update(
            {f"{label}.{k}": v for k, v in eval_figures(read_json(Path(path) / METRICS))[0].items()}
        )
    tags = lineage_tags(recipe, data_in, gates, evaluation, run_id)
    artifacts = {"evaluation": Path(evaluation), "gates": Path(out) / "gates"}
    _copy_gate_evidence(gates, Path(out) / "gates")
    card = model_card(recipe, Path(model_in), Path(data_in), {**metrics, **params}, tags)
    (Path(out) / "model_card.md").write_text(card)
    artifacts["model_card.md"] = Path(out) / "model_card.md"
    uri = recipe.model_registry.tracking_uri
    # a local store keeps artifacts beside the run outputs; a tracking server uses its own store (e.g. S3)
    artifact_root = (
        (Path(recipe.output_root).resolve() / "mlartifacts").as_uri() if _local_store(uri) else None
    )
    verdicts = ", ".join(
        f"{k.split('.')[1]} {'passed' if v == 'true' else 'FAILED'}"
        for k, v in tags.items()
        if k.startswith("gate.") and k.endswith(".passed")
    )
    info = reg.register(
        uri,
        recipe.model_registry.experiment,
        recipe.model_registry.model_name,
        Path(model_in) / MODEL,
        metrics=metrics,
        tags=tags,
        artifacts=artifacts,
        artifact_root=artifact_root,
        description=f"Gates: {verdicts}.\n{card.split(chr(10) * 2)[1][:400]}",
        parent_run_id=reg.training_run(uri, recipe.model_registry.experiment, run_id),
        params=params,
        ui_url=recipe.model_registry.ui(),
        signature=_signature(recipe, data_in, evaluation),
    )
    info["gates_passed"] = all(t == "true" for k, t in tags.items() if k.endswith(".passed"))
    write_json(out / REGISTRATION, {**info, "tags": tags, "metrics": metrics})
    return info


def _copy_gate_evidence(gates: dict[str, str], dest: Path) -> None:
    """Each gate's decision and its offline evidence page travel with the model."""
    for name, path in gates.items():
        (dest / name).mkdir(parents=True, exist_ok=True)
        for file in (DECISION, GATE_PAGE):
            if (Path(path) / file).exists():
                (dest / name / file).write_text((Path(path) / file).read_text())


def _signature(recipe: Recipe, data_in, evaluation) -> dict:
    """The MLmodel signature: the sampling defaults a served request starts from, and the
    metadata `reasonrl serve` reads."""
    return {
        "sampling": {
            "max_new_tokens": recipe.sampling.max_new_tokens,
            "temperature": float(recipe.sampling.temperature),
            "top_p": float(recipe.sampling.top_p),
        },
        "metadata": serving_metadata(recipe, data_in, evaluation),
    }


def serving_metadata(recipe: Recipe, data_in, evaluation) -> dict[str, str]:
    """What `reasonrl serve` needs to know of a registered model, in its MLmodel file: the task,
    the decode budget, and for a classifier the content policy its training records were judged
    under (the whole content policy, so a server needs no copy of this repository) and the score threshold
    chosen on the validation split, with the compute dtype evaluation scored in (`precision`)."""
    from collections import Counter

    meta = {
        "task": recipe.task,
        "format": "huggingface-transformers directory",
        "max_new_tokens": str(recipe.eval.sampling.max_new_tokens),
    }
    from reasonrl import tasks

    classifier = recipe.task in tasks.TASKS and tasks.get(recipe.task).labels is not None
    records = load_records(data_in, kind="prompt", split="train") if classifier else []
    content_policies = Counter(r["policy"] for r in records if r.get("policy"))
    if content_policies:
        from reasonrl.tasks.moderation import load_content_policy

        meta["content_policy"] = json.dumps(
            load_content_policy(content_policies.most_common(1)[0][0]).model_dump(mode="json")
        )
    evaluated = read_json(Path(evaluation) / METRICS)
    chosen = evaluated.get("threshold_selection") or {}
    if chosen.get("threshold") is not None:
        meta["threshold"] = str(chosen["threshold"])
    if evaluated.get("precision"):  # a threshold holds for scores computed in this dtype
        meta["precision"] = evaluated["precision"]
    return meta


def _local_store(uri: str) -> bool:
    return uri.startswith(("sqlite:", "file:")) or "://" not in uri


def promote(recipe: Recipe, registration_in, out) -> dict:
    """Apply the promotion rule to the version `register` wrote (model_registry.lifecycle: `champion`
    or `challenger`, idempotently, with the paired comparison and an audit entry per change)."""
    out = prepare_out(out, recipe, "promote", "model_registry")
    result = promote_version(recipe, read_json(Path(registration_in) / REGISTRATION), out)
    write_json(out / REPORT, result)
    return result
