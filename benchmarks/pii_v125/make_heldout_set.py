"""Write tests/data/pii_heldout_v125.jsonl: a 125th independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), in the domain of spiritual and
alternative practice.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators or folders (no benchmarks/pii*/ folder other than this one was opened
    or listed), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and the first few hundred
    bytes of MATH-500, AMC23, the English HateCheck CSV, the Dutch Multilingual HateCheck CSV and hh-rlhf
    (for their fields; hh-rlhf was not used); the other corpus files were only read by corpus.py. GSM8K
    (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at random
    from a prefix, kept when valid, of the wanted type and region (numbers.draw), and every written form
    parsed back to the same valid number of the stated region (local forms with area code and trunk prefix
    put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus national checks),
    SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes:
    each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the
    document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped
    build none was (0), after booking references were given letters instead of a year. Written under a
    35-minute limit, so cells are small: English has all 7 genres, German 5, French 5, Dutch 5,
    Portuguese 5, Spanish 4, Italian 4, Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; the local numbers of one
    sentence share one area code and the sentence names its town. AU/IE/AT/CH/BE documents write their
    own numbers internationally only and use GB, DE, FR or NL for national, list and service numbers
    (build.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: '• Label: <phone>', 'Label — <phone>', '<phone> (Label)',
    'Label ☎ <phone>', '☾ Label <phone>' (heads 'Reach us', 'Our lines', "Practitioners' numbers", 'Who
    picks up', 'Kontakt zum Team', 'Unsere Telefone', 'So erreichst du uns', 'Nous joindre', 'Nos lignes',
    'Contactos', 'Nuestros teléfonos', 'Recapiti', 'I nostri numeri', 'Bereikbaar via', 'Onze nummers',
    'Fale conosco', 'Nossos telefones', 'संपर्क सूत्र', 'हमारे नंबर'). No phone is split across lines;
    words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py): 7 genres, none in v52:
    tarot (tarot-reading bookings and follow-ups), astrology (natal chart orders, solar returns,
    synastry), reiki (reiki and energy-healing reminders and aftercare), retreat (meditation-retreat
    joining instructions), crystals (crystal-shop orders and care cards), psychicfair (psychic and
    mind-body-spirit fair exhibitor packs and reader rotas), soundbath (gong baths and sound circles); all
    sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways
    ('Calling from a Sedona landline? Our studio is just ... – no area code needed', 'Asheville neighbors
    can dial ... for readings and ... for the crystal counter', 'Local to Taos: seven digits, ..., rings
    straight into the healing room', 'Within the Ithaca exchange, book the gong bath by dialing', 'Front
    desk (in-town calls, Eugene):', "If you're ringing from a Totnes number, simply dial", 'Glastonbury
    callers: leave off the dialling code and ring ...; the therapy room is ...', 'From any landline in
    Stroud, the retreat office is', 'Locals in York know us as ... – the old shop number still works',
    'Bookings (local rate within Bath):', 'In Mysuru, call the ashram office directly on ... from any
    landline', 'Pune residents may dial ... without the STD code', 'Landline within Kochi city limits:',
    'Aus dem Weimarer Ortsnetz genügt die ... – ohne Vorwahl', 'Praxis Bamberg, Ortsgespräch:',
    'Innerhalb von Konstanz sind wir unter der kurzen Nummer ... erreichbar', 'Bel je vanuit Haarlem?
    Dan is het gewoon ..., zonder netnummer', 'Voor bellers binnen Zwolle volstaat', 'Lokaal (Arnhem):',
    'De telefone fixo em Recife, é só ligar ..., sem o DDD', 'Dentro de Campinas, marque sua sessão no',
    'Ligação local (Salvador):', 'Varanasi के लैंडलाइन से आश्रम कार्यालय का नंबर सिर्फ़ ... है',
    'लोकल कॉल (Jaipur):'); cards for deposits and crystal orders, IBANs for retreat balances and
    exhibitor fees, IPs of livestream servers, booking sources and retreat Wi-Fi gateways, SSNs on W-9
    forms of paid fair readers (en_US only);
    36 hard-negative kinds (negs.KINDS), all used, none in v52's list: birth data (date and time),
    birth coordinates, planet positions in degrees, house cusps (ASC/MC/IC), UTC offsets, Julian day
    numbers, numerology digit sums, solfeggio frequencies, crystal weights in carats, crystal dimensions,
    gift-voucher codes, retreat booking references, cabin/bed numbers, session time ranges, retreat date
    ranges, fair stand numbers, EAN barcodes, ISBN-13s, mantra counts, breathing patterns, moon-phase
    times, Saros series, decibel levels, essential-oil lot numbers, practitioner register numbers,
    liability policy numbers, course hours, German register numbers (HRB), door codes, dasha periods,
    seat ranges, payment references, I Ching hexagram changes, herbal dosages, price lists (30/60/90
    minutes), biorhythm readings;
    number habits (numbers.py): US 928-533-0656, (928)533-0656, 928.533.0656, 1.928.533.0656,
    +1-928-533-0656, +1.928.533.0656, 1 800 201 2904, 800-201-2904, (888)201-2904; GB 020-7946-0018,
    (020) 7946 0018, 01458-832-123, 01458 832123, (01458)-832123, 07700-900-123, 07700 900123,
    0808 599 8123, 0800-1234567, +44 (0)161 4960018, (+44) 161 4960018; DE (06221) 456789, 06221-456789,
    06221 45 67 89, 0176-12345678, 0176 123 45678, (0176) 12345678, +49 (0)6221 456789, (+49) 30 12345678;
    FR 04.44.78.76.74, 04 44 78 76 74, 04 44787674, 0805 36 03 71, +33 (0)4 44787674, +33 4.44.78.76.74;
    ES 936 41 28 61, 936.412.861, 612-34-56-78, (+34) 612 345 678; IT 06 76758513, 06 7675 8513,
    333.123.4567, 800.123.456, (+39) 333 123 4567; NL (024) 312 34 56, 06 12 34 56 78, 06 1234 5678,
    0800 123 4567, +31 (0)6 12345678; PT 213.456.789, (+351) 912 345 678; BR (041) 3222-1234,
    (41) 99876-5432, 41 3222 1234, 0800 587 3806, +55 41 3222-1234, +55-41-32221234; IN (0135) 2452123,
    0135-2452123, 0135 245 2123, 98765-43210, 0 98765 43210, 098765-43210, 1800 425 1234, +91 98765 43210,
    +91 (44) 24521234; CH/AT/BE/IE/AU with '+41 (0)44 2966951', '(+43) 664 1234567' and the like; local
    forms 533.0656, 533-0656, 832-123, 496-0018, 496 0018, 4960-0180, 456-789, 45/6789,
    312 3456, 312-3456, 3222 1234, 32221234, 2452 123, 2452-123.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT, en_US) for e-mail user names and free-mail
    domains; role addresses use made-up practice names (values.SLUGS); towns from numbers.AREAS; corpus
    negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), HateCheck
    English cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch,
    Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing
    the guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV: 0-based row after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v125.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v125.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v125.stats [RECORDS VALUES]

Counts (seed 23125; `python -m benchmarks.pii_v125.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1196 {'corpus': 120, 'neg': 363, 'pos': 713}
    values: 1651 by kind: {'PHONE': 1378, 'EMAIL': 144, 'IP_ADDRESS': 75, 'CREDIT_CARD': 25, 'IBAN': 22,
            'US_SSN': 7}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 363, 'PHONE/international': 289,
            'PHONE/list-entry': 226, 'EMAIL/role': 84, 'EMAIL/personal': 60, 'PHONE/other': 50,
            'IP_ADDRESS/v4-private': 27, 'IP_ADDRESS/v6': 25, 'IP_ADDRESS/v4': 23, 'CREDIT_CARD/spaced': 13,
            'IBAN/print': 11, 'IBAN/electronic': 11, 'CREDIT_CARD/solid': 7, 'CREDIT_CARD/dashed': 5,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'astrology': 122, 'crystals': 165, 'psychicfair': 141, 'reiki': 187, 'retreat': 177,
            'soundbath': 99, 'tarot': 185}
    languages (documents written here): {'de': 165, 'en': 404, 'es': 51, 'fr': 74, 'hi': 63, 'it': 51,
            'nl': 128, 'pt': 140}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 189, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 36
    US SSNs are few (7): only en_US documents carry them.
"""

