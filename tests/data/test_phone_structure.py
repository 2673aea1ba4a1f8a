"""The rules of filter version 10, written from v8's false alarms and leaks: refusals read from a
number's written form (slashes, columns, drawn numbers), how a phrase's head noun is found (a
weak word after an identifier or a phone word), identifier words on another line, North
America's exit code, and a directory's siblings that are notations. Phrasings of this session,
none taken from a labelled set; each positive case fails without its rule, each counter-case
guards what the rule must not break."""

import pytest

from reasonrl.data.filters.phone_notation import slashed
from reasonrl.data.filters.phone_quantity import quantity
from tests.data.pii_cases import phone_covers, phone_touches


@pytest.mark.parametrize(
    "text, value",
    [
        # three slashed parts: a tax number, a tender's or a file's reference
        ("Zuteilung 2741/509/33 bitte bis Freitag bestätigen.", "2741/509/33"),
        ("Allocation 310/882/40715 confirmed by the board", "310/882/40715"),
        # figures aligned in columns by runs of blanks
        ("Results\n412   37   905   Team Blue\n388   41   870   Team Red", "412   37   905"),
        ("Pews booked\n614   58   903   Choir", "614   58   903"),
        # five rising pairs that no trunk 0 opens: drawn numbers
        ("Winning numbers tonight: 12 19 33 41 47", "12 19 33 41 47"),
        # a directory's sibling whose form is a notation: a week of a year
        ("Hausmeister: 0351 4477120\nWoche: 14/2026", "14/2026"),
        # identifier words of the card, voucher, cheque and work-order kinds in the policy's languages
        ("Kundenkarte 4471 209 8815 bitte vorzeigen", "4471 209 8815"),
        ("Tarjeta de fidelidad 4410 2287 631", "4410 2287 631"),
        ("Buono regalo 3301 7754 valido un anno", "3301 7754"),
        ("Werkbon 552 9031 is afgetekend", "552 9031"),
        ("Chq 448120 cleared on Monday", "448120"),
        ("Cartão fidelidade 7781 2290-114", "7781 2290-114"),
    ],
)
def test_a_written_form_or_a_label_says_what_the_number_is(text, value):
    assert not phone_touches(text, value), text


@pytest.mark.parametrize(
    "text, value",
    [
        # an English compound ends in its head noun: a customer line is a line
        ("Customer line 496 0734, weekdays only", "496 0734"),
        # a phone word qualifies the weak word after it, even across a line break
        ("Telefonisch erreichbar (nur vormittags):\n47193", "47193"),
        ("Phone enquiries 52817", "52817"),
        # an identifier word on an earlier line does not label a number whose line has its own words
        ("Billing: see invoice\nHeadquarters 0032 2 511 47 80", "0032 2 511 47 80"),
        # North America's exit code before a country code
        ("From the US: 011 33 1 42 68 53 00", "011 33 1 42 68 53 00"),
        ("Grandma (overseas) 011 1 312 555 0148", "011 1 312 555 0148"),
        # a verb's other forms
        ("Wer Fragen hat, ruft Anna unter 47193 an.", "47193"),
        # an Indian mobile's rising halves ending in 0 are no round range
        ("Office: 81230-94560", "81230-94560"),
    ],
)
def test_phones_these_rules_now_find(text, value):
    assert phone_covers(text, value), text


@pytest.mark.parametrize(
    "text, value",
    [
        ("Tel. 0351/5694563", "0351/5694563"),  # one slash: area code and subscriber
        ("Tél. 01 16 21 22 32", "01 16 21 22 32"),  # rising pairs, announced
        ("Appelez Lise au 06 12 23 34 45 ce soir", "06 12 23 34 45"),  # rising pairs after a trunk 0
        ("Delhi office 011 2833 9529", "011 2833 9529"),  # Delhi's 011 is no exit code
        ("Ring 412 3790, ask for Sam", "412 3790"),  # one blank between groups is a grouping
        ("Members' line (local rate) 0345 221 9087", "0345 221 9087"),
        ("Telefonkarte leer? Ruf 0351 4477120 an", "0351 4477120"),  # a phone card's compound
    ],
)
def test_counter_cases_stay_phones(text, value):
    assert phone_covers(text, value), text


@pytest.mark.parametrize(
    "text, value",
    [
        ("Protocolo de atendimento 48213377", "48213377"),  # Romance: the head noun comes first
        ("Invoice: Account line 2 of 3, ref 5512 8870", "5512 8870"),  # the nearest word tells
    ],
)
def test_counter_cases_stay_identifiers(text, value):
    assert not phone_touches(text, value), text


def test_the_written_forms():
    assert slashed("2089/860/14") and slashed("181/815/08155")
    assert not slashed("0351/5694563") and not slashed("12/05/2024")
    assert quantity("17 19 43 45 58", 0, 14) and not quantity("01 16 21 22 32", 0, 14)
