"""Rule 6, deny by default (phone_default, phone_refusals): a number written like a phone number
is one unless a refusal names what else it is. Phrasings of this session, none taken from the
labelled sets: development cases, each able to fail (without the rule, or without the refusal)."""

import pytest

from reasonrl.data.filters.phone import DEFAULT_REGIONS, _validator, phone_spans
from reasonrl.data.filters.phone_default import PhoneByDefault, parallel, phone_shaped
from reasonrl.data.filters.phone_refusals import REFUSALS, speakers, why_not
from reasonrl.data.filters.phone_words import lexicon
from reasonrl.data.filters.pii import PiiRedact, detect_pii

WORDS = lexicon(DEFAULT_REGIONS)
VALID = _validator(DEFAULT_REGIONS)


def _phones(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, DEFAULT_REGIONS)]


@pytest.mark.parametrize(
    "raw, shaped",
    [
        ("467 3395", True),
        ("0171 234567", True),
        ("98765 43210", True),
        ("06-12345678", True),
        ("(0176) 5582 0019", True),  # 4-4-4 after an area code in parentheses
        ("0176/3313 0392", True),  # ... or set off by a slash
        ("9 9416-3712", True),  # one single digit: Brazil's mobile 9
        ("2925430", True),
        ("30 53 19", True),
        ("12345", False),  # five digits: a postcode as often as a phone
        ("4000123456", False),  # ten digits, no trunk 0, no valid national number: an id
        ("4111 2222 3333", False),  # 4-4-4: an invoice
        ("123 45 6789", False),  # an SSN's shape
        ("2064-2619-93", False),  # 4-4-2: a budget or drug code
        ("1999 55", False),  # a year and a count
        ("000123", False),  # zero-padded
        ("0 1 34 86", False),  # more than one single digit
    ],
)
def test_phone_shaped(raw, shaped):
    assert phone_shaped(raw, VALID) is shaped


@pytest.mark.parametrize(
    "text, value",
    [
        ("If I'm out, leave the parcel with the neighbour - 88 41 07.", "88 41 07"),
        ("Babysitter Jana 556-2189, back after ten", "556-2189"),
        ("Mateus disse que o melhor é 3412-8876 depois das seis", "3412-8876"),
        ("Se não estiver, deixa com a Dona Rita, 3412-5567.", "3412-5567"),
        ("Tante Gerda wohnt jetzt in Kiel, 71 30 442.", "71 30 442"),
        ("Chiedi a Marco, 347 1234, per le chiavi.", "347 1234"),
        ("Bij geen gehoor: buurvrouw Els 624 1133", "624 1133"),
        ("For the cabin booking, Sven is 555 2719.", "555 2719"),  # an identifier word in another clause
        ("Pour la clé, voir Mme Leroy, 78 22 91.", "78 22 91"),
    ],
)
def test_an_unannounced_number_written_like_a_phone_is_one(text, value):
    """No rule before rule 6 takes these (no phone word, no list, no phone's shape alone)."""
    assert value in _phones(text)
    assert why_not(text, text.index(value), text.index(value) + len(value), WORDS) is None


def test_rule_6_alone_takes_what_no_earlier_rule_took():
    """The earlier rules leave "556-2189" (no word announces it); rule 6 takes it."""
    text = "Babysitter Jana 556-2189, back after ten"
    start = text.index("556-2189")
    assert PhoneByDefault(WORDS, VALID)(text, [(start, start + 8)], []) == [(start, start + 8)]


