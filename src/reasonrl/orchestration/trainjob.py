"""rl_train beyond one pod: a Kubeflow Trainer (v2) TrainJob on the torch distributed runtime,
created, followed and cancelled through the Kubeflow SDK's TrainerClient (PyPI `kubeflow`).

The pipeline's rl_train pod is the launcher: it stages its inputs and the recipe to S3, creates
the TrainJob (image, torchrun command, nodes, GPUs, node selector, tolerations, S3 credentials
from their Secret), follows it to completion and downloads the trained policy into its own
output. In the TrainJob every rank runs `reasonrl rl-train-worker` under torchrun (DeepSpeed
through the same entry point), training into the shared `work` PVC, where checkpoints outlive
a lost pod; rank 0 uploads the result. The job's name is derived from the pipeline run, so a
retried launcher follows the job already running (or replaces a failed one, which then resumes
from the checkpoints on the PVC) instead of starting a second.
"""

from __future__ import annotations

import hashlib
import os
import signal
import tempfile
from pathlib import Path

from reasonrl.config import recipe_from_json, recipe_to_json
from reasonrl.config.models import Recipe
from reasonrl.errors import ReasonRLError
from reasonrl.orchestration.console import own_error

WORK = "/work"  # the `work` PVC in the runtime's pod template (infra/k8s/runtime)
CONTAINER = "node"  # the runtime's trainer container
S3_KEYS = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL")


def job_name(run_id: str) -> str:
    """A DNS-1035 name that is the same for every retry of one pipeline run's rl_train. Pure."""
    return "rl-" + hashlib.sha256(run_id.encode()).hexdigest()[:12]


def staging_uri(recipe: Recipe, run_id: str) -> str:
    return f"{recipe.cluster.trainjob.staging.rstrip('/')}/{job_name(run_id)}"


def worker_command(recipe: Recipe, run_id: str) -> list[str]:
    """What every node runs: torchrun (nodes, rank and master from the Trainer's PET_* env) over
    the worker entry point."""
    tj = recipe.cluster.trainjob
    return [
        "torchrun",
        f"--nproc-per-node={tj.procs_per_node}",
        "-m",
        "reasonrl",
        "rl-train-worker",
        "--staging",
        staging_uri(recipe, run_id),
        "--run-id",
        run_id,
    ]


def trainjob_request(recipe: Recipe, run_id: str, image: str) -> tuple:
    """(trainer, options) for TrainerClient.train: the container and the patches of our runtime."""
    from kubeflow.trainer import CustomTrainerContainer
    from kubeflow.trainer.options.common import Name
    from kubeflow.trainer.options.kubernetes import (
        ActiveDeadlineSeconds,
        ContainerPatch,
        JobSetSpecPatch,
        JobSetTemplatePatch,
        JobSpecPatch,
        JobTemplatePatch,
        Labels,
        PodSpecPatch,
        PodTemplatePatch,
        ReplicatedJobPatch,
        RuntimePatch,
        TrainerCommand,
        TrainingRuntimeSpecPatch,
    )

    tj = recipe.cluster.trainjob
    resources = {
        "cpu": tj.cpu,
        "memory": tj.memory,
        **({"gpu": tj.gpus_per_node} if tj.gpus_per_node else {}),
    }
    trainer = CustomTrainerContainer(
        image=image, num_nodes=tj.nodes, resources_per_node=resources, env={"REASONRL_NO_PROGRESS": "1"}
    )
    secret_env = [
        {"name": k, "valueFrom": {"secretKeyRef": {"name": tj.s3_secret, "key": k, "optional": True}}}
        for k in S3_KEYS
    ]
    pod = PodSpecPatch(
        node_selector=tj.node_selector or None,
        tolerations=tj.tolerations or None,
        image_pull_secrets=[{"name": recipe.cluster.image.pull_secret}]
        if recipe.cluster.image.pull_secret
        else None,
        containers=[ContainerPatch(name=CONTAINER, env=secret_env)],
    )
    node = ReplicatedJobPatch(
        name="node", template=JobTemplatePatch(spec=JobSpecPatch(template=PodTemplatePatch(spec=pod)))
    )
    patch = RuntimePatch(
        training_runtime_spec=TrainingRuntimeSpecPatch(
            template=JobSetTemplatePatch(spec=JobSetSpecPatch(replicated_jobs=[node]))
        )
    )
    options = [
        Name(job_name(run_id)),
        TrainerCommand(command=worker_command(recipe, run_id)),
        patch,
        Labels({"reasonrl.dev/pipeline-run": _label(run_id), "reasonrl.dev/recipe": _label(recipe.name)}),
        ActiveDeadlineSeconds(tj.timeout_s),
    ]
    return trainer, options


def _label(value: str) -> str:
    """A Kubernetes label value: 63 characters of [A-Za-z0-9._-], alphanumeric at both ends."""
    clean = "".join(c if c.isalnum() or c in "._-" else "-" for c in value)[:63]
    return clean.strip("._-") or "none"


