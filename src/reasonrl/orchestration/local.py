"""Compile the pipeline, and run it on this machine through kfp.local."""

from __future__ import annotations

import contextlib
import os
import sys
import time
import warnings
from pathlib import Path

from reasonrl import pipelines
from reasonrl.config import config_hash, load_recipe, localize, recipe_to_json
from reasonrl.config.models import Recipe
from reasonrl.errors import ReasonRLError
from reasonrl.orchestration import preflight
from reasonrl.orchestration.console import PROGRESS_ENV, TaskConsole, error_tail, redirected

COMPILED = Path(pipelines.__file__).parent / "compiled" / "reasonrl.yaml"  # kept in git, checked by a test


def compile_pipeline(out: str | Path = COMPILED, images: dict[str, str] | None = None) -> Path:
    """The pipeline as KFP IR YAML. `images` ({'cpu': ref, 'gpu': ref}) sets the components' base
    images; components take them when first imported, so that compile runs in a fresh process."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if images:
        import subprocess

        env = {**os.environ, "REASONRL_IMAGE": images["cpu"], "REASONRL_IMAGE_GPU": images["gpu"]}
        code = (
            "import sys; from reasonrl.orchestration.local import compile_pipeline; "
            "compile_pipeline(sys.argv[1])"
        )
        proc = subprocess.run([sys.executable, "-c", code, str(out)], env=env, capture_output=True, text=True)
        if proc.returncode:
            raise ReasonRLError(f"compiling the pipeline failed:\n{proc.stderr[-2000:]}")
        return out
    from kfp import compiler

    from reasonrl.pipelines.pipeline import reasonrl_pipeline

    compiler.Compiler().compile(reasonrl_pipeline, str(out))
    return out


def run_local(recipe_path: str, overrides: list[str] | None = None) -> int:
    """Run every stage with kfp.local's SubprocessRunner; print one line per stage, then the run
    summary. Returns 0 when the pipeline reached promotion, 3 when a gate stopped it."""
    recipe = localize(load_recipe(recipe_path, overrides))
    preflight.check(recipe, recipe_path)
    summary = run_recipe_local(recipe, source=recipe_path)
    print(summary["markdown"])
    print(f"[reasonrl] run report: {summary['html']}")
    return 0 if summary["completed"] else 3


def run_recipe_local(recipe: Recipe, run_id: str | None = None, source: str = "recipe") -> dict:
    """The pipeline on this machine for a resolved recipe; returns the run summary dict. The
    terminal gets one line per task, and the running task's progress (a live line on a terminal,
    a plain line every 30 s elsewhere); each task's whole log lands in `<task dir>/task.log`."""
    from kfp import local

    from reasonrl.modeling import resolve_model
    from reasonrl.pipelines.pipeline import reasonrl_pipeline
    from reasonrl.report.summary import write_summary

    run_id = run_id or f"{recipe.name}-{time.strftime('%Y%m%d-%H%M%S')}"
    kfp_root = Path(recipe.output_root) / "kfp"
    kfp_root.mkdir(parents=True, exist_ok=True)
    for ref in {recipe.model.base, recipe.model.student, recipe.reward_model.backbone}:
        if ref.startswith("embedded:"):
            print(f"[reasonrl] embedded model {ref}: {resolve_model(ref)}", flush=True)
    warnings.filterwarnings("ignore", message=".*have no effect in the current local runner")  # display names
    warnings.filterwarnings(
        "ignore", message=".*custom or non-Python base image"
    )  # subprocess runner, by design
    before = set(kfp_root.iterdir())
    local.init(
        runner=local.SubprocessRunner(use_venv=False), pipeline_root=str(kfp_root), raise_on_error=True
    )
    print(
        f"[reasonrl] run {run_id}: {source} (hash {config_hash(recipe)[:12]}); task logs under {kfp_root}",
        flush=True,
    )

    def run_dir() -> Path:  # the directory kfp.local created for this run
        return max(set(kfp_root.iterdir()) - before, key=lambda p: p.stat().st_mtime)

    console = TaskConsole(sys.stdout, run_dir)
    try:  # the stages' progress bars print lines the console reads (console.PROGRESS_ENV)
        with _environ(PROGRESS_ENV), redirected(console):
            reasonrl_pipeline(recipe_json=recipe_to_json(recipe), run_id=run_id)
    except RuntimeError as exc:  # kfp.local raises when a task fails: say what the stage itself said
        failed = console.failure()
        if failed is None:
            raise ReasonRLError(str(exc).replace("\x1b", "").split(". Inner")[0]) from None
        raise ReasonRLError(
            f"stage {failed['task']} failed:\n{error_tail(failed['log'])}",
            hint=f"its whole log: {failed['log']}",
        ) from None
    return write_summary(
        recipe, run_id, run_dir(), Path(recipe.output_root) / "runs" / run_id, console.results
    )


@contextlib.contextmanager
def _environ(values: dict[str, str]):
    """os.environ with `values` set for the duration (kfp.local's subprocesses inherit it)."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
