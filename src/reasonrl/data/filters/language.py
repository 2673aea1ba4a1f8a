"""Language identification with lingua; allowed languages per task (and per source)."""

from __future__ import annotations

from functools import lru_cache

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult, record_text

# The languages of the team's data (the multilingual HateCheck set and English); a closed set
# keeps lingua fast and its answers sharp.
MAX_CHARS = 400  # lingua is as sure after a paragraph as after a page, and cost grows with length
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ar", "zh", "hi", "pl", "ru", "tr", "ja", "ko")


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def detect_language(text: str, min_chars: int = 24, min_confidence: float = 0.5) -> str | None:
    """ISO 639-1 code of the most likely language, or None when the text is too short, has no
    letters, or no language reaches min_confidence."""
    head = text[:MAX_CHARS]
    if sum(c.isalpha() for c in head[: 8 * min_chars]) < min_chars:
        return None
    best = _detector().compute_language_confidence_values(head)[0]
    return best.language.iso_code_639_1.name.lower() if best.value >= min_confidence else None


@FILTERS.register("language")
class LanguageFilter(Filter):
    name, version = "language", "1"

    def allowed_for(self, record: dict) -> list[str]:
        p = self.compliance.languages
        return (
            self.compliance.for_source(record.get("source")).languages
            or p.per_task.get(record.get("task") or "")
            or p.allowed
        )

    def apply(self, record: dict) -> FilterResult:
        allowed = self.allowed_for(record)
        if "*" in allowed:
            return FilterResult(record)
        p = self.compliance.languages
        lang = detect_language(record_text(record), p.min_chars, p.min_confidence)
        if lang is None:
            return FilterResult(record)  # too little evidence to judge: kept, and the gate watches the mix
        if lang not in allowed:
            return FilterResult.drop(f"language:{lang}")
        return FilterResult({**record, "language": lang})
