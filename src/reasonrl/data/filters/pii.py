"""PII detection and redaction. This skeleton covers e-mail addresses; the compliance issue
extends it to phones, cards (Luhn), IBAN, IPs, SSNs and secrets behind the same API."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult
from reasonrl.data.schema import TEXT_FIELDS

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
PATTERNS = {"EMAIL": EMAIL}


@dataclass(frozen=True)
class PiiSpan:
    start: int
    end: int
    kind: str


def detect_pii(text: str, kinds: tuple[str, ...] = tuple(PATTERNS)) -> list[PiiSpan]:
    """All PII spans in text, sorted by start."""
    spans = [PiiSpan(m.start(), m.end(), k) for k in kinds for m in PATTERNS[k].finditer(text)]
    return sorted(spans, key=lambda s: s.start)


def redact_pii(text: str, kinds: tuple[str, ...] = tuple(PATTERNS)) -> str:
    """Replace each span with a typed placeholder such as `<EMAIL>`."""
    out, pos = [], 0
    for span in detect_pii(text, kinds):
        if span.start < pos:
            continue
        out.append(text[pos:span.start] + f"<{span.kind}>")
        pos = span.end
    return "".join(out) + text[pos:]


@FILTERS.register("pii_redact")
class PiiRedact(Filter):
    name, version = "pii_redact", "1"

    def apply(self, record: dict) -> FilterResult:
        kinds = tuple(self.policy.redact)
        fields = TEXT_FIELDS.get(record.get("kind", "prompt"), ())
        changed = {f: redact_pii(record[f], kinds) for f in fields if isinstance(record.get(f), str)}
        changed = {f: v for f, v in changed.items() if v != record[f]}
        if not changed:
            return FilterResult(record)
        return FilterResult({**record, **changed}, [f"redacted:{','.join(sorted(changed))}"], modified=True)
