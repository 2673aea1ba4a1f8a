"""Rules over record metadata: licence allowlist, origin region and residency, consent."""

from __future__ import annotations

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult


@FILTERS.register("licence_allowlist")
class LicenceAllowlist(Filter):
    """Keep only records whose SPDX licence id is allowed (globally or for their source)."""

    name, version = "licence_allowlist", "1"

    def apply(self, record: dict) -> FilterResult:
        licence = record.get("licence")
        if not licence:
            return FilterResult.drop("licence_missing")
        allowed = (
            self.compliance.for_source(record.get("source")).allowed_licences
            or self.compliance.allowed_licences
        )
        if str(licence).lower() not in {x.lower() for x in allowed}:
            return FilterResult.drop(f"licence_denied:{licence}")
        return FilterResult(record)


@FILTERS.register("region")
class Region(Filter):
    """Origin region must be allowed; and where the compliance policy sets residency for that region, the
    pipeline's processing region must be one of the permitted ones."""

    name, version = "region", "1"

    def apply(self, record: dict) -> FilterResult:
        region = record.get("region")
        allowed = (
            self.compliance.for_source(record.get("source")).allowed_regions
            or self.compliance.allowed_regions
        )
        if allowed is not None:
            if not region:
                return FilterResult.drop("region_missing")
            if region not in allowed:
                return FilterResult.drop(f"region_denied:{region}")
        permitted = self.compliance.residency.get(region or "")
        if permitted is not None and self.compliance.processing_region not in permitted:
            return FilterResult.drop(f"residency:{region}->{self.compliance.processing_region}")
        return FilterResult(record)


@FILTERS.register("consent")
class Consent(Filter):
    """When consent is required (globally or for the source), the record must carry consent: true."""

    name, version = "consent", "1"

    def apply(self, record: dict) -> FilterResult:
        required = self.compliance.for_source(record.get("source")).consent_required
        required = self.compliance.consent_required if required is None else required
        if required and record.get("consent") is not True:
            return FilterResult.drop("consent_missing")
        return FilterResult(record)
