"""The served model: what a ref resolves to (a model registry alias to its version), the weights and the
engine, what the model registry recorded about it (task, content policy, score threshold and the
dtype it was chosen in: the MLmodel file's metadata written at registration), a re-resolve that
swaps in a newly promoted version without a restart, and the batcher that runs concurrent requests
as one engine call.
"""

from __future__ import annotations

import json
import os
import queue
import tempfile
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from reasonrl.config.rl import SamplingConfig
from reasonrl.errors import ConfigError
from reasonrl.generation.base import SamplingParams
from reasonrl.model_registry.mlflow_registry import client  # it also resolves models:/ for the loader

DEFAULT_BUDGET = SamplingConfig().max_new_tokens  # a recipe's token budget when none was recorded


@dataclass
class Loaded:
    """One model version, loaded. `id` names it in every response ("name/3" for a registered
    version, the ref as given otherwise)."""

    ref: str
    id: str
    version: str | None
    model: object
    tok: object
    engine: object
    task: str | None = None
    content_policy_path: str | None = None  # the content policy, as a file tasks.moderation can load
    threshold: float | None = None  # P(violating) above which a message is flagged (chosen on validation)
    max_new_tokens: int = DEFAULT_BUDGET  # what registration recorded, else the default


def concrete_ref(ref: str, tracking_uri: str | None) -> tuple[str, str, str | None]:
    """(the ref to load, its id, its version): `models:/name@alias` resolves to the version the alias
    points at now (`models:/name/<version>`, so each version loads into its own cache)."""
    if not ref.startswith("models:/"):
        return ref, ref, None
    body = ref[len("models:/") :]
    if "@" not in body:
        name, _, version = body.rpartition("/")
        return ref, f"{name}/{version}", version
    if not tracking_uri:
        raise ConfigError(
            f"{ref} needs a tracking server", hint="pass --tracking-uri or set MLFLOW_TRACKING_URI"
        )
    name, alias = body.split("@", 1)
    version = str(client(tracking_uri).get_model_version_by_alias(name, alias).version)
    return f"models:/{name}/{version}", f"{name}/{version}", version


def pick_engine(name: str) -> str:
    """`auto`: vLLM where it is installed and a CUDA GPU is present, else the HF engine."""
    if name != "auto":
        return name
    import importlib.util

    import torch

    return "vllm" if importlib.util.find_spec("vllm") and torch.cuda.is_available() else "hf"


def registered_metadata(path: Path) -> dict[str, str]:
    """The metadata registration wrote into the model's MLmodel file ({} for a plain directory)."""
    mlmodel = Path(path) / "MLmodel"
    if not mlmodel.exists():
        return {}
    import yaml

    return dict((yaml.safe_load(mlmodel.read_text()) or {}).get("metadata") or {})


def load(
    ref: str,
    tracking_uri: str | None,
    task: str | None = None,
    content_policy: str | None = None,
    engine: str = "hf",
) -> Loaded:
    """Resolve and load `ref`; `task` and `content_policy` (a content policy file; the --task and
    --policy flags) override what the model registry recorded."""
    from reasonrl.generation import ENGINES
    from reasonrl.modeling import load_causal_lm
    from reasonrl.modeling.loading import resolve_model

    if tracking_uri:
        os.environ["MLFLOW_TRACKING_URI"] = tracking_uri  # what modeling.loading reads for models:/ refs
    target, model_id, version = concrete_ref(ref, tracking_uri)
    path = resolve_model(target) if not Path(target).is_dir() else Path(target)
    path = path / "model" if (path / "model" / "config.json").exists() else path
    meta = registered_metadata(path)
    model, tok = load_causal_lm(path)
    model = _in_evaluated_precision(model, meta.get("precision"))
    content_policy_path = content_policy or _content_policy_file(meta.get("content_policy"), model_id)
    serving = ENGINES.get(engine)(
        model, tok, **({"sleep": False} if engine == "vllm" else {})
    )  # no trainer to yield to
    return Loaded(
        ref,
        model_id,
        version,
        model,
        tok,
        serving,
        task or meta.get("task"),
        content_policy_path,
        float(meta["threshold"]) if meta.get("threshold") else None,
        int(meta.get("max_new_tokens") or DEFAULT_BUDGET),
    )


