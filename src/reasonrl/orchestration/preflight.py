"""Check a recipe's inputs before a pipeline starts, so a typo fails in a second with its key path
instead of minutes later inside a task: source files exist, URIs are well formed, models can be
found, named tasks and rewards exist, and every reward term gets the fields it needs."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from reasonrl import reward_model, rewards, tasks  # noqa: F401 (reward_model registers the learned terms)
from reasonrl._registry import Registry
from reasonrl.config.models import Recipe
from reasonrl.data.filters import FILTERS
from reasonrl.data.sources import ADAPTERS, GENERATORS
from reasonrl.data.splits import SPLITTERS
from reasonrl.distill.flow import METHODS
from reasonrl.distill.kd import DIVERGENCES
from reasonrl.distill.select import SELECTORS
from reasonrl.errors import ConfigError
from reasonrl.generation import ENGINES
from reasonrl.modeling.gguf import GGUF_MODELS
from reasonrl.modeling.loading import PACKAGED
from reasonrl.modeling.tiny import EMBEDDED
from reasonrl.rl.advantages import ADVANTAGES
from reasonrl.rl.kl import KL_ESTIMATORS
from reasonrl.rl.losses import AGGREGATIONS, POLICY_LOSSES
from reasonrl.rl.sampling import SUPPLIED_FIELDS, record_fields

_S3 = re.compile(r"s3://[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]/\S+")
_MODELS = re.compile(r"models:/[\w.\-]+(?:@[\w\-]+|/\d+)")


def _uri_problem(uri: str) -> str | None:
    if uri.startswith("s3://"):
        return None if _S3.fullmatch(uri) else f"not a well-formed s3:// URI: {uri!r} (s3://bucket/key)"
    if "://" in uri:
        return f"unsupported URI scheme: {uri!r} (use a local path or s3://)"
    return None if Path(uri).exists() else f"file not found: {uri}"


def _model_problem(ref: str) -> str | None:
    if ref.startswith("embedded:"):
        name = ref.split(":", 1)[1]
        known = sorted({*EMBEDDED, *PACKAGED, *GGUF_MODELS})
        return None if name in known else f"unknown embedded model {name!r} (known: {', '.join(known)})"
    if ref.startswith("models:/"):
        return (
            None
            if _MODELS.fullmatch(ref)
            else f"not a model registry URI: {ref!r} (models:/name@alias or /version)"
        )
    return _uri_problem(ref)


def named_choices(recipe: Recipe) -> list[tuple[str, str, Registry]]:
    """(key path, name, registry) for every recipe key whose value names a registry entry. The
    config declares these as plain strings: the registries are the one list of choices (a room
    adds an estimator or a divergence without touching the config), checked here before a run and
    again by `Registry.get` where each is used. Rewards and tasks are checked with their fields."""
    rl, distill = recipe.rl, recipe.distill
    return [
        ("rl.advantage", rl.advantage, ADVANTAGES),
        ("rl.loss", rl.loss, POLICY_LOSSES),
        ("rl.aggregation", rl.aggregation, AGGREGATIONS),
        ("rl.kl_estimator", rl.kl_estimator, KL_ESTIMATORS),
        ("rl.engine", rl.engine, ENGINES),
        ("distill.method", distill.method, METHODS),
        ("distill.divergence", distill.divergence, DIVERGENCES),
        ("distill.selection", distill.selection, SELECTORS),
        ("data.split.by", recipe.data.split.by, SPLITTERS),
        *((f"compliance.filters[{i}]", f, FILTERS) for i, f in enumerate(recipe.compliance.filters)),
        *(
            (f"data.sources[{i}] ({s.name}).{key}", name, reg)
            for i, s in enumerate(recipe.data.sources)
            for key, name, reg in (("generator", s.generator, GENERATORS), ("adapter", s.adapter, ADAPTERS))
            if name
        ),
    ]


def _choice_problems(recipe: Recipe) -> list[tuple[str, str]]:
    return [
        (key, f"unknown {reg.kind} {name!r} (choose from: {', '.join(reg.names())})")
        for key, name, reg in named_choices(recipe)
        if name not in reg
    ]


def _reward_problems(recipe: Recipe) -> list[tuple[str, str]]:
    out = []
    for i, term in enumerate(recipe.rl.rewards):
        where = f"rl.rewards[{i}] ({term.name})"
        if term.name not in rewards.REWARDS:
            out.append((where, f"unknown reward (choose from: {', '.join(rewards.names())})"))
            continue
        if recipe.task not in tasks.TASKS:
            continue  # reported as an unknown task
        missing = record_fields(term, recipe.task)[1]
        if missing:
            carried = sorted(tasks.get(recipe.task).fields)
            out.append(
                (
                    where,
                    f"needs field(s) {missing} that neither RL training nor task '{recipe.task}' "
                    f"supplies (supplied: {', '.join(sorted(SUPPLIED_FIELDS | set(carried)))}; "
                    "or set them in params)",
                )
            )
    return out


def problems(recipe: Recipe) -> list[tuple[str, str]]:
    """(key path, what is wrong) for every input the recipe names that cannot work."""
    found = [
        (f"data.sources[{i}] ({s.name}).uri", p)
        for i, s in enumerate(recipe.data.sources)
        if s.uri and (p := _uri_problem(s.uri))
    ]
    for key, ref in (
        ("model.base", recipe.model.base),
        ("model.student", recipe.model.student),
        ("reward_model.backbone", recipe.reward_model.backbone),
    ):
        if p := _model_problem(ref):
            found.append((key, p))
    named = [("task", recipe.task)] + [
        (f"data.sources[{i}] ({s.name}).task", s.task) for i, s in enumerate(recipe.data.sources) if s.task
    ]
    found += [
        (key, f"unknown task {t!r} (choose from: {', '.join(tasks.names())})")
        for key, t in named
        if t not in tasks.TASKS and not t.startswith("jsonl:")
    ]
    if recipe.rl.engine == "vllm" and importlib.util.find_spec("vllm") is None:
        found.append(
            (
                "rl.engine",
                "vllm is not installed here (pip install 'reasonrl[gpu]' on a GPU machine, or use hf)",
            )
        )
    return found + _choice_problems(recipe) + _reward_problems(recipe)


def check(recipe: Recipe, source: str = "recipe") -> None:
    """Raise ConfigError listing every problem at once (not just the first)."""
    found = problems(recipe)
    if found:
        listing = "\n".join(f"  {key}: {what}" for key, what in found)
        raise ConfigError(
            f"{source} cannot run:\n{listing}",
            hint="fix these keys (or pass key=value overrides); nothing was started",
        )
