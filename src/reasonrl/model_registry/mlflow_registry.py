"""MLflow model registry access: register a model version with lineage tags, read and move aliases.

Works against a sqlite store locally (`sqlite:///outputs/mlflow.db`) and an `mlflow server`
at scale; the tracking URI comes from the recipe or MLFLOW_TRACKING_URI.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import time
from pathlib import Path

from reasonrl.errors import ConfigError, ModelRegistryError
from reasonrl.io.artifacts import IntegrityError, verify_file
from reasonrl.io.manifest import file_hashes, tree_hash
from reasonrl.model_registry.promotion import approval_allowed
from reasonrl.report.run_report import run_url

CHAMPION, CHALLENGER = "champion", "challenger"


def client(tracking_uri: str):
    import mlflow
    from mlflow import MlflowClient

    os.environ.setdefault("MLFLOW_ENABLE_ASYNC_LOGGING", "false")
    mlflow.set_tracking_uri(tracking_uri)
    return MlflowClient(tracking_uri=tracking_uri)


EXPERIMENT_KIND = ("mlflow.experimentKind", "custom_model_development")  # else MLflow 3 opens its GenAI view


def _experiment_id(c, name: str, artifact_root: str | None) -> str:
    exp = c.get_experiment_by_name(name)
    if exp is None:
        exp_id = c.create_experiment(name, artifact_location=artifact_root, tags=dict([EXPERIMENT_KIND]))
    else:
        exp_id = exp.experiment_id
        if exp.tags.get(EXPERIMENT_KIND[0]) != EXPERIMENT_KIND[1]:
            c.set_experiment_tag(exp_id, *EXPERIMENT_KIND)
    return exp_id


MODEL_MANIFEST = "model_manifest.json"


def training_run(
    tracking_uri: str, experiment: str, pipeline_run_id: str, stage: str = "rl_train"
) -> str | None:
    """The MLflow run a training stage of this pipeline run logged its steps to, if any."""
    c = client(tracking_uri)
    exp = c.get_experiment_by_name(experiment)
    if exp is None:
        return None
    found = c.search_runs(
        [exp.experiment_id],
        filter_string=f"tags.pipeline_run_id = '{pipeline_run_id}' and tags.`reasonrl.stage` = '{stage}'",
        max_results=1,
        order_by=["attributes.start_time DESC"],
    )
    return found[0].info.run_id if found else None


def mlmodel_file(dest: Path, sampling: dict[str, float | int], metadata: dict[str, str]) -> Path:
    """An MLmodel file with the model's signature: a prompt (text) in, a completion (text) out,
    sampling parameters with their defaults; MLflow's model page shows it as the schema. The
    weights stay a plain HF directory (no flavour: reasonrl loads them itself)."""
    from mlflow.models import Model, ModelSignature
    from mlflow.types.schema import ColSpec, ParamSchema, ParamSpec, Schema

    params = ParamSchema(
        [ParamSpec(k, "long" if isinstance(v, int) else "double", v) for k, v in sampling.items()]
    )
    signature = ModelSignature(
        inputs=Schema([ColSpec("string", "prompt")]),
        outputs=Schema([ColSpec("string", "completion")]),
        params=params,
    )
    Model(artifact_path="model", signature=signature, metadata=metadata).save(dest / "MLmodel")
    return dest / "MLmodel"


def register(
    tracking_uri: str,
    experiment: str,
    model_name: str,
    model_dir: Path,
    *,
    metrics: dict[str, float],
    tags: dict[str, str],
    artifacts: dict[str, Path],
    artifact_root: str | None = None,
    description: str = "",
    parent_run_id: str | None = None,
    params: dict[str, object] | None = None,
    signature: dict | None = None,
    ui_url: str | None = None,
) -> dict:
    """Log a run (metrics, lineage tags, model + report artifacts) and create a model version.

    The model's per-file sha256 go up as an artifact and their tree hash as a version tag (in the
    tracking database, not the artifact store), so a download detects corrupted weights."""
    files = file_hashes(model_dir)
    tags = {**tags, "model_sha256": tree_hash(files)}
    c = client(tracking_uri)
    run_tags = {"mlflow.runName": f"{model_name}-candidate-{tags.get('pipeline_run_id', 'local')}"}
    if parent_run_id:  # nested under the training run that produced it (the MLflow UI shows the link)
        run_tags.update({"mlflow.parentRunId": parent_run_id, "training_run_id": parent_run_id})
    run = c.create_run(_experiment_id(c, experiment, artifact_root), tags=run_tags)
    rid = run.info.run_id
    from mlflow.entities import Metric, Param, RunTag

    now = int(time.time() * 1000)
    c.log_batch(
        rid,
        metrics=[Metric(k, float(v), now, 0) for k, v in metrics.items()],
        params=[Param(k, str(v)) for k, v in (params or {}).items()],
        tags=[RunTag(k, v) for k, v in tags.items()],
    )
    _log_artifacts(c, rid, model_dir, files, artifacts, signature)
    c.set_terminated(rid)
    _ensure_registered_model(c, model_name)
    if "model_card.md" in artifacts:  # the description is Markdown in the MLflow UI: a link to the card
        card = (
            run_url(ui_url, run.info.experiment_id, rid, "model_card.md")
            if ui_url
            else f"{run.info.artifact_uri}/model_card.md"
        )
        description += f"\n\nModel card: [model_card.md]({card}) ({run.info.artifact_uri}/model_card.md)"
    if "gates" in artifacts:  # where each gate's decision and evidence page are, as MLflow stores them
        tags["gates_evidence"] = f"{run.info.artifact_uri}/gates"
    mv = c.create_model_version(
        model_name, source=f"{run.info.artifact_uri}/model", run_id=rid, tags=tags, description=description
    )
    return {
        "model_name": model_name,
        "version": str(mv.version),
        "run_id": rid,
        "source": mv.source,
        "tracking_uri": tracking_uri,
        "experiment_id": run.info.experiment_id,
        "training_run_id": parent_run_id,
    }


def _log_artifacts(c, rid: str, model_dir: Path, files: dict, artifacts: dict[str, Path], signature) -> None:
    """The run's artifacts: the model dir under model/, its per-file sha256 manifest, the MLmodel
    file (`signature`) beside the weights, and each named artifact (a dir under its key; a file named
    like its key at the run's root, else under the key)."""
    import tempfile

    c.log_artifacts(rid, str(model_dir), "model")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / MODEL_MANIFEST).write_text(json.dumps({"files": files}, indent=2))
        c.log_artifact(rid, str(Path(tmp) / MODEL_MANIFEST))
        if signature is not None:  # beside the weights, where the model page looks for it
            c.log_artifact(rid, str(mlmodel_file(Path(tmp), **signature)), "model")
    for name, path in artifacts.items():
        if Path(path).is_dir():
            c.log_artifacts(rid, str(path), name)
        elif Path(path).exists():
            c.log_artifact(rid, str(path), None if Path(path).name == name else name)


