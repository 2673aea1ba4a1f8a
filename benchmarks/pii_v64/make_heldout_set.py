"""Write tests/data/pii_heldout_v64.jsonl: a sixty-fourth, independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, cards, IBANs, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and of its
    multilingual_hatecheck folder, the first few hundred bytes of the German Multilingual HateCheck CSV,
    the English HateCheck CSV, MATH-500 and AMC23 (for their fields); the other corpus files were only
    read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid and
    of the wanted type, and every written form parsed back to the same valid number of the stated region
    (local forms with their trunk prefix and area code put back, numbers.put_back); cards with Luhn, IBANs
    with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with ipaddress.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions, plus
    the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A kind still dirty after 200 draws is given up for that
    sentence and another kind of the language is drawn instead (negs.Drawer returns None; no dashes are
    written): this happened twice in the shipped build. Written under a 35-minute limit, so cells are small
    (2-4 sentences per slot); English has 7 genres, German 6, Dutch 5, Portuguese 5, Hindi 5, French 5,
    Spanish 4, Italian 4. Hard-negative sentences are drawn per language, not per genre, so a food-bank note
    can mention an animal's weight or a haemoglobin reading. Emphasis: charities and volunteering.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town (Hindi documents in Devanagari). AT/CH/BE/AU/IE
    documents (de_AT, de_CH, fr_BE, nl_BE, en_AU, en_IE) write their own numbers internationally only and
    use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES); no 00 prefixes.
    Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row> (MHC:
    mhc-<language>-<row>); shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other'
    = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). An 'international' number of
    the document's own country sits in a genre sentence; one of another country in a sentence about a
    partner abroad. list-entry = a phone in a contact block at the end of a document, one per line, in five
    new layouts: 'Label<TAB><phone>', '• Label: <phone>', 'Label (<phone>)', '<phone> — Label' and
    'Label ☎ <phone>' (heads 'Contacts for the day', 'Rota phone list', "Who's on call", 'Numbers to keep
    handy', 'Telefonliste Helfende', 'Kontakte am Aktionstag', 'Wer ist erreichbar?', 'Contacts
    bénévoles', 'Qui appeler le jour J', 'Contactos del voluntariado', 'Contatti volontari',
    'Contactlijst vrijwilligers', 'Contatos da equipe', 'संपर्क सूची', ...). No phone is split across
    lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_es.py, lex_it_nl_pt_hi.py; compose.py, make_heldout_set.py): 7 genres,
    none in v52: foodbank (food banks, pantries, supermarket collections), shelter (night shelters, cold
    buses, street outreach), mutualaid (neighbourhood help groups), blooddrive (blood donation sessions),
    rescue (animal rescues, fostering, adoption days), fundraiser (quiz nights, sponsored runs, raffles,
    flea markets), volunteer (volunteer induction); all sentences written fresh in en, de, fr, es, it, nl,
    pt, hi; local numbers announced in new ways, before, after, on the line above, in a remark and in
    speech ('From any landline in Omaha you only need ... to reach the pantry desk', 'Ring ... if you're
    calling from a Tulsa phone – no code needed', 'Leeds residents (local call, no area code):' + line,
    '"Just dial ... from home," <name> told the new Reno drivers', '(Rescue van, York: ring ... from a
    local phone.)', "... – that's the church hall in Cardiff, if you dial from a local landline", 'Within
    Pune, the relief camp office can be reached on ..., without the STD code', 'Langar seva, Jaipur – local
    phone:', 'Aus dem Kasseler Ortsnetz genügt die ...', 'Telefon (nur innerhalb Potsdams ohne Vorwahl):',
    '„Einfach ... wählen, das ist bei uns in Lübeck ein Ortsgespräch"', 'Ortsnetz Würzburg:' + line,
    'Bel je vanuit Zwolle? Dan is ... genoeg', 'Binnen Arnhem zonder kengetal:', "'Gewoon ... draaien, dat
    is hier in Tilburg een lokaal nummer'", 'De telefone fixo aqui em Recife, basta discar ...', 'Ligação
    local (Manaus), sem DDD:', '"É só discar ..., é ligação local em Natal"', 'पुणे के लैंडलाइन से सीधे ...
    मिलाएँ, कोड की ज़रूरत नहीं', 'जयपुर शहर के अंदर (लोकल कॉल):', ...); towns not in v52 (Omaha, Tulsa,
    Albany, Savannah, Duluth, Asheville, Reno, Lubbock; Leeds, Sheffield, Edinburgh, York, Norwich, Cardiff;
    Kassel, Würzburg, Bielefeld, Regensburg, Potsdam, Lübeck, Göttingen; Zwolle, Arnhem, Maastricht,
    Eindhoven, Tilburg, Deventer; Recife, Manaus, Goiânia, Florianópolis, Campinas, Natal; Pune,
    Hyderabad, Kolkata, Jaipur, Lucknow, Kochi); e-mails of rota and adoption inboxes, cards from mistaken
    or double-charged donations, IBANs for standing orders and refunds, IPs of donation kiosks, label
    printers and volunteer portals, SSNs on US volunteer background-check and insurance forms;
    45 hard-negative kinds (negs.KINDS), all used, none in v52's list: charity numbers (England and
    Wales, 7 digits; Scottish SC0...), US EINs, Vereinsregister numbers, German tax numbers (12/345/67890),
    donation totals (€, $/£, R$, ₹ in lakh grouping), donor ids, food weights, ISBT blood unit numbers,
    haemoglobin readings, pet microchips (15 digits), kennel numbers, rabies tags, food-bank referral
    vouchers, EAN-13 barcodes (check digit), best-before dates, bed occupancy, raffle ticket ranges, race
    bibs, DBS certificate numbers (12 digits), shift times, GPS coordinates, van registration plates,
    animal weights, vaccine lots, grant references, cheque numbers, ISBN-13s, Companies House numbers, KvK
    numbers, RSINs (11-proof), CNPJs (check digits), French RNA numbers, NGO Darpan ids, Spanish CIFs,
    Italian fiscal codes of associations, fridge temperatures, parcel tracking numbers, warehouse bin
    locations, volunteer-hour totals, meals-served totals, blood pressure readings;
    number habits (numbers.py): US 312-533-0656, 312.533.0656, (312)533-0656, 1-312-533-0656,
    +1 312-533-0656, +1-312-533-0656, (800) 201-2904, 1-800-201-2904; GB 0161 496 0018, 0161-496-0018,
    0770 090 0123, 07700-900123, 0808-1570192, 0808 157 0192, +44 (0)161 496 0018, +44 (0)7700 900123;
    DE (030) 12 34 56 78, 030-12345678, 030 1 23 45 67 (pairs from the right), 0151 2345 6789,
    0151-23456789, +49 (0)561 456789, 0800 - 1234567; FR 04 44 78 76 74, 04.44.78.76.74, +33 (0)4 44 78 76
    74, 08 00 12 34 56, 0800.12.34.56; ES 936 41 28 61, 936-412-861, 936 412 861, 900.102.030; IT 06 7675
    8513, 06 76758513, 333 123 4567, 333.1234567, 800.123.456; NL 050 312 3456, (050) 312 34
    56, 050-312 34 56, 06 123 45 678, 06-123 45 678, +31 (0)50 312 3456, 0800 022 3344; PT 213 456 789,
    91 234 5678, 800 20 30 40; BR (81) 3222 1234, 81 3222.1234, (81) 3222-1234, (81) 99876-5432,
    (81) 9 9876 5432, +55 81 3222-1234, 0800 789 7520; IN 020-2567 8901, (020) 2567 8901, 020 25678901,
    98765 43210, 9876543210, 098765-43210, +91 98765 43210, +91-20-2567-8901, 1800 4251234;
    CH/AT/BE/IE/AU with '(0)' after the country code; local forms 533.0656, 246-0718, 612-345, 2087-1234,
    45678-9 / 45678-90 (German switchboard-style split), 4 56 78 90, 8 72 85, 312 3456, 312-3456,
    61 23 45, 3222.1234, 32221234, 2567-8901, 25678901, 2737991, 273-7991.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and personal e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), HumanEval prompts (MIT), HateCheck English and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (HumanEval,
    MATH-500, AMC23: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v64.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v64.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v64.stats [RECORDS VALUES]

Counts (seed 10064; `python -m benchmarks.pii_v64.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and ruff
            format --check: 0 findings
    documents: 1271 {'corpus': 118, 'neg': 309, 'pos': 844}
    values: 2215 by kind: {'PHONE': 1887, 'EMAIL': 200, 'IP_ADDRESS': 67, 'CREDIT_CARD': 28, 'IBAN': 27,
            'US_SSN': 6}
    modes: {'PHONE/national': 639, 'PHONE/local-announced': 450, 'PHONE/list-entry': 444,
            'PHONE/international': 221, 'PHONE/other': 133, 'EMAIL/role': 120, 'EMAIL/personal': 80,
            'IP_ADDRESS/v4': 28, 'IP_ADDRESS/v6': 24, 'IP_ADDRESS/v4-private': 15, 'IBAN/electronic': 14,
            'IBAN/print': 13, 'CREDIT_CARD/solid': 11, 'CREDIT_CARD/dashed': 10, 'CREDIT_CARD/spaced': 7,
            'US_SSN/spaced': 4, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'blooddrive': 159, 'foodbank': 200, 'fundraiser': 165, 'mutualaid': 172, 'rescue': 201,
            'shelter': 191, 'volunteer': 65}
    languages (documents written here): {'de': 166, 'en': 452, 'es': 49, 'fr': 76, 'hi': 75, 'it': 49,
            'nl': 132, 'pt': 154}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'humaneval-en': 15, 'math500-en': 25, 'mhc-dutch': 8,
            'mhc-french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 688, kinds given up after 200 dirty values: 2,
            hard-negative kinds used: 45
    US SSNs are few (6): only en_US documents carry them.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

from faker import Faker

from . import corpus
from . import numbers as N
from .compose import LEX, LOCALES, Composer, screen
from .negs import Drawer

SEED = 10064
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v64.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v64_values.jsonl"
LOCAL_DOCS = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS_PLAN = {
    "en_US": 60,
    "en_GB": 55,
    "en_IN": 35,
    "en_AU": 20,
    "en_IE": 20,
    "de_DE": 40,
    "de_AT": 15,
    "de_CH": 15,
    "fr_FR": 35,
    "fr_BE": 12,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 35,
    "nl_BE": 12,
    "pt_BR": 35,
    "pt_PT": 20,
    "hi": 30,
}
NEG_FRACTION = 0.62  # negative documents per positive plan entry


def build(seed=SEED):
    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(sorted(set(LOCALES) | {"hi_IN"})):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed + i)
    drawer = Drawer()
    comp = Composer(rng, fakers, drawer)
    records, sidecar, info = [], [], Counter()
    negkinds = Counter()

    def emit(locale, lang, kind, local=None):
        genre = rng.choice(sorted(LEX[lang]["GENRES"]))
        regions = comp.regions(locale, lang)
        for _ in range(50):
            doc, nk = comp.build(locale, lang, genre, kind, local)
            if screen(doc.text, doc.spans, regions):
                break
            info["document redraws"] += 1
        else:
            raise RuntimeError("document never clean")
        negkinds.update(nk)
        gid = f"hi-{genre}" if lang == "hi" else genre
        records.append(
            {
                "id": f"{locale}-{kind}-{gid}-{len(records)}",
                "locale": locale,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
        sidecar.append({"values": doc.values})
        info[f"genre:{genre}"] += 1
        info[f"lang:{lang}"] += 1

    for region, locale, lang, quota in LOCAL_DOCS:
        left = quota
        while left:
            area, town, _ = rng.choice(N.AREAS[region])
            count = 1 if left == 1 else rng.choice([1, 1, 2])
            emit(locale, lang, "pos", (region, area, town, count))
            left -= count
    for key, k in POS_PLAN.items():
        locale, lang = ("en_IN", "hi") if key == "hi" else (key, LOCALES[key][0])
        for _ in range(k):
            emit(locale, lang, "pos")
        for _ in range(round(k * NEG_FRACTION)):
            emit(locale, lang, "neg")
    corp = corpus.draw(rng)
    records += corp
    sidecar += [{"values": []} for _ in corp]
    order = list(range(len(records)))
    rng.shuffle(order)
    info["document redraws"] += 0
    info["value redraws"] = drawer.redraws
    info["kinds replaced"] = drawer.replaced
    return [records[i] for i in order], [sidecar[i] for i in order], info, negkinds


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    rec_path = Path(argv[0]) if argv else RECORDS
    val_path = Path(argv[1]) if len(argv) > 1 else VALUES
    records, sidecar, info, negkinds = build()
    rec_path.write_text(dump(records), encoding="utf-8")
    val_path.write_text(dump(sidecar), encoding="utf-8")
    print(f"{len(records)} records -> {rec_path}")
    print(dict(sorted(info.items())))
    print(f"hard-negative kinds used: {len(negkinds)}")


if __name__ == "__main__":
    main(sys.argv[1:])
