"""Assembles the v5 set: picks genres and templates per locale and renders the documents."""

import random

from faker import Faker

from . import tpl_de, tpl_en, tpl_es, tpl_fr, tpl_in, tpl_it, tpl_nl, tpl_pt
from .corpus import corpus_records
from .engine import Doc
from .guards import problems
from .phrases import LOCALES
from .tpl_neg import negative_templates
from .tpl_shared import shared_templates

# locale -> (positive documents, negative-only documents)
PLAN = {
    "en_US": (134, 66),
    "en_GB": (104, 56),
    "en_IN": (92, 48),
    "de_DE": (106, 56),
    "nl_NL": (82, 44),
    "pt_BR": (88, 46),
    "fr_FR": (62, 36),
    "es_ES": (55, 32),
    "it_IT": (55, 32),
    "de_AT": (21, 14),
    "en_AU": (23, 14),
    "fr_BE": (20, 14),
}
LANG_TEMPLATES = {
    "en": tpl_en.T,
    "de": tpl_de.T,
    "fr": tpl_fr.T,
    "es": tpl_es.T,
    "it": tpl_it.T,
    "nl": tpl_nl.T,
    "pt": tpl_pt.T,
}
SHARED_SHARE = 0.07
US_SSN_SHARE = 0.4
TAIL_NEGATIVES = ["\n{neg}", "\n{neg} · {neg}", "\n({neg})", " {neg}.", "\n{neg}; {neg}"]


def positive_genres(locale):
    """genre -> templates usable for the locale ("@US " templates only for en_US)."""
    region, lang = LOCALES[locale][0], LOCALES[locale][1]
    table = dict(LANG_TEMPLATES[lang])
    if locale == "en_IN":
        table.update(tpl_in.T)
    out = {}
    for genre, templates in table.items():
        usable = [
            t[4:] if t.startswith("@US ") else t
            for t in templates
            if not t.startswith("@US ") or region == "US"
        ]
        if usable:
            out[genre] = usable
    return out


def us_only_genres():
    return {
        g: [t[4:] for t in ts if t.startswith("@US ")]
        for g, ts in tpl_en.T.items()
        if any(t.startswith("@US ") for t in ts)
    }


def pick_positive(rng, locale):
    lang = LOCALES[locale][1]
    pool = shared_templates(lang) if rng.random() < SHARED_SHARE else positive_genres(locale)
    if locale == "en_US" and rng.random() < US_SSN_SHARE:
        pool = us_only_genres()
    if locale == "en_IN" and rng.random() < 0.45:
        pool = tpl_in.T
    genre = rng.choice(sorted(pool))
    return genre, rng.choice(pool[genre])


def render(rng, fk, locale, template, positive):
    """Render until the unlabelled text holds nothing the conventions would label."""
    for _ in range(30):
        doc = Doc(locale, rng, fk)
        tail = rng.choice(TAIL_NEGATIVES) if positive and rng.random() < 0.3 else ""
        doc.fill(template + tail)
        text, spans, values = doc.render()
        if not problems(text, spans) and bool(spans) == positive:
            return text, spans, values, doc.neg_used
    raise RuntimeError(f"could not render a clean {locale} document")


def build(seed):
    """Records, sidecar entries and per-document facts (genre, negative kinds)."""
    rng = random.Random(seed)
    items = []
    for k, (locale, (n_pos, n_neg)) in enumerate(PLAN.items()):
        fk = Faker(locale)
        fk.seed_instance(seed * 100 + k)
        lang = LOCALES[locale][1]
        negs = negative_templates(lang)
        for i in range(n_pos + n_neg):
            positive = i < n_pos
            if positive:
                genre, template = pick_positive(rng, locale)
            else:
                genre = rng.choice(sorted(negs))
                template = negs[genre]
            text, spans, values, used = render(rng, fk, locale, template, positive)
            items.append(
                {
                    "locale": locale,
                    "pol": "pos" if positive else "neg",
                    "genre": genre,
                    "text": text,
                    "spans": spans,
                    "values": values,
                    "neg_used": used,
                }
            )
    rng.shuffle(items)
    records, sides = [], []
    for n, it in enumerate(items):
        records.append(
            {
                "id": f"{it['locale']}-{it['pol']}-{it['genre']}-{n}",
                "locale": it["locale"],
                "text": it["text"],
                "spans": it["spans"],
            }
        )
        sides.append({"values": it["values"]})
    corpus = corpus_records(random.Random(seed + 1))
    records += corpus
    sides += [{"values": []} for _ in corpus]
    return records, sides, items
