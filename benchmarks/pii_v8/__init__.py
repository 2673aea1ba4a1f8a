"""Eighth independent held-out labelled set for PII detection (see make_heldout_set.py)."""
