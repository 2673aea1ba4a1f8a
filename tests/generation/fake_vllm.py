"""A fake `vllm` module for CPU tests. vLLM cannot be installed here (no CPU wheel) nor carried to
the GPU check machine, so the engine is tested against this stand-in, which follows vLLM V1's
public interface as reasonrl uses it:

  LLM(model=..., gpu_memory_utilization, max_model_len, enable_sleep_mode, enable_prefix_caching,
      distributed_executor_backend, logprobs_mode, dtype, seed, max_num_batched_tokens)
  LLM.generate(prompts, sampling_params=..., use_tqdm=...) -> [RequestOutput]
  LLM.sleep(level), LLM.wake_up(tags), LLM.collective_rpc(method, timeout, args, kwargs),
      LLM.reset_prefix_cache()
  SamplingParams(n, temperature, top_p, top_k, seed, stop, stop_token_ids, max_tokens, logprobs,
      skip_special_tokens)
  RequestOutput.prompt_token_ids/.outputs; CompletionOutput.text/.token_ids/.logprobs/.finish_reason;
      Logprob.logprob

and enforces what the real engine would: unknown keyword arguments fail (dataclasses and explicit
signatures), generating while asleep or with discarded (level-2) weights fails, loading weights
into slept memory fails, the external launcher needs the torch.distributed environment (RANK,
LOCAL_RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT), and after a level-2 sleep what vLLM derives from
the checkpoint at load (post-processed weights, here a flag) is back only after
collective_rpc("reload_weights"): a state-dict copy alone does not restore it. Generation is real:
a transformers copy of the checkpoint samples with a per-request torch generator, so outputs and
log-probs are those of the weights it was given.
"""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field

import torch

from reasonrl.generation.hf import filter_probs


@dataclass
class SamplingParams:
    n: int = 1
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0  # vLLM: 0 or -1 disables
    seed: int | None = None
    stop: list[str] | None = None
    stop_token_ids: list[int] | None = None
    max_tokens: int | None = 16
    logprobs: int | None = None
    skip_special_tokens: bool = True

    def __post_init__(self):
        if self.n != 1 and self.seed is not None:
            raise ValueError("fake: reasonrl sends one seeded request per sample")


@dataclass
class Logprob:
    logprob: float
    rank: int | None = None
    decoded_token: str | None = None


@dataclass
class CompletionOutput:
    index: int
    text: str
    token_ids: list[int]
    cumulative_logprob: float | None
    logprobs: list[dict[int, Logprob]] | None
    finish_reason: str | None = None


@dataclass
class RequestOutput:
    request_id: str
    prompt: str | None
    prompt_token_ids: list[int]
    outputs: list[CompletionOutput]
    finished: bool = True


class _Model:
    """vLLM's model object: `load_weights(iterable of (hf_name, tensor))` copies by HF name."""

    def __init__(self, hf_model, llm):
        self.hf, self.llm = hf_model, llm

    def load_weights(self, weights) -> set[str]:
        if "weights" in self.llm.asleep:
            raise RuntimeError(
                "fake vLLM: load_weights into slept (unmapped) weight memory; wake_up(['weights']) first"
            )
        params = dict(self.hf.named_parameters())
        loaded = set()
        for name, tensor in weights:
            if name not in params:
                continue  # vLLM skips names it does not own (e.g. rotary buffers)
            if params[name].shape != tensor.shape:
                raise ValueError(
                    f"fake vLLM: {name} has shape {tuple(tensor.shape)}, expected {tuple(params[name].shape)}"
                )
            with torch.no_grad():
                params[name].copy_(tensor)
            loaded.add(name)
        self.llm.loaded |= loaded
        return loaded


@dataclass
class _Worker:
    model_runner: types.SimpleNamespace
    llm: object = None

    def reload_weights(self) -> None:
        """vLLM's worker method: load the checkpoint again, post-processing included."""
        if "weights" in self.llm.asleep:
            raise RuntimeError(
                "fake vLLM: reload_weights into slept weight memory; wake_up(['weights']) first"
            )
        self.llm.loaded, self.llm.processed = set(self.llm.names), True


