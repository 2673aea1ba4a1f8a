"""What every subcommand handler shares: the recipe from --recipe/--recipe-json/--set, NAME=DIR
pairs, and JSON printed once (by rank 0 under torchrun)."""

from __future__ import annotations

import json
import os

from reasonrl.config import Recipe, load_recipe
from reasonrl.config.loader import load_recipe_json


def load(args) -> Recipe:
    if args.recipe_json:
        return load_recipe_json(args.recipe_json, args.overrides)
    return load_recipe(args.recipe, args.overrides)


def pairs(items: list[str]) -> dict[str, str]:
    return dict(item.split("=", 1) for item in items)


def print_json(obj) -> None:
    if os.environ.get("RANK", "0") != "0":  # under torchrun only rank 0 answers
        return
    print(json.dumps(obj, indent=2, sort_keys=True, default=str))
