"""Data-parallel training strategies, chosen by `rl.distributed.backend`: DDP, FSDP2, DeepSpeed ZeRO.

Launched by `torchrun`: each rank generates the rollouts of its share of the step's prompts,
all ranks gather the whole batch (so advantages, dynamic sampling and metrics are global and
identical everywhere), and each rank trains on its slice of every mini-batch. Losses are
normalised by global counts and multiplied by the world size, because every backend averages
gradients over ranks: the N-rank update then equals the 1-rank update of the same batch.
gloo on CPU (tested here with 2 processes), NCCL on GPUs.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import torch

from reasonrl._registry import Registry
from reasonrl.modeling.device import device_of, process_group_backend
from reasonrl.modeling.optim import clip_and_step, sparse_embedding_grad

STRATEGIES: Registry[type] = Registry("distributed backend")


@dataclass(frozen=True)
class Dist:
    """This process's place in the job; collectives are no-ops in a single process."""

    rank: int = 0
    world: int = 1
    device: str = "cpu"  # where collective tensors live: NCCL reduces only GPU tensors

    @classmethod
    def from_env(cls, device: str = "cpu") -> Dist:
        """Join the process group torchrun describes in the environment (WORLD_SIZE > 1): NCCL
        when this rank's model is on a GPU, gloo when on the CPU (whatever else is installed)."""
        world = int(os.environ.get("WORLD_SIZE", "1"))
        if world == 1:
            return cls()
        import torch.distributed as dist

        if not dist.is_initialized():
            dist.init_process_group(process_group_backend(device))
        return cls(dist.get_rank(), dist.get_world_size(), device)

    @property
    def main(self) -> bool:
        return self.rank == 0

    def gather(self, obj) -> list:
        """Every rank's `obj`, in rank order (picklable objects)."""
        if self.world == 1:
            return [obj]
        import torch.distributed as dist

        out: list = [None] * self.world
        dist.all_gather_object(out, obj)
        return out

    def sum(self, x: float) -> float:
        if self.world == 1:
            return x
        import torch.distributed as dist

        t = torch.tensor([x], dtype=torch.float64, device=self.device)
        dist.all_reduce(t)
        return float(t.item())

    def all(self, flag: bool) -> bool:
        return self.sum(0.0 if flag else 1.0) == 0.0

    def barrier(self) -> None:
        if self.world > 1:
            import torch.distributed as dist

            dist.barrier()

    def shard(self, n: int) -> slice:
        """This rank's contiguous share of n items (n divisible by world)."""
        if n % self.world:
            raise ValueError(f"{n} items cannot be split evenly over {self.world} ranks")
        k = n // self.world
        return slice(self.rank * k, (self.rank + 1) * k)


class Strategy:
    """Single process. Subclasses wrap the module; all expose the same five operations.

    `model`: what training forwards go through; `module`: the plain HF module (generation,
    saving); `optimizer`: the torch optimizer (its learning rate is written by
    rl.run_state.LearningRate only)."""

    sharded_params = False  # True when a forward is a collective (every rank must call it)
    # a mini-batch's shared prompt prefix may be forwarded once and back-propagated with the last
    # micro-batch (rl.update): exact here and under DDP (one backward per sync, hooks on leaves);
    # FSDP2 and ZeRO gather parameters per forward and reduce gradients per module backward: a
    # prefix graph held across their micro-batches is unproven there, so they keep one per micro-batch
    prefix_once = True

    def __init__(
        self, module, dist: Dist, lr: float, max_grad_norm: float, micro_steps: int = 1, zero_stage: int = 2
    ):
        self.module, self.dist, self.max_grad_norm = module, dist, max_grad_norm
        self.model = module
        self.optimizer = torch.optim.AdamW(module.parameters(), lr=lr, weight_decay=0.0)

    def sync_context(self, sync: bool):
        """Context for one micro-batch's backward; gradients are reduced only when `sync`."""
        return contextlib.nullcontext()

    def backward(self, loss: torch.Tensor) -> None:
        loss.backward()

    def step(self) -> float:
        """Clip, step if the grad norm is finite (else skip: never poison the weights), zero.
        Returns the pre-clip global grad norm."""
        for (
            p
        ) in self.module.parameters():  # a mini-batch with nothing to train still steps, as zero grads would
            if p.requires_grad and p.grad is None:
                p.grad = torch.zeros_like(p)
        return clip_and_step(self.module.parameters(), self.optimizer, self.max_grad_norm)

    def save_to(self, path: Path) -> None:
        """Write model + optimizer state into `path` (collective; rank 0 writes)."""
        model_sd, optim_sd = self.state_dicts()
        if self.dist.main:
            torch.save({"model": model_sd, "optimizer": optim_sd}, path / "weights.pt")

    def load_from(self, path: Path) -> None:
        state = torch.load(
            path / "weights.pt", weights_only=False, map_location="cpu"
        )  # copied onto the params' device
        self.module.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])

    def state_dicts(self) -> tuple[dict, dict]:
        return self.module.state_dict(), self.optimizer.state_dict()

    def full_state_dict(self) -> dict:
        """The whole model's weights (on rank 0; collective)."""
        return self.state_dicts()[0]


@STRATEGIES.register("none")
class SingleProcess(Strategy):
    """One process, the plain module: its embedding's gradient is sparse (modeling.optim)."""

    def __init__(self, module, dist: Dist, lr: float, max_grad_norm: float, **kw):
        sparse_embedding_grad(module)
        super().__init__(module, dist, lr, max_grad_norm, **kw)


