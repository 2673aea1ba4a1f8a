"""Write tests/data/pii_heldout_v52.jsonl: a fifty-second, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v49's generator (handed over as a text file); the first three
    lines of v49's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of the German Multilingual HateCheck CSV, GSM8K test and AIME24 (for their fields); the
    other corpus files were only read by corpus.py. GSM8K train was not used. Numbers were made and checked
    with phonenumbers only: drawn at random from a prefix, kept when valid and of the wanted type, and every
    written form parsed back to the same valid number of the stated region (local forms with their area code
    and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus
    its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v49 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced
    by a dash (negs.Drawer); in the shipped build none was (0), after Italian billing periods were written
    with month abbreviations ('3 mag 2025 - 5 giu 2025'). IMEIs are given as 16-digit IMEISVs (no Luhn
    check digit; Luhn-valid draws are screened out); ICCIDs are 20 digits with their Luhn digit.
    Written under a 40-minute limit, so cells are small (1-6 sentences per slot); English has all 11
    genres, German 8, Dutch 8, French 7, Portuguese 7, Italian 6, Spanish 6, Hindi 6. Emphasis: telecom, IT
    support and devices.

Format and conventions: those of v49 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: 'Label ...... <phone>' (dot leaders), '<phone> · Label',
    '[Label] <phone>', 'Label → <phone>' and 'Label | <phone>' (heads 'Useful numbers', 'Escalation
    contacts', 'Support lines', 'Who to ring', 'Wichtige Rufnummern', 'Ansprechpartner', 'Eskalationsliste',
    'Numéros utiles', 'Contacts d'escalade', 'Teléfonos útiles', 'Numeri utili', 'Belangrijke nummers',
    'Escalatielijst', 'Telefones úteis', 'ज़रूरी नंबर', ...). No phone is split across lines; words stay
    outside the span.

What is new against v49, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 11 genres, none
    in v49: bill (mobile and broadband bills), porting (SIM and number-porting letters, PAC/STAC), router
    (router and modem setup sheets), netdown (ISP and mobile network incident updates), ticket (IT
    helpdesk tickets and escalations), repair (device repair receipts), contract (phone-shop contracts),
    forward (call-forwarding and voicemail setup), switchboard (internal directories and extensions),
    confcall (conference-call invitations), smarthome (smart-home installer notes); all sentences written
    fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('Popping in to the
    Bristol store? Ring ahead on ...; callers inside Bristol can skip the area code', 'Engineer dispatch
    for Boise: from a landline in town, just dial', 'Knoxville customers: the repair counter picks up on
    ..., the business desk on ...', 'Our Tucson exchange building answers on ... (no code needed if you're
    local)', 'In the Madison calling area, the helpdesk line is ... - after hours, ...', 'Reception (Oxford
    office, local calls):', 'Seven digits is all it takes from a Spokane phone:', 'Wer in Freiburg wohnt,
    wählt für den Shop einfach ... – ohne Vorwahl', 'Servicepunkt Rostock: Ortsgespräch unter ...,
    Technik unter ...', 'Innerorts (Mainz) erreichen Sie die Zentrale unter', 'Telefon im Ortsnetz
    Münster: ..., Rufbereitschaft ...', 'Woont u in Leiden? Dan belt u de winkel gewoon op', 'Vast nummer
    binnen Breda, zonder netnummer:', 'Vanuit Utrecht zelf is het kortweg', 'Quem mora em Curitiba liga
    para a loja no ..., sem DDD', 'Ligação local em Salvador? Disque', 'Central da unidade Belém – de
    telefone fixo da cidade,', 'Bhopal शहर के लैंडलाइन से शोरूम का नंबर बस ... है', 'Chennai के अंदर
    बिना STD कोड के ... डायल करें', 'स्विचबोर्ड (Nagpur, लोकल):'); cards for repair deposits, upfront
    handset costs and phone bills, IBANs for direct debits of bills, IPs of router admin pages, IPv6
    prefixes, printers, docking stations and smart-home hubs, SSNs on US credit checks for handset
    financing and account identity checks;
    41 hard-negative kinds (negs.KINDS), all used, none in v49's list: IMEISVs, ICCIDs (20 digits),
    MAC addresses (colon, dash and Cisco dot forms), device serial numbers, account numbers, customer
    numbers, PUK codes, SIM/voicemail PINs, TCP/UDP ports and port ranges, firmware versions with builds,
    data allowances used/total, line speeds (Mbit/s), helpdesk ticket numbers, asset tags, extension
    ranges (2400–2499), dial-in meeting ids (11 digits), meeting passcodes, Wi-Fi keys, VLAN ids, signal
    readings (RSRP/SINR), radio bands and Wi-Fi channels, router/ONT model numbers, order numbers, invoice
    numbers, billing periods, call durations (hh:mm:ss), UK PAC and STAC codes, RMA/repair order numbers,
    battery capacity and health, IMSIs, MCC/MNC pairs, latency and packet loss, Matter setup codes
    (1234-567-8901), HomeKit codes (123-45-678), KB update numbers, hex error codes, circuit ids, SLA
    availability percentages, screen sizes and resolutions, Zigbee channels with PAN ids;
    number habits (numbers.py): US (312) 533 0656, 312 533-0656, 312/533-0656, 1 (312) 533-0656,
    +1 312 533 0656, +1 (312) 533-0656, +1 312.533.0656, 1 (800) 201-2904, 1-888-...; GB 020 7946 0018,
    020 79460018, 0161 4960018, (0161) 496 0018, 01632 960 123, 07700 900 123, (07700) 900123,
    +44 161 496 0018, +447700900123, 0800 1234567; DE 0761/456789, 030 / 12 34 56 78, 0176/12345678,
    0176 - 123 456 78, 0170 - 123 4567, +49 176 1234 5678, +49-761-456789, +4917612345678, 0800 / 1234567;
    FR 04-44-78-76-74, +33444787674, 0 800 12 34 56, 0805 360 371; ES 93 641 28 61, 954 12 34 56,
    612 345 678, +34-936-412-861, 900 47 50 18; IT 06-76758513, 06/76758513, 333/1234567, +39 3331234567,
    800 12 34 56; NL 050-3123456, 020 - 312 34 56, 06-12345678, 06 - 1234 5678, +31 6 12345678,
    +31612345678, +31 50-3123456, 0800-1234567; PT 21 123 4567, +351-213-456-789; BR 41 3222-1234,
    (41)3222-1234, (41) 9 9876-5432, 41 9 9876 5432, +55 (41) 3222-1234, 0800-789-7520; IN 044-2452 1234,
    044 24521234, +91-44-24521234, 098765 43210, +91-98765-43210, +91-9876543210, 1800 425 1234,
    1800-425-1234; CH/AT/BE/IE/AU '+41 44 296 69 51', '+43 1 2377 30533', '+43 664 1234567',
    '+32 2 512 34 56', '+353 85 123 4567', '+61 412 345 678'; local forms 533-0656, 533 0656, 4960018,
    8064 5754, 123456, 123 456, 45 67 89, 455 91 19, 312 34 56, 3222-1234, 2452 1234, 273 7991.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: GSM8K test questions (MIT), AIME24
    problems (MIT), HumanEval prompts (MIT) and Multilingual HateCheck German, French, Spanish, Italian,
    Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the
    guards or PhoneNumberMatcher flag. Row = 0-based data row (HumanEval: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v52.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v52.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v52.stats [RECORDS VALUES]

Counts (seed 10052; `python -m benchmarks.pii_v52.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1308 {'corpus': 130, 'neg': 325, 'pos': 853}
    values: 2124 by kind: {'PHONE': 1722, 'EMAIL': 215, 'IP_ADDRESS': 117, 'CREDIT_CARD': 41, 'IBAN': 27,
            'US_SSN': 2}
    modes: {'PHONE/national': 599, 'PHONE/local-announced': 450, 'PHONE/list-entry': 345,
            'PHONE/international': 197, 'EMAIL/role': 133, 'PHONE/other': 131, 'EMAIL/personal': 82,
            'IP_ADDRESS/v4': 46, 'IP_ADDRESS/v4-private': 36, 'IP_ADDRESS/v6': 35, 'CREDIT_CARD/dashed':
            19, 'IBAN/print': 17, 'CREDIT_CARD/solid': 12, 'CREDIT_CARD/spaced': 10, 'IBAN/electronic':
            10, 'US_SSN/dashed': 1, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'bill': 139, 'confcall': 97, 'contract': 37, 'forward': 69, 'netdown': 108, 'porting': 150,
            'repair': 108, 'router': 144, 'smarthome': 107, 'switchboard': 99, 'ticket': 120}
    languages (documents written here): {'de': 171, 'en': 411, 'es': 65, 'fr': 100, 'hi': 79, 'it': 65,
            'nl': 143, 'pt': 144}
    corpus: {'aime24-en': 10, 'gsm8k_test-en': 40, 'humaneval-en': 20, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 637, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (2): only en_US bill and contract documents carry them.
"""

import json
import sys

from .build import build

REC = "tests/data/pii_heldout_v52.jsonl"
VAL = "tests/data/pii_heldout_v52_values.jsonl"


def main(rec=REC, val=VAL):
    records, values, info = build()
    with open(rec, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(val, "w", encoding="utf-8") as f:
        for v in values:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    print(
        "documents:",
        len(records),
        "document redraws:",
        info["doc_redraws"],
        "value redraws:",
        info["value_redraws"],
        "replaced:",
        info["replaced"],
        "negative kinds used:",
        len(info["neg_kinds"]),
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
