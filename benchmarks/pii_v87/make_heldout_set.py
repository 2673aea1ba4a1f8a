"""Write tests/data/pii_heldout_v87.jsonl: an eighty-seventh, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500 test, AMC23 test,
    the English HateCheck CSV and the German Multilingual HateCheck CSV (for their fields). No folder under
    /work/shared/data was listed; the other corpus files were only read by corpus.py. GSM8K (train and
    test) and AIME24 were not used. Numbers were made and checked with phonenumbers only: drawn at random
    from a prefix, kept when valid, of the wanted region and type, and every written form parsed back to the
    same valid number of the stated region (local forms with their area code and trunk prefix put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with
    the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each value
    on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own,
    national and language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19
    digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document
    again with its labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty
    after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after
    lost-property references were given two trailing letters (an all-digit form was always a valid Irish
    number). Written under a 35-minute limit, so cells are small (4-11 sentences per genre and language);
    English has all 8 genres, German 6, Dutch 6, French 5, Portuguese 5, Spanish 4, Italian 4, Hindi 4.
    Emphasis: aviation and airfields.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (build.LOCALES);
    no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new here: 'Label: <phone>', '<phone> (Label)', '• Label — <phone>',
    'Label<TAB><phone>' and '- Label, <phone>' (heads 'Contacts', 'Airfield contacts', 'Ops phones', 'Who to
    call', 'Telefonliste', 'Kontakte am Platz', 'Contactgegevens', 'Nummers op het veld', 'Numéros de la
    plateforme', 'Teléfonos del aeródromo', "Recapiti dell'aviosuperficie", 'Telefones do aeródromo',
    'संपर्क नंबर', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_rom_hi.py; build.py): 8 genres, none in v52: club (flying-club
    newsletters), school (flight-school lesson bookings and ground school), ppr (prior-permission and
    arrival briefings for small airfields), hangar (hangarage and tie-down agreements), ambulance (air
    ambulance charity donations and lotteries), drone (drone survey quotes and operations plans), lostprop
    (airport lost property), trial (trial-lesson gift vouchers); all sentences written fresh in en, de, fr,
    es, it, nl, pt, hi; local numbers announced in new ways, before, after, on the line above (a heading
    line such as '{town} calling area only:' / 'Ortsnetz {town}:' / 'Lokaal in {town}:' / 'Fixos de {town}
    (ligação local):' / '{town} (लोकल कॉल):'), in a remark in brackets ('(dial locally; out-of-town callers
    add the area code)', '(von außerhalb mit Vorwahl)') and in quoted speech ('"If you're calling from
    town, just punch in ...," the line guy told me', '„Rufen Sie einfach die ... an, das ist hier in ...
    ein Ortsgespräch“', '„Draai maar ..., dat is lokaal hier in ...”', '“Liga no ..., é ligação local aqui
    em ...”', '"... में हो तो ... लगा लो, लोकल कॉल है,"'); cards for exam fees, subscriptions, donations,
    deposits and courier returns, IBANs for hangar rent, club dues and regular gifts, IPs of hangar camera
    recorders, GPS loggers and footage servers, SSNs for a US flight-training security check;
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: US N-number and European aircraft
    registrations, transponder squawks, radio frequencies, QNH, runway designators, runway dimensions,
    flight levels, altitudes, METAR strings, coordinates in degrees-minutes-seconds and decimal degrees,
    Hobbs readings, logbook totals (h:mm), fuel uplifts, Mode S hex addresses, 406 MHz ELT hex ids, pilot
    licence numbers, drone operator ids, flyer ids, drone serial numbers, airspeeds, headings, MTOW, PPR
    references, charity numbers, baggage tag numbers, e-ticket numbers, lost-property references, NOTAM
    ids, VOR radial/DME fixes, airfield elevations, airframe serials (msn), engine serials, OS grid
    references, trial voucher codes, slot times (Z), aviation insurance policy numbers, engine hours with
    TBO, geo-zone unlock references, propeller sizes;
    number habits (numbers.py): US 301-617-7763, 702.785.1781, (316)324-1586, 1.971.770.7049,
    +1-312-533-0656, +1.316.324.1586, +15419835337, +1 863-986-9073, 866.528.9218, 1 800 262 0278; GB
    0113-893-7164, 01253938069, 07775-514397, +44 (0) 113 893 7164, +44 (0)28 7634 1685, +44-1452-796402,
    0808-617-1953; DE 0221 6682034, 06103-6878706, (0711) 5280598, (0171) 4463907, +49 (0) 89 906900592,
    +49-6103-485873, 08004428344; FR 04 44 78 76 74, 03.82.64.21.90, 0284279835, +33 (0) 4 ..., 08 00 95 41
    92; ES 984 04 16 13, 966.376.544, 692670841; IT 02.606.9056, 051 623 5685, 3875647958; NL (0320)
    698601, 050/3429051, 06 12 34 56 78, 06 - 43364804, +31 (0)6 25654096, 0800 4066; PT 289.500.474,
    925863928; BR 81 4470.9819, (48) 5468-4991, (19) 3473 0575, +55 (51) 986163752, 08004024529; IN (011)
    28063608, 9270434192, 078030-62027, 1800-591 4549; CH/AT/BE/IE/AU with '(0)' after the country code,
    dashes or solid; local forms 533.0656, 5330656, 862 - 0659, 496-0018, 7946-0018, 45-67-89, 456 789,
    4 56789, 31 23 456, 3222.1234, 32221234, 3222 - 1234, 2452-1234, 24 521 234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for Luhn and IBAN checks; Faker (MIT, en_US) for e-mail user names; towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23
    problems (MIT), English HateCheck (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v87.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v87.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v87.stats [RECORDS VALUES]

Counts (seed 10087; `python -m benchmarks.pii_v87.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1211 {'corpus': 120, 'neg': 295, 'pos': 796}
    values: 2120 by kind: {'PHONE': 1524, 'EMAIL': 279, 'CREDIT_CARD': 162, 'IBAN': 82, 'IP_ADDRESS':
            71, 'US_SSN': 2}
    modes: {'PHONE/national': 452, 'PHONE/local-announced': 450, 'PHONE/list-entry': 448, 'EMAIL/role':
            190, 'PHONE/international': 128, 'EMAIL/personal': 89, 'CREDIT_CARD/solid': 56,
            'CREDIT_CARD/dashed': 55, 'CREDIT_CARD/spaced': 51, 'IBAN/print': 47, 'PHONE/other': 46,
            'IBAN/electronic': 35, 'IP_ADDRESS/v6': 24, 'IP_ADDRESS/v4': 24, 'IP_ADDRESS/v4-private':
            23, 'US_SSN/spaced': 1, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'ambulance': 129, 'club': 152, 'drone': 159, 'hangar': 74, 'lostprop': 169, 'ppr': 143,
            'school': 175, 'trial': 90}
    languages (documents written here): {'de': 153, 'en': 418, 'es': 55, 'fr': 80, 'hi': 70, 'it': 55,
            'nl': 141, 'pt': 119}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 25, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 549, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (2): only en_US flight-school documents carry them.
"""

