"""Write tests/data/pii_heldout_v103.jsonl: a hundred-and-third, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: wine, beer and
spirits (cellar doors and tasting rooms, craft breweries and taprooms, distilleries and cask owners, wine
clubs, harvest volunteers, off-licences and bottle shops).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md and the first few hundred bytes of MATH-500, AMC23, the
    English HateCheck CSV and the German Multilingual HateCheck CSV (for their fields); the other corpus
    files were only read by corpus.py. GSM8K (train and test) was not used. The brief's folder /tmp/s21 was
    listed once by mistake (names only; no other file there was opened). Numbers were made and checked with
    phonenumbers only: drawn at random from a prefix, kept when valid, of the wanted type and of the wanted
    region, and every written form parsed back to the same valid number (local forms with their area code
    and trunk prefix put back, checks.check_phone); cards with Luhn, IBANs with python-stdnum (mod 97 plus
    its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened value by value (parse + is_valid_number, PhoneNumberMatcher at Leniency.VALID, for the
    document's own, national and language home regions, plus negs.guard_hits: e-mail shape, Luhn-valid
    13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes) and each whole
    document again with its labelled spans blanked (checks.py repeats the whole-document screen). A value
    still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was
    (0), after brewing gravities were written 'OG 1.050 → FG 1.012' (the slash form matched Irish
    numbers). HS tariff codes are only used in templates of languages whose home regions do not match
    them (they match German numbers). Written under a 35-minute limit: English has 6 genres, the other
    languages 3 each (German cellar/brewery/harvest, French cellar/club/distillery, Spanish
    cellar/brewery/harvest, Italian cellar/distillery/offlicence, Dutch brewery/offlicence/club, Portuguese
    cellar/harvest/distillery, Hindi cellar/harvest/brewery).

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (compose.NAT); no
    00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: '• Label — <phone>', '- Label: <phone>', 'Label<TAB><phone>',
    '<phone> (Label)' and 'Label / tel. <phone>'. No phone is split across lines; words stay outside spans.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py, make_heldout_set.py): 6
    genres, none in v52: cellar (cellar-door and tasting-room bookings), brewery (taprooms, brew logs, keg
    returns), distillery (visitor centres, cask owners), club (wine-club shipments), harvest (harvest
    volunteers and pickers), offlicence (off-licence and bottle-shop orders); all sentences written fresh in
    en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after or on the line above
    the number ('Folks around Napa can just dial ... for the tasting room – no area code needed', 'Heads
    up, Asheville neighbors: the brewery's new local line is ..., and the keg desk is ...', '(Locals in
    Bardstown: ... reaches the still house directly.)', '"Just call ... from town," the host said',
    'Within Fredericksburg, seven digits gets you the shop:', 'Canterbury callers can leave off the code:
    cellar ..., brewery office ...', 'The taproom (local number, Falmouth) is' + newline, 'Tell the driver to
    ring ... – that's the Inverness yard, no code from inside town', 'In Pune city, dial ... without the STD
    code', 'Aus dem Trierer Ortsnetz erreichen Sie die Vinothek unter', 'Wer in Bamberg anruft, wählt
    einfach ... – die Vorwahl kann man sich sparen', 'Binnen Zwolle hoeft u geen netnummer te draaien:',
    'Het vaste nummer van de stokerij, voor bellers in Haarlem:', 'Morador de Petrolina liga direto para o
    alambique:', 'De um fixo de Recife, a vindima tem plantão no', 'Nashik शहर के अंदर से वाइनरी का नंबर
    सिर्फ़ ... है', 'अगर आप Pune से ही फ़ोन कर रहे हैं तो ब्रूअरी को ... पर कॉल करें'); cards for tasting
    deposits, tour tickets, cask fees and club charges, IBANs for trade invoices and club direct debits,
    IPs of tasting-room tills, brewhouse controllers, still-house cameras and vineyard weather stations,
    SSNs on seasonal-worker tax forms, cask investors' W-9s and club age checks (en_US only);
    48 hard-negative kinds (negs.KIND_NAMES; gps_coords is an alias of gps), all used, none in v52's list:
    vintage spans (2009–2011), bottle lot codes (L2403-117), ABV, IBU, EBC colour, °Brix, pH, titratable
    acidity (g/L), SO2 (mg/L), original/final gravity, barrel numbers (B-18/875), cask numbers (#42599),
    numbered bottles (1127/1608), case counts (29 × 24), hectolitres, vine rows, rootstocks (101-14 Mgt,
    3309 C), clones, TTB COLA ids (14 digits), bonded premises numbers (BW-CA-24463, DSP-KY-15032), UK AWRS
    URNs, EMCS ARCs, EAN-13 barcodes (Luhn-valid draws screened out), SSCC pallet labels, HS tariff codes,
    fermentation temperatures, tank pressures (bar), tank ids with volumes, yields (hl/ha), cadastral
    parcels (ZA 143, Flur 3, Nr. 866/5), competition scores (96/100, 17,5/20), picking dates (dd.mm.yyyy),
    opening hours, club member numbers, booking references, WSET candidate numbers (7 digits), GPS
    coordinates, bottle sizes, age statements, cask strength, hop codes (HBC 1019), yeast strains (EC-1118,
    WLP001), sparkling dosage, disgorgement dates (05/2023), keg numbers, grain bills (kg), parcel areas
    (ha), prices;
    number habits (numbers.py): US (707)894-2328, 707.894.2328, 1-707-894-2328, (707) 894.2328,
    +1.707.894.2328, +1-(707)-894-2328; GB 01392-809910, (01392) 809910, (020) 7946-0018, 0800-...,
    07852-474162, +44 (0)1227 761234; DE (06131) 12 34 56, 0761/15 28 84 0, 0172-83401462, (0151) 23456789,
    0800-248 4726, +49 (0)651 123456, +49.172.83401462; FR 03.80.62.08.77, 08.10.33.63.44,
    +33 (0)3 80 62 08 77; ES 678.023.134, 936167467, (941) 310295, 941-310-295; IT 346.1009271,
    0445.799195, (0577) 738 123, 800.273.689; NL (043) 321 45 67, 06 43 25 17 15, (06) 43251715,
    06-4325 1715, +31 (0)43 321 4567; PT 259.340.110, 216229785; BR (51) 3225.7877, 051 3225-7877,
    (11) 93082.2729, 0800.808.3379, +55.11.93082.2729; IN 0253 2571234, (080) 4123 4567, 097011 39270,
    9701 139 270, 1-800-776-9188; AT/CH/BE/AU/IE in phonenumbers' international form, dotted, or with the
    national part run together; local forms 447.7744, 613-1490, 79 33 69, 8 54 88, 832-7056, 5374.4286,
    4503-4649, 605-6127.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names (en_US); towns from
    numbers.AREAS; e-mail domains are example domains; corpus negatives untouched from /work/shared/data:
    MATH-500 problems (MIT), AMC23 problems (MIT), the first Human turn of hh-rlhf harmless-base test
    dialogues (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV: 0-based after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v103.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v103.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v103.stats [RECORDS VALUES]

Counts (seed 10103; `python -m benchmarks.pii_v103.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1283 {'corpus': 122, 'neg': 260, 'pos': 901}
    values: 1954 by kind: {'PHONE': 1358, 'EMAIL': 209, 'CREDIT_CARD': 150, 'IP_ADDRESS': 135, 'IBAN': 96,
            'US_SSN': 6}
    modes: {'PHONE/national': 490, 'PHONE/local-announced': 450, 'PHONE/list-entry': 224,
            'PHONE/international': 115, 'EMAIL/role': 110, 'EMAIL/personal': 99, 'PHONE/other': 79,
            'IBAN/electronic': 56, 'CREDIT_CARD/solid': 54, 'CREDIT_CARD/dashed': 54, 'IP_ADDRESS/v4': 51,
            'IP_ADDRESS/v4-private': 44, 'CREDIT_CARD/spaced': 42, 'IBAN/print': 40, 'IP_ADDRESS/v6': 40,
            'US_SSN/dashed': 3, 'US_SSN/spaced': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'brewery': 214, 'cellar': 281, 'club': 146, 'distillery': 182, 'harvest': 207, 'offlicence':
            131}
    languages (documents written here): {'de': 168, 'en': 464, 'es': 42, 'fr': 76, 'hi': 83, 'it': 48,
            'nl': 143, 'pt': 137}
    corpus: {'amc23-en': 12, 'hatecheck-en': 18, 'hhrlhf-en': 12, 'math500-en': 32, 'mhc-dutch': 8, 'mhc-
            french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 528, values replaced after 200 dirty draws: 0,
            hard-negative kinds used: 48 of 48
"""

