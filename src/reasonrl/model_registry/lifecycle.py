"""A registered version's way to `champion`, driven through MLflow: what a pipeline run
registered (read back from the model registry, for a run whose artifacts stay on a cluster) and the
promotion rule (`promotion.py`, pure) applied to a version, with the paired comparison on the
shared evaluation prompts and one audit entry per change.

Here, not in a stage, because two callers drive it: the `promote` stage and the retraining DAG
(`orchestration.retrain`), which re-applies a run's promotion idempotently.
"""

from __future__ import annotations

from pathlib import Path

from reasonrl.config.models import Recipe
from reasonrl.errors import ModelRegistryError
from reasonrl.eval.compare import paired_comparison, per_prompt_scores, prompt_clusters
from reasonrl.io import read_jsonl, write_json
from reasonrl.model_registry import mlflow_registry as reg
from reasonrl.model_registry.promotion import decide_promotion

PROMOTION = "promotion.json"


def registration_of_run(recipe: Recipe, pipeline_run_id: str) -> dict | None:
    """What `register` recorded for a pipeline run, read back from the model registry (for a run whose
    artifacts live on a cluster): {model_name, version, tracking_uri, gates_passed}, or None when
    the run registered nothing (it stopped at a gate or failed)."""
    uri, name = recipe.model_registry.tracking_uri, recipe.model_registry.model_name
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


def _samples(c, run_id: str, dest: Path) -> list[dict]:
    """A registered version's logged evaluation samples ([] when it has none)."""
    import mlflow
    from mlflow.exceptions import MlflowException

    listed = {
        f.path for f in c.list_artifacts(run_id, "evaluation")
    }  # an outage raises here: not "no samples"
    if "evaluation/samples.jsonl" not in listed:
        return []  # registered without samples: it cannot be compared, and promotion says so
    try:
        path = mlflow.artifacts.download_artifacts(
            run_id=run_id, artifact_path="evaluation/samples.jsonl", dst_path=str(dest)
        )
    except MlflowException as exc:
        raise ModelRegistryError(f"cannot download the evaluation samples of run {run_id}: {exc}") from exc
    return list(read_jsonl(path))


def _comparison(recipe: Recipe, c, name: str, version: str, champion: dict | None, out: Path) -> dict | None:
    """The paired per-prompt test of the version against the current champion (None when there is
    no other champion), written beside the decision as comparison.json."""
    if not champion or champion["version"] == version:
        return None
    mine = _samples(c, c.get_model_version(name, version).run_id, out / "samples" / "challenger")
    theirs = _samples(c, c.get_model_version(name, champion["version"]).run_id, out / "samples" / "champion")
    comparison = paired_comparison(
        per_prompt_scores(mine),
        per_prompt_scores(theirs),
        clusters={**prompt_clusters(theirs), **prompt_clusters(mine)},
        seed=recipe.seed,
    )
    write_json(
        out / "comparison.json", {"challenger": version, "champion": champion["version"], **comparison}
    )
    return comparison


def promote_version(recipe: Recipe, info: dict, out: Path) -> dict:
    """Apply the promotion rule to a registration {model_name, version, tracking_uri,
    gates_passed}: move `champion` or set `challenger`, idempotently, and write the decision to
    out/promotion.json. Returns the decision with the version, comparison and previous champion."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    c = reg.client(info["tracking_uri"])
    name, version = info["model_name"], info["version"]
    challenger = reg.version_info(c, name, version)
    champion = reg.alias_version(c, name, reg.CHAMPION)
    comparison = _comparison(recipe, c, name, version, champion, out)
    decision = decide_promotion(
        challenger, champion, info["gates_passed"], recipe.model_registry.promotion, comparison
    )
    result = {
        **decision,
        "model_name": name,
        "version": version,
        "comparison": comparison,
        "previous_champion": champion["version"] if champion else None,
        "champion_uri": f"models:/{name}@{reg.CHAMPION}",
    }
    audit_run = _move(recipe, c, result, champion)
    if audit_run:
        result["audit_run_id"] = audit_run
    write_json(out / PROMOTION, result)
    return result


def _move(recipe: Recipe, c, result: dict, champion: dict | None) -> str | None:
    """Point the alias the decision names at the version and tag it with its status; an audit
    entry only when something changed (a re-run that changes nothing leaves none). Returns the
    audit run id."""
    name, version, comparison = result["model_name"], result["version"], result["comparison"]
    status = (
        "champion"
        if result["promote"]
        else "awaiting_approval"
        if result.get("awaiting_approval")
        else "challenger"
    )
    alias = None if result.get("noop") else reg.CHAMPION if result["promote"] else reg.CHALLENGER
    if alias is None:
        return None
    mv = c.get_model_version(name, version)
    changed = alias not in mv.aliases or mv.tags.get("promotion_status") != status
    event = {
        "action": "promote" if result["promote"] else status,
        "model": name,
        "version": version,
        "reason": result["reason"],
        "previous_champion": result["previous_champion"],
        "p_value": comparison["p_value"] if comparison else None,
        "pipeline_run_id": mv.tags.get("pipeline_run_id"),
    }
    tags = {
        "promotion_status": status,
        "promotion_reason": result["reason"],
        "compared_champion": champion["version"] if champion else "none",
    }  # what an approval is bound to
    return reg.move_alias(
        c, recipe.model_registry.experiment, name, version, alias, tags, event if changed else None
    )
