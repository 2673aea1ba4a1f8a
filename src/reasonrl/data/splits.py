"""How records are split into train and test, by registered name (`data.split.by`).

A splitter maps one record to (split, held_out): split is "train" or "test"; held_out names the
kind of generalisation a test record measures ("iid", or e.g. "language" for a language kept out
of training), None for training records. Splitters are pure and order-independent (a hash of the
record, never its position), so adding a source never moves another source's records.
"""

from __future__ import annotations

import hashlib
from typing import Callable

from reasonrl._registry import Registry

Splitter = Callable[..., tuple[str, str | None]]
SPLITTERS: Registry[Splitter] = Registry("splitter")


def unit_hash(key: str, seed: int) -> float:
    """A deterministic number in [0, 1) from a key and the recipe seed."""
    return int(hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


@SPLITTERS.register("hash")
def by_hash(record: dict, eval_fraction: float, seed: int, **_) -> tuple[str, str | None]:
    """A random cut by record id: the test split is i.i.d. with training."""
    return ("test", "iid") if unit_hash(record["id"], seed) < eval_fraction else ("train", None)
