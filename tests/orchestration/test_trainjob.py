"""rl_train as a Kubeflow Trainer TrainJob, through the real Kubeflow SDK (TrainerClient) against
an in-memory Kubernetes API (tests/orchestration/fake_k8s.py: calls bound to the real client's
signatures, TrainJobs validated against the vendored CRD, the trainer command really run under
torchrun). S3 is moto's server on loopback; the S3 credentials reach the job only through its
Secret."""

from __future__ import annotations

import os
import signal
import threading

import boto3
import pytest

from reasonrl.config import load_recipe, localize
from reasonrl.errors import ReasonRLError
from reasonrl.orchestration import trainjob
from tests.conftest import TINY_RECIPE
from tests.infra.k8s_schema import problems
from tests.orchestration.fake_k8s import FakeCluster

pytestmark = pytest.mark.slow
IMAGE = "registry.example/reasonrl:0.2.0-test-gpu"


@pytest.fixture
def setup(s3_env, tmp_path, monkeypatch, model_cache):
    """A recipe with the TrainJob launcher, staged data, and the SDK wired to a fake cluster."""
    from kubeflow.trainer.backends.kubernetes import backend

    from reasonrl.stages.data import compliance_filter, ingest

    monkeypatch.setenv("REASONRL_TEST_OUT", str(tmp_path / "out"))
    boto3.client("s3", endpoint_url=s3_env).create_bucket(Bucket="reasonrl")
    recipe = localize(
        load_recipe(
            TINY_RECIPE,
            [
                "cluster.launcher=trainjob",
                "cluster.trainjob.poll_s=1",
                "cluster.trainjob.staging=s3://reasonrl/staging",
            ],
        )
    )
    monkeypatch.setenv("REASONRL_CACHE", str(model_cache))
    ingest(recipe, tmp_path / "raw")
    compliance_filter(recipe, tmp_path / "raw", tmp_path / "data")
    secrets = {
        "reasonrl-s3": {
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_ENDPOINT_URL": s3_env,
        }
    }
    node_env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "AWS_DEFAULT_REGION": "us-east-1",
        "REASONRL_CACHE": str(model_cache),
        "REASONRL_SHARED": os.environ["REASONRL_SHARED"],
        "REASONRL_WORK": str(tmp_path / "work"),
        "GX_ANALYTICS_ENABLED": "False",
    }
    cluster = FakeCluster(recipe.cluster.namespace, secrets, tmp_path, node_env)
    monkeypatch.setattr(backend.client, "CustomObjectsApi", cluster.custom_api)
    monkeypatch.setattr(backend.client, "CoreV1Api", cluster.core_api)
    monkeypatch.setattr(backend.config, "load_kube_config", lambda **kw: None)
    monkeypatch.setattr(backend.common_utils, "is_running_in_k8s", lambda: False)
    return recipe, cluster, tmp_path


def _created(cluster: FakeCluster) -> list[dict]:
    return [kw for name, kw in cluster.calls if name == "create_namespaced_custom_object"]


def test_rl_train_runs_as_a_trainjob_and_the_policy_comes_back(setup):
    recipe, cluster, tmp = setup
    info = trainjob.launch(recipe, tmp / "data", None, tmp / "policy", "run-1", image=IMAGE)
    name = trainjob.job_name("run-1")
    assert info["trainjob"] == name and not info["reattached"]
    assert (tmp / "policy" / "model" / "config.json").exists() and (tmp / "policy" / "metrics.jsonl").exists()
    assert (
        tmp / "work" / name / "rl_train" / "checkpoints"
    ).is_dir()  # on the shared volume: a lost pod resumes

    job = cluster.objects[("reasonrl", "trainjobs", name)]
    assert problems({k: v for k, v in job.items() if k != "status"}) == []
    spec = job["spec"]
    assert (
        spec["runtimeRef"]
        == {
            "name": "reasonrl-torch-distributed",
            "kind": "ClusterTrainingRuntime",
            "apiGroup": "trainer.kubeflow.org",
        }
        or spec["runtimeRef"]["name"] == "reasonrl-torch-distributed"
    )
    assert spec["trainer"]["image"] == IMAGE and spec["trainer"]["numNodes"] == 1
    assert spec["trainer"]["command"][:3] == ["torchrun", "--nproc-per-node=1", "-m"]
    assert job["metadata"]["labels"]["reasonrl.dev/pipeline-run"] == "run-1"
    pod = spec["runtimePatches"][0]["trainingRuntimeSpec"]["template"]["spec"]["replicatedJobs"][0]
    env = pod["template"]["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {e["valueFrom"]["secretKeyRef"]["name"] for e in env} == {
        "reasonrl-s3"
    }  # credentials by reference only
    assert "testing" not in str(job)

    again = trainjob.launch(recipe, tmp / "data", None, tmp / "policy2", "run-1", image=IMAGE)
    assert again["reattached"] and len(_created(cluster)) == 1  # a retried launcher follows, never duplicates


