"""Town names read from libphonenumber's geocoding data (phone_towns), and the features they give
the learned phone reading."""

from __future__ import annotations

import random

from phonenumbers import is_valid_number, parse

from reasonrl.data.filters.phone import DEFAULT_REGIONS
from reasonrl.data.filters.phone_learned import features
from reasonrl.data.filters.phone_script import fold
from reasonrl.data.filters.phone_towns import area_code, completes, named, towns, valid_after
from reasonrl.data.filters.phone_words import lexicon
from reasonrl.data.filters.pii import rule_pass


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


def test_towns_written_in_devanagari_or_in_another_spelling_are_the_geocoders_towns():
    # the geocoder names India in English only, some of it in forms nobody writes ("Varansi")
    assert _names("पुणे से बिना कोड के: 4617-6596") == ["पुणे"]  # vowel signs are no \w: one word
    assert towns(DEFAULT_REGIONS)["पुणे"] == towns(DEFAULT_REGIONS)["pune"]
    assert "नई दिलली" in _names("नई दिल्ली में 2345 6789")  # folded: virama dropped, both sides
    assert _names("In Hyderabad or Varanasi, dial 2345 6789") == ["hyderabad", "varanasi"]
    assert completes("46176596", "पुणे", DEFAULT_REGIONS)  # +91 20 4617 6596
    assert not completes("46176596", "पुणे", ("DE", "US"))  # an alias names India's town only
    assert _names("वह कल बाज़ार गया था") == []  # "गया" (went) is Gaya too: not an alias


def test_a_local_number_completes_with_its_towns_area_code_only():
    assert completes("73986", "heidelberg", DEFAULT_REGIONS)  # +49 6221 73986
    assert completes("3519033", "boise", DEFAULT_REGIONS)  # +1 208 351 9033
    assert not completes("1234567", "new delhi", DEFAULT_REGIONS)  # Delhi's numbers have eight digits
    assert not completes("12345678", "new delhi", DEFAULT_REGIONS) or completes(
        "22345678", "new delhi", DEFAULT_REGIONS
    )
    assert not completes("062217398", "heidelberg", DEFAULT_REGIONS)  # a trunk 0 writes its own area code
    assert not completes("73986", "atlantis", DEFAULT_REGIONS)


def _valid_after_47(digits: str, prefixes: tuple[tuple[str, str], ...]) -> bool:
    """Version 47's rule, kept to compare: digits begin with the rest of some prefix."""
    if digits.startswith("0") or not 4 <= len(digits) <= 10:
        return False
    for cc, prefix in prefixes:
        for k in range(1, len(prefix) + 1):
            if digits.startswith(prefix[k:]) and is_valid_number(parse(f"+{cc}{prefix[:k]}{digits}")):
                return True
    return False


def test_a_town_completes_by_its_whole_area_code_of_two_digits_or_more():
    # the geocoder names Harrogate by 14230-14232 and 14235-14238; 01423 310264 is Harrogate's
    # (v69's leak under version 47, read; version 52)
    assert completes("310264", "harrogate", ("GB",)) and not _valid_after_47(
        "310264", towns(("GB",))["harrogate"]
    )
    # France's area codes are one digit: "2" + any valid eight digits would complete Rouen (22700, ...)
    assert is_valid_number(parse("+33212345678"))
    assert not completes("12345678", "rouen", DEFAULT_REGIONS)


def test_every_completion_version_47_accepts_is_still_accepted():
    # version 50's town rule lost 2,650 of 40,000 such draws (a number tried under one prefix was
    # not tried again under another): this draw is what caught it
    index = towns(DEFAULT_REGIONS)
    names, draw = sorted(index), random.Random(24)
    for _ in range(3000):
        prefixes = index[draw.choice(names)]
        digits = str(draw.randint(1, 9)) + "".join(
            draw.choice("0123456789") for _ in range(draw.randint(3, 9))
        )
        assert valid_after(digits, prefixes) or not _valid_after_47(digits, prefixes), (digits, prefixes)


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


def test_a_town_before_the_number_on_its_line_announces_it_a_postcode_before_its_town_does_not():
    text = "Within Nottingham: 854 3990 (no code needed).\nPost: 12 High St, NG1 5AA.\n\n69117 Heidelberg"
    assert "town=line_ok" in _feats(text, "854 3990")  # +44 115 854 3990
    flyer = 'Auf dem Flyer: "Rostock 20960-03".'  # a town right before it: +49 381 2096003
    assert {"town=line_ok", "town=next_ok"} <= set(_feats(flyer, "20960-03"))
    twice = "Derby 449232 and Derby 449233"  # the nearest town decides, not the first on the line
    assert "town=next_ok" in _feats(twice, "449233")
    farther = "In Nottingham the desk, for all queries, is 854 3990."
    assert "town=line_ok" in _feats(farther, "854 3990") and "town=next_ok" not in _feats(farther, "854 3990")
    postcode = _feats(text, "69117")  # it completes a Heidelberg number, but it stands before the town
    assert "town=line_ok" not in postcode and "town=near_ok" in postcode


def test_a_town_on_the_line_above_announces_a_number_that_opens_its_line():
    assert "town=above_ok" in _feats("Aus Heidelberg:\n73986", "73986")  # +49 6221 73986
    assert "town=above_ok" in _feats("Para quem liga de Maringá:\n3054-6828 Casa", "3054-6828")
    assert "town=above_ok" not in _feats("Aus Heidelberg:\nRuf 73986", "73986")  # not its line's opening
    assert "town=above_ok" not in _feats("Aus Heidelberg:\n\n73986", "73986")  # a blank line between
    assert "town=above_ok" not in _feats("Aus Atlantis:\n73986", "73986")  # no town: nothing completes
    # a town that completes it and a phone word before it: both say so together (version 45)
    assert "town=line_ok&lex" in _feats("Within Nottingham, ring 854 3990.", "854 3990")
    assert "town=line_ok&lex" not in _feats("Within Nottingham, room 854 3990.", "854 3990")


