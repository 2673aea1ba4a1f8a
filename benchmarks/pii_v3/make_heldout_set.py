"""Write tests/data/pii_heldout_v3.jsonl: a third, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's PII
    detectors, their tests or any earlier labelled data or generator: nothing under
    src/reasonrl/data/filters/, src/reasonrl/compliance/, benchmarks/pii/, tests/data/pii_*,
    tests/data/test_phone_rules.py or tests/data/test_pii_labelled.py, and of benchmarks/pii_v2/ only
    the module docstring of make_heldout_set.py (for the record format and the labelling
    conventions, which are kept); not the history of any of these; reasonrl was not imported. No
    PII detector (the project's or anyone else's) was run on this set while it was made, so nothing
    here was tuned towards or away from what a detector catches. Templates, phrasings, document
    types and negatives are new for v3 and differ from v2's: SMS, chat and WhatsApp exports,
    voicemail transcripts, e-mail signatures, classified ads, CV headers, invoice footers, booking
    confirmations, school letters and phone trees, forum posts, support tickets, delivery notes,
    flyers, HR onboarding forms, appointment reminders, lists of useful numbers, and machine-made
    CSV/TSV exports, vCards, markdown tables, JSON snippets and log lines. Values are random (seed
    below); phone numbers come from phonenumbers and are kept only when valid. Each locale gets a
    fixed number of documents, 24 % of them negative-only; templates are dealt from a shuffled deck
    in which those holding a local number, a card, an IBAN or an SSN appear more often, so the
    kind mix is stable across seeds (about 64 % PHONE, 17 % EMAIL, 5-6 % each of the rest).

Record format (one JSON object a line)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted,
    never overlapping; text[start:end] is exactly the value. Kinds: PHONE, EMAIL, CREDIT_CARD, IBAN,
    US_SSN, IP_ADDRESS. `locale` is a Faker locale for written documents (en_US, en_GB, en_IN, de_DE,
    fr_FR, es_ES, it_IT, nl_NL, pt_BR, and a few en_IE, en_AU, pl_PL, sv_SE) and a bare language (en,
    de, fr, es, it, nl, pt, zh, ar) for corpus sentences. `id` is `<locale>-<pos|neg>-<doctype>-<n>`
    or `<source>-<lang>-<n>`; detectors must only see `text`. With --values-out, a sidecar line per
    record gives {"values": [{"kind", "mode", ...}]}, spans in order; a PHONE's mode is
    international, national, local-announced (a subscriber-only number announced in running text)
    or list-entry (a subscriber-only number in a list or table whose heading or column names it),
    and its E.164 form.

Conventions (those of v2)
    PHONE: the number as written, with a leading + or 00 country prefix (or the "1-" long-distance
    prefix of North American numbers), a (0) trunk marker and area-code parentheses, but never the
    context word ("Tel.", "M", "WhatsApp", "TEL;TYPE=CELL:"), an extension ("ext. 12", "Durchwahl
    34", "poste 204" stay outside the span), nor trailing punctuation. Fax numbers and hotlines are
    labelled. A local number announced by context ("ring the office on 496 0123", a phone-tree
    entry under "all numbers 0161") is a PHONE span. Numbers of the detector's regions (US, GB, DE,
    FR, ES, IT, NL, BR, IN) appear in national, international and local forms; numbers of other
    countries only in international form. Every number is valid for phonenumbers.is_valid_number;
    a local number is a valid fixed-line number with its geographic area code cut off, has five to
    eight digits and never starts with 0 or 1 (US, GB, DE, IN, BR, NL only: FR, ES and IT have no
    local dialling).
    EMAIL: the address only (no "mailto:", no angle brackets). CREDIT_CARD: Luhn-valid, grouped as
    printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4, Maestro 4-4-4-4-3, or ungrouped). IBAN: mod-97-valid
    with its country's length, in groups of four or compact; national check digits inside the BBAN
    are not modelled. US_SSN: keeps the SSA rules (area not 000, 666 or 9xx; group not 00; serial
    not 0000), dashed, spaced or compact. IP_ADDRESS: IPv4 or IPv6 only (":port", "/len" and the
    brackets of "[v6]:port" are outside the span).
    Unlabelled on purpose: order, reference, case, ticket, invoice, tracking, parcel, serial,
    booking, membership, policy, customer and account numbers, flight and train numbers, seats,
    rooms, gates and platforms, postcodes and area codes standing alone, VAT, company and tax ids
    (EIN, and ITINs, whose 9xx area breaks the SSN rules), BICs, sort, routing and IFSC codes, dates,
    times, timestamps and epoch seconds, prices, quantities, percentages, ISBNs, EANs, SKUs,
    versions, coordinates, hashes, MAC addresses, one-time codes, masked cards and IBANs, phone
    extensions, sports scores, lottery numbers and arithmetic. A phone-shaped one is always named
    ("Order no. 415 780 9394"). No unlabelled text holds a Luhn-valid 13-19 digit run, a valid SSN
    shape, a mod-97-valid IBAN shape, a valid IPv4 or IPv6 address or an e-mail address: documents
    are drawn again until so, and the self-check verifies it (v3_selfcheck).

Sources and licences
    Names, streets, cities and company names: Faker (MIT), seeded. Phone validity: phonenumbers
    (Apache-2.0). Unchanged sentences, as negatives, from /work/shared/data (see its SOURCES.md):
    GSM8K test questions (openai/grade-school-math, MIT); HateCheck (paul-rottger/hatecheck-data,
    CC BY 4.0, Röttger et al. 2021) and Multilingual HateCheck (rewire-online/multilingual-hatecheck,
    CC BY 4.0, Röttger et al. 2022), only non-hateful cases of the functionalities ident_neutral_nh,
    ident_pos_nh and target_obj_nh, reproduced unchanged with this attribution.

Usage
    .venv/bin/python benchmarks/pii_v3/make_heldout_set.py [--out tests/data/pii_heldout_v3.jsonl]
        [--values-out PATH] [--seed N]

Self-check (run on every build; nothing is written if it fails): see v3_selfcheck. The output is
deterministic for a given seed and given versions of Faker and phonenumbers.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import v3_build  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED = 20250611


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "tests" / "data" / "pii_heldout_v3.jsonl"))
    parser.add_argument("--values-out", default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)

    records = v3_build.build(random.Random(args.seed), args.seed)
    v3_build.final_check(records)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in records:
            row = {k: rec[k] for k in ("id", "locale", "text", "spans")}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.values_out:
        with open(args.values_out, "w", encoding="utf-8") as fh:
            for rec in records:
                vals = [{k: v for k, v in val.items() if k != "text"} for val in rec["values"]]
                fh.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    by_loc = defaultdict(Counter)
    for r in records:
        by_loc[r["locale"]]["docs"] += 1
        by_loc[r["locale"]]["neg" if not r["spans"] else "pos"] += 1
    print(f"wrote {len(records)} records, {sum(kinds.values())} values to {args.out}")
    print("kinds:", dict(kinds))
    print("modes:", dict(Counter(v["mode"] for r in records for v in r["values"] if v["kind"] == "PHONE")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