def _in_evaluated_precision(model, dtype: str | None):
    """The model cast to the dtype its evaluation scored in (registration records it), frozen: the
    registered threshold was chosen on those scores, and bf16 moves near-tie label scores enough to
    flip 6 of 32 greedy moderation answers (benchmarks/results/moderation_precision.md). fp16 needs a
    GPU; a model with no record stays as loaded (fp32)."""
    import torch

    from reasonrl.modeling.device import Placement, device_of

    if dtype in (None, "float32") or (dtype == "float16" and not torch.cuda.is_available()):
        return model.eval()
    if dtype not in ("bfloat16", "float16"):
        raise ConfigError(
            f"registered precision '{dtype}' is not a dtype reasonrl serves", hint="bfloat16 or float32"
        )
    return Placement(str(device_of(model)), dtype).frozen(model)


def _content_policy_file(content: str | None, model_id: str) -> str | None:
    """The recorded content policy (its JSON) as a file, since the moderation task loads content
    policies by path."""
    if not content:
        return None
    import yaml

    path = Path(tempfile.gettempdir()) / "reasonrl-serve" / f"{model_id.replace('/', '-')}-policy.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(json.loads(content), allow_unicode=True), encoding="utf-8")
    return str(path)


@dataclass
class _Job:
    prompts: list[str]
    params: SamplingParams
    seeds: list[int]
    done: Future = field(default_factory=Future)


class ModelServer:
    """The model behind the API. `generate` queues a job; one worker thread takes every job that
    arrives within `max_wait_s` (up to `max_batch` prompts), runs jobs with equal sampling settings
    as one engine call and hands each job its own rollouts, with the version that produced them."""

    def __init__(
        self,
        ref: str,
        tracking_uri: str | None = None,
        task: str | None = None,
        content_policy: str | None = None,
        engine: str = "hf",
        max_batch: int = 16,
        max_wait_s: float = 0.01,
        loader=load,
    ):
        self.ref, self.tracking_uri, self.task, self.content_policy, self.engine_name = (
            ref,
            tracking_uri,
            task,
            content_policy,
            engine,
        )
        self.max_batch, self.max_wait_s, self._loader = max_batch, max_wait_s, loader
        self.current: Loaded = loader(ref, tracking_uri, task, content_policy, engine)
        self._swap = threading.Lock()
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._worker = threading.Thread(target=self._run, name="reasonrl-serve-batcher", daemon=True)
        self._worker.start()
        self.batches = self.requests = 0

    def reload(self) -> bool:
        """Re-resolve the ref; when it names another version now (a promotion moved the alias), load
        that one and swap it in. Requests already batched finish on the old one. Returns swapped?"""
        target, _, version = concrete_ref(self.ref, self.tracking_uri)
        if version == self.current.version:
            return False
        fresh = self._loader(
            target if version else self.ref,
            self.tracking_uri,
            self.task,
            self.content_policy,
            self.engine_name,
        )
        fresh.ref = self.ref
        with self._swap:
            self.current = fresh
        return True

    def generate(self, prompts: list[str], params: SamplingParams, seeds: list[int]) -> Future:
        """A Future of (Loaded, rollouts [len(prompts) x params.n])."""
        job = _Job(prompts, params, seeds)
        self._jobs.put(job)
        return job.done

    def close(self) -> None:
        self._jobs.put(None)

    def _run(self) -> None:
        while True:
            first = self._jobs.get()
            if first is None:
                return
            jobs, size, deadline = [first], len(first.prompts), time.monotonic() + self.max_wait_s
            while size < self.max_batch:
                try:
                    nxt = self._jobs.get(timeout=max(deadline - time.monotonic(), 0))
                except queue.Empty:
                    break
                if nxt is None:
                    self._jobs.put(None)
                    break
                jobs.append(nxt)
                size += len(nxt.prompts)
            with self._swap:
                loaded = self.current
            for params in dict.fromkeys(j.params for j in jobs):  # equal settings share one engine call
                self._serve(loaded, [j for j in jobs if j.params == params], params)

    def _serve(self, loaded: Loaded, jobs: list[_Job], params: SamplingParams) -> None:
        try:
            rollouts = loaded.engine.generate(
                [p for j in jobs for p in j.prompts], params, seeds=[s for j in jobs for s in j.seeds]
            )
        except Exception as exc:  # noqa: BLE001 - every waiting request hears of it, none hangs
            for j in jobs:
                j.done.set_exception(exc)
            return
        self.batches, self.requests = self.batches + 1, self.requests + len(jobs)
        start = 0
        for j in jobs:
            n = len(j.prompts) * params.n
            j.done.set_result((loaded, rollouts[start : start + n]))
            start += n
