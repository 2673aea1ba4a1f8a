"""Builds the v124 documents: positives, hard negatives, corpus negatives."""

import random
import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_other, negs, values
from . import numbers as N
from .corpus import corpus_docs

SEED = 23124
LANG = {
    "en": {"genres": lex_en.GENRES, "local": lex_en.LOCAL, "heads": lex_en.HEADS, "labels": lex_en.LABELS},
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_other.ES,
    "it": lex_other.IT,
    "nl": lex_other.NL,
    "pt": lex_other.PT,
    "hi": lex_other.HI,
}
# locale -> (language, own region, national region)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_IE": ("en", "IE", "GB"),
    "en_AU": ("en", "AU", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "fr_CH": ("fr", "CH", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
FAKER = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
NO_IBAN = {"US", "IN", "AU", "BR"}
# non-local positives per locale (language 'hi' documents carry en_IN)
POS_PLAN = [
    ("en_US", "en", 55),
    ("en_GB", "en", 50),
    ("en_IN", "en", 25),
    ("en_IE", "en", 20),
    ("en_AU", "en", 20),
    ("de_DE", "de", 35),
    ("de_AT", "de", 15),
    ("de_CH", "de", 12),
    ("fr_FR", "fr", 30),
    ("fr_BE", "fr", 12),
    ("fr_CH", "fr", 10),
    ("es_ES", "es", 30),
    ("it_IT", "it", 30),
    ("nl_NL", "nl", 30),
    ("nl_BE", "nl", 14),
    ("pt_BR", "pt", 25),
    ("pt_PT", "pt", 22),
    ("en_IN", "hi", 20),
]
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
]
NEG_PER_LANG = {"en": 110, "de": 45, "fr": 35, "es": 25, "it": 25, "nl": 35, "pt": 30, "hi": 15}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
PII_SLOTS = {"P", "I", "T", "R", "E", "C", "B", "ip4", "ipp", "ip6", "ssn", "L"}
LAYOUTS = ["{label}: {p}", "• {label} – {p}", "{p} ({label})", "{label}, tel. {p}", "{label}\t{p}"]


class Doc:
    def __init__(self):
        self.text, self.spans, self.values = "", [], []

    def add(self, s):
        self.text += s

    def value(self, kind, text, mode, **extra):
        self.spans.append({"kind": kind, "start": len(self.text), "end": len(self.text) + len(text)})
        self.values.append({"kind": kind, "mode": mode, "text": text, **extra})
        self.text += text


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.fakes = {lang: Faker(loc) for lang, loc in FAKER.items()}
        for i, f in enumerate(self.fakes.values()):
            f.seed_instance(SEED + i)
        self.drawer = negs.Drawer()
        self.doc_redraws = 0
        self.records = []

    # --- values
    def phone(self, doc, mode, region, how, kind=None):
        rng = self.rng
        kind = kind or rng.choice(["fixed", "mobile"] if (region, "mobile") in N.PREFIXES else ["fixed"])
        num = N.draw(rng, region, kind)
        text = N.national(rng, num) if how == "national" else N.international(rng, num)
        assert N.parses_to(text, region, num.e164), (text, num.e164)
        doc.value("PHONE", text, mode=mode, region=region, e164=num.e164, area_len=None)

    def fill(self, doc, sentence, ctx):
        rng, pos = self.rng, 0
        for m in SLOT.finditer(sentence):
            doc.add(sentence[pos : m.start()])
            pos = m.end()
            slot, arg = m.group(1), m.group(2)
            if slot == "n":
                doc.add(self.drawer.draw(rng, arg, ctx["regions"]))
            elif slot == "town":
                doc.add(ctx["town"])
            elif slot == "L":
                num = N.draw(rng, ctx["nat"], "fixed", (ctx["ac"], 9 if ctx["nat"] == "NL" else 10))
                text = N.local(rng, num)
                doc.value(
                    "PHONE", text, mode="local-announced", region=num.region, e164=num.e164, area_len=num.ac
                )
            elif slot == "P":
                self.phone(doc, "national", ctx["nat"], "national")
            elif slot == "I":
                self.phone(doc, "international", ctx["own"], "international")
            elif slot == "T":
                self.phone(doc, "other", ctx["nat"], "national", "free")
            elif slot in ("R", "E"):
                mode = "role" if slot == "R" else "personal"
                doc.value("EMAIL", values.email(rng, self.fakes["en"], ctx["own"], mode), mode=mode)
            elif slot == "C":
                mode, text = values.card(rng)
                doc.value("CREDIT_CARD", text, mode=mode)
            elif slot == "B":
                mode, text = values.iban(rng, ctx["own"] if ctx["own"] in values.BBAN else ctx["nat"])
                doc.value("IBAN", text, mode=mode)
            elif slot in ("ip4", "ipp", "ip6"):
                mode = {"ip4": "v4", "ipp": "v4-private", "ip6": "v6"}[slot]
                doc.value("IP_ADDRESS", values.ip(rng, mode), mode=mode)
            elif slot == "ssn":
                mode, text = values.ssn(rng)
                doc.value("US_SSN", text, mode=mode)
        doc.add(sentence[pos:])

    def usable(self, s, ctx):
        slots = {m.group(1) for m in SLOT.finditer(s)}
        if "ssn" in slots and ctx["own"] != "US":
            return False
        if "B" in slots and (ctx["own"] in NO_IBAN or ctx["lang"] == "hi"):
            return False
        return True

    def ctx(self, locale, lang):
        _, own, nat = LOCALES[locale]
        return {"lang": lang, "own": own, "nat": nat, "regions": sorted({own, nat, HOME[lang]})}

    # --- documents
    def compose(self, locale, lang, genre, label, local=None, count=0):
        rng, lx = self.rng, LANG[lang]
        ctx = self.ctx(locale, lang)
        cell = lx["genres"][genre]
        for _ in range(50):
            doc = Doc()
            doc.add(rng.choice(cell["title"]) + "\n\n")
            body = [s for s in cell["body"] if self.usable(s, ctx)]
            if label == "neg":
                body = [s for s in body if not ({m.group(1) for m in SLOT.finditer(s)} & PII_SLOTS)]
                picks = rng.sample(body, min(len(body), rng.randint(2, 3)))
            else:
                picks = rng.sample(body, rng.randint(2, 3))
            if local:
                town, ac = local
                ctx.update(town=town, ac=ac)
                anns = [a for a in lx["local"] if a.count("{L}") <= count]
                picks.insert(rng.randint(0, len(picks)), rng.choice(anns))
            for s in picks:
                self.fill(doc, s, ctx)
                doc.add(" ")
            doc.text = doc.text.rstrip() + "\n"
            has_pii = bool(doc.spans)
            if label == "pos" and not local and (not has_pii or rng.random() < 0.25):
                doc.add("\n" + rng.choice(lx["heads"]) + "\n")
                layout = rng.choice(LAYOUTS if lang != "hi" else LAYOUTS[:2])
                for lab in rng.sample(lx["labels"], rng.randint(2, min(3, len(lx["labels"])))):
                    before, after = layout.split("{p}")
                    doc.add(before.format(label=lab))
                    self.phone(doc, "list-entry", ctx["nat"], "national")
                    doc.add(after.format(label=lab) + "\n")
            blank = list(doc.text)
            for sp in doc.spans:
                blank[sp["start"] : sp["end"]] = " " * (sp["end"] - sp["start"])
            if negs.dirty("".join(blank), ctx["regions"]):
                self.doc_redraws += 1
                continue
            return doc
        raise RuntimeError((locale, genre))

    def record(self, locale, lang, genre, label, doc):
        gid = f"hi-{genre}" if lang == "hi" else genre
        rid = f"{locale}-{label}-{gid}-{len(self.records)}"
        self.records.append(
            ({"id": rid, "locale": locale, "text": doc.text, "spans": doc.spans}, {"values": doc.values})
        )

    def run(self):
        rng = self.rng
        for region, locale, lang, total in LOCAL_PLAN:
            towns = N.AREAS[region]
            left, i = total, 0
            while left:
                count = min(left, rng.choice([1, 2, 2]))
                town = towns[i % len(towns)]
                i += 1
                genre = rng.choice(sorted(LANG[lang]["genres"]))
                doc = self.compose(locale, lang, genre, "pos", local=town, count=count)
                left -= sum(1 for v in doc.values if v.get("mode") == "local-announced")
                assert left >= 0
                self.record(locale, lang, genre, "pos", doc)
        for locale, lang, n in POS_PLAN:
            for _ in range(n):
                genre = rng.choice(sorted(LANG[lang]["genres"]))
                self.record(locale, lang, genre, "pos", self.compose(locale, lang, genre, "pos"))
        locs = {}
        for locale, lang, _ in POS_PLAN:
            locs.setdefault(lang, []).append(locale)
        for lang, n in NEG_PER_LANG.items():
            for _ in range(n):
                locale = rng.choice(locs[lang])
                genre = rng.choice(sorted(LANG[lang]["genres"]))
                self.record(locale, lang, genre, "neg", self.compose(locale, lang, genre, "neg"))
        for rec in corpus_docs(rng):
            self.records.append((rec, {"values": []}))
        rng.shuffle(self.records)
        return self.records
