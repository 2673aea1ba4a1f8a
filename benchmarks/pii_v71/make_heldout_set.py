"""Write tests/data/pii_heldout_v71.jsonl: a seventy-first, independent held-out labelled set for PII
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
    hundred bytes of the English HateCheck CSV, the German Multilingual HateCheck CSV, MATH-500 and AMC23
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid, of the wanted type and of the wanted region, and every written form parsed back to the same valid
    number (local forms with trunk prefix and area code put back, numbers.put_back). Cards with Luhn, IBANs
    with python-stdnum, SSNs with the SSA rules, IPs with ipaddress. Hard negatives are screened as v52
    describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for
    the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (checks.py repeats the whole-document screen).
    A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build
    none was (0). Written under a 35-minute limit, so cells are small: English has 8 genres, German 6,
    French 5, Spanish 4, Italian 4, Dutch 4, Portuguese 4, Hindi 4. Emphasis: outdoors and nature.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, checked equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national and service numbers (compose.LOCALES); no
    00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row> (MHC:
    mhc-<language>-<row>); shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other'
    = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a
    contact block at the end of a document, one per line, in six new layouts: '• Label: <phone>',
    'Label » <phone>', '<phone> — Label', 'Label ☎ <phone>', '<phone> (Label)', 'Label = <phone>'. No phone
    is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_more.py; compose.py, make_heldout_set.py): 9 genres, none in v52:
    ranger (park ranger station notices), hut (mountain hut and refuge bookings), reserve (nature reserve
    visitor information), centre (outdoor and adventure centre joining instructions), angling (fishing club
    letters and permits), hunting (deer management, stalking permits, hunting associations), wildlife
    (wildlife rescue admissions and hotlines), trail (trail and avalanche conditions), camp (Hindi nature
    camps); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new
    ways (before, after, on the line above, in a remark, in quoted speech): 'Anyone ringing from inside
    Duluth can drop the code and dial', 'Local callers (Kendal numbers) – the kit-hire shop is', '{town}
    phone book entry, under 'Wildlife rescue':', '"Just dial ..., love, you're in Moab," the lady at the
    visitor centre told us', 'Our Brecon depot (no area code needed locally):' + line below, 'Trailhead
    shuttle, Bend calls only:', 'Aus dem Oberstdorfer Ortsnetz reicht die ...', 'Bergwacht-Ortsstelle
    Füssen, für Einheimische kurz', '„Ruf einfach die ... an, du bist doch in ...“', 'Ortsgespräch
    Hannover:' + line below, 'Pegeldaten für ... als Ansage', 'Binnen Ede bel je de boswachterij gewoon
    op', 'Woonachtig in Arnhem? ... netnummer kun je weglaten', 'Hengelsportvereniging Groningen –
    controleur (lokaal):', 'De telefone fixo em Natal, a base do parque é', 'Mora em Gramado? Então é só
    discar', '"Liga no ..., você está em Cuiabá", disse o guia', 'Na lista telefônica de Manaus, o viveiro
    aparece como', 'Shimla शहर के अंदर से रेंजर चौकी का नंबर ... है', '"बस ... लगाइए, आप तो Leh में हैं",
    गाइड ने कहा', 'Mysuru की डायरेक्टरी में पक्षी अस्पताल का नंबर ... दर्ज है'; cards for hut deposits,
    course fees and rescue donations, IBANs for club subscriptions, syndicate fees and hut balances
    (DE, NL, AT, GB, IE, CH), IPs of weather stations, fire-lookout webcams and guest Wi-Fi, SSNs on US
    hunting and fishing licence applications (en_US only);
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: decimal GPS coordinates,
    degree-minute-second coordinates, OS grid
    references, UTM coordinates, summit altitudes, metres of ascent (Hm), hunting licence numbers, fishing
    permit numbers, bird ring numbers, animal microchip numbers (15 digits), livestock ear tags, hut booking
    references, trail numbers, river gauge readings, river kilometres, wind speeds, minimum catch sizes,
    hunting/fishing season dates, bag limits, opening hours, map scales, map sheet numbers, compass
    bearings, tide times with heights, EURING species codes, fee amounts, WMO station ids, VHF channels with
    frequencies, sunrise/sunset times, wildlife rescue case numbers, angling club membership numbers,
    hectares, cadastral parcel numbers, snow depths, guidebook ISBNs, avalanche danger levels, visitor
    counts, bed counts, fire weather indices, water temperatures, gate codes, pitch/post ranges;
    decimals, thousands and season dates follow the language (negs.localize);
    number habits (numbers.py): US 406-555-0123 style dashes, 406.555.0123, (406)555-0123, 1-406-...,
    1.406...., +1-406-..., +1 406-555-0123, +1.406....; GB 0114-496-0018, 0114 496 0018, 01463-123456,
    01463.123.456, 07700-900-123, 07700 900123, 0770 090 0123, +44 (0)1463 123456,
    +44-1463-123456; DE (08821) 456789, 08821-456789, 0511 2 34 56 78 (pairs from the right),
    (0511) 2 34 56 78, 0151 2345 6789, (0151) 23456789, 0151-23456789, 0800 123 4567, 0180 670 4395,
    +49 (0)8821 456789, +49-8821-456789; FR 04 44 78 76 74, 04.44.78.76.74, 04 4478 7674,
    +33 (0)4 44 78 76 74, +33 4 44 78 76 74, +33.4.44.78.76.74; ES 936 41 28 61, 936-412-861,
    (93) 641 28 61, 936412861, 612 34 56 78, 612.345.678; IT 06 7675 8513, (06) 76758513, 06.76758513,
    333 123 4567,
    333.1234567, 333-1234567, 800.123456; NL (050) 312 34 56, 050 312 3456, 050/3123456, 06 123 45 678,
    (06) 12345678, 06.12345678, +31 (0)50 3123456; PT 213 456 789, 213-456-789, 21 345 6789; BR
    (41) 3222.1234, 41 3222.1234, (041) 3222-1234, (41) 99876-5432, (041) 99876-5432, 0800 789 7520,
    0800.789.7520, +55 (41) 3222 1234, +55-41-32221234; IN (044) 2452 1234, (0135) 2452123, 0135 2452123,
    044-24521234,
    98765 43210, 098765-43210, 09876543210, 1800 4251234, 18004251234; CH '+41 (0)27 123 45 67',
    '+41-27-123-45-67'; AT/BE/IE/AU
    '+43 (0)512 123456', '+32-2-5123456', '+353 (0)66 1234567', '+61 (0)2 98765432'; local forms 555.0123,
    555–0123 (en dash), 96 40 95, 496-0018, 53070, 2 34 56 78 / 4 86 95 (pairs from the right), 350 225,
    312 34 56, 3555324, 3222.1234, 32221234, 3222 - 1234, 2452-1234, 22 96 01, 298-690.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (each language's locale, Hindi from
    hi_IN in Devanagari) and e-mail user names and domains (en_US); towns and area codes in numbers.AREAS;
    corpus negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23 problems (MIT),
    HateCheck English test cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian,
    Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR, English ones en_US); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v71.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v71.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v71.stats [RECORDS VALUES]

Counts (seed 10071; `python -m benchmarks.pii_v71.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1249 {'corpus': 120, 'neg': 295, 'pos': 834}
    values: 2090 by kind: {'PHONE': 1890, 'EMAIL': 85, 'IBAN': 47, 'CREDIT_CARD': 35, 'IP_ADDRESS': 31,
                'US_SSN': 2}
    modes: {'PHONE/national': 537, 'PHONE/local-announced': 450, 'PHONE/list-entry': 435,
                'PHONE/international': 331, 'PHONE/other': 137, 'EMAIL/role': 72, 'IBAN/electronic': 26,
                'IBAN/print': 21, 'IP_ADDRESS/v4': 15, 'CREDIT_CARD/spaced': 13, 'EMAIL/personal': 13,
                'CREDIT_CARD/solid': 12, 'IP_ADDRESS/v4-private': 12, 'CREDIT_CARD/dashed': 10,
                'IP_ADDRESS/v6': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'angling': 207, 'camp': 17, 'centre': 127, 'hunting': 87, 'hut': 125, 'ranger': 175, 'reserve':
                86, 'trail': 121, 'wildlife': 184}
    languages (documents written here): {'de': 183, 'en': 418, 'es': 50, 'fr': 75, 'hi': 67, 'it': 50, 'nl':
                139, 'pt': 147}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 25, 'mhc-dutch': 10, 'mhc-french': 10, 'mhc-
                german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 452, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    US SSNs are few (2): only en_US hunting and angling documents carry them.
"""

