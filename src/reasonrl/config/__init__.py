"""Recipes and per-stage configs (pydantic v2, frozen, extra='forbid')."""

from reasonrl.config.loader import config_hash, load_recipe, localize, recipe_from_json, recipe_to_json
from reasonrl.config.models import Recipe

__all__ = ["Recipe", "config_hash", "load_recipe", "localize", "recipe_from_json", "recipe_to_json"]
