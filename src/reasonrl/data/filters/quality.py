"""Quality bounds: length, repeated lines, control characters, encoding."""

from __future__ import annotations

import re

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult, record_text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # control chars other than \t \n \r
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def repeated_line_share(text: str) -> float:
    """Share of non-empty lines that repeat an earlier line (Gopher-style repetition signal)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return 0.0 if len(lines) < 2 else 1 - len(set(lines)) / len(lines)


@FILTERS.register("quality")
class Quality(Filter):
    name, version = "quality", "1"

    def apply(self, record: dict) -> FilterResult:
        q, text = self.compliance.quality, record_text(record)
        if len(text) < q.min_chars:
            return FilterResult.drop("quality:too_short")
        if len(text) > q.max_chars:
            return FilterResult.drop("quality:too_long")
        if "\ufffd" in text or _SURROGATE.search(text):
            return FilterResult.drop("quality:encoding")
        if len(_CONTROL.findall(text)) > q.max_control_chars:
            return FilterResult.drop("quality:control_chars")
        if repeated_line_share(text) > q.max_repeated_line_share:
            return FilterResult.drop("quality:repetition")
        return FilterResult(record)