import json
import random
import sys

from faker import Faker

from . import numbers as nb
from .compose import GENRES, LOCAL, LOCALES, Doc
from .corpus import corpus_records
from .negs import Drawer

SEED = 10103
RECORDS = "tests/data/pii_heldout_v103.jsonl"
VALUES = "tests/data/pii_heldout_v103_values.jsonl"
LANG_WEIGHTS = {"en": 38, "de": 12, "fr": 10, "es": 7, "it": 7, "nl": 10, "pt": 10, "hi": 6}
LOCAL_QUOTA = {"US": 75, "GB": 75, "DE": 75, "NL": 75, "BR": 75, "IN": 40, "IN-hi": 35}
N_POS, N_NEG = 500, 260
FAKER_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.drawer = Drawer(self.rng)
        self.faker = {}
        for i, (lang, loc) in enumerate(sorted(FAKER_LOCALE.items())):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.faker[lang] = fk
        self.list_layout = 0
        self.doc_redraws = 0


def _sentences(ctx, lang, genre, locale, kind, k):
    pool = GENRES[lang][genre][kind]
    if locale != "en_US":
        pool = [s for s in pool if "{S}" not in s]
    return ctx.rng.sample(pool, min(k, len(pool)))


def _assemble(ctx, lang, locale, genre, body, list_n=0, town=None, locals_=None):
    doc = Doc(ctx, locale, lang)
    doc.add(ctx.rng.choice(GENRES[lang][genre]["heads"]) + "\n\n")
    for i, s in enumerate(body):
        if i:
            doc.add("\n\n" if ctx.rng.random() < 0.3 else " ")
        doc.fill(s, town=town, locals_=locals_)
    if list_n:
        ctx.list_layout = ctx.rng.randrange(5)
        doc.list_block(list_n)
    doc.add("\n")
    return doc


