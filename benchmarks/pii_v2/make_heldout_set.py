"""Write tests/data/pii_heldout_v2.jsonl: an independent, held-out labelled set for PII detection.

How it was built
    Written from a brief, by someone who did not open, read, grep or run the project's PII
    detectors, their tests or their earlier labelled data (src/reasonrl/data/filters/,
    src/reasonrl/compliance/, benchmarks/pii/, tests/data/pii_*), did not import reasonrl, and did
    not look at those files' history. No detector was run on this set while it was made, so nothing
    here was tuned towards or away from what they catch. Values are random (fixed seed); templates
    and phrasings were written for this set in 12 locales.

Record format (one JSON object a line)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted,
    never overlapping; text[start:end] is exactly the value. Kinds: PHONE, EMAIL, CREDIT_CARD, IBAN,
    US_SSN, IP_ADDRESS. `locale` is a Faker locale (en_US, en_GB, en_IN, de_DE, fr_FR, es_ES, it_IT,
    nl_NL, pt_PT, pt_BR, ja_JP, zh_CN) for written documents and a bare language (en, de, fr, es,
    it, nl, pt, zh, ar) for corpus sentences. `id` is `<locale>-<pos|neg>-t<template>-<n>` or
    `<source>-<lang>-<n>`; detectors must only see `text`.

Conventions
    PHONE: the number as written, with a leading + or 00 country prefix (or the "1-" long-distance
    prefix of North American numbers), a (0) trunk marker and area-code parentheses, but never the
    context word ("Tel.", "mob", "WhatsApp"), an extension ("ext. 12", "x 204", "内線 35" are outside
    the span), nor trailing punctuation. Fax numbers and company hotlines are telephone numbers and
    are labelled. A local number announced by a context word ("ring me at 467 3395", "WhatsApp:
    0151 2345678") is a PHONE span. Every number is drawn at random within its region's numbering
    plan and kept only if phonenumbers.is_valid_number accepts the full number; a subscriber-only
    local number is such a full number with its geographic area code cut off, and never starts with
    0 or 1 (so it could be dialled locally); templates holding one are drawn twice as often.
    Fullwidth digits occur in some Japanese documents.
    EMAIL: the address only (no "mailto:", no angle brackets). CREDIT_CARD: Luhn-valid, grouped as
    printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4, or ungrouped). IBAN: mod-97-valid, printed in
    groups of four or compact; national check digits inside the BBAN are not modelled. US_SSN: keeps
    the SSA rules (area not 000, 666 or 9xx; group not 00; serial not 0000). IP_ADDRESS: IPv4 or
    IPv6 address only (a ":port" or "/len" suffix is outside the span).
    Unlabelled on purpose, as realistic negatives: order, reference, case, invoice, ticket, tracking,
    serial, customer, meeting and policy numbers, postcodes, VAT and company numbers, BICs, sort and
    routing codes, dates, prices, ISBNs, versions, coordinates, masked cards and IBANs, SEPA creditor
    IDs. Card-shaped negatives fail Luhn; SSN-shaped negatives break an SSA rule; no unlabelled text
    holds a Luhn-valid 13-19 digit run, a valid SSN shape, a mod-97-valid IBAN shape, a valid dotted
    IPv4 address or an e-mail address (documents are redrawn until so, and the self-check verifies).

Sources and licences
    Names, streets, cities, postcodes and company names: Faker (MIT), seeded. Phone validity:
    phonenumbers (Apache-2.0). Untouched sentences, as negatives, from /work/shared/data (see its
    SOURCES.md): GSM8K test questions (openai/grade-school-math, MIT); HateCheck non-hateful cases
    (paul-rottger/hatecheck-data, CC BY 4.0, Röttger et al. 2021) and Multilingual HateCheck
    non-hateful cases (rewire-online/multilingual-hatecheck, CC BY 4.0, Röttger et al. 2022). Those
    sentences are reproduced unchanged with this attribution; only non-hateful cases are used.

Usage
    .venv/bin/python benchmarks/pii_v2/make_heldout_set.py [--out tests/data/pii_heldout_v2.jsonl]

Self-check (run on every build; the file is not written if it fails): each span's text is exactly
the value inserted there; every PHONE re-parses with phonenumbers to the same valid E.164 number (a
subscriber-only number is the tail of a valid number after its geographic area code); cards pass
Luhn, IBANs mod 97, SSNs the SSA rules, IPs the ipaddress module, e-mails a plain address pattern;
spans are sorted, in bounds, never overlap and do not run into a neighbouring letter or digit; and
the unlabelled text has none of the hazards listed above.

The output is deterministic for a given seed and given versions of Faker and phonenumbers (the set
was written with Faker 40.63.0 and phonenumbers 9.0.43).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
from collections import Counter
from pathlib import Path

import heldout_negatives as neg
import heldout_values as hv
import phonenumbers as pn
from faker import Faker
from heldout_render import Ctx, Span, render
from heldout_templates_en import TEMPLATES as EN
from heldout_templates_eu import TEMPLATES as EU
from heldout_templates_world import TEMPLATES as WORLD

SEED = 20240917
ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = {**EN, **EU, **WORLD}
# documents per locale: (with labelled values, negatives only)
PLAN = {
    "en_US": (125, 32),
    "en_GB": (78, 28),
    "en_IN": (75, 26),
    "de_DE": (82, 30),
    "fr_FR": (76, 28),
    "es_ES": (72, 28),
    "it_IT": (72, 28),
    "nl_NL": (74, 28),
    "pt_PT": (70, 26),
    "pt_BR": (76, 28),
    "ja_JP": (76, 28),
    "zh_CN": (76, 28),
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def masked(text: str, spans: list[Span]) -> str:
    """The text with every labelled value blanked, for scanning what is left unlabelled."""
    chars = list(text)
    for s in spans:
        chars[s.start : s.end] = ["¤"] * (s.end - s.start)
    return "".join(chars)


def draw_doc(template: str, ctx: Ctx) -> tuple[str, list[Span]]:
    """Render until nothing in the unlabelled text is secretly one of the labelled kinds."""
    for _ in range(50):
        ctx.spans = []
        ctx.new_person()
        ctx.company = ctx.fake.company()
        text = render(template, ctx)
        if not neg.hazards(masked(text, ctx.spans)):
            return text, ctx.spans
    raise RuntimeError(f"could not draw a clean document from {template[:60]!r}")


def locale_docs(rng: random.Random, locale: str) -> list[dict]:
    fake = Faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    ctx = Ctx(locale, rng, fake)
    docs = []
    n_pos, n_neg = PLAN[locale]
    for group, count in (("pos", n_pos), ("neg", n_neg)):
        templates = TEMPLATES[locale][group]
        # templates with a short local number are drawn twice as often: they are the rarer, harder case
        deck = [t for t, text in enumerate(templates) for _ in range(2 if "{LOCAL}" in text else 1)]
        order: list[int] = []
        for n in range(count):
            if not order:
                order = rng.sample(deck, len(deck))
            t = order.pop()
            text, spans = draw_doc(templates[t], ctx)
            docs.append(
                {"id": f"{locale}-{group}-t{t:02d}-{n:03d}", "locale": locale, "text": text, "spans": spans}
            )
    return docs


def corpus_docs(rng: random.Random) -> list[dict]:
    out = []
    for n, (lang, source, text) in enumerate(neg.corpus_sentences(rng)):
        out.append({"id": f"{source}-{lang}-{n:03d}", "locale": lang, "text": text, "spans": []})
    return out


def check_phone(text: str, value: hv.Value) -> None:
    full = pn.parse(value.e164)
    assert pn.is_valid_number(full), value
    if value.subscriber_only:
        nsn = pn.national_significant_number(full)
        digits = "".join(c for c in text if c.isdigit())
        area = pn.length_of_geographical_area_code(full)
        assert area and digits == nsn[area:], (text, value.e164)
        return
    parsed = pn.parse(text, value.parse_region)
    assert pn.format_number(parsed, pn.PhoneNumberFormat.E164) == value.e164, (text, value.e164)


def check_value(text: str, value: hv.Value) -> None:
    kind = value.kind
    if kind == "PHONE":
        check_phone(text, value)
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        assert digits.isdigit() and 14 <= len(digits) <= 19 and hv.luhn_ok(digits), text
    elif kind == "IBAN":
        assert hv.iban_ok(text), text
    elif kind == "US_SSN":
        digits = re.sub(r"[ -]", "", text)
        assert len(digits) == 9 and hv.ssn_ok(digits), text
    elif kind == "IP_ADDRESS":
        ipaddress.ip_address(text)
    elif kind == "EMAIL":
        assert EMAIL_RE.fullmatch(text), text
    else:
        raise AssertionError(f"unknown kind {kind}")


def _word_char(c: str) -> bool:
    """Would this neighbour glue onto a value? (CJK text runs straight into numbers, so it does not.)"""
    return c.isdigit() or c == "_" or (c.isascii() and c.isalpha())


def self_check(doc: dict) -> None:
    """Every span is exactly its value, verifies as its kind, stands alone, and overlaps nothing."""
    text, spans = doc["text"], doc["spans"]
    prev_end = 0
    for s in spans:
        assert prev_end <= s.start < s.end <= len(text), doc["id"]
        assert text[s.start : s.end] == s.value.text, doc["id"]
        before = text[s.start - 1] if s.start else " "
        after = text[s.end] if s.end < len(text) else " "
        assert not (_word_char(before) or before in "+@"), (doc["id"], text[s.start - 3 : s.end])
        assert not (_word_char(after) or after == "@"), (doc["id"], text[s.start : s.end + 3])
        check_value(text[s.start : s.end], s.value)
        prev_end = s.end
    assert not neg.hazards(masked(text, spans)), (doc["id"], neg.hazards(masked(text, spans)))


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for locale in PLAN:
        docs += locale_docs(rng, locale)
    docs += corpus_docs(rng)
    rng.shuffle(docs)
    for doc in docs:
        doc["spans"].sort(key=lambda s: s.start)
        self_check(doc)
    return docs


def summary(docs: list[dict]) -> dict:
    spans = [s for d in docs for s in d["spans"]]
    phones = [s.value for s in spans if s.value.kind == "PHONE"]
    return {
        "documents": len(docs),
        "spans": len(spans),
        "per_kind": dict(Counter(s.value.kind for s in spans).most_common()),
        "phone_local_no_country_code": sum(v.local for v in phones),
        "phone_subscriber_only": sum(v.subscriber_only for v in phones),
        "negative_only_documents": sum(not d["spans"] for d in docs),
        "per_locale": dict(Counter(d["locale"] for d in docs)),
    }


def write(docs: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for d in docs:
            spans = [{"kind": s.value.kind, "start": s.start, "end": s.end} for s in d["spans"]]
            record = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": spans}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "tests/data/pii_heldout_v2.jsonl")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    docs = build(args.seed)
    write(docs, args.out)
    print(json.dumps(summary(docs), indent=1, ensure_ascii=False))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
