"""Filter version 27 (read off v22 after its one held-out measurement): a number a line break cuts
in running prose is read whole where a phone word announces it ("Ring me on 2803\\n9381 if ...");
a bracket around a whole number that holds its own area code is the text's ("call Jo (1 (212)
507-2721)"); an extension after a number makes it a phone ("8509140 App. 20", "poste 12");
German "unter" vouches for a five-digit line without another word. Phrasings of this session (not
copied from the labelled sets); each found case fails under version 26, and each kept case passes
under both."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text, number",
    [
        ("If the gate is shut, text me on 4471\n2093 and I'll come down.", "4471\n2093"),
        ("Mi número es 6620\n1834, escríbeme cuando llegues.", "6620\n1834"),
        ("For the keys, ring Dev (1 (415) 228-9016) after six.", "1 (415) 228-9016"),
        ("Sie erreichen mich im Büro unter 4471820 App. 14 bis mittags.", "4471820"),
        ("Wer mitfahren will, meldet sich unter 518 22.", "518 22"),
    ],
)
def test_version_27_finds(text, number):
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "We first met in 1999\n2001 was the year we moved.",  # no phone word before the cut
        "Totals per year 2023\n4512\n3321",  # a column, not a cut sentence
        "Pages 1234\n5678 words long, the thesis.",
        "Die Gemeinde liegt unter 40000 Einwohnern.",  # "unter" before a count
    ],
)
def test_version_27_keeps(text):
    assert _phones(text) == []
