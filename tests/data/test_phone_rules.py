"""The phone rules one by one: the words around a number (phone_words), the context rules
(phone_context), libphonenumber's shapes (phone) and the SSN label (pii)."""

import pytest

from reasonrl.config.compliance import ComplianceConfig
from reasonrl.data.filters.phone import DEFAULT_REGIONS, phone_spans
from reasonrl.data.filters.phone_context import context_spans
from reasonrl.data.filters.phone_quantity import is_date, quantity
from reasonrl.data.filters.phone_words import lexicon
from reasonrl.data.filters.pii import PiiRedact, detect_pii, redact_pii
from reasonrl.errors import ConfigError
from tests.data.pii_cases import LOWER_BAR, OVER_BAR_55

WORDS = lexicon(DEFAULT_REGIONS)


def _phones(text: str, regions=DEFAULT_REGIONS) -> list[str]:
    return [text[s:e] for s, e in phone_spans(text, regions)]


@pytest.mark.parametrize(
    "before, label",
    [
        ("Tel.-Nr.: ", "phone"),
        ("Telefonnummer ", "phone"),  # a compound takes its stem's sense
        ("Kundennummer ", "identifier"),
        ("Contact no. ", "phone"),  # a number noun takes the sense of the word before it
        ("Invoice no. ", "identifier"),
        ("My number is ", "phone"),
        ("The landlord's number is ", "phone"),
        ("Il mio numero è ", "phone"),
        ("New number, save it: ", "phone"),
        ("Incidencia n.º ", "identifier"),  # an unqualified number sign numbers a thing
        ("the number ", None),  # an unqualified "number" is neutral
        ("call us about order ", "identifier"),  # the nearest telling word decides
        ("Order? Call ", "phone"),
        ("Our office is at ", "weak"),
        ("Ring Brenda Moore on ", "phone"),
        ("9 kg per ordine. Chiedi di Paola al ", "weak"),  # a sentence end hides "ordine"
        ("Rechnungsnr. ", "identifier"),  # ... but not an abbreviation's full stop
        ("Tel. 0131 756 7427, then ", None),  # another number between: the word was for that one
        ("customer phone on the order: ", "phone"),  # the phone noun, qualified by what follows it
        ("Portable de la cliente : ", "phone"),  # ... through a preposition and its article
        ("en rappelant la facture ", "identifier"),  # an article alone links nothing: the invoice
        ("Fax of the invoice ", "identifier"),  # whose number: a person's, not a record's
        ("phone of the member ", "phone"),
        ("app_version: ", "identifier"),  # a compound ends in its head
        ("Registration: Vedhika Desai - sampark karein: ", "phone"),  # Hinglish
        ("Registration: Vedhika Desai - फ़ोन करें: ", "phone"),  # Devanagari
        ("vaste klant Jelle de Haas, thuisnummer ", "phone"),
    ],
)
def test_the_nearest_telling_word_labels_the_number(before, label):
    assert WORDS.before(before + "4711", len(before)) == label


def test_a_word_cut_by_the_window_is_not_read():
    text = "x" * 60 + " the i'th string of the input.\n\n    >>> odd_count(['"
    assert WORDS.before(text + "1234567", len(text)) is None  # "st|ring" is not "ring"


@pytest.mark.parametrize(
    "after, phone",
    [
        (" is my work phone", True),
        (", esse é meu número novo", True),
        (" is mijn nieuwe nummer", True),
        (" è occupato, chiama dopo", True),
        (" is my order number", False),
        (", Mijn nummer is 06 1234 5678", False),  # that noun introduces the next number
        (" units were sold", False),
    ],
)
def test_the_clause_after_a_number_can_call_it_a_phone(after, phone):
    assert WORDS.after("4711" + after, 4) is phone


