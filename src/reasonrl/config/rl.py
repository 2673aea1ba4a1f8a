"""The RL section of a recipe: reward terms, the stability guard, the distributed backend,
rollout correction, the curriculum and prompt sampler, the RL update itself (`RLConfig`), the
sampling settings RL shares with other stages, and `RLRun`, what the RL code runs with.
Split from `config.models` (the stage configs and the Recipe), which re-exports these names.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from reasonrl.config.base import Strict


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
        "share of a classification task's decisions for `window` steps in a row",
    )
    label_view: Literal["mode", "share"] = Field(
        "mode",
        description="the decisions the label-collapse rule counts: `mode`, each prompt group's most "
        "frequent answer (a proxy for the greedy decision a deployed classifier makes); `share`, "
        "every sampled rollout (at temperature 1 it hides a greedy collapse)",
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
    sft_weight: float = Field(
        0.0,
        ge=0,
        description="weight of an SFT term in the same objective: the NLL of the task's gold "
        "completion (label-only) on the step's own prompts, added to the policy loss of every "
        "optimizer step (GTA, arXiv 2509.12108); spends no label beyond RL's; 0: pure RL; one process",
    )
    sft_context: Literal["prompt", "rollout"] = Field(
        "prompt",
        description="where the SFT term teaches the gold answer: 'prompt', after the prompt with an "
        "empty thought (the SFT baseline's target); 'rollout', after each rollout's own reasoning up "
        "to its <answer> (that reasoning carries no loss), where the served label score is read "
        "(VeriFree's direct term, arXiv 2505.21493, unweighted); there the same sft_weight counts for "
        "more (the mean runs over the answer's tokens alone) and costs a forward/backward of every "
        "rollout",
    )
    sft_weighting: Literal["none", "gold_probability"] = Field(
        "none",
        description="'gold_probability': each example of the SFT term weighted by the probability "
        "the policy gives its gold tokens (detached), so the term is the gradient of that probability, "
        "VeriFree's direct term (arXiv 2505.21493): it mutes the examples the model finds unlikely "
        "(after reasoning that argued against the gold label); 'none': plain NLL as SFT",
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
    batch_prefix_once: bool = Field(
        True,
        description="with share_prompt_prefix: forward the prefix every prompt of a mini-batch opens "
        "with (a content policy) once per mini-batch, not once per micro-batch; same loss and gradients "
        "(one process and DDP; off under FSDP2 and DeepSpeed)",
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
    kl_estimator: str = Field("k3", description="KL estimator registry name (`reasonrl list kl`)")
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
    """How a model samples, declared once and nested where it is used: the recipe's top-level
    `sampling` (RL rollouts, the teacher's traces for distillation) and `eval.sampling` (a
    benchmark may fix its own; it defaults to the top-level one). `SamplingParams.of` is the one
    place these become an engine's parameters."""

    temperature: float = Field(1.0, ge=0, description="0 means greedy (not for RL: a group must differ)")
    top_p: float = Field(1.0, gt=0, le=1)
    top_k: int = Field(0, ge=0, description="0 disables")
    stop: list[str] = Field(default_factory=list, description="stop strings for generation")
    max_new_tokens: int = Field(48, ge=1, description="the token budget of one completion")


class RLRun(RLConfig):
    """What the RL code runs with: the recipe's `rl` section plus the two settings it shares with
    other stages, the top-level `task` and `sampling` (nested, not copied; built by `rl_run(recipe)`)."""

    task: str = "arithmetic"
    sampling: SamplingConfig = SamplingConfig()

    @model_validator(mode="after")
    def _groups_must_differ(self) -> RLRun:
        check_rl_sampling(self.sampling)
        return self


def check_rl_sampling(sampling: SamplingConfig) -> None:
    """RL samples G completions per prompt and learns from their differences: greedy cannot."""
    if sampling.temperature <= 0:
        raise ValueError(
            "sampling.temperature must be > 0 for RL: a greedy group's samples are identical, "
            "so every advantage is zero (a greedy evaluation belongs in eval.sampling)"
        )
