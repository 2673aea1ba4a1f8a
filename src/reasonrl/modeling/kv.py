"""The KV cache's name in transformers' forward and outputs, one place for every caller.

transformers renamed `past_key_values` to `cache` during 5.x (the forward's keyword and the
output's field; the old name is deprecated and goes in 5.40). reasonrl accepts transformers>=5.0:
the version tested here (infra/docker/constraints.txt) has `cache`, and the CUDA images a cluster
starts from can be older (the H200 check machine has 5.17, which knows only `past_key_values`,
and every GPU path failed there on `out.cache`). The name is read from the model's own forward
signature, so no version number is guessed and the deprecated alias (which warns) is not used
with a model whose forward names `cache` (a wrapper taking only **kwargs gets the old name).
"""

from __future__ import annotations

import functools
import inspect

NEW, OLD = "cache", "past_key_values"


@functools.cache
def _keyword(cls: type) -> str:
    return NEW if NEW in inspect.signature(cls.forward).parameters else OLD


def cache_arg(model, cache) -> dict:
    """{keyword: cache} for `model(**...)`, in the name this model's forward takes. A wrapper
    (DDP, DeepSpeed's engine: `.module`; torch.compile: `._orig_mod`) is looked through."""
    base = model
    for attr in ("module", "_orig_mod"):
        while hasattr(base, attr):
            base = getattr(base, attr)
    return {_keyword(type(base)): cache}


def cache_of(out):
    """The KV cache a forward with use_cache=True returned (a ModelOutput is an OrderedDict of
    the fields that are set), or None."""
    cache = out.get(NEW)
    return cache if cache is not None else out.get(OLD)
