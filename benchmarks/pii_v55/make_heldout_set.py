"""Write tests/data/pii_heldout_v55.jsonl: a fifty-fifth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and of its
    multilingual_hatecheck folder, the first few hundred bytes of MATH-500 test, AMC23, the English
    HateCheck CSV and the German Multilingual HateCheck CSV (for their fields); the other corpus files were
    only read by corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with
    phonenumbers only: drawn at random from a prefix with the national length of numbers.LENGTHS, kept when
    valid and of the wanted type, and every written form parsed back to the same valid number of the stated
    region (local forms with their area code and trunk prefix put back, numbers.put_back); cards with Luhn,
    IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language
    home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or
    dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled
    spans blanked (a document that fails is drawn again; checks.py repeats the whole-document screen). A
    value still dirty after 200 draws would be replaced by a dash (negs.Drawer); see Counts. Written under a
    40-minute limit, so cells are small (3-8 sentences per slot); English has all 7 genres, German 5, Dutch
    5, Portuguese 5, French 3, Spanish 3, Italian 3, Hindi 3. Emphasis: sports and hobby clubs.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES). Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: '• Label: <phone>', 'Label – <phone>', '<phone> (Label)',
    'Label<TAB><phone>', 'Label » <phone>' (heads 'Club contacts', 'Match-day numbers', 'Committee phone
    list', 'Ansprechpartner im Verein', 'Telefonliste Vorstand', 'Contacten van de club', 'Telefones da
    diretoria', 'Contacts du club', 'Teléfonos de la junta', 'Numeri del direttivo', 'क्लब संपर्क', ...).
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_pt_hi.py, lex_fr_es_it.py; build.py, compose.py): 7 genres, none
    in v52: fixtures (league fixtures, postponements, results lines), referees (referee and assistant
    appointments), gym (gym and studio class timetables), angling (angling club newsletters, bailiffs,
    match draws), chess (chess club bulletins, congresses, team matches), stewards (match-day steward
    briefings and rotas), entry (tournament entry forms: fees by card, transfers to IBANs, entry portals by
    IP, US helper background checks with SSNs); all sentences written fresh in en, de, fr, es, it, nl, pt,
    hi; local numbers announced in new ways, before, after, on the line above, in a remark and in speech
    ('Clubhouse bar (Tulsa, local calls only):' + the number on the next line, 'If you're calling from a
    Leeds landline, the groundsman's hut is just ...', '"Ring ... – that's the pavilion, we're all Omaha
    numbers here," the secretary reminded everyone', '... is the number for the scorer's box; you only need
    the code if you're outside Glasgow', '(Members in Pune: the bookings line is simply ...)', 'For the
    kit room dial ...; for the coaches' office .... Both are Kolkata local lines', 'Aus dem Kieler
    Festnetz erreichen Sie den Platzwart direkt unter', '„Ruf einfach ... an, wir sind alle im ...er Netz“',
    'Geräteraum ..., Trainerbüro ... (beides Ortsanschlüsse in ...)', 'Bootshaus Dresden, Ortsgespräch:',
    'Vanaf een vaste lijn in Arnhem bel je de terreinknecht gewoon op', '‘Bel maar ..., binnen Zwolle heb
    je geen netnummer nodig,’', 'De sporthal in Tilburg neemt op via', '— Liga no ..., aqui em Recife nem
    precisa de DDD —', 'Rouparia ..., sala dos técnicos ...: ambos fixos de Natal', '... é o telefone da
    mesa de súmula', 'Lucknow के लैंडलाइन से ग्राउंड्समैन को सीधे ... पर फ़ोन करें', 'किट रूम ..., कोच
    ऑफ़िस ... – दोनों Jaipur के लोकल नंबर हैं', ...);
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: match scores, league table rows,
    race bibs, FIDE ids (8 digits), Elo ratings, chess moves with move numbers, chess time controls,
    lap and split times, fish weights (lb/oz and kg), angling pegs, rod licence references, club
    membership numbers, block/row/seat, turnstile ranges, venue GPS coordinates, squad numbers, heart
    rate zones, lifting sets and loads, class times, referee FAN numbers (8 digits), match numbers,
    board results, golf handicaps, attendances with thousands separators, locker numbers, race distances,
    hook sizes with line strengths, river gauge levels, bank sort codes, racket string tensions, pitch
    dimensions, tide times with heights, ECF membership codes, birth-year bands, running paces, court
    booking references, vehicle registrations of parking passes, ranking points, raffle ticket ranges,
    heat/lane, darts checkouts, nine-hole scorecards, bicycle gearing, matchday numbers;
    number habits (numbers.py): US (402)914-1777, 402.914.1777, 402 914 1777, (402) 914.1777,
    +1-402-914-1777, +1.402.914.1777, +1 (402)914-1777, (800) 499-9622, 800.499.9622; GB 0113-224-8244,
    0113 224 8244, 07463-513969, +44 (0)113 224 8244, +44 (0) 7463 513969, 0044 7463 513969,
    +44-113-224-8244, 0800-716-4870, 0345 563 4168; DE (0521) 737 85 91, 0541 63 41 00 05,
    0431-55891147, (0172) 17 23 23 46, 0176-8983599, +49 (0)341 ..., 0049 ..., 0800-0004957;
    FR 04.94.72.21.92, 04 94 72 21 92, +33 (0)4 94 72 21 92, 0033 6 85 21 05 65, 08 00 25 55 91;
    ES 957 398 205, 957-398-205, 0034 ..., 900-868-716; IT 051 407 6386, 051.4076386, 051-4076386,
    329.6180827, +39-329-618-0827, 800.567.175, 800-567175; NL (013) 432 4283, 013 432 4283,
    06 28 58 73 35, 06-2858 7335, +31 (0)6 ..., 0031 ...; PT 912 716 201, 912-716-201, 00351 ...;
    BR (51) 4631 3411, 51 98869-9474, (51)98869.9474, +55 (51) 98869 9474, 0800 297 9294,
    0800.297.9294; IN (020) 90566401, (0141) 6932846, 020-4686-0781, 93600 18785, 093600-18785,
    1-800-502-8072, 1800 5028072, 0091 ...; AT/CH/BE/IE/AU '+43 (0)664 1200666', '+41 (0) 76 749 00 52',
    '0032 473 31 47 08', '+353-83-473-0575', '+61 (0)477 538 737'; local forms US 904.6834, 7708342;
    GB 307 0583, 496-5417; DE 60423-33, 840659-43, 5032 27 75; NL 537 3826, 64 98 316; BR 5497.3824, 52073703;
    IN 5672210, 441-9441, 73337952.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and free-mail domains (en_US);
    club names, towns and club e-mail domains written here (numbers.AREAS, lex_en.CLUBS); corpus
    negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23 problems (MIT),
    HateCheck English (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch,
    Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the
    guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v55.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v55.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v55.stats [RECORDS VALUES]

Counts (seed 10055; `python -m benchmarks.pii_v55.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    (ruff check and ruff format --check)
    documents: 1196 {'corpus': 122, 'neg': 300, 'pos': 774}
    values: 2563 by kind: {'PHONE': 2083, 'EMAIL': 251, 'IP_ADDRESS': 83, 'CREDIT_CARD': 71, 'IBAN': 67,
            'US_SSN': 8}
    modes: {'PHONE/national': 814, 'PHONE/local-announced': 450, 'PHONE/list-entry': 371,
            'PHONE/international': 327, 'EMAIL/role': 137, 'PHONE/other': 121, 'EMAIL/personal': 114,
            'IBAN/print': 34, 'IP_ADDRESS/v4-private': 33, 'IBAN/electronic': 33, 'IP_ADDRESS/v4': 32,
            'CREDIT_CARD/dashed': 28, 'CREDIT_CARD/solid': 25, 'CREDIT_CARD/spaced': 18, 'IP_ADDRESS/v6': 18,
            'US_SSN/spaced': 4, 'US_SSN/dashed': 4}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'angling': 180, 'chess': 196, 'entry': 78, 'fixtures': 209, 'gym': 189, 'referees': 102,
            'stewards': 120}
    languages (documents written here): {'de': 148, 'en': 400, 'es': 55, 'fr': 75, 'hi': 59, 'it': 55,
            'nl': 143, 'pt': 139}
    corpus: {'amc23-en': 12, 'hatecheck-en': 16, 'math500-en': 40, 'mhc-dutch': 9, 'mhc-french': 9,
            'mhc-german': 9, 'mhc-italian': 9, 'mhc-portuguese': 9, 'mhc-spanish': 9}
    document redraws: 0, value redraws: 220, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44
    US SSNs are few (8): only en_US entry and stewards documents carry them.
"""

import json
import sys

from .build import Builder
from .checks import RECORDS, VALUES


def main(records=RECORDS, values=VALUES):
    b = Builder()
    recs = b.run()
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, val in recs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps(val, ensure_ascii=False) + "\n")
    print(
        f"wrote {len(recs)} records; document redraws: {b.doc_redraws}, "
        f"value redraws: {b.comp.drawer.redraws}, "
        f"kinds replaced after 200 dirty values: {b.comp.drawer.replaced}, "
        f"hard-negative kinds used: {len(b.comp.drawer.used)}"
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
