"""Write tests/data/pii_heldout_v98.jsonl: a ninety-eighth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500, AMC23, the English
    HateCheck CSV and the Dutch Multilingual HateCheck CSV (for their fields). No folder outside this
    package and the writer's scratch folder was listed. The other corpus files were only read by corpus.py.
    GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at
    random from a prefix (numbers.PREFIXES) or a town's area code (numbers.AREAS), kept when valid, of the
    wanted type and of the wanted region, and every written form parsed back to the same valid number of
    the stated region (local forms with their area code and trunk prefix put back, numbers.put_back);
    cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules,
    IPs with the ipaddress module. Hard negatives are screened like v52's: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language
    home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or
    dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled
    spans blanked by '|' (checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after licence
    numbers were written 'SP-1234-25' and lot numbers 'LOT 2603-D' (slash and letter-digit forms were
    always read as German numbers). Written under a 35-minute limit, so cells are small (2-3 sentences per
    genre slot, one negative pool per language): English has all 8 genres, German 6, Dutch 6,
    Portuguese 6, French 5, Spanish 5, Italian 5, Hindi 5. Emphasis: beauty and body care. The
    hard-negative pool of a language is shared by its genres, so a nail-bar document can carry a laser or
    autoclave sentence.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (build.LOCALES). New here: some international numbers are written with a 00 prefix (0049, 0033, 0031,
    0034, 0039, 00351, 0041, 0043, 0032, 00353, 0044; never for AU, whose exit code differs), as people in
    those countries do; each parses back from the stated region. Hindi documents carry the locale en_IN
    and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed.
    'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone
    in a contact block at the end of a document, one per line, in five new layouts: '• Label: <phone>',
    'Label<TAB><phone>', '<phone> (Label)', 'Label » <phone>' and '☎ Label – <phone>' (heads 'Find us',
    'Salon contacts', 'Studio numbers', 'Who to call', 'So erreichen Sie uns', 'Salon-Telefone', 'Kontakt &
    Termine', 'Nous joindre', 'Contacts du salon', 'Dónde llamarnos', 'Teléfonos del salón', 'Come
    contattarci', 'Telefoni del salone', 'Zo bereik je ons', 'Telefoonnummers salon', 'Fale com a gente',
    'Telefones do salão', 'संपर्क करें', 'सैलून के नंबर'). No phone is split across lines; words stay
    outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py): 8 genres, none in v52:
    salon (hair colour and cut bookings), barber (barbershop queues and shaves), nails (nail bars, gel and
    acrylic), tattoo (deposits, aftercare, guest artists), piercing (aftercare, downsizing), spa (spa days,
    thermal suites), mobile (mobile hairdressers, bridal home visits), therapist (lashes, brows, waxing,
    laser); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new
    ways, before, after, on the line above, in a remark and in speech ('Calling from a Savannah landline?
    Skip the area code and dial ...', '"Just dial ... if you're in town," the receptionist told me',
    'Local Tulsa clients (seven digits only):', '... – that's the barbershop on Main, no need for the code
    if you're calling from Reno', 'From a Leeds phone you can drop the dialling code', '"It's ... from
    town," she said', 'Reception (within York):', 'Aus dem Kieler Festnetz genügt die ... – ohne
    Vorwahl', '„Aus Ulm einfach ... wählen“, sagte die Dame am Empfang', 'Ortsnetz Trier: Salon ...,
    Kosmetikraum ...', 'Telefon (in Bamberg ohne Vorwahl):', 'Bel je vanuit Delft? Dan is het gewoon ...,
    zonder netnummer', '"Vanuit de stad draai je ...," zei de eigenaar', 'Binnen Venlo:', 'De telefone
    fixo de Natal, é só discar ..., sem DDD', 'Fixo da unidade Recife (ligação local):', '"Daqui de Manaus
    você liga direto no ..."', 'Within Pune, dial ... to book the bridal trial (no STD code from a city
    landline)', 'Surat के लैंडलाइन से सैलून का नंबर सिर्फ़ ... है', '"Jaipur से हो तो सीधे ... डायल करो,"
    पार्लर वाली दीदी ने कहा', 'लोकल कॉल (Kochi):'); cards for tattoo and spa deposits, IBANs for chair
    rent and invoiced vouchers, IPs of salon booking tablets and till printers, SSNs on a stylist payroll
    form (en_US only);
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: booking references, gift voucher
    codes, loyalty card numbers, EAN-13 barcodes, lot numbers, hair colour shade codes, developer strengths
    and mixing ratios, tattoo needle configurations, piercing gauges, jewellery dimensions, appointment
    time slots, prices, treatment durations, LED/UV cure times, wax and sauna temperatures, laser fluence,
    laser wavelengths, dates (patch tests, appointments), opening hours, studio licence numbers, autoclave
    cycle numbers, card terminal ids, card authorisation codes, product volumes, pH values, hair lengths,
    session counts (3/6), discounts, treatment room numbers, clipper guard fades, tattoo sizes, SPF,
    cancellation windows, stylist codes, Fitzpatrick skin types, nail tip size sequences, expiry months,
    spa membership numbers, till receipt numbers, gel polish shade numbers, chair counts, gift card
    balances;
    number habits (numbers.py): US 912-533-0656, 912.533.0656, (912)533-0656, 9125330656, 1.912.533.0656,
    1-912-533-0656, +1-912-533-0656, +19125330656, +1 912-533-0656, 888.374.3785, (888) 374-3785,
    1.888.374.3785; GB 0113-496-0018, 0113 496 0018, (0113)4960018, 01273-123-456, 01273 123456,
    07845-768643, 07845 768643, 07845-768-643, +44 (0)113 4960018, +44 113-496-0018, 0044 113 496 0018,
    0800 123 4567, 0345-729-1733; DE (0341) 6 08 99 06, 0341-6089906, 0341 6089906, (0341) 608 9906,
    0160 0378757, (0176) 1234 5678, +49 (0)341 6089906, 0049 176 12345678, 0800 338 26 18, 0800-3382618,
    0180 1234567; FR 05.49.92.26.00, 05 49 92 26 00, 0549922600, +33 (0)5 49 92 26 00, 0033 7 58 01 74 09,
    08.10.01.70.62; ES 932.193.726, 932193726, 932-19-37-26, 932 19 37 26, (+34) 712 439 140,
    0034 932 193 726, 900.12.34.56; IT 055 035 6684, 055.035.6684, 0550356684, 324 664 3244,
    324.664.3244, (+39) 055 0356684, 0039 324 6643244, 800.486.899, 800 486899; NL (050) 312 34 56,
    050 312 3456, 050-31 23 456, 0118-54 18 19, 06 12 34 56 78, 0612345678, (06) 1234 5678,
    +31 (0)50 3123456, 0031 118 541819, 0800 022 1234, 0800 - 1234, 088 689 0196; PT 221 720 172,
    221720172, 221-720-172, (+351) 964 507 020, 00351 221 720 172; BR (48) 5080 8015, (048) 5080-8015,
    48 50808015, (82) 98351-5593, 82 98351 5593, (82)983515593, +55 (48) 5080-8015, +55 82 98351 5593,
    0800 789 7520, 4003-6301, 4003 6301; IN (020) 2552 1234, 0422-5774263, 93633 79911, 9363379911,
    093633-79911, +91 93633 79911, +919363379911, +91-422-5774263, 1860 7894 996, 18607894996,
    1800 789 4996; CH/AT/BE/IE/AU '+41 (0)22 190 67 96', '0041 76 5 42 38 12', '+43 (0)1 9957976',
    '+32 2 642 56 12', '00353 86 615 2859', '+61 (0)2 6014 9899'; local forms 533.0656, 5330656, 496-0018,
    123-456, 1 23 45 67, 12 34 56, 1234567, 312 3456, 434 22 51, 26 44 91, 32221234, 3222.1234,
    3222 1234, 25521234, 2552-1234, 255-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for first names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only HateCheck cases labelled non-hateful are
    taken (they can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v98.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v98.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v98.stats [RECORDS VALUES]

Counts (seed 10098; `python -m benchmarks.pii_v98.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and ruff format
    --check: 0 findings
    documents: 1223 {'corpus': 120, 'neg': 300, 'pos': 803}
    values: 1615 by kind: {'PHONE': 1280, 'EMAIL': 207, 'IP_ADDRESS': 65, 'CREDIT_CARD': 40, 'IBAN': 17,
            'US_SSN': 6}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 399, 'PHONE/international': 195,
            'PHONE/list-entry': 170, 'EMAIL/role': 105, 'EMAIL/personal': 102, 'PHONE/other': 66,
            'IP_ADDRESS/v4': 23, 'IP_ADDRESS/v6': 22, 'IP_ADDRESS/v4-private': 20, 'CREDIT_CARD/spaced': 15,
            'CREDIT_CARD/dashed': 14, 'CREDIT_CARD/solid': 11, 'IBAN/electronic': 9, 'IBAN/print': 8,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'barber': 154, 'mobile': 129, 'nails': 161, 'piercing': 74, 'salon': 146, 'spa': 178,
            'tattoo': 134, 'therapist': 127}
    languages (documents written here): {'de': 150, 'en': 391, 'es': 57, 'fr': 73, 'hi': 72, 'it': 48,
            'nl': 146, 'pt': 166}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 983, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (6): only en_US documents carry them; IBANs only where the national region has one.
"""

