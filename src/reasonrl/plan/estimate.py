"""Memory per GPU and time per step of a GRPO step, from the model's shape and the recipe: pure
functions, every figure in bytes or seconds, every assumption named.

Memory of training (mixed-precision AdamW; ZeRO, Rajbhandari et al. 2020, arXiv:1910.02054, sec. 3):
2 bytes/param of BF16 weights + 2 of gradients + 12 of optimizer state (FP32 master copy, Adam m
and v) = 16 bytes/param, of which stage 1 shards the optimizer state over the G data-parallel
GPUs, stage 2 also the gradients, stage 3 also the weights. (reasonrl's DDP path keeps FP32
weights and gradients, 4 + 4 + 8: the same 16 bytes, none sharded.) Offload moves the optimizer
state (and at stage 3 the weights) to host memory.

Activations per transformer layer and token, BF16 (Korthikanti et al. 2022, arXiv:2205.05198,
eq. 1): 34*h bytes plus 5*a*s for the attention matrix, which SDPA/flash attention never stores,
so 34*h. Full recomputation keeps only each layer's input (2*h) and one layer's worth live.
The logits of a micro-batch cost tokens * vocab * 12 bytes with their gradient (BF16 logits, the
FP32 log-softmax the loss takes, and the gradients of both), often the largest tensors of all for
a 150k vocabulary.

Rollouts (vLLM colocated, slept during training): a BF16 weight copy plus the KV cache,
2 * layers * kv_heads * head_dim * 2 bytes per token, for the sequences this GPU decodes.

Time (Kaplan et al. 2020, 2N FLOPs per token forward, 6N forward+backward): training
6N * tokens * ppo_epochs, plus 2N * tokens for recomputation with checkpointing, plus 2N * tokens
for each frozen forward (reference model; the old policy when ppo_epochs > 1), at a stated
model-FLOPs utilisation. Decoding is bandwidth-bound: each step reads the weights and the KV
cache once for the whole batch, at a stated share of peak bandwidth; prefill is compute-bound.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reasonrl.plan.hardware import GPU

GIB = 2**30
STATE_BYTES = {"weights": 2, "gradients": 2, "optimizer": 12}  # per parameter, mixed-precision AdamW
HEADROOM = 0.9  # of GPU memory usable: CUDA context, allocator fragmentation, NCCL buffers
MFU_TRAIN, MFU_PREFILL, BW_DECODE = 0.35, 0.5, 0.6  # stated efficiencies (typical for FSDP/DeepSpeed, vLLM)
PCIE_BPS, CPU_ADAM_PARAMS_PER_S = 25e9, 1e9  # PCIe Gen4 x16 in practice; DeepSpeed CPU-Adam per process


@dataclass(frozen=True)
class Shape:
    """A decoder-only transformer, read from its HF config.json."""

    layers: int
    hidden: int
    heads: int
    kv_heads: int
    head_dim: int
    intermediate: int
    vocab: int
    tied: bool

    @classmethod
    def from_config(cls, cfg: dict) -> Shape:
        heads = cfg["num_attention_heads"]
        return cls(
            cfg["num_hidden_layers"],
            cfg["hidden_size"],
            heads,
            cfg.get("num_key_value_heads", heads),
            cfg.get("head_dim") or cfg["hidden_size"] // heads,
            cfg["intermediate_size"],
            cfg["vocab_size"],
            bool(cfg.get("tie_word_embeddings", False)),
        )

    @property
    def params(self) -> int:
        """Embeddings (+ an untied LM head) + per layer: Q, K, V, O projections, a gated MLP
        (3 matrices) and two norms; + the final norm. Biases are ignored (under 0.1%)."""
        h, q, kv = self.hidden, self.heads * self.head_dim, self.kv_heads * self.head_dim
        per_layer = h * q + 2 * h * kv + q * h + 3 * h * self.intermediate + 2 * h
        return self.vocab * h * (1 if self.tied else 2) + self.layers * per_layer + h

    def kv_bytes_per_token(self) -> int:
        return 2 * self.layers * self.kv_heads * self.head_dim * 2


@dataclass(frozen=True)
class Setup:
    """One GRPO step's shape on G GPUs. `micro_batch`: sequences per forward per GPU."""

    gpus: int
    prompts: int
    group: int
    prompt_tokens: int
    max_new_tokens: int
    micro_batch: int
    zero_stage: int = 3  # 0 = plain DDP
    checkpointing: bool = False
    offload: bool = False
    reference: bool = False
    ppo_epochs: int = 1
    rollout_tp: int = 1  # tensor parallelism of the rollout engine

    @property
    def sequences(self) -> int:
        return self.prompts * self.group

    @property
    def seq_len(self) -> int:
        return self.prompt_tokens + self.max_new_tokens


def state_bytes(params: int, s: Setup) -> dict[str, float]:
    """Weights, gradients and optimizer state per GPU under ZeRO stage `s.zero_stage` over s.gpus."""
    sharded = {
        0: (),
        1: ("optimizer",),
        2: ("optimizer", "gradients"),
        3: ("optimizer", "gradients", "weights"),
    }
    out = {k: params * b / (s.gpus if k in sharded[s.zero_stage] else 1) for k, b in STATE_BYTES.items()}
    if (
        s.offload
    ):  # ZeRO-Offload (Ren et al. 2021): optimizer state and gradients on the host; stage 3 the weights too
        out["optimizer"] = out["gradients"] = 0.0
        if s.zero_stage == 3:
            out["weights"] = 0.0
    return out


