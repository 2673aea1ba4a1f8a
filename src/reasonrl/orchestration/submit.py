"""Cluster mode: upload the compiled pipeline as a version on a KFP endpoint and start a run."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from reasonrl import __version__
from reasonrl.config import config_hash, load_recipe, recipe_to_json
from reasonrl.config.models import Recipe
from reasonrl.orchestration.local import compile_pipeline
from reasonrl.orchestration.versioning import image_refs
from reasonrl.version import code_hash


def pipeline_version_name(recipe: Recipe, package: Path) -> str:
    """`<package version>-p<compiled pipeline>-c<code>-r<recipe>` (8 hex digits of each hash): a
    version uploaded from other code, another compiled pipeline or another recipe never matches,
    so `submit` cannot silently reuse a stale one."""
    pipeline = hashlib.sha256(Path(package).read_bytes()).hexdigest()
    return f"{__version__}-p{pipeline[:8]}-c{code_hash()[:8]}-r{config_hash(recipe)[:8]}"


def submit(recipe_path: str, overrides: list[str] | None, host: str, experiment: str = "reasonrl") -> dict:
    """Upload the compiled pipeline as a version named by what it runs (pipeline_version_name)
    and start a run."""
    return submit_recipe(load_recipe(recipe_path, overrides), host, experiment)


def submit_recipe(recipe: Recipe, host: str, experiment: str = "reasonrl", run_id: str | None = None) -> dict:
    """Cluster mode: create (or reuse) the pipeline and this version on a KFP endpoint, start a run."""
    import kfp

    from reasonrl.pipelines.pipeline import PIPELINE_NAME

    package = compile_pipeline(
        Path(recipe.output_root) / "compiled" / "reasonrl.yaml", images=image_refs(recipe)
    )
    client = kfp.Client(host=host)
    pipeline_id = client.get_pipeline_id(PIPELINE_NAME)
    if pipeline_id is None:
        pipeline_id = client.upload_pipeline(str(package), pipeline_name=PIPELINE_NAME).pipeline_id
    version_name = pipeline_version_name(recipe, package)
    listed = client.list_pipeline_versions(pipeline_id, page_size=200).pipeline_versions or []
    version_id = next((v.pipeline_version_id for v in listed if v.display_name == version_name), None)
    if version_id is None:  # the same code + recipe reuses its version
        version_id = client.upload_pipeline_version(
            str(package), pipeline_version_name=version_name, pipeline_id=pipeline_id
        ).pipeline_version_id
    exp = client.create_experiment(
        experiment, namespace=recipe.cluster.namespace
    )  # runs execute in the profile namespace
    run_id = run_id or f"{recipe.name}-{time.strftime('%Y%m%d-%H%M%S')}"
    run = client.run_pipeline(
        experiment_id=exp.experiment_id,
        job_name=run_id,
        pipeline_id=pipeline_id,
        version_id=version_id,
        params={"recipe_json": recipe_to_json(recipe), "run_id": run_id},
    )
    return {"pipeline_id": pipeline_id, "version": version_name, "run_id": run.run_id}
