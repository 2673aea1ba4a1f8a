"""Write tests/data/pii_heldout_v8.jsonl: an eighth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code
    (nothing under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v7/). Of benchmarks/pii_v7/ only the module docstring of
    make_heldout_set.py was read: for the record and sidecar format, the labelling conventions, the
    region rules and the genres to avoid. Git history and diffs were not looked at. No PII detector was
    run on this set while it was made, so nothing here was tuned towards or away from what any detector
    catches. The only screens are this package's own guards (guards.py): unlabelled text may hold no '@'
    at all, no Luhn-valid 13-19 digit run (every run of whole space/dash groups, and every 13-19 digit
    slice of one group), no mod-97-valid IBAN, no SSA-valid 3-2-4 SSN shape, no dotted quad with all
    parts 0-255 and no parsable IPv6; a document that trips one is drawn again. Phone-like negatives are
    never screened: they are the point. Templates (genres_en.py, genres_eu.py, genres_more.py), the
    announcing phrases (phrases_a.py, phrases_b.py), labels (locales.py), number ranges (phones.py) and
    the hard negatives (neg_table.py, negatives.py) were all written fresh for this set.

Genres (112 with values, 20 negative-only), none in v7's genre lists
    English US: dog-walker schedules, piano recital programmes, babysitting co-op ledgers, HOA paint
    requests, food-truck permits, estate-sale flyers, chimney-sweep invoices, snow-plough contracts,
    bowling-league sheets, quilting-guild newsletters, storage-unit leases, church potluck sign-ups,
    roofing warranty letters, lawn-care route sheets. GB: bell-ringing rotas, parish-magazine small ads,
    village-hall booking forms, window-cleaner rounds, pub-quiz leagues, towpath mooring permits, uniform
    swap shops, MOT reminders, WI minutes, farm-shop veg-box orders, care-home visiting slots, ukulele
    groups, library seed swaps. India (English, Hinglish, Devanagari Hindi): tiffin services, tuition
    pamphlets, RWA circulars, mehendi-artist cards, auto-rickshaw union notices, gym membership slips,
    doodhwala bills, PG room listings, temple donation receipts, mobile-repair job cards, yoga-camp
    registrations, coaching admit notices. Australia (Australians in Britain): cricket-tour notes,
    Kent fruit-picking job boards, London flatshares, expat footy club. Ireland (Donegal/Derry, Northern
    Ireland numbers): GAA fixture sheets, silage contractors, céilí band bookings, hill-walking clubs.
    German: Nachhilfe-Aushang, Feuerstättenschau, Vereinsheim-Miete, Hofflohmarkt, Hundebetreuung,
    Kammerchor, Treppenhausreinigung, Schuhmacher-Auftrag, Schützenfest-Helfer, Nachbarschaftshilfe,
    Heizöl-Sammelbestellung, Skatrunde; Austria (German numbers): Heuriger, Kinderskikurs, Feuerwehrfest;
    Switzerland (German numbers): Chorreise, Jodlerklub, Mittagstisch; (French numbers) cours de ski,
    troc de jouets. French: cours de piano, AMAP, vide-grenier, garde partagée, chorale, pétanque,
    ramonage, fête des voisins, cours de FLE, randonnée; Belgium (French numbers): souper moules-frites
    de l'école, cyclotourisme, marché de Noël. Spanish: peña ciclista, academia de inglés, junta de
    vecinos, flamenco, coro parroquial, reparto de leña, fiestas patronales. Italian: avviso condominio,
    palestra comunale, corso di cucina, sagra, coro, ripetizioni, noleggio barche. Dutch: carnavals-
    vereniging, schaakclub, oppasrooster, rommelmarkt, horlogemaker, koor, klusjesman; Belgium (Dutch
    numbers): wielerclub, schoolfeest, buurtfeest. Brazilian Portuguese: festa junina, aula de violão,
    feira de artesanato, assembleia de condomínio, grupo de corrida, quitanda, manicure, conserto de
    celular. Negative-only: tide tables, knitting patterns, weather outlooks, nutrition panels, gear-ratio
    charts, seed packets, tyre-pressure charts, wine lists, hymn boards, planting calendars, paint-mixing
    formulas, shoe-size charts, setlists, cut lists, aquarium logs, marathon plans, half-yearly result
    sheets, piste reports, cinema programmes, household budgets.
    Locales: en_US, en_GB, en_IN (Hinglish and Devanagari documents also carry en_IN), en_AU, en_IE,
    de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, es_ES, it_IT, nl_NL, nl_BE, pt_BR ("en" for corpus texts).

Counts (seed 8008)
    1,200 documents: 600 with values, 450 synthetic negative-only, 150 corpus negatives.
    1,824 values: PHONE 1,374 (national 469, local-announced 425, list-entry 278, international 120,
    other 82; regions GB 262, US 195, DE 195, IN 160, FR 153, NL 103, BR 89, ES 86, IT 80, BE 15, IE 12,
    CH 11, AU 7, AT 6), EMAIL 175 (personal 105, role 70), IP_ADDRESS 110 (v4 80, v6 30), IBAN 70
    (grouped 64, compact 6), CREDIT_CARD 50 (grouped 23, dashed 13, compact 14), US_SSN 45 (dashed 39,
    spaced 6). Local-announced: subscriber-only for US 63, GB 78, DE 68, NL 39, BR 28, IN 38 (+10 full
    national); full national for FR 57, ES 22, IT 22. By phrase language: English 162, German 68,
    French 57, Dutch 39, Portuguese 28, Spanish 22, Italian 22, Hinglish 16, Devanagari Hindi 11.
    List entries: subscriber-only US 55, GB 62, DE 42, NL 14, BR 13, IN 31 (+3 full); full national
    FR 18, ES 24, IT 16. 106 announcing phrasings (English 16, German 15, French 15, Spanish, Italian,
    Dutch and Portuguese 11 each, Hinglish 8, Hindi 8), each placed before the number, after it ("... is
    my landline"), on the line above, in a question-and-answer exchange, in reported speech, in a
    voicemail transcript or in an SMS.
    68 kinds of hard negative (63 patterned in neg_table.py, 5 computed in negatives.py), 2,780 uses,
    both in negative-only documents and inside documents with values; 14 of them (1,548 uses) are
    phone-shaped digit groups under a label that says what they are: loyalty-card, meter-serial,
    contract-account, order, membership, work-order, student, staff, voucher, shipment, tender and
    cheque numbers, company VAT/KvK/CNPJ/GSTIN numbers and kennel registrations (e.g. "Zählernummer
    5870 533 181"). The others: sort codes, court files, invoices, room/bed, opening hours, prices,
    date ranges, blood pressure, GPS (decimal and DMS), versions, ISBN, EAN, VIN, plates, flights,
    trains, bus stops, addresses, business accounts, lab values, dosages, measurements, tyre sizes,
    scores, populations, odometers, Bible references, BWV/KV numbers, map scales, MAC addresses, hex
    colours, UTC offsets, radio frequencies, elevations, lot numbers, SKUs, ticket ranges, door codes,
    Wi-Fi keys, exchange rates, percentage ranges, chess moves, year ranges, Indian PIN codes, Brazilian
    CEPs, recipe fractions, Indian vehicle registrations, log timestamps, bus departure minutes,
    distance tables, line-item arithmetic, OS grid references and ISO weeks.

Record format and conventions (those of v7)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number) or `<source>-en-<row>`; records are shuffled with the seed. Sidecar (--values-out):
    line i holds {"values": [...]} for record i, one entry per span in order: {"kind", "mode", "text"};
    PHONE entries add region, e164 and area_len (phonenumbers.length_of_geographical_area_code of the
    full number). PHONE modes: international (+CC, 00CC or a US writer's 011; every AT, AU, BE, CH and
    IE number is written so), national, local-announced (a number announced by a phrase of
    phrases_a/phrases_b), list-entry (a roster row under a Phone/Telefon/Téléphone/Teléfono/Telefono/
    Telefoon/Telefone/फ़ोन heading) and other (toll-free, shared-cost, premium, in national form). A
    subscriber-only number is a valid full number with its geographic area code cut off, never starting
    with 0 or 1, and is written so only for US, GB, DE, NL, BR and IN (IN: 75 % of announced slots,
    80 % of roster slots, the rest full national, mostly mobiles); FR, ES and IT announced and roster
    numbers are full national numbers. In AT/CH/BE/AU/IE documents the announced, roster and national
    numbers are those of the neighbouring plan (DE, FR, NL, GB). The value includes a + or 00 prefix,
    the US "1-" prefix, a (0) trunk marker or area-code parentheses, never the context word or trailing
    punctuation; every full number round-trips through phonenumbers as valid for its region. Other
    modes: EMAIL personal/role, CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa, Mastercard 5x/2x,
    Amex, Discover, RuPay, Elo prefixes), IBAN grouped/compact (mod-97-valid; FR RIB key, ES control
    digits, IT CIN and BE national check computed; DE, AT, CH, NL, GB, BR with mod-97 only), US_SSN
    dashed/spaced (SSA rules), IP_ADDRESS v4/v6.

Sources and licences
    Person names, towns, e-mail domains and organisation words are our own short lists (locales.py,
    values.py); no Faker. Phone validity, e164 and area_len: phonenumbers (Apache-2.0). Corpus
    negatives, untouched, 50 each, from /work/shared/data (SOURCES.md): GSM8K train questions
    (openai/grade-school-math, MIT), MATH-500 problems (ZubinGou/math-evaluation-harness, MIT) and
    HumanEval prompts (openai/human-eval, MIT); only texts of at most 1,500 characters with a digit, no
    "@", "http" or "www.", no run of seven or more digits (so no real phone number can hide there) and
    nothing the guards flag. Row = 0-based line of the (decompressed) JSONL file.

Commands
    nice -n 19 .venv/bin/python benchmarks/pii_v8/make_heldout_set.py \
        --out tests/data/pii_heldout_v8.jsonl --values-out tests/data/pii_heldout_v8_values.jsonl
    nice -n 19 .venv/bin/python -m benchmarks.pii_v8.checks tests/data/pii_heldout_v8.jsonl \
        tests/data/pii_heldout_v8_values.jsonl
    nice -n 19 .venv/bin/python -m benchmarks.pii_v8.stats tests/data/pii_heldout_v8.jsonl \
        tests/data/pii_heldout_v8_values.jsonl
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v8"

from benchmarks.pii_v8 import compose, corpus  # noqa: E402

SEED = 8008
N_POS, N_NEG, N_CORPUS_EACH = 600, 450, 50


def build(seed: int = SEED) -> tuple[list[dict], list[dict], Counter]:
    """Records, sidecar lines and the hard-negative kinds used, in a fixed shuffled order."""
    rng = random.Random(seed)
    rows, neg_kinds = [], Counter()
    for doc_id, locale, doc in compose.synthetic(rng, N_POS, N_NEG):
        rows.append(
            ({"id": doc_id, "locale": locale, "text": doc.text(), "spans": doc.spans}, {"values": doc.values})
        )
        neg_kinds.update(doc.neg_kinds)
    for doc_id, text in corpus.pick(rng, N_CORPUS_EACH):
        rows.append(({"id": doc_id, "locale": "en", "text": text, "spans": []}, {"values": []}))
    rng.shuffle(rows)
    return [r for r, _ in rows], [s for _, s in rows], neg_kinds


def write_jsonl(path: str, items: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="tests/data/pii_heldout_v8.jsonl")
    ap.add_argument("--values-out", default="tests/data/pii_heldout_v8_values.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records, sidecar, neg_kinds = build(args.seed)
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, sidecar)
    print(
        f"{len(records)} records, {sum(len(s['values']) for s in sidecar)} values, "
        f"{len(neg_kinds)} hard-negative kinds used"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