import json
import random
import sys

from faker import Faker

from . import compose as C
from . import corpus
from . import numbers as N
from .negs import Drawer, doc_dirty

SEED = 10071
RECORDS = "tests/data/pii_heldout_v71.jsonl"
VALUES = "tests/data/pii_heldout_v71_values.jsonl"

# documents with phones, hard negatives only: (locale, language) -> (pos, neg)
PLAN = {
    ("en_US", "en"): (40, 30),
    ("en_GB", "en"): (35, 25),
    ("en_IN", "en"): (25, 15),
    ("en_AU", "en"): (25, 15),
    ("en_IE", "en"): (25, 15),
    ("de_DE", "de"): (40, 25),
    ("de_AT", "de"): (15, 10),
    ("de_CH", "de"): (15, 10),
    ("fr_FR", "fr"): (30, 20),
    ("fr_BE", "fr"): (15, 10),
    ("es_ES", "es"): (30, 20),
    ("it_IT", "it"): (30, 20),
    ("nl_NL", "nl"): (30, 20),
    ("nl_BE", "nl"): (15, 10),
    ("pt_BR", "pt"): (25, 20),
    ("pt_PT", "pt"): (20, 15),
    ("en_IN", "hi"): (20, 15),
}
# local-announced numbers: (locale, language, region, how many)
LOCAL_PLAN = [
    ("en_US", "en", "US", 75),
    ("en_GB", "en", "GB", 75),
    ("de_DE", "de", "DE", 75),
    ("nl_NL", "nl", "NL", 75),
    ("pt_BR", "pt", "BR", 75),
    ("en_IN", "en", "IN", 40),
    ("en_IN", "hi", "IN", 35),
]


