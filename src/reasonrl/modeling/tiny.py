"""The embedded default model: a tiny Qwen2 causal LM with a character-level tokenizer,
built offline and deterministically, then briefly pretrained on synthetic arithmetic so that
its pass rate on the demo task starts above zero but low (R1-Zero needs *some* signal).

Nothing is downloaded: the tokenizer is built with the `tokenizers` library from a fixed
alphabet, the weights come from a seeded init plus a seeded pretraining run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from reasonrl.modeling.optim import optimizer_step
from reasonrl.tasks.arithmetic import STYLES, generate, make_prompt, solution
from reasonrl.tasks.base import ANSWER_CLOSE, ANSWER_OPEN, THINK_CLOSE, THINK_OPEN

SPECIALS = ["<pad>", "<bos>", "<eos>", "<unk>"]
TAGS = [THINK_OPEN, THINK_CLOSE, ANSWER_OPEN, ANSWER_CLOSE]
ALPHABET = [chr(i) for i in range(32, 127)] + ["\n"]


@dataclass(frozen=True)
class TinySpec:
    """Architecture and pretraining budget; the cache key is derived from all of it."""

    hidden: int = 128
    layers: int = 4
    heads: int = 4
    kv_heads: int = 2
    intermediate: int = 384
    max_positions: int = 256
    pretrain_steps: int = 600
    batch_size: int = 64
    lr: float = 3e-3
    warmup_steps: int = 20  # then constant LR
    digits: tuple[int, int] = (2, 2)
    style_weights: tuple[float, float, float] = (0.4, 0.3, 0.3)  # verbose, compact, direct
    # Share of documents whose final answer carries a slip (off by 1 or 10), as noisy web text
    # would: the model learns the right answer as the mode but samples it rarely, which is the
    # state RL with a verifiable reward repairs (R1-Zero "sharpening").
    answer_noise: float = 0.7
    seed: int = 1234


EMBEDDED = {
    "tiny-arith": TinySpec(),
    # For benchmarks (rl_vs_trl): the same task at ~2.4M parameters.
    "tiny-bench": TinySpec(
        hidden=256, layers=3, heads=4, kv_heads=2, intermediate=768, pretrain_steps=1000, lr=2e-3
    ),
    # For tests: same tokenizer and format, a fraction of the size and pretraining (seconds).
    "tiny-test": TinySpec(
        hidden=64,
        layers=2,
        heads=2,
        kv_heads=1,
        intermediate=128,
        pretrain_steps=150,
        batch_size=32,
        digits=(1, 1),
        answer_noise=0.5,
    ),
}


def build_tokenizer():
    """A character-level PreTrainedTokenizerFast: one token per printable ASCII char, the four
    R1 tags as single tokens, and pad/bos/eos/unk. Deterministic by construction."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {tok: i for i, tok in enumerate(SPECIALS + TAGS + ALPHABET)}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Split(Regex(r"[\s\S]"), behavior="isolated")
    core.decoder = decoders.Fuse()
    core.add_special_tokens(SPECIALS)
    core.add_tokens(TAGS)
    tok = PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token="<bos>",
        eos_token="<eos>",
        pad_token="<pad>",
        unk_token="<unk>",
        padding_side="left",
        model_max_length=TinySpec.max_positions,
    )
    return tok


def build_model(spec: TinySpec, tok):
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(spec.seed)
    config = Qwen2Config(
        vocab_size=len(tok),
        hidden_size=spec.hidden,
        intermediate_size=spec.intermediate,
        num_hidden_layers=spec.layers,
        num_attention_heads=spec.heads,
        num_key_value_heads=spec.kv_heads,
        max_position_embeddings=spec.max_positions,
        tie_word_embeddings=True,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    return Qwen2ForCausalLM(config)


def corpus(spec: TinySpec, n: int) -> list[str]:
    """Pretraining documents: prompt + a correct solution in a randomly drawn style."""
    rng = random.Random(spec.seed)
    docs = []
    for row in generate(n, seed=spec.seed + 1, digits=spec.digits):
        a, b = (int(x) for x in row["question"].split("+"))
        style = rng.choices(STYLES, weights=spec.style_weights)[0]
        text = solution(a, b, style)
        if rng.random() < spec.answer_noise:
            slip = a + b + rng.choice((-10, -1, 1, 10))
            text = text.replace(f"{ANSWER_OPEN}{a + b}{ANSWER_CLOSE}", f"{ANSWER_OPEN}{slip}{ANSWER_CLOSE}")
        docs.append(make_prompt(a, b) + text)
    return docs


def pretrain(spec: TinySpec, out_dir: Path, progress: bool = True) -> Path:
    """Build, pretrain (next-token loss on the synthetic corpus) and save an HF model dir."""
    import torch
    from tqdm import tqdm

    torch.manual_seed(spec.seed)
    tok = build_tokenizer()
    model = build_model(spec, tok)
    docs = corpus(spec, spec.pretrain_steps * spec.batch_size)
    opt = torch.optim.AdamW(model.parameters(), lr=spec.lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / spec.warmup_steps))
    model.train()
    tok.padding_side = "right"
    bar = tqdm(range(spec.pretrain_steps), desc="pretrain tiny model", disable=not progress)
    for step in bar:
        batch = docs[step * spec.batch_size : (step + 1) * spec.batch_size]
        enc = tok(
            [tok.bos_token + d + tok.eos_token for d in batch],
            return_tensors="pt",
            padding=True,
            add_special_tokens=False,
        )
        labels = enc.input_ids.masked_fill(enc.attention_mask == 0, -100)
        loss = model(**enc, labels=labels).loss
        optimizer_step(model, opt, loss)
        sched.step()
        bar.set_postfix(loss=f"{loss.item():.3f}")
    tok.padding_side = "left"
    model.eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tok.save_pretrained(out_dir)
    return out_dir
