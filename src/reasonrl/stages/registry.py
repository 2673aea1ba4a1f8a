"""register and promote."""

from __future__ import annotations

import subprocess
from pathlib import Path

from reasonrl import __version__
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.io import read_manifest, write_json
from reasonrl.registry import mlflow_registry as reg
from reasonrl.registry.promotion import decide_promotion
from reasonrl.stages.common import METRICS, REPORT, prepare_out, read_json
from reasonrl.stages.gate import DECISION
from reasonrl.stages.train import MODEL

REGISTRATION, PROMOTION = "registration.json", "promotion.json"


def _code_version() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,
                             cwd=Path(__file__).parent).stdout.strip()
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
    for name, path in gates.items():
        decision = read_json(Path(path) / DECISION)
        tags[f"gate.{name}.passed"] = str(decision["passed"]).lower()
        tags[f"gate.{name}.uri"] = str(Path(path).resolve() / DECISION)
    return tags


def register(recipe: Recipe, model_in, data_in, evaluation, gates: dict[str, str], out, run_id: str = "local",
             extra_evals: dict[str, str] | None = None) -> dict:
    """Register model_in as a new version of registry.model_name, with lineage and eval metrics."""
    out = prepare_out(out, recipe, "register", "registry")
    metrics = {k: v for k, v in read_json(Path(evaluation) / METRICS).items() if isinstance(v, (int, float))}
    for label, path in (extra_evals or {}).items():
        metrics.update({f"{label}.{k}": v for k, v in read_json(Path(path) / METRICS).items() if isinstance(v, (int, float))})
    tags = lineage_tags(recipe, data_in, gates, evaluation, run_id)
    artifacts = {"evaluation": Path(evaluation), "gates": Path(out) / "gates"}
    for name, path in gates.items():
        (Path(out) / "gates" / name).mkdir(parents=True, exist_ok=True)
        (Path(out) / "gates" / name / DECISION).write_text((Path(path) / DECISION).read_text())
    artifact_root = Path(recipe.output_root).resolve() / "mlartifacts"
    info = reg.register(recipe.registry.tracking_uri, recipe.registry.experiment, recipe.registry.model_name,
                        Path(model_in) / MODEL, metrics=metrics, tags=tags, artifacts=artifacts,
                        artifact_root=artifact_root.as_uri())
    info["gates_passed"] = all(t == "true" for k, t in tags.items() if k.endswith(".passed"))
    write_json(out / REGISTRATION, {**info, "tags": tags, "metrics": metrics})
    return info


def promote(recipe: Recipe, registration_in, out) -> dict:
    """Apply the promotion policy; move `champion` or set `challenger`, idempotently."""
    out = prepare_out(out, recipe, "promote", "registry")
    info = read_json(Path(registration_in) / REGISTRATION)
    c = reg.client(info["tracking_uri"])
    name = info["model_name"]
    challenger = reg.version_info(c, name, info["version"])
    champion = reg.alias_version(c, name, reg.CHAMPION)
    decision = decide_promotion(challenger, champion, info["gates_passed"], recipe.registry.promotion)
    if decision["promote"]:
        c.set_registered_model_alias(name, reg.CHAMPION, info["version"])
    elif not decision.get("noop"):
        c.set_registered_model_alias(name, reg.CHALLENGER, info["version"])
    c.set_model_version_tag(name, info["version"], "promotion_reason", decision["reason"])
    result = {**decision, "model_name": name, "version": info["version"],
              "previous_champion": champion["version"] if champion else None,
              "champion_uri": f"models:/{name}@{reg.CHAMPION}"}
    write_json(out / PROMOTION, result)
    write_json(out / REPORT, result)
    return result
