"""Builds the v57 documents (see make_heldout_set for the plan and the counts)."""

import phonenumbers as pn

from . import compose as cp
from . import negs
from . import numbers as nb

SEED = 10057
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS_PLAN = {"en": 160, "de": 58, "fr": 58, "es": 42, "it": 42, "nl": 50, "pt": 45, "hi": 22}
NEG_PLAN = {"en": 88, "de": 34, "fr": 32, "es": 24, "it": 24, "nl": 32, "pt": 28, "hi": 20}
LANG_LOCALES = {
    "en": [("en_US", 35), ("en_GB", 30), ("en_IN", 17), ("en_AU", 9), ("en_IE", 9)],
    "de": [("de_DE", 70), ("de_AT", 15), ("de_CH", 15)],
    "fr": [("fr_FR", 72), ("fr_BE", 16), ("fr_CH", 12)],
    "es": [("es_ES", 1)],
    "it": [("it_IT", 1)],
    "nl": [("nl_NL", 78), ("nl_BE", 22)],
    "pt": [("pt_BR", 60), ("pt_PT", 40)],
    "hi": [("en_IN", 1)],
}
LAYOUTS = ["• {L}, {P}", "{L}\t{P}", "{P} ({L})", "{L}: {P}", "{L} — {P}"]


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.maker = cp.Maker(rng, self.drawer)
        self.records = []
        self.doc_redraws = 0
        self.area_redraws = 0

    def regions(self, locale, lang):
        _, own, home, _ = cp.LOCALES[locale]
        return sorted({own, home, *cp.LANG_REGIONS[lang]})

    def _id(self, locale, pol, lang, genre):
        hi = "hi-" if lang == "hi" else ""
        return f"{locale}-{pol}-{hi}{genre}-{len(self.records)}"

    def _sentences(self, lex, genre, locale, pii, k):
        pool = [t for t in lex["sent"][genre] if cp.usable(t, locale)]
        if pii is False:
            pool = [t for t in pool if not (cp.slots(t) & cp.PII_SLOTS)]
        k = min(k, len(pool))
        while True:
            pick = self.rng.sample(pool, k)
            if pii is not True or any(cp.slots(t) & cp.PII_SLOTS for t in pick):
                return pick

    def _contact_block(self, lex, locale, pieces):
        rng = self.rng
        layout = rng.choice(LAYOUTS)
        pieces.append("\n\n" + rng.choice(lex["heads"]) + "\n")
        for label in rng.sample(lex["labels"], rng.randint(2, 3)):
            text, meta = self.maker.list_phone(locale)
            before, after = layout.split("{P}")
            pieces.append(before.replace("{L}", label))
            pieces.append((text, dict(kind="PHONE", text=text, area_len=None, **meta)))
            pieces.append(after.replace("{L}", label) + "\n")

    def _finish(self, rid, locale, lang, pieces, neg):
        text, spans, values = cp.assemble(pieces)
        if not text.endswith("\n"):
            text += "\n"
        blank = text
        for s in reversed(spans):
            blank = blank[: s["start"]] + "■" + blank[s["end"] :]
        if negs.dirty(blank, self.regions(locale, lang)):
            self.doc_redraws += 1
            return False
        if neg:
            assert not spans
        self.records.append(({"id": rid, "locale": locale, "text": text, "spans": spans}, values))
        return True

    def _body(self, lex, genre, locale, lang, pieces, templates):
        regions = self.regions(locale, lang)
        sep = "\n" if genre == "minutes" else self.rng.choice([" ", " ", "\n"])
        for i, t in enumerate(templates):
            if i:
                pieces.append("\n" if isinstance(t, tuple) or isinstance(templates[i - 1], tuple) else sep)
            if isinstance(t, tuple):
                cp.render(t[0], locale, self.maker, lang == "hi", regions, pieces, t[1], t[2])
            else:
                cp.render(t, locale, self.maker, lang == "hi", regions, pieces)

    def local_docs(self, region, locale, lang, quota):
        lex = cp.lexicon(lang)
        local_t = lex["local"] + (lex.get("local_in", []) if region == "IN" else [])
        done = 0
        while done < quota:
            area = self.rng.choice(nb.AREAS[region])
            town, code, _ = area
            t = self.rng.choice(local_t)
            if "{L2}" in t and quota - done < 2:
                continue
            locals_ = {}
            for name in ("L1", "L2"):
                if "{" + name + "}" not in t:
                    continue
                for _ in range(200):
                    nsn, _ = nb.fixed(self.rng, region, area)
                    n = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn, region)
                    if pn.length_of_geographical_area_code(n) == len(code):
                        break
                    self.area_redraws += 1
                assert pn.length_of_geographical_area_code(n) == len(code), (region, nsn)
                sub = nsn[len(code) :]
                text = nb.local_form(self.rng, region, sub)
                locals_[name] = (
                    text,
                    {
                        "mode": "local-announced",
                        "region": region,
                        "e164": nb.e164(region, nsn),
                        "area_len": len(code),
                    },
                )
            genre = self.rng.choice(sorted(lex["sent"]))
            others = self._sentences(lex, genre, locale, None, self.rng.randint(1, 2))
            temps = others[:]
            temps.insert(self.rng.randrange(len(temps) + 1), (t, locals_, town))
            pieces = [self.rng.choice(lex["titles"][genre]) + "\n\n"]
            self._body(lex, genre, locale, lang, pieces, temps)
            if self.rng.random() < 0.15:
                self._contact_block(lex, locale, pieces)
            if self._finish(self._id(locale, "pos", lang, genre), locale, lang, pieces, False):
                done += len(locals_)

    def plain_docs(self, lang, count, neg):
        lex = cp.lexicon(lang)
        locs, weights = zip(*LANG_LOCALES[lang], strict=True)
        made = 0
        while made < count:
            locale = self.rng.choices(locs, weights)[0]
            genre = self.rng.choice(sorted(lex["sent"]))
            temps = self._sentences(lex, genre, locale, not neg, self.rng.randint(2, 4))
            pieces = [self.rng.choice(lex["titles"][genre]) + "\n\n"]
            self._body(lex, genre, locale, lang, pieces, temps)
            if not neg and self.rng.random() < 0.22:
                self._contact_block(lex, locale, pieces)
            if self._finish(
                self._id(locale, "neg" if neg else "pos", lang, genre), locale, lang, pieces, neg
            ):
                made += 1


def build(rng):
    from .corpus import corpus_records

    b = Builder(rng)
    for region, locale, lang, quota in LOCAL_PLAN:
        b.local_docs(region, locale, lang, quota)
    for lang, n in POS_PLAN.items():
        b.plain_docs(lang, n, False)
    for lang, n in NEG_PLAN.items():
        b.plain_docs(lang, n, True)
    pairs = b.records + [(r, []) for r in corpus_records(rng)]
    rng.shuffle(pairs)
    return pairs, b
