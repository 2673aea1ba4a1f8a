"""Shared fixtures: an isolated model cache, the shared data root, the tiny test recipe."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REASONRL_SHARED", REPO.parent / "shared"))
TINY_RECIPE = REPO / "tests" / "recipes" / "tiny.yaml"


def pytest_configure(config):
    os.environ.setdefault("REASONRL_SHARED", str(SHARED))
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("MLFLOW_ENABLE_ASYNC_LOGGING", "false")
    os.chdir(REPO)  # recipes name paths relative to the repo root


def pytest_collection_modifyitems(config, items):
    try:
        import torch

        has_gpu = torch.cuda.is_available()
    except ImportError:
        has_gpu = False
    skip = pytest.mark.skip(reason="needs a CUDA GPU")
    for item in items:
        if "gpu" in item.keywords and not has_gpu:
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
