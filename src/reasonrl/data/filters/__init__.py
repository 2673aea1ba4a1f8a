"""Compliance filters, one small class per rule, registered by name (datatrove style).

A filter takes a record and returns a FilterResult: the (possibly redacted) record to keep, or
None with the reasons it must be dropped. `reasonrl list filters` shows them.
"""

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult
from reasonrl.data.filters import (  # noqa: E402,F401  (importing registers them)
    decontam as _decontam, dedup as _dedup, language as _language, licence as _licence, pii as _pii,
    quality as _quality,
)

__all__ = ["FILTERS", "Filter", "FilterResult"]
