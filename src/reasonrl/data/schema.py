"""The record schema: what every stage may rely on, per record kind.

A record is a plain dict (JSON-friendly, cheap to stream). Required fields per kind are
checked by `validate_record`, which returns the first problem (field, message) or None.
"""

from __future__ import annotations

REQUIRED: dict[str, dict[str, type]] = {
    "prompt": {"id": str, "source": str, "task": str, "question": str, "answer": str},
    "preference": {"id": str, "source": str, "prompt": str, "chosen": str, "rejected": str},
}
COMMON_OPTIONAL = {"licence": str, "region": str, "split": str}
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "prompt": ("question", "answer"),
    "preference": ("prompt", "chosen", "rejected"),
}


def validate_record(record: dict, kind: str) -> tuple[str, str] | None:
    """None when valid, else (field, problem) for the first bad field."""
    for name, typ in {**REQUIRED[kind], **COMMON_OPTIONAL}.items():
        value = record.get(name)
        if value is None:
            if name in REQUIRED[kind]:
                return name, "missing required field"
            continue
        if not isinstance(value, typ):
            return name, f"expected {typ.__name__}, got {type(value).__name__}"
        if isinstance(value, str):
            if name in REQUIRED[kind] and not value.strip():
                return name, "empty string"
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name, "invalid UTF-8"
    return None
