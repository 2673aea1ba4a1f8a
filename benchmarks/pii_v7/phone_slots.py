"""Phone values for each labelling mode, as sidecar entries."""

from __future__ import annotations

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F

from benchmarks.pii_v7.numbering import CLOSED_PLAN_REGIONS, SUBSCRIBER_REGIONS
from benchmarks.pii_v7.phone_format import intl_text, national_text, other_text
from benchmarks.pii_v7.phones import make_number, subscriber_text


def _entry(mode: str, text: str, region: str, num) -> dict:
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": pn.format_number(num, F.E164),
        "area_len": pn.length_of_geographical_area_code(num),
    }


def _line_kind(rng, mobile_share: float = 0.45) -> str:
    return "mobile" if rng.random() < mobile_share else "fixed"


def national(rng, region: str) -> dict:
    num = make_number(rng, region, _line_kind(rng))
    return _entry("national", national_text(num, region, rng), region, num)


def international(rng, region: str, writer: str) -> dict:
    num = make_number(rng, region, _line_kind(rng))
    return _entry("international", intl_text(num, region, writer, rng), region, num)


def other(rng, region: str) -> dict:
    num = make_number(rng, region, "free")
    return _entry("other", other_text(num, region, rng), region, num)


def _local(rng, region: str, mode: str, subscriber_share: float) -> dict:
    if region in CLOSED_PLAN_REGIONS:
        num = make_number(rng, region, _line_kind(rng, 0.5))
        return _entry(mode, national_text(num, region, rng), region, num)
    if region not in SUBSCRIBER_REGIONS:
        raise ValueError(f"no local numbers for {region}")
    if region == "IN" and rng.random() >= subscriber_share:
        num = make_number(rng, region, _line_kind(rng, 0.85))
        return _entry(mode, national_text(num, region, rng), region, num)
    kind = "fixed"
    if region == "BR" and rng.random() < 0.5:
        kind = "mobile"
    if region == "US":
        kind = "fixed"
    num = make_number(rng, region, kind, subscriber=True)
    return _entry(mode, subscriber_text(num, rng, region), region, num)


def announced(rng, region: str) -> dict:
    return _local(rng, region, "local-announced", 0.75)


def list_entry(rng, region: str) -> dict:
    return _local(rng, region, "list-entry", 0.8)
