"""`reasonrl serve` on loopback, driven by the real `openai` client: chat (and streaming),
completions, moderations with scores, OpenAI's error shape for bad requests, a bounded load test
(latency percentiles, 0 errors, no answer crossing between concurrent requests), and a model registry
alias re-resolved to a newly promoted version without a restart."""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

CONTENT_POLICY = "pipelines/policies/moderation/hate-speech-v1.yaml"
TEXTS = [
    "I hate all of them.",
    "What a lovely day.",
    "They are vermin.",
    "See you at lunch.",
    "Go back home.",
    "Thanks for your help.",
    "They should all suffer.",
    "Nice shoes!",
]


def Running(server):  # noqa: N802 - reads like the class it returns
    from reasonrl.serve.run import BackgroundServer

    return BackgroundServer(server)


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    import os

    from reasonrl.serve.model import ModelServer

    os.environ.setdefault("REASONRL_CACHE", str(tmp_path_factory.mktemp("serve-cache")))
    run = Running(
        ModelServer(
            "embedded:tiny-test",
            task="moderation",
            content_policy=CONTENT_POLICY,
            max_batch=16,
            max_wait_s=0.02,
        )
    )
    yield run
    run.stop()


def test_chat_streaming_and_completions_through_the_openai_client(running):
    c = running.client()
    ask = {
        "model": "tiny-test",
        "messages": [{"role": "user", "content": "2+3="}],
        "max_tokens": 8,
        "temperature": 0,
    }
    raw = c.chat.completions.with_raw_response.create(**ask)
    chat = raw.parse()
    assert raw.headers["x-model-version"] == "embedded:tiny-test" and chat.model == "embedded:tiny-test"
    assert chat.choices[0].finish_reason in ("stop", "length") and chat.usage.completion_tokens <= 8
    streamed = "".join(
        ch.choices[0].delta.content or "" for ch in c.chat.completions.create(**ask, stream=True)
    )
    assert streamed == chat.choices[0].message.content  # greedy: the same answer, in OpenAI's chunks
    done = c.completions.create(model="tiny-test", prompt=["1+1=", "2+2="], max_tokens=4, temperature=0)
    assert len(done.choices) == 2 and all(isinstance(ch.text, str) for ch in done.choices)
    assert [m.id for m in c.models.list().data] == ["embedded:tiny-test"]


def test_moderations_answer_in_openai_schema_with_scores(running):
    from reasonrl.tasks.moderation import load_content_policy

    c = running.client()
    res = c.moderations.create(input=TEXTS[:3], model="tiny-test", extra_body={"include_reasoning": True})
    assert res.model == "embedded:tiny-test" and len(res.results) == 3
    for r in res.results:
        extra = r.model_extra
        scores = (
            r.category_scores.model_dump()
            if hasattr(r.category_scores, "model_dump")
            else dict(r.category_scores)
        )
        scores = {k: v for k, v in (scores | (r.category_scores.model_extra or {})).items() if v is not None}
        assert set(scores) == {r.id for r in load_content_policy(CONTENT_POLICY).rules} and all(
            0 <= v <= 1 for v in scores.values()
        )
        assert sum(scores.values()) == pytest.approx(extra["violation_score"], abs=1e-6)  # P(v) x P(rule | v)
        assert isinstance(r.flagged, bool) and isinstance(extra["reasoning"], str)


def test_a_bad_request_gets_openais_error_shape(running):
    import openai

    c = running.client()
    with pytest.raises(openai.BadRequestError) as bad:
        c.chat.completions.create(
            model="tiny-test", messages=[{"role": "user", "content": "x"}], temperature=-1
        )
    assert bad.value.status_code == 400 and bad.value.body["type"] == "invalid_request_error"
    assert bad.value.body["param"] == "temperature"
    with pytest.raises(openai.BadRequestError) as empty:
        c.chat.completions.create(model="tiny-test", messages=[])
    assert empty.value.body["param"] == "messages"


def test_a_bounded_load_answers_every_request_and_nothing_crosses(running):
    """8 concurrent clients x 4 requests: 0 errors; each greedy answer equals what the same request
    gets alone (a batch never hands one request another's rollouts); latency percentiles reported."""
    c = running.client()
    prompts = [f"{a}+{b}=" for a in range(4) for b in range(8)]

    def ask(p):
        t0 = time.perf_counter()
        r = c.completions.create(model="tiny-test", prompt=p, max_tokens=6, temperature=0)
        return p, r.choices[0].text, time.perf_counter() - t0

    alone = {p: ask(p)[1] for p in prompts[:8]}
    batches_before = running.server.batches
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda p: _safe(ask, p), prompts))
    errors = [g for g in got if isinstance(g, Exception)]
    lat = sorted(g[2] for g in got if not isinstance(g, Exception))
    print(
        f"\nload: {len(prompts)} requests, 8 clients, errors {len(errors)}, "
        f"p50 {statistics.median(lat) * 1000:.0f} ms, p95 {lat[int(0.95 * (len(lat) - 1))] * 1000:.0f} ms, "
        f"batches {running.server.batches - batches_before}"
    )
    assert not errors
    assert all(text == alone[p] for p, text, _ in got if p in alone)
    assert running.server.batches - batches_before < len(prompts)  # concurrent requests were batched


