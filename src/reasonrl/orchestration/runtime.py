"""What a component body calls: run `python -m reasonrl <stage>` with the recipe and paths.

Kept out of the component functions so their embedded source stays a one-liner; failures
surface as the stage's own clear error message in the task log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile


def _argv(stage: str, recipe_path: str, kwargs: dict) -> list[str]:
    argv = [sys.executable, "-m", "reasonrl", stage, "--recipe-json", recipe_path]
    if os.environ.get("REASONRL_NO_PROGRESS"):
        argv.append("--no-progress")
    for key, value in kwargs.items():
        for item in value if isinstance(value, list) else [value]:
            argv += [f"--{key.replace('_', '-')}", str(item)]
    return argv


def call(stage: str, recipe_json: str, **kwargs) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        fh.write(recipe_json)
    try:
        proc = subprocess.run(_argv(stage, fh.name, kwargs))
    finally:
        os.unlink(fh.name)
    if proc.returncode:
        raise SystemExit(f"reasonrl {stage} failed with exit code {proc.returncode} (see the message above)")


def call_gate(kind: str, recipe_json: str, out: str, **inputs) -> bool:
    call("gate", recipe_json, kind=kind, out=out, **inputs)
    with open(os.path.join(out, "decision.json")) as fh:
        return bool(json.load(fh)["passed"])
