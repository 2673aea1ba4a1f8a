"""Builds v91's documents (positives with local, national, list and other numbers; hard negatives)."""

import random

from . import corpus, negs
from . import numbers as nums
from .compose import SLOT, Composer
from .lexicon import ALL, genres

SEED = 10091
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS_PLAN = {
    ("en_US", "en"): 60,
    ("en_GB", "en"): 55,
    ("en_IN", "en"): 30,
    ("en_AU", "en"): 20,
    ("en_IE", "en"): 20,
    ("de_DE", "de"): 40,
    ("de_AT", "de"): 15,
    ("de_CH", "de"): 15,
    ("fr_FR", "fr"): 40,
    ("fr_BE", "fr"): 15,
    ("es_ES", "es"): 35,
    ("it_IT", "it"): 35,
    ("nl_NL", "nl"): 30,
    ("nl_BE", "nl"): 15,
    ("pt_BR", "pt"): 35,
    ("pt_PT", "pt"): 20,
    ("en_IN", "hi"): 25,
}
NEG_SHARE = 0.5
POS_SHARE = 0.8
IBAN_CC = {
    "GB": "GB",
    "IE": "IE",
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "FR": "FR",
    "BE": "BE",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "PT": "PT",
}
END = '.!?।"“”»'


def usable(sentence, locale, iban_cc):
    slots = set(SLOT.findall(sentence))
    if "B" in slots and not iban_cc:
        return False
    if "S" in slots and locale != "en_US":
        return False
    return True


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.comp = Composer(self.rng, seed)
        self.doc_redraws = 0
        self.counter = 0

    def ctx(self, locale, lang, local=None):
        home = negs.LOCALE_REGION[locale]
        c = {
            "locale": locale,
            "lang": lang,
            "faker": self.comp.faker(locale, lang),
            "regions": negs.regions_for(locale, lang),
            "iban_cc": IBAN_CC.get(home),
            "town": "",
        }
        if local:
            town, area, sub_len = local
            c.update(town=town, area=area, sub_len=sub_len, local_region=home)
        return c

    def screen(self, out, regions):
        text = out["text"]
        for s in out["spans"]:
            before = text[s["start"] - 1] if s["start"] > 0 else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                return False
            text = text[: s["start"]] + " " * (s["end"] - s["start"]) + text[s["end"] :]
        return not negs.guard_hits(text) and not negs.phone_hits(text, regions)

    def doc(self, locale, lang, genre, polarity, local_sentence=None, local=None):
        lex = ALL[lang]
        for _ in range(50):
            c = self.ctx(locale, lang, local)
            out = {"text": "", "spans": [], "values": []}
            rng = self.rng
            self.comp.fill(rng.choice(lex[f"title:{genre}"]), c, out)
            out["text"] += "\n\n"
            parts = []
            if polarity == "pos":
                body = [s for s in lex[f"body:{genre}"] if usable(s, locale, c["iban_cc"])]
                k = rng.randrange(0, 2) if local_sentence else rng.randrange(1, 4)
                parts = rng.sample(body, min(k, len(body)))
                if locale == "en_US" and genre in ("agent", "phonebank") and rng.random() < 0.25:
                    parts.append(rng.choice(lex["ssn"]))
                if local_sentence:
                    parts.insert(rng.randrange(len(parts) + 1), local_sentence)
                if rng.random() < 0.4:
                    parts.insert(rng.randrange(len(parts) + 1), rng.choice(lex["neg"]))
            else:
                parts = rng.sample(lex["neg"], rng.randrange(2, 5))
            for i, p in enumerate(parts):
                self.comp.fill(p, c, out)
                if p[-1] not in END or i == len(parts) - 1 or rng.random() < 0.3:
                    out["text"] += "\n"
                else:
                    out["text"] += " "
            if polarity == "pos" and (not parts or rng.random() < 0.2):
                self.comp.contact_block(lex, c, out)
            if self.screen(out, c["regions"]):
                self.counter += 1
                gid = ("hi-" if lang == "hi" else "") + genre
                return {
                    "id": f"{locale}-{polarity}-{gid}-{self.counter}",
                    "locale": locale,
                    "text": out["text"],
                    "spans": out["spans"],
                }, out["values"]
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")

    def run(self):
        rng = self.rng
        docs = []
        for region, locale, lang, need in LOCAL_PLAN:
            lex = ALL[lang]
            got = 0
            while got < need:
                left = need - got
                sents = [s for s in lex["local"] if s.count("{L}") <= left]
                sentence = rng.choice(sents)
                town = rng.choice(nums.AREAS[region])
                genre = rng.choice(genres(lex))
                rec, vals = self.doc(locale, lang, genre, "pos", sentence, town)
                got += sum(1 for v in vals if v.get("mode") == "local-announced")
                docs.append((rec, vals))
        for (locale, lang), n in POS_PLAN.items():
            for _ in range(round(n * POS_SHARE)):
                docs.append(self.doc(locale, lang, rng.choice(genres(ALL[lang])), "pos"))
        for (locale, lang), n in POS_PLAN.items():
            for _ in range(round(n * NEG_SHARE)):
                docs.append(self.doc(locale, lang, rng.choice(genres(ALL[lang])), "neg"))
        for local in LOCAL_PLAN:
            for _ in range(round(local[3] * 0.3)):
                docs.append(self.doc(local[1], local[2], rng.choice(genres(ALL[local[2]])), "neg"))
        docs += [(d, []) for d in corpus.pick(rng)]
        rng.shuffle(docs)
        return docs