def _safe(fn, arg):
    try:
        return fn(arg)
    except Exception as exc:  # noqa: BLE001 - counted as an error by the test
        return exc


def test_a_model_without_a_content_policy_refuses_to_moderate_with_a_clear_error(tmp_path):
    import openai

    from reasonrl.serve.model import ModelServer

    run = Running(ModelServer("embedded:tiny-test"))
    try:
        with pytest.raises(openai.BadRequestError, match="not registered with a content policy"):
            run.client().moderations.create(input="hello")
        assert run.client().models.list().data[0].id == "embedded:tiny-test"
    finally:
        run.stop()


def test_a_promotion_changes_what_answers_without_a_restart(tmp_path, model_cache):
    """Serving models:/name@champion: the alias moves to version 2, the reloader re-resolves it,
    and the next response names version 2 (with the content policy registration recorded)."""
    import json

    from mlflow import MlflowClient

    from reasonrl.model_registry import mlflow_registry as reg
    from reasonrl.modeling.loading import resolve_model
    from reasonrl.serve.model import ModelServer
    from reasonrl.serve.run import start_reloader
    from reasonrl.tasks.moderation import load_content_policy

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    meta = {
        "task": "moderation",
        "content_policy": json.dumps(load_content_policy(CONTENT_POLICY).model_dump(mode="json")),
        "threshold": "0.5",
        "max_new_tokens": "8",
    }
    versions = [
        reg.register(
            uri,
            "serve",
            "served",
            resolve_model("embedded:tiny-test"),
            metrics={},
            tags={},
            artifacts={},
            artifact_root=(tmp_path / "art").as_uri(),
            signature={"sampling": {"max_new_tokens": 8}, "metadata": meta},
        )["version"]
        for _ in range(2)
    ]
    c = MlflowClient(uri)
    c.set_registered_model_alias("served", "champion", versions[0])
    run = Running(ModelServer("models:/served@champion", uri))
    stop = threading.Event()
    try:
        client = run.client()
        first = client.moderations.with_raw_response.create(input="They are vermin.")
        assert first.headers["x-model-version"] == "1" and first.parse().model == "served/1"
        assert run.server.current.threshold == 0.5 and run.server.current.task == "moderation"
        c.set_registered_model_alias("served", "champion", versions[1])
        start_reloader(run.server, 0.2, stop)
        deadline = time.time() + 60
        while run.server.current.version != "2" and time.time() < deadline:
            time.sleep(0.2)
        again = client.moderations.with_raw_response.create(input="They are vermin.")
        assert again.headers["x-model-version"] == "2" and again.parse().model == "served/2"
        # what the retraining DAG runs after a promotion: the endpoint names the new champion,
        # or the task fails
        from reasonrl.errors import ReasonRLError
        from reasonrl.orchestration.retrain import smoke_test_endpoint

        base = run.url.removesuffix("/v1")
        checked = smoke_test_endpoint(base, {"promoted": True, "version": "2"}, timeout_s=30, poll_s=0.2)
        assert checked == {"skipped": False, "version": "2", "route": "/v1/moderations", "model": "served/2"}
        with pytest.raises(ReasonRLError, match="serves version 2, not the promoted version 3"):
            smoke_test_endpoint(base, {"promoted": True, "version": "3"}, timeout_s=0.5, poll_s=0.1)
        assert smoke_test_endpoint("", {"promoted": True, "version": "2"})["skipped"]
    finally:
        stop.set()
        run.stop()


def test_the_vllm_engine_serves_the_same_greedy_answer(running, monkeypatch):
    """--engine vllm: the served model generates through vLLM (a fake following vLLM's interface
    here: vLLM cannot be installed on CPU machines, tests/generation/fake_vllm.py), never put to
    sleep (no trainer shares the GPU), with the same greedy answer as the HF engine."""
    from reasonrl.serve.model import ModelServer
    from tests.generation import fake_vllm

    module = fake_vllm.install(monkeypatch)
    for key, value in {
        "RANK": "0",
        "LOCAL_RANK": "0",
        "WORLD_SIZE": "1",
        "MASTER_ADDR": "127.0.0.1",
        "MASTER_PORT": "29556",
    }.items():  # as under torchrun: the environment stays as it was
        monkeypatch.setenv(key, value)
    ask = {"model": "m", "prompt": "3+4=", "max_tokens": 6, "temperature": 0}
    expected = running.client().completions.create(**ask).choices[0].text
    run = Running(ModelServer("embedded:tiny-test", engine="vllm"))
    try:
        assert run.client().completions.create(**ask).choices[0].text == expected
        llm = run.server.current.engine.llm
        assert (
            module.__fake__ and not any(c[0] == "sleep" for c in llm.calls) and ("generate", 1) in llm.calls
        )
    finally:
        run.stop()


