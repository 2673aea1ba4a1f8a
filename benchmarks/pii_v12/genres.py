"""Registry of the genres that carry values (and the prose negative-only documents)."""

from .genres_en import GENRES_EN
from .genres_eu import GENRES_EU
from .genres_rom import GENRES_ROM

GENRES = {}
for _key, _locs, _lang, _titles, _lines in GENRES_EN + GENRES_EU + GENRES_ROM:
    assert _key not in GENRES
    GENRES[_key] = {
        "locales": _locs.split(),
        "lang": _lang,
        "titles": _titles.split("|"),
        "lines": _lines.split("|"),
    }


def by_locale(locale):
    return sorted(k for k, g in GENRES.items() if locale in g["locales"])
