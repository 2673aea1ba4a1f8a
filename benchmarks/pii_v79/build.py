"""Building the v79 documents from the lexicons (positives, local-announced positives, hard negatives)."""

import random

from . import compose, corpus, lex_en, negs
from . import numbers as N
from .compose import LEX, LOCAL_LEX, Doc, has_pii

SEED = 10079
# locale -> (positive documents without local numbers, hard-negative documents)
PLAN = {
    "en_US": (48, 30),
    "en_GB": (48, 30),
    "en_IN": (30, 16),
    "en_AU": (14, 8),
    "en_IE": (14, 8),
    "de_DE": (45, 26),
    "de_AT": (12, 6),
    "de_CH": (12, 6),
    "fr_FR": (40, 22),
    "fr_BE": (10, 6),
    "es_ES": (34, 20),
    "it_IT": (34, 20),
    "nl_NL": (40, 22),
    "nl_BE": (10, 6),
    "pt_BR": (34, 20),
    "pt_PT": (20, 10),
    "hi": (30, 18),
}
# (locale, region, local numbers wanted)
LOCAL_PLAN = [
    ("en_US", "US", 75),
    ("en_GB", "GB", 75),
    ("de_DE", "DE", 75),
    ("nl_NL", "NL", 75),
    ("pt_BR", "BR", 75),
    ("en_IN", "IN", 40),
    ("hi", "IN", 35),
]


class Builder:
    def __init__(self, seed=SEED):
        self.seed = seed
        self.rng = random.Random(seed)
        self.drawer = negs.Drawer(self.rng)
        self.records, self.values = [], []
        self.n = 0
        self.doc_redraws = 0
        self.genres = {}
        self.langs = {}

    def templates(self, doc, genre, pii):
        out = []
        for t in LEX[doc.lang]["BODY"][genre]:
            if has_pii(t) != pii:
                continue
            if "{B}" in t and doc.own not in compose.IBAN_LEN and doc.nat not in compose.IBAN_LEN:
                continue
            out.append(t)
        return out

    def body(self, doc, genre, n_pii, n_plain):
        rng = self.rng
        chosen = rng.sample(self.templates(doc, genre, True), n_pii) if n_pii else []
        plain = self.templates(doc, genre, False)
        chosen += rng.sample(plain, min(n_plain, len(plain)))
        rng.shuffle(chosen)
        if doc.locale == "en_US" and n_pii and rng.random() < 0.05:
            chosen.append(rng.choice(lex_en.US_ONLY))
        for i, t in enumerate(chosen):
            doc.add(" " if i else "")
            doc.fill(t)

    def make(self, locale, kind, genre, local=None):
        rng = self.rng
        doc = Doc(rng, locale, self.drawer, self.seed)
        doc.add(rng.choice(LEX[doc.lang]["TITLES"][genre]) + "\n\n")
        if kind == "neg":
            self.body(doc, genre, 0, rng.randint(2, 4))
        elif local is not None:
            region, town, area, template = local
            doc.local_region, doc.town, doc.area = region, town, area
            first = rng.random() < 0.6
            if first:
                doc.fill(template)
                doc.add("\n\n")
            self.body(doc, genre, 1 if rng.random() < 0.3 else 0, rng.randint(1, 3))
            if not first:
                doc.add("\n\n")
                doc.fill(template)
        else:
            self.body(doc, genre, rng.choice([1, 1, 2]), rng.randint(1, 2))
            if rng.random() < 0.5:
                contact = LEX[doc.lang]["CONTACT"]
                if doc.own != doc.nat or rng.random() < 0.3:
                    contact = [t for t in contact if "{I}" in t]
                doc.add("\n\n")
                doc.fill(rng.choice(contact))
            if rng.random() < 0.22:
                doc.contact_list()
        doc.text = doc.text.rstrip("\n") + "\n"
        return doc

    def accept(self, locale, kind, genre, local=None):
        for _ in range(100):
            doc = self.make(locale, kind, genre, local)
            blank = list(doc.text)
            for s in doc.spans:
                blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
            if not negs.doc_dirty("".join(blank), doc.regions):
                break
            self.doc_redraws += 1
        else:
            raise RuntimeError("document stays dirty")
        self.n += 1
        g = ("hi-" if locale == "hi" else "") + genre
        rec_loc = "en_IN" if locale == "hi" else locale
        self.records.append(
            {
                "id": "%s-%s-%s-%d" % (rec_loc, kind, g, self.n),
                "locale": rec_loc,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
        self.values.append({"values": doc.values})
        self.genres[genre] = self.genres.get(genre, 0) + 1
        self.langs[doc.lang] = self.langs.get(doc.lang, 0) + 1
        return doc

    def run(self):
        rng = self.rng
        for locale, (n_pos, n_neg) in PLAN.items():
            genres = sorted(LEX[compose.LOCALES[locale][0]]["TITLES"])
            for i in range(n_pos + n_neg):
                self.accept(locale, "pos" if i < n_pos else "neg", rng.choice(genres))
        for locale, region, want in LOCAL_PLAN:
            lang = compose.LOCALES[locale][0]
            genres = sorted(LEX[lang]["TITLES"])
            pool = LOCAL_LEX[(lang, region)]
            got = 0
            while got < want:
                town, area = rng.choice(N.AREAS[region])
                assert N.area_len(region, area) == len(area), (region, area)
                choices = [t for t in pool if want - got >= 1 + ("{L2}" in t)]
                template = rng.choice(choices)
                doc = self.accept(locale, "pos", rng.choice(genres), (region, town, area, template))
                got += sum(1 for v in doc.values if v.get("mode") == "local-announced")
        for rec in corpus.records(rng):
            self.records.append(rec)
            self.values.append({"values": []})
        order = list(range(len(self.records)))
        rng.shuffle(order)
        return [self.records[i] for i in order], [self.values[i] for i in order]
