"""Filter version 30 (read off v23's misses, a development set since version 28): the words a
business letter labels its lines with (Dutch "Doorkiesnummer", Hindi "दूरभाष", "फ़ैक्स",
"लैंडलाइन"), and a trunk 0 and its groups set off by two blanks, as PDF text spaces them
("011  3157  3721"); a table's columns without a trunk 0 stay apart. Phrasings of this session (not
copied from the labelled sets); each found case fails under version 29, each kept case passes
under both."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Met vriendelijke groet,\nAnouk Smit\nDoorkiesnummer 612 408\n", "612 408"),
        ("कंपनी लि.   लैंडलाइन – 4208204   पृष्ठ 1 / 2", "4208204"),
        ("Dana Price\nOffice manager\nM          07412  551873\nPh.         4417209\n", "07412  551873"),
    ],
)
def test_version_30_finds(text, number):
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "Player            G1   G2   G3   Series\nAoife Byrne       214  105  148  467\n",
        "Totals  2023  4512  3321",
    ],
)
def test_version_30_keeps_columns_apart(text):
    assert _phones(text) == []
