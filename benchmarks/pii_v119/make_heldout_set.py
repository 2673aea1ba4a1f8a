"""Write tests/data/pii_heldout_v119.jsonl: a held-out labelled set for PII detection (phone numbers above
all, plus cards, IBANs, e-mails, IPs and US SSNs), written from a brief, building on v52's conventions.

How it was built
    Written by someone who did not open, read, grep, import or run the project's code (nothing under src/),
    its tests (nothing under tests/ was read or listed; only the two output files were written there), other
    sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; v52's generator docstring (handed over as a text file); the first three lines of v52's
    records and sidecar (handed over, for the format); the ruff settings (handed over); /work/shared/data/
    SOURCES.md, a listing of /work/shared/data (two levels), the first few hundred bytes of the German
    Multilingual HateCheck CSV, the English HateCheck CSV, MATH-500 and AMC23 (for their fields); the other
    corpus files were only read by corpus.py. GSM8K (train and test) was not used. Numbers are drawn at
    random from a prefix and kept when phonenumbers calls them valid and of the wanted type; every written
    form is parsed back to the same valid number of the stated region (local forms with trunk prefix and
    area code put back, numbers.put_back). Cards Luhn, IBANs python-stdnum (mod 97 and national checks),
    SSNs the SSA rules, IPs ipaddress. Hard negatives are screened as v52 describes: each value on its own
    (parse + is_valid_number, PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs,
    mod-97 IBANs, IPv4/IPv6, SSN shapes); then each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would become a dash
    (negs.Drawer); in the shipped build none did. Written under a 35-minute limit, so cells are small.
    English has all 8 genres, German 6, Dutch 5, French 5, Portuguese 5, Spanish 4, Italian 4, Hindi 4.
    Emphasis: circus, magic and street performance.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Announced local numbers for US, GB, DE,
    NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents), area_len = the
    area code's length, asserted equal to phonenumbers' geographical area code length, null for other
    phones; a document's local numbers share one town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES);
    no 00 prefixes. Hindi documents carry en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> or <source>-<row>; shuffled with the seed. 'other' = toll-free,
    shared-cost or UAN numbers (type checked). list-entry = a contact block at the end of a document, one
    phone a line, in five new layouts: '☎ Label: <phone>', '* Label — <phone>', 'Label<TAB><phone>',
    '<phone> (Label)', 'Label ~ <phone>' (heads 'Backstage contacts', 'Call sheet', 'Tour office', 'Who picks
    up', 'Kontakte hinter der Bühne', 'Tourneebüro', 'Contacts coulisses', 'Contactos de gira', 'Contatti di
    compagnia', 'Contactlijst tournee', 'Contatos da trupe', 'संपर्क सूची', ...).

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 8 genres, none in v52:
    school (circus schools, youth circus), magician (magicians for hire), clown (party and hospital
    clowns), busking (street performance permits and pitches), juggling (juggling clubs and conventions),
    acro (acrobatics and aerial clubs, rigging), troupe (touring companies, advance sheets), festival
    (street arts festivals); all sentences fresh in en, de, fr, es, it, nl, pt, hi. Local numbers
    announced in new ways ('Picking up props in Albany? From any phone in town, the workshop is just ...',
    'Dialling from inside Reno, the clown agency is simply ...', 'Wer in Köln wohnt, erreicht die
    Zirkusschule ohne Vorwahl unter ...', 'Aus dem Bonner Ortsnetz ...', 'Vanuit Zwolle zelf bereikt u de
    goochelwinkel zonder kengetal op ...', 'Mora em Recife? De telefone fixo da cidade ...', 'Jaipur शहर के
    अंदर जोकर बुक करने के लिए बिना कोड के ... मिलाएँ', ...).
    41 hard-negative kinds (negs.KINDS), none in v52's list: busking permit numbers, pitch codes, show
    times, ticket prices, seat rows, tent sizes, rigging loads and heights, juggling siteswaps, catch
    records, insurance policy numbers, liability cover amounts, DBS certificate numbers (12 digits), class
    slots, age ranges, term dates, tour dates, truck plates, trailer weights, generator kVA, noise limits,
    fair stands, group booking refs, voucher codes, costume sizes, parade distances, GPS coordinates,
    member numbers, competition scores, fuel volumes, unicycle wheel sizes, hoop diameters, running orders,
    audience capacities, prop SKUs, ISBN-13s with check digit, VAT ids, video timecodes with frames,
    radio-mic frequencies, gig references, rehearsal rooms.
    number habits (numbers.py): US 404-914-1777, (919)439-1500, 713.366.2585, 1-206-636-0837, +1-415-...,
    +1.617.883.6075; GB 0121 304 1144, 0121-027-8683, 0746 858 7831 (4-3-4), 07464-870596, +44 (0)1223 13
    9693, +44 (0) 7422 28 3459; DE 0711 9576561, (0800) 9 00 59 29, 0511-4283433, +49 (0)40 4171 9536;
    FR 05.14.14.12.91, +33 (0)6 85 94 68 58, 0805 59 91 73; ES 985 78 80 24, 900-007-569, +34-954953493;
    IT 06 9925 6988, (06) 12345678, 011.8683861, 390.841.4514, +39.011.0280726; NL (010) 4 63 08 68,
    070-034 0814, 06-5664 0110, +31 (0) 53 589 8486; PT 225 973 529, (+351) 213 456 789; BR (85) 3908 0268,
    (41) 4069.6456, (11) 97362.6313, 0800.407.6386; IN (080) 6374 5249, 0484-5878682, 70257 84184,
    1800 7122807, +91-11-3624 3652; CH/AT/BE/IE/AU '+41 (0)44 134 6849', '+43 (0)512 570 8706', '+32 (0)...';
    local forms 810.9281, 2113448, 861 6375, 331-6484, 785 85 51, 8 28 57 12, 998 7285, 4231498,
    5672.7303, 34150253, 3118-6276, 742-1727.

Sources and licences: phonenumbers (Apache-2.0), python-stdnum (LGPL, as a library), Faker (MIT) for names
    (Hindi from hi_IN) and e-mail user names and domains (en_US); corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck (CC BY 4.0) and
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese (CC BY 4.0), non-hateful
    cases only (they may mention protected groups); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run, nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v119.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v119.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v119.stats [RECORDS VALUES]

Counts (seed 23119)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and format: 0
    documents: 1211 {'corpus': 140, 'neg': 330, 'pos': 741}
    values: 1909 by kind: {'PHONE': 1466, 'EMAIL': 219, 'IBAN': 96, 'CREDIT_CARD': 69, 'IP_ADDRESS': 55,
            'US_SSN': 4}
    modes: {'PHONE/national': 577, 'PHONE/local-announced': 450, 'PHONE/list-entry': 200,
            'PHONE/international': 156, 'PHONE/other': 83, 'EMAIL/role': 184, 'EMAIL/personal': 35,
            'IBAN/print': 55, 'IBAN/electronic': 41, 'CREDIT_CARD/spaced': 29, 'CREDIT_CARD/dashed': 23,
            'CREDIT_CARD/solid': 17, 'IP_ADDRESS/v6': 23, 'IP_ADDRESS/v4': 16, 'IP_ADDRESS/v4-private': 16,
            'US_SSN/spaced': 3, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'acro': 102, 'busking': 182, 'clown': 126, 'festival': 72, 'juggling': 108, 'magician': 136,
            'school': 177, 'troupe': 168}
    languages (documents written here): {'de': 164, 'en': 428, 'es': 39, 'fr': 62, 'hi': 57, 'it': 46,
            'nl': 153, 'pt': 122}
    corpus: {'amc23-en': 20, 'hatecheck-en': 20, 'math500-en': 40, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 289, kinds replaced after 200 dirty values: 0, kinds used: 41
    US SSNs are few (4): only en_US documents carry them.
"""

