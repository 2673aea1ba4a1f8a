"""The filter protocol and registry."""

from __future__ import annotations

from dataclasses import dataclass, field

from reasonrl._registry import Registry
from reasonrl.config.compliance import ComplianceConfig
from reasonrl.data.schema import TEXT_FIELDS

FILTERS: Registry[type] = Registry("filter")


@dataclass
class FilterResult:
    record: dict | None  # None means drop
    reasons: list[str] = field(default_factory=list)
    modified: bool = False  # e.g. redacted

    @classmethod
    def drop(cls, *reasons: str) -> FilterResult:
        return cls(None, list(reasons))


class Filter:
    """Base class: subclasses set `name`/`version` and implement `apply`. A filter may keep
    state across records (dedup does); one instance serves one run."""

    name = "filter"
    version = "1"
    stateful = False  # True when apply() remembers records (dedup): it then sees only records still kept

    def __init__(self, compliance: ComplianceConfig):
        self.compliance = compliance

    def apply(self, record: dict) -> FilterResult:  # pragma: no cover - abstract
        raise NotImplementedError


def text_fields(record: dict) -> list[str]:
    return [f for f in TEXT_FIELDS.get(record.get("kind", "prompt"), ()) if isinstance(record.get(f), str)]


def record_text(record: dict) -> str:
    """All the record's text fields, joined: what content rules look at."""
    return "\n".join(record[f] for f in text_fields(record))