def _ensure_registered_model(c, model_name: str) -> None:
    """Create the registered model on its first version; any other failure to read it is an error."""
    from mlflow.exceptions import MlflowException

    try:
        c.get_registered_model(model_name)
    except MlflowException as exc:
        if not absent(exc):
            raise ModelRegistryError(f"cannot read registered model '{model_name}': {exc}") from exc
        c.create_registered_model(
            model_name, description="reasonrl candidate models (see version tags for lineage)"
        )


def version_info(c, model_name: str, version: str) -> dict:
    mv = c.get_model_version(model_name, version)
    run = c.get_run(mv.run_id)
    return {
        "version": str(mv.version),
        "metrics": dict(run.data.metrics),
        "eval_set_hash": mv.tags.get("eval_set_hash"),
        "aliases": list(mv.aliases),
    }


def absent(exc: Exception) -> bool:
    """True only for MLflow's "there is no such model / alias" answers. Anything else (a server
    that is down, a timeout, a permission error) is not an absence and must not read as one."""
    code = getattr(exc, "error_code", None)
    return code == "RESOURCE_DOES_NOT_EXIST" or (
        code == "INVALID_PARAMETER_VALUE" and "not found" in str(exc)
    )


def alias_version(c, model_name: str, alias: str) -> dict | None:
    """The version an alias points at, None when the alias (or model) does not exist. Any other
    failure raises ModelRegistryError: a transient error read as "no champion" would promote a
    challenger without the paired test."""
    from mlflow.exceptions import MlflowException

    try:
        mv = c.get_model_version_by_alias(model_name, alias)
    except MlflowException as exc:
        if absent(exc):
            return None
        raise ModelRegistryError(
            f"cannot read alias '{alias}' of model '{model_name}': {exc}",
            hint="check that the MLflow tracking server is reachable, then re-run promote (it is idempotent)",
        ) from exc
    return version_info(c, model_name, mv.version)


def download_version(tracking_uri: str, model_name: str, version: str, dest: Path) -> Path:
    """Download a model version's HF directory and verify every file against the sha256 recorded
    at registration (IntegrityError names the file that does not match)."""
    import mlflow

    c = client(tracking_uri)
    mv = c.get_model_version(model_name, version)
    dest = Path(dest)
    local = Path(mlflow.artifacts.download_artifacts(artifact_uri=mv.source, dst_path=str(dest)))
    files = json.loads(
        Path(
            mlflow.artifacts.download_artifacts(
                run_id=mv.run_id, artifact_path=MODEL_MANIFEST, dst_path=str(dest / ".manifest")
            )
        ).read_text()
    )["files"]
    where = f"models:/{model_name}/{version}"
    if tree_hash(files) != mv.tags.get("model_sha256"):
        raise IntegrityError(
            f"{where}: the stored file list does not match the registered model_sha256",
            hint="the artifact store was modified after registration; re-register the model",
        )
    for rel, expected in files.items():
        if not (local / rel).exists():
            raise IntegrityError(f"{where}: {rel} is missing from the artifact store")
        verify_file(local / rel, expected, f"{where}/{rel}")
    return local


