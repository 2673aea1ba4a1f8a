"""Write tests/data/pii_heldout_v75.jsonl: a seventy-fifth, independent held-out labelled set for PII
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
    hundred bytes of AMC23, MATH-500, the English HateCheck CSV and the German Multilingual HateCheck CSV
    (for their fields); the other corpus files were only read by corpus.py. GSM8K train was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid
    and of the wanted type, and every written form parsed back to the same valid number of the stated
    region (local forms with their area code and trunk prefix put back, numbers.put_back); cards with
    Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with
    the ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions (plus the local region in local documents), plus the guards (negs.guard_hits:
    e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN
    shapes), and each whole document again with its labelled spans blanked (checks.py repeats the
    whole-document screen). New here: a kind that stays dirty for 200 draws in one set of regions (German
    numbering accepts many short digit groups) is remembered and another kind of the same genre is drawn
    instead (negs.Drawer, compose.Composer.neg: 'fallbacks'); a dash would be written only if every kind
    of the genre failed, which never happened (0).
    Written under a 35-minute limit, so cells are small (2-10 sentences per slot); English has all 8
    genres, German 5, Dutch 5, French 4, Spanish 4, Italian 4, Portuguese 4, Hindi 3. Emphasis:
    construction and building projects.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only (half of their national/mobile slots become international numbers of their own
    region) and use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES). Hindi
    documents carry the locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n>
    (n = place in build order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL
    personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five new layouts:
    'Label — <phone>' (em dash), '• Label: <phone>' (bullet), '<phone> (Label)', 'Label / <phone>' and
    'Label » <phone>' (heads 'Site contacts', 'Key holders', 'Out-of-hours numbers', "Who's who on site",
    'Trade contacts', 'Baustellenkontakte', 'Erreichbarkeit', 'Notfallnummern Baustelle', 'Contacts
    chantier', 'Numéros du chantier', 'Contactos de obra', 'Teléfonos de la obra', 'Contatti cantiere',
    'Recapiti di cantiere', 'Contactpersonen bouwplaats', 'Bereikbaarheid', 'Noodnummers bouw', 'Contatos
    da obra', 'Telefones da obra', 'साइट संपर्क', 'ज़रूरी फ़ोन नंबर (साइट)'). No phone is split across lines;
    words stay outside the span. Role e-mail user names are in the document's language (bauleitung@,
    chantier@, obra@, cantiere@, uitvoering@, ...).

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_rom.py, lex_hi.py; compose.py, make_heldout_set.py): 8 genres,
    none in v52: siteoffice (site-office notices, bulletins, inductions), scaffold (scaffold handover,
    inspection and hire), planning (planning applications, neighbour notifications, pre-app advice),
    bcontrol (building control bookings, inspection reports, Bauaufsicht letters), architect (architect's
    letters and instructions, site meeting minutes), snagging (snagging lists, defects, pre-handover
    walkrounds), skiphire (skip/container hire, permits, waste receipts), delivery (delivery notes,
    concrete pours, merchant orders); all sentences written fresh in en, de, fr, es, it, nl, pt, hi;
    local numbers announced in new ways, before, after, on the line above, in a remark and in speech
    ('Calling from a Reno landline? Leave off the area code: the site cabin is ...', 'York site office
    (local number, no code): ...', 'Neighbours in Hull ... can phone the liaison officer on ... – it's a
    town number, so from your home phone that's all you dial', 'For Omaha callers: the yard is ... and the
    weekend duty manager is ...', '"Just dial ..., love, you're in Leeds, you don't need the rest of it,"
    the receptionist told the caller', 'Our Tulsa depot answers on .... (That's the short local form – add
    the code from outside town.)', 'Skip exchanges in Bath:' + newline + number, 'If you're ringing from
    within Derby, the building inspector's desk is', 'Local line (Dayton exchange) for the show home:
    ...; the sales office is ...', 'The foreman scribbled ... on the hoarding – that's the Reno number,
    dialled locally', 'Aus dem Ortsnetz Ulm reicht die ... – dann sind Sie direkt im Baubüro', 'Baubüro
    Trier (ohne Vorwahl):', 'Anwohner in Kassel erreichen unseren Ansprechpartner unter ..., am Wochenende
    unter ...', '„Wählen Sie einfach ..., Sie sind ja in Erfurt“, sagte die Dame am Empfang', 'Unser
    Bauhof in Lübeck ist unter ... zu erreichen (Ortsgespräch)', 'Containertausch in Augsburg:' +
    newline, 'Wer in Potsdam anruft, braucht für die Bauaufsicht nur die ...', 'Belt u vanuit Delft? Dan
    is de bouwkeet gewoon ..., zonder netnummer', 'Bouwkeet Zwolle (lokaal):', 'Omwonenden in Arnhem
    kunnen de omgevingsmanager bellen op ...; in het weekend ...', '‘Draai maar ..., u zit toch in
    Tilburg’, zei de receptioniste', 'Onze werkplaats in Haarlem is bereikbaar op ... (lokaal nummer)',
    'Containerwissel in Nijmegen:' + newline, 'Ligando de um fixo de Recife? O escritório da obra é ...,
    sem o DDD', 'Plantão de obra em Natal (ligação local):', 'Vizinhos em Manaus falam com a equipe da obra
    pelo ...; aos sábados, ...', '“É só discar ..., a senhora está em Campinas”, explicou a atendente',
    'Nosso depósito em Londrina atende no ... (número local)', 'Troca de caçamba em Maceió:' + newline,
    'Jaipur के लैंडलाइन से साइट ऑफिस का नंबर सिर्फ़ ... है', 'Pune साइट ऑफिस (लोकल नंबर):', 'Kochi में रहने
    वाले पड़ोसी शिकायत के लिए ... पर फ़ोन कर सकते हैं; रविवार को ...', 'रिसेप्शन ने कहा, “आप Surat में ही हैं, बस
    ... मिलाइए।”', 'हमारा Patna गोदाम ... पर मिलता है (शहर के अंदर से)'); local towns and area codes
    (numbers.AREAS) are all new to this writer: US Tacoma, Fresno, Omaha, Savannah, Albany, Tulsa, Reno,
    Lubbock, Dayton, Duluth; GB Leeds, Norwich, Cardiff, Exeter, Derby, York, Bath, Swansea, Hull,
    Plymouth; DE Kassel, Ulm, Erfurt, Bielefeld, Regensburg, Lübeck, Göttingen, Augsburg, Trier, Potsdam;
    NL Zwolle, Arnhem, Tilburg, Delft, Haarlem, Nijmegen, Eindhoven, Maastricht, Enschede, Deventer; BR
    Recife, Goiânia, Campinas, Manaus, Florianópolis, Natal, Vitória, Londrina, Teresina, Maceió; IN Pune,
    Jaipur, Lucknow, Kochi, Indore, Surat, Coimbatore, Patna, Hyderabad, Mysuru; cards for skip hire and
    container payments, IBANs for scaffold hire, architects' fees and merchants' trade accounts, IPs of
    site CCTV recorders, gate cameras, weighbridge terminals, air-tightness rigs, scaffold alarms and
    thermostat hubs, SSNs on subcontractor payroll (I-9/W-9) notes;
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: planning application references
    (24/01873/FUL), building control references (BC/2024/08731), UPRNs (12 digits), OS grid references
    (TQ 30123 80456), sheet dimensions (2400 x 1200 x 18 mm), floor areas (m²), scaffold tags
    (SCF-0457-22), concrete grades (C32/40), steel sections (203x133x25 UB), load ratings (kN/m²), skip
    sizes (8-yard), waste transfer notes (WTN-2024-118734), EWC/LER/EER waste codes (17 09 04),
    Flurstück numbers (1234/5), Spanish referencias catastrales (20 characters), U-values (W/m²K), site
    levels (+34.250 m AOD), drawing numbers (1845-ARC-DR-A-0012), drawing revisions (A-201 rev P03),
    working hours (07:30–16:30), sums in pounds (£48,750.00) and euros (48.750,00 €), brick counts
    (12 500), concrete batch numbers (230914-07), vehicle registrations, fire ratings (FD30S, EI 60),
    safe working loads (SWL 2,500 kg), tolerances (±3 mm in 2 m), acoustic results (45 dB DnT,w + Ctr),
    permit-to-work numbers (PTW-2024-0318), purchase orders (PO 45xxxxxxxx), pipe sizes (DN 150), stair
    geometry (rise/going), RAL colours, rebar callouts (B16 @ 200 c/c), UK VAT numbers (GB 123 4567 89),
    KvK numbers (8 digits), CNPJs (12.345.678/0001-90), RERA registrations (P5 + 10 digits), Spanish
    expedientes (2024/1183/OBR), moisture readings (% WME), roof pitches (35°), CSCS card numbers,
    calendar-week ranges (KW 14–22);
    number habits (numbers.py): US 312-533-0656, 312.533.0656, (312)533-0656, 1.312.533.0656,
    +1-312-533-0656, +1 312-533-0656, 1-800-..., 800.201.2904; GB 0161-496-0018, 0161 496 0018,
    0207 946 0018 (London written 0207), 07700-900123, +44 (0)161 496 0018, +44 (0)7700 900123,
    0800-123 4567; DE 0761 456789, (0761) 456789, 0761 4567-89 (extension hyphen), +49 (0)761 456789,
    0800-1234567; FR 04 44 78 76 74, 04.44.78.76.74, +33 (0)4 44 78 76 74, 0 805 36 03 71, 0.805.36.03.71;
    ES 936 41 28 61, 936 412 861, (+34) 612 345 678; IT 06 7675 8513, 06.76758513, 333 123 4567,
    (+39) 333 123 4567; NL 050 312 3456, (050) 312 34 56, 06 12 34 56 78, +31 (0)50 312 3456,
    +31 (0)6 12345678; PT 213 456 789, (+351) 912 345 678; BR (41) 3222 1234, (41) 3222-1234,
    (041) 3222-1234, (41) 99876-5432, 41 99876-5432, +55 41 3222 1234, +55 41 99876-5432;
    IN 044 2452 1234, (044) 24521234, 98765 43210, 098765 43210, +91 98765 43210, 1800 425 1234,
    1800-425-1234; CH/AT/BE/IE/AU +41 (0)44 296 69 51, +43 (0)1 ..., +32 (0)2 ..., +353 (0)1 ...,
    +61 2 ..., +61 (0)2 ...; local forms 533-0656, 533.0656, 496 0018, 2892 1840, 859 574, 45 67 89,
    456789, 4567-89, 8387 3806, 312 3456, 3123456, 312 34 56, 3222 1234, 3222-1234, 2452 1234, 24521234,
    366 6257, 3666257.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE and nl_BE from fr_FR and nl_NL) and e-mail user names and
    domains (en_US); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500
    problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher (US, GB and
    the language's home region) flag. Row = 0-based data row. GSM8K (train and test), AIME24 and
    HumanEval, which v52 used, are not used here.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v75.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v75.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v75.stats [RECORDS VALUES]

Counts (seed 10075; `python -m benchmarks.pii_v75.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and
            ruff format --check: 0 findings
    documents: 1177 {'corpus': 120, 'neg': 305, 'pos': 752}
    values: 2204 by kind: {'PHONE': 1749, 'EMAIL': 271, 'IP_ADDRESS': 73, 'CREDIT_CARD': 59, 'IBAN': 50,
            'US_SSN': 2}
    modes: {'PHONE/national': 585, 'PHONE/local-announced': 450, 'PHONE/list-entry': 443,
            'EMAIL/role': 207, 'PHONE/international': 165, 'PHONE/other': 106, 'EMAIL/personal': 64,
            'IP_ADDRESS/v4-private': 31, 'IBAN/print': 30, 'IP_ADDRESS/v4': 24, 'CREDIT_CARD/spaced': 22,
            'CREDIT_CARD/dashed': 20, 'IBAN/electronic': 20, 'IP_ADDRESS/v6': 18, 'CREDIT_CARD/solid': 17,
            'US_SSN/dashed': 1, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'architect': 79, 'bcontrol': 75, 'delivery': 81, 'planning': 131, 'scaffold': 144,
            'siteoffice': 198, 'skiphire': 191, 'snagging': 158}
    languages (documents written here): {'de': 133, 'en': 402, 'es': 70, 'fr': 79, 'hi': 56, 'it': 70,
            'nl': 123, 'pt': 124}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 25, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 1576, kinds that fell back to another kind of the genre: 7,
            values replaced by a dash: 0, hard-negative kinds used: 44
    US SSNs are few (2): only en_US siteoffice documents carry them.
"""