def trainer_client(recipe: Recipe):
    from kubeflow.common.types import KubernetesBackendConfig
    from kubeflow.trainer import TrainerClient

    return TrainerClient(backend_config=KubernetesBackendConfig(namespace=recipe.cluster.namespace))


def launch(
    recipe: Recipe,
    data_in,
    reward_model_in,
    out,
    run_id: str,
    client=None,
    image: str | None = None,
    init_in=None,
) -> dict:
    """The launcher: stage inputs, create (or re-attach to) the TrainJob, follow it, fetch the policy."""
    from reasonrl.io.artifacts import download_artifact, upload_artifact
    from reasonrl.orchestration.versioning import image_refs

    client = client or trainer_client(recipe)
    name, staging = job_name(run_id), staging_uri(recipe, run_id)
    existing = _job(client, name)
    if (
        existing is not None and existing.status == "Failed"
    ):  # a retry: replace it; the PVC keeps the checkpoints
        client.delete_job(name)
        existing = None
    if existing is None:  # staged only for a job about to start (a re-attached one has its inputs)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "recipe.json").write_text(recipe_to_json(recipe))
            upload_artifact(tmp, f"{staging}/recipe")
        upload_artifact(data_in, f"{staging}/data")
        if reward_model_in:
            upload_artifact(reward_model_in, f"{staging}/reward_model")
        if recipe.rl.init == "sft" and init_in:  # RL starts from the SFT baseline: the workers need it
            upload_artifact(init_in, f"{staging}/init")
        trainer, options = trainjob_request(recipe, run_id, image or image_refs(recipe)["gpu"])
        client.train(
            runtime=client.get_runtime(recipe.cluster.trainjob.runtime), trainer=trainer, options=options
        )
    follow(client, name, recipe.cluster.trainjob)
    download_artifact(f"{staging}/policy", out)
    return {
        "trainjob": name,
        "namespace": recipe.cluster.namespace,
        "staging": staging,
        "reattached": existing is not None,
    }


def _job(client, name: str):
    try:
        return client.get_job(name)
    except RuntimeError:  # the SDK's answer for "cannot get it", a 404 included
        return None


def follow(client, name: str, tj) -> None:
    """Wait for Complete; on Failed raise with the tail of rank 0's log; when the pipeline run is
    cancelled (the launcher pod gets SIGTERM) delete the TrainJob so its GPUs are freed."""

    def cancel(signum, frame):
        client.delete_job(name)
        raise ReasonRLError(f"TrainJob {name} deleted: the pipeline run was cancelled (signal {signum})")

    previous = signal.signal(signal.SIGTERM, cancel)
    try:
        client.wait_for_job_status(
            name, status={"Complete"}, timeout=tj.timeout_s, polling_interval=tj.poll_s
        )
    except RuntimeError as exc:
        raise ReasonRLError(
            f"TrainJob {name} failed ({exc}); rank 0 said:\n"
            + own_error("\n".join(client.get_job_logs(name))),
            hint=f"kubectl -n <namespace> describe trainjob {name}; fix the cause and retry the "
            "run: training resumes from its checkpoints",
        ) from None
    except TimeoutError:
        client.delete_job(name)
        raise ReasonRLError(
            f"TrainJob {name} did not complete within {tj.timeout_s} s and was deleted",
            hint="raise cluster.trainjob.timeout_s or give it more GPUs (reasonrl plan)",
        ) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


def worker(staging: str, run_id: str, progress: bool = False) -> dict:
    """One rank of the TrainJob: fetch inputs, train into the shared PVC (resuming from its
    checkpoints), and on rank 0 upload the trained policy."""
    from reasonrl.io.artifacts import download_artifact, upload_artifact
    from reasonrl.stages.train import rl_train

    local = Path(tempfile.mkdtemp(prefix="reasonrl-worker-"))
    recipe = recipe_from_json(
        (download_artifact(f"{staging}/recipe", local / "recipe") / "recipe.json").read_text()
    )
    data = download_artifact(f"{staging}/data", local / "data")
    rm = _optional(f"{staging}/reward_model", local / "reward_model")
    init = _optional(f"{staging}/init", local / "init") if recipe.rl.init == "sft" else None
    out = Path(os.environ.get("REASONRL_WORK", WORK)) / job_name(run_id) / "rl_train"
    report = rl_train(recipe, data, out, rm, progress=progress, run_id=run_id, init_in=init)
    if int(os.environ.get("RANK", "0")) == 0:
        upload_artifact(out, f"{staging}/policy")
    return report


def _optional(uri: str, dest: Path) -> Path | None:
    from reasonrl.errors import DataError
    from reasonrl.io.artifacts import IntegrityError, download_artifact

    try:
        return download_artifact(uri, dest)
    except IntegrityError:
        raise  # there, but corrupted: a stop, never "no reward model"
    except DataError:  # no manifest there: the run has no reward model
        return None
