"""Which tokens end a completion: the tokenizer's EOS, the generation config's EOS list (Llama 3
lists three), and the chat template's end-of-turn token, which is not always EOS (Llama 3's
`<|eot_id|>`, Gemma's `<end_of_turn>`). Without the last, an instruct model answers, closes its
turn and keeps writing the next user turn until max_new_tokens."""

from __future__ import annotations

_SENTINEL = "\x00reasonrl-end-of-turn-probe\x00"


def end_of_turn_id(tokenizer) -> int | None:
    """The first special token the chat template writes after an assistant message, or None
    (no template, or nothing special follows the message)."""
    if not getattr(tokenizer, "chat_template", None):
        return None
    try:
        text = tokenizer.apply_chat_template(
            [{"role": "user", "content": "hi"}, {"role": "assistant", "content": _SENTINEL}], tokenize=False
        )
    except Exception:  # noqa: BLE001 - a template that cannot render this turn pair has no probe-able end
        return None
    after = text.split(_SENTINEL, 1)[-1] if _SENTINEL in text else ""
    special = set(tokenizer.all_special_ids) | set(getattr(tokenizer, "added_tokens_decoder", {}) or {})
    for token_id in tokenizer(after, add_special_tokens=False).input_ids:
        if token_id in special:
            return int(token_id)
        if tokenizer.decode([token_id]).strip():  # ordinary text first: the template ends turns in plain text
            return None
    return None


def end_token_ids(tokenizer, generation_config=None) -> list[int]:
    """Every token id that ends a completion, sorted."""
    ids = {tokenizer.eos_token_id}
    eos = getattr(generation_config, "eos_token_id", None)
    ids |= set(eos) if isinstance(eos, (list, tuple)) else {eos}
    ids.add(end_of_turn_id(tokenizer))
    ids.discard(None)
    return sorted(int(i) for i in ids)