import json
import random
import sys
from pathlib import Path

from . import compose, corpus
from . import numbers as nums

SEED = 23119
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v119.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v119_values.jsonl"

WEIGHTS = {
    "en_US": 14,
    "en_GB": 12,
    "en_IN": 5,
    "en_AU": 3,
    "en_IE": 3,
    "de_DE": 9,
    "de_AT": 3,
    "de_CH": 3,
    "fr_FR": 8,
    "fr_BE": 3,
    "es_ES": 6,
    "it_IT": 6,
    "nl_NL": 8,
    "nl_BE": 3,
    "pt_BR": 7,
    "pt_PT": 4,
    "hi": 4,
}
LOCAL_LOCALE = {
    "US": ("en_US", "en"),
    "GB": ("en_GB", "en"),
    "DE": ("de_DE", "de"),
    "NL": ("nl_NL", "nl"),
    "BR": ("pt_BR", "pt"),
}
N_POS, N_NEG, PER_REGION = 400, 330, 75


class Build:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.comp = compose.Composer(self.rng, seed)
        self.counter = 0
        self.doc_redraws = 0
        self.recs = []

    def add(self, locale, lang, genre, polarity, **kw):
        for _ in range(200):
            out, regions = self.comp.document(locale, lang, genre, polarity, **kw)
            if not compose.doc_dirty(out["text"], out["spans"], regions):
                break
            self.doc_redraws += 1
        else:
            raise RuntimeError("document stays dirty")
        self.counter += 1
        g = ("hi-" + genre) if lang == "hi" else genre
        rid = "%s-%s-%s-%d" % (locale, polarity, g, self.counter)
        self.recs.append(
            (
                {"id": rid, "locale": locale, "text": out["text"], "spans": out["spans"]},
                {"values": out["values"]},
            )
        )

    def pick_locale(self):
        keys = sorted(WEIGHTS)
        loc = self.rng.choices(keys, weights=[WEIGHTS[k] for k in keys])[0]
        return ("en_IN", "hi") if loc == "hi" else (loc, compose.LOCALES[loc][0])

    def run(self):
        rng = self.rng
        for region in sorted(nums.AREAS):
            left = PER_REGION
            while left:
                if region == "IN":
                    locale, lang = ("en_IN", "hi") if left <= 35 else ("en_IN", "en")
                    if lang == "en" and left - 2 < 35:
                        n = left - 35
                    else:
                        n = min(left, rng.choice([1, 1, 2]))
                else:
                    locale, lang = LOCAL_LOCALE[region]
                    n = min(left, rng.choice([1, 1, 2]))
                town = (region,) + rng.choice(nums.AREAS[region])
                genre = rng.choice(sorted(compose.LEX[lang][0]))
                self.add(locale, lang, genre, "pos", local=town, n_local=n)
                left -= n
        for polarity, count in (("pos", N_POS), ("neg", N_NEG)):
            for _ in range(count):
                locale, lang = self.pick_locale()
                genre = rng.choice(sorted(compose.LEX[lang][0]))
                ssn = polarity == "pos" and locale == "en_US" and rng.random() < 0.08
                self.add(locale, lang, genre, polarity, ssn=ssn)
        corp = [(r, {"values": []}) for r in corpus.records(rng)]
        allrecs = self.recs + corp
        rng.shuffle(allrecs)
        return allrecs


def write(recs, rpath, vpath):
    with open(rpath, "w", encoding="utf-8") as fr, open(vpath, "w", encoding="utf-8") as fv:
        for r, v in recs:
            fr.write(json.dumps(r, ensure_ascii=False) + "\n")
            fv.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    rpath = Path(argv[0]) if argv else RECORDS
    vpath = Path(argv[1]) if len(argv) > 1 else VALUES
    b = Build()
    recs = b.run()
    write(recs, rpath, vpath)
    d = b.comp.drawer
    print(
        "documents %d, document redraws %d, value redraws %d, kinds replaced %d, kinds used %d"
        % (len(recs), b.doc_redraws, d.redraws, d.replaced, len(d.used))
    )


if __name__ == "__main__":
    main(sys.argv[1:])
