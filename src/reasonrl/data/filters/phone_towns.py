"""Towns and the area codes they dial, from libphonenumber's own geocoding data, so a local number
written without its area code can be read as the phone it is where the text names its town:
"(In Heidelberg reicht 73986.)" is +49 6221 73986, "If you're in Boise, dial 351 9033" is
+1 208 351 9033.

    towns(regions) -> {folded town name: ((country code, national prefix), ...)}
    named(text, regions) -> [(start, end, name), ...]     capitalised town names in text, 1-3 words
    completes(digits, name, regions) -> True when some area code of the town before digits is a
                                        valid number (libphonenumber), digits read as its subscriber part
    area_code(number, regions) -> (country code, area code) of a geographic number as written, or None
    valid_after(digits, prefixes) -> True when some (country code, prefix) before digits is valid

Why libphonenumber's data: it names every German Ortsnetz, British area and NANP exchange with the
prefixes they dial, so no list of towns has to be kept here (the writers of the held-out sets draw
their towns from the same numbering plans: a town no geocoder knows is simply not read).
"""

from __future__ import annotations

import re
from functools import lru_cache

from phonenumbers import (
    NumberParseException,
    country_code_for_region,
    is_valid_number,
    length_of_geographical_area_code,
    national_significant_number,
    parse,
)

from reasonrl.data.filters.phone_script import DEVANAGARI, fold
from reasonrl.data.filters.phone_town_names import ALIASES

# a capitalised word ("Des", "Moines", "São", "Heidelberg") or a Devanagari one, which has no
# capitals ("पुणे": its vowel signs are no \w); names run 1-3 such words
_CAPITAL = re.compile(rf"(?<![\w{DEVANAGARI}])[{DEVANAGARI}]+|(?<!\w)[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)*")
MAX_WORDS = 3
# German and Dutch adjectives of a town: "von Konstanzer Festnetzanschlüssen", "Utrechtse nummers"
# (version 53, from v92's leak under 52); English writes none ("a Derby number"). Only a town of a
# German- or Dutch-speaking country (Germany, Austria, Switzerland, the Netherlands, Belgium): read
# for any town, "Order" was Ord, Nebraska, and "Poster" Post, Texas (version 55, from version 54's
# guard "Order: 733 1045" at P 0.115: +308 733 1045 is a valid number)
_DEMONYM = ("er", "se")
_DEMONYM_CODES = frozenset(str(country_code_for_region(r)) for r in ("DE", "AT", "CH", "NL", "BE"))
# NANP and Brazil: the geocoder names exchanges (NPA-NXX "208336", "551120"), but a local number
# follows the area code alone (three digits, two), whatever its exchange
_AREA = {"1": 3, "55": 2}


def _names(description: str) -> set[str]:
    """The town names of a geocoder description: "Boise, ID" -> boise; "São Paulo - SP" -> sao paulo;
    "Ghaziabad/Dadri, Uttar Pradesh" -> ghaziabad, dadri."""
    head = re.split(r",| - | \(", description)[0]
    return {fold(part).strip() for part in head.split("/") if part.strip()}


