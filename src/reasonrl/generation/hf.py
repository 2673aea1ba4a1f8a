"""Rollouts with a transformers model: our own batched decode loop over the model's KV cache.

Why not `model.generate`: (1) per-sample seeds — sample j of prompt i draws its randomness from
its own generator, so a prompt's rollouts do not depend on which rank or batch it landed in,
and an N-rank run samples exactly what a 1-rank run samples; (2) sharded parameters (FSDP2,
ZeRO-3) need every rank to run the same number of forward passes, which `sync_done` provides;
(3) a tiny model's step time is dominated by per-step overhead, which a lean loop avoids.
"""

from __future__ import annotations

from typing import Callable

from reasonrl.generation.base import ENGINES, Rollout, SamplingParams, prompt_text
from reasonrl.generation.seeding import sample_seed
from reasonrl.modeling.kv import cache_arg, cache_of


def filter_probs(logits, temperature: float, top_p: float, top_k: int):
    """Sampling distribution [B, V] from logits [B, V]: temperature, then top-k, then top-p
    (nucleus: the smallest set whose mass reaches top_p), renormalised."""
    import torch

    logits = logits.float() / temperature
    if top_k and top_k < logits.shape[-1]:
        kth = torch.topk(logits, top_k, dim=-1).values[:, -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    probs = torch.softmax(logits, dim=-1)
    if top_p < 1.0:
        sorted_p, order = probs.sort(dim=-1, descending=True)
        outside = sorted_p.cumsum(-1) - sorted_p > top_p  # tokens after the nucleus is full
        sorted_p = sorted_p.masked_fill(outside, 0.0)
        probs = torch.zeros_like(probs).scatter(-1, order, sorted_p)
        probs = probs / probs.sum(-1, keepdim=True)
    return probs


def draw(probs, uniforms=None):
    """One token per row of probs [B, V]. With per-row uniforms [B] (each drawn from the row's own
    generator), inverse-CDF sampling, so a row's draw depends only on its own stream; else the
    global RNG."""
    import torch

    if uniforms is None:
        return torch.multinomial(probs, 1).squeeze(1)
    cdf = probs.cumsum(-1)
    idx = torch.searchsorted(cdf, (uniforms.to(probs.device) * cdf[:, -1]).unsqueeze(1)).squeeze(1)
    return idx.clamp(max=probs.shape[-1] - 1)


class ModelSteps:
    """Decoding through the model's own forward and its growing KV cache (any architecture, any
    device, sharded parameters). The interface `LeanDecoder` shares: step(tokens [b]) -> logits
    [b, V]; select(rows); release() (drop the KV cache when done)."""

    def __init__(self, model, res, attn, pos):
        self.model, self.cache, self.attn, self.pos = model, cache_of(res), attn, pos

    def step(self, tokens):
        import torch

        self.attn = torch.cat([self.attn, torch.ones_like(self.attn[:, :1])], 1)
        self.pos = self.pos[:, -1:] + 1
        out = self.model(
            input_ids=tokens.unsqueeze(1),
            attention_mask=self.attn,
            position_ids=self.pos,
            **cache_arg(self.model, self.cache),
            use_cache=True,
        )
        self.cache = cache_of(out)
        return out.logits[:, -1]

    def select(self, rows):
        self.cache.batch_select_indices(rows)
        self.attn, self.pos = self.attn[rows], self.pos[rows]

    def release(self) -> None:
        self.cache = None


@ENGINES.register("hf")
class HFEngine:
    """Generates with the live policy module, so no weight sync is needed on CPU.

    `sync_done(all_done) -> bool` lets sharded-parameter backends agree across ranks on when
    every rank is finished (an all-reduce), so all ranks run the same number of forwards."""

    def __init__(
        self,
        model,
        tokenizer,
        batch_size: int = 256,
        sync_done: Callable[[bool], bool] | None = None,
        lean: bool | None = None,
        share_prefill: bool = True,
    ):
        import torch

        from reasonrl.generation.stops import end_token_ids
        from reasonrl.modeling.device import device_of

        self.model, self.tok, self.batch_size = model, tokenizer, batch_size
        self.device = device_of(model)
        self.end_ids = torch.tensor(
            end_token_ids(tokenizer, getattr(model, "generation_config", None)), device=self.device
        )
        self.lockstep = sync_done is not None  # ranks run the same forwards: rows may not leave the batch
        self.sync_done = sync_done or (lambda done: done)
        self.share_prefill = share_prefill  # a prompt's n samples share one prefill (False: dense, as TRL)
        from reasonrl.generation.lean import unsupported

        # the lean step (generation.lean) where the model allows it; never with sharded parameters
        self.lean = (lean is not False) and not self.lockstep and unsupported(model) is None
        self._packed = None  # (parameter versions, LeanDecoder): the lean step's packed weights
        if lean and not self.lean:
            raise ValueError(
                f"the lean decode step cannot run this model: {unsupported(model) or 'lockstep'}"
            )

    def generate(
        self, prompts: list[str], params: SamplingParams, seeds: list[int] | None = None
    ) -> list[Rollout]:
        """len(prompts) * params.n rollouts, prompt 0's n samples first. `seeds[i]` (optional)
        makes prompt i's samples reproducible independently of the batch they are drawn in."""
        import torch

        expanded = [(i, p, j) for i, p in enumerate(prompts) for j in range(params.n)]
        out: list[Rollout] = []
        was_training = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                for start in range(0, len(expanded), self.batch_size):
                    chunk = expanded[start : start + self.batch_size]
                    gens = (
                        None
                        if seeds is None
                        else [torch.Generator().manual_seed(sample_seed(seeds[i], j)) for i, _, j in chunk]
                    )
                    out.extend(self._decode(chunk, params, gens))
        finally:
            if was_training:
                self.model.train()
        return out

    def _prefill(self, chunk):
        """Run each distinct prompt once; returns (model output with its KV cache, one row per distinct
        prompt [u] (per sample without `share_prefill`), attention mask [u, L], positions [u, L],
        encoded prompts, row_of [n]: the prefill row of each of the chunk's n rows). Prompts
        that open alike (a content policy, few-shot turns) run their common prefix once (modeling.prefix).
        Without `share_prefill` every sample runs its whole prompt (the dense work TRL does)."""
        import torch

        from reasonrl.modeling.prefix import prompt_forward

        tok, first, texts = self.tok, {}, []  # prompt index -> its row in the prefill batch
        key = (lambda i, j: i) if self.share_prefill else (lambda i, j: (i, j))
        for i, p, j in chunk:
            if key(i, j) not in first:
                first[key(i, j)] = len(texts)
                texts.append(prompt_text(tok, p))
        enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        row_of = torch.tensor([first[key(i, j)] for i, _, j in chunk], device=self.device)
        rows = [ids[m.bool()] for ids, m in zip(enc.input_ids, enc.attention_mask, strict=True)]
        res, attn, pos = prompt_forward(self.model, rows, tok.pad_token_id, share=self.share_prefill)
        return res, attn, pos, enc, row_of

    def _next(self, logits, params: SamplingParams, uniforms):
        """(next token [b], its log-prob under the sampling distribution [b]) for logits [b, V]."""
        import torch

        if params.temperature > 0:
            probs = filter_probs(logits, params.temperature, params.top_p, params.top_k)
            nxt = draw(probs, uniforms)
            return nxt, probs.gather(1, nxt.unsqueeze(1)).squeeze(1).clamp(min=1e-30).log()
        logp = torch.log_softmax(logits.float(), -1)
        nxt = logp.argmax(-1)
        return nxt, logp.gather(1, nxt.unsqueeze(1)).squeeze(1)

    def on_policy_update(self) -> None:
        """The trainer changed the weights: the next generation repacks them for the lean step."""
        self._packed = None

    def _steps(self, res, attn, pos, row_of, max_new_tokens: int):
        """The decoder that continues from the prefill (one row per distinct prompt) for the rows
        row_of [n]: the lean step, which copies out only each row's own part of its prompt's cache,
        or the model's forward, whose cache holds every row's whole copy."""
        import torch

        from reasonrl.generation.lean import LeanDecoder

        if not self.lean:
            cache_of(res).batch_select_indices(row_of)  # the n samples of a prompt share its prefill
            return ModelSteps(self.model, res, attn[row_of], pos[row_of])
        # under autocast (model.precision bf16 on a CPU) the forward's GEMMs run in the autocast
        # dtype: the lean step runs its GEMMs in that dtype too, on weights cast once per generation
        # rather than on every token (the autocast forward recasts every weight at every step)
        kind = self.device.type
        gemm = torch.get_autocast_dtype(kind) if torch.is_autocast_enabled(kind) else None
        # the packed weights are reused until the weights change: evaluation's many batches pack
        # once. Two signals, because neither alone sees every update: an in-place step on the
        # parameters bumps their version counters; a write through `.data` (DeepSpeed's ZeRO copies
        # its fp32 partitions back that way) bumps nothing, so trainers also call on_policy_update
        version = (gemm, *(p._version for p in self.model.parameters()))
        if self._packed is None or self._packed[0] != version:
            self._packed = (version, LeanDecoder(self.model, rows=len(row_of), gemm_dtype=gemm))
        lean = self._packed[1]
        lean.start(cache_of(res), attn, pos, max_new_tokens, rows=row_of)
        return lean

    def _decode(self, chunk, params: SamplingParams, gens) -> list[Rollout]:
        """Decode a batch; finished rows leave the batch (and the KV cache) as they finish, so
        the cost follows the sum of completion lengths rather than batch x longest. (Not under
        sharded parameters, where every rank must keep running the same forwards.) Each row's
        uniforms are drawn up front from its own generator: no per-token loop over rows."""
        import torch

        res, attn, pos, enc, row_of = self._prefill(chunk)
        n, dev, pad, budget = len(chunk), self.device, self.tok.pad_token_id, params.max_new_tokens
        logits, steps = res.logits[:, -1][row_of], self._steps(res, attn, pos, row_of, budget)
        uniforms = None if gens is None else torch.stack([torch.rand(budget, generator=g) for g in gens])
        tokens = torch.full((n, budget), pad, dtype=torch.long, device=dev)
        logps = torch.zeros((n, budget), device=dev)
        done, stopped = (
            torch.zeros(n, dtype=torch.bool, device=dev),
            torch.zeros(n, dtype=torch.bool, device=dev),
        )
        active = torch.arange(n, device=dev)  # original rows still in the batch
        for t in range(budget):
            u = None if uniforms is None else uniforms[active.cpu(), t]
            nxt, lp = self._next(logits, params, u)
            nxt = torch.where(done[active], torch.full_like(nxt, pad), nxt)
            tokens[active, t], logps[active, t] = nxt, lp
            done[active] |= torch.isin(nxt, self.end_ids)
            if params.stop:
                hit = self._stop_hits(tokens[active, : t + 1], params.stop) & ~done[active]
                stopped[active] |= hit
                done[active] |= hit
            if self.sync_done(bool(done.all())) or t == budget - 1:
                break
            keep = ~done[active]
            if not self.lockstep and int(keep.sum()) <= 0.875 * len(active):  # drop in batches of >= 1/8
                idx = keep.nonzero().squeeze(1)
                steps.select(idx)
                active, nxt = active[idx], nxt[idx]
            logits = steps.step(nxt)
        steps.release()  # the lean decoder outlives this call (its packed weights): not its KV
        return self._rows(chunk, tokens.cpu(), logps.cpu(), stopped.cpu(), enc, row_of.cpu())

    def _rows(self, chunk, tokens, logps, stopped, enc, row_of) -> list[Rollout]:
        """Rollouts from decoded tokens [n, T]: cut at the first end token (kept in the ids, not the text)."""
        ends, rows = set(self.end_ids.tolist()), []
        for k, (idx, prompt, _) in enumerate(chunk):
            ids = tokens[k].tolist()
            end = next((t for t, x in enumerate(ids) if x in ends), None)
            if end is None:  # truncated or stopped by a string: the row was padded after it
                length = len(ids) if not bool(stopped[k]) else _unpadded(ids, self.tok.pad_token_id)
            else:
                length = end + 1
            ids = ids[:length]
            text = self.tok.decode([x for x in ids if x not in ends], skip_special_tokens=True)
            u = int(row_of[k])
            prompt_ids = enc.input_ids[u][enc.attention_mask[u].bool()].tolist()
            rows.append(
                Rollout(
                    idx,
                    prompt,
                    prompt_ids,
                    text,
                    ids,
                    truncated=end is None and not bool(stopped[k]),
                    logprobs=logps[k, :length].tolist(),
                )
            )
        return rows

    def _stop_hits(self, new, stop: tuple[str, ...]):
        """Rows [B] whose text so far contains a stop string."""
        import torch

        return torch.tensor(
            [any(s in self.tok.decode(row.tolist(), skip_special_tokens=True) for s in stop) for row in new],
            device=new.device,
        )


def _unpadded(ids: list[int], pad: int) -> int:
    """Length of ids without its trailing padding."""
    n = len(ids)
    while n and ids[n - 1] == pad:
        n -= 1
    return n
