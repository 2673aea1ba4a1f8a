"""Write tests/data/pii_heldout_v9.jsonl: a ninth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v8/). What was read, all of it: the module docstring of
    benchmarks/pii_v8/make_heldout_set.py (extracted alone with ast.get_docstring: record and sidecar
    format, labelling conventions, region rules, genres to avoid), the first two lines of
    tests/data/pii_heldout_v8.jsonl and of tests/data/pii_heldout_v8_values.jsonl (format only), the
    [tool.ruff] section of pyproject.toml (line length), /work/shared/data/SOURCES.md and the raw data files
    the corpus negatives come from. Seen in passing: directory listings (the repository root, benchmarks/,
    the file names in benchmarks/pii_v8/ and tests/data/) and the output of one `git status --short`; git
    history and diffs were not looked at, README.md was not read. No PII detector was run on this set while
    it was made, so nothing here was tuned towards or away from what any detector catches. The only
    screens are this package's guards (guards.py): unlabelled text may hold no '@' at all, no Luhn-valid
    13-19 digit run (every run of whole space/dash groups, and every 13-19 digit slice of one group), no
    mod-97-valid IBAN, no SSA-valid 3-2-4 SSN shape, no dotted quad with all parts 0-255 and no token that
    parses as IPv6; a document that trips one is drawn again. Phone-like negatives are never screened.
    Everything was written fresh for this set: number plans (phones.py) and how each region writes them
    (phone_format.py), people and places (locales.py), value lines (contexts.py), other values
    (values.py), the announcing phrasings (phrases_a.py, phrases_b.py), genres (genres_en.py,
    genres_de_fr.py, genres_south.py, genres_nl_neg.py, read by genres_parse.py), hard negatives
    (neg_labelled.py, neg_patterns.py, neg_patterns2.py, neg_tables.py, registered in negatives.py),
    exact value quotas (recipes.py) and documents (builder.py, corpus.py); checks.py and stats.py re-check
    the files and count them.

Genres (132 with values, 21 negative-only), none in v8's genre lists
    English US: beekeepers' swarm lists, Little League concession stands, free tax-clinic intake, fishing
    charters, antique-auto rallies, band boosters, fire-company pancake breakfasts, 4-H fair entries,
    community-theatre auditions, ice-fishing derbies, rescue adoption days, square-dance callers, RV-park
    reservations, daycare enrolment, rental applications, hunting leases. GB: allotment waiting lists,
    cricket teas rotas, model-railway exhibitions, sailing race duty, brass-band engagements, am-dram
    contact sheets, open dog shows, bridge partnership desks, fell-race marshals, charity-shop rotas,
    repair cafés, scout-camp kit lists, rugby minibuses, book groups, panto rehearsals. India, English:
    wedding caterers, cricket-nets bookings, chemist home delivery, Ganesh pandal committees, blood-donation
    camps, CA GST reminders, hostel mess committees; Hinglish: kirana udhaar khata, scooty service cards,
    boutique stitching slips, kitty parties; Devanagari Hindi: puja bookings, tent-house bookings, sabzi
    mandi notices. Australians in London (GB numbers): Anzac dawn service, working-holiday tax refunds,
    school reunions, overseas voting. Ireland (border counties, GB numbers): hurling-club lotto, feis
    entries, Knock pilgrimage bus, sheepdog trials. German: Kleingartenverein, Fahrgemeinschaft, Tafel,
    Töpferkurs, Imkerverein, Posaunenchor, Kita-Elternbeirat, Ferienwohnung, Fahrradwerkstatt,
    Erste-Hilfe-Kurs, Laternenumzug, Angelverein, Tischtennisverein, Segelflugverein; Austria (German
    numbers): Almhütte, Maturaball, Musikkapelle; Switzerland (German numbers): Schwingfest, Alpabfahrt,
    Turnverein. French: théâtre amateur, covoiturage, société mycologique, atelier vélo, banque alimentaire,
    club de lecture, gîte, atelier informatique seniors, parents d'élèves, club photo, aviron; Belgium
    (French numbers): ramassage scolaire, basket, balade gourmande; Switzerland (French numbers): désalpe,
    curling. Spanish: hermandad de Semana Santa, astronomía, banco de alimentos, casa rural, peña de
    fútbol, autoescuela, campamento, protectora, pádel, cofradía de pescadores. Italian: festa di leva, Pro
    Loco, Grest, pesca di beneficenza, agriturismo, tombolata, banda musicale, trasloco, navetta anziani,
    vendemmia. Brazilian Portuguese: pelada, chá de bebê, capoeira, carona solidária, horta comunitária,
    despachante, festa de 15 anos, mutirão, banho e tosa, aluguel de brinquedos. Dutch: volkstuin,
    zwemvereniging, voedselbank, ijsclub, roeivereniging, vakantiehuisje, Sinterklaasintocht,
    buurtpreventie, scouting, fietsenmaker; Flanders (Dutch numbers): duivenbond, Chiro, fanfare.
    Negative-only: train timetables, draw results, bar price lists, league tables, library acquisitions,
    market summaries, election results, product data sheets, meter-reading overviews, bus departures,
    parcel tracking, almanacs, stock lists, medication plans, mileage logbooks, golf scorecards, exam
    marks, cricket scorecards, municipal statistics, lab reports, insurance claim histories.
    Locales: en_US, en_GB, en_IN (Hinglish and Hindi documents too), en_AU, en_IE, de_DE, de_AT, de_CH,
    fr_FR, fr_BE, fr_CH, es_ES, it_IT, nl_NL, nl_BE, pt_BR ("en" for corpus texts).

Counts (seed 9009; `python -m benchmarks.pii_v9.stats` recomputes them)
    1,200 documents: 600 with values, 450 synthetic negative-only (225 in the genres above, 225 in the
    negative-only genres), 150 corpus negatives. Locales: en_GB 144, de_DE 132, en_IN 123, en_US 119,
    fr_FR 96, nl_NL 85, pt_BR 80, it_IT 71, es_ES 67, de_CH 25, en_IE 25, fr_BE 24, en_AU 17, de_AT 17,
    nl_BE 16, fr_CH 9, en 150.
    1,816 values: PHONE 1,366 (national 450, local-announced 425, list-entry 291, international 120,
    other 80; regions GB 237, DE 229, IN 196, US 144, FR 136, NL 134, BR 93, ES 79, IT 78, AT 14, CH 10,
    AU 7, IE 5, BE 4), EMAIL 175 (personal 100, role 75), IP_ADDRESS 110 (v4 85, v6 25), IBAN 70 (grouped
    60, compact 10), CREDIT_CARD 50 (grouped 19, compact 18, dashed 13), US_SSN 45 (dashed 37, spaced 8).
    Local-announced: subscriber-only for DE 81, GB 63, IN 60, US 53, BR 38, NL 28; full national for
    FR 40, IT 29, ES 19, IN 14. By phrase language: English 149, German 81, French 40, Portuguese 38,
    Italian 29, Dutch 28, Hindi 24, Spanish 19, Hinglish 17. By placement: before 109, after 65, line
    above 63, question and answer 53, voicemail 47, reported speech 45, SMS 43. List entries:
    subscriber-only GB 67, DE 50, NL 39, IN 34, US 23, BR 19; full national FR 24, ES 21, IT 10, IN 4.
    101 announcing phrasings, all used (English 16, German 13, French 12, Spanish, Italian, Dutch and
    Portuguese 11 each, Hinglish 8, Hindi 8).
    106 kinds of hard negative, all used, 2,886 uses (1,078 inside documents with values, 1,808 in
    negative-only documents): 28 kinds (1,042 uses) are phone-shaped digit groups under a label that says
    what they are (customer, order, invoice, case, support-ticket, serial, batch, meter, rewards-card,
    employer-tax, tracking, policy, contract, booking, claim, part, catalogue, delivery-note, quote,
    permit, warranty, transaction, pallet, asset-tag, payment-reference, pickup-code, inspection and
    reading numbers, e.g. "Kundennummer: 0341 882910", "Parcel locker code 98450 12345", in the document's
    language); 11 are tables (league tables, meter logs, article lists and shipment tables whose
    phone-shaped column is named only in the header row, stop times, race results, price lists, distance
    tables, draw histories, bowling scores and monthly readings with no header at all); 67 are patterned:
    lotto draws, match results, cricket scores, departure rows, dimensions, ISBN-13/10, EAN, GPS
    (decimal, DMS), bank/branch codes, postcodes/CEP/PIN, numeric dates, money, opening hours, meter
    readings, page ranges, flights, trains, street addresses, percentages, elevations, populations,
    odometers, blood pressure, dosages, tyre sizes, firmware versions, statute references, court dockets,
    year ranges, exchange rates, stock indices, hex colours, MAC addresses, radio frequencies, SKUs, HS
    codes, E numbers, CAS numbers, patents, DOIs, ICD codes, PZN, containers, aircraft and vehicle
    registrations, shelf marks, km markers, bibs, calendar weeks, PO boxes, company registers, SIREN,
    VAT ids, race splits, bin locations, interest rates, marketplace orders, MPRN, log timestamps, raffle
    ticket ranges, recipes, temperatures, Wi-Fi channels, age groups and gauge readings.

Record format and conventions (those of v8)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order) or `<source>-en-<row>`; records are shuffled with the seed. Sidecar
    (--values-out): line i holds {"values": [...]} for record i, one entry per span in order: {"kind",
    "mode", "text"}; PHONE entries add region, e164 and area_len (phonenumbers.
    length_of_geographical_area_code of the full number). PHONE modes: international (+CC, 00CC or a US
    writer's 011; every AT, AU, BE, CH and IE number is written so), national, local-announced (announced
    by a phrasing of phrases_a/phrases_b), list-entry (a roster as a list, a table or dotted leaders under
    a Phone/Telefon/Téléphone/Teléfono/Telefono/Telefoon/Telefone/फ़ोन-style heading) and other
    (toll-free, shared-cost, premium and non-geographic numbers, in national form). A subscriber-only
    number is a valid full number with its geographic area code cut off, never starting with 0 or 1, and
    is written so only for US, GB, DE, NL, BR and IN (IN: 75 % of announced slots, 80 % of roster slots,
    the rest full national, mostly mobiles); FR, ES and IT announced and roster numbers are full national
    numbers. In AT/CH/BE/AU/IE documents the announced, roster, national and service numbers are those of
    the neighbouring plan (DE, FR, NL, GB). The value includes a + or 00/011 prefix, the US "1-" prefix, a
    (0) trunk marker or area-code parentheses, never the context word or trailing punctuation; every full
    number round-trips through phonenumbers as valid for its region from the writer's plan. Other modes:
    EMAIL personal/role, CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa, Mastercard 5x/2x, Amex,
    Discover, RuPay-range, Elo prefixes), IBAN grouped/compact (mod-97-valid; FR RIB key, ES control
    digits, IT CIN, BE national check and NL eleven-test computed; DE, AT, CH, GB, IE, BR mod-97 only),
    US_SSN dashed/spaced (SSA rules), IP_ADDRESS v4/v6 (some private v4).

Sources and licences
    People, towns, e-mail domains and organisation words are our own short lists (locales.py, values.py);
    no Faker. Phone validity, e164 and area_len: phonenumbers (Apache-2.0). Corpus negatives, untouched,
    from /work/shared/data (SOURCES.md): GSM8K test questions 40 (openai/grade-school-math, MIT), AIME 2024
    problems 15 and AMC 2023 problems 20 (QwenLM/Qwen2.5-Math evaluation data, MIT), HumanEval prompts 25
    (openai/human-eval, MIT), HateCheck test cases 25 (paul-rottger/hatecheck-data, CC BY 4.0) and OpenAI
    moderation samples 25 (openai/moderation-api-release, MIT); only texts of at most 1,500 characters with
    a digit, no "@", "http" or "www.", no seven or more digits in one run or in one run of digits joined by
    spaces, dashes, dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the
    (decompressed) JSONL file, or 0-based data row of the CSV. HateCheck and moderation texts can be
    offensive; they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v9.make_heldout_set        (or the path
        benchmarks/pii_v9/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v9.checks tests/data/pii_heldout_v9.jsonl \
        tests/data/pii_heldout_v9_values.jsonl
    nice -n 19 .venv/bin/python -m benchmarks.pii_v9.stats tests/data/pii_heldout_v9.jsonl \
        tests/data/pii_heldout_v9_values.jsonl
"""

