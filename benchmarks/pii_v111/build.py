"""Document plan for v111: positives, announced local numbers, hard negatives."""

from . import negs
from . import numbers as N
from .compose import LEX, LOCAL, LOCALES, SERVICE, Composer

# documents per locale: (positives, hard negatives)
PLAN = {
    "en_US": (58, 34),
    "en_GB": (48, 28),
    "en_IN": (20, 12),
    "en_AU": (24, 14),
    "en_IE": (24, 14),
    "de_DE": (38, 24),
    "de_AT": (14, 9),
    "de_CH": (14, 9),
    "fr_FR": (30, 18),
    "fr_BE": (14, 9),
    "es_ES": (34, 22),
    "it_IT": (34, 22),
    "nl_NL": (30, 18),
    "nl_BE": (14, 9),
    "pt_BR": (26, 16),
    "pt_PT": (20, 12),
    "hi": (24, 16),
}
# local-announced quota: region -> [(locale, numbers)]
LOCAL_PLAN = {
    "US": [("en_US", 75)],
    "GB": [("en_GB", 75)],
    "DE": [("de_DE", 75)],
    "NL": [("nl_NL", 75)],
    "BR": [("pt_BR", 75)],
    "IN": [("en_IN", 40), ("hi", 35)],
}


def lang_of(locale):
    return LOCALES[locale][0]


def usable(sentence, locale):
    return "{S}" not in sentence or locale == "en_US"


def make_id(locale, polarity, genre, n):
    if locale == "hi":
        return f"en_IN-{polarity}-hi-{genre}-{n}"
    return f"{locale}-{polarity}-{genre}-{n}"


def _finish(parts, values, locale):
    text = "".join(parts).rstrip() + "\n"
    spans = [{"kind": v["kind"], "start": s, "end": e} for s, e, v in values]
    vals = [v for _s, _e, v in values]
    return {"locale": "en_IN" if locale == "hi" else locale, "text": text, "spans": spans}, vals


class Builder:
    def __init__(self, rng, fakers):
        self.rng = rng
        self.c = Composer(rng, fakers)
        self.doc_redraws = 0

    def clean(self, rec, locale):
        lang, own, nat = LOCALES[locale]
        regions = sorted({own, nat, "GB" if lang == "en" else own, "IN" if lang == "hi" else nat})
        return not negs.text_hits(negs.blank(rec["text"], rec["spans"]), regions)

    def positive(self, locale):
        rng, lang = self.rng, lang_of(locale)
        genre = rng.choice(sorted(LEX[lang]))
        g = LEX[lang][genre]
        parts, values = [rng.choice(g["t"]) + "\n\n"], []
        pos = [s for s in g["p"] if usable(s, locale)]
        first = rng.choice([s for s in pos if "{P}" in s] if rng.random() < 0.8 else pos)
        rest = [s for s in pos if s != first]
        sents = [first] + rng.sample(rest, rng.choice((0, 0, 1))) + rng.sample(g["n"], rng.choice((1, 2, 2)))
        rng.shuffle(sents)
        if rng.random() < 0.14:
            sents.insert(rng.randint(0, len(sents)), rng.choice(SERVICE[lang]))
        for s in sents:
            self.c.fill(s + " ", locale, parts, values)
        if rng.random() < 0.3:
            self.c.list_block(locale, parts, values, rng.choice((2, 2, 3)))
        return genre, parts, values

    def negative(self, locale):
        rng, lang = self.rng, lang_of(locale)
        genre = rng.choice(sorted(LEX[lang]))
        g = LEX[lang][genre]
        parts, values = [rng.choice(g["t"]) + "\n\n"], []
        for s in rng.sample(g["n"], min(len(g["n"]), rng.choice((2, 3, 3, 4)))):
            self.c.fill(s + " ", locale, parts, values)
        return genre, parts, values

    def local(self, locale, region, left):
        rng, lang = self.rng, lang_of(locale)
        town, area, llen = rng.choice(N.AREAS[region])
        temps = [t for t in LOCAL[lang] if left > 1 or "{L2}" not in t]
        temp = rng.choice(temps)
        extra = {"town": town}
        for key in ("L1", "L2"):
            if "{" + key + "}" in temp:
                nsn, loc = N.draw_local(rng, region, (town, area, llen))
                text = rng.choice(N.local_forms(region, loc))
                assert N.parses_back(N.put_back(region, area, text), region, N.e164(region, nsn))
                extra[key] = {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": region,
                    "e164": N.e164(region, nsn),
                    "area_len": len(area),
                }
        genre = rng.choice(sorted(LEX[lang]))
        g = LEX[lang][genre]
        parts, values = [rng.choice(g["t"]) + "\n\n"], []
        sents = rng.sample(g["n"], rng.choice((1, 2)))
        if rng.random() < 0.3:
            sents.append(rng.choice([s for s in g["p"] if usable(s, locale)]))
        rng.shuffle(sents)
        at = rng.randint(0, len(sents))
        for i, s in enumerate(sents + [None]):
            if i == at:
                self.c.fill(temp + " ", locale, parts, values, extra)
            if s is not None:
                self.c.fill(s + " ", locale, parts, values)
        n = sum(1 for _s, _e, v in values if v["mode"] == "local-announced")
        return genre, parts, values, n

    def build(self):
        out = []
        n = 0
        jobs = []
        for locale, (npos, nneg) in PLAN.items():
            jobs += [("pos", locale)] * npos + [("neg", locale)] * nneg
        for region, plan in LOCAL_PLAN.items():
            for locale, quota in plan:
                jobs.append(("local", locale, region, quota))
        for job in jobs:
            if job[0] == "local":
                _k, locale, region, left = job
                while left > 0:
                    for _ in range(100):
                        genre, parts, values, got = self.local(locale, region, left)
                        rec, vals = _finish(parts, values, locale)
                        if self.clean(rec, locale):
                            break
                        self.doc_redraws += 1
                    else:
                        raise RuntimeError("no clean local document")
                    left -= got
                    n += 1
                    rec["id"] = make_id(locale, "pos", genre, n)
                    out.append((rec, vals))
                continue
            kind, locale = job
            for _ in range(100):
                genre, parts, values = self.positive(locale) if kind == "pos" else self.negative(locale)
                rec, vals = _finish(parts, values, locale)
                if self.clean(rec, locale):
                    break
                self.doc_redraws += 1
            else:
                raise RuntimeError("no clean document")
            n += 1
            rec["id"] = make_id(locale, kind, genre, n)
            out.append((rec, vals))
        return out
