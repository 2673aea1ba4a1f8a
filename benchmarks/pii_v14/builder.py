"""Builds v14's synthetic documents: values with exact offsets, announced numbers, rosters, hard negatives."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import iban, neg_labelled, neg_patterned, neg_tables, phone_text, phones, phrasings, rosters, values
from .genres import for_locale, lang_weight
from .guards import masked, violations
from .locales import LOCALES, SUBSCRIBER_REGIONS, full_name, personal_email
from .phone_lines import GREET, HOME_INTERNATIONAL, INTERNATIONAL, NATIONAL, SERVICE, SIGN, line_type, pick

FOREIGN = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BR", "IN", "AT", "CH", "BE", "AU", "IE"]


@dataclass
class Doc:
    text: str = ""
    spans: list = field(default_factory=list)
    values: list = field(default_factory=list)
    meta: dict = field(default_factory=lambda: {"phrasings": [], "rosters": [], "negs": []})

    def add(self, s: str) -> None:
        self.text += s

    def value(self, kind: str, text: str, entry: dict) -> None:
        start = len(self.text)
        self.text += text
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append(
            {"kind": kind, **entry, "text": text} if kind != "PHONE" else {"kind": kind, **entry}
        )


class Deck:
    """Draws items in shuffled rounds so that every item gets used."""

    def __init__(self, items: list, rng: random.Random):
        self.items, self.rng, self.pool = list(items), rng, []

    def draw(self):
        if not self.pool:
            self.pool = list(self.items)
            self.rng.shuffle(self.pool)
        return self.pool.pop()


class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        langs = ["en", "de", "fr", "es", "it", "nl", "pt", "hg", "hi"]
        self.phrase_decks = {lang: Deck(phrasings.by_lang(lang), rng) for lang in langs}
        self.roster_deck = Deck(list(rosters.FORMATS), rng)
        self.labelled = Deck(range(len(neg_labelled.LABELLED)), rng)
        self.patterned = Deck(range(len(neg_patterned.PATTERNED)), rng)
        self.tables = Deck(list(neg_tables.TABLES), rng)

    # phones ---------------------------------------------------------------------------------------
    def local_phone(self, loc: str, mode: str) -> dict:
        rng, region = self.rng, LOCALES[loc].plan
        share = 0.75 if mode == "local-announced" else 0.8
        if region in SUBSCRIBER_REGIONS and (region != "IN" or rng.random() < share):
            ph = phones.fixed(rng, region, subscriber=True)
            text = phone_text.subscriber(rng, ph)
        else:
            mob = rng.random() < (0.8 if region == "IN" else 0.55)
            ph = phones.mobile(rng, region) if mob else phones.fixed(rng, region)
            text = phone_text.national(rng, ph)
        return {"mode": mode, "text": text, **ph.sidecar()}

    def full_phone(self, loc: str, mode: str, line: str = "A") -> dict:
        rng, lc = self.rng, LOCALES[loc]
        if mode == "other":
            ph = phones.service(rng, lc.plan)
            return {"mode": mode, "text": phone_text.service_text(rng, ph), **ph.sidecar()}
        if mode == "national":
            mob = line == "M" or (line == "A" and rng.random() < 0.5)
            ph = phones.mobile(rng, lc.plan) if mob else phones.fixed(rng, lc.plan)
            return {"mode": mode, "text": phone_text.national(rng, ph), **ph.sidecar()}
        region = lc.home if lc.home != lc.plan else (lc.plan if rng.random() < 0.3 else rng.choice(FOREIGN))
        ph = phones.mobile(rng, region) if rng.random() < 0.6 else phones.fixed(rng, region)
        text = phone_text.international(rng, ph, us_writer=loc == "en_US")
        return {"mode": mode, "text": text, **ph.sidecar()}

    # blocks ---------------------------------------------------------------------------------------
    def announced(self, doc: Doc, loc: str, lang: str) -> None:
        idx = self.phrase_decks[lang].draw()
        before, after = phrasings.render(idx, full_name(self.rng, loc, lang).split()[0])
        doc.add(before)
        entry = self.local_phone(loc, "local-announced")
        doc.value("PHONE", entry["text"], entry)
        doc.add(after)
        doc.meta["phrasings"].append(idx)

    def roster(self, doc: Doc, loc: str, lang: str) -> None:
        rng, fmt = self.rng, self.roster_deck.draw()
        n = rng.randint(3, 6)
        if not doc.text.endswith("\n\n"):
            doc.add("\n")
        names = []
        while len(names) < n:
            name = full_name(rng, loc, lang)
            names += [name] if name not in names else []
        entries = list(zip(names, rng.sample(rosters.jobs(lang), n), strict=True))
        numbers = [self.local_phone(loc, "list-entry") for _ in entries]
        doc.add(rng.choice(rosters.HEADINGS[lang]) + "\n")
        lines = rosters.render(fmt, lang, entries, rng, [x["text"] for x in numbers])
        for k, line in enumerate(lines):
            for part in line:
                if isinstance(part, int):
                    doc.value("PHONE", numbers[part]["text"], numbers[part])
                else:
                    doc.add(part)
            doc.add("\n" if k < len(lines) - 1 else "")
        doc.meta["rosters"].append(fmt)

    def phone_line(self, doc: Doc, loc: str, lang: str, mode: str) -> None:
        table = {"national": NATIONAL, "international": INTERNATIONAL, "other": SERVICE}[mode]
        if mode == "international" and LOCALES[loc].home != LOCALES[loc].plan:
            table = HOME_INTERNATIONAL
        line, template = line_type(pick(table, lang, self.rng, doc.meta.setdefault("used", set())))
        before, after = template.split("{num}")
        entry = self.full_phone(loc, mode, line)
        doc.add(before)
        doc.value("PHONE", entry["text"], entry)
        doc.add(after)

    def value_line(self, doc: Doc, loc: str, lang: str, kind: str, genre: str) -> None:
        rng = self.rng
        key, entry = self.make_value(loc, lang, kind, genre)
        before, after = pick(values.LINES_BY_LANG[key], lang, rng, doc.meta.setdefault("used", set())).split(
            "{v}"
        )
        doc.add(before)
        doc.value(kind, entry.pop("text"), entry)
        doc.add(after)

    def make_value(self, loc: str, lang: str, kind: str, genre: str) -> tuple[str, dict]:
        rng = self.rng
        if kind == "EMAIL":
            if rng.random() < 0.55:
                name = full_name(rng, loc, "en" if lang == "hi" else lang)
                return "EMAIL", {"mode": "personal", "text": personal_email(rng, loc, name)}
            local = rng.choice(values.ROLE_LOCAL.get(lang, values.ROLE_LOCAL["en"]).split())
            return "EMAIL", {
                "mode": "role",
                "text": f"{local}@{genre}-{rng.randint(2, 99)}.{LOCALES[loc].tld}",
            }
        if kind == "IP_ADDRESS":
            v6 = rng.random() < 0.3
            return "IP", {"mode": "v6" if v6 else "v4", "text": values.ipv6(rng) if v6 else values.ipv4(rng)}
        if kind == "CREDIT_CARD":
            text, mode = values.card_text(rng, values.card_number(rng))
            return "CARD", {"mode": mode, "text": text}
        if kind == "IBAN":
            raw = iban.make(rng, values.IBAN_COUNTRY[loc])
            grouped = rng.random() < 0.8
            return "IBAN", {
                "mode": "grouped" if grouped else "compact",
                "text": iban.grouped(raw) if grouped else raw,
            }
        text, mode = values.ssn(rng)
        return "SSN", {"mode": mode, "text": text}

    def negative(self, doc: Doc, lang: str, labelled: bool) -> None:
        if labelled:
            k = self.labelled.draw()
            doc.add(neg_labelled.render(k, lang, self.rng))
            doc.meta["negs"].append("labelled:" + neg_labelled.LABELLED[k][0])
        else:
            k = self.patterned.draw()
            doc.add(neg_patterned.render(k, lang, self.rng))
            doc.meta["negs"].append("patterned:" + neg_patterned.PATTERNED[k][0])

    # documents ------------------------------------------------------------------------------------
    def genre_for(self, loc: str) -> tuple:
        options = for_locale(loc)
        return self.rng.choices(options, [lang_weight(g) for g in options])[0]

    def value_plan(self, loc: str) -> list[tuple]:
        rng, lc = self.rng, LOCALES[loc]
        plan = [("announced",)] * rng.choices([0, 1, 2], [30, 62, 8])[0]
        plan += [("roster",)] if rng.random() < 0.115 else []
        plan += [("phone", "national")] * rng.choices([0, 1, 2], [40, 45, 15])[0]
        intl = 1 if lc.home != lc.plan and rng.random() < 0.85 else int(rng.random() < 0.1)
        plan += [("phone", "international")] * intl
        plan += [("phone", "other")] if rng.random() < 0.18 else []
        for kind, p in (("EMAIL", 0.28), ("IP_ADDRESS", 0.15), ("CREDIT_CARD", 0.125)):
            plan += [("value", kind)] if rng.random() < p else []
        if loc in values.IBAN_COUNTRY and rng.random() < 0.14:
            plan.append(("value", "IBAN"))
        if loc == "en_US" and rng.random() < 0.75:
            plan.append(("value", "US_SSN"))
        return plan or [("announced",)]

    def write(self, loc: str, genre: tuple, plan: list[tuple], n_lab: int, n_pat: int) -> Doc:
        rng, lang, doc = self.rng, genre[2], Doc()
        doc.meta["lang"] = lang
        blocks = [("sentence", s) for s in rng.sample(genre[4], rng.randint(2, len(genre[4])))]
        blocks += [("neg", True)] * n_lab + [("neg", False)] * n_pat + plan
        head, rest = blocks[:1], blocks[1:]
        rng.shuffle(rest)
        doc.add(genre[3] + "\n\n" + pick(GREET, lang, rng) + "\n\n")
        for block in head + rest:
            self.write_block(doc, loc, lang, genre[0], block)
            doc.add("\n\n" if block[0] in ("roster",) or rng.random() < 0.3 else "\n")
        doc.text = doc.text.rstrip("\n") + "\n\n"
        doc.add(pick(SIGN, lang, rng).replace("{name}", full_name(rng, loc, lang).split()[0]))
        doc.meta.pop("used", None)
        return doc

    def write_block(self, doc: Doc, loc: str, lang: str, genre: str, block: tuple) -> None:
        kind = block[0]
        if kind == "sentence":
            doc.add(block[1])
        elif kind == "neg":
            self.negative(doc, lang, block[1])
        elif kind == "announced":
            self.announced(doc, loc, lang)
        elif kind == "roster":
            self.roster(doc, loc, lang)
        elif kind == "phone":
            self.phone_line(doc, loc, lang, block[1])
        else:
            self.value_line(doc, loc, lang, block[1], genre)

    def positive(self, loc: str) -> tuple[Doc, str]:
        while True:
            genre = self.genre_for(loc)
            doc = self.write(
                loc, genre, self.value_plan(loc), int(self.rng.random() < 0.9), self.rng.randint(1, 2)
            )
            if not violations(masked(doc.text, doc.spans)):
                return doc, genre[0]

    def negative_prose(self, loc: str) -> tuple[Doc, str]:
        while True:
            genre = self.genre_for(loc)
            doc = self.write(loc, genre, [], self.rng.randint(1, 3), self.rng.randint(3, 4))
            if not violations(doc.text):
                return doc, genre[0]

    def table(self, loc: str) -> tuple[Doc, str]:
        lang = LOCALES[loc].lang
        while True:
            key = self.tables.draw()
            doc = Doc()
            doc.meta["lang"] = lang
            doc.add(neg_tables.render(key, lang, loc, self.rng))
            doc.meta["negs"].append("table:" + key)
            if not violations(doc.text):
                return doc, key.replace(" ", "_")