import argparse
import json
import os
import random
import sys

if __package__ in (None, ""):  # run as a path: make the repository root importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    __package__ = "benchmarks.pii_v9"

from benchmarks.pii_v9 import genres_de_fr, genres_en, genres_nl_neg, genres_south  # noqa: E402
from benchmarks.pii_v9.builder import negative, positive, reset_decks, screened  # noqa: E402
from benchmarks.pii_v9.corpus import corpus_records  # noqa: E402
from benchmarks.pii_v9.locales import LOCALES, WEIGHTS  # noqa: E402
from benchmarks.pii_v9.recipes import recipes  # noqa: E402

SEED = 9009
N_POS, N_NEG_FROM_POS, N_NEG_ONLY = 600, 225, 225
GENRES = genres_en.GENRES + genres_de_fr.GENRES + genres_south.GENRES + genres_nl_neg.GENRES
POS_GENRES = [g for g in GENRES if not g["prefer"]]
NEG_GENRES = [g for g in GENRES if g["prefer"]]


def _weighted_genres(rng, n):
    locs = sorted(WEIGHTS)
    picks = rng.choices(locs, weights=[WEIGHTS[x] for x in locs], k=n)
    return [rng.choice([g for g in POS_GENRES if g["locale"] == loc]) for loc in picks]


