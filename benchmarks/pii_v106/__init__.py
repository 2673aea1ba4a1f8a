"""Held-out PII set v106 (betting, lotteries and horse racing)."""