from __future__ import annotations

import json
import random
import sys

from .build import LEX, LOCALES, Builder
from .corpus import corpus_records

SEED = 23125
RECORDS = "tests/data/pii_heldout_v125.jsonl"
VALUES = "tests/data/pii_heldout_v125_values.jsonl"
LOCAL_PLAN = [
    ("en_US", "US", 75),
    ("en_GB", "GB", 75),
    ("de_DE", "DE", 75),
    ("nl_NL", "NL", 75),
    ("pt_BR", "BR", 75),
    ("en_IN", "IN", 40),
    ("hi", "IN", 35),
]
POS_PLAN = {
    "en_US": 44,
    "en_GB": 40,
    "en_IN": 22,
    "en_AU": 18,
    "en_IE": 14,
    "de_DE": 30,
    "de_AT": 13,
    "de_CH": 13,
    "fr_FR": 27,
    "fr_BE": 11,
    "es_ES": 26,
    "it_IT": 26,
    "nl_NL": 26,
    "nl_BE": 11,
    "pt_PT": 22,
    "pt_BR": 22,
    "hi": 18,
}
NEG_SHARE = 0.95


def _record(b: Builder, doc, locale: str, group: str, genre: str, n: int) -> dict:
    lang = LOCALES[locale][0]
    loc = "en_IN" if locale == "hi" else locale
    gname = ("hi-" + genre) if locale == "hi" else genre
    return {
        "id": "%s-%s-%s-%d" % (loc, group, gname, n),
        "locale": loc,
        "text": doc.text,
        "spans": doc.spans,
        "_values": doc.values,
        "_group": group,
        "_genre": genre,
        "_lang": lang,
    }


