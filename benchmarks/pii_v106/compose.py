"""Fill sentence templates into documents with labelled spans and sidecar values."""

import re

import phonenumbers as pn

from . import habits, negs, values
from . import numbers as N
from .lex_de_fr_es import DE, ES, FR
from .lex_en import LIST_HEADS, LIST_LABELS, LOCAL, NEG, PLAIN, POS, TITLES
from .lex_it_nl_pt_hi import HI, IT, NL, PT

EN = {
    "TITLES": TITLES,
    "POS": POS,
    "PLAIN": PLAIN,
    "NEG": NEG,
    "LOCAL": LOCAL,
    "LIST_HEADS": LIST_HEADS,
    "LIST_LABELS": LIST_LABELS,
}
LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_IE", "en_AU"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_PT", "pt_BR"],
    "hi": ["en_IN"],
}
LANG_HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
CURRENCY = {"GB": "£", "US": "$", "IN": "₹", "BR": "R$", "CH": "CHF", "AU": "A$"}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
LAYOUTS = [
    "• {label}: {phone}",
    "{label} — {phone}",
    "{phone} – {label}",
    "{label} = {phone}",
    "{label}\t{phone}",
]


def region_of(locale):
    return locale.split("_")[1]


def national_region(locale, lang):
    r = region_of(locale)
    return LANG_HOME[lang] if r in INTL_ONLY else r


def screen_regions(locale, lang):
    return sorted({region_of(locale), national_region(locale, lang), LANG_HOME[lang]})


class Doc:
    def __init__(self, rng, fake, locale, lang, stats):
        self.rng, self.fake, self.locale, self.lang, self.stats = rng, fake, locale, lang, stats
        self.parts, self.spans, self.values, self.pos = [], [], [], 0
        self.own = region_of(locale)
        self.nat = national_region(locale, lang)
        self.regions = screen_regions(locale, lang)
        self.cur = CURRENCY.get(self.own, "€")
        self.local = None  # (region, area_idx, town)

    def add(self, text):
        self.parts.append(text)
        self.pos += len(text)

    def add_value(self, kind, text, value):
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        self.values.append(value)
        self.add(text)

    def phone(self, slot, mode_hint=None):
        rng = self.rng
        if slot == "L":
            region, idx, town = self.local
            num, area, _, sub = N.draw_local(rng, region, idx)
            text = rng.choice(habits.local_forms(region, sub))
            assert N.e164(N.put_back(text, region, area)) == N.e164(num)
            assert pn.length_of_geographical_area_code(num) == len(area)
            return text, {
                "mode": "local-announced",
                "region": region,
                "e164": N.e164(num),
                "area_len": len(area),
            }
        if slot == "F":
            region = self.nat
            num = N.draw(rng, region, "free")
            return habits.write(rng, num, region, "national"), self._pv("other", region, num)
        kind = "mobile" if slot == "M" else "fixed"
        if slot == "X" or (self.own in INTL_ONLY and rng.random() < 0.5) or rng.random() < 0.1:
            region = self.own
            num = N.draw(rng, region, kind)
            mode = mode_hint or "international"
            return habits.write(rng, num, region, "international"), self._pv(mode, region, num)
        region = self.nat
        num = N.draw(rng, region, kind)
        return habits.write(rng, num, region, "national"), self._pv(mode_hint or "national", region, num)

    @staticmethod
    def _pv(mode, region, num):
        if mode == "other":
            assert pn.number_type(num) in N.FREE
        return {"mode": mode, "region": region, "e164": N.e164(num), "area_len": None}

    def neg(self, kind):
        for tries in range(60):
            v = negs.KINDS[kind](self.rng, self.cur)
            if not negs.dirty(v, self.regions):
                if tries:
                    self.stats["value_redraws"] += tries
                self.stats["neg_kinds"].add(kind)
                return v
        self.stats["value_redraws"] += 60
        raise negs.DirtyValue(kind)

    def fill(self, sentence):
        i = 0
        for m in SLOT.finditer(sentence):
            self.add(sentence[i : m.start()])
            i = m.end()
            slot, arg = m.group(1), m.group(2)
            if slot in ("P", "M", "X", "F", "L"):
                text, v = self.phone(slot)
                self.add_value(
                    "PHONE",
                    text,
                    {
                        "kind": "PHONE",
                        "mode": v["mode"],
                        "text": text,
                        **{k: v[k] for k in ("region", "e164", "area_len")},
                    },
                )
            elif slot == "E":
                mode, t = values.email(self.rng, self.fake)
                self.add_value("EMAIL", t, {"kind": "EMAIL", "mode": mode, "text": t})
            elif slot == "C":
                mode, t = values.card(self.rng)
                self.add_value("CREDIT_CARD", t, {"kind": "CREDIT_CARD", "mode": mode, "text": t})
            elif slot == "I":
                country = self.own if self.own in values.BBAN else self.nat
                mode, t = values.iban(self.rng, country)
                self.add_value("IBAN", t, {"kind": "IBAN", "mode": mode, "text": t})
            elif slot == "IP":
                mode, t = values.ip(self.rng)
                self.add_value("IP_ADDRESS", t, {"kind": "IP_ADDRESS", "mode": mode, "text": t})
            elif slot == "S":
                mode, t = values.ssn(self.rng)
                self.add_value("US_SSN", t, {"kind": "US_SSN", "mode": mode, "text": t})
            elif slot == "N":
                self.add(self.neg(arg))
            elif slot == "name":
                self.add(self.fake.name())
            elif slot == "T":
                self.add(self.local[2])
            else:
                raise KeyError(slot)
        self.add(sentence[i:])

    def list_block(self, n):
        lex = LEX[self.lang]
        self.add("\n" + self.rng.choice(lex["LIST_HEADS"]) + "\n")
        layout = self.rng.choice(LAYOUTS)
        labels = self.rng.sample(lex["LIST_LABELS"], n)
        for label in labels:
            pre, post = layout.split("{phone}")
            self.add(pre.replace("{label}", label))
            slot = self.rng.choice(["P", "P", "M", "F"])
            text, v = self.phone(slot, mode_hint="list-entry")
            v["mode"] = "list-entry"
            self.add_value(
                "PHONE",
                text,
                {
                    "kind": "PHONE",
                    "mode": "list-entry",
                    "text": text,
                    **{k: v[k] for k in ("region", "e164", "area_len")},
                },
            )
            self.add(post.replace("{label}", label) + "\n")

    def text(self):
        return "".join(self.parts)

    def clean(self):
        t = list(self.text())
        for s in self.spans:
            t[s["start"] : s["end"]] = " " * (s["end"] - s["start"])
        return not negs.dirty("".join(t), self.regions)


def allowed_sentences(lex, genre, locale):
    out = lex["POS"][genre]
    if not locale.endswith("_US"):
        out = [s for s in out if "{S}" not in s]
    if region_of(locale) in ("US", "IN"):
        out = [s for s in out if "{I}" not in s]
    return out
