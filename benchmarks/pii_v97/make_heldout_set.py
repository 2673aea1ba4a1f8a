"""Write tests/data/pii_heldout_v97.jsonl: a ninety-seventh, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and the first few hundred bytes
    of the English HateCheck CSV, the Dutch Multilingual HateCheck CSV, MATH-500 and AMC23 (for their
    fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were drawn at random from a prefix with phonenumbers, kept when valid and of the wanted type
    (fixed, mobile; 'other' = TOLL_FREE, SHARED_COST or UAN), and every written form parsed back to the same
    valid number of the stated region (local forms with trunk prefix and area code put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum, SSNs with the SSA rules, IPs with
    ipaddress. Hard negatives are screened each value on its own (negs.dirty: parse + is_valid_number and
    PhoneNumberMatcher at Leniency.VALID for the document's own, national and language home regions, plus
    the guards: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs,
    IPv4/IPv6, SSN shapes), redrawn up to 200 times (else a dash, negs.Drawer: none in the shipped build),
    and each whole document again with its labelled spans blanked (checks.py repeats it).
    Written under a 35-minute limit, so cells are small (2-6 sentences per slot); English has 7 genres,
    German 3, Dutch 3, French 2, Portuguese 2, Hindi 2, Spanish 1, Italian 1. Emphasis: gardening and
    landscaping.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len). Subscriber-only
    numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English,
    35 in Hindi documents); area_len = length of the document's area code (without trunk prefix), equal to
    phonenumbers' geographical area code length, null for every other phone; a document's local numbers
    share one area code and the sentence names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers (build.LOCALES).
    Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; shuffled with the seed. Modes: EMAIL
    personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN spaced/dashed. list-entry = one phone per line in a block at the end, in five new layouts
    ('Label: <phone>', '<phone> – Label', '• Label, <phone>', 'Label<TAB><phone>', 'Label (tel.) <phone>')
    under new heads ('Committee contacts', "Who's who on show day", 'Site contacts', 'Numbers for the crew',
    'Vorstand', 'Ansprechpartner am Markttag', 'Bestuur', 'Contact op de keuringsdag', 'Contatos da equipe',
    'Quem atende', 'Qui appeler', 'Contacts de l'équipe', 'Contactos del equipo', 'A quién llamar',
    'Recapiti dello staff', 'Chi chiamare', 'संपर्क सूची', 'टीम के नंबर').

What is new against v52, by module
    genres (lex_en.py, lex_other.py; build.py, make_heldout_set.py): gardencentre (garden-centre notices,
    click & collect), allotment (allotment society newsletters), treesurgeon (tree-work quotes and
    surveys), landscaper (landscaping quotes and invoices), nursery (nursery orders and despatch), show
    (horticultural show schedules and results), plantsale (plant sales, seed swaps, open gardens); all
    sentences fresh; local numbers announced in new ways ('Live in <town>? Our plant desk is just ... from
    any landline in town', 'From a <town> landline, the garden centre is simply', 'Locally (<town>
    numbers) we're on', '<town> residents: the show committee answers on ... – you won't need the code',
    'For <town> city landlines, our garden service number is just', 'Aus dem <town>er Ortsnetz erreichen
    Sie die Gärtnerei direkt unter', 'Innerhalb von <town> genügt die ... – die Vorwahl können Sie
    weglassen', 'Binnen <town> belt u de kwekerij gewoon op', 'Lokaal nummer (<town>):', 'Quem liga de um
    fixo de <town> fala com o viveiro no', 'Em <town>, ligação local:', '<town> शहर के लैंडलाइन से नर्सरी को
    सीधे ... पर कॉल करें', 'स्थानीय नंबर (<town>):', ...);
    40 hard-negative kinds (negs.KINDS), none in v52's list: OS grid references, GPS coordinates, TPO
    references, planning application references, plant passport codes, seed lot codes, compost EAN-13
    barcodes, NPK ratios, soil pH, pot sizes, bed dimensions, lawn areas, tree DBH and height, water meter
    readings, show class numbers, exhibitor numbers, judging points, vegetable weights, sowing windows,
    opening hours, prices with VAT, quote references, waste carrier licences, engine hours, survey tree
    tag ranges, allotment plot sizes in rods, membership numbers, plant breeders' rights grants, hardiness
    ratings, germination temperatures and days, delivery slots, hose sizes, fence panel sizes, concrete
    mixes, air pressure, MAPP numbers, pallet counts, raffle ticket ranges, ISBNs, rainfall;
    number habits (habits.py): US (828) 636-0837, 828-636-0837, 828.636.0837, (828)636-0837,
    +1-828-955-1638, +1 303-749-5349, +18286343129, (877) 516-6829, 855.452.9420; GB 01603 612345,
    01225-860626, 01423 913 071, 0113 496 0018, 07562 087 758, +44 (0)1603 612345, +44 (0) 7934 964042,
    0330 226 0154; DE 0331 3882060, 0331-5367164, (0731) 2779528, (0731) 27 79 52, +49 (0)361 28971514,
    +49 7531 991 9514, 0800 6259337; FR 05 65 50 22 95, 01.71.00.89.33, +33 (0)1 50 87 97 84,
    08 05 38 31 14; ES 919 668 540, 967.808.337, (+34) 976 840 260; IT 0571.37194, 02 053 5759,
    352 633 0132, 337.0786438, (+39) 349 5180166; NL (055) 469 00 17, 038 834 1658, (06) 81767014,
    06 20 39 05 21, +31 (0)6 49933893; PT 215 819 067, (+351) 289 290 647; BR (92) 3119.7876,
    (48) 97214-2333, +55 62 94065-3768, 0800 436 2301; IN 0141 424 0646, 98378 08444, 8939055583,
    +91 75960 49130, 1800-08-9304; CH/AT/BE/IE/AU '+41 44 834 58 59', '+43 (0)664 7249963',
    '+32 481 26 07 52', '+353 (0)21 907697', '+61 2 9089 9704'; local forms 636.0837, 759995, 759 995,
    36 55 54 70, 470 63 02, 470 6302, 3498.9540, 4806 4033, 213 0539;
    corpus negatives from sources v52 did not use (MATH-500, AMC23, English HateCheck).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (each language's locale; Hindi from
    hi_IN) and e-mail user names and domains (en_US); towns from numbers.AREAS; corpus negatives untouched
    from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck and
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0), only
    cases labelled non-hateful (Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run, nothing the guards or PhoneNumberMatcher flag. Row = 0-based data
    row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v97.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v97.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v97.stats [RECORDS VALUES]

Counts (seed 10097; `python -m benchmarks.pii_v97.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1337 {'corpus': 118, 'neg': 295, 'pos': 924}
    values: 2632 by kind: {'PHONE': 1971, 'EMAIL': 343, 'IBAN': 148, 'CREDIT_CARD': 144, 'IP_ADDRESS': 21,
            'US_SSN': 5}
    modes: {'PHONE/national': 809, 'PHONE/local-announced': 450, 'PHONE/list-entry': 323, 'PHONE/other':
            209, 'EMAIL/personal': 185, 'PHONE/international': 180, 'EMAIL/role': 158, 'IBAN/print': 84,
            'IBAN/electronic': 64, 'CREDIT_CARD/spaced': 51, 'CREDIT_CARD/dashed': 47, 'CREDIT_CARD/solid':
            46, 'IP_ADDRESS/v4-private': 10, 'IP_ADDRESS/v4': 7, 'IP_ADDRESS/v6': 4, 'US_SSN/spaced': 3,
            'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'allotment': 186, 'gardencentre': 224, 'landscaper': 206, 'nursery': 221, 'plantsale': 80,
            'show': 143, 'treesurgeon': 159}
    languages (documents written here): {'de': 177, 'en': 495, 'es': 50, 'fr': 72, 'hi': 76, 'it': 48, 'nl':
            154, 'pt': 147}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 30, 'mhc-dutch': 8, 'mhc-french': 8, 'mhc-
            german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 14, value redraws: 245, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 40
    Phones are more than the brief's 1,300 (1,971): list blocks and service lines add to them.
    US SSNs are few (5): only en_US landscaper documents carry them; IPs are few (21): nursery only.
"""

