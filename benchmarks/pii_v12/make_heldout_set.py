"""Write tests/data/pii_heldout_v12.jsonl: a twelfth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v11/), README.md, ARCHITECTURE.md or DESIGN.md. What was read, all
    of it: the module docstring of benchmarks/pii_v11/make_heldout_set.py as handed over in a separate text
    file (record and sidecar format, labelling conventions, region rules, and the genres, phrasing
    placements and negative kinds v11 used, to avoid), the first two lines of
    tests/data/pii_heldout_v11.jsonl and of tests/data/pii_heldout_v11_values.jsonl (format only), the
    [tool.ruff] section of pyproject.toml (line length 110), /work/shared/data/SOURCES.md and the raw data
    files the corpus negatives come from. Seen in passing: directory listings (benchmarks/,
    /work/shared/data/) and `git status --short`; git history and diffs were not looked at. v10's own
    lists were never seen, only what v11 says of them. No PII detector (the project's or Presidio) was run
    on this set while it was made, so nothing here was tuned towards or away from what any detector
    catches. The only screens are this package's guards (guards.py), written afresh to the rules v11
    describes: unlabelled text may hold no '@', no Luhn-valid 13-19 digit run (every run of whole digit
    groups joined by spaces, tabs or dashes, and every 13-19 digit slice of one group), no mod-97-valid
    IBAN, no SSA-valid 3-2-4 SSN shape (dashes or spaces), no dotted quad with four parts 0-255 and no
    token that parses as IPv6; a document that trips one is drawn again. Phone-like negatives are never
    screened as phones. Everything was written fresh for this set: number plans and writing habits
    (phones.py), people and e-mail habits (locales.py), the announcing phrasings (phrasings.py), rosters
    (rosters.py), values and their lines (values.py, iban.py), genres (genres_en.py, genres_eu.py,
    genres_rom.py, registered in genres.py), hard negatives (neg_labelled.py, neg_patterns.py,
    neg_patterns2.py, neg_tables.py), documents (builder.py), the build plan (plan.py) and corpus
    negatives (corpus.py); checks.py and stats.py re-check the files and count them (stats.py rebuilds
    the set with the seed to count phrasings and hard negatives, and says whether the rebuild matches).

Genres (92 with values, 22 negative-only tables), none in v11's lists
    English US: pool committee, chili cook-off, quilting guild, robotics team parents, swim-meet carpool,
    farmers market vendors, PTO trivia night, snow-shoveling volunteers, co-ed softball. GB: allotment
    society, village flower show, bell ringers, parkrun volunteers, pub quiz league, scarecrow festival,
    choral society, model railway club, Rotary duck race. India, English: society water-tank cleaning,
    Diwali mela stalls, Navratri garba, PTA, yoga camp; Hinglish: office chai fund, baraat logistics, gym
    group, PG flatmates; Devanagari Hindi: Ramlila committee, satsang, mohalla safai abhiyan, kisan mandi.
    Australians in London (GB numbers): Aussie rules club, Australia Day barbie. Irish in Britain (GB
    numbers): GAA club, trad session, Irish conversation circle. German: Schützenverein, Kleingartenverein,
    Karnevalsverein, Jugendfeuerwehr camp, Kirchenchor, Lauftreff, Hofflohmarkt, Schachverein, Dorffest,
    Wandergruppe; Austrians (German numbers): Krampuslauf, Heuriger outing; Swiss (German numbers):
    Guggenmusik, Jodlerklub. French: comité des fêtes, pétanque, chorale, AMAP, vide-grenier, randonnée,
    APE, ciné-club; Belgians (French numbers): school kermesse, marche ADEPS; Swiss (French numbers):
    raclette evening. Spanish: comisión fallera, coro parroquial, club de montaña, huerto urbano, AMPA,
    romería, carrera popular. Italian: sagra, coro alpino, Grest, calcetto, palio, gruppo alpini, cooking
    course; Ticinesi (Italian numbers): corale. Dutch: Koningsdag vrijmarkt, volkstuin, korfbal, carnaval,
    avondvierdaagse, zangkoor, kerstmarkt; Flemings (Dutch numbers): kermis, wielerclub. Brazilian
    Portuguese: festa junina, bloco de carnaval, running group, horta comunitária, bazar beneficente,
    catequese, churrasco da firma.
    Negative-only prose documents use the genres above; negative-only tables (in the document's
    language): quiz league standings, allotment plot allocations, fun-run results, tide tables, bin
    calendars, a minibus fuel log, rain-gauge logs, swimming gala results, a summer reading log, a
    medication plan, chore charts, trip expenses, seating plans, darts league, tennis ladder, hymn boards,
    harvest logs, egg counts, heating-oil deliveries, a lost-and-found register, new members with member
    numbers, a book swap of ISBN-10s.
    Locales: en_US, en_GB, en_IN (Hinglish and Hindi documents too), en_AU, en_IE, de_DE, de_AT, de_CH,
    fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry their language
    (en, de, fr, es, it, nl, pt).

Counts (seed 10012; `python -m benchmarks.pii_v12.stats` recomputes them)
    1,200 documents: 600 with values, 450 synthetic negative-only (225 prose in the genres above, 225
    tables), 150 corpus negatives. Locales: en_GB 135, de_DE 133, en 120, nl_NL 111, fr_FR 105, en_IN 104,
    en_US 104, pt_BR 86, it_IT 67, es_ES 63, de_AT 28, de_CH 21, en_IE 21, en_AU 19, nl_BE 17, fr_BE 14,
    it_CH 12, fr_CH 10, de, es, fr, it, nl and pt 5 each. Document language: English 327, German 182,
    French 129, Dutch 128, Portuguese 86, Italian 79, Spanish 63, Hindi 28, Hinglish 28.
    1,858 values: PHONE 1,399 (local-announced 482, national 452, list-entry 260, international 126, other
    79; regions GB 212, DE 211, FR 157, NL 144, US 133, IN 131, IT 130, BR 113, ES 78, CH 34, BE 16, AT 14,
    AU 14, IE 12), EMAIL 187 (personal 102, role 85), IP_ADDRESS 101 (v4 78, v6 23), IBAN 67 (grouped 57,
    compact 10), CREDIT_CARD 65 (grouped 38, compact 16, dashed 11), US_SSN 39 (dashed 35, spaced 4).
    Local-announced: subscriber-only for DE 80, GB 77, NL 54, US 53, IN 44, BR 38; full national for FR
    56, IT 39, ES 28, IN 13. By phrase language: English 152, German 80, French 56, Dutch 54, Italian 39,
    Portuguese 38, Spanish 28, Hindi 19, Hinglish 16. By placement: after 39, reported speech 38, question
    and answer 38, before 36, signature 35, voicemail 35, minutes action 34, out-of-office 34, quoted reply
    33, line above 28, SMS 24, chat 23, parenthesis 16, tear-off strip 13, note 13, postscript
    11, photo caption 8, forwarded message 8, handover log 8, calendar entry 8. List entries:
    subscriber-only GB 54, DE 42, NL 38, US 26, BR 21, IN 11; full national IT 32, FR 22, ES 12, IN 2;
    67 rosters: semicolon lines under a Name;Job;Number header 13, numbered "1) Name – number" 13,
    "Name, job, number" 12, number first 12, "Name → number" 9, space-aligned columns 8, under headings
    such as Who to ring, Ring-round list, Rufliste, Erreichbarkeiten, Qui appeler, Chaîne d'appel, A quién
    llamar, Chi chiamare, Recapiti, Wie bel je, Bellijst, Quem chamar, Kisko call karna hai, किसे फ़ोन करें.
    104 announcing phrasings, all used (English 18, German 14, French 12, Spanish, Italian, Dutch and
    Portuguese 11 each, Hinglish 8, Hindi 8), placed before or after the number, in reported speech, as
    question and answer, in an e-mail signature, a voicemail transcript, meeting minutes' action points,
    an out-of-office auto-reply, a quoted e-mail reply ("> Has anyone got X's number?"), on the line
    above, SMS, chat, parentheses, a tear-off strip, a note, a postscript, a photo caption, a forwarded
    message, a handover log or a calendar entry.
    139 kinds of hard negative, all used, 2,850 uses (1,328 inside documents with values, 1,522 in
    negative-only documents). 43 kinds (1,009 uses) are phone-shaped digit groups under a label that says
    what they are, in the document's language (Hinglish documents take the English label), about one in
    four with the label on the line before: membership, library card, charity/association register,
    company register, bank code, hymn numbers, Wi-Fi password, key-safe code, seed lot, vaccine batch,
    ISBN, quote, purchase order, cost centre, staff number, payroll, exam candidate, student ID, train
    ticket, hotel confirmation, ticket barcode, voucher code, repair job, washing-machine serial, TV/cable
    licence, property-tax account, broadband account, vehicle inspection, key number, dog tag, fishing
    licence, association tax number, grant application, player registration, referee ID, EAN, recalled
    food lot, council case file, season ticket, ski pass, loyalty card, PO box and railcard numbers, e.g.
    "Postfach 10 20 30", "Bankleitzahl: 370 501 98" or "Wifi-wachtwoord:" with the number below; 22 kinds
    (225 uses) are the tables above, two with phone-shaped columns (member numbers under a header that
    names them, ISBN-10s with no header at all); 74 kinds (1,616 uses) are patterned: tyre sizes, RAL
    colours, screw sizes, timber, cable cross-sections, blood pressure, tablet schedules (1-0-1), step
    counts, running paces, race splits, tennis sets, volleyball sets, darts checkouts, chess ratings,
    chess moves, Bible readings, page ranges, Dewey numbers, guitar chord shapes, BWV/KV/opus numbers,
    time signatures and capo, plant spacing, rainfall, air pressure, Beaufort wind, UV index, tides,
    latitude/longitude, grid references, compass bearings, climbs, bus times, train numbers, engine and
    power, fuel use, odometer readings, tyre pressures, engine oil, projector resolution, photo prints,
    paper weights, cash floats, exchange rates, interest rates, room sizes, energy certificates, tiles,
    concrete mixes, solar kWp, heating schedules, time zones, hex colours, port forwards, statute
    paragraphs, temperature ranges, opening hours, batter quantities, baking tins, dilutions, weigh-ins,
    blood sugar, crossword clues, bingo calls, football scores, league rows, hose fittings, file sizes,
    emission classes, parcel sizes, class years, calories, sleep logs, ring sizes and ski pistes.

Record format and conventions (those of v11)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order) or `<source>-<language>-<row>`; records are shuffled with the seed.
    Sidecar (--values-out): line i holds {"values": [...]} for record i, one entry per span in order:
    {"kind", "mode", "text"}; PHONE entries add region, e164 and area_len (phonenumbers.
    length_of_geographical_area_code of the full number). PHONE modes: international (+CC, 00CC or a US
    writer's 011; every AT, AU, BE, CH and IE number is written so), national, local-announced (announced
    by a phrasing of phrasings.py), list-entry (a roster of rosters.py under its heading) and other
    (toll-free, shared-cost, UAN and premium numbers, in national form). A subscriber-only number is a
    valid full number with its geographic area code cut off, never starting with 0 or 1, and is written so
    only for US, GB, DE, NL, BR and IN (IN: 75 % of announced slots, 80 % of roster slots, the rest full
    national, mostly mobiles); FR, ES and IT announced and roster numbers are full national numbers. In
    AT/CH/BE/AU/IE documents the announced, roster, national and service numbers are those of the
    neighbouring plan (DE, FR, NL, GB, and IT for it_CH). The value includes a + or 00/011 prefix, the US
    "1-" prefix, a (0) trunk marker or area-code parentheses, never the context word or trailing
    punctuation; every full number round-trips through phonenumbers as valid for its region. Other modes:
    EMAIL personal/role, CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa, Mastercard 5x/2x, Amex,
    Discover, RuPay-range, Elo prefixes), IBAN grouped/compact (mod-97-valid; FR RIB key, ES control
    digits, IT CIN, BE national check and NL eleven-test computed; DE, AT, CH, GB, IE, BR mod-97 only),
    US_SSN dashed/spaced (SSA rules, en_US only), IP_ADDRESS v4/v6 (some private v4).

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, genres_*.py, neg_*.py); no
    Faker. Phone validity, e164 and area_len: phonenumbers (Apache-2.0). Corpus negatives, untouched,
    from /work/shared/data (SOURCES.md), none from a file v11 used except the multilingual HateCheck
    files (v11's rows there were not known to this writer, so a few may repeat): GSM8K train questions 45
    (openai/grade-school-math, MIT), MATH-500 problems 25 (openai/prm800k via
    ZubinGou/math-evaluation-harness, MIT), hh-rlhf harmless-base test dialogues ("chosen") 35
    (anthropics/hh-rlhf, MIT), HateCheck English cases 15 (paul-rottger/hatecheck-data, CC BY 4.0) and
    Multilingual HateCheck cases 30 (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French,
    Spanish, Italian, Dutch and Portuguese 5 each); only texts of at most 1,500 characters with a digit,
    no "@", "http" or "www.", no seven or more digits in one run or in one run of digits joined by spaces,
    dashes, dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the
    (decompressed) JSONL file, or 0-based data row of the CSV. hh-rlhf and HateCheck texts can be
    offensive; they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v12.make_heldout_set        (or the path
        benchmarks/pii_v12/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v12.checks [RECORDS [VALUES]]   (default: the v12 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v12.stats [RECORDS [VALUES]]   (default: the v12 files)
"""

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v12"

from benchmarks.pii_v12.plan import SEED, build  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v12.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v12_values.jsonl"


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=RECORDS)
    ap.add_argument("--values-out", type=Path, default=VALUES)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records, sidecar, _ledgers = build(args.seed)
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, sidecar)
    print("wrote %d records to %s and %s" % (len(records), args.out, args.values_out))


if __name__ == "__main__":
    main()