def test_words_come_from_the_languages_of_the_policy_regions():
    """English always; German only when a compliance policy region writes German."""
    assert lexicon(("DE",)).before("Handy: 4711", 7) == "phone"
    assert lexicon(("US",)).before("Handy: 4711", 7) is None
    assert _phones("Handy: 467 3395", ("DE",)) == ["467 3395"]
    assert _phones("Phone: 467 3395", ("DE",)) == ["467 3395"]
    # an identifier word refuses a number only in a language of the policy regions: a word no
    # lexicon knows refuses nothing, and rule 6 (deny by default) takes the number
    assert _phones("Rechnung 467 3395", ("DE",)) == []
    assert _phones("Rechnung 467 3395", ("US",)) == ["467 3395"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("35-21-78", False),  # no such day or month: a German number in pairs
        ("30-07-14", True),
        ("03-32-2011", True),  # an invalid date with a four-digit year is still no phone
        ("2024-03-15", True),
        ("07.63.51.30.59", False),
    ],
)
def test_a_date_is_a_day_and_a_month_in_range(text, expected):
    assert is_date(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "costs $ 4565792 in total",
        "weighs 4565792 kg",
        "between 1993-1999 sales",
        "CEP 01310-100 Centro",
        "= 4565792 + 12",
        "box of 4565 x 792 mm",
        "1Z 001 CC8 4626 0914",  # the rest of a code
        "my lucky numbers are 4 8 15 16 23 42",
        "price 0.00023186 BTC",
        "125000 calls per day",
    ],
)
def test_quantities_are_never_phones(text):
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    start = digits[0] if "CC8" not in text else text.index("4626")
    assert quantity(text, start, digits[-1] + 1)
    assert _phones("Tel. " + text) == [] or "+" in text


def test_a_list_of_names_and_numbers_is_a_phone_list():
    text = "Drivers for the away game: Nicholas 290-2326; Joshua 4972648; Mark 515.1892; Nathan 229-8231"
    assert _phones(text) == ["290-2326", "4972648", "515.1892", "229-8231"]
    # identifiers are not names' numbers; two entries are no list, but rule 6 (deny by default)
    # takes numbers written like phones that nothing refuses
    assert _phones("Invoice 2902326; Order 4972648; Ticket 5151892") == []
    assert _phones("Nicholas 290-2326; Joshua 4972648") == ["290-2326", "4972648"]


def test_a_list_counts_the_entries_libphonenumber_found():
    text = "Benjamin 910 841 3446\nYoshita 82838 85454\nIra 8591535156\nYashica 916 700 9590"
    assert _phones(text) == ["910 841 3446", "82838 85454", "8591535156", "916 700 9590"]


def test_a_number_joined_to_a_phone_is_one():
    assert _phones("Tagsüber 09131564765, abends 35-21-78.") == ["09131564765", "35-21-78"]
    assert _phones("Ligue 99725-3160 de dia ou 96111-9111 à noite.") == ["99725-3160", "96111-9111"]
    # a phone word between announces the phone after it; a town follows a postcode
    assert _phones("Raiganj 885205 Ph: +91 1800 234 5678") == ["+91 1800 234 5678"]
    assert _phones("Call me at 01774926659, 140993 Siliguri") == ["01774926659"]
    assert _phones("Tel. 0131 756 7427. Order 4565792 ships today") == ["0131 756 7427"]


def test_context_spans_may_contain_what_the_matcher_cut_short():
    """libphonenumber sees "37 63 22 59" after the " - "; the announced run is the whole number."""
    assert _phones("drop me a line on 06 - 37 63 22 59 tonight") == ["06 - 37 63 22 59"]
    assert context_spans("Tel. 467 3395", WORDS, lambda raw: False, []) == [(5, 13)]


def test_a_complete_number_is_read_as_its_region_writes_it():
    """A bare 10-digit run is a phone when its region writes it so: an Indian mobile without the
    trunk 0, not a British landline without it, not a counting run."""
    assert _phones("Kabir 8368969393") == ["8368969393"]
    assert _phones("12+34=46 and 1234567890 is a big number") == []
    assert _phones("Se il 334-3630329 è occupato") == ["334-3630329"]