import json
import random
import sys

from . import corpus
from . import numbers as nb
from .compose import LEX, Composer, doc_dirty

SEED = 10075
OUT = ("tests/data/pii_heldout_v75.jsonl", "tests/data/pii_heldout_v75_values.jsonl")
# positive documents without local numbers, and hard-negative documents, per language: {locale: count}
POS = {
    "en": {"en_US": 55, "en_GB": 55, "en_IN": 30, "en_AU": 25, "en_IE": 25},
    "de": {"de_DE": 25, "de_AT": 15, "de_CH": 15},
    "fr": {"fr_FR": 25, "fr_BE": 12, "fr_CH": 12},
    "es": {"es_ES": 45},
    "it": {"it_IT": 45},
    "nl": {"nl_NL": 30, "nl_BE": 20},
    "pt": {"pt_PT": 25, "pt_BR": 25},
    "hi": {"en_IN": 20},
}
NEG = {
    "en": {"en_US": 30, "en_GB": 30, "en_IN": 20, "en_AU": 15, "en_IE": 15},
    "de": {"de_DE": 20, "de_AT": 8, "de_CH": 8},
    "fr": {"fr_FR": 18, "fr_BE": 6, "fr_CH": 6},
    "es": {"es_ES": 25},
    "it": {"it_IT": 25},
    "nl": {"nl_NL": 22, "nl_BE": 12},
    "pt": {"pt_PT": 15, "pt_BR": 15},
    "hi": {"en_IN": 15},
}
# local regions: (region, language, locale, how many subscriber numbers)
LOCAL = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
]