def download_by_alias(tracking_uri: str, model_name: str, alias: str, dest: Path) -> Path:
    """`models:/name@alias` -> a verified local HF model directory."""
    mv = client(tracking_uri).get_model_version_by_alias(model_name, alias)
    return download_version(tracking_uri, model_name, str(mv.version), dest)


def models_uri(ref: str, cache: Path) -> Path:
    """modeling.loading's resolver for `models:/` references (registered by model_registry/__init__.py):
    downloaded from $MLFLOW_TRACKING_URI and sha256-verified, into a cache directory per
    (tracking server, reference)."""
    tracking = os.environ.get("MLFLOW_TRACKING_URI")
    if not tracking:
        raise ConfigError(
            f"{ref} needs a tracking server", hint="set MLFLOW_TRACKING_URI (or pass --tracking-uri)"
        )
    key = hashlib.sha256(f"{tracking}|{ref}".encode()).hexdigest()[:16]
    return resolve_models_uri(ref, tracking, cache / "model_registry" / key)


def resolve_models_uri(uri: str, tracking_uri: str, dest: Path) -> Path:
    """`models:/name@alias` or `models:/name/version` -> a verified local model directory."""
    body = uri[len("models:/") :]
    if "@" in body:
        name, alias = body.split("@", 1)
        return download_by_alias(tracking_uri, name, alias, dest)
    name, _, version = body.rpartition("/")
    return download_version(tracking_uri, name, version, dest)


def audit(c, experiment: str, event: dict) -> str:
    """Append a model registry event (promotion, approval) to the audit trail: one run per event in the
    `<experiment>-audit` experiment, its fields as tags, so the trail is queryable in MLflow."""
    exp = _experiment_id(c, f"{experiment}-audit", None)
    lineage = {"pipeline_run_id": str(event["pipeline_run_id"])} if event.get("pipeline_run_id") else {}
    run = c.create_run(
        exp,
        tags={
            "mlflow.runName": f"{event.get('action', 'event')} v{event.get('version')}",
            **lineage,
            **{f"audit.{k}": str(v)[:5000] for k, v in event.items()},
        },
    )
    c.set_terminated(run.info.run_id)
    return run.info.run_id


def move_alias(
    c, experiment: str, model_name: str, version: str, alias: str, tags: dict[str, str], event: dict | None
) -> str | None:
    """The one way a promotion or an approval changes the model registry: point `alias` at the version,
    record `tags` on it, and (when `event` is given) append the event to the audit trail.
    Returns the audit run id."""
    c.set_registered_model_alias(model_name, alias, str(version))
    for key, value in tags.items():
        c.set_model_version_tag(model_name, str(version), key, value)
    return audit(c, experiment, event) if event is not None else None


def approve(
    tracking_uri: str, experiment: str, model_name: str, version: str, approver: str | None = None
) -> dict:
    """Manual-approval mode: move `champion` to a version the promotion rule marked as waiting, recording
    who approved and when. Approving the current champion again changes nothing; a version compared
    with a champion that has since been replaced is refused (model_registry.promotion.approval_allowed)."""
    c = client(tracking_uri)
    mv = c.get_model_version(model_name, version)
    champion = alias_version(c, model_name, CHAMPION)
    if champion and champion["version"] == str(version):
        return {"approved": False, "noop": True, "reason": f"version {version} is already the champion"}
    if mv.tags.get("promotion_status") != "awaiting_approval":
        raise ConfigError(
            f"models:/{model_name}/{version} is not awaiting approval "
            f"(status: {mv.tags.get('promotion_status', 'none')})",
            hint="only a version the promotion rule marked awaiting_approval can be approved",
        )
    stale = approval_allowed(mv.tags.get("compared_champion"), champion["version"] if champion else None)
    if stale:
        raise ConfigError(
            f"models:/{model_name}/{version} cannot be approved: {stale}",
            hint="re-run `reasonrl promote` for this version so it is compared with the current "
            "champion, then approve",
        )
    who = approver or os.environ.get("REASONRL_APPROVER") or getpass.getuser()
    when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    event = {
        "action": "approve",
        "model": model_name,
        "version": str(version),
        "approved_by": who,
        "at": when,
        "previous_champion": champion["version"] if champion else None,
    }
    move_alias(
        c,
        experiment,
        model_name,
        version,
        CHAMPION,
        {"promotion_status": "approved", "approved_by": who, "approved_at": when},
        event,
    )
    return {"approved": True, **event}
