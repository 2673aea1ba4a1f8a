"""Shared fixtures: an isolated model cache, the shared data root, the tiny test recipe."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REASONRL_SHARED", REPO.parent / "shared"))
TINY_RECIPE = REPO / "tests" / "recipes" / "tiny.yaml"


def pytest_configure(config):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # one xdist worker per core: each worker's torch (and the processes it starts) takes one
        # thread, or two OpenMP pools spin against each other on 2 cores (ops ~100x slower)
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        os.environ.setdefault("MKL_NUM_THREADS", "1")
        if "torch" in sys.modules:  # a plugin imported it before the variable could apply
            sys.modules["torch"].set_num_threads(1)
    os.environ.setdefault("REASONRL_SHARED", str(SHARED))
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("MLFLOW_ENABLE_ASYNC_LOGGING", "false")
    # a verdict is about the answer, not the machine: a parse that takes 5 s on a loaded 2-core box
    # (the suite runs in parallel) must not be scored as a miss; the pool's timeout itself is tested
    os.environ.setdefault("REASONRL_MATH_TIMEOUT", "30")
    os.chdir(REPO)  # recipes name paths relative to the repo root


def pytest_collection_modifyitems(config, items):
    try:
        import torch

        has_gpu = torch.cuda.is_available()
    except ImportError:
        has_gpu = False
    skip = pytest.mark.skip(reason="needs a CUDA GPU")
    for item in items:
        if item.get_closest_marker("gpu") and not has_gpu:  # the marker, not a parameter id that says gpu
            item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory):
    """Embedded models are built once per test session into a private cache."""
    cache = tmp_path_factory.mktemp("reasonrl-cache")
    old = os.environ.get("REASONRL_CACHE")
    os.environ["REASONRL_CACHE"] = str(cache)
    yield cache
    if old is None:
        os.environ.pop("REASONRL_CACHE", None)
    else:
        os.environ["REASONRL_CACHE"] = old


@pytest.fixture
def tiny_recipe(tmp_path, monkeypatch):
    from reasonrl.config import load_recipe

    monkeypatch.setenv("REASONRL_TEST_OUT", str(tmp_path / "out"))
    return load_recipe(TINY_RECIPE)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """A real S3 API on loopback: moto's server in a subprocess. Yields its endpoint URL."""
    import subprocess
    import sys
    import time
    import urllib.request

    port = _free_port()
    exe = Path(sys.executable).with_name("moto_server")
    proc = subprocess.Popen(
        [str(exe), "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise RuntimeError("moto_server did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def s3_env(s3_server, monkeypatch, tmp_path):
    """Point boto3 at the loopback S3 with throwaway credentials (from the environment only)."""
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_server)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("REASONRL_CACHE", str(tmp_path / "cache"))
    return s3_server