@dataclass
class LLM:
    model: str
    gpu_memory_utilization: float = 0.9
    max_model_len: int | None = None
    enable_sleep_mode: bool = False
    enable_prefix_caching: bool | None = None
    distributed_executor_backend: str | None = None
    logprobs_mode: str = "raw_logprobs"
    dtype: str = "auto"
    seed: int = 0
    max_num_batched_tokens: int | None = None
    calls: list = field(default_factory=list)

    def __post_init__(self):
        import os

        from reasonrl.modeling import load_causal_lm

        missing = [
            k
            for k in ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")
            if k not in os.environ
        ]
        if self.distributed_executor_backend == "external_launcher" and missing:
            raise RuntimeError(
                f"fake vLLM: the external launcher joins torch.distributed, but {missing} are not set"
            )

        self.hf, self.tok = load_causal_lm(self.model)
        self.hf.eval()
        self.asleep: set[str] = set()
        self.names = {n for n, _ in self.hf.named_parameters()}
        self.loaded = set(self.names)  # the checkpoint's weights, loaded at start
        self.processed = True  # what vLLM derives from the checkpoint at load (fused/quantised weights)
        self.workers = [_Worker(types.SimpleNamespace(model=_Model(self.hf, self)), self)]

    def sleep(self, level: int = 1) -> None:
        if not self.enable_sleep_mode:
            raise RuntimeError("fake vLLM: sleep() needs enable_sleep_mode=True")
        self.calls.append(("sleep", level))
        self.asleep |= {"weights", "kv_cache"}
        if level == 2:
            self.loaded, self.processed = set(), False  # level 2 discards the weights

    def wake_up(self, tags: list[str] | None = None) -> None:
        self.calls.append(("wake_up", tuple(tags or ())))
        self.asleep -= set(tags or ("weights", "kv_cache"))

    def collective_rpc(
        self, method, timeout: float | None = None, args: tuple = (), kwargs: dict | None = None
    ):
        self.calls.append(("collective_rpc", getattr(method, "__name__", method)))
        if isinstance(method, str):  # a worker method by name, as vLLM allows
            return [getattr(w, method)(*args, **(kwargs or {})) for w in self.workers]
        return [method(w, *args, **(kwargs or {})) for w in self.workers]

    def reset_prefix_cache(self) -> bool:
        self.calls.append(("reset_prefix_cache",))
        return True

    def generate(self, prompts, sampling_params=None, use_tqdm: bool = True, lora_request=None):
        if self.asleep:
            raise RuntimeError(f"fake vLLM: generate() while {sorted(self.asleep)} asleep")
        if self.loaded != self.names:
            raise RuntimeError(
                "fake vLLM: generate() with discarded weights (sleep level 2, nothing reloaded)"
            )
        if not self.processed:
            raise RuntimeError(
                "fake vLLM: generate() after a level-2 sleep without reload_weights: the weights vLLM "
                "post-processes at load are missing"
            )
        self.calls.append(("generate", len(prompts)))
        sps = sampling_params if isinstance(sampling_params, list) else [sampling_params] * len(prompts)
        return [
            self._one(str(k), p["prompt_token_ids"], sp)
            for k, (p, sp) in enumerate(zip(prompts, sps, strict=True))
        ]

    @torch.no_grad()
    def _one(self, rid: str, prompt_ids: list[int], sp: SamplingParams) -> RequestOutput:
        gen = torch.Generator().manual_seed(sp.seed if sp.seed is not None else self.seed)
        stops = set(sp.stop_token_ids or []) | {self.tok.eos_token_id}
        ids, out, lps, reason = list(prompt_ids), [], [], "length"
        for _ in range(sp.max_tokens):
            logits = self.hf(input_ids=torch.tensor([ids])).logits[:, -1]
            if sp.temperature == 0:
                logp = torch.log_softmax(logits.float(), -1)
                tok = int(logp.argmax())
                lp = float(logp[0, tok])
            else:
                probs = filter_probs(logits, sp.temperature, sp.top_p, max(sp.top_k, 0))
                tok = int(torch.multinomial(probs[0], 1, generator=gen))
                lp = float(probs[0, tok].log())  # processed_logprobs: after temperature and top-k/p
            ids.append(tok)
            out.append(tok)
            lps.append({tok: Logprob(lp, 1)})
            if tok in stops:
                reason = "stop"
                break
        text = self.tok.decode([t for t in out if t not in stops], skip_special_tokens=sp.skip_special_tokens)
        for s in sp.stop or []:
            if s in text:
                text, reason = text[: text.index(s)], "stop"
        comp = CompletionOutput(
            0,
            text,
            out,
            sum(next(iter(d.values())).logprob for d in lps),
            lps if sp.logprobs is not None else None,
            reason,
        )
        return RequestOutput(rid, None, list(prompt_ids), [comp])


def install(monkeypatch) -> types.ModuleType:
    """Put this fake in sys.modules as `vllm` for the duration of a test."""
    module = types.ModuleType("vllm")
    module.LLM, module.SamplingParams = LLM, SamplingParams
    module.__fake__ = True
    monkeypatch.setitem(sys.modules, "vllm", module)
    return module
