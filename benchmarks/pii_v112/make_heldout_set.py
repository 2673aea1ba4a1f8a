"""Write tests/data/pii_heldout_v112.jsonl: a 112th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: fashion and textiles.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (nothing under tests/ was read or listed; only the two output files
    were written there), other sets' generators (no benchmarks/pii*/ folder other than this one was opened
    or listed), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (a text file);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data, the first few hundred bytes of MATH-500,
    AMC23, the English HateCheck CSV and the German Multilingual HateCheck CSV (for their fields); the
    corpus files were otherwise only read by corpus.py. GSM8K (train and test) was not used. Numbers were
    drawn at random from prefixes and kept when phonenumbers calls them valid, of the wanted type and of
    the wanted region (numbers.draw); every written form parses back to the same valid number
    (numbers.verify; local forms with trunk prefix and area code put back, numbers.put_back). Cards with
    Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened on their own (negs.dirty: the guards of negs.guard_hits
    -- e-mail shape, Luhn-valid 13-19 digit runs with spaces/dashes removed, mod-97 IBANs, IPv4/IPv6, SSN
    shapes -- plus phonenumbers: PhoneNumberMatcher at Leniency.VALID and, stricter than v52, every digit
    run parsed on its own with is_valid_number) for the document's own, national and language home
    regions, then each whole document again with its labelled spans blanked (checks.py repeats that).
    A value still dirty after 200 draws would become a dash (negs.Drawer); in the shipped build none did,
    after HS tariff codes were cut to their 4-digit heading and size runs written as 'sizes 34 to 46'.
    Written under a 35-minute limit: cells are small (2-9 sentences per slot). English has 8 genres,
    every other language 4 or 5. The hard-negative filler of a {neg} slot is drawn from all kinds at
    random, so some sentences pair a label with an unrelated value ('width style AW26-4202').

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in
    span order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers
    (local-announced) for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in
    Hindi documents); area_len = the length of the document's area code, asserted equal to phonenumbers'
    geographical area code length, null for every other phone; text = the subscriber part only; a
    document's local numbers share one area code and the phrasing names its town. AT/CH/BE/AU/IE
    documents write their own numbers internationally only and use DE, FR, NL or GB for national, list
    and service numbers (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and
    'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed.
    'other' = toll-free, shared-cost or UAN numbers (type checked). list-entry = a phone in a contact
    block at the end of a document, one per line, in five new layouts: '- Label: <phone>',
    '• Label — <phone>', 'Label<TAB><phone>', '<phone> (Label)', 'Label » <phone>'.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 8 fashion genres, none
    in v52: boutique (store notices, reservations, personal shopping), alteration (dressmakers and
    alteration tickets), fabric (fabric shop orders, swatches), agency (modelling agency castings,
    options, bookings, 1099 forms), runway (fashion show call sheets and invitations), vintage (vintage
    clothing fairs and kilo sales), bridal (gown fittings), tailoring (bespoke and made-to-measure); all
    sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('If
    you're dialing from a Tulsa landline, the boutique is just ...', 'Around Omaha? Seven digits gets you
    the fitting room', 'Calling from within Leeds, the atelier is simply ...', 'Aus dem Kasseler Ortsnetz
    erreichen Sie das Atelier kurz unter ...', 'Kundinnen in Potsdam wählen für Anproben einfach ... -
    die Vorwahl entfällt', 'Bel je vanuit Delft, dan is het atelier gewoon ...', 'Clientes de Natal
    marcam prova pelo ..., sem precisar do DDD', 'Within Pune city, dial ... for fitting appointments,
    no STD code needed', 'Kochi शोरूम, लोकल कॉल:', ...); cards for deposits, stall fees and alterations,
    IBANs for fabric trade accounts, gown balances, model fees and fair refunds, IPs of card readers,
    livestream encoders, cutting-table tablets and agency portals, SSNs on agency 1099 forms (en_US);
    38 hard-negative kinds (negs.KINDS), all used, none in v52's list: EAN-13 barcodes, style numbers,
    SKUs, dye lots, fabric bolts, Pantone codes, RN numbers, HS headings, bust-waist-hip measurements,
    model heights, size ranges, shoe sizes, fabric weights (g/m²), fabric widths, thread counts, DMC floss
    numbers, sewing pattern numbers, yarn counts (Nm), zip lengths, button sizes (ligne), stitch lengths,
    fair stalls, opening hours, runway look ranges, cloakroom tags, alteration dockets, gift vouchers,
    price ranges, fibre compositions, collection codes, auction lots with decades, wash temperatures,
    show seats, model ids, bra sizes, yardage, show dates, hem allowances;
    number habits (numbers.py): US 912-233-0145, (912)233-0145, 912.233.0145, (912) 233–0145 (en dash),
    +1-912-233-0145, +1 912-233-0145, +1.912.233.0145; GB 0113 496 0018, 0113-496-0018,
    +44 (0)113 496 0018, +44 (0) 113 496 0018, 07831 377835, 07831-377-835, +44 (0)7831 377835,
    +44 7831 377835, 0800 374 0681; DE (0821) 4158683, 0821 4 15 86 83, 0821-4158683,
    +49 (0)821 4158683, +49 821 4 15 86 83, 0160 49786907, 0160-49786907, +49 (0)160 49786907,
    +49 160 49 78 69 07, 0800 662 58 51, (0800) 6625851; FR 04 81 28 65 70, 04.81.28.65.70,
    +33 4 81 28 65 70, +33 (0)4 81 28 65 70, 0805 74 89 06, 0805.74.89.06; ES 985 28 83 60,
    985.288.360, (+34) 985 28 83 60, (+34) 659 838 675, 900 508 899, 900-508-899; IT 011 7903 289,
    011.7903289, (+39) 011 7903289, 341 840 1107, 341.8401107, (+39) 341 8401107, 800.434.192; NL
    030 412 2482, (030) 412 24 82, +31 (0)30 412 2482, 06 47 57 71 04, (06) 47577104,
    +31 (0)6 4757 7104, 0800 563 4148; PT 219 603 062, 219.603.062, (+351) 912 786 838, 800.380.695; BR
    (11) 4426-9420, (11) 4426.9420, +55 11 4426 9420, (11) 99397-2980, +55 (11) 99397 2980,
    0800 351-3969; IN (022) 7164 8705, 022-71648705, +91 22 7164 8705, 83416 85878, 83416-85878,
    +91 83416 85878, 1800 10 1222, 1800-101222; CH/AT/BE/IE/AU with the trunk zero in brackets
    ('+41 (0)44 506 16 22', '+43 (0)662 3459845', '+32 (0)490 16 10 33', '+353 (0)21 217 2321',
    '+61 (0)465 611 597'); local forms 233.0145, 233–0145, 496 0018, 496-0018, 5 33 89 30, 771 1186,
    312 3456, 3123456, 3222.1234, 3222 1234, 2452-1234, 24521234, 2737991, 273-7991.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (each language's locale, Hindi from
    hi_IN) and e-mail user names and domains (en_US); towns from numbers.AREAS; corpus negatives untouched
    from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck cases
    (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases
    (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention protected groups;
    Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+
    digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    phonenumbers flag. Row = 0-based data row (JSONL line or CSV data row).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v112.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v112.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v112.stats [RECORDS VALUES]

Counts (seed 22112; `python -m benchmarks.pii_v112.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1178 {'corpus': 120, 'neg': 278, 'pos': 780}
    values: 1955 by kind: {'PHONE': 1377, 'CREDIT_CARD': 221, 'EMAIL': 198, 'IP_ADDRESS': 84, 'IBAN': 71,
            'US_SSN': 4}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 440, 'PHONE/international': 212,
            'PHONE/list-entry': 206, 'EMAIL/personal': 101, 'EMAIL/role': 97, 'CREDIT_CARD/dashed': 82,
            'CREDIT_CARD/solid': 72, 'PHONE/other': 69, 'CREDIT_CARD/spaced': 67, 'IBAN/print': 48,
            'IP_ADDRESS/v4-private': 31, 'IP_ADDRESS/v4': 28, 'IP_ADDRESS/v6': 25, 'IBAN/electronic': 23,
            'US_SSN/spaced': 3, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'agency': 104, 'alteration': 166, 'boutique': 214, 'bridal': 109, 'fabric': 158,
            'runway': 95, 'tailoring': 85, 'vintage': 127}
    languages (documents written here): {'de': 157, 'en': 373, 'es': 52, 'fr': 90, 'hi': 72, 'it': 52,
            'nl': 129, 'pt': 133}
    corpus: {'amc23-en': 10, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 354, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 38
    US SSNs are few (4): only the en_US agency genre carries them.
"""

import json
import sys

RECORDS = "tests/data/pii_heldout_v112.jsonl"
VALUES = "tests/data/pii_heldout_v112_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES):
    from .build import Builder

    b = Builder()
    recs, vals = b.build()
    with open(records_path, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(values_path, "w", encoding="utf-8") as fh:
        for v in vals:
            fh.write(json.dumps(v, ensure_ascii=False) + "\n")
    d = b.maker.drawer
    print(
        f"documents {len(recs)}; document redraws {b.doc_redraws}, value redraws {d.redraws}, "
        f"kinds replaced after 200 dirty values {d.replaced}, hard-negative kinds used {len(d.used)}"
    )


if __name__ == "__main__":
    write(*sys.argv[1:3])
