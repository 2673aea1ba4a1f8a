"""Write tests/data/pii_heldout_v54.jsonl: a fifty-fourth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), and the first
    few hundred bytes of MATH-500, AMC23, the English HateCheck CSV, hh-rlhf harmless-base test and the
    Dutch Multilingual HateCheck CSV (for their fields); the other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix, kept when valid, of the wanted region and type, and every written form
    parsed back to the same valid number of the stated region (local forms with their trunk prefix and
    area code put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules (area 001-899 but not 666, group and serial not zero), IPs
    with the ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs
    with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again
    with its labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty
    after 200 draws would be replaced by a dash (negs.Drawer); the count is printed by stats.py.
    Written under a 40-minute limit, so cells are small (2-8 sentences per genre and language); English
    has all 8 genres, German, French, Spanish, Italian, Dutch and Portuguese 5 (auction, feed, machring,
    vetcall, milk), Hindi 4 (vetcall, milk, feed, harvest). Emphasis: farming, rural co-operatives and
    veterinary work.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for list and service numbers (build.LOCALES); no 00
    prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in four layouts new here: '* Label: <phone>', 'Label = <phone>', '<phone> (Label)' and
    '• Label, tel. <phone>' (heads such as 'Phone list for the season', 'Numbers to keep by the phone',
    'Contacts for sale day', 'Telefonliste', 'Erreichbarkeiten', 'Liste téléphonique', 'Lista de
    teléfonos', 'Rubrica', 'Telefoonlijst', 'Lista de telefones', 'काम के फ़ोन नंबर'). No phone is split
    across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_eu2.py; build.py): 8 genres, none in v52: auction (livestock
    auctions and mart reports), harvest (harvest crew rotas and haulage), feed (feed and mineral orders),
    machring (machinery rings, CUMA and co-operative kit sharing), vetcall (vet call-outs and herd health
    visits), milk (milk collection and milk statements), coop (co-operative members' notices, AGMs, grain
    pools), agronomy (spray and fertiliser recommendations); all sentences written fresh in en, de, fr, es,
    it, nl, pt, hi; local numbers announced in new ways (before, after, on the line below, in quoted speech:
    'Anyone in Ames can reach the sale barn by dialing ... - no area code from a local line', 'Folks
    around Fargo: the elevator office picks up at ..., and the scale house at ...', 'From any Salina
    landline, seven digits get you the extension office', '"Just dial ... if you're in Billings," the
    auctioneer said', 'Note from the Dubuque elevator:\\n... (local)', 'Carlisle callers can leave off
    the code', 'Ring the Exeter depot on ... - that's from an Exeter phone, mind', 'Sale-day number for
    anyone in Norwich:\\n...', 'Aus dem Ortsnetz Husum erreichen Sie die Viehvermarktung unter',
    'Wer in Coburg anruft, braucht keine Vorwahl', 'Für Anrufer aus Vechta:\\n...', 'Bel vanuit Zwolle
    de veemarkt op', 'Boeren in Assen bereiken de dierenarts 's nachts op ..., zonder kengetal', 'Em
    Maringá, ligue de telefone fixo para o sindicato rural', 'Quem liga de Uberaba não precisa do
    código:\\n...', 'KVK Karnal: local callers dial', 'Nashik के किसान लोकल कॉल में सिर्फ़ ... मिलाएँ',
    'Anand मंडी दफ़्तर बिना कोड के:'); cards for sale deposits, feed deposits and vet bills, IBANs for
    auction settlements, milk payments, ring subscriptions and feed direct debits, IPs of online bidding
    streams, booking calendars, yield-map and medicine-record servers, SSNs on farm credit checks and
    co-op patronage forms (en_US only);
    44 hard-negative kinds (negs.KINDS), none in v52's list: UK cattle ear tags, EU ear tags, CPH holding
    numbers, lot/pen numbers, liveweights, prices per kg, hammer prices, grain moisture, protein, yields in
    t/ha, areas in ha, NPK grades, tractor hour meters, tyre sizes, PTO speeds, vaccine batches,
    withdrawal periods, dose rates, somatic cell counts, fat/protein pairs, bulk tank temperatures, milk
    litres, weighbridge gross/tare, OS grid references, GPS points, seed rates, co-op share numbers,
    ISO animal microchips (15 digits), rainfall, soil pH, worm egg counts, body condition scores, prices
    per tonne, bale counts, MAPP numbers, organic control body codes, silage dry matter, ME energy,
    ration rates, rectal temperatures, gestation days, sale dates with times, field parcel ids, lab
    sample references (those used are counted by stats.py);
    number habits (numbers.py), none in v52's list: US 319-232-1668, (208)742-8792, 701.468.4274,
    +1-641-631-3553, +13125330656, +1 (701) 468.4274, (800) 201-2904, 888.468.4991; GB 01603 360387,
    01603 360 387, 07498742655, +44 (0)1603 360 387, +44 1896 727303, +44 (0) 7779 286738, 0808 926 4737,
    0345-1234567; DE (08031) 48 96 29, 0176 12345678, 0541-2601935, +49 (0)761 456789, +49 (0) 761 45 67 89,
    0180-542 48 58; FR 02 08 79 54 55, 06.45.39.27.55, 0208795455, +33 6 27 25 42 07,
    +33 (0)5 97 61 54 24, +33.4.44.78.76.74, 08 05 84 36 76, 0810.12.34.56; ES 689 64 50 75, 967744241,
    967-744-241, +34 983 06 10 09, (+34) 983 061 009, 900 455 033; IT 0521 011496, 0521.011496,
    336 003 5310, +39 329 744 1842, +39 0521 141432, +39 0521.141432, 800 478502, 800.478.502; NL
    (050) 3123456, 050 312 34 56, 0513-612345, +31 (0)6 10582197, +31 38 088 4274, +31-50-3123456,
    0800 2350; PT 245 908 808, 914448426, (+351) 259510351; BR (16) 3065-5785, 016 3065-5785,
    65 98217 1326, +55 16 3662-9304, +55 16 3662 9304, +55-64-985383772, 0800 731 8542; IN 0181 222 1357,
    (0181) 2221357, 0181-2221357, 94618 87613, 7024996635, 07024996635, +91 181 222 1357,
    +91 94618 87613, (+91) 9461887613, 18003382390, 1800 3382390; AT/CH/BE/IE/AU '+43 (0)512 7087574',
    '+43 664 865 37 83', '+41 (0)78 844 05 58', '+41 41 3108074', '+32 (0)57 19 15 98', '+353 (0)87 561 6899',
    '+353 66 1559351', '+61 (0)3 5095 9155', '+61 418 145 264'; local forms 418.3544, 418–3544 (en dash),
    27 84 95, 900-502, 68-6168, 43 67 96 (pairs from the right), 5158457, 515-8457, 47 34 780, 59-2448,
    38-56-19, 3767.7183, 37298511, 568-3790, 5747541, 649-065 (examples; the digits vary).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and the letters of personal e-mail user names; towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), hh-rlhf harmless-base test 'chosen' dialogues (MIT), English HateCheck cases (CC BY
    4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0);
    only HateCheck cases labelled non-hateful are taken (they can still mention protected groups;
    Portuguese cases carry pt_BR), and hh-rlhf dialogues can be rude; screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (JSONL: 0-based
    line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v54.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v54.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v54.stats [RECORDS VALUES]

Counts (seed 10054; `python -m benchmarks.pii_v54.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1294 {'corpus': 130, 'neg': 379, 'pos': 785}
    values: 2113 by kind: {'PHONE': 1569, 'IBAN': 178, 'EMAIL': 169, 'CREDIT_CARD': 92, 'IP_ADDRESS': 86,
            'US_SSN': 19}
    modes: {'PHONE/national': 462, 'PHONE/local-announced': 450, 'PHONE/list-entry': 433,
            'PHONE/international': 141, 'IBAN/print': 100, 'EMAIL/personal': 89, 'PHONE/other': 83,
            'EMAIL/role': 80, 'IBAN/electronic': 78, 'CREDIT_CARD/dashed': 33, 'CREDIT_CARD/solid': 33,
            'IP_ADDRESS/v6': 31, 'IP_ADDRESS/v4-private': 31, 'CREDIT_CARD/spaced': 26, 'IP_ADDRESS/v4': 24,
            'US_SSN/dashed': 12, 'US_SSN/spaced': 7}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'agronomy': 55, 'auction': 182, 'coop': 56, 'feed': 200, 'harvest': 69, 'machring': 184,
            'milk': 204, 'vetcall': 214}
    languages (documents written here): {'de': 167, 'en': 447, 'es': 57, 'fr': 108, 'hi': 61, 'it': 57,
            'nl': 127, 'pt': 140}
    corpus: {'amc23-en': 12, 'hatecheck-en': 16, 'hhrlhf-en': 18, 'math500-en': 24, 'mhc-dutch': 10,
            'mhc-french': 10, 'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 819, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44 of 44
"""

