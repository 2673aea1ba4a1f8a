"""Build order for v61: local-announced documents, other positives, hard negatives, corpus; then shuffle."""

import random

from . import compose, negs, phones
from .corpus import corpus_docs

SEED = 10061
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS_WEIGHTS = {
    "en_US": 60,
    "en_GB": 55,
    "en_IN": 25,
    "en_AU": 15,
    "en_IE": 15,
    "de_DE": 45,
    "de_AT": 12,
    "de_CH": 12,
    "fr_FR": 40,
    "fr_BE": 10,
    "fr_CH": 10,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 35,
    "nl_BE": 12,
    "pt_BR": 35,
    "pt_PT": 14,
    "hi": 25,
}
N_POS, N_NEG = 470, 300


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.c = compose.Composer(self.rng, seed)
        self.docs, self.side = [], []
        self.doc_redraws = 0
        self.n = 0

    def ctx(self, locale, lang):
        _, home, nat = compose.LOCALES[locale]
        fk = self.c.faker(
            "hi_IN" if lang == "hi" else compose.FAKER_LOCALE.get(locale, compose.LANG_FAKER[lang])
        )
        return {
            "home": home,
            "nat": nat,
            "faker": fk,
            "town": "",
            "local_region": None,
            "regions": negs.doc_regions(locale, nat, lang),
        }

    def _sentences(self, lex, genre, locale, kind, k):
        pool = [s for s in lex[kind][genre] if "{S}" not in s or locale == "en_US"]
        return self.rng.sample(pool, min(k, len(pool)))

    def one(self, locale, lang, kind, local_region=None, n_local=0):
        lex = compose.lexicon(lang)
        genre = self.rng.choice(sorted(lex["titles"]))
        for _ in range(50):
            ctx = self.ctx(locale, lang)
            out = {"text": self.rng.choice(lex["titles"][genre]) + "\n\n", "spans": [], "values": []}
            if kind == "neg":
                sents = self._sentences(lex, genre, locale, "neg", self.rng.randint(2, 3))
            else:
                sents = self._sentences(lex, genre, locale, "pos", self.rng.randint(1 if n_local else 2, 3))
                if self.rng.random() < 0.4:
                    sents += self._sentences(lex, genre, locale, "neg", 1)
                self.rng.shuffle(sents)
            if n_local:
                ctx["local_region"] = local_region
                ctx["town"] = self.rng.choice(sorted(phones.AREAS[local_region]))
                tpls = lex["local"][local_region] if isinstance(lex["local"], dict) else lex["local"]
                pool = [t for t in tpls if ("{L2}" in t) == (n_local == 2)]
                at = self.rng.randint(0, len(sents))
                sents.insert(at, self.rng.choice(pool))
            for i, s in enumerate(sents):
                self.c.fill(s, ctx, out)
                out["text"] += "\n" if self.rng.random() < 0.3 and i < len(sents) - 1 else " "
            out["text"] = out["text"].rstrip(" ") + "\n"
            if kind == "pos" and self.rng.random() < 0.22:
                self.c.list_block(lex, ctx, out)
            if kind == "pos" and not out["spans"]:
                self.doc_redraws += 1
                continue
            blanked = negs.blank(out["text"], out["spans"])
            if negs.dirty(blanked, ctx["regions"]):
                self.doc_redraws += 1
                continue
            break
        else:
            raise RuntimeError("no clean document")
        self.n += 1
        gid = ("hi-" if lang == "hi" else "") + genre
        self.docs.append(
            {
                "id": f"{locale}-{kind}-{gid}-{self.n}",
                "locale": locale,
                "text": out["text"],
                "spans": out["spans"],
            }
        )
        self.side.append({"values": out["values"]})

    def run(self):
        for region, locale, lang, total in LOCAL_PLAN:
            left = total
            while left:
                k = 2 if left >= 2 and self.rng.random() < 0.5 else 1
                self.one(locale, lang, "pos", region, k)
                left -= k
        keys = sorted(POS_WEIGHTS)
        weights = [POS_WEIGHTS[k] for k in keys]
        for kind, n in (("pos", N_POS), ("neg", N_NEG)):
            for _ in range(n):
                key = self.rng.choices(keys, weights)[0]
                self.one(
                    "en_IN" if key == "hi" else key, "hi" if key == "hi" else compose.LOCALES[key][0], kind
                )
        for d in corpus_docs(self.rng):
            self.docs.append(d)
            self.side.append({"values": []})
        order = list(range(len(self.docs)))
        self.rng.shuffle(order)
        return [self.docs[i] for i in order], [self.side[i] for i in order]
