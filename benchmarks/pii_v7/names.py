"""Person names from Faker's static provider tables (read as data, no Faker generator), and towns."""

from __future__ import annotations

import importlib
import unicodedata

TABLE_LOCALE = {"en_AU": "en_GB"}

TOWNS = {
    "en_US": "Dayton|Boise|Fresno|Eugene|Salem|Tulsa|Duluth|Lansing|Provo|Macon|Albany|Billings",
    "en_GB": "Leeds|Bristol|Exeter|Norwich|York|Brighton|Cambridge|Oxford|Sheffield|Derby|Stockport",
    "en_IN": "Jaipur|Lucknow|Pune|Kochi|Nagpur|Indore|Patna|Bhopal|Chandigarh|Mysuru|Surat|Vadodara",
    "en_AU": "Ballarat|Geelong|Toowoomba|Wollongong|Bendigo|Cairns|Launceston|Mildura",
    "en_IE": "Dundalk|Drogheda|Sligo|Letterkenny|Athlone|Kilkenny|Tralee|Navan",
    "de_DE": "Kassel|Bamberg|Lüneburg|Gießen|Rostock|Ulm|Erfurt|Passau|Detmold|Bielefeld|Konstanz",
    "de_AT": "Salzburg|Wels|Villach|Dornbirn|Krems|Leoben|Steyr|Hallein",
    "de_CH": "Basel|Winterthur|Schaffhausen|Kreuzlingen|Olten|Aarau|Chur|Rheinfelden",
    "fr_FR": "Annecy|Nancy|Tours|Angers|Limoges|Pau|Brest|Colmar|Dijon|Rouen|Annemasse|Lille",
    "fr_BE": "Namur|Liège|Mons|Tournai|Arlon|Wavre|Charleroi|Mouscron",
    "fr_CH": "Genève|Lausanne|Neuchâtel|Sion|Fribourg|Nyon|Yverdon|Carouge",
    "es_ES": "Zaragoza|Burgos|Cáceres|Gijón|Murcia|Vigo|Huesca|Logroño|Lleida|Teruel|Almería",
    "it_IT": "Bergamo|Modena|Lecce|Trento|Perugia|Pavia|Rimini|Cagliari|Udine|Parma|Matera",
    "nl_NL": "Zwolle|Leiden|Deventer|Breda|Maastricht|Haarlem|Assen|Tilburg|Middelburg|Venlo",
    "nl_BE": "Gent|Brugge|Leuven|Hasselt|Mechelen|Turnhout|Aalst|Lier",
    "pt_BR": "Campinas|Londrina|Joinville|Maringá|Uberlândia|Sorocaba|Niterói|Juiz de Fora|Pelotas",
}

_CACHE: dict[str, tuple[list[str], list[str]]] = {}


def _tables(locale: str) -> tuple[list[str], list[str]]:
    if locale not in _CACHE:
        mod = importlib.import_module("faker.providers.person." + TABLE_LOCALE.get(locale, locale))
        prov = mod.Provider
        firsts = [n for n in prov.first_names if n.isascii() or n.isalpha()]
        lasts = [n for n in prov.last_names if "'" not in n]
        _CACHE[locale] = (list(firsts), list(lasts))
    return _CACHE[locale]


def first(rng, locale: str) -> str:
    return rng.choice(_tables(locale)[0])


def last(rng, locale: str) -> str:
    return rng.choice(_tables(locale)[1])


def full(rng, locale: str) -> str:
    return f"{first(rng, locale)} {last(rng, locale)}"


def town(rng, locale: str) -> str:
    return rng.choice(TOWNS[locale].split("|"))


def ascii_slug(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and (ch.isalnum())).lower()
