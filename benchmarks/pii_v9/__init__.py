"""Ninth held-out PII set: generator package (see make_heldout_set.py)."""
