"""Assemble the v3 records: which locale gets how many documents, template choice, redraws, ids."""

from __future__ import annotations

from collections import Counter

import templates_de
import templates_en
import templates_es
import templates_fr
import templates_it
import templates_nl
import templates_other
import templates_pt
import v3_corpus
import v3_selfcheck as sc
import v3_structured
from faker import Faker
from v3_render import Ctx, render

# locale: (documents, language, phone region or None, home country)
LOCALES = {
    "en_US": (240, "en", "US", "US"),
    "en_GB": (170, "en", "GB", "GB"),
    "en_IN": (115, "en", "IN", "IN"),
    "de_DE": (170, "de", "DE", "DE"),
    "fr_FR": (110, "fr", "FR", "FR"),
    "es_ES": (105, "es", "ES", "ES"),
    "it_IT": (105, "it", "IT", "IT"),
    "nl_NL": (100, "nl", "NL", "NL"),
    "pt_BR": (120, "pt", "BR", "BR"),
    "en_IE": (12, "en", None, "IE"),
    "en_AU": (12, "en", None, "AU"),
    "pl_PL": (9, "pl", None, "PL"),
    "sv_SE": (9, "sv", None, "SE"),
}
NEG_SHARE = 0.24
BY_LANG = {
    "en": templates_en,
    "de": templates_de,
    "fr": templates_fr,
    "es": templates_es,
    "it": templates_it,
    "nl": templates_nl,
    "pt": templates_pt,
}
INFORMAL = {"sms", "chat", "whatsapp", "forum", "classified"}
MACHINE = {"csv", "tsv", "vcard", "json", "log", "mdtable"}
STRUCTURED_WEIGHT = {"csv_payments": 0.6, "tsv_bank": 1.2, "tsv_payroll_us": 3.0, "json_order": 1.0}


def _allowed(tpl: str, loc: str) -> tuple[bool, str]:
    if tpl.startswith("@"):
        head, _, body = tpl.partition(" ")
        return loc[-2:] in head[1:].split(","), body
    return True, tpl


def pool(rng, loc: str, positive: bool) -> list[tuple[str, object, float]]:
    """(doctype, template string or structured builder, weight) for this locale."""
    lang, region = LOCALES[loc][1], LOCALES[loc][2]
    if region is None:
        table = (templates_other.POS if positive else templates_other.NEG)[loc]
        return [(doctype, t, 1.0) for doctype, tpls in table.items() for t in tpls]
    table = BY_LANG[lang].POS if positive else BY_LANG[lang].NEG
    out = []
    for doctype, tpls in table.items():
        for tpl in tpls:
            ok, body = _allowed(tpl, loc)
            if ok:
                weight = 2.5 if "{loc}" in body else 1.5 if "{lst}" in body else 1.0
                weight *= (
                    4.0 if "{ssn" in body else 1.8 if "{card" in body else 1.6 if "{iban" in body else 1.0
                )
                out.append((doctype, body, weight))
    for doctype, builder in v3_structured.builders(loc, positive):
        out.append((doctype, builder, STRUCTURED_WEIGHT.get(builder.__name__, 1.5) if positive else 1.0))
    return out


def _ctx(rng, loc: str, fk: Faker, doctype: str) -> Ctx:
    _, lang, region, home = LOCALES[loc]
    informal = doctype in INFORMAL
    return Ctx(
        rng=rng,
        loc=loc,
        region=region,
        home_country=home,
        fk=fk,
        lower=informal and rng.random() < 0.2,
        typos=0.12 if informal else 0.0 if doctype in MACHINE else 0.02,
    )


def make_doc(rng, loc: str, fk: Faker, entry, positive: bool, rid: str, seen: set) -> dict:
    doctype, tpl, _ = entry
    lang = LOCALES[loc][1]
    for _attempt in range(200):
        ctx = _ctx(rng, loc, fk, doctype)
        body = tpl if isinstance(tpl, str) else tpl(rng, loc, lang)
        doc = render(body, ctx)
        text = doc.text
        if text in seen:
            continue
        try:
            check_doc(rid, text, doc.spans, doc.values, doc.literals, doc.negs, LOCALES[loc][2])
        except ValueError as err:
            if "hazard" in str(err):
                continue
            raise
        if positive != bool(doc.spans):
            raise ValueError(f"{rid}: template {tpl!r} positive={positive} but spans={doc.spans}")
        seen.add(text)
        return {
            "locale": loc,
            "text": text,
            "spans": doc.spans,
            "values": doc.values,
            "doctype": doctype,
            "region": LOCALES[loc][2],
            "literals": doc.literals,
            "negs": doc.negs,
        }
    raise RuntimeError(f"{rid}: no clean draw of {tpl!r}")


def check_doc(rid, text, spans, values, literals, negs, region) -> None:
    sc.check_spans(rid, text, spans, values, region)
    sc.check_unlabelled(rid, text, spans, literals, negs)


def _locale_docs(rng, loc: str, seed: int, seen: set) -> list[dict]:
    total = LOCALES[loc][0]
    n_neg = round(total * NEG_SHARE)
    fk = Faker(loc)
    fk.seed_instance(seed + sum(map(ord, loc)))
    out = []
    for positive, count in ((True, total - n_neg), (False, n_neg)):
        deck: list = []
        for i in range(count):
            if not deck:  # every entry weight*2 times per pass, in random order: stable proportions
                deck = [e for e in pool(rng, loc, positive) for _ in range(round(e[2] * 2))]
                rng.shuffle(deck)
            rec = make_doc(rng, loc, fk, deck.pop(), positive, f"{loc}#{i}", seen)
            out.append(rec)
    return out


def _corpus_docs(rng, seen: set) -> list[dict]:
    out, taken = [], Counter()
    for source, lang, text in v3_corpus.sentences(rng):
        if taken[(source, lang)] >= v3_corpus.QUOTA[(source, lang)] or text in seen:
            continue
        if sc.hazards(text):
            continue
        taken[(source, lang)] += 1
        seen.add(text)
        out.append(
            {
                "id": f"{source}-{lang}-{taken[(source, lang)]:03d}",
                "locale": lang,
                "text": text,
                "spans": [],
                "values": [],
                "region": None,
                "literals": [],
                "negs": [],
            }
        )
    return out


def build(rng, seed: int) -> list[dict]:
    seen: set[str] = set()
    records = []
    for loc in LOCALES:
        records += _locale_docs(rng, loc, seed, seen)
    rng.shuffle(records)
    counters: Counter = Counter()
    for rec in records:
        key = (rec["locale"], "pos" if rec["spans"] else "neg", rec["doctype"])
        counters[key] += 1
        rec["id"] = f"{key[0]}-{key[1]}-{key[2]}-{counters[key]:03d}"
    records += _corpus_docs(rng, seen)
    return records


def final_check(records: list[dict]) -> None:
    """Re-run every check on the finished records (the file is not written if one fails)."""
    ids = Counter(r["id"] for r in records)
    texts = Counter(r["text"] for r in records)
    if max(ids.values()) > 1 or max(texts.values()) > 1:
        raise ValueError("duplicate ids or texts")
    for r in records:
        spans = sorted(r["spans"], key=lambda s: s["start"])
        if spans != r["spans"]:
            raise ValueError(f"{r['id']}: spans not sorted")
        check_doc(r["id"], r["text"], r["spans"], r["values"], r["literals"], r["negs"], r["region"])
