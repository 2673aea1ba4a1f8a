"""Load a Recipe from YAML with dotted `key=value` overrides; explain every mistake.

    recipe = load_recipe("pipelines/recipes/demo.yaml", ["rl.steps=10", "eval.samples=2"])

Strings may use `${VAR}` / `${VAR:-default}` to read the environment (e.g. the shared data
root), so a recipe stays portable between a laptop, CI and a cluster.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from reasonrl.config.models import Recipe
from reasonrl.errors import ConfigError

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def expand_env(value: Any) -> Any:
    """Replace `${VAR}` and `${VAR:-default}` in every string of a nested structure."""
    if isinstance(value, str):

        def sub(m: re.Match) -> str:
            name, default = m.group(1), m.group(2)
            if name in os.environ:
                return os.environ[name]
            if default is None:
                raise ConfigError(
                    f"environment variable {name} is not set",
                    hint=f"export {name}=... or use ${{{name}:-default}}",
                )
            return default

        return _ENV.sub(sub, value)
    if isinstance(value, dict):
        return {k: expand_env(v) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_env(v) for v in value]
    return value


def apply_override(data: dict, dotted: str) -> None:
    """Apply one `a.b.c=value` override in place; the value is parsed as YAML (numbers, lists, bools)."""
    if "=" not in dotted:
        raise ConfigError(f"override '{dotted}' is not of the form key=value", hint="e.g. rl.steps=10")
    key, raw = dotted.split("=", 1)
    parts = key.strip().split(".")
    node = data
    for i, part in enumerate(parts[:-1]):
        child = node.get(part)
        if child is None:
            child = node[part] = {}
        if not isinstance(child, dict):
            raise ConfigError(f"cannot set '{key}': '{'.'.join(parts[: i + 1])}' is not a section")
        node = child
    node[parts[-1]] = yaml.safe_load(raw) if raw.strip() else ""


def _allowed_keys(model: type[BaseModel], loc: tuple) -> list[str]:
    """Walk the model along `loc` (skipping list indices) and list the fields allowed there."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        ann = field.annotation
        for arg in getattr(ann, "__args__", ()) or ():
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                ann = arg
        current = ann
    return sorted(getattr(current, "model_fields", {}))


# Keys and sections in their old place: path -> where it lives now. `rl.*` and `eval.*` moved to
# the one place several stages share; `registry` was ambiguous (the bare word is the name -> object
# lookup; MLflow's is the model registry).
MOVED = {
    ("registry",): "model_registry",
    ("rl", "task"): "task",
    **{("rl", k): f"sampling.{k}" for k in ("temperature", "top_p", "top_k", "stop", "max_new_tokens")},
    **{
        ("eval", k): f"eval.sampling.{k} (default: the top-level sampling)"
        for k in ("temperature", "max_new_tokens")
    },
}


def _present(data: dict, path: tuple[str, ...]) -> bool:
    node: object = data
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


# Reward-term parameters renamed to the one token-budget name (a stale key would be ignored silently).
RENAMED_PARAMS = {"max_len": "max_new_tokens"}


def _renamed_reward_params(data: dict) -> list[str]:
    terms = (data.get("rl") or {}).get("rewards") if isinstance(data.get("rl"), dict) else None
    return [
        f"  rl.rewards[{i}].params.{old}: renamed {new}"
        for i, term in enumerate(terms if isinstance(terms, list) else [])
        if isinstance(term, dict) and isinstance(term.get("params"), dict)
        for old, new in RENAMED_PARAMS.items()
        if old in term["params"]
    ]


def validate_recipe(data: dict, source: str = "<recipe>") -> Recipe:
    """Validate a raw dict into a Recipe; the error names each bad key path and the allowed keys."""
    moved = [path for path in MOVED if _present(data, path)]
    sections = [f"  {path[0]}: moved to {MOVED[path]}" for path in moved if len(path) == 1]
    keys = [f"  {'.'.join(path)}: moved to {MOVED[path]}" for path in moved if len(path) > 1]
    keys += _renamed_reward_params(data)
    if sections or keys:
        hints = ["rename the section in the YAML or the key=value override"] if sections else []
        if keys:
            hints.append(
                "what RL, evaluation and distillation share lives once: top-level `task`, `sampling:` "
                "(evaluation may fix its own under `eval.sampling:`)"
            )
        raise ConfigError(
            "keys in their old place:\n" + "\n".join(sections + keys), where=source, hint="; ".join(hints)
        )
    try:
        return Recipe.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            path = ".".join(str(p) for p in err["loc"]) or "<root>"
            if err["type"] == "extra_forbidden":
                allowed = ", ".join(_allowed_keys(Recipe, tuple(err["loc"])))
                lines.append(f"  {path}: unknown key (allowed here: {allowed})")
            else:
                lines.append(f"  {path}: {err['msg']} (got {err.get('input')!r})")
        raise ConfigError(
            "invalid recipe:\n" + "\n".join(lines),
            where=source,
            hint="fix the key in the YAML or the key=value override; "
            "`reasonrl config --help` lists the sections",
        ) from None


