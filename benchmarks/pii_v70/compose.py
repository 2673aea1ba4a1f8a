"""Assembles v70 documents from the lexicons, screens them and writes records."""

import re

from . import negs
from . import numbers as N
from .build import LANG, LIST_LAYOUTS, Builder, Ctx, cap, usable


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, part):
        text, spans = part
        base = len(self.text)
        self.text += text
        self.spans += [(s + base, e + base, v) for s, e, v in spans]


def blank(text, spans):
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)


def compose(b, locale, lang, genre, positive, local_region=None, area=None, n_local=0):
    rng = b.rng
    genres, local_t, (heads, labels), signs, opens = LANG[lang]
    g = genres[genre]
    ctx = Ctx(b, locale, lang)
    if local_region:
        ctx.local_region, ctx.area, ctx.town = local_region, area, area[0]
    doc = Doc()
    doc.add(b.fill(rng.choice(g["titles"]), ctx))
    doc.add(("\n\n", []))
    opening = rng.random() < 0.6
    if opening:
        doc.add((rng.choice(opens) + "\n\n", []))
    if positive:
        pool = [s for s in g["pos"] if usable(s, ctx)]
        body = rng.sample(pool, min(len(pool), rng.choice([1, 2, 2, 3])))
        if rng.random() < 0.6:
            body.insert(rng.randint(0, len(body)), rng.choice(g["neg"]))
    else:
        body = rng.sample(g["neg"], min(len(g["neg"]), rng.choice([2, 3, 3, 4])))
    paras = [[]]
    for s in body:
        paras[-1].append(s)
        if rng.random() < 0.35:
            paras.append([])
    paras = [p for p in paras if p]
    local_parts = []
    if n_local:
        cands = [t for t in local_t if t.count("{L") == n_local]
        local_parts.append(rng.choice(cands))
    if local_parts:
        paras.insert(rng.randint(0, len(paras)), ["@LOCAL@"])
    first = True
    for p in paras:
        for si, s in enumerate(p):
            if s == "@LOCAL@":
                doc.add(b.fill(cap(local_parts[0]), ctx))
            else:
                text = s if (first and opening) else cap(s)
                if not opening or not first:
                    text = cap(text)
                doc.add(b.fill(text, ctx))
            first = False
            if si < len(p) - 1:
                doc.add((" ", []))
        doc.add(("\n\n", []))
    if positive and rng.random() < 0.2:
        doc.add((rng.choice(heads) + "\n", []))
        layout = rng.choice(LIST_LAYOUTS)
        for lab in rng.sample(labels, rng.choice([2, 2, 3])):
            text, val = b.phone(ctx, rng.random() < 0.3, mode="national" if ctx.own == ctx.nat else None)
            if val["mode"] == "national" or rng.random() < 0.5:
                val["mode"] = "list-entry"
            pre, post = layout.split("{P}")
            pre = pre.replace("{L}", lab)
            post = post.replace("{L}", lab)
            doc.add((pre, []))
            doc.add((text, [(0, len(text), val)]))
            doc.add((post + "\n", []))
        doc.add(("\n", []))
    doc.add(b.fill(rng.choice(signs), ctx))
    doc.add(("\n", []))
    return doc, ctx


def screen(doc, ctx):
    return negs.doc_hits(blank(doc.text, doc.spans), ctx.regions)


def make(b, locale, lang, genre, positive, **kw):
    for _ in range(50):
        doc, ctx = compose(b, locale, lang, genre, positive, **kw)
        if not screen(doc, ctx) and touching_ok(doc):
            return doc
        b.doc_redraws += 1
    raise RuntimeError("document stays dirty")


def touching_ok(doc):
    for s, e, _ in doc.spans:
        if s > 0 and doc.text[s - 1].isalnum():
            return False
        if e < len(doc.text) and doc.text[e].isalnum():
            return False
    return True


# how many documents per (locale, language) for the non-local positives and the negatives
POS_PLAN = {
    ("en_US", "en"): 50,
    ("en_GB", "en"): 50,
    ("en_IN", "en"): 30,
    ("en_AU", "en"): 30,
    ("en_IE", "en"): 30,
    ("de_DE", "de"): 35,
    ("de_AT", "de"): 20,
    ("de_CH", "de"): 20,
    ("fr_FR", "fr"): 35,
    ("fr_BE", "fr"): 15,
    ("fr_CH", "fr"): 15,
    ("es_ES", "es"): 35,
    ("it_IT", "it"): 35,
    ("nl_NL", "nl"): 25,
    ("nl_BE", "nl"): 20,
    ("pt_BR", "pt"): 25,
    ("pt_PT", "pt"): 20,
    ("en_IN", "hi"): 25,
}
NEG_PLAN = {k: max(6, v * 3 // 5) for k, v in POS_PLAN.items()}
LOCAL_PLAN = [
    ("en_US", "en", "US", 75),
    ("en_GB", "en", "GB", 75),
    ("de_DE", "de", "DE", 75),
    ("nl_NL", "nl", "NL", 75),
    ("pt_BR", "pt", "BR", 75),
    ("en_IN", "en", "IN", 40),
    ("en_IN", "hi", "IN", 35),
]


def all_docs(b):
    rng = b.rng
    out = []
    for locale, lang, region, total in LOCAL_PLAN:
        left = total
        genres = sorted(LANG[lang][0])
        while left:
            k = 1 if left == 1 else rng.choice([1, 2, 2])
            area = rng.choice(N.AREAS[region])
            genre = rng.choice(genres)
            out.append(
                (
                    locale,
                    lang,
                    genre,
                    True,
                    make(b, locale, lang, genre, True, local_region=region, area=area, n_local=k),
                )
            )
            left -= k
    for (locale, lang), count in POS_PLAN.items():
        genres = sorted(LANG[lang][0])
        for i in range(count):
            genre = genres[i % len(genres)]
            out.append((locale, lang, genre, True, make(b, locale, lang, genre, True)))
    for (locale, lang), count in NEG_PLAN.items():
        genres = sorted(LANG[lang][0])
        for i in range(count):
            genre = genres[(i * 3) % len(genres)]
            out.append((locale, lang, genre, False, make(b, locale, lang, genre, False)))
    recs = []
    for n, (locale, lang, genre, pos, doc) in enumerate(out):
        g = ("hi-" + genre) if lang == "hi" else genre
        rid = f"{locale}-{'pos' if pos else 'neg'}-{g}-{n}"
        spans = sorted(doc.spans, key=lambda x: x[0])
        recs.append(
            (
                {
                    "id": rid,
                    "locale": locale,
                    "text": doc.text,
                    "spans": [{"kind": v["kind"], "start": s, "end": e} for s, e, v in spans],
                },
                {"values": [v for _, _, v in spans]},
            )
        )
    return recs


def check_local_text(val):
    return re.sub(r"\D", "", val["text"]) != ""


__all__ = ["Builder", "all_docs"]
