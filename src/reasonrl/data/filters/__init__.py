"""Compliance filters, one small class per rule, registered by name (datatrove style).

A filter takes a record and returns a FilterResult: the (possibly redacted) record to keep, or
None with the reasons it must be dropped. `reasonrl list filters` shows them.
"""

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult  # noqa: I001 (the registering imports follow the base)

# importing the rule modules registers their filters
from reasonrl.data.filters import decontam, dedup, language, licence, pii, quality  # noqa: E402, F401, I001

__all__ = ["FILTERS", "Filter", "FilterResult"]
