"""Composing v125 documents: positives, hard negatives, announced local numbers, contact blocks."""

from __future__ import annotations

import random
import re

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi
from . import numbers as N
from .negs import KINDS, Drawer, guard_hits, phone_hits
from .values import Values

LEX = {
    "en": {
        k: getattr(lex_en, k)
        for k in (
            "GENRES",
            "NEG",
            "LOCAL",
            "LIST_HEADS",
            "LIST_LABELS",
            "EMAIL",
            "CARD",
            "IBAN",
            "IP",
            "SSN",
            "OTHER",
        )
    },
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
# locale -> (language, home region, regions for national / list / service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "AU", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
    "hi": ("hi", "IN", "IN"),
}
LANG_HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
INTL_ONLY = {"AU", "IE", "AT", "CH", "BE"}
LAYOUTS = ["• {l}: {p}", "{l} — {p}", "{p} ({l})", "{l} ☎ {p}", "☾ {l} {p}"]
SLOT = re.compile(r"(\{[a-z0-9]+\})")


def screen_regions(locale: str) -> list[str]:
    lang, home, nat = LOCALES[locale]
    return sorted({home, nat, *LANG_HOME[lang]})


class Doc:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []
        self.values: list[dict] = []

    def add(self, s: str) -> None:
        self.text += s

    def span(self, kind: str, value: dict) -> None:
        start = len(self.text)
        self.text += value["text"]
        self.spans.append({"kind": kind, "start": start, "end": len(self.text)})
        self.values.append({"kind": kind, **value})

    def blanked(self) -> str:
        t = self.text
        for s in self.spans:
            t = t[: s["start"]] + "X" * (s["end"] - s["start"]) + t[s["end"] :]
        return t


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.drawer = Drawer(self.rng)
        self.vals = Values(self.rng, seed)
        self.doc_redraws = 0
        self.kind_cycle: list[str] = []

    # phones -------------------------------------------------------------
    def phone(self, locale: str, mode: str) -> dict:
        rng = self.rng
        lang, home, nat = LOCALES[locale]
        if mode == "other":
            region, kind = nat, "free"
        elif mode == "international":
            region = home if rng.random() < 0.8 else rng.choice(["DE", "GB", "US", "FR", "NL", "BR", "IN"])
            kind = rng.choice(["fixed", "mobile"])
        else:
            region, kind = nat, rng.choice(["fixed", "mobile", "mobile"])
        nsn = N.draw(rng, region, kind)
        e = N.e164(region, nsn)
        if mode == "international" or (home in INTL_ONLY and mode == "list-entry" and rng.random() < 0.5):
            if mode == "list-entry":
                region, nsn = home, N.draw(rng, home, kind)
                e = N.e164(region, nsn)
            text = rng.choice(N.intl_forms(region, nsn))
        else:
            text = rng.choice(N.national_forms(region, nsn, kind))
        assert N.parse_back(text, region) == e, (text, e)
        return {"mode": mode, "text": text, "region": region, "e164": e, "area_len": None}

    def fill(self, doc: Doc, template: str, locale: str, mode: str = "national", neg: str = "") -> None:
        for part in SLOT.split(template):
            if part == "{p}":
                doc.span("PHONE", self.phone(locale, mode))
            elif part == "{v}":
                doc.add(self.drawer.draw(neg, screen_regions(locale)))
            elif part == "{e}":
                t, m = self.vals.email(locale if locale != "hi" else "en_IN")
                doc.span("EMAIL", {"mode": m, "text": t})
            elif part == "{c}":
                t, m = self.vals.card()
                doc.span("CREDIT_CARD", {"mode": m, "text": t})
            elif part == "{i}":
                t, m = self.vals.iban(LOCALES[locale][0])
                doc.span("IBAN", {"mode": m, "text": t})
            elif part == "{ip}":
                t, m = self.vals.ip()
                doc.span("IP_ADDRESS", {"mode": m, "text": t})
            elif part == "{s}":
                t, m = self.vals.ssn()
                doc.span("US_SSN", {"mode": m, "text": t})
            else:
                doc.add(part)

    def neg_kind(self, lang: str) -> str:
        kinds = list(LEX[lang]["NEG"])
        if lang == "en":
            if not self.kind_cycle:
                self.kind_cycle = sorted(KINDS)
                self.rng.shuffle(self.kind_cycle)
            return self.kind_cycle.pop()
        return self.rng.choice(kinds)

    def neg_sentence(self, doc: Doc, locale: str, k: str = "") -> None:
        lang = LOCALES[locale][0]
        k = k or self.neg_kind(lang)
        self.fill(doc, self.rng.choice(LEX[lang]["NEG"][k]), locale, neg=k)

    def contact_block(self, doc: Doc, locale: str) -> None:
        lex = LEX[LOCALES[locale][0]]
        rng = self.rng
        layout = rng.choice(LAYOUTS)
        doc.add("\n\n" + rng.choice(lex["LIST_HEADS"]) + "\n")
        for label in rng.sample(lex["LIST_LABELS"], rng.randint(2, 3)):
            a, b = layout.split("{p}")
            doc.add(a.replace("{l}", label))
            doc.span("PHONE", self.phone(locale, "list-entry"))
            doc.add(b.replace("{l}", label) + "\n")

    def local_sentence(self, doc: Doc, locale: str, region: str, want: int) -> int:
        lex = LEX[LOCALES[locale][0]]
        rng = self.rng
        town, area = rng.choice(N.AREAS[region])
        pool = [t for t in lex["LOCAL"][region] if ("{l2}" in t) == (want == 2)]
        tmpl = rng.choice(pool)
        got = 0
        for part in SLOT.split(tmpl.replace("{town}", town)):
            if part in ("{l1}", "{l2}"):
                nsn = N.draw(rng, region, "fixed", area)
                e = N.e164(region, nsn)
                assert N.area_len(e) == len(area)
                text = rng.choice(N.local_forms(region, nsn[len(area) :]))
                assert N.parse_back(N.put_back(region, area, text), region) == e
                doc.span(
                    "PHONE",
                    {
                        "mode": "local-announced",
                        "text": text,
                        "region": region,
                        "e164": e,
                        "area_len": len(area),
                    },
                )
                got += 1
            else:
                doc.add(part)
        return got

    # documents ----------------------------------------------------------
    def _sentences(self, doc: Doc, parts: list) -> None:
        for i, p in enumerate(parts):
            if i:
                doc.add(" ")
            p(doc)

    def positive(self, locale: str, genre: str, local: tuple[str, int] | None = None) -> Doc:
        lang = LOCALES[locale][0]
        lex, g, rng = LEX[lang], LEX[lang]["GENRES"][genre], self.rng
        doc = Doc()
        doc.add(rng.choice(g["titles"]) + "\n\n")
        parts: list = []
        if local:
            region, want = local
            parts.append(lambda d: self.local_sentence(d, locale, region, want))
        if not local or rng.random() < 0.3:
            for t in rng.sample(g["phone"], 1 if local or rng.random() < 0.6 else 2):
                mode = rng.choices(["national", "international"], [0.62, 0.38])[0]
                if LOCALES[locale][1] in INTL_ONLY and rng.random() < 0.6:
                    mode = "international"
                parts.append(lambda d, t=t, m=mode: self.fill(d, t, locale, m))
        if rng.random() < 0.6:
            parts.append(lambda d: self.neg_sentence(d, locale))
        if rng.random() < 0.5:
            parts.append(lambda d: d.add(rng.choice(g["fill"])))
        extra = rng.random()
        if extra < 0.22:
            key = "EMAIL"
        elif extra < 0.32:
            key = "IP"
        elif extra < 0.36:
            key = "CARD"
        elif extra < 0.40 and lex["IBAN"]:
            key = "IBAN"
        elif extra < 0.47 and locale == "en_US":
            key = "SSN"
        elif extra < 0.55 and not local:
            key = "OTHER"
        else:
            key = ""
        if key:
            parts.append(lambda d: self.fill(d, rng.choice(lex[key]), locale, "other"))
        head, rest = parts[:1], parts[1:]
        rng.shuffle(rest)
        self._sentences(doc, head + rest)
        if rng.random() < 0.15:
            self.contact_block(doc, locale)
        else:
            doc.add("\n")
        return doc

    def negative(self, locale: str, genre: str) -> Doc:
        lang = LOCALES[locale][0]
        g, rng = LEX[lang]["GENRES"][genre], self.rng
        doc = Doc()
        doc.add(rng.choice(g["titles"]) + "\n\n")
        kinds: list[str] = []
        while len(kinds) < rng.randint(2, 3):
            k = self.neg_kind(lang)
            if k not in kinds:
                kinds.append(k)
        parts = [lambda d, k=k: self.neg_sentence(d, locale, k) for k in kinds]
        parts.append(lambda d: d.add(rng.choice(g["fill"])))
        rng.shuffle(parts)
        self._sentences(doc, parts)
        doc.add("\n")
        return doc

    def clean(self, doc: Doc, locale: str) -> bool:
        b = doc.blanked()
        return not phone_hits(b, screen_regions(locale)) and not guard_hits(b)

    def make(self, fn, locale: str, *args) -> Doc:
        state = self.rng.getstate()
        for _ in range(50):
            doc = fn(locale, *args)
            if self.clean(doc, locale):
                return doc
            self.doc_redraws += 1
        self.rng.setstate(state)
        raise RuntimeError("document stays dirty: %s %s" % (locale, args))
