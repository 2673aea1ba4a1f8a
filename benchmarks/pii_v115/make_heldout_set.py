"""Write tests/data/pii_heldout_v115.jsonl: a 115th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), set in market research and polling.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of MATH-500, AMC23, the English HateCheck CSV and the Dutch Multilingual HateCheck CSV
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid, of the wanted type and of the wanted region, and every written form parsed back to the same valid
    number (local forms with their area code and trunk prefix put back, numbers.put_back; their area_len
    asserted equal to phonenumbers' geographical area code length); cards with Luhn, IBANs with
    python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, home and language home regions, plus the
    guards (checks_core.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes
    removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans
    blanked (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be
    replaced by a dash (negs.Drawer); in the shipped build none was (0), after job numbers were written as
    '24/118' (letters such as 'J' are read as keypad digits by phonenumbers). Written under a 35-minute
    limit, so cells are small (1-6 sentences per slot); English has 8 genres, German 6, French, Spanish,
    Italian, Dutch and Portuguese 5, Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the area code, null for every other phone; text = the subscriber part only;
    a document's local numbers share one town, named in the phrasing. AT/CH/BE/AU/IE documents write their
    own numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (build.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five layouts new against v52: '• Label: <phone>', 'Label<TAB><phone>',
    '<phone> (Label)', 'Label — <phone>', '* Label, <phone>' (heads 'Field contacts', 'Panel support',
    'Numbers for this study', 'Studio and venue lines', 'Kontakte Feldarbeit', 'Rufnummern zur Studie',
    'Contacts terrain', 'Numéros de l'étude', 'Contactos de campo', 'Contatti per il campo',
    'Contactpersonen veldwerk', 'Contatos do campo', 'फ़ील्ड संपर्क'). No phone is split across lines; words
    stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py): 8 genres, all in market
    research and polling, none in v52: panel (survey panel membership and profile mails), focus (focus
    group confirmations), mystery (mystery shopping visit reports), poll (opinion poll fieldwork and method
    notes), cati (call-centre fieldwork shift notes), hut (home-use product tests), incentive (respondent
    reward payouts), screener (recruitment screener outcomes); all sentences written fresh in en, de, fr,
    es, it, nl, pt, hi; towns new (Omaha, Albuquerque, Des Moines, Tulsa, Akron, Savannah, Fresno,
    Lexington; Leeds, Sheffield, Cardiff, Norwich, Exeter, Aberdeen; Kassel, Regensburg, Bielefeld,
    Würzburg, Lübeck, Erfurt; Groningen, Haarlem, Zwolle, Arnhem, Maastricht, Tilburg; Recife, Goiânia,
    Manaus, Florianópolis, Campinas, Natal; Pune, Jaipur, Lucknow, Kochi, Indore, Ahmedabad) and local
    numbers announced in new ways ('Taking part in the Omaha taste panel? From a landline in town you only
    need ...', 'Our Leeds viewing studio books its groups on ... (local callers can leave off the area
    code)', 'Shoppers based in Pune report visits by ringing ...; the supervisor covers ... at weekends',
    'Local number for the Tulsa test kitchen, no code needed:', 'Teststudio Kassel: innerhalb der Stadt
    genügt ...', 'Feldbüro Erfurt (Ortsgespräch):', 'Mystery shoppers regio Zwolle melden zich op ...
    (zonder kengetal)', 'Sala de espelho de Recife: ligação local no ...', 'Clientes ocultos de Natal
    confirmam a visita no ..., sem o código de área', 'Pune फ़ील्ड ऑफ़िस (लोकल कॉल):', ...); cards for
    mystery-shop purchases and prepaid thank-you cards, IBANs for reward transfers, IPs of dashboards and
    CATI diallers, SSNs on US incentive W-9s;
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: panelist ids, job numbers, quota
    cells, sample sizes, margins of error, field weeks, incentive amounts, points balances, response rates,
    NPS scores, Likert answers, age bands, store numbers, till/receipt references, visit times, EAN-13
    barcodes, lot codes, best-before dates, pack sizes, questionnaire versions, interviewer ids, CATI
    station numbers, call attempts, average handle times, weighting factors, confidence intervals, AAPOR
    disposition codes, ISO timestamps, SKUs, voucher codes, room numbers, prices, seat projections, RDD
    sample sizes, survey waves, vote shares, session hex tags, dialler campaign ids, shelf facings, chiller
    temperatures, queue lengths;
    number habits (numbers.py; every form parsed back): US 312-533-0656, 312.533.0656, (312)533-0656,
    +1-312-533-0656, +1.312.533.0656, +13125330656; GB 0113-496-0018, 0113 4960018, +44 (0)113 496 0018;
    DE (0561) 456789, 0561-456789, 0561 45 67 89, +49 (0)561 456789; FR 04.44.78.76.74,
    +33 (0)4 44 78 76 74; ES 936412861, (+34) 612 34 56 78; IT 06.76758513, (+39) 333 123 4567; NL
    (050) 312 3456, +31 (0)50 312 3456; PT 213456789, (+351) 912 345 678; BR 81 3222.1234,
    (81) 3222-1234, +55-81-3222-1234; IN (020) 2452 1234, 020-2452-1234, +91-20-2452-1234; AT/CH/BE/IE/AU
    with '(0)'; local forms 533.0656, 246-0871, 24960018, 4567890, 456 7890, 31 23456, 3222.1234,
    32221234, 2452-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN; others from
    each language's locale), IBANs (drawn until stdnum accepts them) and e-mail user names and domains
    (en_US); corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23 problems
    (MIT), hh-rlhf harmless-base test 'chosen' dialogues (MIT), English HateCheck and Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; only cases labelled non-hateful;
    Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit
    run, nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v115.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v115.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v115.stats [RECORDS VALUES]

Counts (seed 22115; `python -m benchmarks.pii_v115.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1260 {'corpus': 130, 'neg': 295, 'pos': 835}
    values: 1576 by kind: {'PHONE': 1306, 'EMAIL': 170, 'IP_ADDRESS': 45, 'CREDIT_CARD': 36, 'IBAN': 17,
            'US_SSN': 2}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 363, 'PHONE/national': 361,
            'EMAIL/role': 108, 'PHONE/international': 71, 'EMAIL/personal': 62, 'PHONE/other': 61,
            'IP_ADDRESS/v6': 16, 'IP_ADDRESS/v4-private': 15, 'IP_ADDRESS/v4': 14, 'CREDIT_CARD/solid': 13,
            'CREDIT_CARD/spaced': 13, 'IBAN/electronic': 12, 'CREDIT_CARD/dashed': 10, 'IBAN/print': 5,
            'US_SSN/spaced': 1, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'cati': 196, 'focus': 188, 'hut': 73, 'incentive': 23, 'mystery': 192, 'panel': 211,
            'poll': 196, 'screener': 51}
    languages (documents written here): {'de': 162, 'en': 404, 'es': 58, 'fr': 98, 'hi': 67, 'it': 58,
            'nl': 136, 'pt': 147}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'hhrlhf-en': 15, 'math500-en': 25, 'mhc-dutch': 10,
            'mhc-french': 10, 'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 318, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (2): only en_US incentive documents carry them; IBANs (17) only in incentive and
    panel documents.
"""

import json
import random
import sys

from .build import build
from .corpus import corpus

SEED = 22115
RECORDS = "tests/data/pii_heldout_v115.jsonl"
VALUES = "tests/data/pii_heldout_v115_values.jsonl"


def main(argv):
    rec_path, val_path = argv[:2] if len(argv) >= 2 else (RECORDS, VALUES)
    pairs, builder = build(SEED)
    pairs += [(rec, {"values": []}) for rec in corpus(random.Random(SEED + 1))]
    random.Random(SEED + 2).shuffle(pairs)
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, vals in pairs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps(vals, ensure_ascii=False) + "\n")
    print(
        "documents",
        len(pairs),
        "document redraws",
        builder.doc_redraws,
        "value redraws",
        builder.negs.redraws,
        "replaced",
        builder.negs.replaced,
        "hard-negative kinds used",
        len(builder.negs.used),
        "replaced kinds",
        builder.negs.replaced_kinds,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
