"""Town names read from libphonenumber's geocoding data (phone_towns), and the features they give
the learned phone reading."""

from __future__ import annotations

from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.phone_learned import features
from reasonrl.data.filters.phone_towns import completes, named, towns
from reasonrl.data.filters.phone_words import lexicon


def _names(text: str) -> list[str]:
    return [name for _, _, name in named(text, DEFAULT_REGIONS)]


def test_the_geocoder_names_towns_with_the_prefixes_they_dial():
    index = towns(DEFAULT_REGIONS)
    assert ("49", "6221") in index["heidelberg"]
    assert ("1", "208") in index["boise"]  # NANP: the area code, not the exchanges the geocoder names
    assert ("55", "11") in index["sao paulo"]  # "São Paulo - SP", accents folded
    assert "boise" not in towns(("DE",))  # only the regions' country codes


def test_named_towns_are_capitalised_and_the_longest_run_wins():
    assert _names("If you're in Des Moines, just dial 606 6615") == ["des moines"]
    assert _names("She goes to the best reading group in Essen.") == ["essen"]  # lower case is no town
    assert _names("Nothing here, 0161 496 0000.") == []


def test_a_local_number_completes_with_its_towns_area_code_only():
    assert completes("73986", "heidelberg", DEFAULT_REGIONS)  # +49 6221 73986
    assert completes("3519033", "boise", DEFAULT_REGIONS)  # +1 208 351 9033
    assert not completes("1234567", "new delhi", DEFAULT_REGIONS)  # Delhi's numbers have eight digits
    assert not completes("12345678", "new delhi", DEFAULT_REGIONS) or completes(
        "22345678", "new delhi", DEFAULT_REGIONS
    )
    assert not completes("062217398", "heidelberg", DEFAULT_REGIONS)  # a trunk 0 writes its own area code
    assert not completes("73986", "atlantis", DEFAULT_REGIONS)


def _feats(text: str, number: str) -> list[str]:
    start = text.index(number)
    scored = dict(features(text, [], lexicon(DEFAULT_REGIONS), DEFAULT_REGIONS))
    return scored[(start, start + len(number))]


def test_the_features_say_where_a_town_makes_the_number_valid():
    text = "Praxis Dr. Weber\n\n(In Heidelberg reicht 73986.)\n\nVersicherungsschein 0000012."
    assert {"town=near", "town=near_ok"} <= set(_feats(text, "73986"))
    far = _feats(text, "0000012")  # a trunk 0: no local number, however near its town
    assert "town=near_ok" not in far and "town=doc_ok" not in far
    other = "Gruss aus Heidelberg.\n\nDer Code ist 73986."
    assert "town=doc_ok" in _feats(other, "73986") and "town=near" not in _feats(other, "73986")
