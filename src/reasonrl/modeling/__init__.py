"""Model resolution (embedded:<name>, local HF dirs, s3:// URIs) and the embedded tiny model."""

from reasonrl.modeling.loading import load_causal_lm, resolve_model

__all__ = ["load_causal_lm", "resolve_model"]
