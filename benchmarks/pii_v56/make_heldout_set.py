"""Write tests/data/pii_heldout_v56.jsonl: a fifty-sixth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and of
    multilingual_hatecheck, the first few hundred bytes of the German Multilingual HateCheck CSV, the English
    HateCheck CSV, MATH-500 and AMC23 (for their fields); the other corpus rows were only read by corpus.py.
    GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at
    random from a prefix, kept when valid, of the wanted type and of the wanted region, and every written
    form parsed back to the same valid number of the stated region (local forms with their area code and
    trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as
    v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (checks.py
    repeats the whole-document screen for every record, corpus rows included). A value still dirty after
    200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after Booking-
    style references were drawn with a leading 1 and guest-registration numbers as '01234/25'.
    Written under a 40-minute limit, so cells are small (3-9 sentences per slot); English has all 8
    genres, German 6, Dutch 6, Portuguese 6, French 5, Spanish 5, Italian 5, Hindi 5. Emphasis: tourism
    and hospitality.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. 'international' = the written form carries a + (also '(+34) ...').
    Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five new layouts: '☎ <phone> – Label', 'Label<TAB><phone>', '* Label: <phone>',
    'Label, tel. <phone>' and '<phone> (Label)' (heads 'Handy numbers for your stay', 'Numbers to keep',
    'During your stay', 'If you need us', 'Nützliche Nummern für Ihren Aufenthalt', 'Während Ihres
    Aufenthalts', 'Wen Sie anrufen können', 'Handige nummers tijdens uw verblijf', 'Wie belt u', 'Numéros
    utiles pendant votre séjour', 'Teléfonos durante su estancia', 'Numeri per il soggiorno', 'Telefones
    úteis para a sua estadia', 'रुकने के दौरान काम के नंबर', ...). No phone is split across lines; words stay
    outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_fr_es_it.py, lex_pt_hi.py; compose.py): 8 genres, none in v52:
    hotel (booking confirmations, pre-arrival notes, folio queries), bnb (B&B and guest-house welcome
    notes), campsite (campsite and caravan-park arrival sheets), holidaylet (holiday-let house manuals,
    gîtes, agriturismi, homestays), tourguide (guided walks and day trips), hostelboard (hostel notice
    boards and house rules), transfer (airport transfer and shuttle vouchers), lostproperty (hotel lost
    property letters); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways, before, after, on the line above, in a remark and in speech ('Calling from a
    Aspen landline? You only need the last seven digits:', 'Front desk (local to Orlando):', '"Just dial
    ... from the lobby phone," the clerk said, "it's a ... number, so nothing in front."', 'Tour pickups
    around ...:' + number on its own line + 'That's a local call from any hotel in town', '... is the
    after-hours line for the ... property (local calls only)', 'From anywhere in Leeds the guest house is
    simply', 'Staying in the city centre? Leave off the ... code and ring', '"It's ...," she wrote on the
    card, "- that's Glasgow, you won't need the 0 bit."', 'Within Udaipur you can call the homestay on ...
    - no STD code from a local line', 'Innerhalb von Cochem erreichen Sie die Rezeption einfach unter',
    'Gästeinformation Dresden (Ortsnetz):', '„Rufen Sie einfach ... an", sagte die Wirtin', 'Bergbahn-Kasse
    Füssen, Ortsgespräch:', 'Binnen Delft belt u de receptie gewoon op', 'Rondvaart Giethoorn, zonder
    kengetal:', '„Bel maar ...," zei de gastheer', 'Quem já está em Paraty liga para a recepção direto
    no', 'Bilheteria do parque em Bonito, sem DDD:', '"É só discar ...", disse a dona da pousada',
    'Shimla शहर के अंदर से होमस्टे का नंबर सिर्फ़ ... है', 'ड्राइवर ने कहा, "... मिला लीजिए, ये Agra का ही
    नंबर है, कोड नहीं लगेगा।"', ...); cards for deposits, guarantees, pitch fees, tours, transfers and
    postage of lost property, IBANs for balances and refunded damage deposits, IPs of guest Wi-Fi portals,
    lounge printers, holiday-let routers and campsite office routers, SSNs on seasonal-staff I-9 notes and
    an owner's W-9 (en_US only);
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: booking references (1234.567.890),
    room numbers, key-safe codes, door-entry codes, campsite pitches, GPS coordinates in decimal degrees
    and in degrees-minutes-seconds, check-in windows, nightly rates, tourist tax, flight numbers, train /
    coach / seat, airline bag tags, loyalty numbers, party sizes with children's ages, altitudes, distances,
    Spanish tourist licences (HUTB-, VT-, ESFCTU), Portuguese AL registrations, Italian CIN codes, utility
    meter readings, voucher codes, number plates, bus departure times, ferry booking codes, addresses with
    postcode and house number, opening hours, pool/lake water temperature, bed sizes, ski-pass serials,
    trail numbers with length and ascent, table reservations (table · guests · time), cancellation
    deadlines, EV charge-point ids, tide times with heights, 13-digit museum ticket barcodes (EAN-13),
    hostel bed/locker numbers, laundry token prices, guest registration numbers, marina berths, wind
    force, quiet hours, bike frame numbers, luggage weights;
    number habits (numbers.py): US 928.962.9137, (702)873-3577, 1-504-894-3018, 1.312.533.0656,
    +1-512-957-4339, +1.305.868.8699, +1 (928) 962.9137, 1 855 418 0343, (866)676-8197; GB 0161-639 2450,
    0191-3151124, 07500-275 205, +44 (0)1904 363 909, +44 (0) 161 496 0018, 0808-6090497; DE
    0170-8485333, (0171) 90089650, 0171 4078 2671, (08821) 809 43 88, 0351 93 33 44 85, 08821 - 228915,
    +49 (0)351 3720640, +49 (0) 40 686 84 90, 0800 059 72 79, (0800) 8784932; FR 02.64.46.80.21,
    02-23-21-55-11, +33 (0)2 32 24 36 06, +33 (0) 7.89.95.26.64, 08.00.24.64.10, 08 09 05 20 00; ES 928 607
    191, 971.103.533, (+34) 910 449 556, +34 665 63 20 60, 900-763-173; IT 055 126 1035, 081.0116643, (055)
    418 539, 320.801.6585, 396-8852281, (+39) 081 9688190, +39 335.169.9356, 800.537.003; NL (0222) 734 284,
    06 547 102 51, 06-547 102 51, +31 (0)6 3852 8264, +31 (0) 50 312 34 56, 0800-0570933; PT 289 608 579,
    962.494.955, 920-561-691, (+351) 912 345 678, 800-548285; BR (41) 3222.1234, 41-3222-1234, (11)
    95692-5572, +55 (21) 95413.5014, +55 21 3117 1856; IN 096452-65871, 98765 43210, (044) 2452 1234,
    +91 (22) 25677713, +91-22-2673-8123, 1 800 307 2898, 1800 2348 789; CH/AT/BE/IE/AU with a (0) after
    the country code ('+41 (0)79 130 01 21', '+43 (0)512 7968180', '+32 (0)484 42 74 20', '+353 (0)86 643
    9757', '+61 (0)7 3361 9960') or plain; local forms 854.1234, 854-1234, 752-3371, 752 3371, 773 12 31,
    2408 0781, 33 64 684, 336-4684, 5283.7742, 52837742, 210-0110, 2100110.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    questions (MIT), English HateCheck test cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still be rude or mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes
    or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v56.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v56.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v56.stats [RECORDS VALUES]

Counts (seed 10056; `python -m benchmarks.pii_v56.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings,
    ruff format --check: clean
    documents: 1197 {'corpus': 130, 'neg': 300, 'pos': 767}
    values: 1772 by kind: {'PHONE': 1363, 'EMAIL': 254, 'CREDIT_CARD': 66, 'IP_ADDRESS': 61, 'IBAN': 21,
            'US_SSN': 7}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 359, 'PHONE/list-entry': 305,
            'PHONE/international': 159, 'EMAIL/role': 131, 'EMAIL/personal': 123, 'PHONE/other': 90,
            'IP_ADDRESS/v6': 27, 'CREDIT_CARD/solid': 24, 'CREDIT_CARD/dashed': 22,
            'IP_ADDRESS/v4-private': 22, 'CREDIT_CARD/spaced': 20, 'IBAN/print': 14, 'IP_ADDRESS/v4': 12,
            'IBAN/electronic': 7, 'US_SSN/spaced': 4, 'US_SSN/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    phone regions: {'GB': 203, 'NL': 195, 'IN': 194, 'DE': 185, 'US': 176, 'BR': 137, 'FR': 69, 'ES': 52,
            'PT': 46, 'IT': 45, 'BE': 23, 'AU': 12, 'IE': 10, 'CH': 9, 'AT': 7}
    genres: {'bnb': 128, 'campsite': 134, 'holidaylet': 181, 'hostelboard': 119, 'hotel': 178,
            'lostproperty': 50, 'tourguide': 154, 'transfer': 123}
    languages (documents written here): {'de': 159, 'en': 393, 'es': 48, 'fr': 69, 'hi': 63, 'it': 43,
            'nl': 151, 'pt': 141}
    locales: {'de_AT': 15, 'de_CH': 14, 'de_DE': 140, 'en_AU': 24, 'en_GB': 145, 'en_IE': 24, 'en_IN':
            141, 'en_US': 192, 'es_ES': 58, 'fr_BE': 17, 'fr_CH': 16, 'fr_FR': 46, 'it_IT': 53, 'nl_BE':
            28, 'nl_NL': 133, 'pt_BR': 126, 'pt_PT': 25}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 40, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 245, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44
    US SSNs are few (7): only en_US hotel and holiday-let documents carry them.
"""