import json
import sys

from . import corpus
from .build import LEX, Builder

SEED = 10087
OUT = ("tests/data/pii_heldout_v87.jsonl", "tests/data/pii_heldout_v87_values.jsonl")
LANG_LOCALES = {
    "en": ["en_US", "en_US", "en_GB", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_FR", "fr_BE", "fr_CH"],
    "nl": ["nl_NL", "nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "hi": ["en_IN"],
}
POS = {"en": 180, "de": 65, "nl": 55, "fr": 50, "es": 35, "it": 35, "pt": 45, "hi": 25}
NEG = {"en": 105, "de": 40, "nl": 35, "fr": 30, "es": 20, "it": 20, "pt": 25, "hi": 20}
# (language, locale, region, local values wanted)
LOCAL = [
    ("en", "en_US", "US", 75),
    ("en", "en_GB", "GB", 75),
    ("de", "de_DE", "DE", 75),
    ("nl", "nl_NL", "NL", 75),
    ("pt", "pt_BR", "BR", 75),
    ("en", "en_IN", "IN", 40),
    ("hi", "en_IN", "IN", 35),
]


def build():
    b = Builder(SEED)
    docs = []

    def emit(doc, lang, locale, genre, kind):
        gid = f"hi-{genre}" if lang == "hi" else genre
        docs.append(
            (
                {
                    "id": f"{locale}-{kind}-{gid}-{len(docs)}",
                    "locale": locale,
                    "text": doc.text,
                    "spans": doc.spans,
                },
                doc.values,
            )
        )

    for lang, locale, region, want in LOCAL:
        left = want
        while left:
            genre = b.rng.choice(sorted(LEX[lang][1]))
            doc, n = b.make(lang, locale, genre, True, region, left)
            left -= n
            emit(doc, lang, locale, genre, "pos")
    for table, positive in ((POS, True), (NEG, False)):
        for lang, count in table.items():
            for _ in range(count):
                locale = b.rng.choice(LANG_LOCALES[lang])
                genre = b.rng.choice(sorted(LEX[lang][1]))
                doc, _ = b.make(lang, locale, genre, positive)
                emit(doc, lang, locale, genre, "pos" if positive else "neg")
    for rec in corpus.load(b.rng):
        docs.append((rec, []))
    b.rng.shuffle(docs)
    return docs, b


def main(argv):
    rec_path, val_path = argv[1:3] if len(argv) >= 3 else OUT
    docs, b = build()
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, vals in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    print(
        f"documents: {len(docs)}; document redraws: {b.doc_redraws}, value redraws: {b.drawer.redraws}, "
        f"kinds replaced: {b.drawer.replaced}, hard-negative kinds used: {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