def test_the_cli_server_follows_a_promotion_on_sighup(tmp_path, model_cache):
    """`reasonrl serve models:/name@champion` as its own process: /health names version 1; the
    alias moves, SIGHUP, and /health names version 2 (no restart: the same process answers)."""
    import json
    import os
    import signal
    import subprocess
    import sys
    import urllib.request

    from mlflow import MlflowClient

    from reasonrl.model_registry import mlflow_registry as reg
    from reasonrl.modeling.loading import resolve_model

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    for _ in range(2):
        reg.register(
            uri,
            "serve",
            "cli",
            resolve_model("embedded:tiny-test"),
            metrics={},
            tags={},
            artifacts={},
            artifact_root=(tmp_path / "art").as_uri(),
            signature={"sampling": {}, "metadata": {"task": "arithmetic"}},
        )
    c = MlflowClient(uri)
    c.set_registered_model_alias("cli", "champion", "1")
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reasonrl",
            "serve",
            "models:/cli@champion",
            "--tracking-uri",
            uri,
            "--port",
            str(port),
        ],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )

    def health():
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as resp:
            return json.loads(resp.read())

    try:
        assert _wait(lambda: health()["version"] == "1", 120), "the server did not come up"
        assert health()["task"] == "arithmetic"
        c.set_registered_model_alias("cli", "champion", "2")
        proc.send_signal(signal.SIGHUP)
        assert _wait(lambda: health()["version"] == "2", 120) and proc.poll() is None
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "now serving cli/2" in err


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(check, timeout_s: float) -> bool:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        try:
            if check():
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def test_registration_records_what_the_server_needs(tmp_path):
    """The MLmodel metadata of a registered moderation model: its task, decode budget, the whole
    content policy its training records were judged under, and the validation threshold; an
    arithmetic model records no content policy."""
    import json

    from reasonrl.config.models import Recipe
    from reasonrl.io import write_jsonl
    from reasonrl.serve.model import _content_policy_file
    from reasonrl.stages.registration import serving_metadata
    from reasonrl.tasks.moderation import load_content_policy

    write_jsonl(
        tmp_path / "records.jsonl",
        [
            {
                "id": "a",
                "kind": "prompt",
                "split": "train",
                "policy": CONTENT_POLICY,
                "question": "q",
                "answer": "hateful",
            },
            {
                "id": "b",
                "kind": "prompt",
                "split": "test",
                "policy": "pipelines/policies/moderation/openai-moderation-v1.yaml",
                "question": "q",
                "answer": "flagged",
            },
        ],
    )
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "metrics.json").write_text(
        json.dumps({"threshold_selection": {"threshold": 0.42}, "precision": "bfloat16"})
    )
    recipe = Recipe(task="moderation", sampling={"max_new_tokens": 40})  # evaluation samples the same
    meta = serving_metadata(recipe, tmp_path, tmp_path / "eval")
    assert meta["task"] == "moderation" and meta["threshold"] == "0.42" and meta["max_new_tokens"] == "40"
    assert meta["precision"] == "bfloat16"
    assert load_content_policy(_content_policy_file(meta["content_policy"], "m/1")) == load_content_policy(
        CONTENT_POLICY
    )  # the training content policy
    assert "content_policy" not in serving_metadata(
        Recipe(task="arithmetic"), tmp_path / "nowhere", tmp_path / "eval"
    )


def test_completion_bodies_name_each_choice_its_finish_and_count_each_prompt_once():
    from types import SimpleNamespace

    from reasonrl.generation.base import Rollout
    from reasonrl.serve.app import _completion_body

    loaded = SimpleNamespace(id="m/3")
    rollouts = [Rollout(0, "p", [1, 2, 3], "a b", [7, 8], False), Rollout(0, "p", [1, 2, 3], "c", [9], True)]
    chat = _completion_body("chat.completion", "id1", loaded, rollouts, chat=True, created=5)
    assert [c["message"]["content"] for c in chat["choices"]] == ["a b", "c"]
    assert [c["finish_reason"] for c in chat["choices"]] == ["stop", "length"]
    assert chat["usage"] == {"prompt_tokens": 3, "completion_tokens": 3, "total_tokens": 6}  # one prompt, n=2
    assert chat["created"] == 5 and chat["model"] == chat["system_fingerprint"] == "m/3"
    text = _completion_body("text_completion", "id2", loaded, rollouts, chat=False)
    assert [c["text"] for c in text["choices"]] == ["a b", "c"] and "message" not in text["choices"][0]


def test_the_server_scores_in_the_dtype_the_threshold_was_chosen_in():
    """A threshold chosen on bf16 scores is applied to bf16 scores: the model is cast to the
    registered precision; without a record it stays fp32; an unknown one is refused."""
    import torch

    from reasonrl.errors import ConfigError
    from reasonrl.modeling import load_causal_lm
    from reasonrl.serve.model import _in_evaluated_precision

    model, _ = load_causal_lm("embedded:tiny-test")
    assert next(_in_evaluated_precision(model, None).parameters()).dtype == torch.float32
    cast = _in_evaluated_precision(model, "bfloat16")
    assert next(cast.parameters()).dtype == torch.bfloat16 and not cast.training
    with pytest.raises(ConfigError, match="int8"):
        _in_evaluated_precision(model, "int8")
