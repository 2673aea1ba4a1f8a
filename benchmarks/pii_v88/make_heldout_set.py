"""Write tests/data/pii_heldout_v88.jsonl: an eighty-eighth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: photography,
arts and crafts (portrait studios, wedding photographers, picture framers, art classes, craft fairs, pottery
studios, galleries selling local work, photo labs, commissions, camera hire and repair).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500, AMC23, the English
    HateCheck CSV and the Dutch Multilingual HateCheck CSV (for their fields). The other corpus files were
    only read by corpus.py. GSM8K (train and test) was not used. No folder under /work/shared/data was listed.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid, of
    the wanted type and of the stated region, and every written form parsed back to the same valid number
    (local forms with area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with
    python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions, plus
    the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs, IPv4/IPv6 that the ipaddress module accepts, SSN shapes), and each whole document again
    with its labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty after
    200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0). Because
    phonenumbers.parse reads letters as keypad digits, unit words that made a value parse ('dpi', 'TPX')
    are written by the sentence, outside the value. Written under a 35-minute limit, so cells are small:
    English has all 10 genres, German 7, Dutch 6, Portuguese 6, French 6, Spanish 5, Italian 5, Hindi 5.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES,
    compose.HOME); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the
    id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed (Amex 4-6-5),
    IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free,
    shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at
    the end of a document, one per line, in five new layouts: 'Label – <phone>' (en dash), '☎ <phone>
    (Label)', '» Label <phone>', '<phone> — Label' (em dash), 'Label, tel. <phone>' (heads 'Studio
    contacts', 'Get in touch', 'Numbers for the day', 'Who picks up', 'Contact the makers', 'Kontakt im
    Atelier', 'So erreichen Sie uns', 'Telefonliste Markttag', 'Contacts de l'atelier', 'Pour nous
    joindre', 'Contactos del taller', 'Cómo localizarnos', 'Contatti del laboratorio', 'Per raggiungerci',
    'Contact atelier', 'Even bellen?', 'Nummers marktdag', 'Contatos do ateliê', 'Fale com a gente',
    'संपर्क सूत्र', 'हमसे बात करें'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_es.py, lex_it_nl_pt_hi.py; compose.py): 10 genres, none in v52: studio
    (portrait and headshot studio bookings), wedding (wedding photographers' quotes and briefings), framing
    (picture-framing order slips), classes (art classes and workshops), fair (craft fair stallholder packs),
    pottery (pottery studio firing schedules and memberships), gallery (galleries selling local work,
    consignment), printlab (photo labs and film developing), commission (commissioned portraits, murals,
    ceramics), hire (camera hire and lens repair); all sentences written fresh in en, de, fr, es, it, nl,
    pt, hi; local numbers announced in new ways, before, after, on the line above and in speech ('Swing by
    the Asheville studio any Saturday - from a phone in town the front desk is just ...', 'Locals in ... can
    dial ... for the gallery shop and ... for the framing bench; no area code needed', '"Just dial ...," the
    potter told me, "everybody in ... does."', '... crafters, the guild's phone tree starts with ...', 'Town
    number, York exchange:' then the number on the next line, '"Give us a bell on ...," she said', 'Local
    line (Pune):', 'Ortsnetz Leipzig: Galerie ..., Werkstatt ...', 'Aus dem Kasseler Festnetz einfach die
    ... wählen', '"Ruf halt die ... an", meinte die Töpferin', 'Telefon (nur innerhalb von Weimar):',
    'Vanuit Delft zelf: lijstenmakerij ..., galerie ...', 'Lokaal nummer Zwolle:', '"Draai maar ...," zei
    de pottenbakker', '(netnummer mag je weglaten)', 'Fixo local (Recife): estúdio ..., moldura ...',
    '"Liga no ...", disse a fotógrafa', 'Telefone da loja em Natal (ligação local):', 'लोकल कॉल (Kochi):',
    '"बस ... मिला लो," कुम्हार ने कहा', ...); cards for session deposits, pitch fees, lab orders and hire
    pre-authorisations; IBANs for course fees, artist payouts, commission deposits and memberships; IPs of
    lab file servers, kiln controllers, fair card-reader hotspots and studio plotters; SSNs on W-9/1099 forms
    of makers selling at US fairs and galleries;
    39 hard-negative kinds (negs.KINDS), all used, none in v52's list: shutter counts, exposure settings
    (1/250 s, f/5.6, ISO 3200), lens focal ranges, EXIF timestamps, camera file names and ranges, frame
    sizes, mount apertures, edition numbers (7/25), kiln temperatures with cones, firing ramps, clay bag
    weights, glaze batches, fair stall numbers, auction lot numbers, museum accession numbers (2019.45.3),
    Pantone references, hex colours, scan dpi, paper weights (g/m²), video timecodes, GPS coordinates,
    colour temperatures (K), memory card capacities, frame rates, prices in €/$/£/R$/₹, vase dimensions, yarn
    dye lots, crochet hook sizes, ISBN-13s with hyphens, opening hours, guild membership numbers, exhibition
    date ranges (ISO), crop ratios, exposure values (EV), film frame numbers (12A–15A), film stocks,
    course codes, conservation climates (% RH, °C), bead counts;
    number habits (numbers.py): US 312.533.0656, (312)533-0656, 312-533-0656, 1.312.533.0656,
    +1-312-533-0656, +1.312.533.0656, +13125330656, 800.201.2904, 1.800.201.2904; GB +44 (0)1273 123456,
    +44 (0)7700 900123, 0207 946 0018, 01273 123 456, 01273-123456, 07700-900-123; DE 0341-1234567,
    (0341) 1 23 45 67 (pairs from the right), +49 (0)341 1234567, (0151) 23 45 67 89; NL (023) 531 23 45,
    023 531 2345, 06 123 456 78, 06-123 456 78, +31 (0)23 531 2345; BR (48) 3222.1234, 48 32221234,
    (48) 99876-5432, 48 99876-5432, +55 48 3222-1234, +55 48 99876 5432; IN 0141-2345678,
    (0141) 234 5678, 98765-43210, 09876543210, 987 654 3210, +91 98765 43210; FR
    04.44.78.76.74, 0444787674, +33 (0)4 44 78 76 74, 0.800.12.34.56; ES 936.412.861, 936412861,
    +34 936 412 861; IT 055.9845551; CH/AT/BE/IE/AU with '+CC (0)...'; local forms 533.0656, 5330656,
    12 34 56, 123-456, 496-0018, 1 23 45 67, 123 45 67, 1234567, 531 23 45, 5312345, 3222.1234, 32221234,
    234-5678, 2345-6789, 2345678, 23456789.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE from fr_FR) and personal e-mail user names (en_US); towns
    from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), HateCheck English cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v88.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v88.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v88.stats [RECORDS VALUES]

Counts (seed 10088; `python -m benchmarks.pii_v88.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings,
    ruff format --check clean
    documents: 1223 {'corpus': 121, 'neg': 300, 'pos': 802}
    values: 2010 by kind: {'PHONE': 1506, 'EMAIL': 221, 'CREDIT_CARD': 140, 'IBAN': 76, 'IP_ADDRESS': 61,
            'US_SSN': 6}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 403, 'PHONE/national': 395,
            'PHONE/international': 190, 'EMAIL/role': 140, 'EMAIL/personal': 81, 'PHONE/other': 68,
            'CREDIT_CARD/spaced': 51, 'IBAN/print': 50, 'CREDIT_CARD/solid': 46, 'CREDIT_CARD/dashed': 43,
            'IBAN/electronic': 26, 'IP_ADDRESS/v4-private': 22, 'IP_ADDRESS/v4': 22, 'IP_ADDRESS/v6': 17,
            'US_SSN/spaced': 3, 'US_SSN/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'classes': 157, 'commission': 36, 'fair': 153, 'framing': 142, 'gallery': 155, 'hire': 39,
            'pottery': 137, 'printlab': 82, 'studio': 171, 'wedding': 30}
    languages (documents written here): {'de': 165, 'en': 377, 'es': 49, 'fr': 77, 'hi': 83, 'it': 56,
            'nl': 143, 'pt': 152}
    corpus: {'amc23-en': 12, 'hatecheck-en': 20, 'math500-en': 35, 'mhc-dutch': 9, 'mhc-french': 9,
            'mhc-german': 9, 'mhc-italian': 9, 'mhc-portuguese': 9, 'mhc-spanish': 9}
    document redraws: 1, value redraws: 66, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 39
"""

