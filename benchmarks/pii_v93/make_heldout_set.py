"""Write tests/data/pii_heldout_v93.jsonl: a ninety-third, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of the German Multilingual HateCheck CSV, the English HateCheck CSV, MATH-500, AMC23 and
    hh-rlhf harmless-base test (for their fields); the corpus files are otherwise only read by corpus.py.
    GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at
    random from a prefix (numbers.FIXED, MOBILE, TOLLFREE), kept when valid, of the wanted type and of the
    wanted region, and every written form parsed back to the same valid number (local forms with trunk
    prefix and area code put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97
    plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced by
    a dash (negs.Drawer); in the shipped build none was (0). Kinds that could not pass the screen in
    German/Austrian documents (IMO numbers, US DOT and MC numbers, EORI numbers, HS codes, EAN barcodes)
    were dropped while writing, and container, seal and bill-of-lading serials are zero-padded.
    Written under a 35-minute limit, so cells are small (3-5 sentences per slot); English has 8 genres,
    German 5, Dutch 4, French 4, Portuguese 4, Spanish 3, Italian 3, Hindi 3. Emphasis: removals and
    storage.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town (one local sentence per document, 1 or 2 numbers).
    AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB for
    national, list and toll-free numbers (compose.LOCALES); no 00 prefixes. pt_BR documents use the
    Portuguese sentences. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free numbers (phonenumbers' type is
    checked). list-entry = a phone in a contact block at the end of a document, one per line, in five new
    layouts: '• Label – <phone>', '<phone> (Label)', 'Label = <phone>', 'Label<TAB><phone>',
    '<phone> / Label' (heads 'Moving-day contacts', "Who's who on the job", 'Storage site numbers',
    'Crew phones', 'Kontakte am Umzugstag', 'Telefonliste Umzug', 'Wichtig für den Einzug', 'Contacts du
    jour J', 'Qui appeler pendant le déménagement', 'Contacten verhuisdag', 'Telefoonlijst verhuizing',
    'Contatos do dia da mudança', 'Telefones da equipa', 'Contactos de la mudanza', 'Teléfonos del equipo',
    'Contatti trasloco', 'Numeri della squadra', 'शिफ्टिंग संपर्क', 'टीम के नंबर'). No phone is split
    across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_nl.py, lex_pt_es_it_hi.py; compose.py, build.py): 8 genres, none in v52:
    quote (removal estimates after a survey), storage (self-storage rental and access notices), vanhire
    (man-with-a-van bookings), relocation (corporate relocation and destination services), packing
    (packing-supply orders), shipping (international shipping of household goods), claims (transit damage
    claims), moveday (moving-day plans and crew sheets); all sentences written fresh in en, de, fr, es, it,
    nl, pt, hi; local numbers announced in new ways, before, after, on the line above, in remarks and in
    speech ('Calling from a Reno landline? ... gets you the dispatcher', '"Just call ..., that's the
    warehouse here in Tulsa," the foreman told us', 'Local line, Omaha warehouse:' + newline, 'P.S. From
    any phone in Dayton, ... is all you need', 'Ringing from within Leeds? It's simply ...', 'Depot (York,
    local calls):', 'Remark from the surveyor: customers in Exeter can dial ...', '"Give us a bell on ...,
    that's the Cardiff yard," said the driver', 'Aus dem Ortsnetz Kiel erreichen Sie unser Lager direkt
    unter ...', 'Lager Bonn – Ortsgespräch: ..., Möbelaufzug-Vermietung: ...', 'Innerhalb von Köln genügt
    die ..., ganz ohne Vorwahl', '„Ruf einfach die ... an, das ist unser Büro hier in Dresden"',
    'Wer in Augsburg einlagert, ... (Ortstarif)', 'Vanuit Zwolle belt u het depot zonder netnummer op',
    'Opslag Arnhem, lokaal bereikbaar:', 'Woont u in Haarlem? Dan is het magazijn gewoon ...', 'Quem liga
    de um fixo de Recife fala com o depósito pelo ...', 'Guarda-móveis Manaus – ligação local:', 'Em
    Campinas, basta discar ... sem DDD', 'From any Pune landline, dial ... for the packers-and-movers
    desk', 'Local number for the Kochi godown, written on the gate board:', 'skip the STD code and ring',
    'Jaipur के किसी भी लैंडलाइन से गोदाम के लिए सीधे ... मिलाइए', 'Lucknow शाखा (लोकल):', 'सुपरवाइज़र ने
    कहा, “बस ... मिलाइए, यह Delhi ऑफ़िस का नंबर है।”'); new towns (numbers.AREAS); cards for deposits,
    storage rent and box orders, IBANs for deposits, freight balances, claim settlements and relocation
    allowances, IPs of storage-site CCTV recorders and customer-portal log-ins, SSNs on US storage lease
    identity checks and relocation payroll;
    38 hard-negative kinds (negs.KINDS), all used, none in v52's list: storage unit numbers, gate codes,
    padlock combinations, ISO 6346 container numbers (with check digit), seal numbers, bills of lading,
    volumes in m³ and cu ft, weights, dimensions, inventory item numbers, UK and German vehicle plates, UK
    postcodes, parking-suspension references, insurance policy numbers, declared values, arrival windows,
    customs MRNs, parcel tracking numbers (1Z), crate labels, room-box codes, odometer readings, hourly
    rates, lien-auction lot numbers, quote references, UN/LOCODEs, voyage numbers, climate settings
    (°C / % RH), unit sizes in ft, unit areas in m², box SKUs, tape sizes, flight numbers, German and
    English floor/flat descriptions, access hours, lift capacities;
    number habits (numbers.py): US 402.555.0123, (402)555-0123, 1-402-555-0123, 1.402.555.0123,
    +1-402-..., +1 (402)555-0123, +1.402.555.0123, toll-free 800.201.2904 / 1.800... / (800)201-2904;
    GB 0113-496-0018, (0113) 496 0018, 0207 946 0018 (London split after 4), 07700 900 123,
    +44 (0)113 496 0018; DE (040) 12 34 56 78 (pairs from the right), 040-12345678, 0176 1234 5678,
    (0176) 12345678, +49 (0)40 ...; FR 04.44.78.76.74, 0444787674, +33 (0)4 ..., 08 00 12 34 56 /
    08.00...; ES 936-412-861, 936 41 28 61, (+34) 612 345 678; IT 333.123.4567, 333-1234567, 06.76758513,
    (06) 76758513, (+39) ...; NL (050) 312 34 56, 050 312 3456, 06 12 34 56 78, 06-123 456 78,
    +31 (0)6 ...; PT 213 456 789, 21 345 6789, 213456789, (+351) ...; BR (41) 3222.1234, 41 3222.1234,
    +55 (41) 99876.5432; IN (011) 2345 6789, 98765-43210, 9876543210, +91 (11) 23456789, 1800-4251234;
    CH/AT/BE/IE/AU with '+CC (0)...'; local forms 555.0123, 496-0018, 7946-0018, 4 56 78 90 / 45 67 89
    (pairs from the right), 123 4567 / 12 34 567, 3222.1234, 3222 1234, 2345-6789, 23456789.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT, en_US) for personal e-mail user names and free-mail
    domains; role e-mails on invented firm names (values.FIRMS); towns from numbers.AREAS; corpus negatives
    untouched from /work/shared/data: MATH-500 problems (MIT), AMC23 questions (MIT), the first human turn
    of hh-rlhf harmless-base test dialogues (MIT), English HateCheck cases (CC BY 4.0) and Multilingual
    HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only HateCheck cases
    labelled non-hateful are taken (they can still mention protected groups; Portuguese cases carry
    pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row =
    0-based data row (hh-rlhf, MATH-500, AMC23: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v93.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v93.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v93.stats [RECORDS VALUES]

Counts (seed 10093; `python -m benchmarks.pii_v93.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1201 {'pos': 771, 'corpus': 130, 'neg': 300}
    values: 2222 {'PHONE': 1497, 'EMAIL': 376, 'CREDIT_CARD': 131, 'IP_ADDRESS': 50, 'IBAN': 156,
            'US_SSN': 12}
    modes: {'PHONE/national': 582, 'PHONE/local-announced': 450, 'PHONE/list-entry': 321, 'EMAIL/role':
            237, 'EMAIL/personal': 139, 'PHONE/international': 104, 'IBAN/electronic': 87, 'IBAN/print':
            69, 'CREDIT_CARD/spaced': 47, 'CREDIT_CARD/solid': 42, 'CREDIT_CARD/dashed': 42,
            'PHONE/other': 40, 'IP_ADDRESS/v4': 26, 'IP_ADDRESS/v4-private': 16, 'IP_ADDRESS/v6': 8,
            'US_SSN/dashed': 6, 'US_SSN/spaced': 6}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    phone regions: {'GB': 251, 'IN': 243, 'DE': 221, 'NL': 199, 'US': 182, 'BR': 145, 'FR': 90, 'PT': 54,
            'IT': 28, 'ES': 23, 'BE': 20, 'IE': 14, 'CH': 12, 'AU': 9, 'AT': 6}
    genres: {'claims': 73, 'moveday': 143, 'packing': 38, 'quote': 228, 'relocation': 89, 'shipping': 153,
            'storage': 229, 'vanhire': 118}
    languages: {'de': 176, 'en': 365, 'es': 31, 'fr': 92, 'hi': 68, 'it': 43, 'nl': 143, 'pt': 153}
    corpus: {'amc23-en': 10, 'hatecheck-en': 10, 'hhrlhf-en': 20, 'math500-en': 36, 'mhc-dutch': 9, 'mhc-
            french': 9, 'mhc-german': 9, 'mhc-italian': 9, 'mhc-portuguese': 9, 'mhc-spanish': 9}
    document redraws: 0, value redraws: 5, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 38
"""

import sys
from pathlib import Path

from .build import build, serialise

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v93.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v93_values.jsonl"


def main(argv):
    rec_path = Path(argv[0]) if argv else RECORDS
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES
    docs, stats = build()
    recs, vals = serialise(docs)
    rec_path.write_text(recs, encoding="utf-8")
    val_path.write_text(vals, encoding="utf-8")
    print("wrote %d documents; %s" % (len(docs), stats))


if __name__ == "__main__":
    main(sys.argv[1:])