def _pick_lang(rng):
    langs = sorted(LANG_WEIGHTS)
    return rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]


def build(seed=SEED):
    ctx = Ctx(seed)
    rng = ctx.rng
    docs = []  # (id stem, Doc)
    for group in sorted(LOCAL_QUOTA):
        lang, locale, templates = LOCAL[group]
        region = group.split("-")[0]
        left = LOCAL_QUOTA[group]
        while left:
            town, area, sublen = rng.choice(nb.AREAS[region])
            tpl = rng.choice([t for t in templates if t.count("{L}") <= left])
            locals_ = []
            for _ in range(tpl.count("{L}")):
                sub, nsn = nb.draw_local(rng, region, area, sublen)
                locals_.append((region, area, nb.local_form(rng, region, sub), nsn))
            genre = rng.choice(sorted(GENRES[lang]))
            body = _sentences(ctx, lang, genre, locale, "neg", rng.randint(1, 2))
            if rng.random() < 0.3:
                body += _sentences(ctx, lang, genre, locale, "pos", 1)
            body.insert(rng.randrange(len(body) + 1), tpl)
            for _ in range(50):
                doc = _assemble(ctx, lang, locale, genre, body, town=town, locals_=list(locals_))
                if doc.clean():
                    break
                ctx.doc_redraws += 1
            else:
                raise RuntimeError("dirty local document")
            left -= tpl.count("{L}")
            docs.append(("%s-pos-%s%s" % (locale, "hi-" if lang == "hi" else "", genre), doc))
    for polarity, count in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(count):
            lang = _pick_lang(rng)
            locale = rng.choice(LOCALES[lang])
            genre = rng.choice(sorted(GENRES[lang]))
            for _ in range(50):
                if polarity == "pos":
                    body = _sentences(ctx, lang, genre, locale, "pos", rng.randint(1, 3))
                    body += _sentences(ctx, lang, genre, locale, "neg", rng.randint(0, 2))
                    rng.shuffle(body)
                    list_n = rng.choice([2, 3]) if rng.random() < 0.18 else 0
                else:
                    body = _sentences(ctx, lang, genre, locale, "neg", rng.randint(2, 4))
                    list_n = 0
                doc = _assemble(ctx, lang, locale, genre, body, list_n=list_n)
                if doc.clean():
                    break
                ctx.doc_redraws += 1
            else:
                raise RuntimeError("dirty document")
            docs.append(("%s-%s-%s%s" % (locale, polarity, "hi-" if lang == "hi" else "", genre), doc))
    records, values = [], []
    for n, (stem, doc) in enumerate(docs):
        records.append(
            {"id": "%s-%d" % (stem, n), "locale": doc.locale, "text": doc.text, "spans": doc.spans}
        )
        values.append({"values": doc.values})
    for rec in corpus_records(rng):
        records.append(rec)
        values.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    meta = {
        "doc_redraws": ctx.doc_redraws,
        "value_redraws": ctx.drawer.redraws,
        "replaced": ctx.drawer.replaced,
        "kinds_used": len(ctx.drawer.used),
        "replaced_kinds": ctx.drawer.replaced_kinds,
    }
    return [records[i] for i in order], [values[i] for i in order], meta


def write(records, values, rpath=RECORDS, vpath=VALUES):
    with open(rpath, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(vpath, "w", encoding="utf-8") as f:
        for v in values:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    rpath, vpath = (argv[0], argv[1]) if len(argv) >= 2 else (RECORDS, VALUES)
    records, values, meta = build()
    write(records, values, rpath, vpath)
    print(len(records), "documents written;", meta)


if __name__ == "__main__":
    main(sys.argv[1:])
