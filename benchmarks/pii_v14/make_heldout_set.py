"""Write tests/data/pii_heldout_v14.jsonl: a fourteenth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v13/), benchmarks/results/, README.md, ARCHITECTURE.md or DESIGN.md.
    What was read, all of it: the module docstring of benchmarks/pii_v13/make_heldout_set.py as handed over
    in a separate text file (record and sidecar format, labelling conventions, region rules, and the
    genres, phrasings, placements, roster formats and negative kinds v13 used, to avoid), the first two
    lines of tests/data/pii_heldout_v13.jsonl and of tests/data/pii_heldout_v13_values.jsonl (format only),
    the [tool.ruff] section of pyproject.toml (line length 110), /work/shared/data/SOURCES.md and the raw
    data files the corpus negatives come from. Seen in passing: directory listings (benchmarks/,
    /work/shared/data/) and `git status --short`; git history and diffs were not looked at. The lists of
    v12 and earlier sets were never seen, only what v13 says of itself. No PII detector (the project's or
    Presidio) was run on this set while it was made, so nothing here was tuned towards or away from what
    any detector catches. The only screens are this package's guards (guards.py), written afresh to the
    rules v13 describes: unlabelled text may hold no '@', no Luhn-valid 13-19 digit run (every run of whole
    digit groups joined by spaces, tabs or dashes, and every 13-19 digit slice of one group), no
    mod-97-valid IBAN, no SSA-valid 3-2-4 SSN shape (dashes or spaces), no four consecutive dotted parts of
    0-255 and no token that parses as IPv6; a document that trips one is drawn again. Phone-like negatives
    are never screened as phones. Everything was written fresh for this set: number plans (phones.py),
    writing habits (phone_text.py), lines that carry a full number, greetings and sign-offs
    (phone_lines.py), people and e-mail habits (locales.py), the announcing phrasings (phrasings.py),
    rosters (rosters.py), other values and their lines (values.py, iban.py), genres (genres_en.py,
    genres_eu.py, genres_eu2.py, registered in genres.py), hard negatives (neg_labelled.py,
    neg_patterned.py, neg_patterned2.py, neg_common.py, neg_tables.py), documents (builder.py), the build
    plan (plan.py) and corpus negatives (corpus.py); checks.py and stats.py re-check the files and count
    them (stats.py rebuilds the set with the seed to count phrasings, rosters and hard negatives, and says
    whether the rebuild matches the files).

Genres (96 with values, 22 negative-only tables), none in v13's lists
    English US: science fair judging, neighborhood watch, marching band boosters, robotics team, farmers
    market vendors, quilt guild, kickball league, pet adoption day, trunk-or-treat, warehouse stocktake. GB:
    bell ringers' practice, fun dog show, WI meeting, Christmas lights switch-on, pub quiz league, Bonfire
    Night stewards, swimming gala, parkrun volunteers, allotment produce show, office move. Australians in
    London (GB numbers): Australia Day barbie, Aussie rules footy club; Irish in London (GB numbers): GAA
    hurling blitz, Irish conversation circle. India, English: society Diwali mela, Independence Day flag
    hoisting, PTA meeting, Yoga Day camp, cyclothon water station; Hinglish: kitty party, baraat
    arrangements, Navratri garba, match screening, office Diwali potluck; Devanagari Hindi: Ramlila
    committee, Durga Puja pandal, Holi milan, satsang, school sports day. German: Schützenfest,
    Sankt-Martins-Umzug, Hofflohmarkt, Weihnachtsmarktstand, Stadtradeln, Kleingarten-Arbeitseinsatz,
    Lauftreff, Elternabend, restaurant Dienstplan; Austrians (German numbers): Krampuslauf, Maturaball;
    Swiss (German numbers): Fasnacht clique, Schwingfest. French: vide-grenier, kermesse, AMAP
    distribution, fête de la musique, chorale, randonnée, pétanque; Belgians (French numbers): carnival
    Gilles, brocante; Swiss (French numbers): Escalade, désalpe. Spanish: verbena, romería, carrera
    solidaria, huerto urbano, AMPA, club de montaña, casal faller. Italian: sagra, palio, centro estivo,
    corso di cucina, mercatino dell'usato, calcetto, Befana in piazza; Ticinesi (Italian numbers):
    carnevale, vendemmia. Dutch: Koningsdag vrijmarkt, avondvierdaagse, carnavalsoptocht, NLdoet,
    volkstuin, buurtbarbecue, toneelvereniging; Flemings (Dutch numbers): Gentse Feesten, kermiskoers.
    Brazilian Portuguese: festa junina, bloco de carnaval, bazar beneficente, campanha do agasalho, sarau,
    forró class, feira de trocas, churrasco da firma.
    Negative-only prose documents use the genres above; negative-only tables (English, German, French,
    Spanish, Italian, Dutch or Portuguese, by locale): darts league results, AGM motion votes, tide table,
    shuttle bus timetable, blood pressure diary, mileage claim, petty cash book, kitchen temperature log,
    handicap run start list, egg log, quiz night scores, chore chart, room sizes, club ladder, allotment
    rents, equipment check, recipe costing, hymn board, sowing plan, tyre stock, shop stock list with EAN-8
    codes, route card with grid references.
    Locales: en_US, en_GB, en_IN (Hinglish and Hindi documents too), en_AU, en_IE, de_DE, de_AT, de_CH,
    fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry their language
    (en, de, fr, es, it, nl, pt).

Counts (seed 10014; `python -m benchmarks.pii_v14.stats` recomputes them)
    1,200 documents: 600 with values, 450 synthetic negative-only (225 prose in the genres above, 225
    tables), 150 corpus negatives. Locales: en_IN 130, en_GB 111, en 105, en_US 103, fr_FR 99, de_DE 97,
    pt_BR 92, it_IT 80, es_ES 78, nl_NL 75, de_AT 28, nl_BE 28, fr_BE 24, de_CH 24, en_AU 23, en_IE 23,
    it_CH 20, fr_CH 15, fr, es and de 8 each, it, pt and nl 7 each. Document language (synthetic
    documents): English 316, German 149, French 138, Dutch 103, Italian 100, Portuguese 92, Spanish 78,
    Hinglish 38, Hindi 36.
    1,870 values: PHONE 1,416 (local-announced 475, national 394, list-entry 295, international 147, other
    105; regions DE 202, GB 195, FR 164, IN 154, BR 133, NL 132, US 122, ES 107, IT 102, CH 36, BE 27, AT
    18, AU 13, IE 11), EMAIL 171 (personal 88, role 83), IP_ADDRESS 96 (v4 63, v6 33), CREDIT_CARD 77
    (grouped 39, dashed 20, compact 18), IBAN 67 (grouped 50, compact 17), US_SSN 43 (dashed 40, spaced 3).
    Local-announced: subscriber-only for DE 75, GB 74, IN 47, US 44, NL 42, BR 40; full national for FR
    64, IT 43, ES 31, IN 15. By phrase language: English 135, German 75, French 64, Italian 43, Dutch 42,
    Portuguese 40, Spanish 31, Hindi 26, Hinglish 19. By placement: voicemail 39, fridge note 35,
    postscript 34, forwarded SMS 34, auto-reply 32, action point 32, babysitter note 29, FAQ 27, lost and
    found 27, key-holder notice 25, shift handover 25, calendar invite 24, timestamped chat 22, tear-off
    strip 22, itinerary 20, photo caption 17, apology 16, sign-up sheet 15. List entries: subscriber-only
    DE 52, GB 43, BR 40, US 29, NL 26, IN 24; full national FR 40, ES 26, IN 8, IT 7; 67 rosters of 3-6
    entries, 6 or 7 in each of ten formats: CSV lines under a lower-case "name,role,phone" header,
    semicolons ("Name; job; number"), labelled blocks (Name:/Role:/Phone: lines, a blank line between
    people), time slots ("08:00–10:00  Name  number"), number first ("number — Name, job"), an ASCII box
    table (+---+ rules), a YAML-style list ("- name:" with indented role and phone), surname first in
    capitals ("SURNAME, First (job)   number"), emoji bullets ("📞 Name – job: number") and fixed-width
    columns under a header underlined with "=", under headings such as Who's who on the day, Helpers and
    how to reach them, Volunteer numbers, Crew list, Wer ist wann erreichbar, Helferliste mit Nummern,
    Mannschaft am Stand, Qui joindre, Bénévoles et téléphones, A quién llamar, Voluntarios y teléfonos,
    Chi chiamare, Recapiti dei volontari, Wie bel je, Bereikbaarheid vrijwilligers, Quem chamar, Contatos
    da equipe, Escala de voluntários, Kisko call karna hai, Volunteers ki list, स्वयंसेवकों के नंबर, किसे फ़ोन करें.
    104 announcing phrasings, all used (English 18, German 14, French 12, Spanish, Italian, Dutch and
    Portuguese 11 each, Hinglish 8, Hindi 8), in 18 placements none of which v13 used: a voicemail
    transcript ('Voicemail from X, 9:14am: "...ring me back on N when you can."'), an out-of-office
    auto-reply, a fridge note, a calendar invite, a forwarded SMS, a minutes action point ("ACTION: X to
    be reached on N re the hall keys"), a postscript, a tear-off strip, a shift handover, an FAQ (question
    and answer on two lines), an itinerary entry, a key-holder notice, a lost-and-found notice, a note for
    the babysitter, a timestamped chat line ("[19:42] X: ... N"), a photo caption, an apology for
    unanswered calls and a sign-up sheet header.
    151 kinds of hard negative, all used, 2,951 uses (1,470 inside documents with values, 1,481 in
    negative-only documents). 47 kinds (1,011 uses) are phone-shaped digit groups under a label that says
    what they are, in the document's language (Hinglish documents take the English label), with the label
    on the line before in about one case in four (260): library card, gym membership, train booking (PNR),
    UPI/Pix transaction reference, company register (Companies House, Handelsregister, SIREN, KvK, CNPJ),
    charity or association register, municipal payment reference (council tax, Kassenzeichen, IPTU), TV
    licence, bank routing and branch codes, criminal record check certificate, police report reference,
    livestock holding, Wi-Fi password, gift voucher, purchase order, quote, delivery note, credit note,
    staff number, cost centre, ledger account, defibrillator serial, master key system, ski pass, parking
    fine, gas safety certificate, exam candidate, school number, gas cylinder serial, ticket barcode, hotel
    confirmation, ferry booking, museum pass, race timing chip, player registration, referee ID, food
    business registration, electrical test label, building permit, lost property, repair job, crowdfunding
    backer, top-up voucher PIN, seat reservation, satellite viewing card, router serial and grant
    application numbers, e.g. "Kassenzeichen: 512345678" or "Wifi-wachtwoord" with the number below; 22
    kinds (225 uses) are the tables above, two with phone-shaped columns (EAN-8 codes under a header that
    names them, grid references with no header at all); 82 kinds (1,715 uses) are patterned: guitar string
    gauges, tyre sizes and pressures, bike tyre sizes, ring, hat and glove sizes, recipe scaling, baking
    tins, cocktail measures, chess ratings and openings, darts checkouts, tennis scores, football results,
    league table lines, race finish times, running pace, swim times, rowing splits, elevation, climbing
    grades, archery ends, blood pressure, blood sugar, dosage schedules ("400 mg 1-0-1"), baby feeds,
    fever logs, rain gauge, wind, tides, geocache coordinates, grid references, bus times, opening hours,
    hymn numbers, Bible readings, guitar chord shapes ("C x32010, G 320003"), quilt blocks, timber, screws,
    pipes, cable, resistors, solar arrays, fuel consumption, odometer readings, engine oil, RAL colours,
    brand colours, paper weights, photo prints, screen resolutions, storage, appliance error codes,
    washing programmes, room dimensions, bus routes, exam slots, vote tallies, budget lines, exchange
    rates, interest rates, nutrition, step counts, plant spacing, hardiness, egg counts, fishing tackle,
    star ratings, bingo calls, quiz rounds, page references, statute references, standards, model railway
    scales, indoor air readings, E numbers, beer specs, nappy sizes, car seats and time zones.

Record format and conventions (those of v13)
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
    "(0)" first; other values are parsed as written, so a Delhi "011" or Turin "011" stays national).
    Other modes: EMAIL personal/role, CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa, Mastercard
    5x/2x, Amex, Discover, RuPay-range, Elo prefixes), IBAN grouped/compact (mod-97-valid; FR RIB key, ES
    control digits, IT CIN, BE national check and NL eleven-test computed; DE, AT, CH, GB, IE, BR mod-97
    only), US_SSN dashed/spaced (SSA rules, en_US only), IP_ADDRESS v4/v6 (some private v4).

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, genres_*.py, neg_*.py); no
    Faker. Phone validity, e164 and area_len: phonenumbers (Apache-2.0). Corpus negatives, untouched, from
    /work/shared/data (SOURCES.md), from files v13 did not use except the multilingual HateCheck files
    (rows drawn afresh with this seed; v13's rows were not known to this writer, so a few may repeat):
    GSM8K train questions 40 (openai/grade-school-math, MIT), MATH-500 problems 25
    (ZubinGou/math-evaluation-harness, MIT), hh-rlhf harmless-base test dialogues 20 (the "chosen" side;
    anthropics/hh-rlhf, MIT), English HateCheck cases 20 (paul-rottger/hatecheck-data, CC BY 4.0) and
    Multilingual HateCheck cases 45 (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French and
    Spanish 8 each, Italian, Dutch and Portuguese 7 each); only texts of at most 1,500 characters with a
    digit, no "@", "http" or "www.", no seven or more digits in one run or in one run of digits joined by
    spaces, dashes, dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the
    (decompressed) JSONL file, or 0-based data row of the CSV. hh-rlhf dialogues and HateCheck texts can
    be offensive; they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v14.make_heldout_set        (or the path
        benchmarks/pii_v14/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v14.checks [RECORDS [VALUES]]   (default: the v14 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v14.stats [RECORDS [VALUES]]   (default: the v14 files)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v14"

from benchmarks.pii_v14.plan import build  # noqa: E402

SEED = 10014
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "pii_heldout_v14.jsonl"
VALUES_OUT = ROOT / "tests" / "data" / "pii_heldout_v14_values.jsonl"


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--values-out", type=Path, default=VALUES_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    records, sidecar, _notes = build(args.seed)
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, sidecar)
    print(f"wrote {len(records)} records to {args.out} and their values to {args.values_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