def test_international_forms():
    assert _phones("Atención al cliente: (+34) 737 827 692") == ["(+34) 737 827 692"]
    assert _phones("Ticket 000-79-3991 escalated") == []  # 000 is no call abroad
    assert _phones("Praia Daniel Gomes, 65, 00879664 Pastor") == []  # nor is a CEP with 00
    assert _phones("Invoice 0097-5445-3038") == []  # 00 yields to an identifier word; + does not
    assert _phones("Ref. +44 20 7946 0958") == ["+44 20 7946 0958"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("SSN: 099859624 - Claim", "099859624"),
        ("The form asks for the SSN (897486289) and date", "897486289"),
        ("Número de Seguro Social: 214438194", "214438194"),
        ("My social is 642573782.", "642573782"),
    ],
)
def test_an_ssn_label_announces_nine_bare_digits(text, value):
    assert [(s.kind, text[s.start : s.end]) for s in detect_pii(text)] == [("US_SSN", value)]


def test_an_ssn_label_still_needs_an_issuable_number():
    assert detect_pii("SSN: 999123456") == [] and detect_pii("social media 123456789 followers") == []


def test_the_filter_fails_closed_on_a_region_libphonenumber_does_not_know():
    with pytest.raises(ConfigError, match="unknown to libphonenumber"):
        PiiRedact(ComplianceConfig(pii={"phone_regions": ["DE", "XX"]})).apply({"id": "1", "question": "hi"})


# Phrasings written by this session after the rules, in the compliance policy's languages, none taken from
# the labelled sets' generators: development cases, kept as a regression check (before the context
# rules: 39 of 48 phones found, 7 of these negatives flagged).
OWN_PHONES = [
    # a person's number, whatever her title names ("case"), a preposition between
    ("Please confirm by calling case administrator Jo Reyes at 316-277-6466.", "316-277-6466"),
    # a line word announcing it outranks the thousands its grouping suggests
    ("Cancel 48 h ahead: the office line is 71 903 331", "71 903 331"),
    ("Telefon Büro: 68 220 216", "68 220 216"),
    ("Für Rückfragen: Tel. 0711 / 24 58 93", "0711 / 24 58 93"),
    ("Mi móvil es el 612 34 56 78", "612 34 56 78"),
    ("Per info 333 1234567", "333 1234567"),
    ("Liga pra mim no 98765-4321", "98765-4321"),
    ("call Priya on 98450 12345 or Rahul on 99860 54321", "99860 54321"),
    ("Numbers for the carpool: Ann 555-0199, Bob 555-0142, Cy 555-0175", "555-0142"),
    ("Sua ligação: 2345-6789 ou 99876-5432", "2345-6789"),
    ("Grandma's number is 834 2291, call her Sunday", "834 2291"),
    ("Team phone list:\nLisa 0176 1234567\nTom 0157 7654321\nUte 0160 1112223", "0157 7654321"),
    ("Teléfono de contacto 666 555 444", "666 555 444"),
]
OWN_NEGATIVES = [
    "Our office served 12 345 678 visitors last year",  # a count: things after it, whatever announces it
    "Total: 12 345 678",  # thousands nothing calls a line
    "Protocolo 2023.0001234-5",
    "Phone bill of $123.45 paid on 2023-01-15",
    "Text STOP to 80123 to unsubscribe",
    "Lieferschein 300 456 789 beiliegend",
    "Nota fiscal 000.123.456",
    "Call me when you get 12345 points",
    "Referencia del pedido: 123 456 789",
    "Numéro de commande : 45 67 89 12",
    "Booking reference: 512 334 778",
    "Account 12345678, sort code 12-34-56",
    pytest.param(  # taken by versions 42-47 (thresholds 0.03-0.05) and 55 (0.118)
        "Call volume: 125000 calls per day", marks=pytest.mark.xfail(strict=True, reason=OVER_BAR_55)
    ),
    "N° SIRET 362 521 879 00034",
]


@pytest.mark.parametrize("text, value", OWN_PHONES)
def test_own_phrasings_of_phone_numbers(text, value):
    assert "<PHONE>" in redact_pii(text) and value not in redact_pii(text)


