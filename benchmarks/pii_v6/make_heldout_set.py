"""Write tests/data/pii_heldout_v6.jsonl: a sixth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code
    (nothing under src/reasonrl/, no `import reasonrl`), its earlier labelled sets and generators
    (benchmarks/pii/, benchmarks/pii_v2/, benchmarks/pii_v3/; of benchmarks/pii_v4/ and pii_v5/ only
    the module docstrings of make_heldout_set.py were read - v4's first 70 lines, v5's first 93 -
    for the record and sidecar format, the labelling conventions and the genres to avoid;
    tests/data/pii_* other than the two files written here, tests/data/test_phone*.py,
    tests/data/test_pii_labelled.py), and did not look at git history or diffs. No PII detector was
    run on this set while it was made, so nothing here was tuned towards or away from what any
    detector catches. The only screens are this package's own guards (guards.py): unlabelled text
    may hold no e-mail, Luhn-valid 13-19 digit run (space/dash groups), mod-97-valid IBAN, SSA-valid
    3-2-4 SSN shape, dotted quad with all parts 0-255 or parsable IPv6; phone-like negatives are
    never screened. Templates, context phrases (phrases.py) and negatives were written fresh.
    Genres avoid those of v1-v5 and v4's avoid list (SMS, chat, signatures, classifieds, invoices,
    bookings, forums, tickets, contact lists, CSV/JSON/logs, minutes, obituaries, parish bulletins,
    sports-club rosters, podcasts, court calendars, Slack exports, lab notebooks, choir lists,
    repair cafés, theatre programmes, RWA notices, coaching classes, PG-hostel rules ...).
    New genres (118 with values, 22 negative-only): beekeeping swarm-collector lists and apiary
    newsletters (EN, DE, FR, ES, IT, NL, PT), ferry service notices and timetables, mountain-hut
    logbooks (hut book, cahier de refuge, libro del rifugio), dog-walking rotas, tutoring ads,
    kindergarten phone trees (Telefonkette, chaîne téléphonique, belboom, corrente de telefones),
    ski-school and surf-school rosters, bell-ringing tower notices, astronomy nights, wildlife
    rescue cards, regatta entry lists, canal-boat handovers, seed libraries, model-railway shows,
    language-exchange boards, bug-bounty reports, server runbooks, firewall change requests,
    hackerspace wikis, escape-room game-master notes, credit-union loan worksheets, immigration
    intake memos, car-dealer finance sheets, funeral arrangement worksheets, volunteer background
    checks, chargeback evidence packs, card-fraud complaint letters, mail-in seed order forms, taxi
    and moto-taxi dispatch logs, ham-radio nets and QSL logs, thesis acknowledgements, housing
    co-op AGM packs (Wohnungsgenossenschaft, bewonerscommissie, condomínio), blood-donation
    sessions, school-bus route sheets, pharmacy duty rotas, fire-brigade call-out lists, rabbit
    shows, chess opens, toy libraries, cofradía costalero lists, Pro Loco sagra rotas, Vogelwerkgroep
    counts, ice-rink and windmill notices, carnival societies, capoeira, festa junina, street-market
    stalls, piano-tuner appointment books, chimney-sweep notices, snow-plough route cards, firewood
    deliveries, village-hall notes; for India, Hinglish tuition ads, kirtan-mandali rosters,
    tent-house quotations, auto-rickshaw union notices, blood camps, school-van lists, dabba route
    sheets, langar seva rotas, mehendi ads, computer-repair job cards, LPG agency notices, milk and
    ironing cards. Negative-only: chess pairings, membership ledgers, lift-pass and locker lists,
    race licences, dial-in instructions, timetables, hut conditions, apiary sheets, contest logs,
    security advisories, escape-room solution sheets, garage job cards, land registers, concert
    programmes, thesis front matter, livery lists, craft labels, health diaries, darts leagues,
    brigade call-out logs. Languages: English (US, GB, IN, AU, IE), German (DE, AT, CH), French
    (FR, BE, CH), Spanish, Italian, Dutch (NL, BE), Brazilian Portuguese and Hindi/English.
    Deterministic: seed 6006; names are drawn with our own random.Random from Faker's static
    provider tables (no Faker generator method, so no dependence on Python's hash seed).

Counts (seed 6006)
    1,432 documents: 706 with values, 576 synthetic negative-only, 150 corpus negatives.
    1,993 values: PHONE 1,474 (national 640, local-announced 316, list-entry 271, international
    174, other 73; regions DE 200, IN 176, BR 169, US 168, NL 152, GB 149, ES 115, IT 113, FR 109,
    AU 29, AT 28, IE 26, BE 25, CH 15), EMAIL 200 (personal 136, role 64), IP_ADDRESS 123 (v4 85,
    v6 38), IBAN 80 (grouped 58, compact 22), US_SSN 63 (dashed 54, spaced 9), CREDIT_CARD 53
    (grouped 25, dashed 17, compact 11). 69 kinds of hard negative: 64 generators (negatives.py,
    negatives_more.py) and 5 look-alike rosters (rosters.py: membership, lift-pass, FIDE, locker
    and licence numbers under a non-phone column), used in negative-only documents and inside
    documents with values.

Record format (as v4/v5)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted,
    never overlapping; text[start:end] is exactly the value. Kinds: PHONE, EMAIL, CREDIT_CARD, IBAN,
    US_SSN, IP_ADDRESS. `locale` is a Faker locale (en_US, en_GB, en_IN, de_DE, fr_FR, es_ES, it_IT,
    nl_NL, pt_BR, and outside the nine phone regions de_AT, de_CH, en_AU, en_IE, fr_BE, fr_CH, nl_BE)
    or "en" for corpus texts. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = running number) or
    `<source>-en-<row>`. Sidecar (--values-out): line i holds {"values": [...]} for record i, one
    entry per span in order: {"kind", "mode", "text", ...}; PHONE entries add region, e164 and
    area_len. Modes of the other kinds: EMAIL personal/role, CREDIT_CARD grouped/dashed/compact,
    IBAN grouped/compact, US_SSN dashed/spaced, IP_ADDRESS v4/v6.

Conventions (those of v4/v5)
    PHONE: the number as written, with its + or 00 (or a US writer's 011) prefix, the "1-" long-
    distance prefix, a (0) trunk marker or area-code parentheses, never the context word, an
    extension or trailing punctuation. Fax and service numbers are labelled. Modes: international
    (+CC / 00CC; every number of AT, AU, BE, CH and IE is written so, and 15 % of plain full-number
    slots), national, local-announced (subscriber-only, after a context word: "give us a bell on",
    "the desk picks up on", "ruft einfach an unter", "AB läuft:", "bel even naar", "inspreken kan
    op", "chama no WhatsApp", "fala comigo no", "call karo", "is number pe baat karein:" ...),
    list-entry (subscriber-only entry of a roster, phone tree or table whose heading or column says
    phone/Telefon/telefoon/telefone/Festnetz/landline ...) and other (toll-free, shared-cost, UAN:
    0800, 1-800, 0345, 0180, 900, 0900, 1800 ... in national form). A subscriber-only number is a
    valid full number with its geographic area code (phonenumbers.length_of_geographical_area_code)
    cut off, never starting with 0 or 1; written so only for US, GB, DE, NL, BR (landlines and
    9-digit mobiles) and IN (75 % of announced slots, 80 % of roster entries; the rest full
    national, mostly mobiles). FR, ES and IT have closed numbering plans, so their announced and
    roster slots are full national numbers. Digits are grouped as people write them (spaces, dots,
    dashes, slashes, parentheses, pairs, none); every full number round-trips through phonenumbers.
    EMAIL: the address only. CREDIT_CARD: Luhn-valid (Visa, Mastercard 5x/2x, Amex, Discover,
    RuPay, Elo prefixes). IBAN: mod-97-valid (FR RIB key, ES and BE check digits computed too).
    US_SSN: SSA rules. IP_ADDRESS: the address only (a trailing :port or [..]:port is not part).
    Unlabelled on purpose: one-time passcodes, booking references, membership, meter, donor, lift-
    pass, licence and FIDE numbers, door, key-safe and padlock codes, Wi-Fi keys, dial-in and
    pairing PINs, queue tickets, lost-property numbers, ferry sailings, tides, cab jobs, ham
    frequencies, call signs and locators, chess results, climbing grades, hive records, altitudes,
    OS grid references, avalanche levels, CVEs, ports, MAC addresses, SNMP OIDs, build numbers,
    bounty report ids, knitting patterns, tyre sizes, paint codes, cadastral parcels, PO boxes,
    IFSC/MICR codes, horse UELNs, blood pressure, timecodes, opus/BWV/KV numbers, library call
    numbers, grant numbers, ORCID iDs (Luhn-failing), co-op share and flat numbers, energy ratings,
    money, dates and times, SSN shapes breaking SSA rules (000-00-0000, 9xx, 666, 00, 0000),
    card-shaped loyalty and fuel cards failing Luhn, IBANs with wrong check digits, versions with a
    part over 255 and five-part section numbers, bus-stop codes, darts scores, ISMNs, satellite
    transponders, HS tariff codes, wine A.P.Nr., age bands, seed batches, race times, statutes,
    cabin/bunk numbers, visitor counts.

Sources and licences
    Person names: Faker's provider tables (MIT). Phone validity and e164: phonenumbers
    (Apache-2.0). Untouched texts as negatives, from /work/shared/data (SOURCES.md), 50 each, only
    texts with a digit, no "@" or "http" and nothing the guards flag: HumanEval prompts
    (openai/human-eval, MIT), MATH-500 problems (ZubinGou/math-evaluation-harness, identical to
    openai/prm800k's split, MIT) and English HateCheck test cases, at most three per template
    (paul-rottger/hatecheck-data, CC BY 4.0). Row = 0-based
    line of the JSONL file, or 0-based data row (the unnamed first column) of the HateCheck CSV.

Command
    nice -n 19 .venv/bin/python benchmarks/pii_v6/make_heldout_set.py \
        --out tests/data/pii_heldout_v6.jsonl --values-out tests/data/pii_heldout_v6_values.jsonl
    nice -n 19 .venv/bin/python -m benchmarks.pii_v6.checks tests/data/pii_heldout_v6.jsonl \
        tests/data/pii_heldout_v6_values.jsonl
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

from benchmarks.pii_v6 import corpus, plan  # noqa: E402

SEED = 6006


def build(seed: int = SEED):
    records, sidecars, neg_kinds = [], [], Counter()
    for record, side, kinds in plan.generate(seed):
        records.append(record)
        sidecars.append(side)
        neg_kinds.update(kinds)
    for record in corpus.records(seed):
        records.append(record)
        sidecars.append({"values": []})
    return records, sidecars, neg_kinds


def summary(records, sidecars, neg_kinds) -> str:
    kinds, modes = Counter(), Counter()
    for side in sidecars:
        for v in side["values"]:
            kinds[v["kind"]] += 1
            modes[(v["kind"], v["mode"])] += 1
    with_values = sum(1 for s in sidecars if s["values"])
    corpus_n = sum(1 for r in records if r["locale"] == "en")
    lines = [
        f"documents {len(records)}: {with_values} with values, {len(records) - with_values - corpus_n} synthetic "
        f"negative-only, {corpus_n} corpus negatives",
        f"values {sum(kinds.values())}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()),
        "modes: " + ", ".join(f"{k}/{m} {n}" for (k, m), n in sorted(modes.items())),
        f"negative kinds named in NEG/NROSTER slots: {len(neg_kinds)} (roster extras not counted)",
    ]
    return "\n".join(lines)


def write_jsonl(path: str, rows) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="tests/data/pii_heldout_v6.jsonl")
    ap.add_argument("--values-out", default="tests/data/pii_heldout_v6_values.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records, sidecars, neg_kinds = build(args.seed)
    write_jsonl(args.out, records)
    write_jsonl(args.values_out, sidecars)
    print(summary(records, sidecars, neg_kinds))


if __name__ == "__main__":
    main()
