"""Write tests/data/pii_heldout_v81.jsonl: an eighty-first, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (three levels) and the first
    few hundred bytes of MATH-500, AMC23, the English HateCheck CSV and the German Multilingual HateCheck
    CSV (for their fields); the corpus files themselves were only read by corpus.py. GSM8K (train and
    test) was not used. The repository root was listed once (top level only). Numbers were made and
    checked with phonenumbers only: drawn at random from a prefix or an area code, kept when valid, of
    the wanted region and type (numbers.draw), and every written form parsed back to the same valid number
    of its region (numbers.parses_back; local forms with their area code and trunk prefix put back, BR
    local forms with '(DDD) ' put back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules (area 001-899 but not 666, group and serial not zero), IPs
    with the ipaddress module. Hard negatives are screened as v52 describes: each value on its own
    (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national
    and language home regions (compose.regions_for), plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (compose.doc_dirty; checks.py repeats it).
    A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build
    none was (0), after cremation numbers were written number-year ('4821-24') and medical examiner
    cases 'ME/24/1733' (the year-first forms were valid German, French or Dutch numbers every time).
    Written under a 35-minute limit, so cells are small (3-9 sentences per genre and language); English
    has all 8 genres, German 6, Dutch 6, French 5, Portuguese 5, Spanish 4, Italian 4, Hindi 4.
    Emphasis: funerals and bereavement.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping, never touching a letter or digit;
    sidecar line i {"values": [...]} in span order, each value {kind, mode, text}, PHONE values also with
    region, e164, area_len; PHONE modes international, national, local-announced, list-entry, other).
    Subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each
    (IN: 40 in English, 35 in Hindi documents); area_len = the length of the document's area code,
    asserted equal to phonenumbers' geographical area code length, null for every other phone; text = the
    subscriber part only; a document's local numbers share one area code and the announcement names its
    town. AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB
    for national, list and service numbers (compose.LOCALES); no 00 prefixes. Hindi documents carry the
    locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in
    build order) or <source>-<language>-<row>; shuffled with the seed. 'international' also covers
    numbers written with '+CC (0)'. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed
    (Amex 4-6-5), IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' =
    toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a
    contact block at the end of a document, one per line, in five layouts new against v52:
    'Label – <phone>', '• Label, <phone>', '<phone> – Label', 'Label:<TAB><phone>', '* Label: <phone>'
    (heads 'Numbers you may need', 'Contacts for the family', 'Wichtige Nummern für die Familie',
    'Numéros pour la famille', 'Teléfonos para la familia', 'Numeri utili per la famiglia',
    'Nummers voor de familie', 'Telefones para a família', 'ज़रूरी फ़ोन नंबर', ...). No phone is split across
    lines; words stay outside the span. A sentence that names a country for a relative or partner abroad
    draws the international number from that country (slots {I_CH}, {I_AT}, {I_BE}, {I_PT}, {I_DE}).

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 8 genres, none
    in v52: undertaker (funeral directors' arrangement letters), crematorium (bookings, webcasts, ashes),
    mason (memorial masons' quotes and inscription proofs), probate (estate administration and probate
    helpline notes), support (bereavement support groups, grief cafés), florist (funeral flowers orders),
    obituary (death notices), plan (pre-paid funeral plans and funeral insurance); all sentences written
    fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, on the
    line above, in a remark and in reported speech ('If you're calling from anywhere in Omaha, the chapel
    office is simply ...', 'Family liaison (Tulsa callers, no area code needed):', '... – that's the
    Dayton viewing room, for anyone dialing from a local landline', 'Mom said to tell you the funeral
    home is ...; it's a Reno number, so seven digits from the house', 'Local to Akron?' on the line
    above, '(Within Fresno, the crematory's front desk is ... and the grounds office ...)', 'As the
    pastor said on Sunday, anyone in Albany who can help with the meal should call Linda at ...', 'From a
    Leeds landline, ring the funeral home on ... – you can leave off the dialling code', 'Nan always said
    the undertaker in York was ...', 'Glasgow group, local line:', 'Within Pune city, the crematorium
    trust office can be reached on ... (no STD code needed)', 'Uncle said the pandit's office in Jaipur is
    ...', 'Innerhalb von Köln genügt für das Bestattungshaus die ...', 'Tante Inge meinte, der
    Friedhofsgärtner hat die ...; aus Leipzig braucht man nichts davor', 'Hiesiger Anschluss (Ulm):',
    'Belt u binnen Zwolle, dan volstaat ...', 'Mijn schoonmoeder zei: 'Bel gewoon ..., dat is de
    steenhouwer hier in Arnhem.'', 'Lokaal (Ede):', 'Minha tia avisou que a floricultura de Natal é ...,
    é só discar de casa mesmo', 'Atendimento local (Recife):', 'Na cidade de Manaus o crematório atende
    no ...; o plantão noturno, no ...', 'श्मशान घाट समिति (Jaipur, लोकल नंबर):', 'चाचाजी ने बताया कि Kochi
    में पंडितजी का नंबर ... है'); towns and area codes all new (numbers.AREAS); cards for funeral deposits,
    flowers, crematorium fees and plan instalments, IBANs for funeral and masonry balances and estate
    accounts, IPs of crematorium webcast encoders, SSNs for Social Security death-benefit and plan identity
    checks (en_US only);
    38 hard-negative kinds (negs.make, all used; none in v52's list): grave plots (section-row-plot),
    birth and death dates, cremation register numbers, 16-digit probate case references (Luhn-invalid),
    death register entries, coffin sizes, headstone dimensions (mm), inscription letter costs, quote
    totals, estate values, chapel booking times, hymn numbers, Bible references, wreath sizes and stem
    counts, columbarium niches, urn capacities, GPS coordinates of scattering sites, hearse number plates
    (per country), burial register volume/folio, charity numbers (7 digits), company numbers (GB 8 digits,
    HRB, SIRET, KvK), bank sort codes, distances of the cortège route, burial deed numbers, funeral plan
    numbers, chapel of rest temperatures and bays, lettering heights, meeting rooms and seats, support
    group schedules, Gazette deceased-estates notice ids, OS grid references, medical examiner cases,
    times of death, casket model numbers, certified copy costs, headstone weights, newspaper notice
    lines, ages at death with dates;
    number habits (numbers.STYLES): US (402) 533-0656, 402-533-0656, 402.533.0656, 1-402-533-0656,
    +1-402-533-0656, +14025330656, +1.402.533.0656, +1 402-533-0656, (866) 716-4870, 1.800.359.2563;
    GB +44 (0)113 496 0018, +44 (0)7834 101908, (01223) 218 528, 07712917366, 0300 936 8627; DE (0511)
    5 95 55 64 and 0511 7 88 08 12 (pairs from the right), 0511 - 8971278, (0170) 33973675, 0151
    0119 8036, +49 (0)211 6529464, +49 (0) 170 73766112, +49 211 4 77 56 79; FR 05.29.47.22.19,
    01 21 92 88 58, +33 (0)4 49 28 58 78, +33 (0)6.61.81.70.83, 08 00 74 90 05; ES 936 02 88 36,
    +34 954 20 31 82; IT 02 55372829, 011 257 8721, 347 278 4145, +39 345 1575277; NL (026) 893 45 97,
    06 86 77 88 42, +31 (0)43 472 7181; PT 212 497 734, +351 920 517 533; BR (51) 3222.1234,
    (84) 99810-2868, (62) 97464 8094, +55 (92) 99567-7197; IN (022) 2941 7100, 88502 34316,
    +91 98424 84726, +91-141-2478904; AT/CH/BE/IE/AU with '+CC (0)'; local forms 533.0656, 2 34 56 78,
    3222.1234, 24521234, 2452-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names and e-mail user names (each locale's
    own Faker; Hindi documents from hi_IN, in Devanagari; fr_BE from fr_FR); corpus negatives untouched
    from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck cases
    (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases
    (CC BY 4.0); only HateCheck cases labelled non-hateful are taken (they can still mention protected
    groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no
    7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards
    or PhoneNumberMatcher flag. Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v81.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v81.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v81.stats [RECORDS VALUES]

Counts (seed 10081; `python -m benchmarks.pii_v81.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1242 {'corpus': 120, 'neg': 299, 'pos': 823}
    values: 2824 by kind: {'PHONE': 2046, 'EMAIL': 448, 'CREDIT_CARD': 158, 'IBAN': 103, 'IP_ADDRESS': 56,
            'US_SSN': 13}
    modes: {'PHONE/national': 708, 'PHONE/local-announced': 450, 'PHONE/list-entry': 442,
            'PHONE/international': 241, 'PHONE/other': 205, 'EMAIL/role': 318, 'EMAIL/personal': 130,
            'CREDIT_CARD/dashed': 63, 'CREDIT_CARD/spaced': 54, 'CREDIT_CARD/solid': 41, 'IBAN/print': 56,
            'IBAN/electronic': 47, 'IP_ADDRESS/v4-private': 24, 'IP_ADDRESS/v6': 17, 'IP_ADDRESS/v4': 15,
            'US_SSN/dashed': 8, 'US_SSN/spaced': 5}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'crematorium': 149, 'florist': 183, 'mason': 133, 'obituary': 107, 'plan': 95, 'probate': 99,
            'support': 181, 'undertaker': 175}
    languages (documents written here): {'de': 172, 'en': 396, 'es': 60, 'fr': 90, 'hi': 76, 'it': 60,
            'nl': 135, 'pt': 133}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 143, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 38
"""

import sys

from . import build

RECORDS = "tests/data/pii_heldout_v81.jsonl"
VALUES = "tests/data/pii_heldout_v81_values.jsonl"


def main(argv):
    rpath, vpath = (argv[0], argv[1]) if len(argv) >= 2 else (RECORDS, VALUES)
    records, sidecar, stats = build.build()
    with open(rpath, "w", encoding="utf-8") as fh:
        fh.write(build.dump(records))
    with open(vpath, "w", encoding="utf-8") as fh:
        fh.write(build.dump(sidecar))
    print(f"wrote {len(records)} records to {rpath}; {stats}")


if __name__ == "__main__":
    main(sys.argv[1:])
