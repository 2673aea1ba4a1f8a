"""Builds the v112 records: positive, local, hard-negative and corpus documents."""

import random

import phonenumbers as pn

from . import compose as C
from . import corpus, negs
from . import lex_de_fr_es_it as L1
from . import lex_en as EN
from . import lex_nl_pt_hi as L2
from . import numbers as N

SEED = 22112
POS = {
    "en_US": 55,
    "en_GB": 45,
    "en_IN": 22,
    "en_AU": 14,
    "en_IE": 14,
    "hi": 26,
    "de_DE": 40,
    "de_AT": 12,
    "de_CH": 12,
    "fr_FR": 36,
    "fr_BE": 10,
    "fr_CH": 10,
    "es_ES": 32,
    "it_IT": 32,
    "nl_NL": 32,
    "nl_BE": 10,
    "pt_BR": 32,
    "pt_PT": 14,
}
NEG_SHARE = 0.62
LOCAL_PLAN = [
    ("US", "en_US", 75),
    ("GB", "en_GB", 75),
    ("IN", "en_IN", 40),
    ("IN", "hi", 35),
    ("DE", "de_DE", 75),
    ("NL", "nl_NL", 75),
    ("BR", "pt_BR", 75),
]
LOCAL_LEX = {
    "en_US": EN.LOCAL["US"],
    "en_GB": EN.LOCAL["GB"],
    "en_IN": EN.LOCAL["IN"],
    "hi": L2.HI["LOCAL"],
    "de_DE": L1.DE["LOCAL"],
    "nl_NL": L2.NL["LOCAL"],
    "pt_BR": L2.PT["LOCAL"],
}


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.maker = C.Maker(self.rng, seed)
        self.records, self.values = [], []
        self.doc_redraws = 0
        self.n = 0

    def _emit(self, locale, kind, genre, text, found):
        found.sort(key=lambda x: x[0])
        lang = C.LOCALES[locale][0]
        loc = "en_IN" if locale == "hi" else locale
        gid = f"hi-{genre}" if lang == "hi" else genre
        self.n += 1
        spans = [{"kind": v["kind"], "start": s, "end": s + len(v["text"])} for s, v in found]
        self.records.append(
            {"id": f"{loc}-{kind}-{gid}-{self.n}", "locale": loc, "text": text, "spans": spans}
        )
        self.values.append({"values": [v for _, v in found]})

    def _clean(self, locale, text, found):
        blank = list(text)
        for s, v in found:
            for i in range(s, s + len(v["text"])):
                blank[i] = " "
        return not negs.dirty("".join(blank), C.screen_regions(locale))

    def _assemble(self, locale, genre, kind, local=None, list_block=False, phone_sents=1):
        lang = C.LOCALES[locale][0]
        lex = C.LEX[lang]
        rng = self.rng
        parts = []  # (template, extra)
        plain = lex["PLAIN"][genre]
        if kind == "neg":
            for t in rng.sample(plain, len(plain)) + rng.sample(plain, min(2, len(plain))):
                parts.append((t, None))
            parts = parts[: rng.randint(2, 4)]
        else:
            body = [t for t in lex["BODY"][genre] if C.usable(t, locale)]
            phones = [t for t in body if any("{" + s + "}" in t for s in C.PHONE_SLOTS)]
            others = [t for t in body if t not in phones]
            chosen = rng.sample(phones, min(phone_sents, len(phones)))
            if others and rng.random() < 0.6:
                chosen.append(rng.choice(others))
            if rng.random() < 0.6:
                chosen.append(rng.choice(plain))
            rng.shuffle(chosen)
            parts = [(t, None) for t in chosen]
            if local is not None:
                parts.insert(rng.randint(0, len(parts)), local)
        title = rng.choice(lex["TITLES"][genre])
        text, found = title + "\n\n", []
        para = []
        for t, extra in parts:
            out = []
            s = C.fill(t, self.maker, locale, out, extra)
            base = len(text) + sum(len(p) + 1 for p in para)
            found += [(base + st, v) for st, v in out]
            para.append(s)
        text += " ".join(para) + "\n"
        if list_block:
            nat = C.LOCALES[locale][2]
            text += "\n" + rng.choice(lex["LIST_HEADS"]) + "\n"
            layout = rng.choice(C.LIST_LAYOUTS)
            for label in rng.sample(lex["LIST_LABELS"], rng.randint(2, 3)):
                v = self.maker.phone(nat, rng.choice(["fixed", "mobile"]), False, "list-entry")
                line = layout.format(label=label, phone=v["text"])
                found.append((len(text) + line.index(v["text"]), v))
                text += line + "\n"
        return text, found

    def document(self, locale, genre, kind, **kw):
        for _ in range(50):
            text, found = self._assemble(locale, genre, kind, **kw)
            if self._clean(locale, text, found):
                self._emit(locale, kind, genre, text, found)
                return
            self.doc_redraws += 1
        raise RuntimeError("no clean document")

    def local_doc(self, region, locale, quota):
        rng = self.rng
        town, area = rng.choice(N.AREAS[region])
        temps = [t for t in LOCAL_LEX[locale] if t.count("{l") <= quota]
        t = rng.choice(temps)
        extra = {"town": town}
        for slot in ("l1", "l2"):
            if "{" + slot + "}" in t:
                num = N.draw(rng, region, "fixed", area)
                sub = pn.national_significant_number(num)[len(area) :]
                extra[slot] = {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": rng.choice(N.local_forms(region, sub)),
                    "region": region,
                    "e164": N.e164(num),
                    "area_len": len(area),
                }
        lang = C.LOCALES[locale][0]
        genre = rng.choice(C.genres_for(lang))
        self.document(locale, genre, "pos", local=(t, extra), phone_sents=1 if rng.random() < 0.35 else 0)
        return t.count("{l")

    def build(self):
        rng = self.rng
        for region, locale, total in LOCAL_PLAN:
            left = total
            while left:
                left -= self.local_doc(region, locale, left)
        for locale, count in POS.items():
            lang = C.LOCALES[locale][0]
            for _ in range(count):
                genre = rng.choice(C.genres_for(lang))
                self.document(
                    locale,
                    genre,
                    "pos",
                    list_block=rng.random() < 0.2,
                    phone_sents=2 if rng.random() < 0.3 else 1,
                )
            for _ in range(round(count * NEG_SHARE)):
                self.document(locale, rng.choice(C.genres_for(lang)), "neg")
        for rec in corpus.records():
            self.records.append(rec)
            self.values.append({"values": []})
        order = list(range(len(self.records)))
        rng.shuffle(order)
        self.records = [self.records[i] for i in order]
        self.values = [self.values[i] for i in order]
        return self.records, self.values
