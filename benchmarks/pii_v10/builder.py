"""Assemble the synthetic documents: value documents, negative-only documents in the same genres and
documents in the negative-only genres. Every document passes the guards or is drawn again."""

from __future__ import annotations

import random
import re
from collections import deque

from .blocks import Block, fill, join, local_number, roster_block, value_block
from .genres_de_fr import GENRES_DE_FR
from .genres_en import GENRES_EN
from .genres_south_nl import GENRES_SOUTH_NL
from .guards import mask, problems
from .locales import LOCALES, people, towns
from .neg_genres import NEG_GENRES
from .neg_labelled import LANGS
from .negatives import ALL_KINDS, KIND_FUNCS, LABELLED_NAMES, allowed
from .phrases import PHRASES

EN_DECIMAL_POINT = {"pattern-weight", "pattern-unit-price", "pattern-km-marker", "pattern-interest",
                    "pattern-floor-area", "pattern-fuel", "pattern-rainfall", "pattern-turnout",
                    "table-ski-pass", "table-garden-plots", "table-fuel-prices"}  # fmt: skip
GENRES = GENRES_EN + GENRES_DE_FR + GENRES_SOUTH_NL
VALUE_DOCS = {"en_GB": 78, "de_DE": 76, "en_US": 70, "en_IN": 66, "fr_FR": 56, "nl_NL": 50, "pt_BR": 42,
              "it_IT": 38, "es_ES": 36, "de_AT": 14, "de_CH": 14, "en_IE": 14, "fr_BE": 14, "en_AU": 12,
              "nl_BE": 12, "fr_CH": 8}  # fmt: skip
NEG_IN_GENRE_DOCS = 225
NEG_GENRE_DOCS = 225
HINDI_NAMES = "सुरेश कविता आनंद रेखा मनोज दीपा हरीश ललिता".split()
HINDI_LAST = "शर्मा वर्मा तिवारी मिश्रा यादव गुप्ता".split()
SIGNOFF = {"en": "Thanks, {n}", "de": "Viele Grüße, {n}", "fr": "Merci, {n}", "es": "Gracias, {n}",
           "it": "Grazie, {n}", "nl": "Groet, {n}", "pt": "Abraços, {n}", "hinglish": "Dhanyavaad, {n}",
           "hi": "धन्यवाद, {n}"}  # fmt: skip
ORG_WORDS = {"en": "club", "de": "verein", "fr": "asso", "es": "club", "it": "circolo", "nl": "vereniging",
             "pt": "grupo", "hinglish": "samiti", "hi": "samiti"}  # fmt: skip


