"""Write tests/data/pii_heldout_v4.jsonl: a fourth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code
    (nothing under src/reasonrl/, no `import reasonrl`), its earlier labelled sets and generators
    (benchmarks/pii/, benchmarks/pii_v2/ except the first 60 lines of its make_heldout_set.py, read
    only for the record format and labelling conventions, benchmarks/pii_v3/, tests/data/pii_*,
    tests/data/test_phone_rules.py, tests/data/test_pii_labelled.py), and did not look at git
    history or diffs. No PII detector was run on this set while it was made, so nothing here was
    tuned towards or away from what any detector catches. Genres, templates, phrasings and
    negatives were written fresh for this set and avoid the genres of the earlier sets (SMS, chat,
    voicemail, signatures, classified ads, CVs, invoices, bookings, school letters, forums,
    tickets, delivery notes, flyers, HR forms, reminders, contact lists, CSV/JSON/vCard/logs ...).
    New genres: meeting minutes, incident reports, obituaries, parish bulletins and newsletters,
    sports-club rosters, real-estate and job postings, lost-and-found notices, landlord notices,
    legal letters, insurance claims, tax forms, bank statements, web-form dumps, chat-bot
    transcripts, call-centre notes, OCR'd scans, subtitles, disclaimers, wiki text, recipe blogs,
    itineraries, prescription labels, wedding invitations, alumni directories, neighbourhood
    watch lists, yellow pages, Impressum, YAML/INI/Python config, SQL dumps, HTML footers, e-mail
    headers, Git commits, calendar entries.

Record format (one JSON object a line)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted,
    never overlapping; text[start:end] is exactly the value. Kinds: PHONE, EMAIL, CREDIT_CARD, IBAN,
    US_SSN, IP_ADDRESS. `locale` is a Faker locale (en_US, en_GB, en_IN, de_DE, fr_FR, es_ES,
    it_IT, nl_NL, pt_BR, and outside the detector's nine phone regions de_AT, en_AU, fr_BE) or
    "en" for corpus sentences. `id` is `<locale>-<pos|neg>-<genre>-<n>` or `<source>-en-<row>`.
    Sidecar (--values-out): line i holds {"values": [...]} for record i, one entry per span in
    order: {"kind", "mode", "text", ...}; PHONE entries add region, e164 and area_len.

Conventions (those of set v2)
    PHONE: the number as written, with its + or 00 prefix, the "1-" long-distance prefix, a (0)
    trunk marker or area-code parentheses, never the context word, an extension or trailing
    punctuation. Fax numbers and company hotlines are labelled. Phone modes:
      international   +CC / 00CC form (every number of a country outside the nine is written so)
      national        full national form of a geographic or mobile number of the document region
      local-announced subscriber-only number, announced by a context word ("ring ... on", "Tel.",
                      "Ruf", "bel", "fone", "The number's")
      list-entry      subscriber-only number as an entry of a directory, roster or phone list whose
                      heading announces telephone numbers
      other           national form of a non-geographic service number (toll-free, shared-cost,
                      premium, UAN: 0800, 1-800, 0345, 900, 0900, 1800 ...)
    Local numbers: a subscriber-only number is a valid full number with its geographic area code
    (phonenumbers.length_of_geographical_area_code) cut off, never starting with 0 or 1. They occur
    for US, GB, DE, NL, BR and IN, where people dial and write numbers without the area code. FR,
    ES and IT have closed numbering plans (the full 10/9-digit number, area code included, is
    always dialled since 1996/1998), so nobody writes a subscriber-only number there; their
    "local" slots are written as full national numbers (mode national).
    EMAIL: the address only. CREDIT_CARD: Luhn-valid, grouped as printed or compact. IBAN:
    mod-97-valid, grouped by four or compact. US_SSN: SSA rules (area not 000/666/9xx, group not
    00, serial not 0000), dashed or spaced. IP_ADDRESS: IPv4 or IPv6 address only.
    Separators vary (spaces, no-break spaces, hyphens, dots, slashes, en dashes); OCR'd documents
    get an odd space inside some numbers, and l/1, O/0 confusions only in the literal text.
    Unlabelled on purpose: claim, policy, case, docket, order, invoice, tracking, parcel, serial,
    part, lot, member, student, employee, passport, account, Rx and NDC numbers; licence plates,
    VINs, IMEI-like serials failing Luhn, gift-card numbers failing Luhn, masked cards and IBANs,
    IBAN-shaped references failing mod 97, SSN-shaped ids breaking SSA rules, dotted quads with a
    part over 255, rooms, seats, gates, flights, trains, postcodes, VAT/company/tax/KvK ids, BICs,
    sort and routing codes, dates, times, durations, prices, quantities, measurements, coordinates,
    ISBNs, DOIs, versions, hashes, UUIDs, scores, year and page ranges, verses, phone-like
    arithmetic and statistics tables.

Sources and licences
    Names, streets, cities and companies: Faker (MIT), seeded. Phone validity: phonenumbers
    (Apache-2.0). Untouched texts as negatives, from /work/shared/data (see its SOURCES.md):
    GSM8K train questions (openai/grade-school-math, MIT), MATH-500 problems (MIT), OpenAI
    moderation samples with every label present and 0 (openai/moderation-api-release, MIT) and
    the first human turn of hh-rlhf harmless-base test dialogues (anthropics/hh-rlhf, MIT).
    Texts holding an @, a URL, a long digit run or any PII-looking value are skipped.

Usage
    .venv/bin/python benchmarks/pii_v4/make_heldout_set.py [--out ...] [--values-out ...]

Self-check (every build; nothing is written if it fails): spans sorted, in bounds, non-overlapping,
not touching a neighbouring letter or digit, and exactly the inserted value; every PHONE's digits
match its valid number in its mode and national ones re-parse to the same E.164 number; cards pass
Luhn, IBANs mod 97, SSNs the SSA rules, IPs the ipaddress module, e-mails an address pattern; the
unlabelled text holds no Luhn-valid 13-19 digit run, valid SSN shape, mod-97-valid IBAN shape,
valid IPv4/IPv6 address, e-mail address, valid +/00 international number or valid parenthesised
national number (documents are redrawn until so). Output is byte-identical for a given seed and
given versions of Faker and phonenumbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.pii_v4 import checks, corpus, render  # noqa: E402
from benchmarks.pii_v4.templates_en import EN, US  # noqa: E402
from benchmarks.pii_v4.templates_eu import DE, NL  # noqa: E402
from benchmarks.pii_v4.templates_neg import NEG  # noqa: E402
from benchmarks.pii_v4.templates_rom import ES, FR, IT, PT  # noqa: E402
from benchmarks.pii_v4.templates_struct import NEG_EN, STRUCT  # noqa: E402

SEED = 20240917
# locale: (positive documents, negative template documents)
PLAN = {
    "en_US": (148, 54),
    "en_GB": (122, 48),
    "en_IN": (90, 36),
    "en_AU": (18, 12),
    "de_DE": (108, 42),
    "de_AT": (16, 10),
    "nl_NL": (90, 36),
    "fr_FR": (63, 30),
    "fr_BE": (11, 7),
    "es_ES": (63, 30),
    "it_IT": (63, 30),
    "pt_BR": (90, 36),
}
POS = {"en": EN, "de": DE, "nl": NL, "fr": FR, "es": ES, "it": IT, "pt": PT}
NINE = {"en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR"}


def pick(rng: random.Random, loc: str, positive: bool) -> tuple[str, str]:
    lang = loc[:2]
    if not positive:
        return rng.choice(NEG_EN if lang == "en" else NEG[lang])
    if loc in NINE and rng.random() < 0.12:
        return rng.choice(STRUCT)
    if loc == "en_US" and rng.random() < 0.3:
        return rng.choice(US)
    return rng.choice(POS[lang])


def one_doc(rng: random.Random, loc: str, positive: bool, n: int) -> tuple[dict, list[dict]]:
    region = render.REGION[loc]
    for _ in range(200):
        genre, template = pick(rng, loc, positive)
        if "{SSN}" in template and loc != "en_US":
            continue
        ocr = positive and (genre == "ocr" or rng.random() < 0.05)
        doc = render.render(template, loc, rng, ocr=ocr)
        rec = {
            "id": f"{loc}-{'pos' if positive else 'neg'}-{genre}-{n}",
            "locale": loc,
            "text": "".join(doc.text),
            "spans": doc.spans,
        }
        if not checks.check_record(rec, doc.values, region):
            return rec, doc.values
    raise RuntimeError(f"could not draw a clean document for {loc}")


def build(seed: int) -> tuple[list[dict], list[list[dict]]]:
    rng = random.Random(seed)
    records, vals = [], []
    n = 0
    for loc in sorted(PLAN):
        npos, nneg = PLAN[loc]
        for positive in [True] * npos + [False] * nneg:
            rec, v = one_doc(rng, loc, positive, n)
            records.append(rec)
            vals.append(v)
            n += 1
    for rec in corpus.sentences(seed):
        records.append(rec)
        vals.append([])
    return records, vals


def self_check(records: list[dict], vals: list[list[dict]]) -> list[str]:
    errs = []
    ids = Counter(r["id"] for r in records)
    errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    for rec, v in zip(records, vals, strict=True):
        region = render.REGION.get(rec["locale"])
        errs += [f"{rec['id']}: {e}" for e in checks.check_record(rec, v, region)]
    return errs


def summary(records: list[dict], vals: list[list[dict]]) -> str:
    kinds = Counter(v["kind"] for vs in vals for v in vs)
    modes = Counter(v["mode"] for vs in vals for v in vs if v["kind"] == "PHONE")
    locs = Counter(r["locale"] for r in records)
    neg = sum(1 for r in records if not r["spans"])
    gold_loc = Counter(r["locale"] for r, vs in zip(records, vals, strict=True) for _ in vs)
    lines = [f"documents {len(records)} (negative-only {neg}), gold {sum(kinds.values())}"]
    lines.append("kinds " + json.dumps(dict(sorted(kinds.items()))))
    lines.append("phone modes " + json.dumps(dict(sorted(modes.items()))))
    lines.append("documents by locale " + json.dumps(dict(sorted(locs.items()))))
    lines.append("gold by locale " + json.dumps(dict(sorted(gold_loc.items()))))
    return "\n".join(lines)


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # some Faker providers draw from sets; fix string hashing so reruns are byte-identical
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="tests/data/pii_heldout_v4.jsonl")
    ap.add_argument("--values-out", default="tests/data/pii_heldout_v4_values.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    records, vals = build(args.seed)
    errs = self_check(records, vals)
    if errs:
        print("\n".join(errs[:50]), file=sys.stderr)
        print(f"self-check failed: {len(errs)} problems; nothing written", file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    with open(args.values_out, "w", encoding="utf-8") as fh:
        for v in vals:
            fh.write(json.dumps({"values": v}, ensure_ascii=False) + "\n")
    print(summary(records, vals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