def build(seed: int = SEED) -> tuple[list[dict], Builder]:
    b = Builder(seed)
    rng = b.rng
    recs: list[dict] = []
    for locale, region, total in LOCAL_PLAN:
        genres = sorted(LEX[LOCALES[locale][0]]["GENRES"])
        left = total
        while left:
            want = 2 if left >= 2 and rng.random() < 0.35 else 1
            genre = rng.choice(genres)
            doc = b.make(b.positive, locale, genre, (region, want))
            left -= want
            recs.append(_record(b, doc, locale, "pos", genre, len(recs)))
    for locale, n in POS_PLAN.items():
        genres = sorted(LEX[LOCALES[locale][0]]["GENRES"])
        for i in range(n):
            genre = genres[i % len(genres)] if i < len(genres) else rng.choice(genres)
            doc = b.make(b.positive, locale, genre, None)
            recs.append(_record(b, doc, locale, "pos", genre, len(recs)))
        for _i in range(round(n * NEG_SHARE)):
            genre = rng.choice(genres)
            doc = b.make(b.negative, locale, genre)
            recs.append(_record(b, doc, locale, "neg", genre, len(recs)))
    recs.extend(corpus_records(rng))
    rng.shuffle(recs)
    return recs, b


def write(recs: list[dict], records_path: str, values_path: str) -> None:
    with open(records_path, "w", encoding="utf-8") as f, open(values_path, "w", encoding="utf-8") as g:
        for r in recs:
            out = {"id": r["id"], "locale": r["locale"], "text": r["text"], "spans": r["spans"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            g.write(json.dumps({"values": r["_values"]}, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> None:
    records_path = argv[0] if argv else RECORDS
    values_path = argv[1] if len(argv) > 1 else VALUES
    recs, b = build(SEED)
    write(recs, records_path, values_path)
    print(
        "documents %d, document redraws %d, value redraws %d, replaced %d, kinds used %d"
        % (len(recs), b.doc_redraws, b.drawer.redraws, b.drawer.replaced, len(b.drawer.used))
    )


if __name__ == "__main__":
    random.seed(SEED)
    main(sys.argv[1:])
