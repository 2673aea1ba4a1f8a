"""Logit-level distillation when teacher and student share a vocabulary.

Per-token divergences between the teacher's and the student's next-token distributions, on
teacher-generated sequences (the selected traces) or student-generated ones (on-policy, GKD):
forward KL (Hinton et al. 2015; mode-covering), reverse KL (MiniLLM, Gu et al. 2024;
mode-seeking) and the generalised Jensen-Shannon divergence of GKD (Agarwal et al. 2024,
arXiv:2306.13649), which interpolates between them with beta.
"""

from __future__ import annotations

import math

import torch

from reasonrl._registry import Registry
from reasonrl.config.models import DistillConfig, SamplingConfig
from reasonrl.distill.loop import supervised_loop
from reasonrl.errors import ConfigError
from reasonrl.generation import ENGINES, SamplingParams
from reasonrl.generation.seeding import distill_seed
from reasonrl.modeling.batch import collate_pairs
from reasonrl.modeling.device import device_of

DIVERGENCES: Registry = Registry("distillation divergence")


@DIVERGENCES.register("forward_kl")
def forward_kl(student_logits: torch.Tensor, teacher_logits: torch.Tensor, **_) -> torch.Tensor:
    """KL(p_T || p_S) per position: [B, T, V] x2 -> [B, T]."""
    t = torch.log_softmax(teacher_logits.float(), -1)
    s = torch.log_softmax(student_logits.float(), -1)
    return (t.exp() * (t - s)).sum(-1)


@DIVERGENCES.register("reverse_kl")
def reverse_kl(student_logits: torch.Tensor, teacher_logits: torch.Tensor, **_) -> torch.Tensor:
    """KL(p_S || p_T) per position: [B, T, V] x2 -> [B, T]."""
    return forward_kl(teacher_logits, student_logits)


@DIVERGENCES.register("jsd")
def generalized_jsd(
    student_logits: torch.Tensor, teacher_logits: torch.Tensor, beta: float = 0.5, **_
) -> torch.Tensor:
    """GKD's JSD(beta) = beta KL(p_T || m) + (1 - beta) KL(p_S || m), m = beta p_T + (1 - beta) p_S:
    [B, T, V] x2 -> [B, T]; bounded by log 2 at beta = 0.5."""
    if not 0.0 < beta < 1.0:
        raise ConfigError(f"distill.jsd_beta must be in (0, 1), got {beta}", hint="0.5 is the symmetric JSD")
    t = torch.log_softmax(teacher_logits.float(), -1)
    s = torch.log_softmax(student_logits.float(), -1)
    m = torch.logsumexp(torch.stack([t + math.log(beta), s + math.log(1 - beta)]), dim=0)
    return beta * (t.exp() * (t - m)).sum(-1) + (1 - beta) * (s.exp() * (s - m)).sum(-1)


def check_vocab(student, teacher) -> None:
    vs, vt = student.get_output_embeddings().weight.shape[0], teacher.get_output_embeddings().weight.shape[0]
    if vs != vt:
        raise ConfigError(
            f"logit distillation needs one vocabulary: student has {vs} logits, teacher {vt}",
            hint="use distill.method=sequence (works across vocabularies) or a student of the same family",
        )


def logit_kd(
    student,
    teacher,
    tok,
    examples: list[tuple[list[int], list[int]]],
    cfg: DistillConfig,
    seed: int = 0,
    progress: bool = True,
    prompts: list[str] | None = None,
    sampling: SamplingConfig | None = None,
    engine: str = "hf",
) -> list[float]:
    """Train the student to match the teacher's token distributions on completion positions.
    examples: teacher traces (prompt_ids, completion_ids); with cfg.on_policy the student samples
    its own completion for each example's prompt (`prompts`) every batch instead, on the rollout
    engine `engine` (ENGINES: hf, vllm), sampled as `sampling` says (the recipe's). Returns losses."""
    check_vocab(student, teacher)
    divergence = DIVERGENCES.get(cfg.divergence)
    teacher.eval()
    sampler = ENGINES.get(engine)(student, tok) if cfg.on_policy else None

    def batch_loss(idx: list[int], epoch: int) -> torch.Tensor:
        if sampler is not None:  # GKD on-policy: the student's own samples, scored by the teacher
            if hasattr(sampler, "on_policy_update"):  # holds a copy of the weights (vllm; hf packed)
                sampler.on_policy_update()  # the student moved since its last batch
            rolls = sampler.generate(
                [prompts[j] for j in idx],
                SamplingParams.of(sampling or SamplingConfig(), n=1),
                seeds=[distill_seed(seed, epoch, j) for j in idx],
            )
            chunk = [(r.prompt_ids, r.completion_ids or [tok.eos_token_id]) for r in rolls]
        else:
            chunk = [examples[j] for j in idx]
        batch = collate_pairs(chunk, tok.pad_token_id).to(device_of(student))
        student.train()
        s_logits = student(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1]
        with torch.no_grad():
            t_logits = teacher(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1]
        per_tok = divergence(s_logits / cfg.kd_temperature, t_logits / cfg.kd_temperature, beta=cfg.jsd_beta)
        mask = batch.completion_mask
        return (per_tok * mask).sum() / mask.sum().clamp(min=1)

    return supervised_loop(
        student, len(examples), cfg, batch_loss, seed, f"distill ({cfg.divergence})", progress
    )
