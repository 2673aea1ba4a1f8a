"""Write tests/data/pii_heldout_v104.jsonl: a hundred-and-fourth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data (one level and its subfolders), the
    header and first rows of the Dutch Multilingual HateCheck CSV and the English HateCheck CSV and the
    first few hundred bytes of MATH-500 and AMC23 (for their fields); other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Once, by mistake, the hand-over folder was listed
    (ls, with the reading of the brief); no other file named in that listing was opened.
    Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix, kept when valid and of the wanted type, and every written form parsed
    back to the same valid number of the stated region (numbers.parses_to; local forms with trunk prefix
    and area code put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened
    as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (a dirty
    document is drawn again; checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after loco numbers
    were given their names ('185 412 „Lotte“'; bare six digits are Austrian subscriber numbers), year
    ranges became decades ('the 1890s'; '1897 to 1902' reads as a vanity number) and possession, job and
    consignment references got letters. Written under a 35-minute limit, so cells are small (2-6
    sentences per slot); English has all 7 genres, German 7, Dutch 5, Portuguese 5, French 4, Spanish 4,
    Italian 4, Hindi 4. Emphasis: railways.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town (numbers.AREAS). AT/CH/BE/AU/IE documents write
    their own numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five layouts new against v52: '• Label: <phone>', '<phone> (Label)',
    'Label – <phone>', 'Label<TAB><phone>', 'Label ☎ <phone>' (heads 'Contacts on the day', 'Phone
    these', 'Numbers for the shift', 'Telefonliste', 'Kontakte am Einsatztag', 'Numéros du jour',
    'Teléfonos del día', 'Numeri della giornata', 'Telefoonlijst', 'Telefones do dia', 'ज़रूरी फ़ोन नंबर',
    ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 7 railway genres, none in
    v52: heritage (heritage railways, steam galas, footplate experiences), notice (station notices),
    replacement (rail-replacement buses), trackwork (possessions and track-work crews), signalbox (signal
    box logs and open days), modelclub (model railway club newsletters and exhibitions), freight (rail
    freight yards and container terminals); all sentences written fresh in en, de, fr, es, it, nl, pt, hi;
    local numbers announced in new ways, before, after, on the line above, in a remark and in quoted
    speech ('Travelling from York itself? The station's booking clerk answers on ... – a local call, so no
    code', 'Town callers (Crewe exchange) reach ...', '"Just ring ... if you're in town," the stationmaster
    at Derby told us', 'Neighbours of the Swindon depot worried about night-time noise can call ... from a
    local phone', 'For Altoona residents – dial without the area code:' + newline, 'Aus dem Ortsnetz
    Kassel erreichen Sie den Fahrkartenschalter direkt unter', '„Ruf einfach die ... an, du bist ja in
    Dresden“', 'Anwohner in Köln, die sich über Baulärm beschweren möchten: ... (Ortstarif)', 'Belt u
    vanuit Zwolle? Dan is het loket gewoon', '"Gewoon ... bellen, je zit toch in Hoorn," zei de
    dienstleider', 'Ligando de Bauru mesmo? A bilheteria atende no ..., sem o DDD', 'Moradores de
    Petrópolis incomodados com as obras noturnas podem ligar ... (chamada local)', 'Lucknow शहर के
    लैंडलाइन से टिकट खिड़की का नंबर सिर्फ़ ... है', '"Shimla में हो तो बस ... मिला लो," स्टेशन मास्टर ने
    कहा'); new towns (Altoona, Scranton, Sacramento, Durango, Chattanooga, Lancaster; York, Crewe, Swindon,
    Darlington, Carlisle, Derby; Chemnitz, Dresden, Kassel, Nürnberg, Wernigerode, Köln; Amersfoort,
    Zwolle, Hoorn, Apeldoorn, Tilburg; Campinas, Juiz de Fora, Bauru, Jundiaí, Petrópolis; Kolkata,
    Lucknow, Jhansi, Darjeeling, Shimla); cards for dining-train deposits and model-show trader stands,
    IBANs for plant hire, stand fees, demurrage and group deposits, IPs of signal box panel PCs, DCC
    command stations, station networks and terminal gate cameras, SSNs on US yard background checks;
    46 hard-negative kinds (negs.KINDS), all used, none in v52's list: UIC wagon numbers with check digit,
    loco numbers with names, ISO 6346 container numbers, headcodes, TOPS loco numbers, STANOX codes,
    mileposts (miles and chains), kilometre posts, departure lists, coach/seat, booking references,
    railcard numbers, possession references, track circuits, signal ids, points numbers, ELR with
    mileage, speed restrictions, rail temperatures, model scales, DCC addresses with CVs, trailing loads
    with train length, wagon/axle counts, fares, journey times, engineering-work windows, bus stands,
    German timetable route numbers (KBS), consignment notes, builder's works numbers with year, platforms,
    OS grid references, GPS coordinates, shunting job numbers, location cases, club membership numbers,
    lever ranges, signal box bell codes, model part numbers, rail profiles with sleeper spacing, build
    decades, track gauges, timetable table numbers, coach counts with length, load limits, visitor counts;
    number habits (numbers.py): US 312-533-0656, (312)533-0656, 312.533.0656, 1-312-533-0656,
    1.312.533.0656, +1-312-533-0656, +13125330656, 1 877 533 0656; GB 020-7946-0018, (020) 7946 0018,
    01904-623456, (01904) 623456, 07429-627080, 07429627080, +44 (0)1904 623456, +44 (0) 1904 623 456,
    0800-123-4567; DE (0351) 4567890, 0351-4567890, 0351 456 78 90, (0176) 1234 5678, 0176-12345678,
    +49 (0)351 4567890, (0800) 1234567; FR 04.44.78.76.74, +33 (0)4 44787674; ES 936 41 28 61,
    936-412-861, 612.345.678, 612345678, (+34) 612 345 678; IT 06.76758513, 06 7675 8513, 333.1234567,
    333-1234567, (+39) 333 1234567, +39.3331234567, 800.123456; NL (033) 1234567, 033 123 45 67,
    033-123 4567, 06 12 34 56 78, 06-1234 5678, +31 (0)33 1234567, 0800 1234; PT 213-456-789, 213456789,
    (+351) 912 345 678; BR (19) 3234-5678, (19) 3234 5678, 19 32345678, (19) 99876-5432, 0800-789-7520;
    IN (0522) 2345678, 0522 234 5678, 98765 43210, 9876543210, 098765-43210, +91 98765 43210, +91-9876543210,
    1800-123-4567; CH/AT/BE/IE/AU with (0): '+41 (0)44 2966951', '+43 (0) 1 2377 30533';
    local forms 533.0656, 533-0656, 5330656, 62 34 56, 623-456, 623456, 456 78 90, 4 56 78 90, 4567890,
    456-789 and (as in v52) 45 67 89 and 123456 for six-digit subscribers, 31 23 456, 312-3456,
    3222.1234, 32221234, 3222-1234, 2452-1234, 24521234, 234-5678, 2345678.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and domains; towns from numbers.AREAS;
    corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT),
    HateCheck English test cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian,
    Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; English cases carry en_US, Portuguese pt_BR); screened: at most 1,500 characters, no
    '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v104.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v104.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v104.stats [RECORDS VALUES]

Counts (seed 10104; `python -m benchmarks.pii_v104.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1170 {'corpus': 118, 'neg': 290, 'pos': 762}
    values: 1705 by kind: {'PHONE': 1342, 'EMAIL': 227, 'IBAN': 62, 'IP_ADDRESS': 52, 'CREDIT_CARD': 18,
                'US_SSN': 4}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 321, 'PHONE/list-entry': 300,
                'PHONE/international': 186, 'EMAIL/role': 178, 'PHONE/other': 85, 'EMAIL/personal': 49,
                'IBAN/print': 39, 'IP_ADDRESS/v4-private': 33, 'IBAN/electronic': 23, 'IP_ADDRESS/v4': 11,
                'CREDIT_CARD/dashed': 10, 'IP_ADDRESS/v6': 8, 'CREDIT_CARD/solid': 5, 'CREDIT_CARD/spaced':
                3, 'US_SSN/spaced': 2, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'freight': 166, 'heritage': 198, 'modelclub': 141, 'notice': 187, 'replacement': 172,
                'signalbox': 61, 'trackwork': 127}
    languages (documents written here): {'de': 149, 'en': 405, 'es': 52, 'fr': 75, 'hi': 85, 'it': 40, 'nl':
                116, 'pt': 130}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 35, 'mhc-dutch': 8, 'mhc-french': 8, 'mhc-
                german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 195, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 46
    US SSNs are few (4): only en_US notice, trackwork and freight documents carry them.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

from faker import Faker

from . import compose, corpus, numbers

SEED = 10104
OUT = Path(__file__).resolve().parents[2] / "tests" / "data"
RECORDS = OUT / "pii_heldout_v104.jsonl"
VALUES = OUT / "pii_heldout_v104_values.jsonl"
POS_WEIGHTS = {"en": 34, "de": 15, "nl": 10, "pt": 10, "fr": 9, "es": 7, "it": 7, "hi": 8}
N_POS, N_NEG, LOCAL_PER_REGION = 480, 290, 75
# local region -> [(language, locale, how many of its 75)]
LOCAL_PLAN = {
    "US": [("en", "en_US", 75)],
    "GB": [("en", "en_GB", 75)],
    "DE": [("de", "de_DE", 75)],
    "NL": [("nl", "nl_NL", 75)],
    "BR": [("pt", "pt_BR", 75)],
    "IN": [("en", "en_IN", 40), ("hi", "en_IN", 35)],
}


def weighted(rng, weights):
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def build(seed=SEED):
    rng = random.Random(seed)
    Faker.seed(seed)
    fakers = {loc: Faker(loc) for loc in list(compose.LOCALES) + ["hi_IN"]}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed + i)
    comp = compose.Composer(rng, fakers)
    out = []
    stats = Counter()

    def emit(kind, locale, lang, genre, maker):
        for _ in range(50):
            res = maker()
            doc, ctx = res[0], res[1]
            if compose.clean(doc, ctx["regions"]):
                gen = f"hi-{genre}" if lang == "hi" else genre
                out.append(
                    (
                        {
                            "id": f"{locale}-{kind}-{gen}-{len(out)}",
                            "locale": locale,
                            "text": doc.text,
                            "spans": doc.spans,
                        },
                        doc.values,
                        genre,
                        lang,
                    )
                )
                return res
            stats["document redraws"] += 1
        raise RuntimeError("document stays dirty")

    for region in sorted(LOCAL_PLAN):
        for lang, locale, quota in LOCAL_PLAN[region]:
            done = 0
            genres = sorted(compose.LANGS[lang][0])
            while done < quota:
                genre = rng.choice(genres)
                town = rng.choice(sorted(numbers.AREAS[region]))
                room = min(3, quota - done)
                res = emit(
                    "pos",
                    locale,
                    lang,
                    genre,
                    lambda g=genre, t=town, r=room, la=lang, lo=locale: compose.build_local(
                        comp, lo, la, g, t, r
                    ),
                )
                done += res[2]
    for _ in range(N_POS):
        lang = weighted(rng, POS_WEIGHTS)
        locale = rng.choice(compose.LANG_LOCALES[lang])
        genre = rng.choice(sorted(compose.LANGS[lang][0]))
        emit(
            "pos", locale, lang, genre, lambda g=genre, la=lang, lo=locale: compose.build_pos(comp, lo, la, g)
        )
    for _ in range(N_NEG):
        lang = weighted(rng, POS_WEIGHTS)
        locale = rng.choice(compose.LANG_LOCALES[lang])
        genre = rng.choice(sorted(compose.LANGS[lang][0]))
        emit(
            "neg", locale, lang, genre, lambda g=genre, la=lang, lo=locale: compose.build_neg(comp, lo, la, g)
        )
    for rec in corpus.corpus_docs(rng):
        out.append((rec, [], None, None))
    rng.shuffle(out)
    stats["value redraws"] = comp.drawer.redraws
    stats["kinds replaced after 200 dirty values"] = comp.drawer.replaced
    stats["hard-negative kinds used"] = len(comp.drawer.used)
    return out, stats


def write(out, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, vals, _, _ in out:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    out, stats = build()
    if len(argv) == 2:
        write(out, Path(argv[0]), Path(argv[1]))
    else:
        write(out)
    print(dict(stats))
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
