"""Documents of the v17 set: positive documents, negative prose, negative tables, the whole build."""

import random

from . import locales, neg_tables
from .build import (
    LINE_POOL,
    N_ANNOUNCED,
    N_NEG_PROSE,
    N_NEG_TABLES,
    N_ROSTERS,
    POS_LOCALES,
    SEED,
    Builder,
    assemble,
)
from .corpus import corpus_records
from .guards import check_record
from .phrasings import PHRASINGS, PLACEMENTS, WORDS


def doc_lang(b, locale):
    return b.in_lang.next() if locale == "en_IN" else locales.LOCALES[locale][0]


def phrasing_block(b, locale, lang, genre, fillers, first):
    idx = b.phr[lang].next()
    name = b.place[lang].next()
    where, template = PLACEMENTS[name]
    phr = PHRASINGS[lang][idx].replace("{f}", first)
    before, after = phr.split("{n}")
    val = b.local_number(locale, "local-announced", 0.75)
    c, rem, m, a = WORDS[lang]
    f1, f2 = fillers[0], fillers[-1]
    filled = template.format(P="\x00", F1=f1, F2=f2, C=c, R=rem, M=m, A=a, K=genre)
    out = []
    for ln in filled.split("\n"):
        if "\x00" in ln:
            pre, post = ln.split("\x00")
            out.append([pre + before, val, after + post])
        else:
            out.append([ln])
    b.log["phrasing", lang, idx] += 1
    b.log["placement", name] += 1
    b.log["placement lang", name, lang] += 1
    used = {f1} if "{F1}" in template else set()
    return where, out, used | ({f2} if "{F2}" in template else set())


def prose_doc(b, locale, lang, announced, roster, kinds, n_hard):
    r = b.rng
    genre = b.genre[lang].next()
    title, fillers = locales.genre_sentences(lang, genre)
    people = locales.people(locale)
    first, last = r.choice(people)
    helper = r.choice([p for p in people if p[0] != first])[0]
    body = [[[f]] for f in fillers]
    top, firstb, last_b, sig = [], [], [], []
    if announced:
        where, blk, used = phrasing_block(b, locale, lang, genre, fillers, helper)
        body = [[[f]] for f in fillers if f not in used]
        if where == "top":
            top.append(blk)
        elif where == "first":
            firstb.append(blk)
        elif where == "last":
            last_b.append(blk)
        elif where == "sig":
            sig = blk
        else:
            body.insert(r.randint(min(1, len(body)), len(body)), blk)
    for _ in range(n_hard):
        body.insert(r.randint(0, len(body)), b.hard_negative(lang))
    if roster:
        body.append(b.roster(locale, lang))
    body += b.value_lines(kinds, locale, lang) if kinds else []
    blocks = [[[title]]] + top + [[[r.choice(locales.GREET[lang])]]] + firstb + body + last_b
    blocks.append([[r.choice(locales.SIGN[lang])], ["%s %s" % (first, last)]] + sig)
    return genre, blocks


def positive_plan(rng):
    locs = [loc for loc, n in POS_LOCALES.items() for _ in range(n)]
    rng.shuffle(locs)
    n = len(locs)
    flags = [i < N_ANNOUNCED for i in range(n)]
    rng.shuffle(flags)
    rosters = set(rng.sample(range(n), N_ROSTERS))
    kinds = [[] for _ in range(n)]
    for kind, count in LINE_POOL.items():
        ok = [i for i in range(n) if _eligible(kind, locs[i])]
        for _ in range(count):
            key = {i: (len(kinds[i]) + (flags[i] or i in rosters), rng.random()) for i in ok}
            best = min(ok, key=key.get)
            kinds[best].append(kind)
    for k in kinds:
        rng.shuffle(k)
    return [(locs[i], flags[i], i in rosters, kinds[i]) for i in range(n)]


def _eligible(kind, locale):
    if kind == "ssn":
        return locale == "en_US"
    if kind == "iban":
        return locales.LOCALES[locale][3] is not None
    return True


def neg_locales(rng, count):
    locs = list(POS_LOCALES)
    return rng.choices(locs, weights=[POS_LOCALES[x] for x in locs], k=count)


def _make(b, kind_of_doc, fn):
    for _attempt in range(20):
        genre, rec, val = fn()
        if check_record(rec) is None:
            return rec, val
        b.log["redraw doc", kind_of_doc] += 1
    raise RuntimeError("guard keeps failing: " + rec["id"])


def build(seed=SEED):
    b = Builder(seed)
    rng = b.rng
    pairs = []

    def make_prose(locale, lang, plan_row, pos):
        def fn():
            b.n += 1
            announced, roster, kinds = plan_row
            genre, blocks = prose_doc(
                b, locale, lang, announced, roster, kinds, rng.choice([1, 1, 2]) if pos else rng.randint(2, 4)
            )
            doc_id = "%s-%s-%s-%d" % (locale, "pos" if pos else "neg", genre, b.n)
            rec, val = assemble(doc_id, locale, blocks)
            return genre, rec, val

        return fn

    for locale, announced, roster, kinds in positive_plan(rng):
        lang = doc_lang(b, locale)
        pairs.append(_make(b, "pos", make_prose(locale, lang, (announced, roster, kinds), True)))
        b.log["doc", "pos", locale, lang] += 1
    for locale in neg_locales(rng, N_NEG_PROSE):
        lang = doc_lang(b, locale)
        pairs.append(_make(b, "neg", make_prose(locale, lang, (False, False, []), False)))
        b.log["doc", "neg prose", locale, lang] += 1
    for locale in neg_locales(rng, N_NEG_TABLES):
        lang = locales.LOCALES[locale][0]

        def fn(locale=locale, lang=lang):
            b.n += 1
            key, sep = b.tables.next(), b.table_sep.next()
            text = neg_tables.table(rng, key, lang, sep)
            b.log["table", key] += 1
            b.log["table sep", repr(sep)] += 1
            rec = {"id": "%s-neg-%s-%d" % (locale, key, b.n), "locale": locale, "text": text, "spans": []}
            return key, rec, {"values": []}

        pairs.append(_make(b, "table", fn))
        b.log["doc", "neg table", locale, lang] += 1
    for rec in corpus_records(rng):
        pairs.append((rec, {"values": []}))
        b.log["doc", "corpus", rec["locale"], rec["id"].split("-")[0]] += 1
    random.Random(seed).shuffle(pairs)
    return [p[0] for p in pairs], [p[1] for p in pairs], b.log
