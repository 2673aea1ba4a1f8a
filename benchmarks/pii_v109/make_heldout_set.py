"""Write tests/data/pii_heldout_v109.jsonl: a 109th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: mining, quarrying and
offshore energy.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, the first few hundred bytes
    of MATH-500, AMC23, the English HateCheck CSV, the German Multilingual HateCheck CSV and the OpenAI
    moderation samples (for their fields; the last is not used). The other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix, kept when valid, of the wanted type and of the wanted region, and every
    written form parsed back to the same valid number (national forms with the number's region,
    international ones with no region, local forms with their area code put back, numbers.put_back); a
    form that did not parse back was redrawn. Cards with Luhn, IBANs from Faker checked with python-stdnum,
    SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened (negs.dirty): each
    value on its own, with letters blanked so that no keypad letters are read, by parse + is_valid_number
    and by PhoneNumberMatcher at Leniency.VALID, for the document's own, national and language home
    regions, plus the guards (negs.guard_hits: e-mail shape, SSN shapes, Luhn-valid 13-19 digit windows of
    digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6); a value still dirty after 60 draws
    makes the whole document redrawn (compose.Dirty), so no value is ever replaced by a placeholder; then
    each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen). Written under a 35-minute limit, so cells are small (2-5 sentences per slot); English has all
    8 genres, German 5, French 4, Dutch 4, Spanish 4, Portuguese 4, Hindi 4, Italian 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the sentence names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five layouts not in v52: '- Label: <phone>', 'Label<TAB><phone>',
    '<phone> – Label', 'Label ☎ <phone>', 'Label (<phone>)' (heads 'Emergency contacts on site', 'Key
    numbers', 'Call tree', 'Contact sheet', 'Phone list', 'Wichtige Kontakte vor Ort', 'Alarmkette',
    'Telefonliste', 'Contacts sur site', "Chaîne d'alerte", 'Annuaire du chantier', 'Contacten op de
    locatie', 'Alarmketen', 'Contactos en obra', 'Cadena de aviso', 'Contatti in sito', 'Catena di
    allerta', 'Contatos na unidade', 'Cadeia de acionamento', 'साइट के ज़रूरी संपर्क', 'आपात संपर्क सूची').
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_sud.py, lex_hi.py; compose.py, build.py): 8 genres, none in v52:
    blast (quarry blasting notices to neighbours), rescue (mine rescue stations and brigades), rota
    (offshore rig crew-change rotas), ctv (wind-farm crew transfer vessel plans), depot (aggregates depot
    orders, delivery notes, trade-counter receipts), heli (helicopter transfer manifests), induction (site
    inductions and permits to work), survey (geotechnical and seismic survey updates); all sentences
    written fresh in en, de, fr, es, it, nl, pt, hi;
    local numbers announced in new ways (local.py), before, after, on the line above, in a remark and in
    quoted speech: 'Blasting hotline for Butte residents (local call, no area code):', 'Elko rescue station,
    in-town dialing:' + newline, '"Just punch in ... from any Hibbing landline," the depot foreman told the
    council meeting', 'Scale house at the Gillette pit: ... (local) – dispatch: ... (local)', 'Seven digits
    from town:', 'Aberdeen depot weighbridge (calls from within the Aberdeen exchange):', "'From town it's
    only ...,' says the harbour master", 'If you're ringing from Redruth itself, drop the code and dial',
    'Grubenwehr Bochum, aus dem Ort ohne Vorwahl:', 'Aus Freiberg selbst genügt ... – die Vorwahl können
    Sie weglassen', '„Einfach ... wählen, wenn Sie in Emden sind“, sagte der Werksleiter', 'Kieswerk
    Bottrop: Waage ..., Büro ... (jeweils Ortsgespräch)', 'Reddingsstation Den Helder, binnen de stad zonder
    kengetal:', "'Gewoon ... draaien als je in Heerlen woont,' zei de havenmeester", 'Depot Emmen:
    weegbrug ..., kantoor ... (lokaal gesprek)', 'De um fixo de Macaé, basta discar ..., sem o DDD',
    '"É só ligar ... se você estiver em Itabira", disse o encarregado', 'Pedreira Santos: balança ...,
    escritório ... (chamadas locais)', 'Residents of Dhanbad can call the blasting cell locally on ..., no
    STD code needed', 'Neyveli depot: office ..., loading bay ... (both local)', 'Nagpur में हों तो बस ...
    मिलाइए', 'Udaipur के लैंडलाइन से कांटा घर का नंबर सिर्फ़ ... है';
    cards for trade-counter and weighbridge payments, IBANs for depot invoices and vessel berthing direct
    debits, IPs of vessel routers, gas-monitoring loggers and survey servers, SSNs on US contractor payroll
    forms;
    43 hard-negative kinds (negs.KINDS, 41 used in the shipped build), none in v52's list: IMO ship
    numbers (with check digit), MMSIs, OS grid references, UTM coordinates, degree-minute-second positions,
    UKCS licence blocks, well ids, tonnages with space-grouped thousands, peak particle velocities, air
    overpressure in dB(L), maximum instantaneous charges, detonator delay series, drill-hole ids, gas
    readings (CH4/CO/O2), breathing-apparatus cylinder serials with pressure, OPITO certificate numbers,
    rotation patterns (14/21), shift windows, tide times and heights, sea states (Hs/Tp), wind speeds,
    turbine ids (WTG B07), cable voltages, weighbridge tickets, aggregate gradings (0/31.5 mm), mineral
    planning references, ore grades, levels in m AOD, measured depths, conveyor ids, core boxes, rock UCS,
    crusher CSS, crane SWL, VHF channels with frequencies, NOTAM ids, helideck D-values, equipment numbers,
    personnel badges, POB counts, explosives licence numbers, ISO dates, hydraulic pressures;
    number habits (numbers.py): US 406-782-4410, 406.782.4410, (406)782-4410, 1-406-782-4410,
    1.406.782.4410, +1-406-782-4410; GB 01224-250111, (01224) 250111, 0114 3064717, +44 (0)1224 250111,
    +44 (0)7700 900123; DE (0234) 7091234, 0234-7091234, 0234 70 91 23, +49 (0)234 7091234; FR
    04.44.78.76.74, 0444787674, +33 (0)4 44 78 76 74, 08.05.36.03.71; ES 936412861, 936 412 861,
    (+34) 612 34 56 78; IT 06.76758513, 333.1234567, 333-1234567, (+39) 333 123 4567, 800.123456; NL
    (050) 3123456, (050) 312 34 56, 0223 46 44 44, +31 (0)50 312 3456; PT 213456789, (+351) 213 456 789;
    BR (22)2772-1234, 22 2772.1234, (022) 2772-1234, +55 22-2772-1234; IN 98765-43210, 98765 43210,
    (0326) 220 1234, 0326-2201234, +91 98765-43210; AT/CH/BE/IE/AU with '+NN (0)...'; local forms
    782.4410, 21 23 45, 496 0018, 7214-80, 3 21 23 45, 31 23 456, 2772.1234, 2772 1234, 220-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each document's locale), e-mail user names and domains (each document's
    locale, ASCII only) and IBANs; towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0)
    and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only
    cases labelled non-hateful are taken (they can still mention protected groups; Portuguese cases carry
    pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag for
    ten regions. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v109.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v109.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v109.stats [RECORDS VALUES]

Counts (seed 10109; `python -m benchmarks.pii_v109.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1250 {'corpus': 130, 'neg': 270, 'pos': 850}
    values: 1718 by kind: {'PHONE': 1378, 'EMAIL': 199, 'IBAN': 50, 'IP_ADDRESS': 45, 'CREDIT_CARD': 39,
            'US_SSN': 7}
    modes: {'PHONE/national': 545, 'PHONE/local-announced': 450, 'PHONE/list-entry': 198,
            'PHONE/international': 124, 'EMAIL/role': 101, 'EMAIL/personal': 98, 'PHONE/other': 61,
            'IBAN/print': 35, 'IP_ADDRESS/v4': 18, 'CREDIT_CARD/spaced': 17, 'IBAN/electronic': 15,
            'IP_ADDRESS/v6': 14, 'IP_ADDRESS/v4-private': 13, 'CREDIT_CARD/dashed': 12,
            'CREDIT_CARD/solid': 10, 'US_SSN/dashed': 5, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'blast': 233, 'ctv': 142, 'depot': 218, 'heli': 55, 'induction': 59, 'rescue': 163,
            'rota': 187, 'survey': 63}
    languages (documents written here): {'de': 151, 'en': 453, 'es': 50, 'fr': 70, 'hi': 68, 'it': 50,
            'nl': 138, 'pt': 140}
    corpus: {'amc23-en': 10, 'hatecheck-en': 20, 'math500-en': 40, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 106, value redraws: 572, values replaced: 0, hard-negative kinds used: 41 of 43
"""

import json
import sys

from .build import build

SEED = 10109
RECORDS = "tests/data/pii_heldout_v109.jsonl"
VALUES = "tests/data/pii_heldout_v109_values.jsonl"


def dump(pairs, records, values):
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, val in pairs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps(val, ensure_ascii=False) + "\n")


def main(argv):
    records, values = (argv + [RECORDS, VALUES])[:2] if argv else (RECORDS, VALUES)
    pairs, stats = build(SEED)
    dump(pairs, records, values)
    print("wrote %d documents; %s" % (len(pairs), {k: v for k, v in stats.items() if k != "neg_kinds"}))
    print("hard-negative kinds used: %d" % len(stats["neg_kinds"]))


if __name__ == "__main__":
    main(sys.argv[1:])
