"""Write tests/data/pii_heldout_v43.jsonl: a forty-third, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v41's generator (handed over as a text file); the first three
    lines of v41's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first lines of GSM8K
    test, AIME24 test, the English HateCheck CSV and the German multilingual HateCheck CSV (for their
    fields); the other corpus files were only read by corpus.py. No library source was opened; phonenumbers,
    python-stdnum and Faker were used through their public functions only. Numbers were made and checked with
    phonenumbers: every written form is parsed back to the same valid number of the wanted type (local forms
    with their area code and trunk prefix put back, and phonenumbers' geographic area-code length asserted);
    cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules,
    IPs with the ipaddress module. Hard negatives are screened as v41 describes: each value on its own
    (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's region, its
    stand-in region and its language's home regions, plus the guards (screens.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with
    its labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a module code (negs.Drawer.draw); in the shipped build none was (0 swaps;
    the French semester form was shortened to 'S4 2025-26' before the final build because its four-digit
    year pairs were nearly always phone-shaped). No '#nofilter' is in the files.
    Written under a 40-minute limit (it took longer, about an hour), so each language's cells are small
    (2-5 lines per slot) and not every genre exists in every language (English has all 10, the others 4-5).
    Emphasis: education, clubs and hobbies.

Format and conventions: those of v41 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each; area_len = the length of the document's area
    code (without trunk prefix), asserted equal to phonenumbers' geographic area code length, null for every
    other phone; text = the subscriber part only; a document's local numbers share one area code and the
    phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers internationally only and use
    DE (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE) for list and service numbers
    (compose.PLAN); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the
    id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled
    with the seed. Modes of the other kinds: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced. 'other' = service numbers
    (toll-free, shared cost, UAN: phonenumbers' type is checked). 'national' includes mobiles written
    nationally. list-entry = a phone in a contact block at the end of a document ('Useful numbers:',
    'Ansprechpartner:', 'Contacts utiles :', 'Teléfonos de contacto:', 'Recapiti utili:', 'Telefoonlijst:',
    'Telefones úteis:', 'ज़रूरी नंबर:'; one '<label>: <phone>' or '- <label> <phone>' per line); a positive
    document that would otherwise carry no value always gets such a block. No phone is split across lines;
    every phone is one digit string with separators; words stay outside the span. French-language
    documents sometimes keep no-break spaces inside a number (the span includes them).

What is new against v41, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 10 education, club and
    hobby genres, none in v41: course (university course pages, module handbooks, timetables), exam (exam
    notices and candidate instructions), union (students' union, society and student-association posts),
    langschool (language-school brochures), music (music and dance school timetables), sport (club fixtures,
    results, membership renewals), scouts (scout and youth-group letters to parents), library (library and
    museum programmes), choir (choir and amateur-theatre rehearsal plans), forum (hobby-forum threads: model
    railways, gardening, chess, photography, knitting); English has all ten; de: course, exam, music,
    sport, forum; fr: langschool, library, choir, sport, union; es: langschool, sport, music, course, scouts;
    it: exam, choir, library, forum, course; nl: union, sport, scouts, forum, music; pt: course, library,
    sport, choir, scouts; hi: exam, course, sport, music. All sentences written fresh for v43. Local numbers
    announced in new ways ('Within Ann Arbor, simply dial', 'Local to Ithaca? The helpline is just', 'From
    a York landline you only need', 'Reception (Leeds exchange):', 'In Austin: office ..., evenings ...',
    'From any Durham phone, dial ... (desk) or ... (coach)', 'Aus dem Ortsnetz Jena genügt die', 'Innerhalb
    von Marburg einfach ... wählen', 'Büro (Ortsnetz Freiburg):', 'In Tübingen ohne Vorwahl:', 'Ortsnetz
    Münster: Büro ..., Halle ...', 'Binnen Delft draait u gewoon', 'Clubhuis (netnummer Utrecht):', 'Vanuit
    Zwolle zonder netnummer:', 'Woont u in Enschede? Bel dan', 'De Campinas, disque só', 'Secretaria (fixo de
    Curitiba):', 'Quem liga de Salvador usa apenas', 'Em Florianópolis, sem DDD:', 'Lucknow शहर से सीधे ...
    मिलाएँ', 'कार्यालय (Bhopal लैंडलाइन):', 'Kolkata में रहने वाले बस ... पर कॉल करें'); towns are university
    towns; cards in membership and course-fee payments, IBANs for club subscriptions, IPs in learning-portal
    sign-ins, SSNs in US financial-aid forms;
    46 hard-negative kinds defined in negs.py and neg_kinds2.py (negs.KINDS), 45 used, none in v41's
    list: ISBN-13 with check digit, ISSN with check character, student ids (letter + 7 digits), module
    codes (CS2041, MATH 214, INF-B-230),
    room numbers (G.0.14, 02.017, B-212), ECTS/CFU credits, grades (1,7; 14,5/20; 28/30; 7,5; 16 valores;
    GPA 3.62; 2:1), exam scores (85/120), semesters and academic years (WiSe 2025/26, Michaelmas 2024,
    a.a. 2024/2025, S4 2025-26, 2024.2), chess ratings (Elo, DWZ, FIDE, ECF), chess move lists, chess time
    controls, model-railway scales (H0 1:87), locomotive numbers (BR 218 467-2), DCC decoder settings
    (CV 29 = 38), photo exposures (f/2.8, 1/250 s, ISO 400), lens focal ranges, opus and catalogue numbers
    (BWV, KV, Hob., D, RV, op. .. nº ..), bar ranges, metronome marks, library shelfmarks and call numbers,
    museum inventory numbers, club membership numbers, ticket and booking references, seats (row/seat),
    match scores, race times, cricket innings scores, golf handicaps (defined, not in any sentence: see
    below), tennis set scores, league-table lines (P12 W8 D2 L2 Pts 26), CEFR and language-exam levels,
    plant hardiness zones, plant spacings, sowing temperatures, seed catalogue numbers, evening-class course
    numbers (K241-07), course and membership prices (£, $, €, R$, ₹), class start times (7.30 pm, 19h30,
    18.45 Uhr, 9.30 uur), session blocks (10 × 90 min), age groups (U14, U-17), knitting gauges, kyu/dan
    grades, hymn numbers (EG 316), track radii (R2 = 438 mm), quorum and year-group counts;
    number habits (numbers.py; cards, IBANs, IPs, SSNs and e-mails are made in others.py):
    US 734 764 1817, (734) 764.1817, 734/764-1817, 1 (734) 764-1817,
    +1 (734) 764-1817, +1 734 764 1817, toll-free 1 (844) 374-7835; GB (01865) 270 123, 01865-270123,
    +44 1865 270123, +44(0)1865 270123, mobiles 07911-123 456, 07911 123 456, (0800) 626 1473; DE
    06221 / 542317, (0 62 21) 54 23 17 (old DIN pairs), 06221-542317, (06221) 542317, +49-6221-542317,
    +49 (6221) 542317, mobiles 0170-1234567, (0170) 1234567, 0176 123 45 67, 0800 / 379 9370,
    (0800) 3 79 93 70; FR 04-78-12-34-56, 0478123456, +33478123456, 0 800 123 456, 0 805 12 34 56; ES
    93 641 28 61 (2-3-2-2 for 91/93), 936-412-861, 936412861, +34 93 641 28 61, 901 12 34 56, 900-12-34-56;
    IT 06/76758513, 051-2099111, 051 209 9111, +39 0676758513, +39 06 76758513, mobiles 347/1234567,
    347-1234567, 800-123456, 848 12 34 56; NL 030 - 253 3550, 030-253 35 50, (030) 2533550, +31-30-2533550,
    mobiles 06-12345678, 06 - 1234 5678, 0800 - 3608; PT 22 309 6748, 22 309 67 48, +351 223096748,
    mobiles 91 234 56 78, 808 586 986; BR (19) 3521-4000, 19 3521-4000, (0xx19) 3521-4000,
    (19) 3521 4000, +55 (19) 3521-4000, +55 19 3521 4000, mobiles (19) 99123-4567, 19 9 9123-4567,
    0800 770 1234, 0300 742-8754; IN 0522-2345678, 0522 2345678, 033 2345-6789, +91 522 2345678,
    mobiles 98450 12345, 098450 12345, 98450-12345, +91-98450-12345, 1800 180 1234, 1800-425-1234;
    AT/CH/BE/AU/IE plain '+CC area rest' (+43 316 801 1093, +41 44 559 44 10, +32 16 72 48 77,
    +61 2 5844 3042, +353 1 415 3572); local forms 764 1817, 764–1817 (en dash), 270123, 270-123,
    334-2000, 54 23 17 (pairs from the right), 542317, 2533550, 253-3550, 3521-4000, 35214000, 234-5678,
    2345 6789, 2345-6789.
    The golf-handicap generator (negs.handicap) is defined but no sentence uses it, so 45 of 46 are used.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN check digits and checks; Faker (MIT) for first and last names in
    personal e-mail addresses; towns from numbers.AREAS; corpus negatives untouched from /work/shared/data:
    GSM8K test questions (MIT), AIME24 and AMC23 problems (MIT), English HateCheck test cases (CC BY 4.0),
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases
    labelled non-hateful are taken (they can still mention protected groups); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes
    or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (the line number
    in the JSONL file, the CSV row under the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v43.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v43.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v43.stats [RECORDS [VALUES]]

Counts (seed 10043; `python -m benchmarks.pii_v43.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1244 {'pos': 784, 'corpus': 138, 'neg': 322}
    values: 1867 by kind: {'PHONE': 1550, 'EMAIL': 190, 'CREDIT_CARD': 50, 'IBAN': 38, 'IP_ADDRESS': 30,
            'US_SSN': 9}
    modes: {'PHONE/list-entry': 549, 'PHONE/local-announced': 450, 'PHONE/national': 224,
            'PHONE/international': 170, 'PHONE/other': 157, 'EMAIL/personal': 105, 'EMAIL/role': 85,
            'IBAN/print': 30, 'CREDIT_CARD/spaced': 20, 'CREDIT_CARD/solid': 19, 'IP_ADDRESS/v6': 12,
            'IP_ADDRESS/v4-private': 12, 'CREDIT_CARD/dashed': 11, 'IBAN/electronic': 8, 'IP_ADDRESS/v4':
            6, 'US_SSN/dashed': 5, 'US_SSN/spaced': 4}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'choir': 94, 'course': 128, 'exam': 108, 'forum': 98, 'langschool': 81, 'library': 105,
            'music': 153, 'scouts': 96, 'sport': 151, 'union': 92}
    languages (documents written here): {'de': 149, 'en': 393, 'es': 65, 'fr': 109, 'hi': 72, 'it': 65,
            'nl': 118, 'pt': 135}
    hard-negative kinds used: 45; document redraws: 0, value redraws: 415,
            kinds replaced after 200 dirty values: 0
"""

