"""Write tests/data/pii_heldout_v63.jsonl: a sixty-third, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: transport and logistics.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and of
    multilingual_hatecheck/, the first few hundred bytes of the German Multilingual HateCheck CSV, the
    English HateCheck CSV, MATH-500 test and AMC23 (for their fields); the corpus files are otherwise only
    read by corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers
    only: drawn at random from a prefix (numbers.DRAW) or, for local numbers, a town's area code
    (numbers.AREAS), kept when valid, of the wanted type and region, and (local) when phonenumbers'
    geographical area code length equals the area code's; every written form is parsed back to the same
    valid number (local forms with trunk prefix and area code put back, numbers.put_back). Cards with Luhn,
    IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with
    spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its
    labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was.
    Written under a 35-minute limit, so cells are small (2-9 sentences per slot); English has all 7 genres,
    German 4, Dutch 4, Portuguese 4, French 3, Spanish 3, Italian 3, Hindi 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    (one or two) share one area code and the announcement names its town. AT/CH/BE/AU/IE documents write
    their own numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five layouts new against v52: 'Label ☎ <phone>', '• Label: <phone>',
    '<phone> (Label)', 'Label – <phone>' (en dash) and 'Label:<TAB><phone>' (heads 'Phone directory',
    'Numbers you may need', 'Depot and office lines', 'Telefonliste', 'Erreichbarkeit', 'Telefoonlijst',
    'Bereikbaarheid', 'Lista de telefones', 'Annuaire', 'Listín', 'Rubrica', 'फ़ोन सूची', ...). No phone is
    split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_rom.py, lex_hi.py; compose.py, build.py): 7 genres, none in v52:
    taxi (cab and minicab bookings, airport transfers, patient transport), courier (missed-delivery cards,
    same-day jobs, import duty), removals (quotes, surveys, moving day, storage), coach (coach trips and
    group tours), carhire (rental agreements, van hire, damage reports), ferry (sailings, weather
    cancellations, boarding), freight (freight forwarding, customs clearance, haulage); all sentences
    written fresh in en, de, fr, es, it, nl, pt, hi. Local numbers announced in new ways, before, after, on
    the line above, in quoted speech and in remarks: 'Dispatch here in Tulsa: from a local phone, ... gets
    you straight to the yard', 'Omaha folks, you don't need the area code – the front desk is ... and after
    hours it's ...', 'Calling around Reno? Just punch in ...', 'Our Fresno garage picks up on ... (local
    calls only; ...)', 'Driver said: "If you're in Duluth, ring ..., that's the dispatcher's direct line."',
    'Local number for the Albany terminal:' + newline, 'In-town customers (Wichita) can reach the will-call
    counter at ...', 'If you're ringing from a Leeds landline, ... will get you the depot; drop the dialling
    code', 'Norwich office (from within the city):', 'Locals in Exeter just dial ... for the cab office – no
    code –', 'From a Glasgow phone box or landline ...', 'For Leicester callers the removals hotline is
    simply ...', 'Pune customers can call the godown on ... from any city landline', 'Local booking counter,
    Jaipur (landline, no STD code needed):', 'Aus dem Kieler Ortsnetz erreichen Sie ...', 'Kunden in Ulm
    wählen für das Lager einfach ..., für die Buchhaltung ... – die Vorwahl entfällt', 'Niederlassung Trier
    (Ortsgespräch):', 'Der Fahrer meinte: „Wenn Sie in Kassel sind, rufen Sie ... an"', 'Hinweis für
    Anrufer aus Erfurt: ... (ohne Vorwahl)', 'Vanuit Zwolle belt u de centrale zonder netnummer:', 'Vestiging
    Delft, lokaal nummer:', 'Binnen Arnhem ... (geen kengetal nodig)', 'Para quem liga de telefone fixo em
    Recife, a central de táxi é ...', 'Filial Natal (ligação local):', 'O motorista avisou: "se estiver em
    Manaus, liga no ..."', 'Kolkata के लैंडलाइन से गोदाम का नंबर सीधे ... है', 'लोकल नंबर (Kochi शाखा):', ...
    (towns: numbers.AREAS, none of v52's). Cards for fares, deposits, pre-authorisations and duty; IBANs
    for removal deposits and freight charges; IPs of EDI gateways, customs portals and depot scanners; SSNs
    on a US van-lease credit check.
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: air waybills (176-12345678), ISO 6346
    container numbers with check digit, IMO ship numbers with check digit, VINs, vehicle plates in each
    country's style, odometer readings, gross weights, volumes (m³), pallet dimensions, departure–arrival
    times, flight numbers, HS/NCM tariff codes, customs MRNs, EORI numbers, fares, fuel levels, taxi badge
    and licence numbers, cabin numbers, UN dangerous-goods numbers, seal numbers, booking references, rental
    agreement numbers (1234 5678), delivery windows, GPS coordinates, Brazilian CEPs (12345-678), coach
    seats (coach/seat), route numbers, insurance excess, reefer set points, hire periods, distances, package
    counts with weights, USDOT numbers, driving licence numbers, gates and bays, lanes, SSCC labels with
    application identifier ((00) + 18 digits), parcel ids (XY 123 456 789 DE), crew sizes (2+1), gross
    tonnage, passenger loads (49/57), scan timestamps (dd/mm hh:mm).
    number habits (numbers.py), each parsed back with phonenumbers: US 918-555-0123, 918.555.0123,
    (918)555-0123, 1-918-555-0123, +1-918-555-0123; GB 0113-496-0018, 01134960018, 07447285761, 07447 285-761,
    07447-285761, 0808-410-1908, +44 (0)113 496 0018; DE (0431) 5 60 70 90 (pairs from the right),
    0431-5607090, 0151-2345 6789, 0151 234 56789, 0800-1234567, +49 (0)431 560709; FR 04.44.78.76.74,
    0444787674, +33 (0)4 44 78 76 74; ES 936412861, 936-412-861, 612 34 56 78, (+34) 612 345 678; IT
    06 7675 8513, 06.76758513, 347-1234567, 800.123.456, (+39) 347 123 4567, +39 3471234567; NL 050 312 3456,
    (050) 3123456, 06 123 45 678, 06-123 45 678, 0800-1234567, +31 (0)6 12345678; PT 213456789,
    (+351) 213 456 789; BR (51) 3222.1234, (051) 3222-1234, 51 3222 1234, (51) 99876-5432, (51) 99876.5432,
    51 998765432, 0800.789.7520, +55 (51) 99876-5432; IN 020-25678901, (020) 2567 8901, 98765-43210,
    098765-43210, 18601181234, 1860 118 1234, +91 98765 43210, +91-20-25678901; CH/AT/BE/IE/AU with
    '+41 (0)44 ...', '+353 (0)87 ...' and the like; local forms 533.0656, 533–0656 (en dash), 496-0018,
    264-870, 40 23 59, 4 56 78 90, 40 61 62, 634-598, 5341685, 33 21 668, 803-3962, 3222.1234, 32221234,
    3222 - 1234, 2469-6291, 22858733, 228 3444, 268-2808, 2791198.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; English from en_GB; others from each language's locale) and e-mail user names and domains
    (en_US); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 test
    problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful
    are taken (they can still mention protected groups; Portuguese cases carry pt_BR, English HateCheck
    en_GB); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v63.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v63.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v63.stats [RECORDS VALUES]

Counts (seed 10063; `python -m benchmarks.pii_v63.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1168 {'corpus': 113, 'neg': 290, 'pos': 765}
    values: 3261 by kind: {'PHONE': 2350, 'EMAIL': 548, 'CREDIT_CARD': 151, 'IP_ADDRESS': 112, 'IBAN': 96,
            'US_SSN': 4}
    modes: {'PHONE/national': 955, 'PHONE/local-announced': 450, 'PHONE/list-entry': 449,
            'EMAIL/role': 395, 'PHONE/international': 283, 'PHONE/other': 213, 'EMAIL/personal': 153,
            'CREDIT_CARD/dashed': 55, 'CREDIT_CARD/solid': 55, 'IBAN/print': 49, 'IBAN/electronic': 47,
            'CREDIT_CARD/spaced': 41, 'IP_ADDRESS/v4': 40, 'IP_ADDRESS/v6': 38, 'IP_ADDRESS/v4-private': 34,
            'US_SSN/dashed': 3, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'carhire': 81, 'coach': 106, 'courier': 193, 'ferry': 112, 'freight': 175, 'removals': 183,
            'taxi': 205}
    languages (documents written here): {'de': 157, 'en': 381, 'es': 55, 'fr': 84, 'hi': 69, 'it': 55,
            'nl': 129, 'pt': 125}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 8, 'mhc-french': 8,
            'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 1024, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    US SSNs are few (4): only en_US car-hire documents carry them.
"""

import json
import sys

from .build import build

RECORDS = "tests/data/pii_heldout_v63.jsonl"
VALUES = "tests/data/pii_heldout_v63_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES):
    docs, stats = build()
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": d.get("_values", [])}, ensure_ascii=False) + "\n")
    return stats


if __name__ == "__main__":
    print(write(*sys.argv[1:3]))
