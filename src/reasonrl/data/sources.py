"""Synthetic generators (source kind 'synthetic') and row adapters, registered by name: the room
that owns a task registers its generators and adapters here (tasks.arithmetic, tasks.moderation_data)."""

from __future__ import annotations

from reasonrl._registry import Registry
from reasonrl.config.models import SourceConfig

GENERATORS: Registry = Registry("synthetic generator")  # tasks register theirs (tasks.arithmetic)
ADAPTERS: Registry = Registry("row adapter")  # tasks register their sources' adapters (tasks.moderation)


class RowRejected(ValueError):
    """An adapter's verdict that a row cannot be used: it is quarantined naming `field` and why."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.field = field


@ADAPTERS.register("hh_rlhf")
def hh_rlhf(row: dict, source: SourceConfig | None = None) -> dict:
    """Anthropic hh-rlhf rows hold two whole dialogues; split them at the last assistant turn
    into the shared prompt and the two differing responses."""
    marker = "\n\nAssistant:"
    chosen, rejected = row.get("chosen"), row.get("rejected")
    if not isinstance(chosen, str) or not isinstance(rejected, str) or marker not in chosen:
        return row  # left for the schema check to quarantine with its field name
    cut = chosen.rfind(marker) + len(marker)
    return {
        **row,
        "prompt": chosen[:cut],
        "chosen": chosen[cut:].strip(),
        "rejected": rejected[rejected.rfind(marker) + len(marker) :].strip()
        if marker in rejected
        else rejected,
    }
