import subprocess
import sys

import tomllib

from tests.conftest import REPO


def test_import_reasonrl_is_cheap():
    """`import reasonrl` (and its config) must not pull torch, kfp or airflow."""
    code = (
        "import sys, reasonrl, reasonrl.config, reasonrl.rewards, reasonrl.tasks; "
        "print(','.join(m for m in ('torch', 'kfp', 'airflow', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        "reasonrl." + ".".join(p.parent.relative_to(REPO / "src" / "reasonrl").parts)
        if p.parent != REPO / "src" / "reasonrl"
        else "reasonrl"
        for p in (REPO / "src" / "reasonrl").rglob("__init__.py")
    }
    found = {f.rstrip(".") for f in found}
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"
