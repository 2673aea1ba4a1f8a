"""Filter version 33 (read off v27 after its one held-out measurement): chevrons around a line, or
a line and the next, are a banner (">>> Tel. 2700803 <<<"), no comparison and no Python prompt;
more identifier nouns (prescription, routing "ruta"/"roteamento", loans "préstamo",
"finanziamento", Hindi health cards). Nouns of things people call about ("raffle", "tombola",
"returns", French "prêt") stay out: each lost real phones on earlier writers ("Raffle queries:
..."). Phrasings of this session (not copied from the labelled sets); each found or refused case
fails under version 32, each kept case passes under both."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Notice\n\n>>> (Tel.) 4417209 <<<\n", "4417209"),
        (">>> Büro:\n0228 4417209 <<<\n", "0228 4417209"),
        (">>> FIJO +34 912 07 36 34 <<<", "+34 912 07 36 34"),
    ],
)
def test_version_33_finds(text, number):
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please quote your prescription number 4471209 on all correspondence.",
        "Vuelven a pedir: préstamo (4417-209311).",
        "Se serve – finanziamento 4417-209311.",
    ],
)
def test_version_33_refuses(text):
    assert _phones(text) == []


@pytest.mark.parametrize(
    "text, number",
    [
        (">>> x = 5551234\n>>> y < 3\n", None),  # a Python prompt, no banner
        ("Raffle queries: ring Ann on 441 2093", "441 2093"),
    ],
)
def test_version_33_keeps(text, number):
    found = _phones(text)
    assert (number in found) if number else found == []