@pytest.mark.parametrize("text", OWN_NEGATIVES)
def test_own_phrasings_of_numbers_that_are_not_phones(text):
    assert [s for s in detect_pii(text) if s.kind == "PHONE"] == []


# Issue 24 item 6: layout, CJK and identifier rules, each with a phone and a number that is not one
# (development cases in phrasings of this session, not copied from pii_heldout_v2).
LAYOUT_PHONES = [
    # "A / B" between two grouped numbers offers alternatives, it does not divide
    ("Tel./Fax: 962 41 18 20 / 962 41 18 21", "962 41 18 21"),
    # a list of "label: number" entries one of which is a phone: its siblings are phones
    ("Plumber: 418 2290\nBakery: 733 1045\nSurgery: 0161 496 0288", "418 2290"),
    # a heading with a phone word announces the list
    ("Wichtige Telefonnummern:\nHausmeister: 44 21 09\nNachbarin Kurz: 713 880", "44 21 09"),
    # a table column under a phone header
    (
        "name,mobile,email\nAda Lowe,7700900123,ada@example.org\nBen Ruiz,7700900456,b@example.org",
        "7700900456",
    ),
    # a column headed with Portugal's word for a mobile
    (
        "nome;telemóvel;email\nCarlota Garcia;917 273 097;c@example.pt\n"
        "Filipa Alves;938 689 453;f@example.pt",
        "938 689 453",
    ),
    # a column whose header names no phone still holds phones ("Guardian", "Parent")
    ("Name;Guardian;Email\nAda;98765 43210;a@example.org\nBen;91234 56789;b@example.org", "91234 56789"),
    # complete numbers next to money: a price list, an ad, a receipt's delivery phone
    ("Joe's Plumbing: 555-123-4567 - $85\nAce Electric: 555-987-6543 - $90", "555-123-4567"),
    ("Rahul 98765 43210 - Rs 15,000", "98765 43210"),
    ("Delivery to: Ana Souza, 0161 496 0288\n2x pizza £20.00\nTotal £40.00", "0161 496 0288"),
    # a table column whose other rows hold phones
    ("Ada Lowe;+44 7700 900123;ada@example.org\nBen Ruiz;7700 900456;b@example.org", "7700 900456"),
    # a remark in parentheses that names a line
    ("Hannah Cole - 441 2087 (home)", "441 2087"),
    # numbers glued to Han or kana, CJK phone words before or (Japanese verb) after the number
    ("有事打我家座机6621 8830就行", "6621 8830"),
    ("新しい番号は、携帯番号は080-2231-7788です", "080-2231-7788"),
    ("何かあったら712-4409に電話してください", "712-4409"),
    ("联系电话：１３８ １２３４ ５６７８", "１３８ １２３４ ５６７８"),
]
# The learned reading (phone_learned, versions 35-37) reads a column's header as a feature but has
# seen too few headers like these to refuse a valid mobile under "member_no" or a column of area
# codes under "Vorwahl"; version 37 also takes an area code alone after a phone word ("landlines
# (all 01727)"). The rules refused all three. Strict: a model that refuses one again turns it into a
# failure to be updated.
LEARNED_TAKES = "the learned reading takes it (a regression against the rules)"