import json
import random
import sys

from faker import Faker

from . import compose, corpus, negs

SEED = 10088
OUT = ("tests/data/pii_heldout_v88.jsonl", "tests/data/pii_heldout_v88_values.jsonl")
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
WEIGHTS = {
    "en_US": 9,
    "en_GB": 8,
    "en_IN": 5,
    "en_AU": 3,
    "en_IE": 3,
    "de_DE": 7,
    "de_AT": 3,
    "de_CH": 3,
    "fr_FR": 7,
    "fr_BE": 2,
    "fr_CH": 2,
    "es_ES": 6,
    "it_IT": 6,
    "nl_NL": 6,
    "nl_BE": 3,
    "pt_BR": 7,
    "pt_PT": 4,
    "hi": 6,
}
N_POS, N_NEG = 450, 300


class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.drawer = negs.Drawer(self.rng)
        self.fk_en = Faker("en_US")
        self.fk_en.seed_instance(seed)
        self.doc_redraws = 0


def screened(ctx, *args, **kw):
    for _ in range(100):
        doc = compose.make_doc(ctx, *args, **kw)
        if not negs.dirty(compose.blanked(doc), doc.regions()):
            return doc
        ctx.doc_redraws += 1
    raise RuntimeError(args)


def pick_locale(rng):
    keys = sorted(WEIGHTS)
    key = rng.choices(keys, [WEIGHTS[k] for k in keys])[0]
    if key == "hi":
        return "en_IN", "hi", "IN"
    lang, region = compose.LOCALES[key]
    return key, lang, region


