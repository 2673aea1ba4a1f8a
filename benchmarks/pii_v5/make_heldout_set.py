"""Write tests/data/pii_heldout_v5.jsonl: a fifth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code
    (nothing under src/reasonrl/, no `import reasonrl`), its earlier labelled sets and generators
    (benchmarks/pii/, benchmarks/pii_v2/, benchmarks/pii_v3/, benchmarks/pii_v4/ except the first
    70 lines of its make_heldout_set.py, read only for the record format, the labelling conventions
    and the genres to avoid; tests/data/pii_* other than the two files written here,
    tests/data/test_phone_rules.py, tests/data/test_pii_labelled.py), and did not look at git
    history or diffs. No PII detector was run on this set while it was made, so nothing here was
    tuned towards or away from what any detector catches. The only screens are this package's own
    guards (guards.py): unlabelled text may hold no e-mail, Luhn-valid 13-19 digit run, mod-97-valid
    IBAN, SSA-valid dashed SSN or 0-255 dotted quad; phone-like negatives are never screened.
    Templates, context phrases and negatives were written fresh and avoid the genres of v1-v4
    (SMS, chat, voicemail, signatures, classified ads, CVs, invoices, bookings, school letters,
    forums, tickets, delivery notes, flyers, HR and tax forms, contact lists, CSV/JSON/vCard/logs,
    meeting minutes, incident reports, obituaries, parish bulletins, sports-club rosters, real-estate
    and job postings, bank statements, web-form dumps, subtitles, recipe blogs, itineraries,
    prescription labels, wedding invitations, alumni directories, neighbourhood watch lists, yellow
    pages, Impressum, config files, SQL dumps, e-mail headers, Git commits, calendar entries ...).
    New genres: podcast show notes, court calendars and docket sheets, clinical-trial recruitment
    notices and stipend sheets, university timetables and office hours, hackathon READMEs, auction
    catalogues and consignor sheets, museum labels, ship manifests, conference badges, radio
    phone-in transcripts, fan-fiction author notes, recipe cards, hotel guest books, veterinary
    records, pet-boarding cards, farm co-op and AMAP newsletters, game-mod changelogs, Slack
    exports, patient-portal messages, citizen-science station logs, garage/yard sales and
    flea markets, translation-memory exports (TMX, XLIFF), choir phone lists, allotment phone
    trees, carpool sheets, food-bank shift rotas, lab notebooks, theatre programmes, quiz-night
    results, repair-café notices, juror questionnaires, bail-bond receipts, genealogy notes,
    food-pantry intake, and for India Hinglish RWA notices, tiffin menus, puja-committee lists,
    coaching-class timetables, kirana boards and PG-hostel rules; negative-only: crossword
    solutions, sale results, cause lists, room bookings, departures boards, stock sheets, chemical
    stores, fleet logs, lottery draws, sports results, meter logs, reference lists and the like.
    Languages: English (US, GB, IN, AU), German (DE, AT), French (FR, BE), Spanish, Italian, Dutch,
    Brazilian Portuguese and Hindi/English. Deterministic: seed 5005, Faker seeded per locale.

Counts (seed 5005)
    1,450 documents: 842 with values, 458 synthetic negative-only, 150 corpus negatives.
    1,997 values: PHONE 1,416 (national 571, local-announced 316, list-entry 259, international
    212, other 58), EMAIL 257, IBAN 88, IP_ADDRESS 97 (74 v4, 23 v6), US_SSN 73, CREDIT_CARD 66.
    65 kinds of hard negative (negatives.py, negatives_more.py), used both in negative-only
    documents and inside documents with values.

Record format (one JSON object a line, as v4)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted,
    never overlapping; text[start:end] is exactly the value. Kinds: PHONE, EMAIL, CREDIT_CARD, IBAN,
    US_SSN, IP_ADDRESS. `locale` is a Faker locale (en_US, en_GB, en_IN, de_DE, fr_FR, es_ES,
    it_IT, nl_NL, pt_BR, and outside the nine phone regions de_AT, en_AU, fr_BE) or "en" for corpus
    texts. `id` is `<locale>-<pos|neg>-<genre>-<n>` or `<source>-en-<row>` (row = 0-based line).
    Sidecar (--values-out): line i holds {"values": [...]} for record i, one entry per span in
    order: {"kind", "mode", "text", ...}; PHONE entries add region, e164 and area_len. Modes of the
    other kinds: EMAIL personal/role, CREDIT_CARD grouped/dashed/compact, IBAN grouped/compact,
    US_SSN dashed/spaced, IP_ADDRESS v4/v6.

Conventions (those of v4)
    PHONE: the number as written, with its + or 00 prefix, the "1-" long-distance prefix, a (0)
    trunk marker or area-code parentheses, never the context word, an extension or trailing
    punctuation. Fax numbers and hotlines are labelled. Modes: international (+CC / 00CC; every
    number of AT, AU and BE is written so, and 12 % of other own-country slots), national, local-
    announced (subscriber-only, after a context word: "reach the desk at", "Durchwahl", "bereikbaar
    op", "chama no zap", "call karo", "phone on file:" ...), list-entry (subscriber-only entry of a
    roster whose heading or column says phone/Telefon/telefoon/telefone) and other (toll-free,
    shared-cost, premium, UAN in national form). A subscriber-only number is a valid full number
    with its geographic area code (phonenumbers.length_of_geographical_area_code) cut off, never
    starting with 0 or 1; written so only for US, GB, DE, NL, BR and IN (70 % of announced slots;
    the rest full national). FR, ES and IT have closed numbering plans, so their announced and
    roster slots are full national numbers. Rosters also hold some full mobile numbers.
    EMAIL: the address only. CREDIT_CARD: Luhn-valid. IBAN: mod-97-valid. US_SSN: SSA rules.
    IP_ADDRESS: the address only (a trailing :port is not part of it).
    Unlabelled on purpose: order, invoice, ticket, claim, policy, tracking, serial, part, model,
    lot/batch, customer/member numbers, "Ref./Az./Kenmerk/Protocolo" references shaped like phone
    numbers, docket numbers, ISBN, ISSN, DOI, EAN, SKU, CAS, patent, trial-registry, accession,
    container and IMO numbers, VINs, plates, flights, trains, buses, rooms, seats, bibs, dates,
    times, opening hours, timestamps and epochs, prices, percentages, measurements, temperatures,
    coordinates, frequencies, versions, hashes, UUIDs, scores, lottery draws, crossword clues,
    page and year ranges, statute citations, postcodes, population and stock figures, meter
    readings, VAT/company ids, BICs, SEPA creditor ids, masked cards, gift cards and pet
    microchips failing Luhn, IBAN samples with check digits 00, SSN-shaped ids breaking SSA
    rules, dotted quads with a part over 255.

Sources and licences
    Names, streets, cities and companies: Faker (MIT), seeded. Phone validity and e164:
    phonenumbers (Apache-2.0). Untouched texts as negatives, from /work/shared/data (SOURCES.md):
    GSM8K test questions (openai/grade-school-math, MIT), AIME 2024 and AMC 2023 problems
    (QwenLM/Qwen2.5-Math evaluation data, MIT), only texts with a digit and none of the values
    the guards look for.

Command
    nice -n 19 .venv/bin/python benchmarks/pii_v5/make_heldout_set.py \
        --out tests/data/pii_heldout_v5.jsonl --values-out tests/data/pii_heldout_v5_values.jsonl
    nice -n 19 .venv/bin/python -m benchmarks.pii_v5.checks tests/data/pii_heldout_v5.jsonl \
        tests/data/pii_heldout_v5_values.jsonl
"""

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.pii_v5.build import build
    from benchmarks.pii_v5.stats import summary
else:
    from .build import build
    from .stats import summary

SEED = 5005


def write_jsonl(path, rows):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="tests/data/pii_heldout_v5.jsonl")
    ap.add_argument("--values-out", default="tests/data/pii_heldout_v5_values.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stats", action="store_true", help="print counts per kind, mode and genre")
    args = ap.parse_args(argv)
    records, sides, items = build(args.seed)
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, sides)
    info = summary(records, sides, items)
    print(f"wrote {info['documents']} documents, {info['values']} values to {args.out}")
    if args.stats:
        print(json.dumps(info, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
