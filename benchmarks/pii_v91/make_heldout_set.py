"""Write tests/data/pii_heldout_v91.jsonl: a ninety-first, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of the German Multilingual
    HateCheck CSV, the English HateCheck CSV, MATH-500 and AMC23 (for their fields). No folder under
    /work/shared/data was listed; the other corpus files were only read by corpus.py. GSM8K (train and
    test) was not used. Numbers were made and checked with phonenumbers only: drawn at random from a
    prefix, kept when valid, of the wanted type and of the wanted region (numbers.draw, numbers.draw_local),
    and every written form parsed back to the same valid number (fmt.checked; local forms with their area
    code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus
    its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions (negs.regions_for), plus
    the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (build.Builder.screen; checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after election
    dates were written with month names ('15. Okt. 2026', 'May 7, 2026') because numeric dates parse as
    valid German numbers, donation receipts were given a letter ('DR-26-K4417') and ZIP+4 codes were
    dropped for census tracts. Written under a 35-minute limit, so cells are small: English has 8 genres,
    German 5, Dutch 3, French 3, Portuguese 3, Spanish 3, Italian 2, Hindi 2. Emphasis: elections and
    political campaigns. Sentences live in lex/<lang>.txt (read by lexicon.py), so that no Python line is
    long.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the sentence that announces them names its town. en_AU, en_IE, de_AT, de_CH,
    fr_BE and nl_BE documents write their own numbers internationally only and use GB, DE, FR or NL for
    national, list and service numbers (negs.NATIONAL_OF); no 00 prefixes. Hindi documents carry the
    locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in
    build order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role,
    CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five layouts new
    against v52: '• Label: <phone>', 'Label<TAB><phone>', '<phone> – Label', 'Label (<phone>)' and
    '- Label, <phone>' (heads 'Campaign contacts', "Who's who on the team", 'Ring-round list', 'Polling day
    numbers', 'Wahlkampfteam', 'Kontakte am Wahltag', 'Ansprechpersonen', 'Contacts de campagne', 'Équipe
    de terrain', 'Contactos de campaña', 'Contatti del comitato', 'Campagneteam', 'Contacten op de
    verkiezingsdag', 'Contatos da campanha', 'Equipe no dia da eleição', 'संपर्क सूत्र', 'चुनाव टीम').
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex/*.txt, lexicon.py, build.py, compose.py): 8 genres, none in v52: canvass (doorknocking
    and leafleting briefings), polling (polling-day rotas, tellers, station runners), office (constituency
    and councillor offices, advice surgeries), petition (petition drives and hand-ins), leaflet (candidate
    leaflets and imprints), agent (election agents' notes, expenses returns, count night), phonebank
    (phone-bank and ring-round shifts), hustings (hustings and debate invitations); all sentences written
    fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways (before, after, on a label
    line, in reported speech: 'locals can reach the committee rooms on ... without dialling the code',
    'Anyone canvassing Tulsa: the committee rooms are just ... from a local landline', 'Our Leeds office
    (no area code needed in town):', 'Team room, Dayton exchange – dial ... from any phone in the
    district', '"Just ring ... – that's the Omaha number," the organiser told the volunteers', 'The
    Glasgow branch asked us to print its number as ... – residents there don't need the code', 'Aus Kassel
    erreichen Sie die Geschäftsstelle ohne Vorwahl unter', 'Wahlkampfbüro Erfurt (im Ortsnetz):',
    '„Ruf einfach ... an, das ist unser Büro hier in Lübeck“', 'Ortsverband Potsdam – innerhalb der
    Stadt:', 'Vanuit Zwolle belt u het campagnekantoor zonder netnummer', 'Wie in Delft woont, belt gewoon
    ... voor vervoer naar het stembureau', 'Quem liga de Recife fala com o comitê direto no ..., sem
    DDD', 'Comitê Natal (ligação local):', '"É só ligar ..., é o fixo do comitê aqui em Manaus"', 'Pune शहर
    से बिना STD कोड के चुनाव कार्यालय का नंबर ... है', '"... पर फ़ोन कर लीजिए, यह Jaipur वाला दफ़्तर है"'); cards for
    campaign donations, IBANs for membership direct debits and printers' invoices, IPs of petition
    sign-ups, phone-bank diallers and hustings livestreams, SSNs on campaign payroll and candidate filing;
    37 hard-negative kinds (negs.KINDS), all used, none in v52's list: electoral roll numbers (KE3-1187),
    ONS constituency codes (E14001063), ballot paper serials, vote tallies, turnout percentages, majorities,
    FEC committee ids (C00123456), campaign spending amounts, leaflet print runs, petition signature counts,
    polling hours (07:00–22:00, 7h30–19h00), election dates with month names, precinct codes (17-818), turf
    and walk-list ids (W44/C), swing points, poll sample sizes with margins of error, Bundestag Wahlkreis
    numbers, Stimmbezirk codes, Brazilian títulos de eleitor (12 digits with both check digits), zona/seção
    pairs, Indian EPIC voter ids, part/serial numbers on voter slips, candidate numbers on the urna, French
    bureau de vote numbers, INSEE commune codes, Spanish mesa/sección codes, Italian tessere elettorali (9
    digits), Dutch stembureau numbers, party membership numbers (8 digits), donation receipts, ballot boxes
    (20/36), UK bank sort codes, US census tracts (0074.02), seat counts (326/650), fieldwork dates, leaflet
    round numbers, registered-elector counts; decimal commas and dot thousands outside English;
    number habits (fmt.py): US 503.909.2668, (503)909-2668, 503-909-2668, 1.503.909.2668, +1-503-909-2668,
    1.866.484.7564; GB 020-7300 8369, (020) 3515 6694, 07798-190723, +44 (0)20 7300 8369, +44-151-207-9604;
    DE (0711) 5 00 55 66, 0711 / 5 14 16 17, 089 3342 2904, 0170 712 4911, +49 (0)176 66299263; FR
    02.45.27.83.23, 06.07.11.53.90, +33 (0)2 45 27 83 23; ES 986.76.79.04, 935 23 39 78, +34-935-23-39-78;
    IT 06 6461 7331, 325.2731587, 320 728 9678, +390664617331; NL (030) 935 36 10, 030 437 32 17,
    06 56 97 21 65, +31 (0)70 929 8598; PT 289 644 849, +351289644849; BR (85) 5196 7768, 85-3390-9636,
    (085) 5656-4832, 41-90820-3912; IN (080) 2012 5746, 93070 18357, 70233-79145, +91 70233 79145;
    CH/AT/BE/IE/AU with the trunk zero in parentheses ('+41 (0)44 914 64 51', '+43 (0)660 0124104',
    '+32 (0)3 864 19 95', '+353 (0)1 534 9739', '+61 (0)8 9645 7908'); local forms 512.7689, 401-2345,
    2401626, 240 1626, 2190 8421, 79 46 85, 794 685, 312 34 56, 977 4230, 2698.7020, 3222 1234, 2452-1234,
    274 1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v91.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v91.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v91.stats [RECORDS VALUES]

Counts (seed 10091; `python -m benchmarks.pii_v91.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1301 {'corpus': 130, 'neg': 388, 'pos': 783}
    values: 1981 by kind: {'PHONE': 1480, 'EMAIL': 391, 'IP_ADDRESS': 68, 'CREDIT_CARD': 20, 'IBAN': 13,
            'US_SSN': 9}
    modes: {'PHONE/national': 480, 'PHONE/local-announced': 450, 'PHONE/list-entry': 335, 'EMAIL/role':
            199, 'EMAIL/personal': 192, 'PHONE/other': 126, 'PHONE/international': 89, 'IP_ADDRESS/v4': 32,
            'IP_ADDRESS/v6': 19, 'IP_ADDRESS/v4-private': 17, 'IBAN/print': 8, 'CREDIT_CARD/solid': 8,
            'CREDIT_CARD/dashed': 7, 'CREDIT_CARD/spaced': 5, 'IBAN/electronic': 5, 'US_SSN/dashed': 5,
            'US_SSN/spaced': 4}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'agent': 63, 'canvass': 280, 'hustings': 58, 'leaflet': 190, 'office': 271, 'petition': 157,
            'phonebank': 50, 'polling': 102}
    languages (documents written here): {'de': 178, 'en': 454, 'es': 46, 'fr': 72, 'hi': 71, 'it': 46,
            'nl': 147, 'pt': 157}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 110, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 37
"""

import json
import sys

from .build import SEED, Builder

RECORDS = "tests/data/pii_heldout_v91.jsonl"
VALUES = "tests/data/pii_heldout_v91_values.jsonl"


def main(argv):
    records = argv[0] if argv else RECORDS
    values = argv[1] if len(argv) > 1 else VALUES
    b = Builder(SEED)
    docs = b.run()
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, vals in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    print(
        f"{len(docs)} documents; document redraws {b.doc_redraws}, value redraws {b.comp.drawer.redraws}, "
        f"kinds replaced {b.comp.drawer.replaced}, kinds used {len(b.comp.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
