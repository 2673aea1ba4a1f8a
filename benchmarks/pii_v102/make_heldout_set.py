"""Write tests/data/pii_heldout_v102.jsonl: a hundred-and-second, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md and the first few hundred bytes of MATH-500, AMC23, the English
    HateCheck CSV and the Dutch Multilingual HateCheck CSV (for their fields); the other corpus files were
    only read by corpus.py. No folder under /work/shared/data was listed. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid, of the wanted type and of the wanted region (numbers.draw; Guernsey/Jersey draws are dropped),
    and every written form parsed back to the same valid number of the stated region (local forms with
    their area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with
    python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions, plus
    the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs at any length from a two-letter, two-digit start, IPv4/IPv6, SSN shapes), and each whole
    document again with its labelled spans blanked (a dirty document is drawn again; checks.py repeats the
    whole-document screen, for Hindi documents with the en_IN regions US, GB and IN). A value still dirty
    after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0).
    Written under a 35-minute limit, so cells are small (4-11 sentences per genre and language); English
    has all 10 genres, German 5, French 4, Dutch 4, Portuguese 4, Hindi 4, Spanish 3, Italian 3. Emphasis:
    consulates, embassies and visa services.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town (numbers.AREAS, ten towns a region, none of v52's
    example towns). AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR,
    NL or GB for national, list and service numbers (build.LOCALES); no 00 prefixes. Hindi documents carry
    the locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place
    in build order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role,
    CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    International numbers include an optional '(0)' trunk and '(+cc)' prefixes, both inside the span.
    list-entry = a phone in a contact block at the end of a document, one per line, in five new layouts:
    '• Label – <phone>', 'Label ☎ <phone>', '<phone> — Label', 'Label:<TAB><phone>' and
    '* Label, tel. <phone>' (Tel./tél./फ़ोन by language); heads 'Useful consular numbers', 'Whom to call',
    'Rufnummern rund um Ihren Antrag', 'Numéros du consulat', 'Teléfonos del consulado', 'Numeri del
    consolato', 'Telefoonnummers bij uw aanvraag', 'Telefones do consulado', 'संपर्क नंबर', ... No phone is
    split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py): 10 genres, none in v52:
    vac (visa application centre bookings and biometrics), embassy (consular section notices, closures,
    duty officers), honorary (honorary consuls' office notes), adviser (immigration advisers' and lawyers'
    client letters), ceremony (citizenship and naturalisation ceremony invitations), passport (passport
    appointments, renewals, collection), apostille (legalisation and apostille offices), emergency (lost
    passports, emergency travel documents), residence (residence permits and immigration-office cards),
    invitation (visa invitation and sponsorship letters); all sentences written fresh in en, de, fr, es, it,
    nl, pt, hi; local numbers announced in new ways, before, after, on the line above, in a remark and in
    reported speech ('Folks in Omaha can skip the area code and just dial', 'seven digits are enough:',
    'Passport acceptance, Tulsa post office (local callers):' + newline, '... is all you need from a Raleigh
    landline', '"From here in Hartford it's just ...," the consulate clerk said', '(Omaha numbers only, no
    area code: ...)', 'If you're phoning from Leeds, leave off the code', 'Ring ... (local rate from Cardiff
    phones)', '"Just ring ... – you're in Glasgow, you don't need the code," she told me', 'dialled without
    the STD code:', '... – that is the Pune city number for', 'Aus dem Ortsnetz Leipzig wählen Sie ...
    nur', 'Sie wohnen in Kiel? Dann genügt für das Honorarkonsulat die', '„In Bonn reicht die ...“, sagte
    die Sachbearbeiterin', 'Die ... ist die Ortsnummer der Passstelle Bremen (Vorwahl entfällt innerorts)',
    'Woont u in Zwolle? Het loket naturalisatie heeft een lokaal nummer:', 'Vanuit het netnummergebied
    Tilburg volstaat', '„Vanuit Arnhem gewoon ... draaien”, zei de medewerker', 'Quem liga de Recife fala
    com o consulado honorário no ..., sem precisar do DDD', '— Daqui de Manaus é só ligar ... — explicou
    a atendente', '... é o número fixo para quem está em Goiânia (dispensa o DDD)', 'Jaipur शहर में रहने
    वाले आवेदक सीधे ... मिलाएँ, STD कोड की ज़रूरत नहीं', 'क्लर्क ने कहा, "Pune से हैं तो बस ... मिला
    लीजिए।"', ...); cards for visa, passport and service fees and advisers' fixed fees, IBANs for
    legalisation fees and advisers' invoices, IPs of booking-portal mirrors, photo-upload servers, lobby
    terminals and portal sign-ins, SSNs of US sponsors (affidavit of support, invitation letters);
    44 hard-negative kinds (negs.KINDS, all used; fee, law and PO-box kinds have per-region or
    per-language variants), none in v52's list: passport numbers, UK GWF references, VAC booking
    references (VFS/ABC/1234/567890), DS-160 confirmations, USCIS receipt numbers, A-numbers
    (A123-456-789), visa vignette numbers, apostille numbers (1234/2025), consular fee amounts, dates of
    birth, validity ranges, passport MRZ second lines (with ICAO check digits), BRP numbers, Spanish NIEs,
    OCI card numbers, immigration case file numbers, counter queue tickets, appointment time slots, form
    numbers (I-864, DS-82, VAF1A), courier waybills, postcodes with towns (DE, NL, BR, FR, UK), naturalisation
    certificate numbers, ceremony seat row/seat, bank-transfer references, counter opening hours, working
    days, photo sizes (35 x 45 mm), notarial register numbers (UR-Nr.), residence card numbers, visa
    subclasses, travel-insurance policy numbers, flight numbers, exchange rates, legal references (§ 10 Abs.
    1 StAG, 8 U.S.C. § 1427), waiting-list positions, SEVIS IDs, receipt barcodes, legalisation stamp
    numbers, blank passport pages, embassy PO boxes;
    number habits (numbers.py): US 312-533-0656, (312)533-0656, 312.533.0656, (312) 533-0656, +1-312-533-0656,
    +1 312-533-0656, +1 (312)533-0656, (800) 201-2904, 1.800.201.2904, 800-201-2904;
    GB 0113-496-0018, (01224)123456, 020-7946-0018, 0207 946 0018, 0770 090 0123, 07700900123,
    07700-900123, +44 (0)113 496 0018, 0800 123 4567, 0300-123-4567; DE (0341) 1 23 45 67, 0341-1234567,
    0341 1234567, 0151 23456789,
    (0151) 234 56789, 0151-23456789, +49 (0) 341 1234567, +49 (0)341 1234567, 0800 1234567, 01805 123456;
    FR 04 44 78 76 74, 04.44.78.76.74, +33 (0)4 44 78 76 74, 0810.12.34.56; ES 936 412 861,
    936-41-28-61, 612 34 56 78, (+34) 612 345 678, +34 936 412 861, 901 123 456; IT (06) 76758513,
    06 7675 8513, 333 123 4567, 333-1234567, (+39) 333 123 4567, 800 123 456; NL 070-312 34 56,
    (070) 3123456, 070 3123456, 06 12 34 56 78, 06-123 456 78, +31 (0)70 312 3456, 0800-123 45 67;
    PT 213 456 789, (+351) 912 345 678; BR 41-3222-1234, (41) 3222-1234, (41)3222 1234, 11-99876-5432,
    +55 41 3222-1234, +55-41-3222-1234, 0800 789 7520; IN (044) 2452 1234, 044/24521234, 98765 43210,
    98765-43210, 098765-43210, +91 44 2452 1234, +91-44-24521234, +91-9876543210, 1-800-102-3456;
    CH/AT/BE/IE/AU '+41 (0)44 296 69 51', '+43 (0)1 2377305', '+32 (0)2 512 34 56', '+353 (0)1 234 5678',
    '+61 (0)2 9876 5432'; local forms 533.0656, 533–0656 (en dash), 496-0018, 7946-0018, 1 23 45 67,
    312-3456, 31 23 456, 3222.1234, 32221234, 2452-1234, 24521234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (first and last name from each
    language's locale, Hindi documents from hi_IN) and IBANs (each country's locale, kept only when
    python-stdnum accepts them), e-mail user names and domains (en_US); towns from numbers.AREAS; corpus
    negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English
    HateCheck cases (CC BY 4.0) and Multilingual HateCheck Dutch, French, German, Italian, Portuguese,
    Spanish cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention protected
    groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no
    7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v102.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v102.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v102.stats [RECORDS VALUES]

Counts (seed 10102; `python -m benchmarks.pii_v102.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1290 {'corpus': 120, 'neg': 300, 'pos': 870}
    values: 1520 by kind: {'PHONE': 1264, 'EMAIL': 112, 'IP_ADDRESS': 83, 'CREDIT_CARD': 30, 'IBAN': 29,
            'US_SSN': 2}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 340, 'PHONE/list-entry': 264,
            'PHONE/international': 127, 'PHONE/other': 83, 'EMAIL/role': 69, 'EMAIL/personal': 43,
            'IP_ADDRESS/v4-private': 37, 'IP_ADDRESS/v6': 25, 'IBAN/print': 22, 'IP_ADDRESS/v4': 21,
            'CREDIT_CARD/spaced': 12, 'CREDIT_CARD/solid': 11, 'IBAN/electronic': 7, 'CREDIT_CARD/dashed':
            7, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'adviser': 82, 'apostille': 226, 'ceremony': 146, 'embassy': 168, 'emergency': 41,
            'honorary': 78, 'invitation': 32, 'passport': 104, 'residence': 104, 'vac': 189}
    languages (documents written here): {'de': 195, 'en': 414, 'es': 49, 'fr': 85, 'hi': 83, 'it': 55,
            'nl': 132, 'pt': 157}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 14, value redraws: 1172, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44
    US SSNs are few (2): only en_US adviser and invitation documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import corpus
from . import numbers as N
from .build import LEX, LOCAL_LEX, LOCALES, Builder

SEED = 10102
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v102.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v102_values.jsonl"
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "hi", 35),
]
WEIGHTS = {
    "en_US": 12,
    "en_GB": 10,
    "en_IN": 6,
    "en_IE": 3,
    "en_AU": 3,
    "de_DE": 8,
    "de_AT": 3,
    "de_CH": 3,
    "fr_FR": 6,
    "fr_BE": 2,
    "fr_CH": 2,
    "es_ES": 6,
    "it_IT": 6,
    "nl_NL": 7,
    "nl_BE": 3,
    "pt_BR": 7,
    "pt_PT": 4,
    "hi": 6,
}
N_POS, N_NEG = 480, 300
STATS = {"document_redraws": 0}


def _id_parts(locale, genre):
    return ("en_IN", "hi-" + genre) if locale == "hi" else (locale, genre)


def _make(b, locale, genre, kind, local=None):
    while True:
        text, spans, values = b.document(locale, genre, kind, local)
        ok = b.clean_doc(locale, text, spans) and (bool(values) if kind != "neg" else not values)
        if ok:
            return text, spans, values
        STATS["document_redraws"] += 1


def build(seed=SEED):
    rng = random.Random(seed)
    b = Builder(rng, seed)
    docs = []  # (locale, kind, genre, text, spans, values)
    for region, lang, locale, total in LOCAL_PLAN:
        left = total
        templates = LOCAL_LEX[(region, lang)]
        while left:
            choices = [t for t in templates if left >= 2 or "{L2}" not in t]
            templ = rng.choice(choices)
            town, area = rng.choice(N.AREAS[region])
            genre = rng.choice(sorted(LEX[lang]["GENRES"]))
            text, spans, values = _make(b, locale, genre, "local", (region, area, town, templ))
            left -= sum(v.get("mode") == "local-announced" for v in values)
            docs.append((locale, "pos", genre, text, spans, values))
    locales = sorted(WEIGHTS)
    weights = [WEIGHTS[loc] for loc in locales]
    for kind, count in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(count):
            locale = rng.choices(locales, weights)[0]
            genre = rng.choice(sorted(LEX[LOCALES[locale][0]]["GENRES"]))
            text, spans, values = _make(b, locale, genre, kind)
            docs.append((locale, kind, genre, text, spans, values))
    records, sidecar = [], []
    for n, (locale, kind, genre, text, spans, values) in enumerate(docs):
        loc, g = _id_parts(locale, genre)
        records.append({"id": f"{loc}-{kind}-{g}-{n}", "locale": loc, "text": text, "spans": spans})
        sidecar.append({"values": values})
    for rec in corpus.records(rng):
        records.append(rec)
        sidecar.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    STATS["value_redraws"] = b.drawer.redraws
    STATS["kinds_replaced"] = b.drawer.replaced
    STATS["neg_kinds_used"] = len(b.neg_kinds_used)
    return [records[i] for i in order], [sidecar[i] for i in order]


def write(records, sidecar, rec_path=RECORDS, val_path=VALUES):
    with open(rec_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for v in sidecar:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    rec_path = Path(argv[0]) if argv else RECORDS
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES
    records, sidecar = build()
    write(records, sidecar, rec_path, val_path)
    print(f"{len(records)} documents written to {rec_path}; {STATS}")


if __name__ == "__main__":
    main(sys.argv[1:])
