"""Builds all documents of v52 from the seed."""

import random

from faker import Faker

from . import compose as C
from . import corpus
from .negs import Drawer, dirty

SEED = 10052
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
POS = {"en": 170, "de": 70, "fr": 60, "es": 40, "it": 40, "nl": 50, "pt": 50, "hi": 30}
NEG = {"en": 95, "de": 45, "fr": 40, "es": 25, "it": 25, "nl": 35, "pt": 35, "hi": 25}
# (language, locale, region, how many local numbers)
LOCAL_PLAN = [
    ("en", "en_US", "US", 75),
    ("en", "en_GB", "GB", 75),
    ("en", "en_IN", "IN", 40),
    ("hi", "en_IN", "IN", 35),
    ("de", "de_DE", "DE", 75),
    ("nl", "nl_NL", "NL", 75),
    ("pt", "pt_BR", "BR", 75),
]


def make(rng, fakes, drawer, lang, loc, reg, nat, fn, info):
    for _ in range(60):
        ctx = {
            "rng": rng,
            "lang": lang,
            "locale": loc,
            "region": reg,
            "nat": nat,
            "fake": fakes[lang],
            "efake": fakes["en"],
            "drawer": drawer,
            "neg_kinds": set(),
            "screen": sorted({reg, nat, *C.HOME[lang]}),
        }
        doc = C.Doc(ctx)
        genre = fn(doc)
        if doc.text and not doc.text.endswith("\n"):
            doc.add("\n")
        blank = list(doc.text)
        for s in doc.spans:
            blank[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        if not dirty("".join(blank), ctx["screen"]):
            info["neg_kinds"] |= ctx["neg_kinds"]
            return doc, genre
        info["doc_redraws"] += 1
    raise RuntimeError("document stays dirty")


def build():
    rng = random.Random(SEED)
    fakes = {}
    for lang, fl in FAKER.items():
        fakes[lang] = Faker(fl)
        fakes[lang].seed_instance(SEED)
    drawer = Drawer(rng)
    info = {"doc_redraws": 0, "neg_kinds": set()}
    docs = []  # (id stem, locale, doc)

    def pos_fn(lang, k_extra):
        def fn(doc):
            genre = rng.choice(sorted(C.LEX[lang][0]))
            kinds = ["p"] * rng.choice([1, 2, 2, 3]) + ["n"] * k_extra
            C.body(doc, genre, kinds)
            if rng.random() < 0.3:
                C.list_block(doc)
            return genre

        return fn

    for lang, loc, reg, total in LOCAL_PLAN:
        towns = C.N.AREAS[reg]
        left = total
        while left:
            k = min(left, rng.choice([1, 1, 2]))
            town, area, sub_len = rng.choice(towns)

            def fn(doc, k=k, town=town, area=area, sub_len=sub_len, lang=lang, reg=reg):
                doc.ctx.update(
                    town=town,
                    area=(reg, area, sub_len),
                    local_sentence=C.local_sentence(rng, lang, reg, sub_len, k),
                )
                genre = rng.choice(sorted(C.LEX[lang][0]))
                C.body(doc, genre, ["loc"] + ["p"] * rng.choice([0, 1]) + ["n"] * rng.choice([0, 1]))
                return genre

            doc, genre = make(rng, fakes, drawer, lang, loc, reg, reg, fn, info)
            docs.append((loc, "pos", ("hi-" if lang == "hi" else "") + genre, doc))
            left -= k
    for lang, n in POS.items():
        for _ in range(n):
            loc, reg, nat = rng.choice(C.LOCALES[lang])
            doc, genre = make(rng, fakes, drawer, lang, loc, reg, nat, pos_fn(lang, rng.choice([0, 1])), info)
            docs.append((loc, "pos", ("hi-" if lang == "hi" else "") + genre, doc))
    for lang, n in NEG.items():
        for _ in range(n):
            loc, reg, nat = rng.choice(C.LOCALES[lang])

            def fn(doc, lang=lang):
                genre = rng.choice(sorted(C.LEX[lang][0]))
                C.body(doc, genre, ["n"] * rng.choice([1, 2, 2]))
                return genre

            doc, genre = make(rng, fakes, drawer, lang, loc, reg, nat, fn, info)
            assert not doc.spans
            docs.append((loc, "neg", ("hi-" if lang == "hi" else "") + genre, doc))
    records, values = [], []
    for i, (loc, pn_, genre, doc) in enumerate(docs):
        records.append(
            {"id": f"{loc}-{pn_}-{genre}-{i}", "locale": loc, "text": doc.text, "spans": doc.spans}
        )
        values.append({"values": doc.values})
    for src, lang, loc, row, text in corpus.load(rng):
        records.append({"id": f"{src}-{lang}-{row}", "locale": loc, "text": text, "spans": []})
        values.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    info.update(value_redraws=drawer.redraws, replaced=drawer.replaced)
    return [records[i] for i in order], [values[i] for i in order], info