import json
import random
import sys
from pathlib import Path

from . import build, corpus

SEED = 10098
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v98.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v98_values.jsonl"

GENRES = {
    "en": ["salon", "barber", "nails", "tattoo", "piercing", "spa", "mobile", "therapist"],
    "de": ["salon", "barber", "nails", "tattoo", "spa", "mobile"],
    "fr": ["salon", "nails", "spa", "therapist", "tattoo"],
    "es": ["salon", "barber", "nails", "tattoo", "spa"],
    "it": ["salon", "barber", "spa", "therapist", "nails"],
    "nl": ["salon", "barber", "piercing", "spa", "mobile", "nails"],
    "pt": ["salon", "barber", "nails", "tattoo", "spa", "therapist"],
    "hi": ["salon", "barber", "spa", "therapist", "mobile"],
}
WEIGHTS = {
    "en_US": 9,
    "en_GB": 9,
    "en_IN": 5,
    "en_AU": 4,
    "en_IE": 3,
    "de_DE": 8,
    "de_AT": 3,
    "de_CH": 3,
    "fr_FR": 6,
    "fr_BE": 2,
    "fr_CH": 2,
    "es_ES": 7,
    "it_IT": 7,
    "nl_NL": 8,
    "nl_BE": 3,
    "pt_PT": 5,
    "pt_BR": 7,
    "hi": 6,
}
N_POS, N_NEG = 440, 300
LOCAL_PLAN = [
    ("US", "en_US", 75),
    ("GB", "en_GB", 75),
    ("DE", "de_DE", 75),
    ("NL", "nl_NL", 75),
    ("BR", "pt_BR", 75),
    ("IN", "en_IN", 40),
    ("IN", "hi", 35),
]


