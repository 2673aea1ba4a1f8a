"""Pydantic v2 models, one per stage; a Recipe groups them.

Every model is frozen and forbids extra keys, so a mistyped key fails loudly with its path
(see `reasonrl.config.loader`). Defaults are the embedded, one-machine defaults.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from reasonrl.config.base import Strict  # one base for every config model
from reasonrl.config.cluster import ClusterConfig
from reasonrl.config.rl import (  # the RL section lives in config/rl.py; its names stay importable here
    CurriculumConfig,  # noqa: F401  (re-exported)
    DistributedConfig,  # noqa: F401  (re-exported)
    GuardConfig,  # noqa: F401  (re-exported)
    RewardTerm,  # noqa: F401  (re-exported)
    RLConfig,  # noqa: F401  (re-exported)
    RLRun,  # noqa: F401  (re-exported)
    RolloutCorrectionConfig,  # noqa: F401  (re-exported)
    SamplerConfig,  # noqa: F401  (re-exported)
    SamplingConfig,
    check_rl_sampling,
)


class SourceConfig(Strict):
    """One data source: a file (local path or s3:// URI) or a built-in generator."""

    name: str
    kind: Literal["file", "synthetic"] = "file"
    uri: str | None = None
    format: Literal["auto", "jsonl", "csv"] = "auto"
    generator: str | None = Field(None, description="synthetic generator name, e.g. 'arithmetic'")
    record: Literal["prompt", "preference"] = "prompt"
    task: str | None = Field(None, description="task family the prompts belong to")
    fields: dict[str, str] = Field(default_factory=dict, description="our field -> source column")
    adapter: str | None = Field(None, description="row adapter for a known source layout, e.g. 'hh_rlhf'")
    licence: str | None = Field(None, description="SPDX id applied to rows that carry none")
    region: str | None = None
    limit: int | None = Field(None, ge=1)
    n: int = Field(2000, ge=1, description="rows to generate (synthetic sources)")
    params: dict[str, Any] = Field(
        default_factory=dict,
        description="generator or adapter options, e.g. "
        "{digits: [2, 2]} or {language: ar, policy: <content policy file>}",
    )

    @model_validator(mode="after")
    def _kind_needs(self) -> SourceConfig:
        if self.kind == "file" and not self.uri:
            raise ValueError(f"source '{self.name}': kind 'file' needs 'uri'")
        if self.kind == "synthetic" and not self.generator:
            raise ValueError(f"source '{self.name}': kind 'synthetic' needs 'generator'")
        return self


class SplitConfig(Strict):
    """How records are cut into train and test (reasonrl.data.splits): `hash` (i.i.d., by id) or a
    task's own splitter, e.g. `moderation` (a held-out language and held-out functionalities)."""

    by: str = Field("hash", description="the splitter (`reasonrl list splitters`)")
    params: dict[str, Any] = Field(
        default_factory=dict,
        description="the splitter's options, e.g. "
        "{unseen_language: ar, unseen_functionalities: [derog_impl_h]}",
    )


class DataConfig(Strict):
    sources: list[SourceConfig] = Field(default_factory=list)
    eval_fraction: float = Field(0.1, ge=0.0, lt=1.0)
    split: SplitConfig = SplitConfig()
    max_line_bytes: int = Field(1_000_000, ge=1024)


from reasonrl.config.compliance import PROTECTED_RULES, ComplianceConfig  # noqa: E402  (the compliance policy)


class DataGateConfig(Strict):
    min_rows: int = Field(10, ge=0)
    max_rows: int = Field(10_000_000, ge=1)
    leak_free: list[str] = Field(
        default_factory=lambda: ["iid", "functionality", "language_unseen_template", "policy"],
        description="held-out sets that must share no template and no exact text with "
        "training (rule no_heldout_leak); `<set>_unseen_template` is the part of a set "
        "on templates never trained, e.g. the unseen language's",
    )
    warn_only: list[str] = Field(default_factory=list, description="rule names that only warn")


class RewardModelGateConfig(Strict):
    min_heldout_accuracy: float = Field(0.5, ge=0.0, le=1.0)
    warn_only: list[str] = Field(default_factory=list)


class PolicyGateConfig(Strict):
    metric: str = Field(
        "pass_at_1",
        description="the evaluation metric compared, a dotted path into its "
        "metrics.json, e.g. moderation.overall.served_macro_f1, the decision a moderation "
        "endpoint serves (min_pass_at_1 and shares then apply to it)",
    )
    min_pass_at_1: float = Field(0.0, ge=0.0, le=1.0)
    min_gain_over_base: float = Field(0.0, description="policy pass@1 minus base pass@1")
    min_label_recall: float = Field(
        0.3,
        gt=0.0,
        le=1.0,
        description="a classifier's every label's recall on the "
        "held-out items must reach this (never warn-only): no constant classifier ships; read from "
        "the served decision (at the validation threshold when one was chosen)",
    )
    warn_only: list[str] = Field(default_factory=list)


class StudentGateConfig(Strict):
    metric: str = Field(
        "pass_at_1",
        description="the evaluation metric compared, a dotted path into its "
        "metrics.json, e.g. moderation.overall.served_macro_f1, the decision a moderation "
        "endpoint serves (min_pass_at_1 and shares then apply to it)",
    )
    min_accuracy_share: float = Field(0.9, ge=0.0, description="student pass@1 / teacher pass@1")
    max_token_share: float = Field(0.7, gt=0.0, description="student tokens / teacher tokens")
    min_label_recall: float = Field(0.3, gt=0.0, le=1.0, description="as for the policy gate")
    warn_only: list[str] = Field(default_factory=list)


class GatesConfig(Strict):
    data: DataGateConfig = DataGateConfig()
    reward_model: RewardModelGateConfig = RewardModelGateConfig()
    policy: PolicyGateConfig = PolicyGateConfig()
    student: StudentGateConfig = StudentGateConfig()


class ModelConfig(Strict):
    base: str = Field("embedded:tiny-arith", description="'embedded:<name>', an HF model dir or s3:// URI")
    student: str = Field("embedded:tiny-arith", description="student initialisation for distillation")
    device: str = Field(
        "auto", description="auto (this rank's GPU when CUDA is present, else CPU), cpu, cuda, cuda:N"
    )
    precision: Literal["auto", "fp32", "bf16", "fp16"] = Field(
        "auto", description="compute dtype: auto is bf16 on a GPU, fp32 on CPU; trained weights stay fp32"
    )
    attention: Literal["sdpa", "eager", "flash_attention_2"] = Field(
        "sdpa",
        description="attention kernel (transformers attn_implementation; sdpa keeps grouped KV heads "
        "grouped on the CPU: modeling.attention)",
    )
    gradient_checkpointing: bool = Field(False, description="recompute activations in backward (less memory)")


class RewardModelConfig(Strict):
    backbone: str = Field("embedded:minilm", description="any HF encoder/decoder dir; gets a scalar head")
    max_length: int = Field(96, ge=8)
    epochs: int = Field(1, ge=1)
    batch_size: int = Field(16, ge=1)
    lr: float = Field(5e-5, gt=0)
    margin: float = Field(0.0, ge=0, description="BT margin: -log sigmoid(r_c - r_r - margin)")
    heldout_fraction: float = Field(0.15, gt=0, lt=1)
    max_pairs: int | None = Field(None, ge=2)


class PolicyFlipConfig(Strict):
    rule: str = Field(description="the content policy rule turned into an exemption")
    limit: int = Field(32, ge=2, description="items re-asked: half covered by the rule, half not")


class EvalConfig(Strict):
    samples: int = Field(4, ge=1, description="k samples per prompt; pass@1 is their mean")
    sampling: SamplingConfig = Field(
        default_factory=SamplingConfig,
        description="how evaluation samples; in a recipe it defaults to the top-level `sampling` "
        "(set it when a benchmark fixes its own, e.g. temperature 0 for one greedy decision)",
    )
    limit: int | None = Field(None, ge=1, description="evaluate at most this many held-out prompts")
    stratify: list[str] = Field(
        default_factory=list,
        description="record fields the `limit` is spread across "
        "evenly, e.g. [held_out, answer]: each held-out set and label gets its share",
    )
    batch_size: int = Field(64, ge=1)
    validation_limit: int | None = Field(
        None,
        ge=2,
        description="a classifier's score threshold is chosen (best "
        "macro-F1) on this many items of the validation split, never on a test set, "
        "then reported on the test sets (needs data.split.params.validation_fraction)",
    )
    policy_flip: PolicyFlipConfig | None = Field(
        None,
        description="moderation: re-ask under the content policy with one "
        "rule allowed and measure whether decisions follow the edit",
    )


class SFTBaselineConfig(Strict):
    """Supervised fine-tuning of the base model on the same labelled prompts RL draws, with the
    task's gold completion as the target (label-only): what RL bought is measured against it."""

    enabled: bool = False
    epochs: int = Field(2, ge=1)
    batch_size: int = Field(8, ge=1)
    lr: float = Field(1e-5, gt=0)


class DistillConfig(Strict):
    """Long-CoT teacher -> short-CoT student. `sequence`: SFT on selected teacher traces;
    `logit`: match the teacher's token distributions (same vocabulary) on those traces or, with
    `on_policy`, on the student's own samples (GKD)."""

    samples_per_prompt: int = Field(4, ge=1)
    selection: str = Field("shortest", description="which correct trace to keep (`reasonrl list selections`)")
    max_trace_share: float | None = Field(
        None,
        gt=0,
        description="keep only traces of at most this share of the "
        "teacher's mean tokens (a token budget; prompts without one are skipped)",
    )
    method: str = Field("sequence", description="`reasonrl list distill-methods`: sequence, logit")
    divergence: str = Field("forward_kl", description="logit KD's divergence (`reasonrl list divergences`)")
    jsd_beta: float = Field(0.5, gt=0, lt=1)
    kd_temperature: float = Field(1.0, gt=0)
    on_policy: bool = Field(False, description="logit KD on student-generated sequences (GKD)")
    epochs: int = Field(2, ge=1)
    lr: float = Field(3e-4, gt=0)
    batch_size: int = Field(32, ge=1)
    max_prompts: int | None = Field(None, ge=1)


class PromotionConfig(Strict):
    """When `champion` moves: every gate passed, same evaluation prompts, the challenger beats the
    champion by more than `min_margin` and a paired test on those prompts gives p < `alpha`."""

    metric: str = "pass_at_1"
    min_margin: float = Field(0.0, description="challenger must beat champion by more than this")
    alpha: float = Field(
        0.05, gt=0, le=1, description="significance level of the paired test (1 disables it)"
    )
    mode: Literal["auto", "manual"] = Field(
        "auto", description="manual: a winner waits for `reasonrl approve`"
    )


class ModelRegistryConfig(Strict):
    """The MLflow model registry: where versions are registered and tracked, when `champion` moves."""

    tracking_uri: str = Field("sqlite:///outputs/mlflow.db")
    experiment: str = "reasonrl"
    model_name: str = "reasonrl-demo"
    track_training: bool = Field(True, description="log per-step RL metrics to an MLflow run")
    promotion: PromotionConfig = PromotionConfig()
    ui_url: str | None = Field(
        None,
        description="the MLflow UI the run report links to; default: the tracking "
        "URI when it is http(s), else http://localhost:5000 (make mlflow-ui)",
    )

    def ui(self) -> str:
        if self.ui_url:
            return self.ui_url.rstrip("/")
        return (
            self.tracking_uri.rstrip("/")
            if self.tracking_uri.startswith(("http://", "https://"))
            else "http://localhost:5000"
        )


class Recipe(Strict):
    """A whole pipeline run: what data, which gates, how to train, where to register."""

    name: str = "recipe"
    seed: int = 0
    output_root: str = "outputs"
    task: str = Field(
        "arithmetic",
        description="the task family of the prompts (`reasonrl list tasks`): RL, "
        "evaluation and distillation use it; a record may name its own",
    )
    sampling: SamplingConfig = SamplingConfig()
    model: ModelConfig = ModelConfig()
    data: DataConfig = DataConfig()
    compliance: ComplianceConfig = ComplianceConfig()
    gates: GatesConfig = GatesConfig()
    reward_model: RewardModelConfig = RewardModelConfig()
    rl: RLConfig = RLConfig()
    eval: EvalConfig = EvalConfig()
    distill: DistillConfig = DistillConfig()
    sft_baseline: SFTBaselineConfig = SFTBaselineConfig()
    model_registry: ModelRegistryConfig = ModelRegistryConfig()
    cluster: ClusterConfig = ClusterConfig()

    @model_validator(mode="before")
    @classmethod
    def _eval_samples_like_training_unless_set(cls, data: Any) -> Any:
        if isinstance(data, dict) and "sampling" in data:
            section = data.get("eval")
            if section is None or (isinstance(section, dict) and "sampling" not in section):
                data = {**data, "eval": {**(section or {}), "sampling": data["sampling"]}}
        return data

    @model_validator(mode="after")
    def _rl_from_sft_needs_the_baseline(self) -> Recipe:
        check_rl_sampling(self.sampling)
        if self.rl.init == "sft" and not self.sft_baseline.enabled:
            raise ValueError(
                "rl.init: sft starts RL from the SFT baseline's weights; set sft_baseline.enabled: true"
            )
        if self.sft_baseline.enabled and self.rl.labels is None:
            raise ValueError(
                "sft_baseline is compared with RL at equal labels: set rl.labels, the label budget both "
                "use (e.g. rl.steps x rl.prompts_per_step)"
            )
        return self

    @model_validator(mode="after")
    def _protected_rules_need_a_compliance_exception(self) -> Recipe:
        denied = sorted(
            set(self.gates.data.warn_only) & PROTECTED_RULES - set(self.compliance.gate_exceptions)
        )
        if denied:
            raise ValueError(
                f"gates.data.warn_only: {denied} protect people and cannot be warn-only unless the "
                "compliance policy file grants it under gate_exceptions: {rule: why}"
            )
        return self


def rl_run(recipe: Recipe) -> RLRun:
    """The RL code's view of a recipe: `rl` + `task` + `sampling`."""
    return RLRun(**recipe.rl.model_dump(), task=recipe.task, sampling=recipe.sampling)
