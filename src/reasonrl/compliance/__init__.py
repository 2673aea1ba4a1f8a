"""Compliance: gate suites generated from the recipe, run with Great Expectations, decided purely."""
