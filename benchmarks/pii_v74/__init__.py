"""Held-out PII test set v74 (pets and animal care); see make_heldout_set.py."""