LAYOUT_NEGATIVES = [
    "1234567/7654321 = 0.16",  # a division of plain numbers
    "Invoice: 418 2290\nOrder: 733 1045\nSurgery: 0161 496 0288",  # identifier labels
    "Total: 418 2290\nPaid: 733 1045",  # a list with no phone in it
    pytest.param(
        "name,member_no,email\nAda Lowe,0770 090 0123,ada@example.org\nBen Ruiz,0770 090 0456,b@example.org",
        marks=pytest.mark.xfail(strict=True, reason=LEARNED_TAKES),
    ),
    pytest.param(  # a meeting ID keyed in after it (taken by 42-47, and by 55: 0.122)
        "Dial +1 415 555 0100,,8812345678# to join", marks=pytest.mark.xfail(strict=True, reason=OVER_BAR_55)
    ),
    "受付番号 50-183-4939 でお問い合わせください。",  # 番号 after an identifier word
    "发票号码：551/3653623，金额¥83.83。",
    "お客様番号 05240541、ご契約番号 40-7601-90",
    "Mandatsreferenz 4360 3969 98, Unser Zeichen: 08825031-80",  # German compounds end in their head
    "Protocolo de atendimento 0182937, aberto em 02/09/2020.",  # the head noun tells, not its qualifier
    "Meter serial CUO-656; reading 861 785 961 on 18/10/2023.",
    "Track it with number 0038 5798 2705.",  # an unqualified "number": the earlier word tells
    # a list closed by a total of money is a ledger: members' numbers, not phones
    "Mensalidades recebidas:\nAna Araújo: 548 548\nCaio da Costa: 414-6129\n\nTotal R$ 185,06.",
]


@pytest.mark.parametrize("text, value", LAYOUT_PHONES)
def test_layout_and_cjk_phones(text, value):
    assert value in _phones(text) or ("<PHONE>" in redact_pii(text) and value not in redact_pii(text))


@pytest.mark.parametrize("text", LAYOUT_NEGATIVES)
def test_layout_and_cjk_numbers_that_are_not_phones(text):
    phones = [text[s.start : s.end] for s in detect_pii(text) if s.kind == "PHONE"]
    assert [p for p in phones if p not in ("0161 496 0288", "+1 415 555 0100")] == []


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("返信はkana_h@yahoo.co.jpまでお願いします", "EMAIL", "kana_h@yahoo.co.jp"),  # glued to kana
        ("IPv6アドレスは2a01:4f8::abcc、LAN側", "IP_ADDRESS", "2a01:4f8::abcc"),
        ("服务器地址：fe80::914d:2053:ebc2:276d，内网", "IP_ADDRESS", "fe80::914d:2053:ebc2:276d"),
        ("Applicant SSN (9 digits, no dashes): 834133366", "US_SSN", "834133366"),  # a remark between
    ],
)
def test_other_kinds_next_to_cjk_text_and_remarks(text, kind, value):
    assert [text[s.start : s.end] for s in detect_pii(text) if s.kind == kind] == [value]


def test_other_kinds_not_taken_from_a_word():
    assert [s for s in detect_pii("Order 834133366 (9 digits)") if s.kind == "US_SSN"] == []
    assert [s for s in detect_pii("see abc2a01:4f8::abcc") if s.kind == "IP_ADDRESS"] == []