def test_a_towns_german_or_dutch_adjective_names_the_town():
    assert _names("von Konstanzer Festnetzanschlüssen") == ["konstanz"]  # version 53, v92's leak
    assert _names("Utrechtse nummers en Heidelberger Nummern") == ["utrecht", "heidelberg"]
    assert _names("Ask the Reader, then the Manager.") == []  # no town's adjective: nothing
    assert _names("Essener Str. 4, Essen") == ["essen", "essen"]
    # only a German- or Dutch-speaking country's town: English words are no American towns' adjectives
    # (version 54 read "Order" as Ord, Nebraska, and took the guard's order row at 0.115)
    assert _names("Order: 733 1045. Poster, Mother and Leader") == []
    assert "town=line_ok" not in _feats("Invoice: 418 2290\nOrder: 733 1045", "733 1045")
    # the adjective completes the number as its town does: +49 7531 82570
    assert "town=near_ok" in _feats("So erreichen Sie uns von Konstanzer Festnetzen aus: 82 570.", "82 570")


def test_an_announcement_farther_off_in_its_paragraph_joins_a_town_that_completes_it():
    text = "Local number for the Kolkata godown, written on the gate board:\n2779-4014"  # v93's leak
    feats = _feats(text, "2779-4014")  # +91 33 2779 4014; "Local number" is 64 characters back
    assert {"town=above_ok", "lexfar=phone", "town=above_ok&far"} <= set(feats) and "lex=phone" not in feats
    apart = "Local number for the Kolkata godown, written on the gate board.\n\nKolkata:\n2779-4014"
    assert "lexfar=phone" not in _feats(apart, "2779-4014")  # another paragraph says nothing of it
    after = "24 626 – so erreichen Sie von Konstanzer Festnetzanschlüssen den Verband."
    assert {"lexRfar=phone", "town=near_ok&far"} <= set(_feats(after, "24 626"))  # +49 7531 24626
    assert "town=near_ok&far" not in _feats("24 626 – so erreichen Sie den Konstanzer Verband.", "24 626")


def test_words_for_a_local_number_are_phone_words():
    words = lexicon(DEFAULT_REGIONS)
    for text in ("(beides Ortsanschlüsse in Leipzig)", "Raiffeisenmarkt (Ortsnummer):", "número local",
                 "sem o código de área", "पुणे से बिना कोड के", "korte nummer", "local call",
                 "Indore branch - local no. 645-4616", "Ortsruf 5 03 89", "local nr 4421"):  # fmt: skip
        assert words.phone.search(fold(text)), text
    for text in ("Ortsteil Mitte, Lokal am Markt", "no local knowledge", "Ortsrand", "locale no. 4"):
        assert not words.phone.search(fold(text)), text


def test_the_area_codes_of_a_documents_phones_complete_its_local_numbers():
    numbers = ["(01904) 661 327", "+44 (0)7740 305076", "0451 364113", "no number"]
    areas = [area_code(n, DEFAULT_REGIONS) for n in numbers]
    assert areas == [("44", "1904"), None, ("49", "451"), None]  # a mobile has no area; text is no number
    dialled = (("44", "1904"), ("49", "451"))
    assert valid_after("204340", dialled)  # +44 1904 204340
    assert not valid_after("0204340", dialled)  # a trunk 0 writes its own area code
    assert not valid_after("204340", ())
    text = "Ring (01904) 661 327 and quote the reference.\nIf you're calling from town, just 204 340."
    ruled = [(s.kind, s.start, s.end) for s in rule_pass(text, DEFAULT_REGIONS)]
    assert ("PHONE", 5, 20) in ruled  # the rules' phone gives its area code
    scored = dict(features(text, ruled, lexicon(DEFAULT_REGIONS), DEFAULT_REGIONS))
    start = text.index("204 340")
    assert "area=doc_ok" in scored[(start, start + 7)]
    alone = 'On the van: "Derby 449232"'  # the rules read it as 04492 32, a German number
    ruled = [(s.kind, s.start, s.end) for s in rule_pass(alone, DEFAULT_REGIONS)]
    assert ruled == [("PHONE", 19, 25)] and area_code("449232", DEFAULT_REGIONS) == ("49", "4492")
    own = dict(features(alone, ruled, lexicon(DEFAULT_REGIONS), DEFAULT_REGIONS))[(19, 25)]
    assert "area=doc_ok" not in own  # its own area code says nothing of it (version 42 let it)
    cut = "Tel.: 0431 / 49786 90"  # a piece of a rule phone: that phone's area is its own too
    ruled = [(s.kind, s.start, s.end) for s in rule_pass(cut, DEFAULT_REGIONS)]
    assert ruled == [("PHONE", 6, 21)] and area_code("0431 / 49786 90", DEFAULT_REGIONS) == ("49", "431")
    scored = dict(features(cut, ruled, lexicon(DEFAULT_REGIONS), DEFAULT_REGIONS))
    assert (13, 21) in scored and "area=doc_ok" not in scored[(13, 21)]  # version 43 let it
    assert "area=doc_ok" not in _feats(text, "204 340")  # no rule phone given, no area