import json
import random
import sys
from pathlib import Path

from .compose import LEX, LOCAL_QUOTA, PLAN, Builder
from .corpus import corpus_records

SEED = 10043
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v43.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v43_values.jsonl"


def build(seed=SEED):
    rng = random.Random(seed)
    b = Builder(rng)
    out, n = [], 0
    for locale, lang, region, nat, npos, nneg in PLAN:
        genres = sorted(LEX[lang]["genres"])
        for pos, count in ((True, npos), (False, nneg)):
            for _ in range(count):
                genre = rng.choice(genres)
                text, spans, values = b.build(locale, lang, region, nat, genre, pos)
                tag = "pos" if pos else "neg"
                gid = f"hi-{genre}" if lang == "hi" else genre
                out.append(
                    (
                        {"id": f"{locale}-{tag}-{gid}-{n}", "locale": locale, "text": text, "spans": spans},
                        {"values": values},
                    )
                )
                n += 1
    left = {r: k for r, k in b.local_left.items() if k}
    if left:
        raise RuntimeError(f"local quota of {LOCAL_QUOTA} not met: {left}")
    for cid, locale, text in corpus_records(rng):
        out.append(({"id": cid, "locale": locale, "text": text, "spans": []}, {"values": []}))
    rng.shuffle(out)
    info = {
        "doc_redraws": b.doc_redraws,
        "value_redraws": b.drawer.value_redraws,
        "swaps": b.drawer.swaps,
        "kinds_used": dict(sorted(b.drawer.used.items())),
    }
    return out, info


def dump(out, rec_path=RECORDS, val_path=VALUES):
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, val in out:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps(val, ensure_ascii=False) + "\n")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out, info = build()
    if argv and argv[0] == "--dry":
        print(len(out), info)
        return
    dump(out)
    print(f"wrote {len(out)} documents to {RECORDS.relative_to(ROOT)}; {info}")


if __name__ == "__main__":
    main()