def build(seed=SEED):
    rng = random.Random(seed)
    comp = Composer(rng, seed)
    records, values, stats = [], [], {"doc_redraws": 0}

    def add(locale, lang, genre, positive, **kw):
        for _ in range(50):
            text, spans, vals, regions = comp.document(locale, lang, genre, positive, **kw)
            if not doc_dirty(text, spans, regions):
                break
            stats["doc_redraws"] += 1
        else:
            raise RuntimeError("document stays dirty")
        tag = "hi-" + genre if lang == "hi" else genre
        rid = "%s-%s-%s-%d" % (locale, "pos" if positive else "neg", tag, len(records))
        records.append({"id": rid, "locale": locale, "text": text, "spans": spans})
        values.append({"values": vals})

    for region, lang, locale, total in LOCAL:
        genres = sorted(LEX[lang][0])
        left = total
        while left:
            town = rng.choice(sorted(nb.AREAS[region]))
            n = min(left, rng.choice([1, 1, 2, 2, 3]))
            add(
                locale,
                lang,
                rng.choice(genres),
                True,
                local=(region, nb.AREAS[region][town]),
                town=town,
                n_local=n,
            )
            left -= n
    for table, positive in ((POS, True), (NEG, False)):
        for lang, per in table.items():
            genres = sorted(LEX[lang][0])
            for locale, count in per.items():
                for _ in range(count):
                    add(locale, lang, rng.choice(genres), positive)
    corp = corpus.load(rng)
    records += corp
    values += [{"values": []} for _ in corp]
    order = list(range(len(records)))
    rng.shuffle(order)
    stats.update(
        value_redraws=comp.drawer.redraws,
        replaced=comp.drawer.replaced,
        fallbacks=comp.drawer.fallbacks,
        kinds_used=len(comp.drawer.used),
    )
    return [records[i] for i in order], [values[i] for i in order], stats


def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    records, values, stats = build()
    write(paths[0], records)
    write(paths[1], values)
    print(len(records), "documents;", stats)


if __name__ == "__main__":
    main(sys.argv)
