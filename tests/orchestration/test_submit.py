"""Cluster mode without a cluster: `submit` and the retraining DAG's cluster path against a fake
KFP client. No KFP API server can run here, so the fake follows kfp.Client's interface: every
call it receives is bound to the real method's signature (a renamed or missing argument fails),
and it answers with kfp_server_api's own model classes. The model registry is a real MLflow store."""

from __future__ import annotations

import inspect
from pathlib import Path

import kfp
import pytest
from kfp_server_api.models import (
    V2beta1Experiment,
    V2beta1ListPipelineVersionsResponse,
    V2beta1Pipeline,
    V2beta1PipelineVersion,
    V2beta1Run,
)

from reasonrl.config import load_recipe
from reasonrl.orchestration import retrain, submit
from tests.conftest import TINY_RECIPE

REAL_CLIENT = kfp.Client  # captured before a test swaps in the fake


class FakeKFP:
    """An in-memory KFP API behind kfp.Client's methods; `calls` records what was asked."""

    pipelines: dict[str, str] = {}
    versions: dict[str, list[V2beta1PipelineVersion]] = {}
    calls: list[tuple[str, dict]] = []
    final_state = "SUCCEEDED"

    def __init__(self, host=None, **_):
        self.host = host

    def _record(self, name, *args, **kwargs):
        bound = inspect.signature(getattr(REAL_CLIENT, name)).bind(
            self, *args, **kwargs
        )  # the real signature
        FakeKFP.calls.append((name, dict(bound.arguments)))

    def get_pipeline_id(self, name):
        self._record("get_pipeline_id", name)
        return FakeKFP.pipelines.get(name)

    def upload_pipeline(self, pipeline_package_path, pipeline_name=None, description=None, namespace=None):
        self._record("upload_pipeline", pipeline_package_path, pipeline_name=pipeline_name)
        assert Path(pipeline_package_path).read_text().startswith("# PIPELINE DEFINITION")
        FakeKFP.pipelines[pipeline_name] = f"p-{len(FakeKFP.pipelines)}"
        return V2beta1Pipeline(pipeline_id=FakeKFP.pipelines[pipeline_name], display_name=pipeline_name)

    def list_pipeline_versions(self, pipeline_id, page_token="", page_size=10, sort_by="", filter=None):
        self._record("list_pipeline_versions", pipeline_id, page_size=page_size)
        return V2beta1ListPipelineVersionsResponse(pipeline_versions=FakeKFP.versions.get(pipeline_id))

    def upload_pipeline_version(self, pipeline_package_path, pipeline_version_name, pipeline_id=None, **kw):
        self._record(
            "upload_pipeline_version",
            pipeline_package_path,
            pipeline_version_name,
            pipeline_id=pipeline_id,
            **kw,
        )
        v = V2beta1PipelineVersion(
            pipeline_version_id=f"v-{sum(map(len, FakeKFP.versions.values()))}",
            display_name=pipeline_version_name,
            pipeline_id=pipeline_id,
        )
        FakeKFP.versions.setdefault(pipeline_id, []).append(v)
        return v

    def create_experiment(self, name, description=None, namespace=None):
        self._record("create_experiment", name, namespace=namespace)
        return V2beta1Experiment(experiment_id="e-1", display_name=name)

    def run_pipeline(self, experiment_id, job_name, **kwargs):
        self._record("run_pipeline", experiment_id, job_name, **kwargs)
        return V2beta1Run(run_id=f"r-{job_name}", display_name=job_name)

    def wait_for_run_completion(self, run_id, timeout, sleep_duration=5):
        self._record("wait_for_run_completion", run_id, timeout)
        return V2beta1Run(run_id=run_id, state=FakeKFP.final_state)


@pytest.fixture
def fake_kfp(monkeypatch):
    FakeKFP.pipelines, FakeKFP.versions, FakeKFP.calls, FakeKFP.final_state = {}, {}, [], "SUCCEEDED"
    monkeypatch.setattr(kfp, "Client", FakeKFP)
    return FakeKFP


