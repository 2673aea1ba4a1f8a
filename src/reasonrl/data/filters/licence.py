"""Licence allowlist: keep only records whose SPDX licence id the policy allows."""

from __future__ import annotations

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult


@FILTERS.register("licence_allowlist")
class LicenceAllowlist(Filter):
    name, version = "licence_allowlist", "1"

    def apply(self, record: dict) -> FilterResult:
        licence = record.get("licence")
        if not licence:
            return FilterResult(None, ["licence_missing"])
        allowed = {x.lower() for x in self.policy.allowed_licences}
        if str(licence).lower() not in allowed:
            return FilterResult(None, [f"licence_denied:{licence}"])
        return FilterResult(record)
