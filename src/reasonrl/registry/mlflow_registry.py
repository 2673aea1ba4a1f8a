"""MLflow registry access: register a model version with lineage tags, read and move aliases.

Works against a sqlite store locally (`sqlite:///outputs/mlflow.db`) and an `mlflow server`
at scale; the tracking URI comes from the recipe or MLFLOW_TRACKING_URI.
"""

from __future__ import annotations

import os
from pathlib import Path

CHAMPION, CHALLENGER = "champion", "challenger"


def client(tracking_uri: str):
    import mlflow
    from mlflow import MlflowClient

    os.environ.setdefault("MLFLOW_ENABLE_ASYNC_LOGGING", "false")
    mlflow.set_tracking_uri(tracking_uri)
    return MlflowClient(tracking_uri=tracking_uri)


def _experiment_id(c, name: str, artifact_root: str | None) -> str:
    exp = c.get_experiment_by_name(name)
    if exp is not None:
        return exp.experiment_id
    return c.create_experiment(name, artifact_location=artifact_root)


def register(tracking_uri: str, experiment: str, model_name: str, model_dir: Path, *, metrics: dict[str, float],
             tags: dict[str, str], artifacts: dict[str, Path], artifact_root: str | None = None) -> dict:
    """Log a run (metrics, lineage tags, model + report artifacts) and create a model version."""
    c = client(tracking_uri)
    run = c.create_run(_experiment_id(c, experiment, artifact_root), tags={"mlflow.runName": f"{model_name}-candidate"})
    rid = run.info.run_id
    for key, value in metrics.items():
        c.log_metric(rid, key, float(value))
    for key, value in tags.items():
        c.set_tag(rid, key, value)
    c.log_artifacts(rid, str(model_dir), "model")
    for name, path in artifacts.items():
        if Path(path).is_dir():
            c.log_artifacts(rid, str(path), name)
        elif Path(path).exists():
            c.log_artifact(rid, str(path), name)
    c.set_terminated(rid)
    try:
        c.get_registered_model(model_name)
    except Exception:  # noqa: BLE001 - MlflowException when absent
        c.create_registered_model(model_name, description="reasonrl candidate models (see version tags for lineage)")
    mv = c.create_model_version(model_name, source=f"{run.info.artifact_uri}/model", run_id=rid, tags=tags)
    return {"model_name": model_name, "version": str(mv.version), "run_id": rid, "source": mv.source,
            "tracking_uri": tracking_uri}


def version_info(c, model_name: str, version: str) -> dict:
    mv = c.get_model_version(model_name, version)
    run = c.get_run(mv.run_id)
    return {"version": str(mv.version), "metrics": dict(run.data.metrics), "eval_set_hash": mv.tags.get("eval_set_hash"),
            "aliases": list(mv.aliases)}


def alias_version(c, model_name: str, alias: str) -> dict | None:
    try:
        mv = c.get_model_version_by_alias(model_name, alias)
    except Exception:  # noqa: BLE001 - MlflowException when the alias is unset
        return None
    return version_info(c, model_name, mv.version)


def download_by_alias(tracking_uri: str, model_name: str, alias: str, dest: Path) -> Path:
    """`models:/name@alias` -> a local HF model directory."""
    import mlflow

    c = client(tracking_uri)
    mv = c.get_model_version_by_alias(model_name, alias)
    return Path(mlflow.artifacts.download_artifacts(artifact_uri=mv.source, dst_path=str(dest)))
