"""Rollouts with vLLM's V1 engine, colocated with the trainer on the same GPU (TRL's "colocate"
mode): the engine runs inside the training process (`distributed_executor_backend=
"external_launcher"`, one engine per rank), sleeps while the trainer trains, and before each
step's generation receives the policy's current weights through its worker RPC:

    wake_up(["weights"]) -> collective_rpc("reload_weights") after a level-2 sleep (it restores what
    vLLM computes from the checkpoint when it loads: fused, quantised or post-processed weights that a
    state-dict copy does not rebuild) -> collective_rpc(load the policy's weights on every worker)
    -> reset_prefix_cache() -> wake_up(["kv_cache"]) -> generate -> sleep(level=2)
    (level 2: weights and KV cache freed)

Outside torchrun the engine sets the single-process distributed environment vLLM's external
launcher needs (RANK=0, LOCAL_RANK=0, WORLD_SIZE=1, MASTER_ADDR, a free MASTER_PORT), as TRL's
colocate mode does; `max_num_batched_tokens` bounds a scheduler step's tokens (prefill chunks).

Sampling matches the `hf` engine: the same tokenised prompts (token ids, not text, so both
engines see the same prompt), temperature/top-p/top-k, the end-of-turn and EOS stop ids, and a
per-sample seed `sample_seed(seed_i, j)` in each request's SamplingParams, so a prompt's samples
are reproducible and independent of batching (equal in distribution to the hf engine's, not
bit-identical: different kernels). Each token's log-probability comes back under
`logprobs_mode="processed_logprobs"` (after temperature and top-k/p), which is what rollout
correction (rl.correction) compares with the trainer's.

vLLM cannot be installed on the machines this project is tested on (no wheel for CPU, and the GPU
check machine cannot carry it), so tests/generation/test_vllm_engine.py drives this class
through a fake `vllm` module whose `LLM` and `SamplingParams` follow vLLM's interface (the
keyword names, the sleep/wake state machine, RequestOutput/CompletionOutput/Logprob shapes).
Sharded-parameter backends are refused: vLLM holds its own full copy of the weights.
"""

from __future__ import annotations

from typing import Callable

from reasonrl.errors import ConfigError
from reasonrl.generation.base import ENGINES, Rollout, SamplingParams, prompt_text
from reasonrl.generation.seeding import sample_seed
from reasonrl.generation.stops import end_token_ids


def single_process_env() -> dict[str, str]:
    """The torch.distributed environment of a one-process group, set where torchrun has not set it
    (vLLM's external launcher joins the caller's group). Returns what it set."""
    import os
    import socket

    if "RANK" in os.environ and "WORLD_SIZE" in os.environ:
        return {}
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = str(sock.getsockname()[1])
    env = {"RANK": "0", "LOCAL_RANK": "0", "WORLD_SIZE": "1", "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": port}
    for key, value in env.items():
        os.environ.setdefault(key, value)
    return env


def load_weights_on_worker(worker, weights: list) -> None:
    """Runs on each vLLM worker (collective_rpc): vLLM's model maps HF parameter names itself."""
    worker.model_runner.model.load_weights(weights)


def _sampled_logprobs(completion) -> list[float] | None:
    """The sampled token's log-prob at each position (vLLM returns one {token_id: Logprob} per
    position, the sampled token always among them), or None when not requested."""
    if completion.logprobs is None:
        return None
    return [
        float(pos[tok].logprob) for tok, pos in zip(completion.token_ids, completion.logprobs, strict=True)
    ]


