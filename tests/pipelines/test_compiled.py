from pathlib import Path

import yaml

from reasonrl.orchestration.local import COMPILED, compile_pipeline


def test_compiled_pipeline_is_current(tmp_path):
    """Fails when pipelines/compiled/reasonrl.yaml is stale: run `reasonrl compile` and commit it."""
    fresh = compile_pipeline(tmp_path / "p.yaml").read_text()
    assert COMPILED.exists(), "run `reasonrl compile`"
    assert fresh == COMPILED.read_text(), (
        "pipelines/compiled/reasonrl.yaml is out of date: run `reasonrl compile`"
    )


def _spec(path: Path = COMPILED) -> dict:
    """The pipeline spec with its Kubernetes platform spec (the second YAML document) merged in."""
    docs = list(yaml.safe_load_all(Path(path).read_text()))
    return {k: v for d in docs for k, v in d.items()}


def test_every_gate_guards_what_follows():
    spec = _spec()
    comps = spec["components"]
    conditions = {
        name: comp["dag"]["tasks"] for name, comp in comps.items() if name.startswith("comp-condition")
    }
    assert len(conditions) == 4  # data, reward model, policy, student
    top = spec["root"]["dag"]["tasks"]
    assert set(top) == {"ingest", "compliance-filter", "data-gate", "condition-1"}
    assert "rl-train" in conditions["comp-condition-2"] and "register" in conditions["comp-condition-4"]
    triggers = [
        t["triggerPolicy"]["condition"]
        for c in [top, *conditions.values()]
        for t in c.values()
        if "triggerPolicy" in t
    ]
    assert len(triggers) == 4 and all("gate" in t and "Output" in t for t in triggers)


def _tasks() -> dict:
    spec = _spec()
    dags = [spec["root"]["dag"]] + [c["dag"] for c in spec["components"].values() if "dag" in c]
    return {name: t for d in dags for name, t in d["tasks"].items() if not name.startswith("condition")}


def test_caching_and_retries_are_deliberate():
    """A cache hit must never skip training, reading new data or a model registry change; what a lost
    pod can fail is retried (training resumes from its checkpoint; registration is idempotent)."""
    tasks = _tasks()
    never = {"ingest", "reward-model-train", "rl-train", "sft-baseline", "distill", "register", "promote"}
    for name, t in tasks.items():
        cached = t.get("cachingOptions", {}).get("enableCache", False)
        assert cached == (name not in never), name
    for name in never:
        assert (
            tasks[name]["retryPolicy"]["maxRetryCount"] >= 2 and tasks[name]["retryPolicy"]["backoffDuration"]
        ), name
    assert not any(
        "retryPolicy" in t for n, t in tasks.items() if "gate" in n
    )  # a gate's verdict is not retried away


def test_every_pod_mounts_the_benchmark_data_and_model_cache_and_gets_s3_credentials():
    """The decontamination filter reads the benchmark data and every model stage the embedded
    models: on a cluster they come from PVCs the pipeline names, not from each pod's own disk."""
    spec = _spec()
    executors = spec["platforms"]["kubernetes"]["deploymentSpec"]["executors"]
    assert set(executors) == {f"exec-{n}" for n in _tasks()}
    for name, ex in executors.items():
        assert {(m["constant"], m["mountPath"]) for m in ex["pvcMount"]} == {
            ("reasonrl-shared-data", "/data/shared"),
            ("reasonrl-model-cache", "/cache"),
        }, name
        secret = ex["secretAsEnv"][0]
        assert secret["secretName"] == "reasonrl-s3" and secret["optional"] is True


def test_images_come_from_the_recipe_and_model_stages_get_the_gpu_image(tmp_path):
    from reasonrl.config import load_recipe
    from reasonrl.orchestration.versioning import image_refs

    recipe = load_recipe(None, ["cluster.image.registry=ghcr.io/acme"])
    refs = image_refs(recipe, code="ab" * 32)
    assert refs == {
        "cpu": "ghcr.io/acme/reasonrl:0.2.0-abababab-cpu",
        "gpu": "ghcr.io/acme/reasonrl:0.2.0-abababab-gpu",
    }
    spec = _spec(compile_pipeline(tmp_path / "p.yaml", images=refs))
    image = {
        name.removeprefix("exec-"): ex["container"]["image"]
        for name, ex in spec["deploymentSpec"]["executors"].items()
    }
    gpu = {
        "reward-model-train",
        "rl-train",
        "evaluate-base",
        "evaluate",
        "evaluate-2",
        "sft-baseline",
        "distill",
    }
    assert {n for n, i in image.items() if i == refs["gpu"]} == gpu
    assert {n for n, i in image.items() if i == refs["cpu"]} == set(image) - gpu
    fixed = load_recipe(None, ["cluster.image.tag=v2026.11", "cluster.image.repository=rrl"])
    assert image_refs(fixed, code="0" * 64)["cpu"] == "rrl:v2026.11-cpu"