import json
import random
import sys

from faker import Faker

from . import compose, corpus, negs

SEED = 10056
RECORDS = "tests/data/pii_heldout_v56.jsonl"
VALUES = "tests/data/pii_heldout_v56_values.jsonl"
LANG_WEIGHTS = {"en": 30, "de": 13, "nl": 12, "pt": 12, "fr": 9, "es": 6, "it": 6, "hi": 6}
N_POS, N_NEG = 420, 300
# local region -> list of (lexicon key, language, locale, count)
LOCAL_PLAN = {
    "US": [("US", "en", "en_US", 75)],
    "GB": [("GB", "en", "en_GB", 75)],
    "DE": [("DE", "de", "de_DE", 75)],
    "NL": [("NL", "nl", "nl_NL", 75)],
    "BR": [("BR", "pt", "pt_BR", 75)],
    "IN": [("IN-en", "en", "en_IN", 40), ("IN-hi", "hi", "en_IN", 35)],
}


def build(seed=SEED):
    rng = random.Random(seed)
    fakers = {}
    for loc in sorted(set(compose.FAKER.values()) | {"hi_IN"}):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed)
    drawer = negs.Drawer(rng)
    comp = compose.Composer(rng, fakers, drawer)
    stats = {"document_redraws": 0}
    records, sidecar = [], []
    langs = sorted(LANG_WEIGHTS)

    def emit(kind, locale, lang, genre, make):
        regions = compose.screen_regions(locale, lang)
        while True:
            doc = make()
            text = doc.text()
            if not negs.doc_dirty(text, doc.spans, regions):
                break
            stats["document_redraws"] += 1
        hi = "hi-" if lang == "hi" else ""
        rid = f"{locale}-{kind}-{hi}{genre}-{len(records)}"
        records.append({"id": rid, "locale": locale, "text": text, "spans": doc.spans})
        sidecar.append({"values": doc.vals})

    for region, plan in LOCAL_PLAN.items():
        for key, lang, locale, count in plan:
            left = count
            while left:
                town, area = rng.choice(compose.numbers.AREAS[region])
                want = 2 if left > 1 and rng.random() < 0.3 else 1
                genre = rng.choice(sorted(compose.GENRES[lang]))

                def make(
                    lang=lang,
                    locale=locale,
                    genre=genre,
                    region=region,
                    key=key,
                    town=town,
                    area=area,
                    want=want,
                ):
                    return comp.local_doc(locale, lang, genre, region, key, town, area, want)

                emit("pos", locale, lang, genre, make)
                left -= want
    for kind, total in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(total):
            lang = rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]
            locale = rng.choice(compose.LANG_LOCALES[lang])
            genre = rng.choice(sorted(compose.GENRES[lang]))
            fn = comp.positive if kind == "pos" else comp.negative
            emit(
                kind,
                locale,
                lang,
                genre,
                lambda fn=fn, locale=locale, lang=lang, genre=genre: fn(locale, lang, genre),
            )
    for doc in corpus.corpus_docs(rng):
        records.append(doc)
        sidecar.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    stats.update(
        value_redraws=drawer.redraws,
        replaced=drawer.replaced,
        replaced_kinds=drawer.replaced_kinds,
        kinds_used=len(drawer.used),
    )
    return [records[i] for i in order], [sidecar[i] for i in order], stats


def dump(rows, path):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv):
    records_path = argv[0] if argv else RECORDS
    values_path = argv[1] if len(argv) > 1 else VALUES
    records, sidecar, stats = build()
    dump(records, records_path)
    dump(sidecar, values_path)
    print(len(records), "documents;", stats)


if __name__ == "__main__":
    main(sys.argv[1:])