@ENGINES.register("vllm")
class VLLMEngine:
    def __init__(
        self,
        model,
        tokenizer,
        sync_done: Callable[[bool], bool] | None = None,
        batch_size: int | None = None,  # the hf engine's knob; vLLM schedules its own batches
        share_prefill: bool = True,  # vLLM's prefix caching
        *,
        llm=None,
        gpu_memory_utilization: float = 0.3,
        max_model_len: int = 2048,
        sleep: bool = True,
        seed: int = 0,
        max_num_batched_tokens: int = 8192,
    ):
        if sync_done is not None:
            raise ConfigError(
                "rl.engine=vllm cannot run with sharded parameters (fsdp2, ZeRO-3)",
                hint="use rl.distributed.backend=ddp or deepspeed with zero_stage<=2",
            )
        self.model, self.tok, self.sleeps = model, tokenizer, sleep
        self.end_ids = end_token_ids(tokenizer, getattr(model, "generation_config", None))
        self.llm = (
            llm
            if llm is not None
            else self._start(
                model, gpu_memory_utilization, max_model_len, seed, max_num_batched_tokens, share_prefill
            )
        )
        self.stale = True  # the engine's weights are the checkpoint's until the first sync
        self.discarded = False  # a level-2 sleep dropped the weights: reload before loading ours
        if self.sleeps:
            self._sleep()  # free the GPU for the trainer until the first generation

    def _sleep(self) -> None:
        self.llm.sleep(level=2)
        self.discarded = True

    def _start(
        self,
        model,
        gpu_memory_utilization: float,
        max_model_len: int,
        seed: int,
        max_num_batched_tokens: int,
        share_prefill: bool = True,
    ):
        try:
            from vllm import LLM
        except ImportError as exc:  # pragma: no cover - exercised on GPU machines only
            raise ConfigError(
                "rl.engine=vllm needs vLLM and a CUDA GPU",
                hint="pip install 'reasonrl[gpu]' on a GPU machine, or set rl.engine=hf",
            ) from exc
        single_process_env()
        return LLM(
            model=str(model.name_or_path),
            gpu_memory_utilization=gpu_memory_utilization,
            max_model_len=max_model_len,
            enable_sleep_mode=self.sleeps,
            enable_prefix_caching=share_prefill,
            distributed_executor_backend="external_launcher",
            logprobs_mode="processed_logprobs",
            dtype="bfloat16",
            seed=seed,
            max_num_batched_tokens=max(max_num_batched_tokens, max_model_len),
        )

    def on_policy_update(self) -> None:
        """The trainer stepped the optimizer: push the new weights before the next generation."""
        self.stale = True

    def sync_weights(self) -> None:
        """Copy the live policy's weights into every vLLM worker, then drop cached prefixes (their
        KV entries were computed with the old weights)."""
        if self.sleeps:
            self.llm.wake_up(tags=["weights"])
        if self.discarded:  # level 2 freed the weights: rebuild what vLLM derives at load, then overwrite
            self.llm.collective_rpc("reload_weights")
            self.discarded = False
        weights = [(name, p.detach()) for name, p in self.model.state_dict().items()]
        self.llm.collective_rpc(load_weights_on_worker, args=(weights,))
        self.llm.reset_prefix_cache()
        self.stale = False

    def _requests(self, prompts: list[str], params: SamplingParams, seeds: list[int] | None):
        """One request per sample (n=1 each, its own seed), grouped by prompt."""
        from vllm import SamplingParams as VSP

        ids = [self.tok(prompt_text(self.tok, p), add_special_tokens=False).input_ids for p in prompts]
        reqs, sps = [], []
        for i in range(len(prompts)):
            for j in range(params.n):
                reqs.append((i, {"prompt_token_ids": ids[i]}))
                sps.append(
                    VSP(
                        n=1,
                        temperature=params.temperature,
                        top_p=params.top_p,
                        top_k=params.top_k or -1,
                        max_tokens=params.max_new_tokens,  # vLLM's name for the token budget
                        stop=list(params.stop) or None,
                        stop_token_ids=self.end_ids,
                        logprobs=0,
                        skip_special_tokens=True,
                        seed=None if seeds is None else sample_seed(seeds[i], j) % (2**31),
                    )
                )
        return reqs, sps

    def generate(
        self, prompts: list[str], params: SamplingParams, seeds: list[int] | None = None
    ) -> list[Rollout]:
        """len(prompts) * params.n rollouts, prompt 0's n samples first."""
        if self.stale:
            self.sync_weights()
        reqs, sps = self._requests(prompts, params, seeds)
        if self.sleeps:
            self.llm.wake_up(tags=["kv_cache"])
        try:
            outs = self.llm.generate([r for _, r in reqs], sampling_params=sps, use_tqdm=False)
        finally:
            if self.sleeps:
                self._sleep()
                self.stale = True  # level 2 discarded the weights
        rollouts = []
        for (i, _), o in zip(reqs, outs, strict=True):
            c = o.outputs[0]
            rollouts.append(
                Rollout(
                    i,
                    prompts[i],
                    list(o.prompt_token_ids),
                    c.text,
                    list(c.token_ids),
                    truncated=c.finish_reason == "length",
                    logprobs=_sampled_logprobs(c),
                )
            )
        return rollouts