import json
import random
import sys
from pathlib import Path

from benchmarks.pii_v54 import build, corpus

SEED = 10054
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v54.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v54_values.jsonl"

LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
]
# (locale, language, positive documents, negative documents)
PLAN = [
    ("en_US", "en", 62, 47),
    ("en_GB", "en", 62, 47),
    ("en_IN", "en", 28, 20),
    ("en_IE", "en", 20, 14),
    ("en_AU", "en", 20, 14),
    ("de_DE", "de", 42, 29),
    ("de_AT", "de", 15, 11),
    ("de_CH", "de", 15, 11),
    ("fr_FR", "fr", 38, 26),
    ("fr_BE", "fr", 14, 11),
    ("fr_CH", "fr", 10, 9),
    ("es_ES", "es", 34, 23),
    ("it_IT", "it", 34, 23),
    ("nl_NL", "nl", 38, 26),
    ("nl_BE", "nl", 14, 11),
    ("pt_BR", "pt", 34, 23),
    ("pt_PT", "pt", 24, 17),
    ("en_IN", "hi", 24, 17),
]


def build_all(seed=SEED):
    b = build.Builder(seed)
    rng = b.rng
    items = []

    def add(locale, lang, genre, positive, local=None):
        rec, values = b.document(locale, lang, genre, positive, local)
        g = f"hi-{genre}" if lang == "hi" else genre
        rec = {"id": f"{locale}-{'pos' if positive else 'neg'}-{g}-{len(items)}", **rec}
        items.append((rec, values))

    for region, lang, locale, total in LOCAL_PLAN:
        left = total
        while left:
            count = min(left, rng.choice([1, 1, 2, 2, 3]))
            genre = rng.choice(sorted(build.lexicon(lang)))
            add(locale, lang, genre, True, (region, count))
            left -= count
    for locale, lang, npos, nneg in PLAN:
        genres = sorted(build.lexicon(lang))
        for i in range(npos):
            add(locale, lang, genres[i % len(genres)], True)
        for i in range(nneg):
            add(locale, lang, genres[(i + 3) % len(genres)], False)
    for rec in corpus.corpus_docs(rng):
        items.append(({"id": rec["id"], "locale": rec["locale"], "text": rec["text"], "spans": []}, []))
    rng.shuffle(items)
    return items, b


def write(items, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, vals in items:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    random.seed(SEED)
    items, b = build_all()
    write(items, records, values)
    print(
        f"wrote {len(items)} documents to {records}; document redraws {b.doc_redraws}, value redraws "
        f"{b.drawer.redraws}, replaced {b.drawer.replaced}, kinds used {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
