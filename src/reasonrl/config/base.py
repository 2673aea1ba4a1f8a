"""The base of every config model: frozen (a resolved recipe is hashed and recorded, so nothing
may change it after loading) and refusing unknown keys (a mistyped key fails with its path
instead of silently falling back to a default)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