def build(seed=SEED):
    """(records, sidecars, docs): docs keeps the bookkeeping (None for corpus texts)."""
    rng = random.Random(seed)
    reset_decks()
    pos_plan = POS_GENRES * 2 + _weighted_genres(rng, N_POS - 2 * len(POS_GENRES))
    neg_plan = _weighted_genres(rng, N_NEG_FROM_POS)
    neg_only = (NEG_GENRES * (N_NEG_ONLY // len(NEG_GENRES) + 1))[:N_NEG_ONLY]
    cards = recipes(rng, pos_plan, [LOCALES[g["locale"]][0] for g in pos_plan])
    docs = [screened(rng, positive, g, r) for g, r in zip(pos_plan, cards, strict=True)]
    docs += [screened(rng, negative, g) for g in neg_plan + neg_only]
    rows = []
    for n, doc in enumerate(docs, 1):
        rec = {
            "id": "%s-%s-%s-%d" % (doc.locale, doc.kind, doc.genre, n),
            "locale": doc.locale,
            "text": doc.text,
            "spans": doc.spans,
        }
        rows.append((rec, {"values": [v.sidecar() for v in doc.values]}, doc))
    rows += [(rec, {"values": []}, None) for rec in corpus_records(rng)]
    rng.shuffle(rows)
    for rec, side, _ in rows:
        check(rec, side)
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def check(rec, side):
    spans = rec["spans"]
    assert len(spans) == len(side["values"]), rec["id"]
    last = 0
    for sp, v in zip(spans, side["values"], strict=True):
        assert sp["kind"] == v["kind"] and sp["start"] >= last, rec["id"]
        assert rec["text"][sp["start"] : sp["end"]] == v["text"], rec["id"]
        last = sp["end"]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="tests/data/pii_heldout_v9.jsonl")
    ap.add_argument("--values-out", default="tests/data/pii_heldout_v9_values.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records, sidecars, _ = build(args.seed)
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, sidecars)
    print("wrote %d records to %s and %s" % (len(records), args.out, args.values_out))


if __name__ == "__main__":
    main()