def load_recipe(path: str | os.PathLike | None, overrides: list[str] | None = None) -> Recipe:
    """Read YAML (or start from defaults when path is None), apply overrides, expand env, validate."""
    data: dict = {}
    source = str(path) if path else "<defaults>"
    if path:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(
                f"recipe file not found: {p}", hint="pass a path such as pipelines/recipes/demo.yaml"
            )
        try:
            data = yaml.safe_load(p.read_text()) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{p}:{mark.line + 1}:{mark.column + 1}" if mark else str(p)
            raise ConfigError(f"not valid YAML: {getattr(exc, 'problem', exc)}", where=where) from None
        if not isinstance(data, dict):
            raise ConfigError("a recipe must be a mapping of sections", where=str(p))
    for item in overrides or []:
        apply_override(data, item)
    data = expand_env(data)
    if isinstance(data.get("compliance"), dict) and "gate_exceptions" in data["compliance"]:
        raise ConfigError(
            "gate exceptions can only be granted by the compliance policy file",
            where="compliance.gate_exceptions",
            hint="add `gate_exceptions: {rule: why}` to the file named by compliance.policy_file; a "
            "recipe or an override cannot loosen a rule that protects people",
        )
    if isinstance(data.get("compliance"), dict) and "policy_file" in data["compliance"]:
        data["compliance"] = _with_policy_file(data["compliance"])
    return validate_recipe(data, source)


def _deep_merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = (
            _deep_merge(out[key], value)
            if isinstance(value, dict) and isinstance(out.get(key), dict)
            else value
        )
    return out


def _with_policy_file(section: dict) -> dict:
    """Load `policy_file` (YAML) as the base of the compliance section; inline keys override it."""
    inline = dict(section)
    path = Path(inline.pop("policy_file"))
    if not path.is_file():
        raise ConfigError(
            f"policy file not found: {path}",
            where="compliance.policy_file",
            hint="paths are relative to the directory you run reasonrl in",
        )
    try:
        base = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"not valid YAML: {getattr(exc, 'problem', exc)}", where=str(path)) from None
    return _deep_merge(expand_env(base), inline)


def recipe_from_json(text: str) -> Recipe:
    """Inverse of `recipe_to_json`: how components receive the resolved recipe."""
    return validate_recipe(json.loads(text), "<recipe json>")


def load_recipe_json(path: str | os.PathLike, overrides: list[str] | None = None) -> Recipe:
    """A resolved recipe as components pass it (a JSON file), with optional dotted overrides."""
    recipe = recipe_from_json(Path(path).read_text())
    if not overrides:
        return recipe
    data = recipe.model_dump(mode="json")
    for item in overrides:
        apply_override(data, item)
    return validate_recipe(data, str(path))


def recipe_to_json(recipe: Recipe) -> str:
    return json.dumps(recipe.model_dump(mode="json"), sort_keys=True)


def config_hash(model: BaseModel) -> str:
    """sha256 of the canonical JSON of a (resolved) config: lineage uses it."""
    return canonical_hash(model.model_dump(mode="json"))


def canonical_hash(data) -> str:
    """sha256 of JSON-able data written canonically (sorted keys, no spaces)."""
    canon = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canon.encode()).hexdigest()


def localize(recipe: Recipe) -> Recipe:
    """Make every relative path absolute, so component subprocesses agree on locations."""
    root = Path(recipe.output_root).resolve()
    sources = [
        s.model_copy(update={"uri": str(Path(s.uri).resolve())})
        if s.uri and not s.uri.startswith("s3://") and not Path(s.uri).is_absolute()
        else s
        for s in recipe.data.sources
    ]
    uri = recipe.model_registry.tracking_uri
    if uri.startswith("sqlite:///") and not uri.startswith("sqlite:////"):
        uri = "sqlite:///" + str(Path(uri[len("sqlite:///") :]).resolve())
    return recipe.model_copy(
        update={
            "output_root": str(root),
            "data": recipe.data.model_copy(update={"sources": sources}),
            "model_registry": recipe.model_registry.model_copy(update={"tracking_uri": uri}),
        }
    )