@lru_cache(maxsize=8)
def towns(regions: tuple[str, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Every town the geocoder names in the regions' country codes, with the national prefixes it
    is named for (Heidelberg: ("49", "6221"); Boise: ("1", "208"))."""
    # imported here: the geocoder's 287k prefixes cost 0.16 s, paid by the first document, not by
    # every process that imports the PII filter
    from phonenumbers.geodata import GEOCODE_DATA

    codes = sorted({str(country_code_for_region(r)) for r in regions} - {"0"}, key=len, reverse=True)
    index: dict[str, set[tuple[str, str]]] = {}
    for prefix, descriptions in GEOCODE_DATA.items():
        cc = next((c for c in codes if prefix.startswith(c)), None)
        if cc is None or len(prefix) <= len(cc):
            continue
        for description in descriptions.values():
            for name in _names(description):
                if len(name) > 2:
                    index.setdefault(name, set()).add((cc, prefix[len(cc) :][: _AREA.get(cc)]))
    for alias, town in ALIASES.items():  # "पुणे", "Bengaluru": names the geocoder does not use
        if town in index:
            index.setdefault(fold(alias), set()).update(index[town])
    return {name: tuple(sorted(p)) for name, p in index.items()}


def named(text: str, regions: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The capitalised runs of 1-3 words in text that name a town of the regions, longest first at
    each place ("Des Moines", not "Des"), or one word that is a town's adjective ("Konstanzer":
    "konstanz")."""
    index, words = towns(regions), list(_CAPITAL.finditer(text))
    out = []
    for i in range(len(words)):
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + n]
            if any(text[a.end() : b.start()] not in (" ", "-") for a, b in zip(run, run[1:], strict=False)):
                continue
            name = fold(text[run[0].start() : run[-1].end()])
            if n == 1 and name not in index:  # a town's adjective names it too
                name = _adjective(name, index) or name
            if name in index:
                out.append((run[0].start(), run[-1].end(), name))
                break
    return out


def _adjective(word: str, index: dict[str, tuple[tuple[str, str], ...]]) -> str | None:
    """The town a folded German or Dutch adjective names ("konstanzer" -> "konstanz"), or None."""
    stem = next((word[: -len(s)] for s in _DEMONYM if word.endswith(s)), None)
    return stem if any(cc in _DEMONYM_CODES for cc, _ in index.get(stem, ())) else None


@lru_cache(maxsize=1 << 14)
def completes(digits: str, name: str, regions: tuple[str, ...]) -> bool:
    """True when digits, read as a subscriber number, follow some area code of the named town to
    make a valid number (`valid_after`)."""
    return valid_after(digits, towns(regions).get(name, ()))


@lru_cache(maxsize=1 << 12)
def area_code(raw: str, regions: tuple[str, ...]) -> tuple[str, str] | None:
    """(country code, area code) of a number as written, read in the first region where it is valid:
    "(01904) 661 327" -> ("44", "1904"); None when it is no valid number or has no area (a mobile).
    A document's other numbers say which area its local ones are in ("Ring (01904) 661 327 ...
    locally 204 340")."""
    for _, number in readings(raw, regions):
        if is_valid_number(number):
            area = length_of_geographical_area_code(number)
            return (str(number.country_code), national_significant_number(number)[:area]) if area else None
    return None


def readings(raw: str, regions: tuple[str, ...]):
    """(region, number) for each region in which libphonenumber parses raw, in order."""
    for region in regions:
        try:
            yield region, parse(raw, region)
        except NumberParseException:
            continue


@lru_cache(maxsize=1 << 14)
def valid_after(digits: str, prefixes: tuple[tuple[str, str], ...]) -> bool:
    """True when digits, read as a subscriber number, follow some (country code, prefix) to make a
    valid number (libphonenumber): the prefix's first k digits, then digits, where either digits
    begin with the prefix's rest (Sheffield's "1142" + "2 123 456" -> "114 2123456") or the first k
    are the whole area code of the number made, two digits or more (the geocoder names Harrogate by
    "14230"-"14232" and "14235"-"14238", yet "Local to Harrogate: 31 0264" is 01423 310264: version
    52, from v69's leak; a one-digit area code, France's, would complete any valid eight digits)."""
    if digits.startswith("0") or not 4 <= len(digits) <= 10:
        return False  # a trunk 0 writes the area code itself: no local number
    for cc, prefix in prefixes:
        for k in range(1, len(prefix) + 1):
            area = _area(cc, prefix[:k] + digits)
            if area is not None and (digits.startswith(prefix[k:]) or area == k >= 2):
                return True
    return False


@lru_cache(maxsize=1 << 14)
def _area(cc: str, national: str) -> int | None:
    """The area code's length of +cc national when libphonenumber calls it valid (0: no area, a
    mobile), else None. Asked once per number: prefixes of one town share their first digits."""
    try:
        number = parse(f"+{cc}{national}")
    except NumberParseException:
        return None
    return length_of_geographical_area_code(number) if is_valid_number(number) else None
