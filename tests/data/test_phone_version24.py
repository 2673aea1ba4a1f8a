"""Filter version 24 (read off v20 after its one held-out measurement): two groups joined by a
spaced dash or slash ("give Marcus a bell on 317 - 2662") are a candidate, a phone where a word or
a list announces it and never by default; a trunk 0 and its area code set off so stay as they
were. Phrasings of this session (not copied from the labelled sets); each found case fails under
version 23, and each kept case passes under both (a spaced slash after a phone word was read
before: "Tel. 712 / 30491")."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text, number",
    [
        ("If the van is late, ring Priya on 448 - 2210.", "448 - 2210"),
        ("Wer den Schlüssel braucht, ruft Jonas unter 712 - 3049 an.", "712 - 3049"),
        ("Helpers\nAnna Berg 551 - 2093\nOla Lind 552 - 7781\nIda Wahl 553 - 1180\n", "552 - 7781"),
    ],
)
def test_version_24_finds(text, number):
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Read pages 317 - 331 before Monday.", None),  # nothing announces a range
        ("Final score 105 - 112 after overtime", None),
        ("Gert (040 - 2241417) heeft de sleutel.", "040 - 2241417"),  # a trunk area code set off
    ],
)
def test_version_24_keeps(text, number):
    found = _phones(text)
    assert (number in found) if number else not any("317" in f or "105" in f for f in found)
