"""Pydantic v2 models, one per stage; a Recipe groups them.

Every model is frozen and forbids extra keys, so a mistyped key fails loudly with its path
(see `reasonrl.config.loader`). Defaults are the embedded, one-machine defaults.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from reasonrl.config.cluster import ClusterConfig
from reasonrl.config.policy import Strict  # noqa: E402  (one base for every config model)


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
        "{digits: [2, 2]} or {language: ar, policy: <moderation policy file>}",
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

    by: str = "hash"
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


from reasonrl.config.policy import PROTECTED_RULES, ComplianceConfig  # noqa: E402  (the compliance policy)


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
        "metrics.json, e.g. moderation.overall.macro_f1 (min_pass_at_1 and shares then apply to it)",
    )
    min_pass_at_1: float = Field(0.0, ge=0.0, le=1.0)
    min_gain_over_base: float = Field(0.0, description="policy pass@1 minus base pass@1")
    min_label_recall: float = Field(
        0.3,
        gt=0.0,
        le=1.0,
        description="a classifier's every label's recall on the "
        "held-out items must reach this (never warn-only): no constant classifier ships",
    )
    warn_only: list[str] = Field(default_factory=list)


class StudentGateConfig(Strict):
    metric: str = Field(
        "pass_at_1",
        description="the evaluation metric compared, a dotted path into its "
        "metrics.json, e.g. moderation.overall.macro_f1 (min_pass_at_1 and shares then apply to it)",
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
        "sdpa", description="attention kernel (transformers attn_implementation)"
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


class RewardTerm(Strict):
    """One reward in the composition. Its weight may follow a schedule over the RL steps:
    constant, linear or cosine from `start_weight` to `weight`, or warmup (0 -> weight over
    `warmup_steps`, then constant). `params` are passed to the reward function."""

    name: str
    weight: float = 1.0
    schedule: Literal["constant", "linear", "cosine", "warmup"] = "constant"
    start_weight: float = 0.0
    warmup_steps: int = Field(0, ge=0)
    params: dict[str, Any] = Field(default_factory=dict)


class GuardConfig(Strict):
    """Stability guard (reasonrl.rl.guard): roll back and lower the LR when a step breaks training."""

    enabled: bool = True
    min_entropy: float = Field(0.005, ge=0)
    max_kl: float = Field(5.0, gt=0)
    reward_drop: float = Field(0.5, gt=0, le=1, description="collapse = recent mean below (1 - drop) x best")
    reward_min_drop: float = Field(0.1, ge=0, description="... and at least this far below it")
    window: int = Field(3, ge=1)
    max_label_share: float = Field(
        0.9,
        gt=0,
        le=1,
        description="label collapse: one predicted label in more than this "
        "share of a classification task's rollouts for `window` steps in a row",
    )
    lr_factor: float = Field(0.5, gt=0, lt=1)
    max_rollbacks: int = Field(3, ge=0)


class DistributedConfig(Strict):
    """How `torchrun` ranks share the work (reasonrl.rl.distributed). One process runs `none`."""

    backend: Literal["ddp", "fsdp2", "deepspeed"] = "ddp"
    zero_stage: int = Field(2, ge=1, le=3, description="DeepSpeed ZeRO stage")


class RolloutCorrectionConfig(Strict):
    """Truncated importance sampling for rollout/trainer mismatch (reasonrl.rl.correction): the
    trainer recomputes old log-probs and weights each token's loss by min(pi_train/pi_rollout, tis_cap);
    sequences whose geometric-mean ratio leaves [seq_low, seq_high] carry no loss. `auto`: on when
    the rollout engine is not the trainer's own forward (any engine but `hf`)."""

    mode: Literal["auto", "on", "off"] = "auto"
    tis_cap: float = Field(2.0, gt=1, description="C in w = min(rho, C) (TIS; Yao et al. 2025)")
    seq_low: float = Field(0.5, gt=0, le=1, description="lowest geometric-mean ratio a sequence may have")
    seq_high: float = Field(2.0, ge=1, description="highest geometric-mean ratio a sequence may have")


