"""Documents: blocks of text with labelled values, assembled with exact offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import neg_labelled, neg_tables, phone_values, rosters, values
from .genres import CLOSINGS, GREETINGS, TABLE_INTROS, Genre, currency
from .guards import trips
from .locales import IBAN_COUNTRY, PLAN, first_names, person
from .neg_patterns import PATTERNS_A
from .neg_patterns2 import PATTERNS_B
from .phrasings import PHRASINGS, by_language
from .value_lines import LINES

PATTERNS = PATTERNS_A + PATTERNS_B
PAT_LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]


class Deck:
    """Draw items in shuffled rounds so every item is used about equally often."""

    def __init__(self, rng, items):
        self.rng, self.items, self.pile = rng, list(items), []

    def draw(self):
        if not self.pile:
            self.pile = self.items[:]
            self.rng.shuffle(self.pile)
        return self.pile.pop()


@dataclass
class Block:
    text: str
    vals: list = field(default_factory=list)  # (start, end, entry) relative to the block

    @property
    def multiline(self) -> bool:
        return "\n" in self.text


@dataclass
class Built:
    id: str
    locale: str
    text: str
    spans: list
    values: list
    meta: dict


def assemble(head: list[Block], middle: list[Block], tail: list[Block]) -> tuple[str, list]:
    text, found = "", []
    for i, block in enumerate(head + middle + tail):
        if i:
            prev = (head + middle + tail)[i - 1]
            wide = i <= len(head) or i == len(head) + len(middle) or block.multiline or prev.multiline
            text += "\n\n" if wide else "\n"
        for start, end, entry in block.vals:
            found.append((len(text) + start, len(text) + end, entry))
        text += block.text
    return text, found


def fill(template: str, slot: str, value: str, **words) -> Block:
    pre, post = template.split("{" + slot + "}", 1)
    pre, post = pre.format(**words), post.format(**words)
    return Block(pre + value + post, [(len(pre), len(pre) + len(value), None)])


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.phr = {lang: Deck(rng, by_language(lang)) for lang in {p[0] for p in PHRASINGS}}
        self.labelled = Deck(rng, range(len(neg_labelled.KINDS)))
        self.patterned = {lang: Deck(rng, range(len(PATTERNS))) for lang in PAT_LANGS}
        self.formats = Deck(rng, rosters.FORMATS)

    # values ---------------------------------------------------------------------------------------
    def announced(self, g: Genre, meta: dict) -> Block:
        idx = self.phr[g.lang].draw()
        lang, placement, template = PHRASINGS[idx]
        ent = phone_values.local(self.rng, g.locale, "local-announced")
        block = fill(template, "num", ent["text"], name=person(self.rng, g.locale, g.lang))
        meta["phrasings"].append(idx)
        return self._with(block, ent)

    def line(self, g: Genre, slot: str, ent: dict) -> Block:
        template = self.rng.choice(LINES[g.lang][slot])
        return self._with(fill(template, "v", ent["text"], name=person(self.rng, g.locale, g.lang)), ent)

    @staticmethod
    def _with(block: Block, ent: dict) -> Block:
        block.vals = [(s, e, ent) for s, e, _ in block.vals]
        return block

    def roster(self, g: Genre, meta: dict) -> Block:
        fmt = self.formats.draw()
        n = self.rng.randint(3, 6)
        names = self.rng.sample(first_names(g.locale, g.lang), n)
        ents = [phone_values.local(self.rng, g.locale, "list-entry") for _ in range(n)]
        text, spans = rosters.render(self.rng, fmt, g.lang, names, [e["text"] for e in ents])
        meta["rosters"].append(fmt)
        return Block(text, [(s, e, ent) for (s, e), ent in zip(spans, ents, strict=True)])

    def simple_value(self, g: Genre, kind: str) -> dict | None:
        r = self.rng
        slug = g.key.replace("_", "-") + str(r.randint(2, 99) if r.random() < 0.3 else "")
        if kind == "EMAIL":
            mode = "personal" if r.random() < 0.55 else "role"
            return {"kind": kind, "mode": mode, "text": values.email(r, g.locale, slug, mode)}
        if kind == "IP_ADDRESS":
            mode = "v4" if r.random() < 0.78 else "v6"
            return {"kind": kind, "mode": mode, "text": values.ipv4(r) if mode == "v4" else values.ipv6(r)}
        if kind == "IBAN":
            country = IBAN_COUNTRY.get(g.locale)
            if country is None or not LINES[g.lang]["iban"]:
                return None
            mode = "grouped" if r.random() < 0.85 else "compact"
            return {"kind": kind, "mode": mode, "text": values.iban(r, country, mode)}
        if kind == "CREDIT_CARD":
            mode = r.choices(["grouped", "compact", "dashed"], [58, 25, 17])[0]
            return {"kind": kind, "mode": mode, "text": values.credit_card(r, mode)}
        if g.locale != "en_US":
            return None
        mode = "dashed" if r.random() < 0.9 else "spaced"
        return {"kind": kind, "mode": mode, "text": values.ssn(r, mode)}

    def value_blocks(self, g: Genre, meta: dict) -> list[Block]:
        r, out = self.rng, []
        out += [self.announced(g, meta) for _ in range(r.choice([0, 1, 1, 0, 1, 2, 1, 0, 1]))]
        out += [
            self.line(g, "national", phone_values.national(r, g.locale))
            for _ in range(r.choice([0, 1, 1, 0, 1, 2, 1, 0]))
        ]
        if r.random() < 0.095:
            out.append(self.roster(g, meta))
        if r.random() < (0.6 if PLAN[g.locale][1] else 0.14):
            out.append(self.line(g, "international", phone_values.international(r, g.locale)))
        if r.random() < 0.17:
            out.append(self.line(g, "service", phone_values.service(r, g.locale)))
        for kind, slot, p in (
            ("EMAIL", "email", 0.31),
            ("IP_ADDRESS", "ip", 0.17),
            ("IBAN", "iban", 0.13),
            ("CREDIT_CARD", "cc", 0.11),
            ("US_SSN", "ssn", 0.75),
        ):
            if r.random() < p:
                ent = self.simple_value(g, kind)
                if ent is not None:
                    out.append(self.line(g, slot, ent))
        if not out:
            out.append(self.line(g, "national", phone_values.national(r, g.locale)))
        return out

    # negatives ------------------------------------------------------------------------------------
    def negative(self, lang: str, cur: str, meta: dict, labelled_share: float = 0.37) -> Block:
        if self.rng.random() < labelled_share:
            kind = neg_labelled.KINDS[self.labelled.draw()]
            meta["negatives"].append(("labelled", kind[0]))
            return Block(neg_labelled.render(self.rng, kind, lang))
        plang = "en" if lang == "hinglish" else lang
        key, labels, gen = PATTERNS[self.patterned[plang].draw()]
        meta["negatives"].append(("patterned", key))
        label = dict(zip(PAT_LANGS, labels.split("|"), strict=True))[plang]
        colon = " : " if plang == "fr" else ": "
        sep = self.rng.choice([colon, colon, " – "])
        prefix = "- " if self.rng.random() < 0.2 else ""
        return Block(f"{prefix}{label}{sep}{gen(self.rng, plang, cur)}")

    # documents ------------------------------------------------------------------------------------
    def frame(self, g: Genre, middle: list[Block]) -> tuple[list[Block], list[Block], list[Block]]:
        r = self.rng
        sentences = [Block(s) for s in r.sample(g.sentences, r.randint(2, min(3, len(g.sentences))))]
        for block in middle:
            sentences.insert(r.randint(1, len(sentences)), block)
        head = [Block(g.title), Block(r.choice(GREETINGS[g.lang]))]
        sign = r.choice(CLOSINGS[g.lang]).format(name=person(r, g.locale, g.lang))
        return head, sentences, [Block(sign)]

    def prose(self, g: Genre, doc_id: str, with_values: bool) -> Built:
        for _ in range(200):
            meta = {
                "kind": "pos" if with_values else "neg",
                "lang": g.lang,
                "genre": g.key,
                "phrasings": [],
                "rosters": [],
                "negatives": [],
            }
            middle = self.value_blocks(g, meta) if with_values else []
            n_neg = self.rng.choice([1, 2, 2, 3, 3]) if with_values else self.rng.randint(4, 7)
            middle += [self.negative(g.lang, currency(g.locale), meta) for _ in range(n_neg)]
            self.rng.shuffle(middle)
            text, found = assemble(*self.frame(g, middle))
            if trips(text, [(s, e) for s, e, _ in found]) is None:
                return Built(
                    doc_id,
                    g.locale,
                    text,
                    [(e["kind"], s, t) for s, t, e in found],
                    [x[2] for x in found],
                    meta,
                )
        raise RuntimeError(f"guards keep tripping for {doc_id}")

    def table(self, key: str, locale: str, doc_id: str) -> Built:
        r, lang = self.rng, locale.split("_")[0]
        for _ in range(200):
            meta = {
                "kind": "table",
                "lang": lang,
                "genre": key,
                "phrasings": [],
                "rosters": [],
                "negatives": [("table", key)],
            }
            names = (
                r.sample(first_names(locale, lang), 8)
                if len(first_names(locale, lang)) >= 8
                else first_names(locale, lang)
            )
            blocks = [
                Block(r.choice(TABLE_INTROS[lang])),
                Block(neg_tables.render(r, key, lang, names, currency(locale))),
            ]
            if r.random() < 0.5:
                blocks.append(self.negative(lang, currency(locale), meta, labelled_share=0.0))
            blocks.append(Block(person(r, locale, lang)))
            text, _ = assemble(blocks[:1], blocks[1:-1], blocks[-1:])
            if trips(text) is None:
                return Built(doc_id, locale, text, [], [], meta)
        raise RuntimeError(f"guards keep tripping for {doc_id}")
