"""Write tests/data/pii_heldout_v83.jsonl: an eighty-third, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read; only the two output files were written there),
    earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened), benchmarks/results/,
    README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or /work/shared/research/, and who ran no
    git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of the English HateCheck CSV, the German Multilingual HateCheck CSV, MATH-500 and AMC23
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid, of the wanted type and of the wanted region, and every written form parsed back to the same valid
    number of the stated region (local forms with their area code and trunk prefix put back,
    numbers.put_back; checks.py does it again); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as
    v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own region, its language's home region (and US and GB for English),
    plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes
    removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans
    blanked with '#' (a dirty document would be redrawn; checks.py repeats the whole-document screen). A
    value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none
    was (0), after lot numbers were given a letter in the middle (German numbering accepts almost every
    digit run of 6-11 digits as a valid fixed line). Written under a 35-minute limit, so cells are small
    (2-7 sentences per slot); English has all 8 genres, German 8, Dutch 6, French 6, Portuguese 5, Italian
    4, Spanish 4, Hindi 4. Emphasis: hotels' back office and the cleaning trades.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (build.HOME); no 00
    prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five new layouts: '• Label: <phone>', 'Label<TAB><phone>', '<phone> — Label',
    'Label (<phone>)' and '1. Label: <phone>' (heads 'Key contacts', 'Call list', 'Contractor numbers',
    'Out-of-hours list', 'Phone tree', 'Kontaktliste', 'Telefonliste Dienstleister', 'Notfallnummern Haus',
    'Liste des contacts', 'Annuaire prestataires', 'Contactos', 'Teléfonos de proveedores', 'Rubrica
    fornitori', 'Contatti utili in struttura', 'Contactlijst', 'Telefoonlijst leveranciers', 'Contatos',
    'Lista de fornecedores', 'संपर्क सूची', 'ठेकेदारों के नंबर'). No phone is split across lines; words stay
    outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_fr_es_it.py, lex_pt_hi.py; build.py): 8 genres, none in v52:
    housekeeping (housekeeping handovers and floor-supervisor notes), nightaudit (night-audit and
    overnight back-office reports), laundry (commercial laundry and linen-hire delivery notes), windows
    (window-cleaning quotes and rounds), carpet (carpet and upholstery cleaning job sheets), pest (pest
    control service reports), sweep (chimney-sweep certificates and flue records), waste (trade waste,
    skip hire and collection schedules); all sentences written fresh in en, de, fr, es, it, nl, pt, hi;
    local numbers announced in new ways, before, after, on the line above, in a remark and in reported
    speech ('Calling from a Savannah landline? Drop the area code and dial ...', 'Our Reno depot is on ...
    for anyone ringing locally', '... (York number, dial as shown from a local phone)', 'When we spoke she
    said, "Anyone here in Omaha can just ring ..."', 'Note: ... works without the area code only inside
    Leeds', 'The Cardiff office line (local callers):' + line break, 'Aus dem Festnetz in Kiel genügt die
    ...', 'Wie sie am Telefon sagte: „Wer in Trier anruft, wählt einfach ...“', 'Hinweis: Die ...
    funktioniert ohne Vorwahl nur innerhalb von Lübeck', 'Belt u vanuit Zwolle met een vaste lijn? Dan is
    het gewoon ...', '... (alleen binnen Arnhem, zonder kengetal)', 'De telefone fixo em Recife, basta
    discar ...', 'Obs.: o ... só funciona sem DDD dentro de Natal', 'Pune के लैंडलाइन से कोड छोड़कर सीधे
    ... मिलाइए', 'उन्होंने फ़ोन पर कहा, "Kochi से हो तो बस ... लगाइए।"', ...); cards for cleaning-job
    deposits and guests' pre-authorisations, IBANs for standing orders and job invoices, IPs of laundry
    scale PCs, bin-store CCTV recorders and PMS interface servers, SSNs on new room attendants' W-4/I-9
    paperwork and payroll corrections (en_US housekeeping and night-audit documents only);
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: room ranges (412–427), hotel folio
    numbers (8 digits), booking confirmation numbers (9-10 digits, bare or with R/CNF), key-card encoder
    ids, night-audit revenue totals, occupancy percentages, average daily rates, linen weights (kg), wash
    programmes (P7 / 60 °C / 42 min), dilution ratios (1:40), chemical lot numbers, safety-data-sheet
    revisions with dates, UN numbers of chemicals, pesticide registration numbers (3-4 digits - 4 digits,
    optional third group), bait-station ids, trap counts (active/total), flue diameters and lengths, CO
    readings (ppm), flue-gas temperatures, sweep certificate numbers (yy/nnnnn), EWC waste codes (20 03 01),
    waste transfer note numbers (0049217/24), bin sizes (litres), weighbridge gross/tare weights, vehicle
    registration plates (GB, DE, NL, other), skip sizes (yd³), VAT registration numbers, SAP-style purchase
    order numbers (45 + 8 digits), time windows (07:30–11:00), staff ids, card-terminal ids (two groups of
    4 digits), EAN-13 barcodes, product codes (12-3456-7), floor areas (m²), pure-water TDS readings, pH
    values, key-safe codes (4-7-1-9), inspection scores (86/100), hours with decimals, water-fed pole
    lengths, fire-alarm zones;
    number habits (numbers.py): US 912-555-0134, 912.555.0134, (912)555-0134, 1-912-555-0134,
    1.912.555.0134, +1-912-555-0134, +19125550134, +1 912-555-0134, +1.912.555.0134, 800.555.0134,
    1 800 555 0134; GB 0113 496 0018, 0113-4960018, 029 2018 0123, 07700-900-123, 07700 900123,
    0770 090 0123, +44 (0)113 496 0018, +44-113-4960018, 0345 123 4567, 0808-123-4567; DE 0941 123456,
    (0941) 123456, 0941-123456, 0941 12 34 56, (0431) 123 4567, +49 (0)941 123 456, +49-151-23456789,
    0800 123 4567, 0800-1234567, 01805-12 34 56; FR 04 44 78 76 74, 04.44.78.76.74, 04 44787674,
    +33 (0)4 44 78 76 74, +33 4.44.78.76.74, 08.00.12.34.56, 0810 12 34 56; ES 936 41 28 61, 936412861,
    936-412-861, 936.41.28.61, +34 93 6412861, 901 12 34 56; IT 06 7675 8513, 06.7675.8513, 06 76758513,
    333.123.4567, 333-1234567, +39 333 123 4567, +39 06 7675 8513, 848 123 456, 800.123.456; NL 050 312 3456,
    (050) 312 34 56, 050-312 34 56, 06 123 456 78, 06-1234 5678, 06 12 34 56 78, +31 (0)50 312 3456,
    0800-1234; PT 213 456 789, 213456789, 21 345 67 89, +351 21 3456789, 808 12 34 56; BR (81) 3222 1234,
    81 3222.1234, (81) 3222-1234, 81 99876-5432, (81) 998765432, +55 81 3222 1234, +55 (81) 99876-5432,
    0800 789 7520, 4004-1234; IN 0484 245 2123, (0484) 2452123, 020 2452 1234, 98765 43210, 98765-43210,
    9876543210, +91 484 2452123, +91 98765 43210, +919876543210, 1800 425 1234, 18604251234;
    AU/IE/CH/AT/BE +61 (0)2 9876 5432, +353 (0)87 123 4567, +41 (0)44 296 69 51, +43 (0)1 2377 30505,
    +32 (0)2 512 34 56, +32 475 12 34 56; local forms 555.0134, 555-0134, 555 0134, 496 0018, 2018 0123,
    2018-0123, 61 23 45, 612 345, 612345, 1 23 45 67, 123 45 67, 12-34-56, 312 3456, 31 23 456,
    3222.1234, 3222-1234, 2452-1234, 245-2123.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE from fr_FR) and e-mail user names and domains (en_US);
    towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT),
    AMC23 problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV: 0-based row
    after the header; JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v83.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v83.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v83.stats [RECORDS VALUES]

Counts (seed 10083; `python -m benchmarks.pii_v83.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1279 {'corpus': 140, 'neg': 285, 'pos': 854}
    values: 2287 by kind: {'PHONE': 1942, 'EMAIL': 188, 'IP_ADDRESS': 94, 'CREDIT_CARD': 31, 'IBAN': 30,
            'US_SSN': 2}
    modes: {'PHONE/national': 658, 'PHONE/local-announced': 450, 'PHONE/list-entry': 391, 'PHONE/other':
            222, 'PHONE/international': 221, 'EMAIL/role': 131, 'EMAIL/personal': 57,
            'IP_ADDRESS/v4-private': 37, 'IP_ADDRESS/v4': 29, 'IP_ADDRESS/v6': 28, 'IBAN/electronic': 17,
            'CREDIT_CARD/spaced': 13, 'IBAN/print': 13, 'CREDIT_CARD/dashed': 11, 'CREDIT_CARD/solid': 7,
            'US_SSN/spaced': 1, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'carpet': 94, 'housekeeping': 191, 'laundry': 167, 'nightaudit': 158, 'pest': 176, 'sweep':
            82, 'waste': 171, 'windows': 100}
    languages (documents written here): {'de': 174, 'en': 421, 'es': 51, 'fr': 91, 'hi': 86, 'it': 33,
            'nl': 152, 'pt': 131}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 40, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 1154, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (2): only en_US housekeeping and night-audit documents carry them.
"""

