"""Run the pipeline locally through kfp.local, compile it, or submit it to a KFP endpoint."""

from __future__ import annotations

import os
import time
import warnings
from pathlib import Path

from reasonrl import __version__
from reasonrl.config import config_hash, load_recipe, recipe_to_json
from reasonrl.config.models import Recipe
from reasonrl.errors import ReasonRLError

COMPILED = Path(__file__).parent / "compiled" / "reasonrl.yaml"


def localize(recipe: Recipe) -> Recipe:
    """Make every relative path absolute, so component subprocesses agree on locations."""
    root = Path(recipe.output_root).resolve()
    sources = [s.model_copy(update={"uri": str(Path(s.uri).resolve())})
               if s.uri and not s.uri.startswith("s3://") and not Path(s.uri).is_absolute() else s
               for s in recipe.data.sources]
    uri = recipe.registry.tracking_uri
    if uri.startswith("sqlite:///") and not uri.startswith("sqlite:////"):
        uri = "sqlite:///" + str(Path(uri[len("sqlite:///"):]).resolve())
    return recipe.model_copy(update={
        "output_root": str(root),
        "data": recipe.data.model_copy(update={"sources": sources}),
        "registry": recipe.registry.model_copy(update={"tracking_uri": uri}),
    })


def compile_pipeline(out: str | Path = COMPILED) -> Path:
    from kfp import compiler

    from reasonrl.pipelines.pipeline import reasonrl_pipeline

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    compiler.Compiler().compile(reasonrl_pipeline, str(out))
    return out


def run_local(recipe_path: str, overrides: list[str] | None = None) -> int:
    """Run every stage with kfp.local's SubprocessRunner; print and write the run summary.

    Returns 0 when the pipeline reached promotion, 3 when a gate stopped it."""
    summary = run_recipe_local(localize(load_recipe(recipe_path, overrides)), source=recipe_path)
    print(summary["markdown"])
    print(f"[reasonrl] summary: {summary['html']}")
    return 0 if summary["completed"] else 3


def run_recipe_local(recipe: Recipe, run_id: str | None = None, source: str = "recipe") -> dict:
    """The pipeline on this machine for a resolved recipe; returns the run summary dict."""
    from kfp import local

    from reasonrl.modeling import resolve_model
    from reasonrl.report.summary import write_summary

    run_id = run_id or f"{recipe.name}-{time.strftime('%Y%m%d-%H%M%S')}"
    kfp_root = Path(recipe.output_root) / "kfp"
    kfp_root.mkdir(parents=True, exist_ok=True)
    for ref in {recipe.model.base, recipe.model.student, recipe.reward_model.backbone}:
        if ref.startswith("embedded:"):
            print(f"[reasonrl] embedded model {ref}: {resolve_model(ref)}", flush=True)
    os.environ.setdefault("REASONRL_NO_PROGRESS", "1")  # task logs are captured line by line
    warnings.filterwarnings("ignore", message=".*have no effect in the current local runner")  # display names
    before = set(kfp_root.iterdir())
    local.init(runner=local.SubprocessRunner(use_venv=False), pipeline_root=str(kfp_root), raise_on_error=True)
    from reasonrl.pipelines.pipeline import reasonrl_pipeline

    print(f"[reasonrl] run {run_id}: {source} (hash {config_hash(recipe)[:12]})", flush=True)
    try:
        reasonrl_pipeline(recipe_json=recipe_to_json(recipe), run_id=run_id)
    except RuntimeError as exc:  # kfp.local raises when a task fails; the task log above says why
        raise ReasonRLError(str(exc).replace("\x1b", "").split(". Inner")[0] + " (a stage failed)",
                            hint=f"read the failing task's log above; its outputs are under {kfp_root}") from None
    run_dirs = sorted(set(kfp_root.iterdir()) - before, key=lambda p: p.stat().st_mtime)
    return write_summary(recipe, run_id, run_dirs[-1], Path(recipe.output_root) / "runs" / run_id)


def pipeline_version_name(recipe: Recipe) -> str:
    """`<package version>-<recipe hash>`: one pipeline version per code release and recipe."""
    return f"{__version__}-{config_hash(recipe)[:12]}"


def submit(recipe_path: str, overrides: list[str] | None, host: str, experiment: str = "reasonrl") -> dict:
    """Upload the compiled pipeline as version `<package version>-<recipe hash>` and start a run."""
    return submit_recipe(load_recipe(recipe_path, overrides), host, experiment)


def submit_recipe(recipe: Recipe, host: str, experiment: str = "reasonrl", run_id: str | None = None) -> dict:
    """Cluster mode: create (or reuse) the pipeline and this version on a KFP endpoint, start a run."""
    import kfp

    package = compile_pipeline(Path(recipe.output_root) / "compiled" / "reasonrl.yaml")
    client = kfp.Client(host=host)
    from reasonrl.pipelines.pipeline import PIPELINE_NAME

    pipeline_id = client.get_pipeline_id(PIPELINE_NAME)
    if pipeline_id is None:
        pipeline_id = client.upload_pipeline(str(package), pipeline_name=PIPELINE_NAME).pipeline_id
    version_name = pipeline_version_name(recipe)
    listed = client.list_pipeline_versions(pipeline_id, page_size=200).pipeline_versions or []
    version_id = next((v.pipeline_version_id for v in listed if v.display_name == version_name), None)
    if version_id is None:  # the same code + recipe reuses its version
        version_id = client.upload_pipeline_version(str(package), pipeline_version_name=version_name,
                                                    pipeline_id=pipeline_id).pipeline_version_id
    exp = client.create_experiment(experiment)
    run_id = run_id or f"{recipe.name}-{time.strftime('%Y%m%d-%H%M%S')}"
    run = client.run_pipeline(experiment_id=exp.experiment_id, job_name=run_id, pipeline_id=pipeline_id,
                              version_id=version_id,
                              params={"recipe_json": recipe_to_json(recipe), "run_id": run_id})
    return {"pipeline_id": pipeline_id, "version": version_name, "run_id": run.run_id}