def test_a_failed_trainjob_says_why_and_a_retry_replaces_it_and_resumes(setup):
    """Without its Secret the job cannot read its inputs: it fails, and the launcher repeats the
    job's own error. With the Secret in place, the retried launcher deletes the failed job and
    starts one that completes."""
    recipe, cluster, tmp = setup
    secrets, cluster.secrets = cluster.secrets, {}
    with pytest.raises(ReasonRLError, match=r"TrainJob rl-\w+ failed") as failed:
        trainjob.launch(recipe, tmp / "data", None, tmp / "policy", "run-2", image=IMAGE)
    said = str(failed.value).split("rank 0 said:\n")[1]
    assert (
        said.startswith("s3://reasonrl/staging/") and "NoCredentialsError" in said
    )  # the job's own error, first
    cluster.secrets = secrets
    trainjob.launch(recipe, tmp / "data", None, tmp / "policy", "run-2", image=IMAGE)
    assert cluster.deleted == [trainjob.job_name("run-2")] and len(_created(cluster)) == 2
    assert (tmp / "policy" / "model" / "config.json").exists()


def test_cancelling_the_pipeline_run_deletes_the_trainjob(setup):
    """KFP cancels a run by deleting its pods: the launcher gets SIGTERM and frees the GPUs."""
    recipe, cluster, tmp = setup
    cluster.polls_before_start = 10**6  # never starts
    timer = threading.Timer(2.0, os.kill, (os.getpid(), signal.SIGTERM))
    timer.start()
    try:
        with pytest.raises(ReasonRLError, match="was cancelled"):
            trainjob.launch(recipe, tmp / "data", None, tmp / "policy", "run-3", image=IMAGE)
    finally:
        timer.cancel()
    assert cluster.deleted == [trainjob.job_name("run-3")]
    assert signal.getsignal(signal.SIGTERM) is not None


def test_a_gpu_trainjob_asks_for_gpus_where_the_recipe_says(setup):
    recipe, _, _ = setup
    gpu = recipe.model_copy(
        update={
            "cluster": recipe.cluster.model_copy(
                update={
                    "trainjob": recipe.cluster.trainjob.model_copy(
                        update={
                            "nodes": 2,
                            "procs_per_node": 8,
                            "gpus_per_node": 8,
                            "node_selector": {"nvidia.com/gpu.product": "H200"},
                            "tolerations": [
                                {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}
                            ],
                        }
                    )
                }
            )
        }
    )
    trainer, options = trainjob.trainjob_request(gpu, "run-4", IMAGE)
    assert trainer.num_nodes == 2 and trainer.resources_per_node["gpu"] == 8
    spec: dict = {}
    backend = trainjob.trainer_client(gpu).backend
    for option in options:
        option(spec, trainer, backend)
    pod = spec["spec"]["runtimePatches"][0]["trainingRuntimeSpec"]["template"]["spec"]["replicatedJobs"][0]
    pod_spec = pod["template"]["spec"]["template"]["spec"]
    assert (
        pod_spec["nodeSelector"] == {"nvidia.com/gpu.product": "H200"}
        and pod_spec["tolerations"][0]["key"] == "nvidia.com/gpu"
    )
    assert spec["spec"]["trainer"]["command"][1] == "--nproc-per-node=8"
