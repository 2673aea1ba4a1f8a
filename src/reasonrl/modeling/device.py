"""Where a model runs and in what precision: one `Placement` per process, used by every stage
that runs a model (RL policy, reference, reward model and rollouts; evaluation; distillation;
reward-model training).

Precision policy (mixed precision with fp32 master weights, as torch AMP and DeepSpeed's bf16
mode do): a *trainable* model keeps fp32 parameters, gradients and AdamW state, and its
forwards run under `torch.autocast(bfloat16)`, so matmuls are bf16 while the update is exact
fp32 arithmetic (no bf16 rounding swallowing lr x update). A *frozen* model (reference policy,
reward model, distillation teacher, a model under evaluation) has no update to protect and is
cast to bf16 outright: half the memory. Log-probs are always computed from logits upcast to
fp32 (rl.batch.token_logprobs).

`device: auto` is the GPU of this rank (`LOCAL_RANK` under torchrun) when CUDA is present, else
the CPU; `precision: auto` is bf16 on a GPU that supports it, else fp32. NCCL serves GPU ranks,
gloo CPU ranks (`process_group_backend`).
"""

from __future__ import annotations

import contextlib
import os
import warnings
from dataclasses import dataclass

from reasonrl.errors import ConfigError

DTYPES = {"fp32": "float32", "bf16": "bfloat16", "fp16": "float16"}


def resolve_device(spec: str, local_rank: int, cuda_count: int) -> str:
    """The torch device string for `spec` (auto | cpu | cuda | cuda:N | meta) on this rank.
    Pure: the caller passes what torch reports, so the rule is testable without a GPU."""
    if spec in ("cpu", "meta"):
        return spec
    if spec == "auto":
        return f"cuda:{local_rank % cuda_count}" if cuda_count else "cpu"
    if spec.startswith("cuda"):
        if not cuda_count:
            raise ConfigError(
                f"device '{spec}' requested (model.device, or --device) but this machine has no CUDA GPU",
                hint="use auto (the GPU when present, else the CPU) or cpu",
            )
        index = int(spec.split(":", 1)[1]) if ":" in spec else local_rank
        if index >= cuda_count:
            raise ConfigError(
                f"model.device={spec}: GPU {index} requested, {cuda_count} visible",
                hint="under torchrun use model.device=cuda (each rank takes its LOCAL_RANK's GPU)",
            )
        return f"cuda:{index}"
    raise ConfigError(f"unknown model.device '{spec}'", hint="choose auto, cpu, cuda or cuda:N")


def resolve_precision(spec: str, device: str, bf16_supported: bool) -> str:
    """'float32' | 'bfloat16' | 'float16' for `spec` (auto | fp32 | bf16 | fp16) on `device`."""
    if spec == "auto":
        return "bfloat16" if device.startswith("cuda") and bf16_supported else "float32"
    if spec not in DTYPES:
        raise ConfigError(
            f"unknown model.precision '{spec}'", hint=f"choose auto or one of {', '.join(DTYPES)}"
        )
    if spec == "fp16" and not device.startswith("cuda"):
        raise ConfigError("model.precision=fp16 needs a GPU", hint="use bf16 or fp32 on CPU")
    return DTYPES[spec]


def process_group_backend(device: str) -> str:
    """NCCL between GPU ranks, gloo between CPU ranks (NCCL has no CPU transport)."""
    return "nccl" if device.startswith("cuda") else "gloo"


