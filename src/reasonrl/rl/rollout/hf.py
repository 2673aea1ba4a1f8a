"""Rollouts with transformers `generate` (batched, left-padded, KV cache)."""

from __future__ import annotations

from reasonrl.rl.rollout.base import ENGINES, Rollout, SamplingParams


@ENGINES.register("hf")
class HFEngine:
    """Generates with the live policy module, so no weight sync is needed on CPU."""

    def __init__(self, model, tokenizer, batch_size: int = 256):
        self.model, self.tok, self.batch_size = model, tokenizer, batch_size

    def generate(self, prompts: list[str], params: SamplingParams) -> list[Rollout]:
        import torch

        expanded = [(i, p) for i, p in enumerate(prompts) for _ in range(params.n)]
        out: list[Rollout] = []
        was_training = self.model.training
        self.model.eval()
        eos = self.tok.eos_token_id
        for start in range(0, len(expanded), self.batch_size):
            chunk = expanded[start:start + self.batch_size]
            texts = [self.tok.bos_token + p if self.tok.bos_token else p for _, p in chunk]
            enc = self.tok(texts, return_tensors="pt", padding=True, add_special_tokens=False)
            sample = params.temperature > 0
            kwargs = dict(do_sample=sample, max_new_tokens=params.max_new_tokens, pad_token_id=self.tok.pad_token_id,
                          eos_token_id=eos)
            if sample:
                kwargs.update(temperature=params.temperature, top_p=params.top_p, top_k=params.top_k or None)
            if params.stop:
                kwargs.update(stop_strings=list(params.stop), tokenizer=self.tok)
            with torch.no_grad():
                gen = self.model.generate(**enc, **kwargs)
            new = gen[:, enc.input_ids.shape[1]:]
            for (idx, prompt), prompt_ids, mask, row in zip(chunk, enc.input_ids, enc.attention_mask, new):
                ids = row.tolist()
                ended = eos in ids
                ids = ids[: ids.index(eos) + 1] if ended else [t for t in ids if t != self.tok.pad_token_id]
                text = self.tok.decode([t for t in ids if t != eos], skip_special_tokens=True)
                out.append(Rollout(idx, prompt, prompt_ids[mask.bool()].tolist(), text, ids, truncated=not ended))
        if was_training:
            self.model.train()
        return out
