"""models:/ references: the model registry registers their resolver with modeling's loader when it
is imported (modeling knows no MLflow); a process that never imported it is told what to import."""

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from reasonrl.errors import ConfigError
from reasonrl.model_registry import mlflow_registry
from reasonrl.modeling.loading import URI_SCHEMES, resolve_model


def test_importing_the_model_registry_registers_models_uris():
    assert URI_SCHEMES.get("models") is mlflow_registry.models_uri


def test_a_models_uri_downloads_into_a_cache_per_tracking_server_and_reference(
    monkeypatch, tmp_path, model_cache
):
    seen = {}

    def download(uri, tracking_uri, dest):
        seen.update(uri=uri, tracking_uri=tracking_uri, dest=dest)
        (dest / "model").mkdir(parents=True)
        (dest / "model" / "config.json").write_text("{}")
        return dest

    monkeypatch.setattr(mlflow_registry, "resolve_models_uri", download)
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://mlflow:5000")
    path = resolve_model("models:/moderation@champion")
    key = hashlib.sha256(b"http://mlflow:5000|models:/moderation@champion").hexdigest()[:16]
    assert seen == {
        "uri": "models:/moderation@champion",
        "tracking_uri": "http://mlflow:5000",
        "dest": Path(model_cache) / "model_registry" / key,
    }
    assert path == seen["dest"] / "model"  # a stage's output layout, as before


def test_a_models_uri_without_a_tracking_server_says_so(monkeypatch):
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    with pytest.raises(ConfigError, match="needs a tracking server"):
        resolve_model("models:/moderation@champion")


def test_without_the_model_registry_the_loader_names_what_to_import():
    code = (
        "from reasonrl.errors import ConfigError\n"
        "from reasonrl.modeling import resolve_model\n"
        "try:\n"
        "    resolve_model('models:/moderation@champion')\n"
        "except ConfigError as e:\n"
        "    print(e.hint)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "import reasonrl.model_registry" in out
