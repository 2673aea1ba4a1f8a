"""Write tests/data/pii_heldout_v11.jsonl: an eleventh, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v10/), README.md, ARCHITECTURE.md or DESIGN.md. What was read, all
    of it: the module docstring of benchmarks/pii_v10/make_heldout_set.py as handed over in a separate text
    file (record and sidecar format, labelling conventions, region rules, genres, phrasing placements and
    negative kinds to avoid), the first two lines of tests/data/pii_heldout_v10.jsonl and of
    tests/data/pii_heldout_v10_values.jsonl (format only), the [tool.ruff] section of pyproject.toml (line
    length 110), /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from. Seen in
    passing: directory listings (benchmarks/, /work/shared/data/) and `git status --short`; git history and
    diffs were not looked at. No PII detector (the project's or Presidio) was run on this set while it was
    made, so nothing here was tuned towards or away from what any detector catches. The only screens are
    this package's guards (guards.py), the rules v10 describes: unlabelled text may hold no '@', no
    Luhn-valid 13-19 digit run (every run of whole digit groups joined by spaces, tabs or dashes, and every
    13-19 digit slice of one group), no mod-97-valid IBAN, no SSA-valid 3-2-4 SSN shape, no dotted quad with
    four parts 0-255 and no token that parses as IPv6; a document that trips one is drawn again. Phone-like
    negatives are never screened as phones. Everything was written fresh for this set: number plans and how
    each region's writers put numbers down (phones.py), people, towns and e-mail habits (locales.py), the
    announcing phrasings (phrasings.py), other value lines and roster heads (value_lines.py), values
    (values.py), genres (genres_en.py, genres_eu.py, genres_south.py, registered in genres.py), hard
    negatives (neg_labelled.py, neg_tables.py with vocab.py, neg_patterns.py and neg_patterns2.py with
    patterns_values.py, registered in negatives.py), value blocks and rosters (blocks.py), documents
    (builder.py, fmt.py) and corpus negatives (corpus.py); checks.py and stats.py re-check the files and
    count them.

Genres (113 with values, 22 negative-only), none in v10's lists
    English US: dog-park committee, Little League concession stand, community theater, fire-auxiliary
    pancake breakfast, book club, neighborhood watch, scout popcorn sale, food pantry, band boosters, square
    dance. GB: Women's Institute, cricket teas rota, village panto, brass band, Brownies, repair café, bowls
    club, litter pick, community fridge, beer festival. India, English: Ganesh Utsav committee, lane
    cricket, alumni reunion, blood donation camp, school science exhibition, society Holi; Hinglish: kitty
    party, sangeet practice, turf football, domestic-help updates; Devanagari Hindi: bhajan sandhya,
    gaushala seva, kabaddi, village library. Australians in London (GB numbers): netball, surf life saving
    reunion, Anzac Day dawn service. Irish in Britain (GB numbers): feis, St Patrick's parade float,
    Gaeltacht summer course. German: Imkerverein, Tafel, Nachbarschaftshilfe, Kita-Elternbeirat,
    Sportabzeichen, Maibaum, Weihnachtsmarkt stall, Posaunenchor, Abschlussball, Kleiderkammer,
    Fahrradwerkstatt; Austrians in Bavaria (German numbers): Musikkapelle friends, Almabtrieb trip,
    Eisstockschießen; Swiss in Baden-Württemberg (German numbers): Turnverein, Schwingfest trip,
    Räbeliechtli. French: fanfare, bridge club, Téléthon, Fête de la musique, photo club, firemen's
    calendars, amateur theatre, Restos du cœur, tarot club, gym volontaire; Belgians in the Nord (French
    numbers): Binche carnival trip, balle pelote, patro camp; Swiss in Savoy (French numbers): désalpe,
    Escalade. Spanish: peña flamenca, cofradía, time bank, tamborrada, padel league, residents'
    association, Reyes cabalgata, castellers, tuna. Italian: presepe vivente, banda, Pro Loco, bocce, GAS,
    protezione civile, carnival floats, blood donors, fantacalcio; Ticinesi in Lombardy (Italian numbers):
    castagnata, risotto carnival. Dutch: Sinterklaas intocht, ijsclub, scouting, dorpshuis, rowing club,
    buurtpreventie, voedselbank, harmonie, oud papier; Flemings in Dutch border towns (Dutch numbers): chiro,
    fanfare, pigeon fanciers. Brazilian Portuguese: capoeira, várzea football, mutirão, book club,
    community cursinho, residents' association, truco, forró classes, fishing trip.
    Negative-only (the tables below, in the document's language): bowling scores, golf scorecards,
    setlists, bake-sale takings, fixtures, meter readings, garden bird counts, library returns, volunteer
    hours, store-cupboard stock, bridge pairs results, cricket scorecards, resident parking permits, club
    rides, hall bookings, household budgets, a tool library, dog-show rings, pigeon-race results, sunrise
    and sunset, sweepstake draws, pet vaccinations.
    Locales: en_US, en_GB, en_IN (Hinglish and Hindi documents too), en_AU, en_IE, de_DE, de_AT, de_CH,
    fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH (new), nl_NL, nl_BE, pt_BR; corpus texts carry their language
    (en, de, fr, es, it, nl, pt).

Counts (seed 10011; `python -m benchmarks.pii_v11.stats` recomputes them)
    1,200 documents: 600 with values, 450 synthetic negative-only (225 in the genres above, 225 in the
    negative-only genres), 150 corpus negatives. Locales: en_GB 127, de_DE 121, en_IN 116, fr_FR 102,
    en_US 100, nl_NL 99, pt_BR 86, it_IT 67, es_ES 61, de_AT 34, de_CH 33, en_IE 25, nl_BE 23, fr_CH 17,
    en_AU 17, fr_BE 12, it_CH 10, en 105, de 8, fr 8, es 8, pt 7, nl 7, it 7.
    1,855 values: PHONE 1,393 (local-announced 485, national 438, list-entry 255, international 135, other
    80; regions DE 205, GB 203, FR 177, NL 148, IN 142, BR 129, US 125, IT 115, ES 85, CH 17, AU 16, BE 11,
    AT 10, IE 10), EMAIL 189 (personal 110, role 79), IP_ADDRESS 110 (v4 79, v6 31), IBAN 62 (grouped 53,
    compact 9), CREDIT_CARD 57 (grouped 30, compact 14, dashed 13), US_SSN 44 (dashed 36, spaced 8).
    Local-announced: subscriber-only for DE 89, GB 72, NL 51, BR 48, US 46, IN 39; full national for FR 58,
    IT 45, ES 24, IN 13. By phrase language: English 144, German 89, French 58, Dutch 51, Portuguese 48,
    Italian 45, Spanish 24, Hinglish 15, Hindi 11. By placement: before 54, question and answer 51, form
    field 48, SMS 47, reported speech 46, after 44, voicemail 37, chat 36, parenthesis 35, line above 34,
    postscript 33, note 20. List entries: subscriber-only NL 38, GB 34, BR 30, US 29, DE 23, IN 22; full
    national FR 31, ES 23, IT 20, IN 5.
    104 announcing phrasings, all used (English 18, German 14, French 12, Spanish, Italian, Dutch and
    Portuguese 11 each, Hinglish 8, Hindi 8), placed before or after the number, as a form field, in
    reported speech, on the line above, as question and answer, SMS, voicemail, a chat-log line, a
    postscript, a note on a fridge or door, or in parentheses.
    140 kinds of hard negative, all used, 2,864 uses (1,308 inside documents with values, 1,556 in
    negative-only documents). 42 kinds (1,072 uses) are phone-shaped digit groups under a label that says
    what they are, in the document's language (electricity and water meter, parcel tracking, order,
    invoice, customer, insurance policy, claim, booking, boiler serial, parking permit, warranty
    registration, lottery ticket, wheelie-bin tag, school admission, gas consumer, contract, direct-debit
    mandate, delivery note, food-bank card, police incident, planning application, hearing-aid serial,
    asset tag, cloakroom ticket, standing order, card-terminal transaction, receipt, router serial,
    applicant, appointment, catalogue, support ticket, engine, vet patient, grave plot, competition entry,
    ear tag, pension plan, lease, fee receipt and tyre-storage numbers, e.g. "Zählernummer Strom: 08 35 48 88
    40", "Lottery ticket no. 314-4064 (please keep)", or the label with the number on
    the next line); 22 kinds (337 uses) are the tables above, two of them with phone-shaped columns
    (parking permits under a header that names them, a tool library's asset tags with no header at all);
    76 kinds (1,455 uses) are patterned: commit hashes, checksums, app versions, age ranges, discount
    ranges, clothing sizes, Pantone colours, vintages, gear ratios, knitting gauges, needle sizes, dye lots,
    sewing patterns, chess openings, bridge contracts, golf handicaps, cricket scores, bowling series, lap
    times, swim paces, heart-rate zones, cycling power, climbs, water hardness, pond chemistry, NPK,
    chlorine, noise limits, batteries, appliance ratings, fuses and RCDs, lumen and kelvin, laptop specs,
    broadband speeds, road exits, platforms, car-park levels, guest Wi-Fi names, SMS short codes, terms of
    office, anniversaries, house-number ranges, flats, map scales, camera exposure, sky coordinates, star
    ratings, vote tallies, agenda items, ISO standards, U-values, glasses prescriptions, Apgar scores, oven
    settings, cooking times, brewing gravities, coffee ratios, dough hydration, beehives, earthquakes, air
    quality, snow depths, avalanche levels, river gauges, roman-numbered events, BICs, invoice lines,
    Windows builds, hex error codes, boiler fault codes, bicycle frames, bar numbers, tempo and tuning,
    music grades, age groups, lottery draws.

Record format and conventions (those of v10)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order) or `<source>-<language>-<row>`; records are shuffled with the seed.
    Sidecar (--values-out): line i holds {"values": [...]} for record i, one entry per span in order:
    {"kind", "mode", "text"}; PHONE entries add region, e164 and area_len (phonenumbers.
    length_of_geographical_area_code of the full number). PHONE modes: international (+CC, 00CC or a US
    writer's 011; every AT, AU, BE, CH and IE number is written so), national, local-announced (announced
    by a phrasing of phrasings.py), list-entry (a roster as a pipe table, dotted leaders, tab-separated
    lines or bullets under a Phone tree/Telefonkette/Liste téléphonique/Lista de teléfonos/Elenco
    telefonico/Belboom/Lista de telefones/फ़ोन सूची-style heading) and other (toll-free, shared-cost, UAN and
    premium numbers, in national form). A subscriber-only number is a valid full number with its
    geographic area code cut off, never starting with 0 or 1, and is written so only for US, GB, DE, NL, BR
    and IN (IN: 75 % of announced slots, 80 % of roster slots, the rest full national, mostly mobiles); FR,
    ES and IT announced and roster numbers are full national numbers. In AT/CH/BE/AU/IE documents the
    announced, roster, national and service numbers are those of the neighbouring plan (DE, FR, NL, GB, and
    IT for it_CH). The value includes a + or 00/011 prefix, the US "1-" prefix, a (0) trunk marker or
    area-code parentheses, never the context word or trailing punctuation; every full number round-trips
    through phonenumbers as valid for its region from the writer's plan. Other modes: EMAIL personal/role,
    CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa, Mastercard 5x/2x, Amex, Discover, RuPay-range,
    Elo prefixes), IBAN grouped/compact (mod-97-valid; FR RIB key, ES control digits, IT CIN, BE national
    check and NL eleven-test computed; DE, AT, CH, GB, IE, BR mod-97 only), US_SSN dashed/spaced (SSA
    rules, en_US only), IP_ADDRESS v4/v6 (some private v4).

Sources and licences
    People, towns, e-mail domains and words are our own short lists (locales.py, genres.py, vocab.py,
    neg_tables.py); no Faker. Phone validity, e164 and area_len: phonenumbers (Apache-2.0). Corpus
    negatives, untouched, from /work/shared/data (SOURCES.md), none of them sources v10 used: GSM8K test
    questions 45 (openai/grade-school-math, MIT), AIME 2024 problems 12 and AMC 2023 problems 13
    (QwenLM/Qwen2.5-Math evaluation data, MIT), OpenAI moderation samples 35 (openai/moderation-api-release,
    MIT) and Multilingual HateCheck cases 45 (rewire-online/multilingual-hatecheck, CC BY 4.0: German,
    French and Spanish 8 each, Italian, Dutch and Portuguese 7 each); only texts of at most 1,500
    characters with a digit, no "@", "http" or "www.", no seven or more digits in one run or in one run of
    digits joined by spaces, dashes, dots, slashes or parentheses, and nothing the guards flag. Row =
    0-based line of the (decompressed) JSONL file, or 0-based data row of the CSV. Moderation and HateCheck
    texts can be offensive; they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v11.make_heldout_set        (or the path
        benchmarks/pii_v11/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v11.checks [RECORDS [VALUES]]   (default: the v11 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v11.stats [RECORDS [VALUES]]   (default: the v11 files)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v11"

from benchmarks.pii_v11.builder import Doc, build_synthetic  # noqa: E402
from benchmarks.pii_v11.corpus import corpus_records  # noqa: E402

SEED = 10011
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "pii_heldout_v11.jsonl"
VALUES_OUT = ROOT / "tests" / "data" / "pii_heldout_v11_values.jsonl"
N_POS, N_GENRE_NEG, N_TABLE_NEG = 600, 225, 225


def build(seed: int = SEED) -> tuple[list[dict], list[dict], list[Doc]]:
    """(records, sidecar lines, synthetic documents with their build log), records shuffled."""
    rng = random.Random(seed)
    docs = build_synthetic(rng, N_POS, N_GENRE_NEG, N_TABLE_NEG)
    pairs = [(d.record(), {"values": d.values}) for d in docs]
    pairs += [(r, {"values": []}) for r in corpus_records(rng)]
    rng.shuffle(pairs)
    return [p[0] for p in pairs], [p[1] for p in pairs], docs


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--values-out", type=Path, default=VALUES_OUT)
    args = ap.parse_args(argv)
    records, values, _ = build()
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, values)
    print(f"wrote {len(records)} records to {args.out} and their values to {args.values_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
