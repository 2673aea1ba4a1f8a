"""Compliance filters, one small class per rule, registered by name (datatrove style).

A filter takes a record and returns a FilterResult: the (possibly redacted) record to keep, or
None with the reasons it must be dropped.
"""

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult
from reasonrl.data.filters import licence as _licence, pii as _pii  # noqa: E402,F401

__all__ = ["FILTERS", "Filter", "FilterResult"]