def _id(doc, locale, n):
    hi = "hi-" if locale == "hi" else ""
    return f"{doc['locale']}-{doc['group']}-{hi}{doc['genre']}-{n}"


def build_all(seed=SEED):
    rng = random.Random(seed)
    b = build.Builder(rng)
    docs, n = [], 0
    locs = sorted(WEIGHTS)
    wts = [WEIGHTS[k] for k in locs]
    for region, locale, quota in LOCAL_PLAN:
        got = 0
        while got < quota:
            genre = rng.choice(GENRES[build.LOCALES[locale][0]])
            doc, k = b.local(region, locale, genre, "", quota - got)
            got += k
            doc["id"] = _id(doc, locale, n)
            docs.append(doc)
            n += 1
    for group, count in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(count):
            locale = rng.choices(locs, wts)[0]
            genre = rng.choice(GENRES[build.LOCALES[locale][0]])
            doc = (b.positive if group == "pos" else b.negative)(locale, genre, "")
            doc["id"] = _id(doc, locale, n)
            docs.append(doc)
            n += 1
    docs.extend(corpus.corpus_docs(rng))
    rng.shuffle(docs)
    info = {
        "doc_redraws": b.doc_redraws,
        "value_redraws": b.drawer.redraws,
        "replaced": b.drawer.replaced,
        "kinds_used": len(b.drawer.used),
    }
    return docs, info


def write(docs, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            vals = [{k: v for k, v in x.items() if not k.startswith("_")} for x in d["values"]]
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    docs, info = build_all()
    if len(argv) == 2:
        write(docs, Path(argv[0]), Path(argv[1]))
    else:
        write(docs)
    print(len(docs), "documents", info)


if __name__ == "__main__":
    main(sys.argv[1:])