def activation_bytes(shape: Shape, tokens: int, checkpointing: bool) -> float:
    """Saved activations of one micro-batch of `tokens` tokens, plus the backward's transients:
    one layer's activation gradients (and, recomputing, that layer's activations again), and the
    logits with their gradient (BF16 logits, FP32 log-softmax, FP32 and BF16 gradients: 12 bytes)."""
    per_layer_token = 34 * shape.hidden
    kept = (
        shape.layers * 2 * shape.hidden + 2 * per_layer_token
        if checkpointing
        else (shape.layers + 1) * per_layer_token
    )
    return tokens * kept + tokens * shape.vocab * 12


def _decoded(s: Setup) -> int:
    return -(-s.sequences // s.gpus)  # sequences this GPU decodes


def memory(shape: Shape, s: Setup, gpu: GPU) -> dict[str, float]:
    """Bytes per GPU: the training phase, the rollout phase and the peak of the two. The rollout
    engine keeps a BF16 weight copy (sharded over rollout_tp GPUs) and gives the rest of the
    usable memory to its KV cache pool (vLLM's gpu_memory_utilization); when every sequence's
    cache does not fit at once it decodes in waves (`kv_waves`), which costs time, not memory."""
    states = state_bytes(shape.params, s)
    resident = sum(states.values())
    ref = 0.0 if not s.reference or s.offload else 2 * shape.params / (s.gpus if s.zero_stage == 3 else 1)
    train = resident + ref + activation_bytes(shape, s.micro_batch * s.seq_len, s.checkpointing)
    engine = 2 * shape.params / s.rollout_tp
    needed = _decoded(s) * s.seq_len * shape.kv_bytes_per_token()
    pool = min(needed, max(HEADROOM * gpu.memory_bytes - resident - ref - engine, 0.0))
    one_sequence = s.seq_len * shape.kv_bytes_per_token()
    rollout = resident + ref + engine + max(pool, one_sequence)
    return {
        **{f"state_{k}": v for k, v in states.items()},
        "reference": ref,
        "rollout_weights": engine,
        "kv_cache": pool,
        "kv_waves": -(-needed // pool) if pool >= one_sequence else float("inf"),
        "train_phase": train,
        "rollout_phase": rollout,
        "peak": max(train, rollout),
    }


def step_seconds(shape: Shape, s: Setup, gpu: GPU) -> dict[str, float]:
    """Rollout (prefill once per group, bandwidth-bound decode) and training seconds per step."""
    n = shape.params
    prefill = 2 * n * s.prompts * s.prompt_tokens / (s.gpus * gpu.bf16_tflops * 1e12 * MFU_PREFILL)
    waves = memory(shape, s, gpu)["kv_waves"]
    kv_read = (
        _decoded(s) * (s.prompt_tokens + s.max_new_tokens / 2) * shape.kv_bytes_per_token()
    )  # mean context
    # each wave re-reads the weights every decode step; together the waves read every sequence's cache once
    decode = s.max_new_tokens * (waves * 2 * n / s.rollout_tp + kv_read) / (gpu.hbm_tbps * 1e12 * BW_DECODE)
    tokens = s.sequences * s.seq_len
    passes = (
        6 * s.ppo_epochs
        + (2 if s.checkpointing else 0)
        + (2 if s.reference else 0)
        + (2 if s.ppo_epochs > 1 else 0)
    )
    train = passes * n * tokens / (s.gpus * gpu.bf16_tflops * 1e12 * MFU_TRAIN)
    # offload: gradients out and weights back over PCIe, and the Adam step on the host CPU
    offload = (4 * n / s.gpus / PCIE_BPS + n / s.gpus / CPU_ADAM_PARAMS_PER_S) if s.offload else 0.0
    return {
        "rollout_s": prefill + decode,
        "train_s": train + offload,
        "offload_s": offload,
        "step_s": prefill + decode + train + offload,
    }


def fits(shape: Shape, s: Setup, gpu: GPU) -> bool:
    return memory(shape, s, gpu)["peak"] <= HEADROOM * gpu.memory_bytes


def smallest_fit(shape: Shape, s: Setup, gpu: GPU, max_gpus: int = 512) -> Setup | None:
    """The cheapest setup that fits: the fewest GPUs (doubling from s.gpus), then the fastest
    step among the ZeRO stages, recomputation, offload and micro-batch sizes that fit there."""
    gpus = s.gpus
    while gpus <= max_gpus:
        options = [
            replace(s, gpus=gpus, zero_stage=stage, checkpointing=ckpt, offload=off, micro_batch=mb)
            for stage in sorted({s.zero_stage, 1, 2, 3})
            for ckpt in (False, True)
            for off in (False, True)
            for mb in _halvings(s.micro_batch)
        ]
        fitting = [c for c in options if fits(shape, c, gpu)]
        if fitting:
            return min(
                fitting, key=lambda c: (step_seconds(shape, c, gpu)["step_s"], c.zero_stage, -c.micro_batch)
            )
        gpus *= 2
    return None


def _halvings(n: int) -> list[int]:
    out = []
    while n >= 1:
        out.append(n)
        n //= 2
    return out
