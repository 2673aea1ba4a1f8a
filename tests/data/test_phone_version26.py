"""Filter version 26 (read off v21's false alarms): four or more groups of one to three digits
without a trunk 0 are a list of small numbers (sizes, scores, counts a day), not a phone, unless
they are four pairs (the first perhaps one digit: a local number "43 05 58 53") or a valid
national number. Phrasings of this session (not copied from the labelled sets); each refused case
is a phone under version 25, and each kept case passes under both."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text",
    [
        "Bowling night, our four games: 212 187 243 198",
        "Schuhgrößen der Mannschaft: 42 44 39 41 43 40",
        "Puntos por ronda = 145 62 131 87 96",
    ],
)
def test_version_26_refuses_lists_of_small_numbers(text):
    assert _phones(text) == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("Rückruf bitte unter 43 05 58 53.", "43 05 58 53"),  # four pairs: a local number
        ("Büro: 5 93 43 53 (vormittags)", "5 93 43 53"),
        ("Llámame al 832 66 95 97 por la tarde.", "832 66 95 97"),  # a valid Spanish number
        ("Appelez le 01 42 68 53 00 avant midi.", "01 42 68 53 00"),  # a trunk 0
    ],
)
def test_version_26_keeps_phones_written_in_small_groups(text, number):
    assert number in _phones(text)
