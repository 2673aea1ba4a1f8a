"""Quality bounds: length, repeated lines, control characters, encoding."""

from __future__ import annotations

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult, record_text

_ALLOWED_CONTROL = {"\n", "\t", "\r"}


def repeated_line_share(text: str) -> float:
    """Share of non-empty lines that repeat an earlier line (Gopher-style repetition signal)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return 0.0 if len(lines) < 2 else 1 - len(set(lines)) / len(lines)


@FILTERS.register("quality")
class Quality(Filter):
    name, version = "quality", "1"

    def apply(self, record: dict) -> FilterResult:
        q, text = self.policy.quality, record_text(record)
        if len(text) < q.min_chars:
            return FilterResult.drop("quality:too_short")
        if len(text) > q.max_chars:
            return FilterResult.drop("quality:too_long")
        if "\ufffd" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            return FilterResult.drop("quality:encoding")
        if sum(1 for c in text if (ord(c) < 32 or ord(c) == 127) and c not in _ALLOWED_CONTROL) > q.max_control_chars:
            return FilterResult.drop("quality:control_chars")
        if repeated_line_share(text) > q.max_repeated_line_share:
            return FilterResult.drop("quality:repetition")
        return FilterResult(record)
