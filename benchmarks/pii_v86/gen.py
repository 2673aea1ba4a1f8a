"""Document plan and build for v86 (called by make_heldout_set)."""

import json
import random

from . import corpus, negs, numbers
from .build import LEX, LOCAL_PLAN, LOCALES, PLAN, Builder, attach_list
from .lex_local import LOCAL

SEED = 10086


def _regions(locale, lang):
    _l, own, nat = LOCALES[locale]
    return sorted(set([own, nat] + negs.HOME[lang]))


def _blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    return "".join(chars)


def _screen(b, text, spans, locale, lang):
    return not negs.dirty(_blank(text, spans), _regions(locale, lang))


def one_doc(b, kind, locale, lang, genre=None, local=None):
    r = b.rng
    lex = LEX[lang]
    for _ in range(50):
        g = genre or r.choice(sorted(lex))
        cell = lex[g]
        title = r.choice(cell["title"])
        negs_ = r.sample(
            cell["neg"], min(len(cell["neg"]), r.choice([1, 2, 3] if kind == "pos" else [2, 3, 4]))
        )
        body = []
        if kind == "pos":
            pos = b.usable(cell["pos"], locale)
            body = r.sample(pos, min(len(pos), r.choice([1, 2, 2, 3])))
            if local:
                body = [local["tpl"]] + body[:1]
        sents = body + negs_
        if local is None:
            r.shuffle(sents)
        parts = [title + "\n\n"] + [s + (" " if i < len(sents) - 1 else "\n") for i, s in enumerate(sents)]
        text, spans, values = b.fill(parts, locale, lang, local)
        if kind == "pos" and local is None and r.random() < 0.3:
            lines, vals = b.listblock(lang, locale)
            text, spans, values = attach_list(text.rstrip("\n"), spans, values, lines, vals)
        if _screen(b, text, spans, locale, lang):
            return g, text, spans, values
        b.stats["doc_redraws"] += 1
    raise RuntimeError("document stayed dirty")


def build(seed=SEED):
    b = Builder(seed)
    r = b.rng
    docs = []
    n = 0

    def add(kind, locale, lang, g, text, spans, values):
        nonlocal n
        loc_id = ("hi-" if lang == "hi" else "") + g
        docs.append(
            (
                {"id": f"{locale}-{kind}-{loc_id}-{n}", "locale": locale, "text": text, "spans": spans},
                {"values": values},
            )
        )
        n += 1

    for key, (npos, nneg) in PLAN.items():
        locale, lang = ("en_IN", "hi") if key == "hi" else (key, LOCALES[key][0])
        for kind, cnt in (("pos", npos), ("neg", nneg)):
            for _ in range(cnt):
                g, text, spans, values = one_doc(b, kind, locale, lang)
                add(kind, locale, lang, g, text, spans, values)
    for region, lang, locale, total in LOCAL_PLAN:
        left = total
        while left:
            tpls = [t for t in LOCAL[(region, lang)] if left > 1 or "{L2}" not in t]
            tpl = r.choice(tpls)
            town, area, sub_len = r.choice(numbers.AREAS[region])
            k = 2 if "{L2}" in tpl else 1
            nums = []
            for _ in range(k):
                e164, sub = numbers.draw_local(r, region, area, sub_len)
                nums.append((numbers.local_form(r, region, sub), e164))
            local = {"tpl": tpl, "town": town, "region": region, "area_len": len(area), "nums": nums}
            g, text, spans, values = one_doc(b, "pos", locale, lang, local=local)
            add("pos", locale, lang, g, text, spans, values)
            left -= k
    for rec in corpus.rows(random.Random(seed + 1)):
        docs.append((rec, {"values": []}))
    r.shuffle(docs)
    return docs, b.stats


def write(docs, rec_path, val_path):
    with open(rec_path, "w", encoding="utf-8") as f:
        for rec, _v in docs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for _r, v in docs:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
