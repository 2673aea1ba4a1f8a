"""The compliance policy: what data may be trained on, per source and per stage.

It is the `compliance` section of a recipe, or a separate YAML file the recipe names with
`compliance: {policy_file: pipelines/policies/default.yaml}` (inline keys override the file).
Its hash is recorded in every filtered dataset's manifest and in the model registry's lineage tags.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from reasonrl.config.base import Strict

# Data-gate rules that protect people rather than quality: never warn-only unless the compliance
# policy file grants an exception (gate_exceptions), which lineage and the model card then record.
PROTECTED_RULES = frozenset(
    {"no_residual_pii", "licence_allowed", "consent_given", "region_allowed", "residency_ok"}
)

PiiKind = Literal["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN", "SECRET", "PERSON"]


class PiiRules(Strict):
    redact: list[PiiKind] = Field(
        default_factory=lambda: ["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "US_SSN"],
        description="replaced by <KIND>",
    )
    drop: list[PiiKind] = Field(default_factory=lambda: ["SECRET"], description="the record is quarantined")
    ner_model: str | None = Field(
        None,
        description="spaCy pipeline (package name or path) whose PERSON "
        "entities count as PII kind PERSON; needs the `ner` extra",
    )
    phone_regions: list[str] = Field(
        default_factory=lambda: ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN"],
        description="ISO 3166 regions whose national phone formats are recognised "
        "(international +/00 numbers are found for every region)",
    )


class DedupRules(Strict):
    exact: bool = True
    near: bool = True
    threshold: float = Field(
        0.85, gt=0, le=1, description="estimated Jaccard similarity that counts as a duplicate"
    )
    num_perm: int = Field(64, ge=16, le=512)
    shingle_words: int = Field(5, ge=1)


class EvalTarget(Strict):
    name: str
    uri: str
    fields: list[str] = Field(default_factory=lambda: ["question"])


class DecontaminationRules(Strict):
    """n-gram overlap with evaluation sets (GPT-3 / Llama style 13-grams; 8 for short maths)."""

    targets: list[str | EvalTarget] = Field(
        default_factory=lambda: ["gsm8k_test", "math500", "aime24", "amc23", "humaneval"],
        description="built-in eval set names (see `reasonrl list eval_sets`) or {name, uri, fields}",
    )
    n: int = Field(13, ge=3)
    n_short: int = Field(8, ge=3, description="n for short maths problems")
    short_tasks: list[str] = Field(default_factory=lambda: ["arithmetic", "gsm8k", "math", "aime", "amc"])


class LanguageRules(Strict):
    allowed: list[str] = Field(default_factory=lambda: ["en"], description="ISO 639-1 codes; '*' allows any")
    per_task: dict[str, list[str]] = Field(default_factory=lambda: {"arithmetic": ["*"]})
    min_chars: int = Field(24, ge=1, description="shorter texts are not judged (too little evidence)")
    min_confidence: float = Field(0.5, ge=0, le=1)
    min_share: float = Field(
        0.98, ge=0, le=1, description="data gate: share of judged records in an allowed language"
    )


class QualityRules(Strict):
    min_chars: int = Field(1, ge=0)
    max_chars: int = Field(100_000, ge=1)
    max_repeated_line_share: float = Field(0.5, ge=0, le=1)
    max_control_chars: int = Field(0, ge=0)


class SourceRules(Strict):
    """Per-source overrides; None keeps the global rule."""

    allowed_licences: list[str] | None = None
    allowed_regions: list[str] | None = None
    consent_required: bool | None = None
    languages: list[str] | None = None


class StageRules(Strict):
    """What a stage consumes and how much of it the data gate requires."""

    kind: Literal["prompt", "preference"]
    split: Literal["train", "test"] = "train"
    min_rows: int = Field(1, ge=0)
    max_rows: int = Field(10_000_000, ge=1)


def _default_stages() -> dict[str, StageRules]:
    return {
        "reward_model_train": StageRules(kind="preference"),
        "rl_train": StageRules(kind="prompt"),
        "distill": StageRules(kind="prompt"),
        "evaluate": StageRules(kind="prompt", split="test"),
    }


class ComplianceConfig(Strict):
    allowed_licences: list[str] = Field(default_factory=lambda: ["MIT", "Apache-2.0", "CC0-1.0", "CC-BY-4.0"])
    allowed_regions: list[str] | None = Field(None, description="origin regions allowed; None allows any")
    residency: dict[str, list[str]] = Field(
        default_factory=dict, description="origin region -> regions where it may be processed"
    )
    processing_region: str | None = Field(
        None, description="where this pipeline runs (checked against residency)"
    )
    consent_required: bool = False
    pii: PiiRules = PiiRules()
    dedup: DedupRules = DedupRules()
    decontamination: DecontaminationRules = DecontaminationRules()
    languages: LanguageRules = LanguageRules()
    quality: QualityRules = QualityRules()
    sources: dict[str, SourceRules] = Field(default_factory=dict)
    stages: dict[str, StageRules] = Field(default_factory=_default_stages)
    gate_exceptions: dict[str, str] = Field(
        default_factory=dict,
        description="rule -> why: the only way a rule that protects people (PII, secrets, "
        "licence, consent, region, residency) may be warn-only at the data gate; only the compliance "
        "policy file may grant it, and each grant is recorded in lineage and the model card",
    )
    filters: list[str] = Field(
        default_factory=lambda: [
            "quality",
            "licence_allowlist",
            "region",
            "consent",
            "language",
            "pii",
            "decontaminate",
            "dedup",
        ],
        description="filter registry names, applied in this order",
    )

    def for_source(self, source: str | None) -> SourceRules:
        return self.sources.get(source or "", SourceRules())
