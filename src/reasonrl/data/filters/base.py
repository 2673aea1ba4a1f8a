"""The filter protocol and registry."""

from __future__ import annotations

from dataclasses import dataclass, field

from reasonrl._registry import Registry
from reasonrl.config.models import ComplianceConfig

FILTERS: Registry[type] = Registry("filter")


@dataclass
class FilterResult:
    record: dict | None                      # None means drop
    reasons: list[str] = field(default_factory=list)
    modified: bool = False                   # e.g. redacted


class Filter:
    """Base class: subclasses set `name`/`version` and implement `apply`."""

    name = "filter"
    version = "1"

    def __init__(self, policy: ComplianceConfig):
        self.policy = policy

    def apply(self, record: dict) -> FilterResult:  # pragma: no cover - abstract
        raise NotImplementedError