import json
import random
import sys

from . import build, corpus, negs
from . import numbers as N

SEED = 10083
OUT = ("tests/data/pii_heldout_v83.jsonl", "tests/data/pii_heldout_v83_values.jsonl")
LANG_W = {"en": 34, "de": 15, "nl": 12, "fr": 10, "pt": 10, "es": 6, "it": 6, "hi": 7}
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
]
N_POS, N_NEG = 450, 285


def screen_regions(lang, locale):
    regs = {build.region_of(locale), build.HOME[lang]}
    return sorted(regs | ({"US", "GB"} if lang == "en" else set()))


def make_doc(b, lang, locale, genre, positive, local=None):
    for _ in range(50):
        segs = b.document(lang, locale, genre, positive, local)
        text, spans, vals = build.render(segs)
        if not negs.dirty(build.blank(text, spans), screen_regions(lang, locale)):
            return text, spans, vals
        b.doc_redraws += 1
    raise RuntimeError("document could not be screened clean")


def build_all(seed=SEED):
    b = build.Builder(seed)
    r = b.rng
    recs = []
    n = 0

    def add(lang, locale, genre, positive, local=None):
        nonlocal n
        n += 1
        text, spans, vals = make_doc(b, lang, locale, genre, positive, local)
        hi = "hi-" if lang == "hi" else ""
        rid = f"{locale}-{'pos' if positive else 'neg'}-{hi}{genre}-{n}"
        recs.append(({"id": rid, "locale": locale, "text": text, "spans": spans}, vals))

    for region, lang, locale, want in LOCAL_PLAN:
        tmpls = build.LEX[lang]["LOCAL"]
        got = 0
        while got < want:
            t = r.choice(tmpls)
            k = t.count("{L}")
            if k > want - got:
                continue
            town, area, sl = r.choice(N.AREAS[region])
            genre = r.choice(sorted(build.LEX[lang]["G"]))
            add(lang, locale, genre, True, (region, town, area, sl, t))
            got += k
    langs = sorted(LANG_W)
    for positive, count in ((True, N_POS), (False, N_NEG)):
        for _ in range(count):
            lang = r.choices(langs, weights=[LANG_W[x] for x in langs])[0]
            locale = r.choices(build.LOCALES[lang], weights=build.LOCALE_W.get(lang))[0]
            genre = r.choice(sorted(build.LEX[lang]["G"]))
            add(lang, locale, genre, positive)
    for rec in corpus.corpus_records(random.Random(seed + 2)):
        recs.append((rec, []))
    random.Random(seed + 3).shuffle(recs)
    stats = {
        "doc_redraws": b.doc_redraws,
        "value_redraws": b.drawer.redraws,
        "replaced": b.drawer.replaced,
        "kinds_used": len(b.drawer.used),
    }
    return recs, stats


def write(recs, paths=OUT):
    with open(paths[0], "w", encoding="utf-8") as f:
        for rec, _ in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(paths[1], "w", encoding="utf-8") as f:
        for _, vals in recs:
            f.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    paths = tuple(argv[:2]) if len(argv) >= 2 else OUT
    recs, stats = build_all()
    write(recs, paths)
    print(f"wrote {len(recs)} documents to {paths[0]} and {paths[1]}; {stats}")


if __name__ == "__main__":
    main(sys.argv[1:])