import json
import random
import sys

from . import build, corpus, lex_en, lex_other, negs
from . import numbers as nb

SEED = 10097
OUT = ("tests/data/pii_heldout_v97.jsonl", "tests/data/pii_heldout_v97_values.jsonl")
POS_PLAN = {
    "en_US": 70,
    "en_GB": 75,
    "en_IN": 45,
    "en_IE": 20,
    "en_AU": 20,
    "de_DE": 55,
    "de_AT": 15,
    "de_CH": 15,
    "nl_NL": 50,
    "nl_BE": 15,
    "pt_BR": 45,
    "pt_PT": 20,
    "fr_FR": 35,
    "fr_BE": 12,
    "es_ES": 30,
    "it_IT": 28,
    "hi": 30,
}
NEG_PLAN = {
    "en_US": 50,
    "en_GB": 55,
    "en_IN": 20,
    "de_DE": 30,
    "nl_NL": 30,
    "pt_BR": 25,
    "fr_FR": 25,
    "es_ES": 20,
    "it_IT": 20,
    "hi": 20,
}
LOCAL_PLAN = [
    ("US", "en_US", 75),
    ("GB", "en_GB", 75),
    ("IN", "en_IN", 40),
    ("IN", "hi", 35),
    ("DE", "de_DE", 75),
    ("NL", "nl_NL", 75),
    ("BR", "pt_BR", 75),
]