def build(seed=SEED):
    compose._FAKERS.clear()
    ctx = Ctx(seed)
    rng = ctx.rng
    docs = []

    def record(doc, polarity, genre):
        tag = f"hi-{genre}" if doc.lang == "hi" else genre
        docs.append(
            (
                {
                    "id": f"{doc.locale}-{polarity}-{tag}-{len(docs)}",
                    "locale": doc.locale,
                    "text": doc.text,
                    "spans": doc.spans,
                },
                doc.values,
            )
        )

    for region, locale, lang, total in LOCAL_PLAN:
        left = total
        genres = sorted(compose.LEX[lang]["GENRES"])
        while left:
            k = min(left, rng.choice([1, 1, 2]))
            genre = rng.choice(genres)
            record(screened(ctx, locale, lang, region, genre, "pos", local=k), "pos", genre)
            left -= k
    for polarity, n in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(n):
            locale, lang, region = pick_locale(rng)
            genre = rng.choice(sorted(compose.LEX[lang]["GENRES"]))
            record(screened(ctx, locale, lang, region, genre, polarity), polarity, genre)
    for rec in corpus.build(rng):
        docs.append((rec, []))
    rng.shuffle(docs)
    return docs, ctx


def write(docs, records_path, values_path):
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, values in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": values}, ensure_ascii=False) + "\n")


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    docs, ctx = build()
    write(docs, *paths)
    print(
        f"documents {len(docs)}; document redraws {ctx.doc_redraws}; value redraws {ctx.drawer.redraws}; "
        f"replaced {ctx.drawer.replaced}; hard-negative kinds used {len(ctx.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
