"""register and promote."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from reasonrl import __version__
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.errors import RegistryError
from reasonrl.io import read_manifest, write_json
from reasonrl.modeling.gguf import model_source
from reasonrl.registry import mlflow_registry as reg
from reasonrl.registry.model_card import model_card
from reasonrl.registry.promotion import decide_promotion
from reasonrl.stages.common import METRICS, MODEL, REPORT, load_records, prepare_out, read_json
from reasonrl.stages.gate import DECISION, GATE_PAGE

REGISTRATION, PROMOTION = "registration.json", "promotion.json"


def _code_version() -> str:
    try:
        sha = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha = ""
    return f"{__version__}+{sha}" if sha else __version__


def lineage_tags(recipe: Recipe, data_in, gates: dict[str, str], evaluation, run_id: str) -> dict[str, str]:
    """Tags that trace a model version to its data, policy, gates, recipe, run and code."""
    data_manifest = read_manifest(data_in)
    tags = {
        "dataset_sha256": data_manifest.get("sha256", ""),
        "dataset_uri": str(Path(data_in).resolve()),
        "policy_hash": data_manifest.get("policy_hash", ""),
        "recipe_hash": config_hash(recipe),
        "recipe_name": recipe.name,
        "pipeline_run_id": run_id,
        "code_version": _code_version(),
        "eval_set_hash": read_json(Path(evaluation) / METRICS).get("eval_set_hash", ""),
    }
    for role, ref in (("base_model", recipe.model.base), ("student_init", recipe.model.student)):
        if source := model_source(ref):  # a pretrained LM from a package: its licence travels with the model
            tags[f"{role}.licence"], tags[f"{role}.source"] = source["licence"], source["source"]
    for name, path in gates.items():
        decision = read_json(Path(path) / DECISION)
        tags[f"gate.{name}.passed"] = str(decision["passed"]).lower()
        tags[f"gate.{name}.uri"] = str(Path(path).resolve() / DECISION)
        if decision.get("exceptions"):  # a protected rule the policy file let warn only: on the record
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
    """Register model_in as a new version of registry.model_name, with lineage and eval metrics."""
    out = prepare_out(out, recipe, "register", "registry")
    metrics, params = eval_figures(read_json(Path(evaluation) / METRICS))
    for label, path in (extra_evals or {}).items():
        metrics.update(
            {f"{label}.{k}": v for k, v in eval_figures(read_json(Path(path) / METRICS))[0].items()}
        )
    tags = lineage_tags(recipe, data_in, gates, evaluation, run_id)
    artifacts = {"evaluation": Path(evaluation), "gates": Path(out) / "gates"}
    for name, path in gates.items():  # the decision and its offline evidence page travel with the model
        (Path(out) / "gates" / name).mkdir(parents=True, exist_ok=True)
        for file in (DECISION, GATE_PAGE):
            if (Path(path) / file).exists():
                (Path(out) / "gates" / name / file).write_text((Path(path) / file).read_text())
    card = model_card(recipe, Path(model_in), Path(data_in), {**metrics, **params}, tags)
    (Path(out) / "model_card.md").write_text(card)
    artifacts["model_card.md"] = Path(out) / "model_card.md"
    uri = recipe.registry.tracking_uri
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
        recipe.registry.experiment,
        recipe.registry.model_name,
        Path(model_in) / MODEL,
        metrics=metrics,
        tags=tags,
        artifacts=artifacts,
        artifact_root=artifact_root,
        description=f"Gates: {verdicts}.\n{card.split(chr(10) * 2)[1][:400]}",
        parent_run_id=reg.training_run(uri, recipe.registry.experiment, run_id),
        params=params,
        ui_url=recipe.registry.ui(),
        signature={
            "sampling": {
                "max_new_tokens": recipe.sampling.max_new_tokens,
                "temperature": float(recipe.sampling.temperature),
                "top_p": float(recipe.sampling.top_p),
            },
            "metadata": serving_metadata(recipe, data_in, evaluation),
        },
    )
    info["gates_passed"] = all(t == "true" for k, t in tags.items() if k.endswith(".passed"))
    write_json(out / REGISTRATION, {**info, "tags": tags, "metrics": metrics})
    return info


def serving_metadata(recipe: Recipe, data_in, evaluation) -> dict[str, str]:
    """What `reasonrl serve` needs to know of a registered model, in its MLmodel file: the task,
    the decode budget, and for a classifier the content policy its training records were judged
    under (the whole policy, so a server needs no copy of this repository) and the score threshold
    chosen on the validation split."""
    from collections import Counter

    meta = {
        "task": recipe.task,
        "format": "huggingface-transformers directory",
        "max_new_tokens": str(recipe.eval.max_new_tokens),
    }
    from reasonrl import tasks

    classifier = recipe.task in tasks.TASKS and tasks.get(recipe.task).labels is not None
    records = load_records(data_in, kind="prompt", split="train") if classifier else []
    policies = Counter(r["policy"] for r in records if r.get("policy"))
    if policies:
        from reasonrl.tasks.moderation import load_policy

        meta["content_policy"] = json.dumps(
            load_policy(policies.most_common(1)[0][0]).model_dump(mode="json")
        )
    chosen = read_json(Path(evaluation) / METRICS).get("threshold_selection") or {}
    if chosen.get("threshold") is not None:
        meta["threshold"] = str(chosen["threshold"])
    return meta


def _local_store(uri: str) -> bool:
    return uri.startswith(("sqlite:", "file:")) or "://" not in uri


def _scores(c, run_id: str, dest: Path) -> dict[str, float]:
    """Per-prompt pass@1 of a registered version, from its logged evaluation samples."""
    import mlflow
    from mlflow.exceptions import MlflowException

    from reasonrl.eval.compare import per_prompt_scores
    from reasonrl.io import read_jsonl

    listed = {
        f.path for f in c.list_artifacts(run_id, "evaluation")
    }  # an outage raises here: not "no samples"
    if "evaluation/samples.jsonl" not in listed:
        return {}  # registered without samples: it cannot be compared, and promotion says so
    try:
        path = mlflow.artifacts.download_artifacts(
            run_id=run_id, artifact_path="evaluation/samples.jsonl", dst_path=str(dest)
        )
    except MlflowException as exc:
        raise RegistryError(f"cannot download the evaluation samples of run {run_id}: {exc}") from exc
    return per_prompt_scores(list(read_jsonl(path)))


def promote(recipe: Recipe, registration_in, out) -> dict:
    """Apply the promotion policy; move `champion` or set `challenger`, idempotently, with the
    paired comparison on the shared evaluation prompts and an audit-trail entry per change."""
    out = prepare_out(out, recipe, "promote", "registry")
    return promote_version(recipe, read_json(Path(registration_in) / REGISTRATION), out)


def registration_of_run(recipe: Recipe, pipeline_run_id: str) -> dict | None:
    """What `register` recorded for a pipeline run, read back from the registry (for a run whose
    artifacts live on a cluster): {model_name, version, tracking_uri, gates_passed}, or None when
    the run registered nothing (it stopped at a gate or failed)."""
    uri, name = recipe.registry.tracking_uri, recipe.registry.model_name
    c = reg.client(uri)
    found = c.search_model_versions(f"name = '{name}' and tags.pipeline_run_id = '{pipeline_run_id}'")
    if not found:
        return None
    mv = max(found, key=lambda v: int(v.version))
    gates = {k: v for k, v in mv.tags.items() if k.startswith("gate.") and k.endswith(".passed")}
    return {
        "model_name": name,
        "version": str(mv.version),
        "tracking_uri": uri,
        "gates_passed": bool(gates) and all(v == "true" for v in gates.values()),
    }


def promote_version(recipe: Recipe, info: dict, out: Path) -> dict:
    """promote() for a registration {model_name, version, tracking_uri, gates_passed}."""
    from reasonrl.eval.compare import paired_comparison

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    c = reg.client(info["tracking_uri"])
    name, version = info["model_name"], info["version"]
    challenger = reg.version_info(c, name, version)
    champion = reg.alias_version(c, name, reg.CHAMPION)
    mv = c.get_model_version(name, version)
    comparison = None
    if champion and champion["version"] != version:
        mine = _scores(c, mv.run_id, out / "samples" / "challenger")
        theirs = _scores(
            c, c.get_model_version(name, champion["version"]).run_id, out / "samples" / "champion"
        )
        comparison = paired_comparison(mine, theirs, seed=recipe.seed)
        write_json(
            out / "comparison.json", {"challenger": version, "champion": champion["version"], **comparison}
        )
    decision = decide_promotion(
        challenger, champion, info["gates_passed"], recipe.registry.promotion, comparison
    )
    status = (
        "champion"
        if decision["promote"]
        else "awaiting_approval"
        if decision.get("awaiting_approval")
        else "challenger"
    )
    alias = None if decision.get("noop") else reg.CHAMPION if decision["promote"] else reg.CHALLENGER
    changed = alias is not None and (alias not in mv.aliases or mv.tags.get("promotion_status") != status)
    result = {
        **decision,
        "model_name": name,
        "version": version,
        "comparison": comparison,
        "previous_champion": champion["version"] if champion else None,
        "champion_uri": f"models:/{name}@{reg.CHAMPION}",
    }
    if alias is not None:
        event = {
            "action": "promote" if decision["promote"] else status,
            "model": name,
            "version": version,
            "reason": decision["reason"],
            "previous_champion": result["previous_champion"],
            "p_value": comparison["p_value"] if comparison else None,
            "pipeline_run_id": mv.tags.get("pipeline_run_id"),
        }
        tags = {
            "promotion_status": status,
            "promotion_reason": decision["reason"],
            "compared_champion": champion["version"] if champion else "none",
        }  # what an approval is bound to
        audit_run = reg.move_alias(
            c, recipe.registry.experiment, name, version, alias, tags, event if changed else None
        )  # a re-run that changes nothing leaves no audit entry
        if audit_run:
            result["audit_run_id"] = audit_run
    write_json(out / PROMOTION, result)
    write_json(out / REPORT, result)
    return result
