"""Per-document context: region, language, home town, and the factories for labelled phone values."""

from __future__ import annotations

import phonenumbers as pn

from . import people, phones
from . import phone_format as fmt
from .common import Value, chance, pick
from .phones import GEO, MOBILE, OTHER, OUTSIDE, SUBSCRIBER_REGIONS

LANG_OF = {
    "en_US": "en",
    "en_GB": "en",
    "en_IN": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "pt_BR": "pt",
    "de_AT": "de",
    "en_AU": "en",
    "fr_BE": "fr",
    "nl_BE": "nl",
    "de_CH": "de",
    "fr_CH": "fr",
    "en_IE": "en",
}
REGION_OF = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "de_AT": "AT",
    "en_AU": "AU",
    "fr_BE": "BE",
    "nl_BE": "BE",
    "de_CH": "CH",
    "fr_CH": "CH",
    "en_IE": "IE",
}
FOREIGN = ("US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR", "AT", "AU", "BE", "CH", "IE")


class Ctx:
    """Everything a template needs to fill its slots for one document."""

    def __init__(self, rng, locale: str, lang: str | None = None):
        self.rng = rng
        self.locale = locale
        self.region = REGION_OF[locale]
        self.lang = lang or LANG_OF[locale]
        self.outside = self.region in OUTSIDE
        self.town = pick(rng, phones.towns(self.region))
        self.cache: dict[str, object] = {}
        self.persons: dict[str, tuple[str, str]] = {}
        self.domain: str | None = None
        self.slug = "club"
        self.neg_kinds: list[str] = []

    # ---- people -------------------------------------------------------------------------
    def person(self, key: str = "") -> tuple[str, str]:
        if key and key in self.persons:
            return self.persons[key]
        p = (people.first(self.rng, self.locale), people.last(self.rng, self.locale))
        if key:
            self.persons[key] = p
        return p

    # ---- phones -------------------------------------------------------------------------
    def _value(self, num, mode: str, text: str, region: str, cut: int | None = None) -> Value:
        meta = {
            "mode": mode,
            "region": region,
            "e164": phones.e164(num),
            "area_len": phones.area_len(num) if cut is None else cut,
        }
        return Value("PHONE", text, meta)

    def intl(self, region: str | None = None, kind: str | None = None) -> Value:
        region = region or self.region
        kind = kind or (MOBILE if chance(self.rng, 0.45) else GEO)
        num, _ = phones.draw(self.rng, region, kind)
        return self._value(
            num, "international", fmt.international(self.rng, num, region, self.region), region
        )

    def foreign(self) -> Value:
        return self.intl(pick(self.rng, [r for r in FOREIGN if r != self.region]))

    def full(self, kind: str | None = None, intl_share: float = 0.15) -> Value:
        kind = kind or (MOBILE if chance(self.rng, 0.5) else GEO)
        if self.outside or chance(self.rng, intl_share):
            return self.intl(kind=kind)
        town = self.town if kind == GEO else None
        num, _ = phones.draw(self.rng, self.region, kind, town)
        return self._value(num, "national", fmt.national(self.rng, num, self.region), self.region)

    def subscriber(self, mode: str, kind: str = GEO) -> Value:
        num, _ = phones.draw(self.rng, self.region, kind, self.town if kind == GEO else None)
        cut = phones.area_len(num)
        return self._value(num, mode, fmt.subscriber(self.rng, num, self.region), self.region, cut)

    def announced(self) -> Value:
        """A number after a context word: subscriber-only where people write it so (70 %)."""
        if self.region in SUBSCRIBER_REGIONS and not self.outside and chance(self.rng, 0.75):
            kind = MOBILE if self.region == "BR" and chance(self.rng, 0.5) else GEO
            return self.subscriber("local-announced", kind)
        return self.full(intl_share=0.05)

    def entry(self) -> Value:
        """One entry of a phone roster."""
        if self.region in SUBSCRIBER_REGIONS and not self.outside and chance(self.rng, 0.8):
            kind = MOBILE if self.region == "BR" and chance(self.rng, 0.4) else GEO
            return self.subscriber("list-entry", kind)
        return self.full(kind=MOBILE if chance(self.rng, 0.6) else GEO, intl_share=0.0)

    def service(self) -> Value:
        if self.outside or not phones.PLANS[self.region][OTHER]:
            return self.full(kind=GEO)
        num, _ = phones.draw(self.rng, self.region, OTHER)
        return self._value(num, "other", fmt.service(self.rng, num, self.region), self.region)

    def area_prefix(self) -> str:
        """How a heading names the home area code ("0221", "(415)", "DDD 11" ...)."""
        num, _ = phones.draw(self.rng, self.region, GEO, self.town)
        area = phones.nsn_of(num)[: phones.area_len(num)]
        if self.region == "US":
            return pick(self.rng, [f"({area})", area, f"area code {area}"])
        if self.region == "BR":
            return pick(self.rng, [f"({area})", f"DDD {area}", area])
        if self.region in ("IT",):
            return area
        return "0" + area if pn.country_code_for_region(self.region) not in (1,) else area