class CurriculumConfig(Strict):
    """Adaptive curriculum (reasonrl.rl.curriculum): prompts solved by all or none of their G
    samples `patience` visits in a row are set aside for `cooldown_steps`, then revisited."""

    enabled: bool = False
    patience: int = Field(2, ge=1)
    cooldown_steps: int = Field(20, ge=1)


class SamplerConfig(Strict):
    """Which prompts a step draws (reasonrl.rl.prompts): balanced over a record field, with the
    items the policy gets wrong replayed."""

    balance_by: str | None = Field(
        None,
        description="a record field whose values each get an equal share of every "
        "step's prompts, e.g. answer (the label): the prior stops dominating the gradient",
    )
    hard_share: float = Field(
        0.0,
        ge=0.0,
        le=1.0,
        description="at most this share of a step's prompts are replays of "
        "items whose last group's pass rate was below hard_below (0 disables)",
    )
    hard_below: float = Field(0.5, gt=0.0, le=1.0)
    replay_after: int = Field(2, ge=1, description="steps before a hard item comes back")


class RLConfig(Strict):
    """GRPO-family trainer settings (Shao et al. 2024, arXiv:2402.03300).

    One step: `prompts_per_step` prompts x `group_size` samples = B sequences; `ppo_epochs` (mu)
    passes over them in mini-batches of `mini_batch_size` sequences (one optimizer step each,
    default B), each split into micro-batches of `micro_batch_size` sequences per rank."""

    advantage: str = Field("grpo", description="advantage estimator registry name")
    loss: str = Field("ppo_clip", description="policy loss registry name")
    aggregation: str = Field("token_mean", description="loss aggregation registry name")
    init: Literal["base", "sft"] = Field(
        "base",
        description="start from the base model (R1-Zero style) or from the "
        "SFT baseline's weights, trained on the same labels (the usual industrial "
        "recipe; needs sft_baseline.enabled)",
    )
    labels: int | None = Field(
        None,
        ge=1,
        description="the label budget: how many labelled training prompts RL and "
        "the SFT baseline may use, chosen before training (balanced by sampler.balance_by); "
        "needed with sft_baseline (equal labels); default: every training prompt",
    )
    steps: int = Field(60, ge=1)
    prompts_per_step: int = Field(16, ge=1)
    group_size: int = Field(8, ge=2)
    ppo_epochs: int = Field(1, ge=1, description="mu: policy iterations per batch")
    mini_batch_size: int | None = Field(
        None, ge=1, description="sequences per optimizer step (all ranks); default B"
    )
    skip_zero_advantage: bool = Field(
        True,
        description="skip forward/backward of sequences with A = 0 when no KL "
        "is in the loss (exactly the same update; one process)",
    )
    share_prompt_prefix: bool = Field(
        True,
        description="forward each prompt once per group (whole groups per "
        "micro-batch); same loss, fewer FLOPs",
    )
    pack_completions: bool = Field(
        True,
        description="with share_prompt_prefix: run a micro-batch's completions padding-free "
        "(packed into rows of the longest, kept apart by a block mask); same loss and gradients",
    )
    micro_batch_size: int | None = Field(
        32,
        ge=1,
        description="sequences per forward on one rank (length-sorted); None: the whole per-rank mini-batch",
    )
    lr: float = Field(2e-4, gt=0)
    warmup_steps: int = Field(0, ge=0)
    max_grad_norm: float = Field(1.0, gt=0)
    clip_eps_low: float = Field(0.2, ge=0)
    clip_eps_high: float = Field(0.2, ge=0)
    clip_c: float = Field(3.0, gt=1, description="dual-clip bound for negative advantages (loss: dual_clip)")
    kl_coef: float = Field(0.0, ge=0)
    kl_estimator: str = "k3"
    kl_ratio_correction: bool = Field(
        False, description="weight the KL term by the IS ratio (DeepSeek-V3.2 unbiased KL)"
    )
    kl_in: Literal["loss", "reward"] = Field(
        "loss", description="KL penalty in the loss (GRPO) or the reward (PPO)"
    )
    overlong_filter: bool = Field(False, description="DAPO: truncated completions carry no loss")
    rewards: list[RewardTerm] = Field(default_factory=lambda: [RewardTerm(name="accuracy")])
    reward_norm: bool = Field(
        False, description="standardise total rewards by running mean/std before advantages"
    )
    dynamic_sampling: bool = Field(
        False, description="DAPO: drop groups whose G rewards are equal, draw more"
    )
    dynamic_sampling_batches: int = Field(3, ge=1, description="most prompt batches drawn per step")
    guard: GuardConfig = GuardConfig()
    checkpoint_every: int = Field(20, ge=1)
    keep_checkpoints: int = Field(3, ge=1, description="newest checkpoints kept on disk")
    resume: Literal["auto", "never"] = "auto"
    engine: str = Field("hf", description="rollout engine registry name (hf; vllm on GPU)")
    rollout_correction: RolloutCorrectionConfig = RolloutCorrectionConfig()
    curriculum: CurriculumConfig = CurriculumConfig()
    sampler: SamplerConfig = SamplerConfig()
    distributed: DistributedConfig = DistributedConfig()