@pytest.fixture
def recipe(tmp_path):
    return load_recipe(
        TINY_RECIPE,
        [f"output_root={tmp_path}", f"model_registry.tracking_uri=sqlite:///{tmp_path}/mlflow.db"],
    )


def test_a_version_is_reused_only_for_the_same_code_pipeline_and_recipe(fake_kfp, recipe, monkeypatch):
    first = submit.submit_recipe(recipe, "http://kfp")
    again = submit.submit_recipe(recipe, "http://kfp")
    assert first["version"] == again["version"] and len(fake_kfp.versions["p-0"]) == 1
    run = [a for n, a in fake_kfp.calls if n == "run_pipeline"][-1]
    assert run["version_id"] == "v-0" and set(run["params"]) == {"recipe_json", "run_id"}, run
    exp = [a for n, a in fake_kfp.calls if n == "create_experiment"][-1]
    assert exp["namespace"] == "reasonrl"  # the profile whose PVCs and Secret the pods mount
    monkeypatch.setattr(submit, "code_hash", lambda: "f" * 64)  # the library changed, the recipe did not
    changed = submit.submit_recipe(recipe, "http://kfp")
    assert changed["version"] != first["version"] and len(fake_kfp.versions["p-0"]) == 2
    other = submit.submit_recipe(recipe.model_copy(update={"seed": 1}), "http://kfp")
    assert other["version"] not in (first["version"], changed["version"])


def _register(recipe, run_id: str, gates_passed: bool) -> str:
    """A model version as `register` leaves it (lineage tags and an evaluation metric),
    in a real MLflow store."""
    import mlflow
    from mlflow import MlflowClient

    c = MlflowClient(recipe.model_registry.tracking_uri)
    mlflow.set_tracking_uri(recipe.model_registry.tracking_uri)
    exp = c.create_experiment(f"exp-{run_id}")
    run = c.create_run(exp)
    c.log_metric(run.info.run_id, recipe.model_registry.promotion.metric, 0.5)
    try:
        c.create_registered_model(recipe.model_registry.model_name)
    except Exception:  # noqa: BLE001 - already there
        pass
    mv = c.create_model_version(
        recipe.model_registry.model_name,
        f"runs:/{run.info.run_id}/model",
        run.info.run_id,
        tags={
            "pipeline_run_id": run_id,
            "gate.data.passed": "true",
            "gate.student.passed": str(gates_passed).lower(),
        },
    )
    return str(mv.version)


def test_cluster_mode_reads_back_the_registration_and_reapplies_promotion(
    fake_kfp, recipe, tmp_path, monkeypatch
):
    monkeypatch.setattr(retrain, "load_recipe", lambda path, overrides: recipe)
    key = retrain.run_key(recipe, "2026-11-28T00:00:00+00:00")
    result = retrain._run_cluster(recipe, key, "http://kfp", 60)
    assert result["completed"] and result["registration"] is None  # the run registered nothing (yet)
    status = retrain.promotion_status(result, "r.yaml", [])
    assert not status["promoted"] and "before registration (a gate failed)" in status["reason"]

    version = _register(recipe, key, gates_passed=True)
    result = retrain._run_cluster(recipe, key, "http://kfp", 60)
    assert result["registration"] == {
        "model_name": recipe.model_registry.model_name,
        "version": version,
        "tracking_uri": recipe.model_registry.tracking_uri,
        "gates_passed": True,
    }
    status = retrain.promotion_status(result, "r.yaml", [])
    assert status["promoted"] and status["champion"] == version and "no current champion" in status["reason"]
    again = retrain.promotion_status(result, "r.yaml", [])  # idempotent: still the champion, nothing moved
    assert again["promoted"] and again["champion"] == version and "already the champion" in again["reason"]

    fake_kfp.final_state = "FAILED"
    failed = retrain._run_cluster(recipe, key, "http://kfp", 60)
    assert (
        not failed["completed"] and "ended FAILED" in retrain.promotion_status(failed, "r.yaml", [])["reason"]
    )
