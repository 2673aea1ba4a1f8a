"""Write tests/data/pii_heldout_v7.jsonl: a seventh, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code
    (nothing under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v5/). Of benchmarks/pii_v6/ only the module docstring of
    make_heldout_set.py was read (its first 140 lines): for the record and sidecar format, the labelling
    conventions, the region rules and the genres to avoid. Git history and diffs were not looked at. No
    PII detector was run on this set while it was made, so nothing here was tuned towards or away from
    what any detector catches. The only screens are this package's own guards (guards.py): unlabelled
    text may hold no e-mail (no '@' at all), no Luhn-valid 13-19 digit run (space/dash groups, and every
    run of whole groups inside one), no mod-97-valid IBAN, no SSA-valid 3-2-4 SSN shape, no dotted quad
    with all parts 0-255 and no parsable IPv6; a document that trips one is drawn again. Phone-like
    negatives are never screened: they are the point. Templates (genres_*.py), context phrases
    (phrases.py), number ranges (numbering.py) and the hard negatives (neg_table.py, negatives.py) were
    all written fresh for this set.

Genres (127 with values, 22 negative-only), none in v6's new-genre or avoid lists
    English US: vet reminder cards, plumber call-out cards, moving-company estimates, wedding supplier
    sheets, hospital discharge summaries, field-trip consent forms, clinical-trial recruitment flyers,
    newspaper corrections small print, radio swap-shop phone-in transcripts, arbitration letters,
    community-fridge rotas, tenant screening packets, marching-band parent lists, tax-preparer intake,
    museum kiosk cards, new-hire packets, daycare enrolment, credit-counselling intake. GB: allotment
    waiting lists, orchestra section lists, station lost-property notices, building-site signboards,
    harbour-master notices, dental recall letters, boiler-service reminders, driving-lesson cards,
    cattery intake forms, swimming-lesson waiting lists, bulky-waste confirmations, conference AV
    sheets. India (English and Hinglish): housing-society water-tanker lists, matrimonial biodata, OPD
    slips, cyber-café notices, caterer quotations, Ganpati mandal volunteers, sabzi-mandi rate cards,
    society guard rosters, kirana delivery pamphlets, bike-service pamphlets, tailor order slips,
    water-purifier AMC reminders. Australia (Aussies in London): hostel noticeboards, Anzac dawn-service
    stewards, house-sitting handovers, shearing contracts. Ireland (border area, Northern Ireland
    numbers): turf-cutting rotas, cross-border coach quotes, pilgrimage coach lists, B&B guest folders.
    German: Kleingarten-Warteliste, Orchesterstimmen, Fundbüro-Aushang, Bauschild, Umzugsangebot,
    Hochzeitsdienstleister, Entlassbrief, Klassenfahrt-Einverständnis, Tierarzt-Erinnerung,
    Schiedsgericht, Fairteiler-Putzplan, Sperrmüll, Smart-Home-Übergabe; Austria (Bavarian numbers):
    Almabtrieb helpers, cross-border car pools, dentist recall; Switzerland (Baden numbers): Grenzgänger
    lifts, Räbeliechtli parents, craftsman quotes. French: jardins familiaux, pupitres d'harmonie, objets
    trouvés, panneau de chantier, devis de déménagement, lettre de sortie, sortie scolaire, rappel
    vétérinaire, frigo solidaire, fiche vidéosurveillance; Belgium and Switzerland (French numbers):
    cross-border removals, holiday camps, ducasse committees, frontalier car pools, vendange teams,
    physiotherapy reminders. Spanish and Italian: the same everyday families (huertos / orti, banda
    municipal / banda, objetos perdidos / oggetti smarriti, cartel de obra / cartello di cantiere,
    mudanza / trasloco, alta / dimissione, excursión / gita, veterinario, nevera / frigo solidale) plus
    TPV installation reports and pharmacy signage cards. Dutch: volkstuin, harmonie, gevonden
    voorwerpen, bouwbord, verhuisofferte, ontslagbrief, buurtkoelkast, röntgen-werkplek, melkrobot;
    Belgium (Dutch numbers): border car pools, youth camps, kermis committees. Brazilian Portuguese:
    horta comunitária, orquestra, achados e perdidos, placa de obra, mudança, alta hospitalar, passeio
    escolar, veterinário, mutirão, visita técnica de provedor. Negative-only: meter-reading cards, pick
    lists, lottery results, sports results, parking penalty notices, train-delay certificates, exam
    timetables, recipe cards, pharmacy labels, car service records, itineraries, library acquisitions,
    insurance claim acknowledgements, boat registers, site diaries, product recalls, race results,
    release notes, land surveys, stock takes, ward boards, tax-office letters.
    Locales: en_US, en_GB, en_IN, en_AU, en_IE, de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, es_ES, it_IT,
    nl_NL, nl_BE, pt_BR ("en" for corpus texts).

Counts (seed 7007)
    1,400 documents: 700 with values, 550 synthetic negative-only, 150 corpus negatives.
    2,197 values: PHONE 1,613 (national 565, local-announced 420, list-entry 355, international 186,
    other 87; regions US 225, DE 204, GB 199, FR 167, IN 161, NL 133, BR 128, IT 120, ES 112, AU 49,
    BE 37, CH 34, IE 26, AT 18), EMAIL 228 (personal 124, role 104), IP_ADDRESS 152 (v4 114, v6 38),
    IBAN 87 (grouped 72, compact 15), CREDIT_CARD 62 (grouped 24, dashed 18, compact 20), US_SSN 55
    (dashed 47, spaced 8). Local-announced: subscriber-only for US 49, GB 62, DE 65, NL 39, BR 31,
    IN 42 (+14 full national); full national for FR 55, ES 31, IT 32. List entries: subscriber-only
    US 24, GB 57, DE 58, NL 41, BR 34, IN 22 (+5 full); full national FR 57, ES 27, IT 30.
    67 kinds of hard negative (41 patterned, 26 computed; see neg_table.py and negatives.py), used both
    in negative-only documents and inside documents with values; nine of them are phone-shaped digit
    groups under a label that says what they are (reference, booking, customer, patient, claim, tax,
    PNR, part and policy numbers, e.g. "Unser Zeichen 030 1234 5678").

Record format and conventions (those of v6)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number) or `<source>-en-<row>`. Sidecar (--values-out): line i holds {"values": [...]} for
    record i, one entry per span in order: {"kind", "mode", "text"}; PHONE entries add region, e164 and
    area_len (phonenumbers.length_of_geographical_area_code of the full number). PHONE modes:
    international (+CC, 00CC or a US writer's 011; every AT, AU, BE, CH and IE number is written so),
    national, local-announced (right after a context phrase of phrases.py, in every language variant),
    list-entry (a roster or table row under a phone/Telefon/téléphone/teléfono/telefoon/telefone
    heading) and other (toll-free, shared-cost, UAN, premium, in national form). A subscriber-only
    number is a valid full number with its geographic area code cut off, never starting with 0 or 1,
    and is written so only for US, GB, DE, NL, BR and IN (IN: 75 % of announced slots, 80 % of roster
    slots, the rest full national, mostly mobiles); FR, ES and IT announced and roster numbers are full
    national numbers. In AT/CH/BE/AU/IE documents the announced and roster numbers are those of the
    neighbouring plan (DE, FR, NL, GB), as cross-border documents have them. The value includes a + or
    00 prefix, the US "1-" prefix, a (0) trunk marker or area-code parentheses, never the context word
    or trailing punctuation; every full number round-trips through phonenumbers as valid for its region.
    Other modes: EMAIL personal/role, CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa, Mastercard
    5x/2x, Amex, Discover, RuPay, Elo prefixes), IBAN grouped/compact (mod-97-valid, FR RIB key, ES and
    BE national check digits and IT CIN computed), US_SSN dashed/spaced (SSA rules), IP_ADDRESS v4/v6.

Sources and licences
    Person names: Faker's static provider tables (MIT), drawn with our own random.Random (en_AU uses
    en_GB's tables); towns, e-mail domains and organisation names are our own lists. Phone validity and
    e164: phonenumbers (Apache-2.0); Belgian IBAN bank codes checked against python-stdnum's table
    (LGPL-2.1+). Corpus negatives, untouched, 50 each, from /work/shared/data (SOURCES.md): GSM8K test
    questions (openai/grade-school-math, MIT), hh-rlhf harmless-base test "chosen" dialogues
    (anthropics/hh-rlhf, MIT) and OpenAI moderation-sample prompts (openai/moderation-api-release, MIT);
    only texts of at most 1,500 characters with a digit, no "@", "http" or "www.", no run of seven or
    more digits (so no real phone number can hide there) and nothing the guards flag. Row = 0-based
    line of the JSONL file.

Command
    nice -n 19 .venv/bin/python benchmarks/pii_v7/make_heldout_set.py \
        --out tests/data/pii_heldout_v7.jsonl --values-out tests/data/pii_heldout_v7_values.jsonl
    nice -n 19 .venv/bin/python -m benchmarks.pii_v7.checks tests/data/pii_heldout_v7.jsonl \
        tests/data/pii_heldout_v7_values.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.pii_v7 import plan  # noqa: E402

SEED = 7007
DATA_DIR = Path("/work/shared/data")


def summarise(docs) -> dict:
    kinds, modes, regions, negs, genres = Counter(), Counter(), Counter(), Counter(), Counter()
    for record, side, neg_kinds in docs:
        negs.update(neg_kinds)
        genres[record["id"].split("-")[1] if record["spans"] or "-neg-" in record["id"] else "corpus"] += 1
        for entry in side["values"]:
            kinds[entry["kind"]] += 1
            modes[f"{entry['kind']}/{entry['mode']}"] += 1
            if entry["kind"] == "PHONE":
                regions[entry["region"]] += 1
    return {
        "documents": len(docs),
        "doc_types": dict(genres),
        "kinds": dict(kinds.most_common()),
        "modes": dict(sorted(modes.items())),
        "regions": dict(regions.most_common()),
        "negative_kinds": len(negs),
        "negative_uses": dict(negs.most_common()),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="tests/data/pii_heldout_v7.jsonl")
    ap.add_argument("--values-out", default="tests/data/pii_heldout_v7_values.jsonl")
    ap.add_argument("--data-dir", default=str(DATA_DIR))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    docs = plan.generate(args.seed, args.data_dir)
    with (
        open(args.out, "w", encoding="utf-8") as rec_fh,
        open(args.values_out, "w", encoding="utf-8") as side_fh,
    ):
        for record, side, _ in docs:
            rec_fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            side_fh.write(json.dumps(side, ensure_ascii=False) + "\n")
    print(json.dumps(summarise(docs), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
