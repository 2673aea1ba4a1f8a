"""A recipe's RL step as the planner's Setup, and the plan a person reads."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

from reasonrl.config.models import Recipe
from reasonrl.errors import ConfigError
from reasonrl.modeling import resolve_model
from reasonrl.plan.estimate import GIB, HEADROOM, Setup, Shape, fits, memory, smallest_fit, step_seconds
from reasonrl.plan.hardware import GPUS


def setup_of(recipe: Recipe, gpus: int, prompt_tokens: int) -> Setup:
    """The recipe's step on `gpus` GPUs: DDP is ZeRO stage 0, FSDP2 shards like stage 3."""
    rl, dist = recipe.rl, recipe.rl.distributed
    stage = {"ddp": 0, "fsdp2": 3, "deepspeed": dist.zero_stage}[dist.backend]
    per_gpu = -(-rl.prompts_per_step * rl.group_size // gpus)
    return Setup(
        gpus=gpus,
        prompts=rl.prompts_per_step,
        group=rl.group_size,
        prompt_tokens=prompt_tokens,
        max_new_tokens=recipe.sampling.max_new_tokens,
        micro_batch=min(rl.micro_batch_size or per_gpu, per_gpu),
        zero_stage=stage,
        checkpointing=recipe.model.gradient_checkpointing,
        reference=rl.kl_coef > 0,
        ppo_epochs=rl.ppo_epochs,
    )


def shape_for(recipe: Recipe, model_config: str | Path | None = None) -> Shape:
    """The shape of `model_config` (a config.json or a model dir), else of the recipe's base model
    resolved locally (an embedded or packaged model, an HF dir)."""
    if model_config is None:
        model_config = resolve_model(recipe.model.base)
    return read_shape(model_config)


def read_shape(model_config: str | Path) -> Shape:
    path = Path(model_config)
    path = path / "config.json" if path.is_dir() else path
    try:
        return Shape.from_config(json.loads(path.read_text()))
    except FileNotFoundError:
        raise ConfigError(
            f"no model config at {path}", hint="pass --model-config <HF config.json or model dir>"
        ) from None
    except KeyError as exc:
        raise ConfigError(
            f"{path} lacks {exc}: not a decoder-only transformer config the planner knows"
        ) from None


def plan(recipe: Recipe, shape: Shape, gpus: int, gpu_type: str, prompt_tokens: int) -> dict:
    """Memory (GiB) and seconds of the recipe's step as configured, whether it fits, and the
    smallest setup that does (fewest GPUs, then fastest)."""
    gpu = GPUS.get(gpu_type)
    s = setup_of(recipe, gpus, prompt_tokens)
    out = {
        "gpu": asdict(gpu),
        "params_billion": shape.params / 1e9,
        "setup": asdict(s),
        "fits": fits(shape, s, gpu),
        "usable_gib": HEADROOM * gpu.memory_gib,
        **_figures(shape, s, gpu),
    }
    if not out["fits"]:
        best = smallest_fit(shape, replace(s, gpus=1), gpu)
        out["suggestion"] = None if best is None else {"setup": asdict(best), **_figures(shape, best, gpu)}
    return out


def _figures(shape: Shape, s: Setup, gpu) -> dict:
    mem = memory(shape, s, gpu)
    return {
        "memory_gib": {k: (v if k == "kv_waves" else v / GIB) for k, v in mem.items()},
        "seconds": step_seconds(shape, s, gpu),
    }


def render(p: dict) -> str:
    """The plan as a few lines for a terminal."""
    s, m, t = p["setup"], p["memory_gib"], p["seconds"]
    lines = [
        f"{p['params_billion']:.2f}B parameters on {s['gpus']} x {p['gpu']['name']} "
        f"({p['usable_gib']:.0f} GiB usable each), ZeRO stage {s['zero_stage']}, "
        f"checkpointing {'on' if s['checkpointing'] else 'off'}, micro-batch {s['micro_batch']}",
        f"  training phase {m['train_phase']:.1f} GiB (weights {m['state_weights']:.1f}, gradients "
        f"{m['state_gradients']:.1f}, optimizer {m['state_optimizer']:.1f}, reference {m['reference']:.1f})",
        f"  rollout phase {m['rollout_phase']:.1f} GiB (engine weights {m['rollout_weights']:.1f}, KV cache "
        f"{m['kv_cache']:.1f}, {m['kv_waves']:.0f} wave(s))",
        f"  step ~{t['step_s']:.1f} s (rollout {t['rollout_s']:.1f} s, training {t['train_s']:.1f} s)",
        "  FITS" if p["fits"] else "  DOES NOT FIT",
    ]
    if not p["fits"]:
        best = p.get("suggestion")
        if best is None:
            lines.append("  nothing fits up to 512 GPUs: shorten sequences or use a smaller model")
        else:
            b = best["setup"]
            lines.append(
                f"  smallest that fits: {b['gpus']} GPU(s), ZeRO stage {b['zero_stage']}, checkpointing "
                f"{'on' if b['checkpointing'] else 'off'}, offload {'on' if b['offload'] else 'off'}, "
                f"micro-batch {b['micro_batch']}: peak {best['memory_gib']['peak']:.1f} GiB, "
                f"~{best['seconds']['step_s']:.0f} s a step"
            )
    return "\n".join(lines)
