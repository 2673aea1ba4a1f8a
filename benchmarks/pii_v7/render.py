"""Template rendering: slots become text, labelled values become spans with sidecar entries."""

from __future__ import annotations

import re

from benchmarks.pii_v7 import names, negatives, phone_slots, values
from benchmarks.pii_v7.numbering import INTL_ONLY_REGIONS, RANGES
from benchmarks.pii_v7.phrases import PHRASES

# locale -> (language, home region, region of local / roster numbers, IBAN country)
LOCALES = {
    "en_US": ("en", "US", "US", "GB"),
    "en_GB": ("en", "GB", "GB", "GB"),
    "en_IN": ("en", "IN", "IN", "GB"),
    "en_AU": ("en", "AU", "GB", "GB"),
    "en_IE": ("en", "IE", "GB", "IE"),
    "de_DE": ("de", "DE", "DE", "DE"),
    "de_AT": ("de", "AT", "DE", "AT"),
    "de_CH": ("de", "CH", "DE", "CH"),
    "fr_FR": ("fr", "FR", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR", "BE"),
    "fr_CH": ("fr", "CH", "FR", "CH"),
    "es_ES": ("es", "ES", "ES", "ES"),
    "it_IT": ("it", "IT", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", "BE"),
    "pt_BR": ("pt", "BR", "BR", "PT"),
}
FOREIGN = ("DE", "GB", "FR", "NL", "ES", "IT", "US", "BR", "IN", "AT", "CH", "BE", "IE", "AU")
SLOT_RE = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z_0-9]+))?\}")


class Doc:
    def __init__(self, rng, locale: str, org: str, phrase_key: str | None = None):
        self.rng, self.locale = rng, locale
        self.lang, self.home, self.local, self.iban_cc = LOCALES[locale]
        self.phrase_key = phrase_key or locale
        self.org = org
        self.neg_kinds: list[str] = []

    def phone(self, slot: str) -> dict:
        rng, home = self.rng, self.home
        if slot == "P":
            if home in INTL_ONLY_REGIONS:
                return phone_slots.international(rng, home, home)
            return phone_slots.national(rng, home)
        if slot == "PX":
            return phone_slots.national(rng, self.local)
        if slot == "PI":
            return phone_slots.international(rng, home, home)
        if slot == "PF":
            return phone_slots.international(rng, rng.choice([r for r in FOREIGN if r != home]), home)
        if slot == "PO":
            return phone_slots.other(rng, home if "free" in RANGES[home] else self.local)
        if slot == "L":
            return phone_slots.list_entry(rng, self.local)
        raise KeyError(slot)

    def value(self, slot: str) -> dict:
        rng = self.rng
        table = {
            "E": lambda: values.email_personal(rng, self.locale),
            "ER": lambda: values.email_role(rng, self.locale, self.org),
            "IBAN": lambda: values.iban(rng, self.iban_cc),
            "CC": lambda: values.card(rng),
            "SSN": lambda: values.ssn(rng),
            "IP": lambda: values.ipv4(rng),
            "IP6": lambda: values.ipv6(rng),
        }
        return table[slot]() if slot in table else self.phone(slot)

    def plain(self, slot: str, arg: str | None) -> str:
        rng, lang, loc = self.rng, self.lang, self.locale
        if slot == "K":
            kind = arg or negatives.pick_kind(rng)
            self.neg_kinds.append(kind)
            return negatives.negative(rng, kind, lang, loc)
        if slot == "KP":
            kind = rng.choice(negatives.PHONE_SHAPED)
            self.neg_kinds.append(kind)
            return negatives.negative(rng, kind, lang, loc)
        if slot in ("D", "H", "M"):
            self.neg_kinds.append({"D": "date", "H": "time", "M": "money"}[slot])
        simple = {
            "N": lambda: names.full(rng, loc),
            "F": lambda: names.first(rng, loc),
            "S": lambda: names.last(rng, loc),
            "T": lambda: names.town(rng, loc),
            "ORG": lambda: self.org,
            "n": lambda: str(rng.randint(2, 40)),
            "D": lambda: negatives.COMPUTED["date"](rng, lang, loc),
            "H": lambda: negatives.COMPUTED["time"](rng, lang, loc),
            "M": lambda: negatives.COMPUTED["money"](rng, lang, loc),
        }
        return simple[slot]()


VALUE_SLOTS = {"P", "PX", "PI", "PF", "PO", "L", "E", "ER", "IBAN", "CC", "SSN", "IP", "IP6"}


def render(doc: Doc, template: str):
    """Text, spans and sidecar entries for one template."""
    parts: list[str] = []
    spans: list[dict] = []
    entries: list[dict] = []
    pos = 0
    length = 0
    for m in SLOT_RE.finditer(template):
        literal = template[pos : m.start()]
        parts.append(literal)
        length += len(literal)
        slot, arg = m.group(1), m.group(2)
        if slot == "PL":
            phrase = doc.rng.choice(PHRASES[doc.phrase_key]) + " "
            parts.append(phrase)
            length += len(phrase)
            entry = phone_slots.announced(doc.rng, doc.local)
        elif slot in VALUE_SLOTS:
            entry = doc.value(slot)
        else:
            text = doc.plain(slot, arg)
            parts.append(text)
            length += len(text)
            pos = m.end()
            continue
        parts.append(entry["text"])
        spans.append({"kind": entry["kind"], "start": length, "end": length + len(entry["text"])})
        entries.append(entry)
        length += len(entry["text"])
        pos = m.end()
    parts.append(template[pos:])
    return "".join(parts), spans, entries
