"""Write tests/data/pii_heldout_v13.jsonl: a thirteenth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v12/), benchmarks/results/, README.md, ARCHITECTURE.md or DESIGN.md.
    What was read, all of it: the module docstring of benchmarks/pii_v12/make_heldout_set.py as handed over
    in a separate text file (record and sidecar format, labelling conventions, region rules, and the
    genres, phrasings, placements, roster formats and negative kinds v12 used, to avoid), the first two
    lines of tests/data/pii_heldout_v12.jsonl and of tests/data/pii_heldout_v12_values.jsonl (format only),
    the [tool.ruff] section of pyproject.toml (line length 110), /work/shared/data/SOURCES.md and the raw
    data files the corpus negatives come from. Seen in passing: directory listings (benchmarks/,
    /work/shared/data/) and `git status --short`; git history and diffs were not looked at. v10's and v11's
    own lists were never seen, only what v12 says of them. No PII detector (the project's or Presidio) was
    run on this set while it was made, so nothing here was tuned towards or away from what any detector
    catches. The only screens are this package's guards (guards.py), written afresh to the rules v12
    describes: unlabelled text may hold no '@', no Luhn-valid 13-19 digit run (every run of whole digit
    groups joined by spaces, tabs or dashes, and every 13-19 digit slice of one group), no mod-97-valid
    IBAN, no SSA-valid 3-2-4 SSN shape (dashes or spaces), no four consecutive dotted parts of 0-255 and
    no token that parses as IPv6; a document that trips one is drawn again. Phone-like negatives are never
    screened as phones. Everything was written fresh for this set: number plans (phones.py), writing habits
    (phone_styles.py), which number a slot gets (phone_values.py), people and e-mail habits (locales.py),
    the announcing phrasings (phrasings.py), rosters (rosters.py), values and their lines (values.py,
    iban.py, value_lines.py), genres (genres_en.py, genres_eu.py, registered in genres.py), hard negatives
    (neg_labelled.py, neg_patterns.py, neg_patterns2.py, neg_tables.py, neg_common.py), documents
    (builder.py), the build plan (plan.py) and corpus negatives (corpus.py); checks.py and stats.py
    re-check the files and count them (stats.py rebuilds the set with the seed to count phrasings, rosters
    and hard negatives, and says whether the rebuild matches the files).

Genres (88 with values, 22 negative-only tables), none in v12's lists
    English US: Little League concession stand, church rummage sale, HOA landscaping committee, community
    theater tech crew, food pantry Saturday shift, 4-H livestock barn duty, Fourth of July parade float,
    bowling league. GB: cricket club teas, Guides camp, village hall panto, litter pick, Men's Shed, repair
    café, canal society work party, scout hut jumble sale, orchard wassail. India, English: Ganesh Utsav
    committee, RWA cricket tournament, school annual day, blood donation camp, senior citizens' outing;
    Hinglish: society Holi party, college reunion, sangeet dance practice, office carpool; Devanagari
    Hindi: bhandara seva, Chhath ghat cleaning, Janmashtami jhanki, gaushala seva. Australians in London
    (GB numbers): Anzac Day dawn service helpers, Sunday netball. Irish in Britain (GB numbers): St
    Patrick's parade float, Irish dancing feis. German: Osterfeuer, Maibaumaufstellen, Kita-Sommerfest,
    Repair-Café, Foodsharing, Posaunenchor, Vorlesepaten, Tafel, Kegelclub; Austrians (German numbers):
    Feuerwehr-Zeltfest, Almabtrieb; Swiss (German numbers): Turnfest, Räbeliechtli-Umzug. French: fête des
    voisins, course d'orientation, club de bridge, supermarket food collection, Téléthon, galette des rois,
    club photo, bal du 14 juillet; Belgians (French numbers): Saint-Nicolas at school, ducasse; Swiss
    (French numbers): fête des vendanges. Spanish: cabalgata de Reyes, peña ciclista, Banco de Alimentos,
    hermandad de Semana Santa, teatro aficionado, club de lectura, hogueras de San Juan. Italian: presepe
    vivente, colletta alimentare, festa patronale, gruppo di lettura, torneo di briscola, gita
    parrocchiale, pulizia della spiaggia; Ticinesi (Italian numbers): castagnata. Dutch:
    Sinterklaasintocht, buurthulp, schoolreisje, ijsclub, Open Monumentendag, boekenmarkt; Flemings (Dutch
    numbers): Sint-Maartenstoet, Chirokamp. Brazilian Portuguese: quermesse, mutirão de limpeza, time de
    várzea, capoeira, comissão de formatura, chá de bebê, grupo de oração.
    Negative-only prose documents use the genres above; negative-only tables (English, German, French,
    Spanish, Italian, Dutch or Portuguese, by locale): jumble sale prices, bake sale takings, choir
    attendance, bowls fixtures, parking space allocation, freezer contents, meter readings, piano practice
    log, a big shop, camp kit list, board game library loans, garden bird count, kit order sizes, hall
    bookings, car wash takings, a timesheet, cake orders, shared-house bills, school uniform order, plant
    sale, pool water log, magazine back issues with ISSNs.
    Locales: en_US, en_GB, en_IN (Hinglish and Hindi documents too), en_AU, en_IE, de_DE, de_AT, de_CH,
    fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry their language
    (en, de, fr, es, it, nl, pt).

Counts (seed 10013; `python -m benchmarks.pii_v13.stats` recomputes them)
    1,200 documents: 600 with values, 450 synthetic negative-only (225 prose in the genres above, 225
    tables), 150 corpus negatives. Locales: en_IN 129, en 120, en_GB 112, de_DE 104, en_US 103, fr_FR 101,
    pt_BR 89, it_IT 79, nl_NL 73, es_ES 72, de_AT 30, nl_BE 29, de_CH 26, fr_BE 25, en_AU 23, en_IE 22,
    it_CH 21, fr_CH 12, de, es, fr, it, nl and pt 5 each. Document language (synthetic documents): English
    315, German 160, French 138, Dutch 102, Italian 100, Portuguese 89, Spanish 72, Hinglish 37, Hindi 37.
    1,913 values: PHONE 1,464 (national 497, local-announced 472, list-entry 254, international 130, other
    111; regions DE 214, IN 199, GB 182, FR 176, IT 135, US 128, BR 123, NL 119, ES 109, CH 23, BE 23, AU
    13, AT 11, IE 9), EMAIL 174 (personal 101, role 73), IP_ADDRESS 90 (v4 64, v6 26), CREDIT_CARD 76
    (grouped 45, dashed 18, compact 13), IBAN 65 (grouped 53, compact 12), US_SSN 44 (dashed 38, spaced 6).
    Local-announced: subscriber-only for DE 76, GB 63, IN 57, NL 45, US 40, BR 37; full national for IT
    53, FR 52, ES 34, IN 15. By phrase language: English 126, German 76, Italian 53, French 52, Dutch 45,
    Portuguese 37, Spanish 34, Hindi 26, Hinglish 23. By placement: door sign 38, lost-pet flyer 38,
    checklist item 37, emergency box 30, pinned group message 29, lift share 28, agenda item 28,
    classified ad 27, thank-you 26, correction 26, delivery note 24, RSVP line 24, rota footnote 22,
    newsletter column 20, contact card 20, shared-document comment 20, windscreen note 19, whiteboard
    copy 16. List entries: subscriber-only DE 43, IN 36, BR 30, GB 23, US 17, NL 17; full national FR 47,
    IT 20, ES 16, IN 5; 59 rosters of 3-6 entries, 5 or 6 in each of ten formats: markdown pipe table
    under a Name/Job/Phone header, dotted leaders ("Name ........ number"), "Name (job): number", job
    bullets ("• Job: Name, number"), two-line entries (name and job, number indented below), a day rota
    ("Mon: Name (number)"), slashes ("Name / job / number"), bracketed job ("[job] Name number"),
    lettered ("a. Name   number") and tab-separated columns, under headings such as Phone tree, Contact
    sheet, Numbers for the day, Telefonkette, Kontaktliste, Ansprechpartner am Festtag, Liste des contacts,
    Numéros utiles, Teléfonos de contacto, Numeri utili, Rubrica dei volontari, Telefoonlijst,
    Contactpersonen, Lista de contatos, Telefones úteis, Sabke numbers, संपर्क सूची.
    104 announcing phrasings, all used (English 18, German 14, French 12, Spanish, Italian, Dutch and
    Portuguese 11 each, Hinglish 8, Hindi 8), in 18 placements none of which v12 used: a checklist item
    ("- [ ] ring X on N about the trestle tables"), a door sign, a lost-pet flyer, a shared-document
    comment, an agenda item, a newsletter column, delivery instructions, a note left on a windscreen, a
    pinned group message, a contact card line ("Evenings and weekends → X: N"), a classified ad, a
    thank-you, a copy of a whiteboard, an RSVP line, a correction of an earlier number, an emergency box
    (number on its own line), a rota footnote and a lift-share offer.
    148 kinds of hard negative, all used, 2,920 uses (1,376 inside documents with values, 1,544 in
    negative-only documents). 45 kinds (932 uses) are phone-shaped digit groups under a label that says
    what they are, in the document's language (Hinglish documents take the English label), with the label
    on the line before in about one case in four: Zoom meeting ID, electricity and water meter numbers,
    parcel tracking, online order, customer, invoice, insurance policy and claim numbers, planning
    application, parking permit, bike frame number, winning raffle ticket, dog microchip, boiler serial,
    furniture article number, record catalogue number, room hire and table reservations, tax refund
    reference, donation receipt, first aid certificate, conference call PIN, alarm and door entry codes,
    transfer reference, direct debit mandate, supplier number, VAT number, tenancy reference, warranty
    registration, delivery slot, water sample ID, extinguisher service tag, paint batch, solar inverter
    serial, support ticket, fundraising page ID, cheque number, FIDE ID, grave plot, street trading
    licence, laptop asset tag, course booking and vet lab order numbers, e.g. "Meeting-ID (Zoom): 853 2291
    0467" or "Zählernummer" with the number below; 22 kinds (225 uses) are the tables above, two with
    phone-shaped columns (meter numbers under a header that names them, ISSNs with no header at all); 81
    kinds (1,763 uses) are patterned: shoe sizes, children's clothing sizes, knitting gauge, needle sizes,
    yarn, bike gearing, frame sizes, ski binding settings, lengths swum, golf scorecards, bowling series,
    cricket innings, basketball quarters, card-night tallies, lottery draws, oven temperatures, cooking
    times, dough hydration, wine vintages, brewing gravity, coffee ratios, screen sizes, FM frequencies,
    PMR channels, Wi-Fi channels, batteries, fuse ratings, light bulbs, paint coverage, wallpaper rolls,
    NPK fertiliser, soil pH, pool chemistry, aquarium hardness, dog weight and food, pony heights, brood
    frames, honey harvests, tree surveys, hiking route codes, motorway exits, flights with gate and seat,
    train coach and seats, leaflet rounds by house numbers, room numbers, theatre rows and seats,
    timecodes, tempo marks, bar numbers, dance counts, embroidery thread numbers, Lego sets, jigsaws,
    book editions, reading glasses, contact lenses, birth weight and length, heart-rate zones, sets and
    reps, FTP, training plan weeks, school grades, mock exam scores, age groups, ticket prices, price per
    kilo, offers, VAT rates, bill splits, broadband speeds, app versions, calendar weeks, school years,
    sunrise and sunset, hut altitudes, avalanche levels, sail numbers, camera exposure, lens ranges,
    screen time and print runs.

Record format and conventions (those of v12)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order; tables use the table's key as genre) or `<source>-<language>-<row>`;
    records are shuffled with the seed. Sidecar (--values-out): line i holds {"values": [...]} for record
    i, one entry per span in order: {"kind", "mode", "text"}; PHONE entries add region, e164 and area_len
    (phonenumbers.length_of_geographical_area_code of the full number). PHONE modes: international (+CC,
    00CC or a US writer's 011; every AT, AU, BE, CH and IE number is written so), national,
    local-announced (announced by a phrasing of phrasings.py), list-entry (a roster of rosters.py under
    its heading) and other (toll-free, shared-cost, UAN and premium numbers, in national form). A
    subscriber-only number is a valid full fixed-line number with its geographic area code cut off, never
    starting with 0 or 1, and is written so only for US, GB, DE, NL, BR and IN (IN: 75 % of announced
    slots, 80 % of roster slots, the rest full national, mostly mobiles); FR, ES and IT announced and
    roster numbers are full national numbers. In AT/CH/BE/AU/IE documents the announced, roster, national
    and service numbers are those of the neighbouring plan (DE, FR, NL, GB, and IT for it_CH). The value
    includes a + or 00/011 prefix, the US "1-" prefix, a (0) trunk marker or area-code parentheses, never
    the context word or trailing punctuation; every full number round-trips through phonenumbers as valid
    for its region (checks.py parses international values with the IDD their prefix implies and drops a
    "(0)" first). Other modes: EMAIL personal/role, CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa,
    Mastercard 5x/2x, Amex, Discover, RuPay-range, Elo prefixes), IBAN grouped/compact (mod-97-valid; FR
    RIB key, ES control digits, IT CIN, BE national check and NL eleven-test computed; DE, AT, CH, GB, IE,
    BR mod-97 only), US_SSN dashed/spaced (SSA rules, en_US only), IP_ADDRESS v4/v6 (some private v4).

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, genres_*.py, neg_*.py); no
    Faker. Phone validity, e164 and area_len: phonenumbers (Apache-2.0). Corpus negatives, untouched, from
    /work/shared/data (SOURCES.md), none from a file v12 used except the multilingual HateCheck files (rows
    drawn afresh with this seed; v12's and v11's rows were not known to this writer, so a few may repeat,
    and v11's files were not known either): GSM8K test questions 45 (openai/grade-school-math, MIT),
    OpenAI moderation samples 35 (openai/moderation-api-release, MIT), HumanEval prompts 25
    (openai/human-eval, MIT), AMC23 problems 8 and AIME24 problems 7 (QwenLM/Qwen2.5-Math, MIT) and
    Multilingual HateCheck cases 30 (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French,
    Spanish, Italian, Dutch and Portuguese 5 each); only texts of at most 1,500 characters with a digit,
    no "@", "http" or "www.", no seven or more digits in one run or in one run of digits joined by spaces,
    dashes, dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the
    (decompressed) JSONL file, or 0-based data row of the CSV. Moderation samples and HateCheck texts can
    be offensive; they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v13.make_heldout_set        (or the path
        benchmarks/pii_v13/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v13.checks [RECORDS [VALUES]]   (default: the v13 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v13.stats [RECORDS [VALUES]]   (default: the v13 files)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a path: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v13"

from . import corpus, plan  # noqa: E402

SEED = 10013
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "pii_heldout_v13.jsonl"
VALUES_OUT = ROOT / "tests" / "data" / "pii_heldout_v13_values.jsonl"


def build(seed: int = SEED) -> tuple[list[dict], list[dict], list[dict]]:
    """Records, sidecar lines and build metadata, in the shuffled order that is written."""
    rng = random.Random(seed)
    rows = []
    for doc in plan.synthetic(rng):
        spans = [{"kind": k, "start": s, "end": e} for k, s, e in doc.spans]
        rows.append(
            ({"id": doc.id, "locale": doc.locale, "text": doc.text, "spans": spans}, doc.values, doc.meta)
        )
    for rec in corpus.draw(rng):
        meta = {
            "kind": "corpus",
            "lang": rec["locale"],
            "genre": rec.pop("source"),
            "phrasings": [],
            "rosters": [],
            "negatives": [],
        }
        rows.append((rec, [], meta))
    rng.shuffle(rows)
    return [r[0] for r in rows], [{"values": r[1]} for r in rows], [r[2] for r in rows]


def write_jsonl(path: Path, items: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--values-out", type=Path, default=VALUES_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    records, values, _ = build(args.seed)
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, values)
    print(f"wrote {len(records)} records to {args.out} and their values to {args.values_out}")


if __name__ == "__main__":
    main()
