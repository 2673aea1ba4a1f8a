"""Run the compliance policy's filters over records: kept records out, dropped ones to quarantine with
their reasons, and counts per rule and source for the compliance report.

Streaming: pass `keep`/`quarantine` callbacks (e.g. file writers) and records flow through one
at a time, so memory does not grow with the dataset; without them the report collects lists."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from reasonrl.config.models import ComplianceConfig
from reasonrl.data.filters import FILTERS
from reasonrl.data.filters.pii import KINDS, redact_pii
from reasonrl.data.schema import TEXT_FIELDS


@dataclass
class FilterReport:
    kept: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    dropped_by_rule: Counter = field(default_factory=Counter)  # the first rule that dropped each record
    failed_by_rule: Counter = field(default_factory=Counter)  # every rule a dropped record failed
    modified_by_rule: Counter = field(default_factory=Counter)
    kept_by_source: Counter = field(default_factory=Counter)
    dropped_by_source: Counter = field(default_factory=Counter)
    dropped_by_source_rule: Counter = field(default_factory=Counter)
    n_kept: int = 0
    n_quarantined: int = 0

    def summary(self) -> dict:
        return {
            "kept": self.n_kept,
            "quarantined": self.n_quarantined,
            "dropped_by_rule": dict(self.dropped_by_rule),
            "failed_by_rule": dict(self.failed_by_rule),
            "modified_by_rule": dict(self.modified_by_rule),
            "kept_by_source": dict(self.kept_by_source),
            "dropped_by_source": dict(self.dropped_by_source),
            "dropped_by_source_rule": {
                f"{src}/{rule}": n for (src, rule), n in self.dropped_by_source_rule.items()
            },
        }


def _redacted(record: dict, compliance: ComplianceConfig) -> dict:
    """Quarantine keeps the evidence, never the PII (every kind the detectors know, plus PERSON
    when the compliance policy has an NER backend)."""
    fields = TEXT_FIELDS.get(record.get("kind", "prompt"), ())
    kinds = KINDS + (("PERSON",) if compliance.pii.ner_model else ())
    return {
        k: redact_pii(v, kinds, compliance.pii.ner_model, compliance.pii.phone_regions)
        if k in fields and isinstance(v, str)
        else v
        for k, v in record.items()
    }


def run_filters(
    records: Iterable[dict],
    compliance: ComplianceConfig,
    keep: Callable[[dict], None] | None = None,
    quarantine: Callable[[dict], None] | None = None,
) -> FilterReport:
    filters = [FILTERS.get(name)(compliance) for name in compliance.filters]
    report = FilterReport()
    keep = keep or report.kept.append
    quarantine = quarantine or report.quarantined.append
    for record in records:
        current, reasons, dropped_by = record, [], None
        for flt in filters:
            if dropped_by is not None and flt.stateful:
                continue  # a dropped record must not enter dedup's memory, or it would drop its twin
            result = flt.apply(current)
            if result.record is None:
                reasons += result.reasons
                report.failed_by_rule[flt.name] += 1
                dropped_by = dropped_by or flt.name
                continue  # keep checking: the quarantine records every reason, not just the first
            if result.modified and dropped_by is None:
                report.modified_by_rule[flt.name] += 1
            current = result.record
        if dropped_by is not None:
            report.dropped_by_rule[dropped_by] += 1
            report.dropped_by_source_rule[(record.get("source"), dropped_by)] += 1
            quarantine({**_redacted(record, compliance), "reasons": reasons})
            report.dropped_by_source[record.get("source")] += 1
            report.n_quarantined += 1
        else:
            keep(current)
            report.kept_by_source[record.get("source")] += 1
            report.n_kept += 1
    return report


def filter_versions(compliance: ComplianceConfig) -> dict[str, str]:
    return {name: FILTERS.get(name).version for name in compliance.filters}
