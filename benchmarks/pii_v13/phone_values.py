"""Which number a slot gets (region rules) and its sidecar entry."""

from __future__ import annotations

from . import phone_styles as st
from .locales import PLAN
from .phones import CC, SUBSCRIBER_REGIONS, Number, random_number


def entry(num: Number, text: str, mode: str) -> dict:
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": num.region,
        "e164": num.e164,
        "area_len": num.area_len,
    }


def _full(rng, region: str, mobile_share: float) -> Number:
    return random_number(rng, region, "mobile" if rng.random() < mobile_share else "fixed")


def local(rng, locale: str, mode: str) -> dict:
    """An announced (local-announced) or roster (list-entry) number for the locale's home plan."""
    region = PLAN[locale][0]
    share = 0.75 if mode == "local-announced" else 0.8
    if region in SUBSCRIBER_REGIONS and (region != "IN" or rng.random() < share):
        num = random_number(rng, region, "fixed", need_area=True)
        return entry(num, st.subscriber(rng, num), mode)
    num = _full(rng, region, 0.8 if region == "IN" else 0.5)
    return entry(num, st.national(rng, num), mode)


def national(rng, locale: str) -> dict:
    num = _full(rng, PLAN[locale][0], 0.5)
    return entry(num, st.national(rng, num), "national")


def international(rng, locale: str) -> dict:
    home, abroad = PLAN[locale]
    if abroad and rng.random() < 0.75:
        region = abroad
    else:
        region = rng.choice([r for r in CC if r != home])
    num = _full(rng, region, 0.5)
    writer = "US" if locale == "en_US" else home
    return entry(num, st.international(rng, num, writer), "international")


def service(rng, locale: str) -> dict:
    num = random_number(rng, PLAN[locale][0], "service")
    return entry(num, st.service(rng, num), "other")
