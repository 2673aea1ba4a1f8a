"""How many documents of which locale and genre; the generation loop with its guard retries."""

from __future__ import annotations

import random

from . import (
    genres_de,
    genres_en,
    genres_en2,
    genres_es_it,
    genres_extra,
    genres_fr,
    genres_hi,
    genres_multi,
    genres_neg,
    genres_nl_pt,
)
from .common import pick
from .context import LANG_OF, Ctx
from .guards import masked, problems
from .render import render

# positive documents per (locale, language)
POSITIVE = {
    ("en_US", "en"): 96,
    ("en_GB", "en"): 82,
    ("en_IN", "en"): 34,
    ("en_IN", "hi"): 54,
    ("de_DE", "de"): 84,
    ("fr_FR", "fr"): 48,
    ("es_ES", "es"): 44,
    ("it_IT", "it"): 44,
    ("nl_NL", "nl"): 74,
    ("pt_BR", "pt"): 76,
    ("de_AT", "de"): 14,
    ("en_AU", "en"): 14,
    ("fr_BE", "fr"): 8,
    ("nl_BE", "nl"): 7,
    ("de_CH", "de"): 7,
    ("fr_CH", "fr"): 6,
    ("en_IE", "en"): 14,
}
# negative-only documents per language (spread over that language's locales)
NEGATIVE = {"en": 176, "de": 90, "fr": 66, "es": 50, "it": 50, "nl": 60, "pt": 54, "hi": 30}


def positive_genres(locale: str, lang: str) -> list[tuple]:
    mods = {
        "en": [genres_en, genres_en2, genres_multi],
        "hi": [genres_hi],
        "de": [genres_de, genres_multi],
        "fr": [genres_fr, genres_multi],
        "es": [genres_es_it, genres_multi],
        "it": [genres_es_it, genres_multi],
        "nl": [genres_nl_pt, genres_multi],
        "pt": [genres_nl_pt, genres_multi],
    }[lang]
    out = [g for m in mods for g in m.GENRES if locale in g[1]]
    extra = [
        g for g in genres_extra.GENRES if locale in g[1] and (g[4] if len(g) > 4 else LANG_OF[locale]) == lang
    ]
    return out + extra


def negative_genres(lang: str) -> list[tuple]:
    return [(name, by_lang[lang]) for name, by_lang in genres_neg.GENRES if lang in by_lang]


def _attempt(rng, locale: str, lang: str, slug: str, template: str, want_values: bool):
    for _ in range(30):
        ctx = Ctx(rng, locale, lang)
        ctx.slug = slug or "club"
        doc = render(ctx, template)
        if problems(masked(doc.text, doc.spans)):
            continue
        if bool(doc.spans) != want_values:
            continue
        return doc, ctx
    raise RuntimeError(f"guards keep failing for {locale} {slug}")


# relative frequency of some genres (default 1): rosters are long, SSN/card genres are rare
WEIGHT = {
    "school-bus-route": 0.7,
    "bewonerscommissie-alv": 0.4,
    "imkervereniging-nieuwsbrief": 0.6,
    "kinderopvang-belboom": 0.6,
    "associacao-apicultores": 0.5,
    "grupo-pais-creche": 0.5,
    "imkerverein-rundbrief": 0.6,
    "kita-telefonkette": 0.6,
    "kindergarten-phone-tree": 0.9,
    "coop-housing-agm": 0.6,
    "wohnungsgenossenschaft-mv": 0.5,
    "skischool-reis": 0.4,
    "escola-surf": 0.45,
    "assembleia-condominio": 0.45,
    "bloco-carnaval": 0.45,
    "beekeeping-swarm-list": 0.7,
    "feuerwehr-alarmplan": 0.6,
    "school-van-list": 0.9,
    "kirtan-mandali-roster": 1,
    "langar-seva-rota": 1,
    "scuola-sci-gruppi": 0.45,
    "associazione-apicoltori": 0.45,
    "ag-cooperative-habitat": 0.45,
    "bulletin-apiculteurs": 0.45,
    "ecole-ski-groupes": 0.45,
    "cofradia-costaleros": 0.45,
    "asociacion-apicultores": 0.45,
    "junta-cooperativa-viviendas": 0.45,
    "catena-telefonica-nido": 0.45,
    "cadena-telefonica-guarderia": 0.45,
    "assemblea-cooperativa-edilizia": 0.45,
    "chaine-telephonique-creche": 0.45,
    "firewall-change": 0.4,
    "server-runbook": 0.6,
    "hackerspace-wiki-de": 0.7,
    "credit-union-worksheet": 4,
    "paralegal-intake": 3.5,
    "dealer-finance-sheet": 3,
    "funeral-arrangement-worksheet": 3,
    "volunteer-background-check": 3.5,
    "mail-order-form": 0.25,
    "card-fraud-report": 0.25,
}


def _round_robin(rng, items: list, n: int) -> list:
    order = [g for g in items for _ in range(max(1, round(4 * WEIGHT.get(g[0], 1))))]
    out = []
    while len(out) < n:
        rng.shuffle(order)
        out.extend(order)
    return out[:n]


def generate(seed: int):
    """Yield (record, sidecar, neg_kinds) for every synthetic document."""
    rng = random.Random(seed)
    jobs = []
    for (locale, lang), n in POSITIVE.items():
        for genre in _round_robin(rng, positive_genres(locale, lang), n):
            jobs.append((locale, lang, genre[0], genre[2], pick(rng, genre[3]), True))
    for lang, n in NEGATIVE.items():
        locales = genres_neg.LOCALES_OF_LANG[lang]
        for i, (name, templates) in enumerate(_round_robin(rng, negative_genres(lang), n)):
            jobs.append((locales[i % len(locales)], lang, name, "", pick(rng, templates), False))
    rng.shuffle(jobs)
    for n, (locale, lang, genre, slug, template, positive) in enumerate(jobs):
        doc, ctx = _attempt(rng, locale, lang, slug, template, positive)
        tag = "pos" if positive else "neg"
        record = {"id": f"{locale}-{tag}-{genre}-{n}", "locale": locale, "text": doc.text, "spans": doc.spans}
        yield record, {"values": [v.sidecar() for v in doc.values]}, ctx.neg_kinds
