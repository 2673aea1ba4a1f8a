"""The plan, the documents and the whole set."""

import random

from . import neg_tables, pieces
from .corpus import corpus_records
from .guards import trips
from .locales import GENRES, GREET, LOCALES, SIGN, doc_language, people
from .pieces import least, log

SEED = 10020
N_POS, N_NEG_PROSE, N_TABLE = 600, 225, 225
ITEMS = {
    "announced": 450,
    "roster": 60,
    "national": 400,
    "intl": 150,
    "other": 100,
    "email_personal": 90,
    "email_role": 80,
    "ip4": 60,
    "ip6": 30,
    "card": 75,
    "iban": 65,
    "ssn": 40,
}
OWN_SHARE = 0.6


def pick_locale(rng):
    locs = list(LOCALES)
    return rng.choices(locs, [LOCALES[k][4] for k in locs])[0]


def deal(rng, locales):
    """Deal the planned items to the documents; every document gets at least one."""
    docs = [[] for _ in locales]
    items = [k for k, n in ITEMS.items() for _ in range(n)]
    rng.shuffle(items)
    items.sort(key=lambda k: k not in ("ssn", "iban"))
    for k in items:
        if k == "ssn":
            ok = [i for i, loc in enumerate(locales) if loc == "en_US"]
        elif k == "iban":
            ok = [i for i, loc in enumerate(locales) if LOCALES[loc][3]]
        elif k == "roster":
            ok = [i for i, d in enumerate(docs) if "roster" not in d]
        elif k == "announced":
            ok = [i for i, d in enumerate(docs) if d.count("announced") < 2]
        else:
            ok = list(range(len(docs)))
        empty = [i for i in ok if not docs[i]]
        docs[rng.choice(empty or ok)].append(k)
    # international lines of own-country documents: 60 % show the own country's number
    for i, loc in enumerate(locales):
        if LOCALES[loc][2]:
            docs[i] = ["own" if k == "intl" and rng.random() < OWN_SHARE else k for k in docs[i]]
    return docs


def assemble(title, top, greet, body, last, sign, after):
    parts = [piece for piece in [(title, [])] + top + [greet] + body + last + [sign] + after if piece[0]]
    text, spans = "", []
    for i, (t, sp) in enumerate(parts):
        if i:
            text += "\n\n"
        for s, e, ent in sp:
            spans.append((len(text) + s, len(text) + e, ent))
        text += t
    spans.sort(key=lambda x: x[0])
    return text, spans


def _doc_frame(rng, locale, lang):
    key, title, fillers = rng.choice(GENRES[lang])
    firsts, lasts = people(locale)
    greet = rng.choice(GREET[lang])
    sign = f"{rng.choice(SIGN[lang])}\n{rng.choice(firsts)} {rng.choice(lasts)}"
    return key, title, list(fillers), greet, sign


def positive_doc(rng, locale, lang, items):
    key, title, fillers, greet, sign = _doc_frame(rng, locale, lang)
    rng.shuffle(fillers)
    taken = {"_fillers": fillers, "_greet": greet}
    top, body, last, after = [], [], [], []
    greet_piece = (greet, [])
    for k in items:
        if k == "announced":
            where, pc = pieces.announced(rng, locale, lang, taken)
            if where == "greet":
                greet_piece = pc
            else:
                {"top": top, "body": body, "after": after, "last": last}[where].append(pc)
        elif k == "roster":
            body.append(pieces.roster(rng, locale, lang))
    vlines = [pieces.value_line(rng, locale, lang, k) for k in items if k not in ("announced", "roster")]
    if len(vlines) > 1 and rng.random() < 0.5:
        text, spans, off = "", [], 0
        for t, sp in vlines:
            spans += [(s + off, e + off, ent) for s, e, ent in sp]
            text += t + "\n"
            off = len(text)
        body.append((text.rstrip("\n"), spans))
        log("value-line blocks", "stacked")
    else:
        body += vlines
    if rng.random() < 0.6:
        body.append(pieces.hard_negative(rng, locale, lang))
    body += [(f, []) for f in taken["_fillers"]]
    rng.shuffle(body)
    return key, assemble(title, top, greet_piece, body, last, (sign, []), after)


def negative_doc(rng, locale, lang):
    key, title, fillers, greet, sign = _doc_frame(rng, locale, lang)
    body = [(f, []) for f in fillers]
    body += [pieces.hard_negative(rng, locale, lang) for _ in range(rng.randint(2, 3))]
    rng.shuffle(body)
    return key, assemble(title, [], (greet, []), body, [], (sign, []), [])


def table_doc(rng, locale):
    lang = "en" if locale.startswith("en") else LOCALES[locale][0]
    key = least(rng, "tables", list(neg_tables.SPECS))
    style = least(rng, "table styles", neg_tables.STYLES)
    log("tables", key)
    log("table styles", style)
    for _ in range(50):
        text = neg_tables.table(rng, key, lang, style)
        if not trips(text):
            return key, lang, text
        log("redraws", "table")
    raise RuntimeError(key)


def _record(rid, locale, text, spans):
    rec = {
        "id": rid,
        "locale": locale,
        "text": text,
        "spans": [{"kind": ent["kind"], "start": s, "end": e} for s, e, ent in spans],
    }
    return rec, {"values": [ent for _s, _e, ent in spans]}


def build(seed=SEED):
    pieces.LOG.clear()
    rng = random.Random(seed)
    out = []
    locales = [pick_locale(rng) for _ in range(N_POS)]
    plan = deal(rng, locales)
    n_in = 0
    for n, (locale, items) in enumerate(zip(locales, plan, strict=True)):
        lang = doc_language(locale, n_in)
        n_in += locale == "en_IN"
        while True:
            key, (text, spans) = positive_doc(rng, locale, lang, items)
            if not trips(text, [{"start": s, "end": e} for s, e, _ in spans]):
                break
            log("redraws", "document")
        log("prose languages", lang)
        out.append(_record(f"{locale}-pos-{key}-{n}", locale, text, spans))
    for n in range(N_POS, N_POS + N_NEG_PROSE):
        locale = pick_locale(rng)
        lang = doc_language(locale, n_in)
        n_in += locale == "en_IN"
        while True:
            key, (text, spans) = negative_doc(rng, locale, lang)
            if not trips(text):
                break
            log("redraws", "document")
        log("prose languages", lang)
        out.append(_record(f"{locale}-neg-{key}-{n}", locale, text, []))
    for n in range(N_POS + N_NEG_PROSE, N_POS + N_NEG_PROSE + N_TABLE):
        locale = pick_locale(rng)
        key, lang, text = table_doc(rng, locale)
        log("table languages", lang)
        out.append(_record(f"{locale}-neg-{key}-{n}", locale, text, []))
    for rec in corpus_records(rng):
        log("corpus", f"{rec['id'].rsplit('-', 1)[0]}")
        out.append((rec, {"values": []}))
    rng.shuffle(out)
    return out, pieces.LOG
