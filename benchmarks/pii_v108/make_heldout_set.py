"""Write tests/data/pii_heldout_v108.jsonl: a hundred-and-eighth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), and the first few
    hundred bytes of the German Multilingual HateCheck CSV, MATH-500, AMC23 and the English HateCheck CSV
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix (or from a
    town's area code), kept when valid and of the wanted type, and every written form parsed back to the
    same valid number of the stated region (local forms with their area code and trunk prefix put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs
    with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each
    value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the
    document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen, for corpus negatives too). A value still dirty after 200 draws would be replaced by a dash
    (negs.Drawer); in the shipped build none was (0), after birth-year windows were written '1978–90',
    register entries '123/2024', invoice numbers without dashes ('RE04417') and scorecard codes
    'SD0412/07' (the long forms parse as valid German numbers). Written under a 35-minute limit, so cells
    are small: English has 6 genres with 5-12 sentences each, German, French, Spanish, Italian, Dutch and
    Portuguese 5 genres with 2-7 each, Hindi 3. Emphasis: dating, matchmaking and singles' events.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.INTL_ONLY); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: 'Label: <phone>', '• Label – <phone>', '<phone> (Label)',
    '- Label, <phone>' and 'Label<TAB><phone>' (as pasted from a spreadsheet); heads 'Numbers for the
    evening', "Who's on call tonight", 'Your contacts at the agency', 'Ring us', 'Contacts for the walk',
    'Ansprechpartner am Abend', 'Telefonkette', 'Pour nous joindre ce soir', 'Teléfonos de la noche',
    'Numeri per la serata', 'Bereikbaar tijdens de avond', 'Telefones da noite', 'संपर्क सूत्र', ...
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 6 genres, none
    in v52: agency (matchmaking-agency letters: introductions, fees, identity checks), speeddate
    (speed-dating nights: rounds, badges, scorecards), walk (singles' walking groups: meeting points, routes,
    back markers), supper (supper clubs for singles: tables, menus, deposits), bureau (marriage bureaus:
    biodata, horoscope matching, family contacts; English and Hindi), safety (dating safety advice and
    account sign-in alerts); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways, before or after the number, in remarks and in quoted speech ('From any landline
    in Denver the booking desk is just ...; out-of-towners will need the area code', '(Area code omitted –
    these are Omaha local numbers.) Front desk ...', 'Our matchmaker in Tulsa says to "just dial ..., no
    need for the area code if you're in town."', 'If you're ringing from a Leeds landline you can drop the
    dialling code:', 'She said, "Call me at the shop – it's ..., we're in Glasgow, so no code from a local
    phone."', 'For Pune residents, the bureau landline is ... (no STD code needed within the city)', 'Wer
    in Köln wohnt, ruft unser Büro ohne Vorwahl an:', 'Ortsnetz Kiel – Anmeldung telefonisch:', '„Ruf
    einfach ... an, wir sind ja beide in Hamburg", schrieb sie', 'Woon je in Zwolle? Bel dan zonder
    kengetal:', 'Lokaal nummer (Arnhem): ... – buiten de stad met netnummer ervoor', 'Quem é de Recife liga
    direto do fixo:', 'Em Manaus, reservas pelo ... ou pelo ..., sem o DDD', '"Me liga no ..., aqui em
    Goiânia mesmo", escreveu ela', 'Jaipur शहर के लैंडलाइन से ब्यूरो का नंबर सीधे ... डायल करें', ...);
    towns (numbers.AREAS) none of v52's; cards for agency fees, event tickets and supper deposits, IBANs
    for joining fees and walking-group subscriptions, IPs of sign-ins to dating accounts, SSNs on US
    background and credit checks for premium matchmaking (en_US only, so few);
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: member numbers, profile ids,
    event dates with times, age ranges, birth-year windows, heights, ticket prices, table numbers, badge
    numbers, match percentages, walk distances, elevation gain, OS grid references, GPS points, booking
    references, promo codes, gift vouchers, bureau register entries, agency invoice numbers, speed-dating
    rounds (7/12), restaurant reservation numbers, departure times, bus routes, room numbers, anniversary
    dates, questionnaire items (37/120), ratings (4.8/5), member counts, identity-verification references,
    DBS certificate numbers (12 digits), cloakroom tickets, opening hours, seat blocks, chat timestamps,
    route stages, fee instalments (3 × 149,00), season date ranges, scorecard codes, grouped payment
    references (1234 5678 90), grouped 12-digit invoice numbers, membership periods;
    number habits (numbers.py): US 303-533-0656, (303)533-0656, 303.533.0656, 1-303-..., 1.303.533.0656,
    +1-303-533-0656, +1.303.533.0656, +1 (303) 533 0656, toll-free (888) 201-2904, 1.888..., 1 888 201 2904;
    GB 0207 946 0018, 020-7946-0018, 0117-9984195, 0117 9984195, 07727-800355, 07727 800 355,
    +44 (0)117 998 4195, +44 (0) 7727 800355, 0800-367979; DE (069) 313 03 29 (pairs from the right),
    069-3130329, 01571-4084853, +49 (0)69 313..., +49 (0) 1571 4084853; FR 02 07 69 56 53,
    06.26.01.54.45, +33 (0)2 07 69 56 53, 0800 47 88 79; ES 954102727, 619-448-047, 954 10 27 27;
    IT 06 6643795, 06.6643795, 335 642 9444; NL (050) 544 7248, 050 544 7248, 050/5447248, 06 314 026 60,
    06-3140 2660, +31 (0)50 ...; PT 224 736 001, 925-400-896; BR (41) 3324-8567, 41 3324 8567,
    (21)98871-2557, +55 41 3324-8567, +55 (41) 3324 8567, 0800 152 6358, 0800.152.6358; IN (022) 52939564,
    022 5293 9564, 022/52939564, 70728 93873, 7072893873, 70728-93873, +91 7072893873,
    +91-22-5293-9564 (phonenumbers' groups), 1800 085 913, 1-800-085-913; AT/CH/BE/IE/AU with the
    '(0)' trunk reminder ('+43 (0)664 52213578', '+32 (0)3 251 98 06', '+61 (0)2 6048 3416'); local
    forms 533.0656, 533-0656, 496-0018, 2151-1690, 92 50 26, 8925026, 732-0488, 732 04 88, 5695.6036,
    56956036, 5695 6036, 2452-1234, 276-9767.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), hh-rlhf harmless-base test 'chosen' dialogues (MIT), English HateCheck cases (CC BY
    4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0);
    only HateCheck cases labelled non-hateful are taken (they can still mention protected groups;
    Portuguese cases carry pt_BR; hh-rlhf dialogues can be unpleasant); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row
    (CSV: 0-based row after the header; JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v108.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v108.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v108.stats [RECORDS VALUES]

Counts (seed 10108; `python -m benchmarks.pii_v108.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1269 {'corpus': 120, 'neg': 310, 'pos': 839}
    values: 2041 by kind: {'PHONE': 1388, 'EMAIL': 318, 'IP_ADDRESS': 129, 'CREDIT_CARD': 124, 'IBAN': 79,
            'US_SSN': 3}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 350, 'PHONE/list-entry': 320, 'EMAIL/role':
            243, 'PHONE/international': 171, 'PHONE/other': 97, 'EMAIL/personal': 75, 'IP_ADDRESS/v4': 60,
            'CREDIT_CARD/dashed': 45, 'CREDIT_CARD/spaced': 43, 'IBAN/print': 40, 'IBAN/electronic': 39,
            'IP_ADDRESS/v4-private': 37, 'CREDIT_CARD/solid': 36, 'IP_ADDRESS/v6': 32, 'US_SSN/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'agency': 223, 'bureau': 107, 'safety': 224, 'speeddate': 209, 'supper': 179, 'walk': 207}
    languages (documents written here): {'de': 179, 'en': 444, 'es': 57, 'fr': 68, 'hi': 65, 'it': 57,
            'nl': 129, 'pt': 150}
    corpus: {'amc23-en': 12, 'hatecheck-en': 14, 'hhrlhf-en': 18, 'math500-en': 24, 'mhc-dutch': 9,
            'mhc-french': 9, 'mhc-german': 9, 'mhc-italian': 8, 'mhc-portuguese': 9, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 289, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (3): only en_US agency and safety documents carry them.
"""

import json
import sys

from .build import SEED, Builder

RECORDS = "tests/data/pii_heldout_v108.jsonl"
VALUES = "tests/data/pii_heldout_v108_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES, seed=SEED):
    b = Builder(seed)
    records, sidecar, _ = b.build()
    with open(records_path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(values_path, "w", encoding="utf-8") as fh:
        for v in sidecar:
            fh.write(json.dumps(v, ensure_ascii=False) + "\n")
    return b


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else (RECORDS, VALUES)
    b = write(*paths)
    print(
        "documents:",
        len(b.records),
        "document redraws:",
        b.doc_redraws,
        "value redraws:",
        b.comp.drawer.redraws,
        "replaced:",
        b.comp.drawer.replaced,
        "kinds used:",
        len(b.comp.drawer.used),
    )


if __name__ == "__main__":
    main(sys.argv)
