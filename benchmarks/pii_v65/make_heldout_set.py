"""Write tests/data/pii_heldout_v65.jsonl: a sixty-fifth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data, the first few hundred bytes of the
    English HateCheck CSV, the Dutch Multilingual HateCheck CSV, MATH-500 and AMC23 (for their fields);
    the other corpus files were only read by corpus.py. GSM8K (train and test) was not used. Numbers were
    drawn at random from prefixes with phonenumbers, kept when valid, of the wanted region and type, and
    every written form parsed back to the same valid number (local forms with trunk prefix and area code
    put back, numbers.put_back); cards with Luhn, IBANs from Faker checked with python-stdnum, SSNs with
    the SSA rules, IPs with ipaddress. Hard negatives are screened value by value (parse + is_valid_number
    and PhoneNumberMatcher at Leniency.VALID for the document's own, national and language home regions,
    plus negs.guard_hits: e-mail shape, SSN shapes, Luhn-valid 13-19 digit windows, mod-97 IBANs, IPv4/v6)
    and each whole document again with its labelled spans blanked (checks.py repeats that). A value still
    dirty after 200 draws would become a dash (negs.Drawer); in the shipped build none did (0).
    Written under a 35-minute limit: English has 7 genres, German 5, Dutch 5, Portuguese 5, French 4,
    Spanish 4, Italian 4, Hindi 5; cells are small. Emphasis: personal services.

Format and conventions: those of v52 (records {"id", "locale", "text", "spans"} with spans as objects
    {kind, start, end}, Python offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each {kind, mode, text}, PHONE also region, e164, area_len). Local (subscriber-only) fixed lines
    for US, GB, DE, NL, BR, IN: 75 each (IN: 40 English, 35 Hindi documents); area_len = the area code
    length (equal to phonenumbers' geographical area code length), null for all other phones; a document's
    local numbers share one area code and the phrase names the town. AT/CH/BE/AU/IE documents write their
    own numbers internationally only and take national, list and service numbers from DE, FR, NL or GB
    (compose.LOCALES); no 00 prefixes. Hindi documents: locale en_IN, 'hi-' before the genre in the id.
    Ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row> (row 0-based); shuffled with the seed.
    'other' = toll-free / shared-cost / UAN (type checked). list-entry = one phone per line in a block at
    the end, in three layouts: 'Label: <phone>', '<phone> (Label)', 'Label – <phone>'.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py): salon (hairdressers), beauty (nails, lashes, waxing), trainer (personal
    trainers), dogwalk (dog walkers), groomer (dog groomers), cleaning (domestic cleaners), babysit
    (babysitters), sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in
    new ways ('Locals in Leeds can skip the area code: ...', 'Omaha studio (no code from inside town):',
    'We moved within Reno, same line though:', 'Aus Kassel selbst reicht die ... – ohne Vorwahl',
    'Telefonisch im Ortsbereich Ulm:', 'Kapsalon Delft (binnen de stad zonder netnummer):', 'Dentro de
    Recife não precisa do DDD:', 'Jaipur में रहने वाले ग्राहक बिना कोड के ... मिलाएं', ...); cards for no-show
    deposits, IBANs for monthly fees, IPs of booking tablets, baby monitors and salon cameras, SSNs on
    household payroll forms (en_US babysit and cleaning only);
    39 hard-negative kinds (negs.KINDS), none in v52's list: appointment windows, hair colour formulas,
    pet microchip numbers, pet passport numbers, vaccine batch numbers, dog weights, loyalty card numbers,
    gift voucher codes, booking references, price totals, heart-rate zones, sets x reps @ load, waist/hip
    measurements, daily steps, kcal/protein targets, key-safe codes, alarm codes, floor areas, hours x
    rate, children's ages and bedtimes, medicine doses, gym member numbers, locker and combination, session
    packs, polish/colour shade numbers, rebooking intervals, walk routes, GPS meeting points, postcode
    ranges, childcare registration numbers, dilution ratios, wash temperatures, crate sizes, chair and
    room, week ranges, card-terminal ids with auth codes, masked card numbers, height/weight, receipt ids;
    number habits (numbers.py): US 402-555-0100 style, 402.555.0100, (402)555-0100, 1.402.555.0100,
    1-800-...; +1-402-..., +1 4025550100; GB 0113 496 0018, 0113-496-0018, 07400-235-001; DE 0221 8258517,
    (0351) 4544960, 0221-8258517, 0800-2231308; FR 04.37.50.81.95, 04 37 50 81 95; ES 939-948-619,
    966341925; IT 051.278683, 333.5150781; NL (040) 898 2814, 0503123456; PT 253382164; BR (21) 3539-6217,
    (021) 3539-6217, 021 3539-6217; IN (080) 25977379, 022-27973992, 1800-397417; international
    '+44 (0)...', '+49 (0)...', '+31-70-601-1653', '+33.4...', '+43 6506930888'; local forms 555.0100,
    555 - 0100, 496-0018, 45678-0 (German switchboard -0 ending), 4404117, 44 04 117, 3222 1234,
    3222.1234, 2452-1234, 24521234.

Sources and licences: phonenumbers (Apache-2.0) for numbering data and checks; python-stdnum (LGPL,
    used as a library) for IBAN checks; Faker (MIT) for first names (per language, hi_IN in Devanagari),
    domains, user names and IBANs; corpus negatives untouched from /work/shared/data: MATH-500 problems
    (MIT), AMC23 problems (MIT), OpenAI moderation samples with every label present and 0 (MIT), English
    HateCheck and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases labelled
    non-hateful (CC BY 4.0); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run,
    nothing the guards or PhoneNumberMatcher flag.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v65.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v65.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v65.stats [RECORDS VALUES]

Counts (seed 10065; `python -m benchmarks.pii_v65.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1237 {'corpus': 130, 'neg': 300, 'pos': 807}
    values: 1687 by kind: {'PHONE': 1435, 'EMAIL': 94, 'IP_ADDRESS': 56, 'CREDIT_CARD': 51, 'IBAN': 44,
            'US_SSN': 7}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 410, 'PHONE/national': 368,
            'PHONE/international': 148, 'PHONE/other': 59, 'EMAIL/personal': 53, 'EMAIL/role': 41,
            'IBAN/print': 24, 'IP_ADDRESS/v4-private': 22, 'IBAN/electronic': 20, 'CREDIT_CARD/dashed':
            19, 'IP_ADDRESS/v6': 18, 'CREDIT_CARD/solid': 16, 'CREDIT_CARD/spaced': 16, 'IP_ADDRESS/v4':
            16, 'US_SSN/spaced': 6, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'babysit': 195, 'beauty': 132, 'cleaning': 192, 'dogwalk': 123, 'groomer': 101, 'salon':
            207, 'trainer': 157}
    languages (documents written here): {'de': 161, 'en': 413, 'es': 56, 'fr': 85, 'hi': 66, 'it': 54,
            'nl': 131, 'pt': 141}
    corpus: {'amc23-en': 10, 'hatecheck-en': 10, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10, 'oaimod-en':
            20}
    document redraws: 0, value redraws: 429, kinds replaced after 200 dirty values: 0, hard-negative
            kinds used: 39
"""

