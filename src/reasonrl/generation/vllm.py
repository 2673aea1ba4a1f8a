"""Rollouts with vLLM on a GPU (the `gpu` extra and image): colocated with the trainer, weights
synced from the live policy before each step's generation.

Per-sample seeds go to vLLM's `SamplingParams.seed`, so a prompt's samples are reproducible
like the `hf` engine's (vLLM's kernels make them equal in distribution, not bit-identical, to
the hf engine's). Sharded-parameter backends are not supported here: vLLM holds its own copy.
"""

from __future__ import annotations

from typing import Callable

from reasonrl.errors import ConfigError
from reasonrl.generation.base import ENGINES, Rollout, SamplingParams
from reasonrl.generation.seeding import sample_seed


@ENGINES.register("vllm")
class VLLMEngine:
    def __init__(self, model, tokenizer, sync_done: Callable[[bool], bool] | None = None,
                 gpu_memory_utilization: float = 0.3, max_model_len: int = 2048):
        try:
            from vllm import LLM
        except ImportError as exc:  # pragma: no cover - exercised on GPU machines only
            raise ConfigError("rl.engine=vllm needs vLLM and a CUDA GPU",
                              hint="pip install 'reasonrl[gpu]' on a GPU machine, or set rl.engine=hf") from exc
        if sync_done is not None:
            raise ConfigError("rl.engine=vllm cannot run with sharded parameters (fsdp2, ZeRO-3)",
                              hint="use rl.distributed.backend=ddp or deepspeed with zero_stage<=2")
        self.model, self.tok = model, tokenizer
        path = getattr(model, "name_or_path", None) or model.config._name_or_path
        self.llm = LLM(model=str(path), gpu_memory_utilization=gpu_memory_utilization, max_model_len=max_model_len,
                       enable_prefix_caching=True, dtype="auto", seed=0)

    def sync_weights(self) -> None:
        """Copy the live policy's weights into vLLM's model (colocated: same GPU)."""
        runner = self.llm.llm_engine.model_executor.driver_worker.worker.model_runner
        runner.model.load_weights(self.model.state_dict().items())

    def generate(self, prompts: list[str], params: SamplingParams, seeds: list[int] | None = None) -> list[Rollout]:
        from vllm import SamplingParams as VSP

        self.sync_weights()
        requests, sps = [], []
        for i, p in enumerate(prompts):
            for j in range(params.n):
                requests.append((i, p))
                sps.append(VSP(n=1, temperature=params.temperature, top_p=params.top_p, top_k=params.top_k or -1,
                               max_tokens=params.max_new_tokens, stop=list(params.stop) or None,
                               seed=None if seeds is None else sample_seed(seeds[i], j) % (2**31)))
        outs = self.llm.generate([(self.tok.bos_token or "") + p for _, p in requests], sps, use_tqdm=False)
        rollouts = []
        for (i, p), o in zip(requests, outs, strict=True):
            c = o.outputs[0]
            rollouts.append(Rollout(i, p, list(o.prompt_token_ids), c.text, list(c.token_ids),
                                    truncated=c.finish_reason == "length"))
        return rollouts