@dataclass(frozen=True)
class Placement:
    """device: 'cpu' | 'cuda:N' | 'meta'; dtype: the compute dtype ('float32' | 'bfloat16' | ...)."""

    device: str = "cpu"
    dtype: str = "float32"
    gradient_checkpointing: bool = False

    @property
    def mixed(self) -> bool:
        return self.dtype != "float32"

    def autocast(self):
        """The context every forward of a trainable model runs in (a no-op in fp32).

        Without autocast's weight cache: the stages hold one context around a whole training
        loop, and the cache keeps the first bf16 cast of each fp32 leaf for as long as the
        context lives, whatever the optimizer writes into the leaf since (it is keyed by the
        tensor, not its version), so every forward after the first step would run the step-0
        weights (tests/modeling/test_device.py). A cast per forward costs one read of the weights."""
        import torch

        if not self.mixed or self.device == "meta":
            return contextlib.nullcontext()
        return torch.autocast(
            self.device.split(":")[0], dtype=getattr(torch, self.dtype), cache_enabled=False
        )

    def trainable(self, model):
        """A model to be trained: on the device, fp32 master weights, optional activation
        checkpointing (recomputes each block in backward: less memory, ~30% more compute)."""
        import torch

        model = model.to(device=self.device, dtype=torch.float32)
        if self.gradient_checkpointing:
            if hasattr(model, "activation_checkpointing_enable"):  # the name since transformers 5.2x
                model.activation_checkpointing_enable(
                    activation_checkpointing_kwargs={"use_reentrant": False}
                )
            elif hasattr(model, "gradient_checkpointing_enable"):
                model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
            model.config.use_cache = False
        return model

    def frozen(self, model):
        """A model that is only run: on the device, in the compute dtype, eval mode, no grads."""
        import torch

        return model.to(device=self.device, dtype=getattr(torch, self.dtype)).eval().requires_grad_(False)


def placement(
    device: str = "auto", precision: str = "auto", gradient_checkpointing: bool = False
) -> Placement:
    """This process's Placement, from the recipe's model.device/precision and torchrun's LOCAL_RANK."""
    import torch

    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    cuda = torch.cuda.device_count() if torch.cuda.is_available() else 0
    dev = resolve_device(device, local_rank, cuda)
    if dev.startswith("cuda"):
        torch.cuda.set_device(torch.device(dev))  # NCCL and CUDA caching allocators use the current device
    bf16 = dev.startswith("cuda") and torch.cuda.is_bf16_supported()
    dtype = resolve_precision(precision, dev, bf16)
    if dev == "cpu" and dtype == "bfloat16" and cpu_has_native_bf16() is False:
        warnings.warn(
            "model.precision=bf16 on a CPU without native bf16 (no avx512_bf16, amx_bf16 or Arm bf16 in "
            "/proc/cpuinfo): torch emulates it, often slower than fp32; set model.precision: fp32",
            RuntimeWarning,
            stacklevel=2,
        )
    return Placement(dev, dtype, gradient_checkpointing)


def cpu_has_native_bf16(cpuinfo: str | None = None) -> bool | None:
    """Whether this CPU multiplies bf16 natively (x86 AVX512-BF16 or AMX-BF16, Arm's BF16
    extension), read from /proc/cpuinfo's flags (`cpuinfo`: its text, for tests); None where that
    file is missing (not Linux): unknown, no warning."""
    if cpuinfo is None:
        try:
            with open("/proc/cpuinfo", encoding="utf-8") as fh:
                cpuinfo = fh.read()
        except OSError:
            return None
    lines = [line for line in cpuinfo.splitlines() if line.startswith(("flags", "Features"))]
    flags = {flag for line in lines for flag in line.split()}
    return bool(flags & {"avx512_bf16", "amx_bf16", "bf16"})


def from_config(model_cfg) -> Placement:
    """The Placement a recipe's `model` section asks for."""
    return placement(model_cfg.device, model_cfg.precision, model_cfg.gradient_checkpointing)


def device_of(model):
    """The device of a model's parameters (where its inputs must go)."""
    return next(model.parameters()).device


def checkpointed(model) -> bool:
    """Whether `model` recomputes its blocks in backward (then a forward in train mode returns no KV
    cache, so nothing may build on one). transformers 5.2x renamed the flag."""
    for name in ("is_activation_checkpointing", "is_gradient_checkpointing"):
        if hasattr(type(model), name):
            return bool(getattr(model, name))
    return False
