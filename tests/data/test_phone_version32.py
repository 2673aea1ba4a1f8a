"""Filter version 32 (read off v26 after its one held-out measurement): a log line's Unix time
stamp ("1715326910 INFO ..."), the head of a code with a slash ("2024/S 123-456789", a tender
notice), a ZIP closing its line after the town and a comma ("Denver, 80202-1234") and identifiers
named PMID, FIDE, patent or combination are no phones; inline HTML tags ("<b>Tel</b>") are layout,
and a LaTeX table row's cells ("Ann Lee & Mon & 01865-673427 \\\\\\\\") read as a pipe table's.
Phrasings of this session (not copied from the labelled sets); each found or refused case fails
under version 31, each kept case passes under both."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans
from reasonrl.data.filters.phone_script import unmarked


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text",
    [
        "1717001234 INFO t=3.21 rollout done\n1717001240 INFO t=9.80 saved\n",
        "Notice number: 2025/S 118-402211\n",
        "Shipping from\nMaple Supply\nDenver, 80202-1234\n",
        "Write the PMID (38120477) on the back of the form.",
    ],
)
def test_version_32_refuses(text):
    assert _phones(text) == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("Questions?\n\n<b>Tel</b> 07411-604417\n", "07411-604417"),
        ("<b>Appeler</b> +33 1 44 18 20 93\n", "+33 1 44 18 20 93"),
    ],
)
def test_version_32_finds(text, number):
    assert number in _phones(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("2023-04-14 11:33:15 INFO call 0171 2345678 failed", "0171 2345678"),  # a number in a log
        ("Ring 1715326910 tomorrow", "1715326910"),  # ten digits in prose, no log
        ("x <b> 3 and y</b> 4", None),
    ],
)
def test_version_32_keeps(text, number):
    found = _phones(text)
    assert (number in found) if number else found == []


def test_a_latex_table_row_reads_as_a_pipe_table_of_the_same_length():
    row = "Ann Lee & Mon & 01865-673427 \\\\\n"
    assert unmarked(row) == "Ann Lee | Mon | 01865-673427   \n"
    assert unmarked("a & b") == "a & b"  # no row end: an ampersand of prose