import json
import random
import sys

from . import compose, corpus, lex_en, lex_eu, negs
from . import numbers as N

SEED = 10065
OUT = ("tests/data/pii_heldout_v65.jsonl", "tests/data/pii_heldout_v65_values.jsonl")
POS_W = {
    "en_US": 3,
    "en_GB": 3,
    "en_IN": 1,
    "en_AU": 1,
    "en_IE": 1,
    "de_DE": 2,
    "de_AT": 1,
    "de_CH": 1,
    "fr_FR": 2,
    "fr_BE": 1,
    "es_ES": 2,
    "it_IT": 2,
    "nl_NL": 2,
    "nl_BE": 1,
    "pt_BR": 2,
    "pt_PT": 1,
    "hi": 1,
}
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
N_POS, N_NEG = 420, 300
STATS = {"document redraws": 0}


def genres(lang):
    if lang == "en":
        return sorted(lex_en.TITLES)
    if lang == "hi":
        return sorted(lex_en.HI_TITLES)
    return sorted(lex_eu.LANG[lang]["titles"])


def local_phrases(lang):
    return {"en": lex_en.LOCAL, "hi": lex_en.HI_LOCAL}.get(lang) or lex_eu.LANG[lang]["local"]


def clean(doc, loc, lang):
    text = list(doc.text())
    for s in doc.spans:
        text[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
    return not negs.dirty("".join(text), compose.regions_for(loc, lang))


def make(rng, drawer, loc, lang, genre, positive, local=None):
    while True:
        state = rng.getstate()
        doc = compose.build_doc(rng, loc, lang, genre, drawer, positive, local)
        if clean(doc, loc, lang):
            return doc
        STATS["document redraws"] += 1
        rng.setstate(state)
        rng.random()


def build():
    rng = random.Random(SEED)
    drawer = negs.Drawer()
    out = []  # (id, locale, doc)
    n = 0
    for region, loc, lang, target in LOCAL_PLAN:
        phrases = local_phrases(lang)
        got = 0
        while got < target:
            town, area = rng.choice(N.AREAS[region])
            usable = [p for p in phrases if p.count("{L}") <= target - got]
            genre = rng.choice(genres(lang))
            doc = make(rng, drawer, loc, lang, genre, True, (region, town, area, usable))
            doc.genre = genre
            got += sum(1 for v in doc.values if v["mode"] == "local-announced")
            n += 1
            out.append((f"{loc}-pos-{'hi-' if lang == 'hi' else ''}{doc_genre(doc)}-{n}", loc, doc))
    for positive, count in ((True, N_POS), (False, N_NEG)):
        keys = sorted(POS_W)
        weights = [POS_W[k] for k in keys]
        for _ in range(count):
            key = rng.choices(keys, weights)[0]
            loc, lang = ("en_IN", "hi") if key == "hi" else (key, compose.LOCALES[key][0])
            genre = rng.choice(genres(lang))
            doc = make(rng, drawer, loc, lang, genre, positive)
            doc.genre = genre
            n += 1
            pn = "pos" if positive else "neg"
            out.append((f"{loc}-{pn}-{'hi-' if lang == 'hi' else ''}{genre}-{n}", loc, doc))
    records = []
    for i, loc, doc in out:
        records.append(
            ({"id": i, "locale": loc, "text": doc.text(), "spans": doc.spans}, {"values": doc.values})
        )
    for i, loc, text in corpus.load(rng):
        records.append(({"id": i, "locale": loc, "text": text, "spans": []}, {"values": []}))
    rng.shuffle(records)
    STATS.update(
        {
            "value redraws": drawer.redraws,
            "kinds replaced after 200 dirty values": drawer.replaced,
            "hard-negative kinds used": len(drawer.used),
        }
    )
    return records


def doc_genre(doc):
    return getattr(doc, "genre", "local")


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    records = build()
    with open(paths[0], "w", encoding="utf-8") as f1, open(paths[1], "w", encoding="utf-8") as f2:
        for rec, vals in records:
            f1.write(json.dumps(rec, ensure_ascii=False) + "\n")
            f2.write(json.dumps(vals, ensure_ascii=False) + "\n")
    print(len(records), "documents;", STATS)


if __name__ == "__main__":
    main(sys.argv)
