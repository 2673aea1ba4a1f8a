"""The one code version (reasonrl.version): stable across calls, changed by any edit of a shipped
source file, the same for an installed layout (components/ and pipelines/ inside the package, no
.git, as in a container image) as for the checkout, and usable without git. Lineage, image tags
and pipeline version names all read it."""

import shutil
import subprocess
from pathlib import Path

import pytest

import reasonrl
from reasonrl import version
from reasonrl.config import load_recipe
from reasonrl.orchestration import submit, versioning
from tests.conftest import TINY_RECIPE


def _installed_copy(tmp_path: Path) -> list[Path]:
    """The shipped source copied as pip lays it out in an image: reasonrl/ holding components/ and
    pipelines/, no .git anywhere above it."""
    pkg = tmp_path / "site" / "reasonrl"
    keep = shutil.ignore_patterns("__pycache__", "*.pyc", "*.gguf", "*.safetensors", "*.bin")
    roots = version.source_roots()
    shutil.copytree(roots[0], pkg, ignore=keep)
    for root in roots[1:]:
        shutil.copytree(root, pkg / root.name, ignore=keep)
    return [pkg, pkg / "components", pkg / "pipelines"]


def test_the_code_hash_is_stable_and_the_same_in_an_installed_layout(tmp_path):
    assert version.code_hash() == version.code_hash() and len(version.code_hash()) == 64
    assert version.code_hash(_installed_copy(tmp_path)) == version.code_hash()


def test_the_code_hash_follows_every_source_file(tmp_path):
    roots = _installed_copy(tmp_path)
    before = version.code_hash(roots)
    (roots[0] / "__pycache__").mkdir(exist_ok=True)
    (roots[0] / "__pycache__" / "a.cpython-311.py").write_text("junk")
    (roots[2] / "compiled").mkdir(exist_ok=True)
    (roots[2] / "compiled" / "p.yaml").write_text("junk: 1")  # the compiled pipeline has its own hash
    assert version.code_hash(roots) == before
    errors = roots[0] / "errors.py"
    errors.write_text(errors.read_text() + "\n# an edit\n")
    assert version.code_hash(roots) != before
    errors.write_text(errors.read_text().removesuffix("\n# an edit\n"))
    assert version.code_hash(roots) == before
    (roots[1] / "extra.py").write_text("x = 1\n")  # a new file in a shipped package counts too
    assert version.code_hash(roots) != before


def test_the_code_version_works_without_git(tmp_path, monkeypatch):
    roots = _installed_copy(tmp_path)
    want = f"{reasonrl.__version__}+{version.code_hash(roots)[:8]}"
    assert version.git_commit(roots[0]) == ""  # no checkout above the copy
    assert version.code_version(roots) == want
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no git binary at all
    assert version.git_commit() == "" and version.code_version(roots) == want


def test_the_code_version_adds_the_commit_in_a_checkout():
    root = version.source_roots()[0]
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True)
    if head.returncode:
        pytest.skip("not running from a git checkout")
    assert version.git_commit() == head.stdout.strip()
    assert (
        version.code_version() == f"{reasonrl.__version__}+{version.code_hash()[:8]}.g{head.stdout.strip()}"
    )


def test_lineage_images_and_pipeline_versions_name_the_same_code(tmp_path):
    """A registered model's code_version, the images and the KFP pipeline version share the 8 hex
    digits of one code hash, so a model traces to the image and pipeline that made it."""
    from reasonrl.stages.registration import lineage_tags

    code = version.code_hash()[:8]
    recipe = load_recipe(TINY_RECIPE, [f"output_root={tmp_path}"])
    assert all(f"-{code}-" in ref for ref in versioning.image_refs(recipe).values())
    (tmp_path / "p.yaml").write_text("x")
    assert f"-c{code}-" in submit.pipeline_version_name(recipe, tmp_path / "p.yaml")
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "metrics.json").write_text("{}")
    tags = lineage_tags(recipe, tmp_path, {}, tmp_path / "eval", "run-1")
    assert tags["code_version"] == version.code_version()
    assert tags["code_version"].startswith(f"{reasonrl.__version__}+{code}")
