"""Build the labelled PII set the detectors are measured on (kept fixed in git; re-run only to
extend it, with a new seed and a new file name).

Independent of the detectors: every PII value is whatever Faker (faker.readthedocs.io) generates
for its locale, in the formats Faker knows (phone numbers with area codes, trunk prefixes,
extensions; every card brand; IBANs per country), then written the ways people write them
(spaced, dashed, lower-case IBANs) inside short documents in the locale's language with and
without context words, next to hard negatives that look numeric (dates, prices, order and
tracking numbers, EAN-13 and ISBN codes, postcodes, years, versions, maths). Nothing here is a
real person's data: Faker's values are random (and its card numbers fail no checksum only by
construction).

    python benchmarks/pii/make_labelled_set.py --seed 1 --docs 600 --out tests/data/pii_faker_dev.jsonl
    python benchmarks/pii/make_labelled_set.py --seed 2 --docs 600 --out tests/data/pii_faker_test.jsonl

Each line: {"id", "locale", "text", "spans": [{"kind", "start", "end"}]} with spans in characters.
"""

from __future__ import annotations

import argparse
import json
import random

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_IN"]
# context phrases per language; None = no context word at all (the hard case for phone numbers)
PHONE_CTX = {
    "en": ["Call me at", "phone:", "my mobile is", None],
    "de": ["Ruf mich an unter", "Tel.:", "Handy", None],
    "fr": ["Appelez-moi au", "tél :", "mon portable :", None],
    "es": ["Llámame al", "teléfono:", "móvil", None],
    "it": ["Chiamami al", "tel.", "cellulare", None],
    "nl": ["Bel me op", "telefoon:", "mobiel", None],
    "pt": ["Me ligue no", "telefone:", "celular", None],
}
FILLER = {
    "en": "Thanks for your order of {n} items on {date}; total {price}.",
    "de": "Danke für Ihre Bestellung von {n} Artikeln am {date}; Summe {price}.",
    "fr": "Merci pour votre commande de {n} articles le {date} ; total {price}.",
    "es": "Gracias por su pedido de {n} artículos el {date}; total {price}.",
    "it": "Grazie per l'ordine di {n} articoli del {date}; totale {price}.",
    "nl": "Bedankt voor uw bestelling van {n} artikelen op {date}; totaal {price}.",
    "pt": "Obrigado pelo pedido de {n} itens em {date}; total {price}.",
}
CARDS = [
    "visa13",
    "visa16",
    "visa19",
    "mastercard",
    "amex",
    "discover",
    "diners",
    "jcb15",
    "jcb16",
    "maestro",
]


class Doc:
    def __init__(self):
        self.text, self.spans = "", []

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"kind": kind, "start": len(self.text), "end": len(self.text) + len(piece)})
        self.text += piece


def _card(fake: Faker, rng: random.Random) -> str:
    digits = fake.credit_card_number(card_type=rng.choice(CARDS))
    style = rng.choice(["plain", "space4", "dash4"])
    if style == "plain":
        return digits
    sep = " " if style == "space4" else "-"
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def _iban(fake: Faker, rng: random.Random) -> str:
    value = fake.iban()
    if rng.random() < 0.5:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value.lower() if rng.random() < 0.3 else value


def _negatives(fake: Faker, rng: random.Random, lang: str) -> str:
    """Numbers that are not PII: the detectors' precision is measured on these."""
    pool = [
        FILLER[lang].format(n=rng.randint(2, 40), date=fake.date(), price=fake.pricetag()),
        f"Order {fake.bothify('ORD-########')}, tracking {fake.bothify('1Z#########')}.",
        f"EAN {fake.ean13()} / ISBN {fake.isbn13()}.",
        f"{fake.postcode()} {fake.city()}, {fake.year()}.",
        f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)} build {rng.randint(10**6, 10**9)}",
        f"{rng.randint(100, 99999)} + {rng.randint(100, 99999)} = ?",
        f"Invoice {fake.bothify('####-####-####')}.",
    ]
    return " ".join(rng.sample(pool, 2))


def make_doc(fake: Faker, rng: random.Random, locale: str) -> Doc:
    lang = locale[:2]
    doc = Doc()
    doc.add(f"{fake.name()}: " if rng.random() < 0.5 else "")
    makers = [
        ("PHONE", fake.phone_number),
        ("EMAIL", fake.email),
        ("CREDIT_CARD", lambda: _card(fake, rng)),
        ("IBAN", lambda: _iban(fake, rng)),
        ("IP_ADDRESS", lambda: rng.choice([fake.ipv4(), fake.ipv6()])),
    ]
    if locale == "en_US":
        makers.append(("US_SSN", fake.ssn))
    for kind, make in rng.sample(makers, rng.randint(1, 3)):
        if kind == "PHONE":
            ctx = rng.choice(PHONE_CTX[lang])
            doc.add(f"{ctx} " if ctx else "")
        else:
            doc.add(f"{kind.lower().replace('_', ' ')}: " if rng.random() < 0.5 else "")
        doc.add(make(), kind)
        doc.add(rng.choice([". ", ", ", " - ", ".\n"]))
    doc.add(_negatives(fake, rng, lang))
    return doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for i, loc in enumerate(LOCALES):
        fakers[loc].seed_instance(args.seed * 1000 + i)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i in range(args.docs):
            loc = LOCALES[i % len(LOCALES)]
            doc = make_doc(fakers[loc], rng, loc)
            fh.write(
                json.dumps(
                    {"id": f"{args.seed}-{i}", "locale": loc, "text": doc.text, "spans": doc.spans},
                    ensure_ascii=False,
                )
                + "\n"
            )


if __name__ == "__main__":
    main()
