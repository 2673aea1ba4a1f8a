"""The rollout-engine interface shared by the HF and vLLM engines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from reasonrl._registry import Registry
from reasonrl.config.rl import SamplingConfig

_DEFAULT = SamplingConfig()  # the defaults are SamplingConfig's, declared once there


@dataclass(frozen=True)
class SamplingParams:
    """What an engine samples with: a SamplingConfig's fields plus the per-site `n`."""

    n: int = 1  # completions per prompt (the GRPO group size G)
    temperature: float = _DEFAULT.temperature  # 0 means greedy
    top_p: float = _DEFAULT.top_p
    top_k: int = _DEFAULT.top_k  # 0 disables
    max_new_tokens: int = _DEFAULT.max_new_tokens
    stop: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, cfg: SamplingConfig, **override) -> SamplingParams:
        """The one place sampling settings become SamplingParams: a `SamplingConfig` (the recipe's
        `sampling`, `eval.sampling`, a judge's own), then `override` (the per-site n)."""
        return cls(**{**cfg.model_dump(), "stop": tuple(cfg.stop), **override})


@dataclass
class Rollout:
    """One completion. `completion_ids` excludes the prompt and padding; `truncated` is True
    when generation hit max_new_tokens without an end token. `logprobs` (one per completion
    token, when the engine reports them): log-probability of each sampled token under the
    distribution the engine sampled from, which rollout correction compares with the trainer's."""

    prompt_index: int
    prompt: str
    prompt_ids: list[int]
    completion: str
    completion_ids: list[int]
    truncated: bool
    logprobs: list[float] | None = None


def prompt_text(tokenizer, prompt: str) -> str:
    """What every engine tokenises: the prompt after the tokenizer's BOS, unless the prompt already
    opens with it (a chat template that writes it, or SmolLM2's BOS `<|im_start|>`)."""
    bos = tokenizer.bos_token or ""
    return prompt if prompt.startswith(bos) else bos + prompt


class RolloutEngine(Protocol):
    def generate(self, prompts: list[str], params: SamplingParams) -> list[Rollout]:
        """Return len(prompts) * params.n rollouts, grouped: prompt 0's n samples first."""
        ...


ENGINES: Registry[type] = Registry("rollout engine")
