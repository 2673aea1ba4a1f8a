"""Assemble v15 documents from the plan: values, placements, rosters, hard negatives and tables."""

from __future__ import annotations

from . import iban as IB
from . import neg_labelled as NL
from . import neg_tables as NT
from . import phone_text as W
from . import phones as P
from . import values as V
from .genres import BY_LOCALE_LANG
from .guards import problems
from .locales import GREET, LOCALES, SIGN, SUBSCRIBER_REGIONS, person, personal_email, role_email
from .neg_patterned import PATTERNED_A
from .neg_patterned2 import PATTERNED_B
from .phrasings import PHRASE_IDS, PHRASINGS
from .placements import PLACEMENT_NAMES, place
from .plan import Cycler
from .rosters import HEADINGS, ROLES, render
from .segments import Val, fill, flatten

PATTERNED = {
    k: (dict(zip(NL.LANGS, labels.split("|"), strict=True)), gen)
    for k, labels, gen in PATTERNED_A + PATTERNED_B
}
NEG_KEYS = NL.LABELLED_KEYS + sorted(PATTERNED)
PAT_SHAPES = ["{l}: {v}", "{l} – {v}", "{l} {v}", "{l}: {v}"]
INTL_REGIONS = ["AT", "CH", "BE", "AU", "IE", "FR", "DE", "ES", "IT", "NL", "GB", "US", "BR", "IN"]
IBAN_OWN = {"GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "BR"}


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.phr = {lang: Cycler(rng, range(len(v))) for lang, v in PHRASINGS.items()}
        self.plc = {lang: Cycler(rng, PLACEMENT_NAMES) for lang in PHRASINGS}
        self.heads = {lang: Cycler(rng, v) for lang, v in HEADINGS.items()}
        self.genres = {k: Cycler(rng, v) for k, v in BY_LOCALE_LANG.items()}
        self.negs = Cycler(rng, NEG_KEYS)
        self.tables = Cycler(rng, NT.TABLE_KEYS)

    # ---- numbers -------------------------------------------------------------------------------------
    def local_number(self, region: str, roster: bool):
        rng = self.rng
        if region in SUBSCRIBER_REGIONS:
            p_full = (0.2 if roster else 0.25) if region == "IN" else 0.0
            if rng.random() >= p_full:
                num, sub = P.fixed_with_subscriber(rng, region)
                return num, W.write_sub(rng, region, num, sub), True
            num = P.mobile(rng, region) if rng.random() < 0.8 else P.fixed(rng, region)
            return num, W.write_full(rng, region, num), False
        num = P.any_full(rng, region, 0.4)
        return num, W.write_full(rng, region, num), False

    def announced(self, ctx, meta):
        lang, region = ctx["lang"], ctx["plan"]
        pid = self.phr[lang].next()
        num, text, sub = self.local_number(region, roster=False)
        val = Val(text, P.meta(num, text, "local-announced", region))
        segs = fill(PHRASINGS[lang][pid], n=val, f=self.first(ctx))
        name = self.plc[lang].next()
        pos, segs = place(name, lang, segs, self.first(ctx), self.first(ctx))
        meta["announced"].append(
            {
                "phrase": PHRASE_IDS[lang][pid],
                "placement": name,
                "lang": lang,
                "region": region,
                "subscriber": sub,
            }
        )
        return pos, segs

    def roster(self, ctx, fmt, n, meta):
        rng, lang, region = self.rng, ctx["lang"], ctx["plan"]
        heading = self.heads[lang].next()
        roles = rng.sample(ROLES[lang], n)
        entries = []
        for role in roles:
            num, text, sub = self.local_number(region, roster=True)
            entries.append((self.full_name(ctx), role, Val(text, P.meta(num, text, "list-entry", region))))
            meta["list"].append({"region": region, "subscriber": sub})
        meta["rosters"].append({"format": fmt, "heading": heading, "entries": n})
        return render(fmt, lang, heading, entries, rng)

    def extra(self, ctx, kind, meta):
        rng, lang, plan, own, loc = self.rng, ctx["lang"], ctx["plan"], ctx["own"], ctx["locale"]
        label = kind
        if kind == "national":
            num = P.any_full(rng, plan, 0.35)
            text = W.write_full(rng, plan, num)
            val = Val(text, P.meta(num, text, "national", plan))
        elif kind == "international":
            if own != plan and rng.random() < 0.6:
                region, label = own, "own"
            else:
                region = rng.choice([r for r in INTL_REGIONS if r != plan])
            num = P.any_full(rng, region, 0.3)
            text = W.write_intl(rng, region, num, us_writer=loc == "en_US")
            val = Val(text, P.meta(num, text, "international", region))
        elif kind == "other":
            num = P.service(rng, plan)
            text = W.write_full(rng, plan, num, avoid=("paren", "paren_c"))
            val = Val(text, P.meta(num, text, "other", plan))
        elif kind == "email":
            if rng.random() < 0.5:
                _, _, fl, ll = person(rng, loc, "en")
                text, mode = personal_email(rng, loc, fl, ll), "personal"
            else:
                text, mode = role_email(rng, lang, ctx["genre"].domain), "role"
            val = Val(text, {"kind": "EMAIL", "mode": mode, "text": text})
        elif kind == "iban":
            compact = IB.make(rng, own if own in IBAN_OWN else plan)
            mode = "compact" if rng.random() < 0.25 else "grouped"
            text = compact if mode == "compact" else IB.grouped(compact)
            val = Val(text, {"kind": "IBAN", "mode": mode, "text": text})
        elif kind == "card":
            val = V.card(rng, loc)
        elif kind == "ssn":
            val = V.ssn(rng)
        else:
            val = V.ip(rng)
        shape, segs = V.line(rng, label, lang, val)
        meta["lines"].append({"kind": kind, "shape": shape})
        return segs

    # ---- negatives -----------------------------------------------------------------------------------
    def negative(self, lang, meta):
        key = self.negs.next()
        for _ in range(100):
            if key in PATTERNED:
                labels, gen = PATTERNED[key]
                lab = labels["en" if lang == "hx" else lang]
                text, before = self.rng.choice(PAT_SHAPES).format(l=lab, v=gen(self.rng, lang)), False
            else:
                text, before = NL.make(self.rng, key, lang)
            if not problems(text):
                meta["negatives"].append({"kind": key, "label_before": before})
                return text
        raise RuntimeError("negative %s keeps tripping the guards" % key)

    def table(self, locale, meta):
        key = self.tables.next()
        lang = "en" if locale.startswith("en") else locale[:2]
        names: list[str] = []
        while len(names) < 8:
            name = person(self.rng, locale, "en")[1]
            if name not in names:
                names.append(name)
        for _ in range(100):
            text = NT.render(self.rng, key, lang, names)
            if not problems(text):
                meta["table"] = key
                return key, text
        raise RuntimeError("table %s keeps tripping the guards" % key)

    # ---- people and frame ----------------------------------------------------------------------------
    def first(self, ctx):
        return person(self.rng, ctx["locale"], ctx["lang"])[0]

    def full_name(self, ctx):
        return person(self.rng, ctx["locale"], ctx["lang"])[1]

    def frame(self, ctx, top, body_items, end):
        """Title, greeting, genre lines with the items spread among them, sign-off."""
        rng, g = self.rng, ctx["genre"]
        body = [("text", [line]) for line in g.lines]
        for item in body_items:
            body.insert(rng.randint(1, len(body)), item)
        segs: list = []
        for t in top:
            segs += t + ["\n\n"]
        segs += [g.title + "\n\n" + rng.choice(GREET[ctx["lang"]]) + "\n\n"]
        prev = None
        for i, (kind, s) in enumerate(body):
            if i:
                segs.append("\n" if kind == prev == "line" and rng.random() < 0.6 else "\n\n")
            segs += s
            prev = kind
        for e in end:
            segs += ["\n\n"] + e
        segs.append("\n\n" + rng.choice(SIGN[ctx["lang"]]).format(f=self.first(ctx)))
        return segs

    def context(self, d):
        plan, own = LOCALES[d["locale"]]
        genre = self.genres[(d["locale"], d["lang"])].next()
        return {"locale": d["locale"], "lang": d["lang"], "plan": plan, "own": own, "genre": genre}

    def positive(self, d):
        meta = {"type": "pos", "announced": [], "list": [], "rosters": [], "lines": [], "negatives": []}
        ctx = self.context(d)
        meta["genre"], meta["lang"] = ctx["genre"].key, ctx["lang"]
        top, body, end = [], [], []
        for _ in range(d["announced"]):
            pos, segs = self.announced(ctx, meta)
            {"top": top, "end": end}.get(pos, body).append(segs if pos != "body" else ("block", segs))
        if d["roster"]:
            body.append(("block", self.roster(ctx, d["roster"][0], d["roster"][1], meta)))
        for kind in d["extras"]:
            body.append(("line", self.extra(ctx, kind, meta)))
        for _ in range(d["n_neg"]):
            body.append(("line", [self.negative(ctx["lang"], meta)]))
        self.rng.shuffle(body)
        return ctx, meta, self.frame(ctx, top, body, end)

    def prose(self, d):
        meta = {"type": "neg", "announced": [], "list": [], "rosters": [], "lines": [], "negatives": []}
        ctx = self.context(d)
        meta["genre"], meta["lang"] = ctx["genre"].key, ctx["lang"]
        body = [("line", [self.negative(ctx["lang"], meta)]) for _ in range(d["n_neg"])]
        return ctx, meta, self.frame(ctx, [], body, [])


def build_synthetic(rng, plan) -> list[tuple[dict, dict, dict]]:
    """(record, sidecar line, meta) for every synthetic document, in build order."""
    b = Builder(rng)
    out = []
    n = 0
    jobs = [("pos", d) for d in plan["pos"]] + [("neg", d) for d in plan["prose"]]
    for kind, d in jobs:
        ctx, meta, segs = b.positive(d) if kind == "pos" else b.prose(d)
        text, spans, vals = flatten(segs)
        if problems(text, spans):
            raise RuntimeError("guard tripped in %s: %s" % (ctx["genre"].key, problems(text, spans)))
        rid = "%s-%s-%s-%d" % (d["locale"], kind, ctx["genre"].key, n)
        out.append(({"id": rid, "locale": d["locale"], "text": text, "spans": spans}, {"values": vals}, meta))
        n += 1
    for d in plan["tables"]:
        meta = {"type": "table", "negatives": []}
        key, text = b.table(d["locale"], meta)
        rid = "%s-neg-%s-%d" % (d["locale"], key, n)
        out.append(({"id": rid, "locale": d["locale"], "text": text, "spans": []}, {"values": []}, meta))
        n += 1
    return out
