"""A Kubernetes API server and Trainer controller in memory, behind the real kubernetes client
classes the Kubeflow SDK builds (CustomObjectsApi, CoreV1Api). No API server can run here (no
container engine, no kind); this follows the real interface instead:

- every call is bound to the real kubernetes client method's signature, so a call the real client
  would not accept fails here too;
- `async_req=True` returns a thread-like object with `.get(timeout)`, as the real client does;
- objects come back as the dicts (custom objects) and model classes (pods) the real client returns,
  a missing one as `kubernetes.client.ApiException(status=404)`;
- a created TrainJob is validated strictly against the vendored Trainer v2.3.0 CRD (unknown fields
  refused, as `--validate=strict` does);
- the "controller" runs the TrainJob's trainer command for real, as a subprocess with the
  environment the Trainer's torch plugin gives a node (PET_NNODES, PET_NODE_RANK, PET_MASTER_*),
  the trainer env and the Secret-sourced env resolved from `secrets`, then sets the Complete or
  Failed condition and keeps the output as the pod's log.
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
import subprocess
import sys
from pathlib import Path

import kubernetes.client as k8s
import yaml

from tests.conftest import REPO
from tests.infra.k8s_schema import problems

REAL_CUSTOM, REAL_CORE = k8s.CustomObjectsApi, k8s.CoreV1Api


class _Thread:
    def __init__(self, value):
        self.value = value

    def get(self, timeout=None):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


class FakeCluster:
    def __init__(
        self, namespace: str, secrets: dict[str, dict[str, str]], workdir: Path, env: dict[str, str]
    ):
        runtime = yaml.safe_load((REPO / "infra" / "k8s" / "runtime" / "trainer-runtime.yaml").read_text())
        self.cluster_objects = {("clustertrainingruntimes", runtime["metadata"]["name"]): runtime}
        self.objects: dict[tuple[str, str, str], dict] = {}
        self.namespace, self.secrets, self.workdir, self.env = namespace, secrets, workdir, env
        self.calls: list[tuple[str, dict]] = []
        self.logs: dict[str, str] = {}
        self.polls_before_start = 1
        self.deleted: list[str] = []
        self.polls: dict[str, int] = {}  # the controller's own state, not part of the object

    # the two client classes the SDK constructs
    def custom_api(self, api_client=None):
        return _Api(self, REAL_CUSTOM)

    def core_api(self, api_client=None):
        return _Api(self, REAL_CORE)

    # what the SDK calls
    def get_cluster_custom_object(self, group, version, plural, name, **kw):
        obj = self.cluster_objects.get((plural, name))
        return obj if obj is not None else k8s.ApiException(status=404, reason="Not Found")

    def get_namespaced_custom_object(self, group, version, namespace, plural, name, **kw):
        obj = self.objects.get((namespace, plural, name))
        if obj is None:
            return k8s.ApiException(status=404, reason="Not Found")
        if plural == "trainjobs":
            self._reconcile(obj)
        return obj

    def create_namespaced_custom_object(self, group, version, namespace, plural, body, **kw):
        errors = problems(body)
        if errors:
            return k8s.ApiException(status=422, reason="Invalid: " + "; ".join(errors))
        key = (namespace, plural, body["metadata"]["name"])
        if key in self.objects:
            return k8s.ApiException(status=409, reason="AlreadyExists")
        obj = {
            **body,
            "metadata": {
                **body["metadata"],
                "namespace": namespace,
                "creationTimestamp": dt.datetime.now(dt.timezone.utc).isoformat(),
            },
            "status": {},
        }
        self.objects[key] = obj
        self.polls[key[2]] = 0
        return obj

    def delete_namespaced_custom_object(self, group, version, namespace, plural, name, **kw):
        self.deleted.append(name)
        return self.objects.pop((namespace, plural, name), None) or k8s.ApiException(
            status=404, reason="Not Found"
        )

    def read_namespaced_config_map(self, name, namespace, **kw):
        return k8s.V1ConfigMap(data={"kubeflow_trainer_version": "v2.3.0"})

    def list_namespaced_pod(self, namespace, **kw):
        job = kw["label_selector"].split(",")[0].split("=")[1]
        obj = self.objects.get((namespace, "trainjobs", job))
        if obj is None or self.polls[job] <= self.polls_before_start:
            return k8s.V1PodList(items=[])
        phase = {"Complete": "Succeeded", "Failed": "Failed"}.get(_condition(obj), "Running")
        pod = k8s.V1Pod(
            metadata=k8s.V1ObjectMeta(
                name=f"{job}-node-0-0",
                creation_timestamp=dt.datetime.now(dt.timezone.utc),
                labels={
                    "jobset.sigs.k8s.io/jobset-name": job,
                    "jobset.sigs.k8s.io/replicatedjob-name": "node",
                    "batch.kubernetes.io/job-completion-index": "0",
                },
            ),
            spec=k8s.V1PodSpec(
                containers=[k8s.V1Container(name="node", image=obj["spec"]["trainer"]["image"])]
            ),
            status=k8s.V1PodStatus(phase=phase),
        )
        return k8s.V1PodList(items=[pod])

    def read_namespaced_pod_log(self, name, namespace, **kw):
        return self.logs.get(name.rsplit("-node-", 1)[0], "")

    # the controller
    def _reconcile(self, obj: dict) -> None:
        name = obj["metadata"]["name"]
        self.polls[name] += 1
        if self.polls[name] <= self.polls_before_start or _condition(obj):
            return
        proc = subprocess.run(
            obj["spec"]["trainer"]["command"],
            env=self._node_env(obj),
            cwd=self.workdir,
            capture_output=True,
            text=True,
            timeout=900,
        )
        self.logs[name] = proc.stdout + proc.stderr
        kind = "Complete" if proc.returncode == 0 else "Failed"
        obj["status"] = {
            "conditions": [
                {
                    "type": kind,
                    "status": "True",
                    "reason": kind,
                    "message": kind,
                    "lastTransitionTime": dt.datetime.now(dt.timezone.utc).isoformat(),
                }
            ]
        }

    def _node_env(self, obj: dict) -> dict[str, str]:
        """The environment the Trainer gives node 0: the torch plugin's PET_* variables, the
        trainer's env and the runtime patch's Secret references, resolved."""
        env = {
            **self.env,
            "PET_NNODES": str(obj["spec"]["trainer"].get("numNodes", 1)),
            "PET_NODE_RANK": "0",
            "PET_MASTER_ADDR": "127.0.0.1",
            "PET_MASTER_PORT": str(_free_port()),
        }
        env.update({e["name"]: e["value"] for e in obj["spec"]["trainer"].get("env", [])})
        for patch in obj["spec"].get("runtimePatches", []):
            for job in patch["trainingRuntimeSpec"]["template"]["spec"]["replicatedJobs"]:
                for c in job["template"]["spec"]["template"]["spec"].get("containers", []):
                    for e in c.get("env", []):
                        ref = e["valueFrom"]["secretKeyRef"]
                        value = self.secrets.get(ref["name"], {}).get(ref["key"])
                        if value is None and not ref.get("optional"):
                            raise AssertionError(f"secret {ref['name']}/{ref['key']} missing")
                        if value is not None:
                            env[e["name"]] = value
        bindir = str(Path(sys.executable).parent)  # torchrun of this environment
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
        return env


def _condition(obj: dict) -> str | None:
    return next(
        (c["type"] for c in obj.get("status", {}).get("conditions", []) if c["status"] == "True"), None
    )


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Api:
    """One client class: each call is bound to the real method's signature, then answered."""

    def __init__(self, cluster: FakeCluster, real: type):
        self.cluster, self.real = cluster, real

    def __getattr__(self, name):
        real_method = getattr(self.real, name)

        def call(*args, **kwargs):
            inspect.signature(real_method).bind(self, *args, **kwargs)
            self.cluster.calls.append((name, kwargs))
            result = getattr(self.cluster, name)(
                *args, **{k: v for k, v in kwargs.items() if k != "async_req"}
            )
            if kwargs.get("async_req"):
                return _Thread(result)
            if isinstance(result, Exception):
                raise result
            return result

        return call