# Rules written after pii_heldout_v3 became a development set, each with a phone (or other PII)
# and a number that is not one, in phrasings of this session (not v3's templates).
@pytest.mark.parametrize(
    "text, value",
    [
        # a markdown table: a header with its area code in parentheses still names the column
        ("| nome | fixo (21) |\n|:--|--:|\n| Ana Lima | 4887 4890 |\n| Rui Costa | 5793-2954 |", "5793-2954"),
        # a column headed by a weak word ("vast": fixed line) when its numbers are long enough
        ("naam,netnummer,vast\nAnn Bell,033,4278345\nCarl Day,033,7105099", "7105099"),
        # CSV cells in quotes: the commas inside a price split no cell
        ('name,phone,price\nAnn Bell,4278345,"12,50 €"\nCarl Day,7105099,"3,99 €"', "7105099"),
        # a list under a phone heading whose entries carry a house number
        ("Street phone list (all 01799):\nNo. 2 Ann Bell 490994\nNo. 8 Carl Day 492168", "492168"),
        # a line word labels this number as its neighbour's: parallel lines of one person
        ("1. Rhys Gray — home 423647, mobile 07728 341060", "423647"),
        # siblings: the words between are counted, not the punctuation
        ("Bel de juf op 06-43 59 79 78; verder de administratie op 468 0562.", "468 0562"),
        # a key on its own line reads only its line ("Account" above is no label of it)
        ("Key Account Manager\nT: 01857-461094", "01857-461094"),
        # a phone word an identifier qualifies ("on file"): the head noun tells
        ("Phone on file: 4099505150", "4099505150"),
        # a person's name between an identifier word and the number: the number is the person's
        ("Customer: Victor Holland (01592 999934)", "01592 999934"),
        # the reply to a question asking for a number, a speaker and a time stamp between
        ("[07:10] Bea: what's the caretaker's number?\n[07:11] Ana: 5187-3567", "5187-3567"),
        ("who has the number for the club?[/quote]\nIt's 3214267, ask for Tom", "3214267"),
        # opening hours after a number
        ("Terminänderung: 443139 (Mo–Fr 8–12 Uhr).", "443139"),
        # an elision is no unit: "m'appelle" is not metres
        ("Le 00 33 7 91 43 75 46 m'appelle tous les jours", "00 33 7 91 43 75 46"),
        # a desk of a house (a weak word)
        ("Reception: 935 478308", "935 478308"),
    ],
)
def test_phones_found_by_the_v3_rules(text, value):
    assert value in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        'order_ref,sku,price\nINV/2022/3974,024.385.49,"994,99 €"\nF2024-6202,789.851.28,"18,95 €"',
        "Our landlines (all 01727) are listed below",  # an area code alone (taken by 35-38 and 42-47)
        pytest.param(
            "Name,Vorwahl\nAnn Bell,07562\nCarl Day,07562",
            marks=pytest.mark.xfail(strict=True, reason=LEARNED_TAKES),
        ),
        "This week's numbers: 01 20 29 36 48 49. Bonus ball 29.",  # numbers drawn
        "Coordonnées GPS 19.292242, 56.067357, parcelle 45 187 862 35",  # decimals, a parcel
        '{\n  "event": "signup",\n  "ts": 1715326910,\n  "n": 2\n}',  # a JSON number value
        "BLZ 131 454 30",
        "DDT 657 790 2755",
        "ROMANEIO 945 329 1332",
        "Rücksendung 70 933 985 83",
        "Matricule 2542.6925.40",
        pytest.param(
            "Call the office about order 1234567", marks=pytest.mark.xfail(strict=True, reason=LOWER_BAR)
        ),  # no link word: the identifier tells (taken since version 43)
        "en rappelant la facture NF 060.126",  # an article joins no head noun to its qualifier
        "Invoice Nr. 12345678 Berlin",
        "What's your order number?\n[07:11] Ana: 5187-3567",  # the question asks for an identifier
        "How many did you sell?\n518735",  # nor for a number at all
        "Room 443139 (Mo–Fr 8–12 Uhr)",  # hours after an identifier's number
    ],
)
def test_numbers_the_v3_rules_leave_alone(text):
    assert [s for s in detect_pii(text) if s.kind == "PHONE"] == []


def test_a_column_headed_ssn_and_a_tin_label_announce_compact_ssns():
    table = "id\tname\tssn\nE1\tAnn Bell\t806556044\nE2\tCarl Day\t391-21-2639"
    assert [table[s.start : s.end] for s in detect_pii(table) if s.kind == "US_SSN"] == [
        "806556044",
        "391-21-2639",
    ]
    assert [s.kind for s in detect_pii("Recipient's TIN: 241057129")] == ["US_SSN"]
    other = "id\tname\tmember\nE1\tAnn Bell\t806556044\nE2\tCarl Day\t391556044"
    assert [s for s in detect_pii(other) if s.kind == "US_SSN"] == []
    assert [s for s in detect_pii("a tin of 241057129 beans") if s.kind == "US_SSN"] == []


def test_an_iban_does_not_lose_to_the_word_after_it():
    text = "na konto PL41 4223 2277 1138 3367 2219 4801 do 24-Jun-2022."
    assert [(s.kind, text[s.start : s.end]) for s in detect_pii(text)] == [
        ("IBAN", "PL41 4223 2277 1138 3367 2219 4801")
    ]
    assert [s for s in detect_pii("konto PL41 4223 2277 1138 3367 2219 4802 do") if s.kind == "IBAN"] == []