class SamplingConfig(Strict):
    """How the policy samples: RL rollouts, and the teacher's traces for distillation (evaluation
    has its own settings under `eval`, since a benchmark fixes them)."""

    temperature: float = Field(1.0, gt=0)
    top_p: float = Field(1.0, gt=0, le=1)
    top_k: int = Field(0, ge=0, description="0 disables")
    stop: list[str] = Field(default_factory=list, description="stop strings for generation")
    max_new_tokens: int = Field(48, ge=1)


class RLRun(RLConfig):
    """What the RL code runs with: the recipe's `rl` section plus the two settings it shares with
    other stages, the top-level `task` and `sampling` (built by `rl_run(recipe)`)."""

    task: str = "arithmetic"
    temperature: float = Field(1.0, gt=0)
    top_p: float = Field(1.0, gt=0, le=1)
    top_k: int = Field(0, ge=0)
    stop: list[str] = Field(default_factory=list)
    max_new_tokens: int = Field(48, ge=1)


class PolicyFlipConfig(Strict):
    rule: str = Field(description="the policy rule turned into an exemption")
    limit: int = Field(32, ge=2, description="items re-asked: half covered by the rule, half not")


class EvalConfig(Strict):
    samples: int = Field(4, ge=1, description="k samples per prompt; pass@1 is their mean")
    temperature: float = Field(1.0, ge=0, description="0 means greedy")
    max_new_tokens: int = Field(64, ge=1)
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
        description="moderation: re-ask under the policy with one "
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
    selection: Literal["shortest", "random"] = Field("shortest", description="which correct trace to keep")
    max_trace_share: float | None = Field(
        None,
        gt=0,
        description="keep only traces of at most this share of the "
        "teacher's mean tokens (a token budget; prompts without one are skipped)",
    )
    method: Literal["sequence", "logit"] = "sequence"
    divergence: Literal["forward_kl", "reverse_kl", "jsd"] = "forward_kl"
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


class RegistryConfig(Strict):
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
    registry: RegistryConfig = RegistryConfig()
    cluster: ClusterConfig = ClusterConfig()

    @model_validator(mode="after")
    def _rl_from_sft_needs_the_baseline(self) -> Recipe:
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
    def _protected_rules_need_a_policy_exception(self) -> Recipe:
        denied = sorted(
            set(self.gates.data.warn_only) & PROTECTED_RULES - set(self.compliance.gate_exceptions)
        )
        if denied:
            raise ValueError(
                f"gates.data.warn_only: {denied} protect people and cannot be warn-only unless the "
                "policy file grants it under gate_exceptions: {rule: why}"
            )
        return self


def rl_run(recipe: Recipe) -> RLRun:
    """The RL code's view of a recipe: `rl` + `task` + `sampling`."""
    return RLRun(**recipe.rl.model_dump(), task=recipe.task, **recipe.sampling.model_dump())
