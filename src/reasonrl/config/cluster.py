"""Where the pipeline runs on Kubernetes: the images its components run in, and how `rl_train`
goes beyond one pod (a Kubeflow Trainer TrainJob). The embedded defaults run everything in the
component's own process; nothing here is read on a laptop."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from reasonrl.config.base import Strict


class ImageConfig(Strict):
    """`<registry>/<repository>:<tag>-<flavour>`; the tag defaults to `<package version>-<code hash>`,
    so an image built from other code never carries the same reference."""

    registry: str = Field(
        "", description="e.g. ghcr.io/acme; empty: a local image name (kind load, minikube)"
    )
    repository: str = "reasonrl"
    tag: str | None = Field(None, description="fixed tag; default <package version>-<8 hex of the code hash>")
    pull_secret: str | None = Field(None, description="imagePullSecret for a private registry")


class Volumes(Strict):
    """PersistentVolumeClaims the pods mount (infra/k8s/base/storage.yaml creates them)."""

    work: str = Field("reasonrl-work", description="shared checkpoints and staging, mounted at /work")
    shared_data: str = Field(
        "reasonrl-shared-data",
        description="the benchmark data decontamination reads, "
        "mounted read-only at /data/shared (REASONRL_SHARED)",
    )
    model_cache: str = Field(
        "reasonrl-model-cache",
        description="embedded and packaged models, at /cache (REASONRL_CACHE), built once, not per pod",
    )


class TrainJobConfig(Strict):
    """`rl_train` as a Kubeflow Trainer (v2) TrainJob on the torch distributed runtime; DeepSpeed
    runs through the same torchrun entry point (rl.distributed.backend)."""

    runtime: str = Field(
        "reasonrl-torch-distributed", description="ClusterTrainingRuntime name (infra/k8s/base)"
    )
    nodes: int = Field(1, ge=1)
    procs_per_node: int = Field(1, ge=1, description="torchrun processes per node (one per GPU)")
    gpus_per_node: int = Field(0, ge=0)
    cpu: str = "4"
    memory: str = "16Gi"
    node_selector: dict[str, str] = Field(default_factory=dict)
    tolerations: list[dict[str, Any]] = Field(default_factory=list)
    s3_secret: str = Field(
        "reasonrl-s3",
        description="Secret with AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY "
        "(and AWS_ENDPOINT_URL for MinIO), passed as env",
    )
    staging: str = Field(
        "s3://reasonrl/staging",
        description="where inputs and the trained policy travel between the pipeline's pod and the TrainJob",
    )
    poll_s: int = Field(15, ge=1)
    timeout_s: int = Field(24 * 3600, ge=60)


class ClusterConfig(Strict):
    launcher: Literal["local", "trainjob"] = Field(
        "local", description="how rl_train runs: in the component's own process (local), or as a TrainJob"
    )
    namespace: str = "reasonrl"
    image: ImageConfig = ImageConfig()
    volumes: Volumes = Volumes()
    trainjob: TrainJobConfig = TrainJobConfig()
