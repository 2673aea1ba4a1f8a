"""Held-out PII set v73 (senior life and retirement); see make_heldout_set."""