class Stats:
    doc_redraws = 0


def loc_of(key):
    if key == "hi":
        return "en_IN", ("hi", "IN", "IN")
    return key, build.LOCALES[key]


def screen_regions(loc):
    return sorted({loc[1], loc[2], build.HOME[loc[0]]})


def assemble(b, segs):
    text, spans, values = "", [], []
    for t, v in segs:
        if v is not None:
            spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
            values.append(v)
        text += t
    return text, spans, values


def blanked(text, spans):
    for s in reversed(spans):
        text = text[: s["start"]] + " " + text[s["end"] :]
    return text


def make_doc(b, key, polarity, local=None):
    locale, loc = loc_of(key)
    lang = loc[0]
    genres = build.lex(lang)[0]
    reg = screen_regions(loc)
    for _ in range(100):
        genre = b.rng.choice(sorted(genres))
        cell = genres[genre]
        segs = [(b.rng.choice(cell["title"]) + "\n\n", None)]
        if polarity == "neg":
            for s in b.rng.sample(cell["neg"], min(len(cell["neg"]), b.rng.randint(2, 3))):
                b.fill(s, loc, segs, reg)
                segs.append((" " if b.rng.random() < 0.6 else "\n", None))
        else:
            pool = [s for s in cell["pos"] if "{S}" not in s or locale == "en_US"]
            if local:
                b.cur_area = local[0], local[2]
                b.fill(local[3].replace("{town}", local[1]), loc, segs, reg)
                segs.append((" ", None))
                pool = [s for s in pool if "{F}" not in s]
            for s in b.rng.sample(pool, min(len(pool), b.rng.randint(1, 3))):
                b.fill(s, loc, segs, reg)
                segs.append((" " if b.rng.random() < 0.5 else "\n\n", None))
            if b.rng.random() < 0.3 and not local:
                segs.append((b.rng.choice(cell["neg"]).split("{")[0], None))
                b.fill("{" + b.rng.choice(sorted(negs.KINDS)) + "}.", loc, segs, reg)
            if b.rng.random() < 0.22:
                b.list_block(lang, loc, segs, b.rng.randint(1, 2))
        name = b.fakers[lang].name()
        segs.append(
            ("\n" + (b.rng.choice(lex_en.GREETINGS) + "\n" if lang == "en" else "") + name + "\n", None)
        )
        text, spans, values = assemble(b, segs)
        if polarity == "pos" and not spans:
            Stats.doc_redraws += 1
            continue
        if negs.dirty(blanked(text, spans), reg):
            Stats.doc_redraws += 1
            continue
        gid = ("hi-" if key == "hi" else "") + genre
        return {"locale": locale, "text": text, "spans": spans, "gid": f"{locale}-{polarity}-{gid}"}, values
    raise RuntimeError("document kept failing")


def local_docs(b):
    out = []
    for region, key, n in LOCAL_PLAN:
        lang = "hi" if key == "hi" else build.LOCALES[key][0]
        phr = (
            lex_en.LOCAL[region] if lang == "en" else lex_other.LOCALS["IN-hi" if lang == "hi" else region][1]
        )
        left = n
        while left:
            town, area = b.rng.choice(nb.AREAS[region])
            p = b.rng.choice([x for x in phr if left > 1 or "{L2}" not in x])
            left -= 2 if "{L2}" in p else 1
            out.append(make_doc(b, key, "pos", (region, town, area, p)))
    return out


def build_all():
    rng = random.Random(SEED)
    b = build.Builder(rng)
    docs = local_docs(b)
    for key, n in POS_PLAN.items():
        docs += [make_doc(b, key, "pos") for _ in range(n)]
    for key, n in NEG_PLAN.items():
        docs += [make_doc(b, key, "neg") for _ in range(n)]
    recs = []
    for i, (d, v) in enumerate(docs):
        recs.append(
            ({"id": f"{d['gid']}-{i}", "locale": d["locale"], "text": d["text"], "spans": d["spans"]}, v)
        )
    recs += [(c, []) for c in corpus.corpus(rng)]
    rng.shuffle(recs)
    return recs, b


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else OUT
    recs, b = build_all()
    with open(paths[0], "w", encoding="utf-8") as f, open(paths[1], "w", encoding="utf-8") as g:
        for r, v in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            g.write(json.dumps({"values": v}, ensure_ascii=False) + "\n")
    print(
        f"documents {len(recs)}; document redraws {Stats.doc_redraws}; value redraws {b.drawer.redraws}; "
        f"replaced {b.drawer.replaced}; hard-negative kinds used {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