@pytest.mark.parametrize(
    "text, value, reason",
    [
        ("Lot 551 2090 was recalled last week.", "551 2090", "identifier"),  # a word labels it
        ("NDC 51671-017-80, take twice daily", "51671-017-80", "identifier"),  # an acronym does
        ("4711 229 is the order you asked about", "4711 229", "identifier"),  # the word after it
        ("What's your booking reference?\n553 1290", "553 1290", "identifier"),  # the question
        ("Cód. 32-1635-YS, cor azul", "32-1635", "identifier"),  # the head of a code
        ("Trial 2021-553012-33 recruits now", "2021-553012-33", "notation"),  # numbered in a year
        ("Delivered 17 05 2024 to the depot", "17 05 2024", "date"),
        ("Seed 20240517 reproduces the run.", "20240517", "date"),
        ("The manor, built 1642-1688, burned down.", "1642-1688", "date"),  # a range of years
        ("Updated the router to 12.1.1441.3958 last night", "12.1.1441.3958", "notation"),  # a version
        ("Meet at 45.4215, 75.6972 by the bridge", "45.4215", "notation"),  # a coordinate
        ("J. Appl. Math. 12 (2008), 805-815.", "805-815", "notation"),  # pages
        ("Open Mon-Fri 0900-1730", "0900-1730", "notation"),  # hours
        ("712 1972: The council filed a protest.", "712 1972", "notation"),  # a heading
        ("Gas meter\nJan  240 118\nFeb  240 391\nMar  240 640", "240 391", "series"),  # a month's reading
        ("Attendance 94 250 262", "94 250 262", "quantity"),  # a quantity word
        ("The club has 1250000 members", "1250000", "quantity"),  # round
        ("How many did you sell?\n518735", "518735", "quantity"),  # the answer to "how many"
        ("The fair sold 418250 tickets in a week.", "418250", "quantity"),  # a count of things
        ("What is the remainder when 1234567 is divided by 9?", "1234567", "maths"),
        ("Let $n$ be a positive integer. Show that 4455 1234 is odd.", "4455 1234", "maths"),
        ("The answer is 142857, since 142857 x 7 = 999999.", "142857", "maths"),
        ("Tennis 6-3 6-4, then the derby 131-102.", "131-102", "score"),  # a result among results
        ("readings 3.14 55 6021 2.71 9.80", "55 6021", "table"),  # a figure among figures
        ("Pagès Í.: 753 139 – 1.556 €\nGordillo P.: 406-4077 – 249 €", "753 139", "ledger"),  # priced
        (
            "Quote ricevute:\nO. Pignatti – 829300\nI. Galvani – 028-6154\n\nTotale € 739,14.",
            "829300",
            "ledger",
        ),
        ("Shop 12, Park Road, Siliguri 734001.", "734001", "postcode"),  # closing an address
        ("Rua Augusta 100, 1100-053 Lisboa", "1100-053", "postcode"),  # before its town
        ("retries = 5551234", "5551234", "code"),  # assigned to a key that names no phone
        ("assert candidate(1234567) == 28", "1234567", "code"),
        ("2024-01-02 10:00:01 INFO worker 5512309 started", "5512309", "code"),  # a log line
    ],
)
def test_each_refusal_names_what_the_number_is(text, value, reason):
    start = text.index(value)
    assert why_not(text, start, start + len(value), WORDS) == reason
    assert not [
        s for s in detect_pii(text) if s.kind == "PHONE" and s.start < start + len(value) and start < s.end
    ]


def test_every_refusal_is_tested():
    assert {name for name, _ in REFUSALS} == {
        "identifier",
        "date",
        "notation",
        "series",
        "quantity",
        "ledger",
        "maths",
        "score",
        "table",
        "postcode",
        "code",
    }


def test_a_dialogues_speaker_labels_name_no_number():
    """ "Customer:" on a form labels a customer number; as a speaker of a dialogue it labels nothing."""
    dialogue = (
        "Agent: Thanks for waiting, what can I do for you?\nCustomer: My line is down again and I need help\n"
        "Agent: Sure, where do we reach you?\nCustomer: 0161 496 0732"
    )
    assert speakers(dialogue) == {"Agent", "Customer"}
    assert _phones(dialogue) == ["0161 496 0732"]
    assert speakers("Customer: 4960732\nOrder: 5512309") == set()
    assert why_not("Customer: 4960732", 10, 17, WORDS) == "identifier"


def test_a_number_parallel_to_a_refused_one_shares_its_fate():
    text = "Quarterly visitors: 812 440 (Q1), 790 115 (Q2)."
    first, second = (text.index(v) for v in ("812 440", "790 115"))
    assert why_not(text, second, second + 7, WORDS) is None  # alone it would be a phone
    assert parallel(text, (second, second + 7), [(first, first + 7)])
    assert _phones(text) == []


def test_a_value_assigned_to_a_phone_key_is_a_phone_and_a_sum_is_not():
    """ "=" after a key assigns a value ("sms_to = ", "field[phone]="), it does not end a sum."""
    assert _phones("sms_to = +49 211 537424\nretry = 9") == ["+49 211 537424"]
    assert _phones("field[exp]=06/26\nfield[phone]=01515/448 8168") == ["01515/448 8168"]
    assert _phones("x = 100-50-30-15") == [] and _phones("retries = 5551234") == []


def test_a_weak_word_vouches_only_for_what_rule_6_would_take():
    """ "office" is a weak phone word: it announces "Our office: 935 4783", not a round count."""
    assert _phones("Our office: 935 4783") == ["935 4783"]
    assert _phones("Our office handled 1250000 requests") == []


def test_the_filter_version_says_the_rules_changed():
    assert PiiRedact.version == "57"
