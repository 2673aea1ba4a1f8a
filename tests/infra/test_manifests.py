"""The kustomize overlays, rendered (`kubectl kustomize`, no cluster) and validated strictly:
Kubernetes kinds against the Kubernetes 1.33 schemas, Trainer kinds against the vendored v2.3.0
CRDs; and what the pipeline relies on is there (names it mounts and reads, RBAC for the launcher,
GPUs only where asked for)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from reasonrl import __version__
from reasonrl.config.cluster import ClusterConfig
from tests.conftest import REPO
from tests.infra.k8s_schema import problems

KUBECTL = shutil.which("kubectl")
OVERLAYS = ("local", "gpu")
pytestmark = pytest.mark.skipif(
    KUBECTL is None, reason="kubectl (its built-in kustomize) is not on this machine"
)


def render(overlay: str) -> list[dict]:
    proc = subprocess.run(
        [KUBECTL, "kustomize", str(REPO / "infra" / "k8s" / "overlays" / overlay)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return [d for d in yaml.safe_load_all(proc.stdout) if d]


def _by(docs: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_rendered_object_validates_strictly(overlay):
    docs = render(overlay)
    assert {"PersistentVolumeClaim", "StatefulSet", "Deployment", "Role", "ClusterTrainingRuntime"} <= {
        d["kind"] for d in docs
    }
    assert [p for d in docs for p in problems(d)] == []


def test_the_validator_refuses_what_an_apiserver_refuses():
    """A check that passes everything checks nothing: a typo, a wrong type and a namespaced
    cluster-scoped runtime are each refused."""
    runtime = _by(render("local"), "ClusterTrainingRuntime")["reasonrl-torch-distributed"]
    typo = {**runtime, "spec": {**runtime["spec"], "mlPolicy": {**runtime["spec"]["mlPolicy"], "numNode": 2}}}
    assert any("unknown field spec.mlPolicy.numNode" in p for p in problems(typo))
    wrong = {**runtime, "spec": {**runtime["spec"], "mlPolicy": {"numNodes": "two", "torch": {}}}}
    assert problems(wrong)
    assert any(
        "cluster-scoped" in p
        for p in problems({**runtime, "metadata": {**runtime["metadata"], "namespace": "x"}})
    )
    pvc = _by(render("local"), "PersistentVolumeClaim")["reasonrl-work"]
    assert problems({**pvc, "spec": {**pvc["spec"], "accesModes": ["ReadWriteOnce"]}})


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_what_the_pipeline_names_exists(overlay):
    docs = render(overlay)
    cfg = ClusterConfig()
    claims = _by(docs, "PersistentVolumeClaim")
    assert {cfg.volumes.work, cfg.volumes.shared_data, cfg.volumes.model_cache} <= set(claims)
    assert all(
        d["metadata"].get("namespace") == cfg.namespace
        for d in docs
        if d["kind"] not in ("Namespace", "ClusterRole", "ClusterRoleBinding", "ClusterTrainingRuntime")
    )
    runtime = _by(docs, "ClusterTrainingRuntime")[cfg.trainjob.runtime]
    pod = runtime["spec"]["template"]["spec"]["replicatedJobs"][0]["template"]["spec"]["template"]["spec"]
    assert {
        v["persistentVolumeClaim"]["claimName"] for v in pod["volumes"] if "persistentVolumeClaim" in v
    } == {cfg.volumes.work, cfg.volumes.shared_data, cfg.volumes.model_cache}
    assert pod["containers"][0]["image"].endswith(f":{__version__}-" + ("gpu" if overlay == "gpu" else "cpu"))
    gpus = pod["containers"][0].get("resources", {}).get("limits", {}).get("nvidia.com/gpu")
    assert (gpus is not None) == (overlay == "gpu") and (pod.get("tolerations") is not None) == (
        overlay == "gpu"
    )
    secrets = _by(docs, "Secret")
    if overlay == "local":
        assert {cfg.trainjob.s3_secret, "reasonrl-postgres"} <= set(secrets)
    else:
        assert not secrets  # credentials come from the cluster's secret store, never from git
    warm = _by(docs, "Job")["reasonrl-warm-model-cache"]["spec"]["template"][
        "spec"
    ]  # the cache is built once
    assert warm["volumes"][0]["persistentVolumeClaim"]["claimName"] == cfg.volumes.model_cache
    assert warm["containers"][0]["image"].endswith(f":{__version__}-cpu")
    mlflow = _by(docs, "Deployment")["mlflow"]["spec"]["template"]["spec"]["containers"][0]
    assert "postgresql://" in " ".join(mlflow["args"])


def test_rbac_lets_the_launcher_do_what_it_does():
    docs = render("local")
    rules = _by(docs, "Role")["reasonrl-trainjob-launcher"]["rules"]
    allowed = {
        (g, r, v)
        for rule in rules
        for g in rule["apiGroups"]
        for r in rule["resources"]
        for v in rule["verbs"]
    }
    for verb in ("create", "get", "delete", "list"):
        assert ("trainer.kubeflow.org", "trainjobs", verb) in allowed
    assert ("", "pods/log", "get") in allowed and ("", "pods", "list") in allowed
    for kind in (
        "RoleBinding",
        "ClusterRoleBinding",
    ):  # bound to the account the pipeline's pods run as, here
        binding = next(iter(_by(docs, kind).values()))
        assert binding["subjects"] == [
            {"kind": "ServiceAccount", "name": "default-editor", "namespace": ClusterConfig().namespace}
        ]
    cluster = _by(docs, "ClusterRole")["reasonrl-runtime-reader"]["rules"][0]
    assert "clustertrainingruntimes" in cluster["resources"] and "get" in cluster["verbs"]


def test_the_champion_is_served_with_kserve_on_gpu_and_a_plain_deployment_locally():
    """Both overlays serve models:/reasonrl-moderation@champion with `reasonrl serve`, re-resolving
    the alias; the InferenceService is validated against the vendored KServe v0.20.0 CRD (a typo
    refused), the local Deployment against the Kubernetes schemas, its Service on the port it serves."""
    isvc = _by(render("gpu"), "InferenceService")["reasonrl-champion"]
    container = isvc["spec"]["predictor"]["containers"][0]
    assert (
        container["args"][:2] == ["serve", "models:/reasonrl-moderation@champion"]
        and "--reload-every" in container["args"]
    )
    assert (
        container["image"].endswith(f"reasonrl:{__version__}-gpu")
        and isvc["metadata"]["namespace"] == "reasonrl"
    )
    assert problems(isvc) == []
    typo = {**isvc, "spec": {"predictor": {**isvc["spec"]["predictor"], "containerz": []}}}
    assert any("unknown field spec.predictor.containerz" in p for p in problems(typo))
    local = render("local")
    serve = _by(local, "Deployment")["reasonrl-serve"]["spec"]["template"]["spec"]["containers"][0]
    port = serve["ports"][0]["containerPort"]
    assert (
        serve["args"][:2] == ["serve", "models:/reasonrl-moderation@champion"] and str(port) in serve["args"]
    )
    assert serve["image"] == f"reasonrl:{__version__}-cpu" and "InferenceService" not in {
        d["kind"] for d in local
    }
    assert _by(local, "Service")["reasonrl-serve"]["spec"]["ports"][0]["targetPort"] == "http"