def _usable(ctx, sent):
    return "{ssn}" not in sent or ctx.locale == "en_US"


def _blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "_"
    return "".join(chars)


def _list_block(ctx, out, spans, values):
    heads, labels = C.LISTS[ctx.lang]
    out.append("\n\n" + ctx.rng.choice(heads) + "\n")
    layout = ctx.rng.choice(C.LAYOUTS)
    for lab in ctx.rng.sample(labels, ctx.rng.randint(2, 3)):
        left, right = layout.split("{p}")
        C.fill(
            ctx, left.replace("{l}", lab) + "{list}" + right.replace("{l}", lab) + "\n", out, spans, values
        )


def _sentences(ctx, pool, k):
    return ctx.rng.sample([s for s in pool if _usable(ctx, s)], min(k, len(pool)))


def _compose(ctx, kind, genre, local_count=0):
    rng = ctx.rng
    g = C.GENRES[ctx.lang][genre]
    out, spans, values = [], [], []
    if kind == "neg":
        title = rng.choice(C.NEG_TITLES[ctx.lang] + g["titles"])
        body = _sentences(ctx, g["neg"], rng.randint(2, 4))
        other = rng.choice(sorted(C.GENRES[ctx.lang]))
        body += _sentences(ctx, C.GENRES[ctx.lang][other]["neg"], rng.randint(0, 2))
        body = list(dict.fromkeys(body))
    elif kind == "local":
        title = rng.choice(g["titles"])
        pool = [s for s in C.LOCAL[ctx.lang] if local_count >= 2 or "{loc2}" not in s]
        ann = rng.choice(pool)
        body = [ann] + _sentences(ctx, g["neg"], rng.randint(1, 2))
        if rng.random() < 0.3:
            body.insert(rng.randint(1, len(body)), rng.choice(g["phone"]))
    else:
        title = rng.choice(g["titles"])
        body = _sentences(ctx, g["phone"], rng.randint(1, 3)) + _sentences(ctx, g["neg"], rng.randint(1, 2))
        rng.shuffle(body)
        if rng.random() < 0.45:
            body += _sentences(ctx, g["extra"], 1)
    C.fill(ctx, title + "\n\n", out, spans, values)
    for i, sent in enumerate(body):
        sep = "\n\n" if i and rng.random() < 0.3 else (" " if i else "")
        C.fill(ctx, sep + sent, out, spans, values)
    if kind == "pos" and rng.random() < 0.4:
        _list_block(ctx, out, spans, values)
    else:
        out.append("\n")
    return "".join(out), spans, values


