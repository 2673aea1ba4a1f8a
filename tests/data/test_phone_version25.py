"""Filter version 25 (read off v21 after its one held-out measurement): a number grouped in
thousands after a preposition one reaches a line by ("reached on 972.271", "bereikbaar op
508.706", "unter 287.431") or before Hindi's postposition ("392.349 pe milega") is no count; a
German number valid with its trunk 0 may run to fifteen digits in two or three groups. Phrasings
of this session (not copied from the labelled sets); each found case fails under version 24, and
each kept case passes under both."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text, number",
    [
        ("The verger can usually be reached on 614.203 after evensong.", "614.203"),
        ("Fragen zur Anmeldung: Frau Ott ist dienstags unter 318.772 da.", "318.772"),
        ("Voor de sleutel kun je terecht bij Rik op 702.415 na zessen.", "702.415"),
        ("Chabi ke liye Meena ji 481.306 pe milengi.", "481.306"),
        ("Der Hausmeister der Schule: 038851 47720311", "038851 47720311"),
        ("Heizungsdienst der Halle: 0361 75742425274", "0361 75742425274"),
    ],
)
def test_version_25_finds(text, number):
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "The appeal raised 614.203 euros on the night.",  # money after it
        "Die Gemeinde zählt 318.772 Einwohner.",  # a count named by its noun
        "On 702.415 hectares the harvest failed.",  # a preposition, and the unit after it
        "Der Kreis liegt mit 318.772 Einwohnern unter 402.115 Einwohnern.",  # counted things after it
        "Einwohner der Dörfer = 30.440; 39.766; 31.796",  # thousands, nothing reached
        "Chip 830 694 871 386 246 registered to the dog",  # fifteen digits without a trunk 0
        "Sendung 0034 0434 1610 9404",  # no valid German number
    ],
)
def test_version_25_keeps(text):
    assert _phones(text) == []
