"""Person names from Faker's static provider tables, drawn with our own seeded RNG.

Faker's generator methods are not used, so nothing depends on Python's hash seed.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from .common import pick

NAME_SOURCE = {
    "en_US": "en_US",
    "en_GB": "en_GB",
    "en_IN": "en_IN",
    "de_DE": "de_DE",
    "fr_FR": "fr_FR",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "pt_BR": "pt_BR",
    "de_AT": "de_AT",
    "en_AU": "en_GB",
    "fr_BE": "fr_BE",
    "nl_BE": "nl_BE",
    "de_CH": "de_CH",
    "fr_CH": "fr_CH",
    "en_IE": "en_IE",
}


@lru_cache(maxsize=None)
def _tables(locale: str):
    mod = importlib.import_module("faker.providers.person." + NAME_SOURCE[locale])
    prov = mod.Provider
    firsts = [n for n in list(prov.first_names) if n.isalpha() or "-" in n]
    lasts = [n for n in list(prov.last_names) if not n.startswith("'")]
    return sorted(set(firsts)), sorted(set(lasts))


def first(rng, locale: str) -> str:
    return pick(rng, _tables(locale)[0])


def last(rng, locale: str) -> str:
    return pick(rng, _tables(locale)[1])


def full(rng, locale: str) -> str:
    return f"{first(rng, locale)} {last(rng, locale)}"


def initial_last(rng, locale: str) -> str:
    return f"{first(rng, locale)[0]}. {last(rng, locale)}"