def _make(rng, fakers, drawer, locale, lang, kind, genre, stats, local=None, local_count=0):
    for _ in range(50):
        if local:
            region = local
            town = rng.choice(sorted(N.AREAS[region]))
            ctx = C.Ctx(rng, fakers, drawer, locale, lang, town, N.AREAS[region][town])
            ctx.local_region = region
        else:
            ctx = C.Ctx(rng, fakers, drawer, locale, lang)
        text, spans, values = _compose(ctx, kind, genre, local_count)
        if not doc_dirty(_blank(text, spans), ctx.neg_regions):
            return text, spans, values
        stats["doc_redraws"] += 1
    raise RuntimeError("document stayed dirty")


def build(seed=SEED):
    rng = random.Random(seed)
    fakers = {}
    for lang, loc in C.FAKER_LOCALE.items():
        fakers[lang] = Faker(loc)
        fakers[lang].seed_instance(seed + len(fakers))
    drawer = Drawer(rng)
    stats = {"doc_redraws": 0}
    docs = []
    for (locale, lang), (npos, nneg) in PLAN.items():
        genres = sorted(C.GENRES[lang])
        for kind, n in (("pos", npos), ("neg", nneg)):
            for i in range(n):
                genre = genres[i % len(genres)]
                docs.append(
                    (locale, lang, kind, genre, *_make(rng, fakers, drawer, locale, lang, kind, genre, stats))
                )
    for locale, lang, region, want in LOCAL_PLAN:
        genres = sorted(C.GENRES[lang])
        done, i = 0, 0
        while done < want:
            genre = genres[i % len(genres)]
            i += 1
            text, spans, values = _make(
                rng, fakers, drawer, locale, lang, "local", genre, stats, region, want - done
            )
            done += sum(v["mode"] == "local-announced" for v in values)
            docs.append((locale, lang, "pos", genre, text, spans, values))
    records, sidecar = [], []
    for n, (locale, lang, kind, genre, text, spans, values) in enumerate(docs):
        g = f"hi-{genre}" if lang == "hi" else genre
        records.append({"id": f"{locale}-{kind}-{g}-{n}", "locale": locale, "text": text, "spans": spans})
        sidecar.append({"values": values})
    for rec in corpus.load(rng):
        records.append(rec)
        sidecar.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    stats.update(value_redraws=drawer.redraws, replaced=drawer.replaced, kinds_used=len(drawer.used))
    return [records[i] for i in order], [sidecar[i] for i in order], stats


def write(records, sidecar, rpath=RECORDS, vpath=VALUES):
    with open(rpath, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(vpath, "w", encoding="utf-8") as f:
        for v in sidecar:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    rpath, vpath = (argv[1], argv[2]) if len(argv) > 2 else (RECORDS, VALUES)
    records, sidecar, stats = build()
    write(records, sidecar, rpath, vpath)
    print(len(records), "documents;", stats)


if __name__ == "__main__":
    main(sys.argv)