@STRATEGIES.register("ddp")
class DDPStrategy(Strategy):
    """torch DistributedDataParallel: full replicas, gradients all-reduced (averaged) in backward."""

    def __init__(self, module, dist: Dist, lr: float, max_grad_norm: float, **kw):
        super().__init__(module, dist, lr, max_grad_norm)
        from torch.nn.parallel import DistributedDataParallel

        # broadcast_buffers off: no per-forward collective (the rotary buffers never change)
        device = device_of(module)
        ids = [device.index] if device.type == "cuda" else None  # this rank's GPU; None on CPU
        self.model = DistributedDataParallel(module, device_ids=ids, broadcast_buffers=False)

    def sync_context(self, sync: bool):
        return contextlib.nullcontext() if sync else self.model.no_sync()


@STRATEGIES.register("fsdp2")
class FSDP2Strategy(Strategy):
    """FSDP2 (`fully_shard`): parameters, gradients and optimizer state sharded per decoder layer;
    a forward all-gathers, a backward reduce-scatters. Generation goes through the sharded module
    too, so rollouts keep every rank's forwards in step (`sharded_params`)."""

    prefix_once = False

    sharded_params = True

    def __init__(self, module, dist: Dist, lr: float, max_grad_norm: float, **kw):
        from torch.distributed.fsdp import fully_shard

        for layer in _decoder_layers(module):
            fully_shard(layer)
        fully_shard(module)
        super().__init__(module, dist, lr, max_grad_norm)

    def state_dicts(self) -> tuple[dict, dict]:
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_state_dict

        return get_state_dict(
            self.module, self.optimizer, options=StateDictOptions(full_state_dict=True, cpu_offload=True)
        )

    def full_state_dict(self) -> dict:
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

        return get_model_state_dict(
            self.module, options=StateDictOptions(full_state_dict=True, cpu_offload=True)
        )

    def load_from(self, path: Path) -> None:
        from torch.distributed.checkpoint.state_dict import StateDictOptions, set_state_dict

        state = (
            torch.load(path / "weights.pt", weights_only=False, map_location="cpu")
            if self.dist.main
            else {"model": {}, "optimizer": {}}
        )
        set_state_dict(
            self.module,
            self.optimizer,
            model_state_dict=state["model"],
            optim_state_dict=state["optimizer"],
            options=StateDictOptions(full_state_dict=True, broadcast_from_rank0=True),
        )


@STRATEGIES.register("deepspeed")
class DeepSpeedStrategy(Strategy):
    """DeepSpeed ZeRO stage 1-3 around a torch AdamW; DeepSpeed clips and accumulates.
    `micro_steps` micro-batches make one optimizer step (its gradient_accumulation_steps)."""

    prefix_once = False

    def __init__(
        self, module, dist: Dist, lr: float, max_grad_norm: float, micro_steps: int = 1, zero_stage: int = 2
    ):
        import deepspeed

        super().__init__(module, dist, lr, max_grad_norm)
        self.zero_stage = zero_stage
        config = {
            "train_micro_batch_size_per_gpu": 1,
            "gradient_accumulation_steps": micro_steps,
            "gradient_clipping": max_grad_norm,
            "zero_optimization": {"stage": zero_stage},
            "zero_allow_untested_optimizer": True,
            "steps_per_print": 1 << 30,
            "wall_clock_breakdown": False,
        }
        # DeepSpeed JIT-compiles a shared-memory all-reduce op for CPU (about 30 s on every fresh
        # machine); gloo does the reductions here, so mark the op unavailable
        deepspeed.ops.__compatible_ops__["deepspeed_shm_comm"] = False
        deepspeed.init_distributed(dist_backend=process_group_backend(str(device_of(module))))
        self.model, self.ds_optimizer, _, _ = deepspeed.initialize(
            model=module, optimizer=self.optimizer, config=config
        )
        self.sharded_params = zero_stage == 3

    def backward(self, loss: torch.Tensor) -> None:
        self.model.backward(loss, scale_wrt_gas=False)  # our losses carry their own normalisers
        self.model.step()  # a no-op until the accumulation boundary

    def step(self) -> float:
        norm = self.model.get_global_grad_norm()
        return float(norm) if norm is not None else float("nan")

    def save_to(self, path: Path) -> None:
        self.model.save_checkpoint(str(path), tag="deepspeed")

    def load_from(self, path: Path) -> None:
        self.model.load_checkpoint(str(path), tag="deepspeed")

    def full_state_dict(self) -> dict:
        if self.zero_stage < 3:
            return self.module.state_dict()
        import deepspeed

        with deepspeed.zero.GatheredParameters(list(self.module.parameters()), modifier_rank=None):
            return {k: v.detach().clone() for k, v in self.module.state_dict().items()}


def _decoder_layers(module) -> list:
    """The repeated transformer blocks of an HF causal LM (the FSDP wrapping unit)."""
    for path in ("model.layers", "transformer.h", "gpt_neox.layers"):
        obj = module
        try:
            for part in path.split("."):
                obj = getattr(obj, part)
        except AttributeError:
            continue
        return list(obj)
    raise ValueError(f"cannot find the decoder layers of {type(module).__name__} to shard")


def make_strategy(backend: str, module, dist: Dist, **kw) -> Strategy:
    """A single process always gets the plain strategy: the N = 1 case of every backend."""
    return STRATEGIES.get(backend if dist.world > 1 else "none")(module, dist, **kw)
