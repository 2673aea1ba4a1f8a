"""Filter version 34 (a review of versions 25-33 on its own sentences, no labelled set read): a
number cut by a line break is redacted whole even where part of it was found ("0161\\n496 0000"),
two capitals before a number no longer refuse it ("PHONE NO 2345678", "Call JB 4471 2290": the
rule of version 29 is gone), a line word is no town before an Indian PIN ("Office - 234567"), an
IBAN cut back from the words after it has its country's length, and stars that mask digits are
no banner. Each found case fails under version 33, each kept case passes under both."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans
from reasonrl.data.filters.phone_script import unmarked
from reasonrl.data.filters.pii import detect_pii


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Ring me on 0161\n496 0000 tomorrow.", "0161\n496 0000"),
        ("PHONE NO 2345678", "2345678"),
        ("CALL US 555 0199", "555 0199"),
        ("Call JB 4471 2290 after six.", "4471 2290"),
        ("Ramesh Traders, 108 Grover Chowk, Office - 234567", "234567"),
    ],
)
def test_version_34_finds(text, number):
    assert number in _phones(text)


def test_an_iban_cut_back_has_its_countrys_length():
    text = "IBAN ES91 2100 0418 4502 0005 1332 attn Maria"
    assert [text[p.start : p.end] for p in detect_pii(text) if p.kind == "IBAN"] == [
        "ES91 2100 0418 4502 0005 1332"
    ]


def test_stars_that_mask_digits_are_no_banner():
    assert unmarked("+44 7700 ***123") == "+44 7700 ***123"
    assert unmarked("*** Call 468.9824 ***") == "    Call 468.9824    "