class Builder:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.n = 0
        self.phrase_queue: dict[str, deque] = {}
        self.neg_queue: deque = deque()
        self.genre_queue: dict[str, deque] = {}

    # --- round-robin helpers: every phrasing, genre and negative kind gets used --------------------
    def _next(self, queues: dict, key: str, items: list):
        q = queues.get(key)
        if not q:
            items = list(items)
            self.rng.shuffle(items)
            q = queues[key] = deque(items)
        return q.popleft()

    def phrase(self, lang: str) -> tuple[str, str, str]:
        return self._next(self.phrase_queue, lang, [p for p in PHRASES if p[0] == lang])

    def genre(self, locale: str) -> tuple:
        return self._next(self.genre_queue, locale, [g for g in GENRES if g[0] == locale])

    def neg(self, locale: str, lang: str, prefer: list[str] | None = None) -> Block:
        roll = self.rng.random()
        if prefer and roll < 0.75:
            kind = self.rng.choice([k for k in prefer if allowed(k, locale)])
        elif roll < 0.3:
            kind = self.rng.choice(LABELLED_NAMES)
        else:
            tries = 0
            while True:
                if not self.neg_queue or tries >= len(self.neg_queue):
                    kinds = [k for k, _ in ALL_KINDS]
                    self.rng.shuffle(kinds)
                    self.neg_queue.extend(kinds)
                    tries = 0
                kind = self.neg_queue.popleft()
                if allowed(kind, locale):
                    break
                self.neg_queue.append(kind)
                tries += 1
        text = KIND_FUNCS[kind](self.rng, lang)
        if lang in ("en", "hinglish", "hi") and kind in EN_DECIMAL_POINT:
            text = re.sub(r"(\d),(\d)", r"\1.\2", text)
        return Block(text, [("neg", kind)])

    # --- pieces ---------------------------------------------------------------------------------
    def person(self, locale: str, lang: str) -> tuple[str, str]:
        firsts, lasts = people(locale)
        first = self.rng.choice(HINDI_NAMES if lang == "hi" else firsts)
        return first, self.rng.choice(HINDI_LAST if lang == "hi" else lasts)

    def _assemble(self, head: list[Block], body: list[Block], tail: list[Block]) -> Block:
        self.rng.shuffle(body)
        items = head + body + tail
        seps = []
        for a, b in zip(items, items[1:], strict=False):
            multi = "\n" in a.text or "\n" in b.text
            seps.append("\n\n" if multi or self.rng.random() < 0.5 else "\n")
        return join(items, seps)

    def _frame(self, locale: str, genre: tuple) -> tuple[list[Block], list[Block], list[Block], dict]:
        _, lang, slug, titles, fillers = genre
        town = self.rng.choice(towns(locale))
        who = self.person(locale, lang)
        ctx = {"n": who[0], "t": town}
        title = fill(self.rng.choice(titles.split("|")), ctx)
        lines = fillers.split("|")
        self.rng.shuffle(lines)
        k = self.rng.randint(1, len(lines))
        body = [fill(x, {"n": self.person(locale, lang)[0], "t": town}) for x in lines[:k]]
        tail = [fill(SIGNOFF[lang], {"n": who[0]})] if self.rng.random() < 0.6 else []
        return [title], body, tail, {"lang": lang, "slug": slug, "town": town, "who": who}

    def value_doc(self, locale: str, genre: tuple) -> Block:
        rng = self.rng
        head, body, tail, info = self._frame(locale, genre)
        lang, town = info["lang"], info["town"]
        org = "%s%s" % (town, ORG_WORDS[lang])
        kinds = ["announced"] * rng.choice([0, 1, 1, 2, 0, 1, 0, 1])
        kinds += ["national"] * rng.choice([0, 1, 1, 2, 0, 1, 0, 1])
        for kind, p in [("intl", 0.2), ("service", 0.13), ("email", 0.29), ("ip", 0.18), ("card", 0.085)]:
            if rng.random() < p:
                kinds.append(kind)
        if locale not in ("en_US", "en_IN") and rng.random() < 0.16:
            kinds.append("iban")
        if locale == "en_US" and rng.random() < 0.62:
            kinds.append("ssn")
        roster = rng.random() < 0.17
        if not kinds and not roster:
            kinds.append("announced")
        for kind in kinds:
            who = self.person(locale, lang)
            if kind == "announced":
                plang = lang
                _, place, template = self.phrase(plang)
                body.append(fill(template, {"n": who[0], "p": local_number(rng, locale, "local-announced")}))
            else:
                body.append(value_block(rng, kind, locale, lang, who, town, org))
        if roster:
            names = [self.person(locale, lang) for _ in range(rng.randint(2, 4))]
            body.append(roster_block(rng, locale, lang, names))
        body += [self.neg(locale, lang) for _ in range(rng.randint(1, 3))]
        return self._assemble(head, body, tail)

    def neg_genre_doc(self, locale: str, genre: tuple) -> Block:
        head, body, tail, info = self._frame(locale, genre)
        body += [self.neg(locale, info["lang"]) for _ in range(self.rng.randint(2, 5))]
        return self._assemble(head, body, tail)

    def neg_only_doc(self, locale: str, ngenre: tuple) -> Block:
        _, _, titles, prefer = ngenre
        lang = LOCALES[locale][0]
        title = titles.split("|")[LANGS.index(lang)]
        body = [self.neg(locale, lang, prefer.split()) for _ in range(self.rng.randint(3, 5))]
        return self._assemble([Block(title)], body, [])

    # --- driver ---------------------------------------------------------------------------------
    def _record(self, locale: str, pos: bool, slug: str, make) -> dict:
        for _ in range(200):
            doc = make()
            vals = [s for s in doc.spans if len(s) == 3]
            spans = [(s, e) for s, e, _ in vals]
            if not problems(mask(doc.text, spans)):
                break
        else:
            raise RuntimeError("guards keep failing for %s" % slug)
        rid = "%s-%s-%s-%d" % (locale, "pos" if pos else "neg", slug, self.n)
        self.n += 1
        negs = [s[1] for s in doc.spans if len(s) == 2]
        return {
            "record": {"id": rid, "locale": locale, "text": doc.text,
                       "spans": [{"kind": m["kind"], "start": s, "end": e} for s, e, m in vals]},
            "values": {"values": [m for _, _, m in vals]},
            "negs": negs,
        }  # fmt: skip

    def build(self) -> list[dict]:
        out = []
        for locale, count in VALUE_DOCS.items():
            for _ in range(count):
                g = self.genre(locale)
                out.append(self._record(locale, True, g[2], lambda g=g, loc=locale: self.value_doc(loc, g)))
        total = sum(VALUE_DOCS.values())
        shares = {loc: c * NEG_IN_GENRE_DOCS // total for loc, c in VALUE_DOCS.items()}
        for loc in list(VALUE_DOCS)[: NEG_IN_GENRE_DOCS - sum(shares.values())]:
            shares[loc] += 1
        for locale, count in shares.items():
            for _ in range(count):
                g = self.genre(locale)
                out.append(
                    self._record(locale, False, g[2], lambda g=g, loc=locale: self.neg_genre_doc(loc, g))
                )
        for i in range(NEG_GENRE_DOCS):
            ng = NEG_GENRES[i % len(NEG_GENRES)]
            locs = ng[1].split()
            locale = locs[(i // len(NEG_GENRES)) % len(locs)]
            out.append(
                self._record(locale, False, ng[0], lambda ng=ng, loc=locale: self.neg_only_doc(loc, ng))
            )
        return out
