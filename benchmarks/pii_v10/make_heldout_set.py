"""Write tests/data/pii_heldout_v10.jsonl: a tenth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v9/). What was read, all of it: the module docstring of
    benchmarks/pii_v9/make_heldout_set.py (extracted alone with ast.get_docstring: record and sidecar format,
    labelling conventions, region rules, genres to avoid), the first two lines of
    tests/data/pii_heldout_v9.jsonl and of tests/data/pii_heldout_v9_values.jsonl (format only), the
    [tool.ruff] section of pyproject.toml (line length), /work/shared/data/SOURCES.md and the raw data files
    the corpus negatives come from. Seen in passing: directory listings (benchmarks/, the file names in
    benchmarks/pii_v9/ and tests/data/, /work/shared/data/) and `git status --short`; git history and diffs
    were not looked at, README.md was not read. No PII detector was run on this set while it was made, so
    nothing here was tuned towards or away from what any detector catches. The only screens are this
    package's guards (guards.py), the same rules v9 describes: unlabelled text may hold no '@', no Luhn-valid
    13-19 digit run (every run of whole space/dash groups, and every 13-19 digit slice of one group), no
    mod-97-valid IBAN, no SSA-valid 3-2-4 SSN shape, no dotted quad with four parts 0-255 and no token that
    parses as IPv6; a document that trips one is drawn again. Phone-like negatives are never screened as
    phones. Everything was written fresh for this set: number plans and how each region writes its numbers
    (phones.py), people and places (locales.py), value lines (contexts.py), other values (values.py), the
    announcing phrasings (phrases.py), genres (genres_en.py, genres_de_fr.py, genres_south_nl.py,
    neg_genres.py), hard negatives (neg_labelled.py, neg_patterns.py, neg_patterns2.py, neg_patterns3.py,
    neg_tables.py, registered in negatives.py), value blocks and rosters (blocks.py), documents (builder.py)
    and corpus negatives (corpus.py); checks.py and stats.py re-check the files and count them.

Genres (111 with values, 22 negative-only), none in v9's genre lists
    English US: quilting guild, church potluck, HOA snow plowing, farmers-market vendors, Habitat build crew,
    swim-meet carpool, roller derby, ham-radio field day, genealogy society, yard-sale trail. GB: bell-ringing
    rota, pub quiz league, narrowboat share, village-hall hire, footpath wardens, morris side, orchard
    wassail, lifeboat fundraiser, community choir, cycling sportive. India, English: RWA water tanker,
    coaching-institute batches, yoga camp, school van pool, tiffin service, mehendi bookings; Hinglish:
    society maintenance, gym membership, PG accommodation, office cab sharing; Devanagari Hindi: Ramlila
    samiti, milk supply, kisan mela, silai kendra. Australians in London (GB numbers): Aussie rules club,
    Australia Day barbecue, Ashes supporters' coach. Northern Ireland (Irish writers, GB numbers): camogie
    club, trad session, county show. German: Schützenfest, Karnevalsverein, Lauftreff, Schachverein,
    Kegelclub, Dorffest, Bürgerbus, Hausaufgabenhilfe, Hofflohmarkt, Osterfeuer, Feuerwehr open day; Austria
    (German numbers): Krampuslauf, Skiclub-Ausfahrt, Bauernmarkt; Switzerland (German numbers):
    Fasnachtsclique, Jodlerklub, Hornussen. French: pétanque, vide-grenier, comité des fêtes, AMAP,
    randonnée, jumelage, Scrabble, chorale, ludothèque, atelier couture; Belgium (French numbers): marche
    ADEPS, kermesse, cyclotourisme; Switzerland (French numbers): ski-club fondue, vendanges. Spanish: coro,
    fallas, romería, senderismo, huerto urbano, intercambio de idiomas, ajedrez, comparsa, mercadillo
    solidario. Italian: sagra, palio, corale, gruppo alpini, cineforum, orto sociale, escursioni, briscola,
    doposcuola. Dutch: carnavalsvereniging, koor, klaverjasclub, Koningsdag vrijmarkt, buurtbarbecue,
    avondvierdaagse, korfbal, tennisclub, kringloop; Flanders (Dutch numbers): schuttersgilde, kermis,
    wielerclub. Brazilian Portuguese: festa junina, bloco de carnaval, roda de samba, grupo de corrida, bazar
    beneficente, curso de violão, vaquinha, assembleia de condomínio, feira de artesanato.
    Negative-only: tide tables, ferry timetables, swimming galas, quiz-night scoresheets, auction catalogues,
    chess pairings, weather-station logs, lift-pass prices, cinema programmes, school period times, tree
    surveys, spare-parts lists, warehouse stock takes, fuel-price boards, bureaux de change, running splits,
    bus frequencies, parish census tables, garden-plot rents, concert programmes, clinic visit summaries,
    second-hand camera kit.
    Locales: en_US, en_GB, en_IN (Hinglish and Hindi documents too), en_AU, en_IE, de_DE, de_AT, de_CH,
    fr_FR, fr_BE, fr_CH, es_ES, it_IT, nl_NL, nl_BE, pt_BR ("en" for corpus texts).

Counts (seed 10010; `python -m benchmarks.pii_v10.stats` recomputes them)
    1,200 documents: 600 with values, 450 synthetic negative-only (225 in the genres above, 225 in the
    negative-only genres), 150 corpus negatives. Locales: de_DE 142, en_GB 138, en_US 115, fr_FR 99, en_IN 95,
    nl_NL 94, it_IT 74, es_ES 70, pt_BR 67, de_AT 28, de_CH 28, en_IE 22, fr_BE 21, nl_BE 21, en_AU 19,
    fr_CH 17, en 150.
    1,889 values: PHONE 1,398 (local-announced 485, national 451, list-entry 274, international 123, other
    65; regions DE 244, GB 234, FR 158, IN 152, US 142, NL 139, BR 97, IT 95, ES 78, CH 15, IE 14, AT 11,
    BE 10, AU 9), EMAIL 189 (personal 115, role 74), IP_ADDRESS 118 (v4 92, v6 26), IBAN 72 (grouped 63,
    compact 9), CREDIT_CARD 59 (dashed 22, compact 20, grouped 17), US_SSN 53 (dashed 38, spaced 15).
    Local-announced: subscriber-only for DE 89, GB 81, US 54, NL 52, IN 38, BR 32; full national for FR 63,
    ES 33, IT 30, IN 13. By phrase language: English 163, German 89, French 63, Dutch 52, Spanish 33,
    Portuguese 32, Italian 30, Hinglish 12, Hindi 11. By placement: before 104, after 72, form field 66,
    reported speech 56, line above 51, question and answer 47, SMS 45, voicemail 44. List entries:
    subscriber-only DE 50, GB 50, US 29, IN 26, BR 25, NL 20; full national FR 29, IT 27, ES 11, IN 7.
    104 announcing phrasings, all used (English 18, German 14, French 12, Spanish, Italian, Dutch and
    Portuguese 11 each, Hinglish 8, Hindi 8).
    142 kinds of hard negative, all used, 2,839 uses (1,168 inside documents with values, 1,671 in
    negative-only documents). 35 kinds (1,000 uses) are phone-shaped digit groups under a label that says
    what they are, in the document's language (membership, library-card, student, hospital, event-ticket,
    seed-lot, model, work-order, project, account, cheque, key-fob, voucher, exam-candidate, lab-sample,
    prescription, vaccine-lot, cadastral-plot, land-register, employee, payslip, tenancy, gas-safety,
    vehicle-test, fishing-licence, season-ticket, frequent-flyer, file-reference, donor, consignment,
    bike-frame, loan, hotel-folio, repair and athlete-licence numbers, e.g. "Matrikelnummer 056 04602135
    (bitte aufbewahren)", "Season ticket: 0798 9544402", or the label with the number on the next line);
    21 are tables and lists (tide times, ferry sailings,
    swimming-gala lanes, quiz scoresheets, auction lots with estimates, chess boards with ratings, weather
    logs, spare parts whose phone-shaped column is named only in the header, stock counts with bare
    phone-shaped article numbers and no header, fuel prices, currency boards, lift-pass prices, census by
    decade, cinema times, school periods, tree surveys, km splits, bus frequencies, garden-plot rents,
    winning raffle tickets, returned radio serials); 86 are patterned: numeric, ISO, slashed and long
    dates, time slots, opening hours, prices, unit prices, football and tennis scores, darts averages,
    dimensions, weights, GPS (decimal, DMS), ISBN-13/10, ISSN, EAN, UPC, postcodes/CEP/PIN, OS grid
    references, UTM, firmware versions, statistics, populations, summits, flights, trains, km markers, blood
    pressure, dosages, tyre sizes, statutes, court and claim numbers, terms of office, exchange rates, stock
    indices, hex colours, MAC addresses, radio frequencies, SKUs, customs codes, CAS numbers, patents, DOIs,
    ICD codes, containers, aircraft and vehicle registrations, shelf marks, race numbers, calendar weeks,
    PO boxes, company registers, VAT ids, interest rates, odometers, temperatures, hymn boards, BWV/KV/opus
    numbers, Bible references, video-meeting ids with passcodes, league-table lines, marathon chip times,
    recipes, turnout, page ranges, IMO and MMSI numbers, seats, floor areas, fuel consumption, raffle-ticket
    ranges, top speeds, screen resolutions, shoe sizes, pressure and wind, lens specs, screws, cable
    sizes, RAL colours, rainfall, room numbers and annual kWh.

Record format and conventions (those of v9)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order) or `<source>-en-<row>`; records are shuffled with the seed. Sidecar
    (--values-out): line i holds {"values": [...]} for record i, one entry per span in order: {"kind",
    "mode", "text"}; PHONE entries add region, e164 and area_len (phonenumbers.
    length_of_geographical_area_code of the full number). PHONE modes: international (+CC, 00CC or a US
    writer's 011; every AT, AU, BE, CH and IE number is written so), national, local-announced (announced
    by a phrasing of phrases.py), list-entry (a roster as a list, a table, dotted leaders or tab-separated
    lines under a Phone/Telefon/Téléphone/Teléfono/Telefono/Telefoon/Telefone/फ़ोन-style heading) and other
    (toll-free, shared-cost, premium and non-geographic numbers, in national form). A subscriber-only number
    is a valid full number with its geographic area code cut off, never starting with 0 or 1, and is written
    so only for US, GB, DE, NL, BR and IN (IN: 75 % of announced slots, 80 % of roster slots, the rest full
    national, mostly mobiles); FR, ES and IT announced and roster numbers are full national numbers. In
    AT/CH/BE/AU/IE documents the announced, roster, national and service numbers are those of the
    neighbouring plan (DE, FR, NL, GB). The value includes a + or 00/011 prefix, the US "1-" prefix, a (0)
    trunk marker or area-code parentheses, never the context word or trailing punctuation; every full number
    round-trips through phonenumbers as valid for its region from the writer's plan. Other modes: EMAIL
    personal/role, CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa, Mastercard 5x/2x, Amex, Discover,
    RuPay-range, Elo prefixes), IBAN grouped/compact (mod-97-valid; FR RIB key, ES control digits, IT CIN,
    BE national check and NL eleven-test computed; DE, AT, CH, GB, IE, BR mod-97 only), US_SSN dashed/spaced
    (SSA rules, en_US only), IP_ADDRESS v4/v6 (some private v4).

Sources and licences
    People, towns, e-mail domains and organisation words are our own short lists (locales.py, values.py,
    builder.py); no Faker. Phone validity, e164 and area_len: phonenumbers (Apache-2.0). Corpus negatives,
    untouched, from /work/shared/data (SOURCES.md): GSM8K train questions 40 (openai/grade-school-math, MIT),
    MATH-500 problems 35 (ZubinGou/math-evaluation-harness, MIT), hh-rlhf harmless-base test dialogues
    ("chosen") 30 (anthropics/hh-rlhf, MIT), HumanEval prompts 20 (openai/human-eval, MIT) and HateCheck test
    cases 25 (paul-rottger/hatecheck-data, CC BY 4.0); only texts of at most 1,500 characters with a digit,
    no "@", "http" or "www.", no seven or more digits in one run or in one run of digits joined by spaces,
    dashes, dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the
    (decompressed) JSONL file, or 0-based data row of the CSV. hh-rlhf and HateCheck texts can be offensive;
    they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v10.make_heldout_set        (or the path
        benchmarks/pii_v10/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v10.checks [RECORDS [VALUES]]   (default: the v10 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v10.stats [RECORDS [VALUES]]   (default: the v10 files)
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

if __package__ in (None, ""):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v10"

from benchmarks.pii_v10.builder import Builder  # noqa: E402
from benchmarks.pii_v10.corpus import corpus_records  # noqa: E402

SEED = 10010
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v10.jsonl"
VALUES_OUT = ROOT / "tests/data/pii_heldout_v10_values.jsonl"


def build(seed: int = SEED) -> tuple[list[dict], list[dict], list[list[str]]]:
    """Records, sidecar lines and the hard-negative kinds used in each record, in shuffled order."""
    items = Builder(seed).build()
    items += [{"record": r, "values": {"values": []}, "negs": []} for r in corpus_records(seed)]
    random.Random(seed).shuffle(items)
    return [i["record"] for i in items], [i["values"] for i in items], [i["negs"] for i in items]


def dump(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--values-out", type=Path, default=VALUES_OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    records, values, _ = build(args.seed)
    dump(records, args.out)
    dump(values, args.values_out)
    print("wrote %d records to %s and %s" % (len(records), args.out, args.values_out))


if __name__ == "__main__":
    main()
