"""Filling sentences: slots become values (with spans) and hard negatives; documents and list blocks."""

import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, values
from . import numbers as nb

EN = {
    "titles": lex_en.TITLES,
    "body": lex_en.BODY,
    "neg": lex_en.NEG,
    "heads": lex_en.LIST_HEADS,
    "labels": lex_en.LABELS,
}
LEX = {
    "en": EN,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
LOCAL = {
    "US": ("en", lex_en.LOCAL["US"]),
    "GB": ("en", lex_en.LOCAL["GB"]),
    "IN": ("en", lex_en.LOCAL["IN"]),
    "IN-hi": ("hi", lex_nl_pt_hi.HI["local"]),
    "DE": ("de", lex_de_fr.DE["local"]),
    "NL": ("nl", lex_nl_pt_hi.NL["local"]),
    "BR": ("pt", lex_nl_pt_hi.PT["local"]),
}

LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
    "hi": ["en_IN"],
}
INTL_ONLY = {
    "en_AU": "GB",
    "en_IE": "GB",
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "nl_BE": "NL",
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
IBAN_COUNTRY = {
    "GB": "GB",
    "US": "GB",
    "IN": "GB",
    "AU": "GB",
    "IE": "IE",
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "FR": "FR",
    "BE": "BE",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "PT": "PT",
    "BR": "PT",
}
FAKER_LOCALE = {
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_BE": "fr_FR",
    "fr_CH": "fr_CH",
    "nl_BE": "nl_BE",
}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Ctx:
    """What one document needs: language, locale, regions, a town and the local numbers' area code."""

    def __init__(self, lang, locale, town=None, area=None, local_region=None):
        self.lang, self.locale = lang, locale
        self.region = locale.split("_")[1]
        self.national = INTL_ONLY.get(locale, self.region)
        self.town, self.area, self.local_region = town, area, local_region
        self.regions = negs.screen_regions(locale, self.national, lang)


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed
        self.neg_kinds_used = set()

    def name(self, ctx):
        loc = "hi_IN" if ctx.lang == "hi" else FAKER_LOCALE.get(ctx.locale, ctx.locale)
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc].name()

    def phone(self, ctx, slot):
        rng = self.rng
        kind = rng.choice(["fixed", "mobile"])
        if slot == "F":
            num = nb.draw(rng, ctx.national, "free")
            return nb.write_free(rng, num, ctx.national), "other", ctx.national, num
        if slot == "X":
            reg = rng.choice([r for r in FOREIGN if r != ctx.region])
            num = nb.draw(rng, reg, kind)
            return nb.write_intl(rng, num, reg), "international", reg, num
        if slot == "LIST":
            num = nb.draw(rng, ctx.national, kind)
            return nb.write_national(rng, num, ctx.national), "list-entry", ctx.national, num
        if ctx.locale in INTL_ONLY:
            if rng.random() < 0.5:
                num = nb.draw(rng, ctx.region, kind)
                return nb.write_intl(rng, num, ctx.region), "international", ctx.region, num
        elif rng.random() < 0.2:
            num = nb.draw(rng, ctx.region, kind)
            return nb.write_intl(rng, num, ctx.region), "international", ctx.region, num
        num = nb.draw(rng, ctx.national, kind)
        return nb.write_national(rng, num, ctx.national), "national", ctx.national, num

    def value(self, ctx, slot):
        """(text, value dict) for a PII slot."""
        rng = self.rng
        if slot in ("P", "X", "F", "LIST"):
            text, mode, reg, num = self.phone(ctx, slot)
            return text, {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": reg,
                "e164": nb.e164(num),
                "area_len": None,
            }
        if slot == "L":
            num, sub = nb.draw_local(rng, ctx.local_region, ctx.area)
            text = nb.write_local(rng, sub, ctx.local_region)
            return text, {
                "kind": "PHONE",
                "mode": "local-announced",
                "text": text,
                "region": ctx.local_region,
                "e164": nb.e164(num),
                "area_len": len(ctx.area),
            }
        if slot in ("E", "R"):
            mode = "personal" if slot == "E" else "role"
            return self._simple("EMAIL", mode, values.email(rng, mode))
        if slot == "C":
            mode = rng.choice(["spaced", "solid", "dashed"])
            return self._simple("CREDIT_CARD", mode, values.card(rng, mode))
        if slot == "I":
            mode = rng.choice(["print", "electronic"])
            return self._simple("IBAN", mode, values.iban(rng, IBAN_COUNTRY[ctx.region], mode))
        if slot == "A":
            mode = rng.choice(["v4", "v4-private", "v4", "v6"])
            return self._simple("IP_ADDRESS", mode, values.ip(rng, mode))
        if slot == "S":
            mode = rng.choice(["spaced", "dashed"])
            return self._simple("US_SSN", mode, values.ssn(rng, mode))
        raise ValueError(slot)

    @staticmethod
    def _simple(kind, mode, text):
        return text, {"kind": kind, "mode": mode, "text": text}

    def fill(self, ctx, template, parts):
        """Append the filled template to parts (a list of (text, value or None))."""
        pos = 0
        for m in SLOT.finditer(template):
            parts.append((template[pos : m.start()], None))
            slot, arg = m.group(1), m.group(2)
            if slot == "N":
                parts.append((self.drawer.draw(arg, ctx.lang, ctx.regions), None))
            elif slot == "name":
                parts.append((self.name(ctx), None))
            elif slot == "town":
                parts.append((ctx.town or "", None))
            else:
                text, val = self.value(ctx, slot)
                parts.append((text, val))
            pos = m.end()
        parts.append((template[pos:], None))


def slots_ok(template, ctx):
    if "{S}" in template and ctx.locale != "en_US":
        return False
    if "{town}" in template and not ctx.town:
        return False
    return True


def has_pii(template):
    return any(s in template for s in ("{P}", "{X}", "{F}", "{E}", "{R}", "{C}", "{I}", "{A}", "{S}"))


def assemble(parts):
    """Text, spans and values from parts."""
    text, spans, vals = "", [], []
    for piece, val in parts:
        if val is not None:
            spans.append({"kind": val["kind"], "start": len(text), "end": len(text) + len(piece)})
            vals.append(val)
        text += piece
    return text, spans, vals


LIST_LAYOUTS = ["{label}: {ph}", "• {label} – {ph}", "{ph} ({label})", "- {label}, {ph}", "{label}\t{ph}"]


def list_block(comp, ctx, parts, n):
    lex = LEX[ctx.lang]
    layout = comp.rng.choice(LIST_LAYOUTS)
    parts.append(("\n\n" + comp.rng.choice(lex["heads"]) + "\n", None))
    labels = comp.rng.sample(lex["labels"], min(n, len(lex["labels"])))
    for label in labels:
        comp.fill(ctx, layout.replace("{ph}", "{LIST}").replace("{label}", label) + "\n", parts)
