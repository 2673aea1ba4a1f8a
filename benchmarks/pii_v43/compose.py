"""Build v43's written documents from the lexicons: fill slots, record spans and values, screen."""

import re

import phonenumbers as pn

from . import numbers as N
from . import others as O
from .lex_de_fr import DE, FR
from .lex_en import EN
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, NL, PT
from .negs import Drawer
from .screens import doc_dirty

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
HOME = {
    "en": ["US", "GB", "IN"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
# (locale, language, own region, stand-in region for national/list/service numbers, positives, negatives)
PLAN = [
    ("en_US", "en", "US", "US", 105, 40),
    ("en_GB", "en", "GB", "GB", 95, 36),
    ("en_IN", "en", "IN", "IN", 45, 16),
    ("en_AU", "en", "AU", "GB", 20, 8),
    ("en_IE", "en", "IE", "GB", 20, 8),
    ("en_IN", "hi", "IN", "IN", 50, 22),
    ("de_DE", "de", "DE", "DE", 75, 30),
    ("de_AT", "de", "AT", "DE", 15, 7),
    ("de_CH", "de", "CH", "DE", 15, 7),
    ("fr_FR", "fr", "FR", "FR", 50, 22),
    ("fr_BE", "fr", "BE", "FR", 13, 6),
    ("fr_CH", "fr", "CH", "FR", 12, 6),
    ("es_ES", "es", "ES", "ES", 45, 20),
    ("it_IT", "it", "IT", "IT", 45, 20),
    ("nl_NL", "nl", "NL", "NL", 70, 28),
    ("nl_BE", "nl", "BE", "NL", 14, 6),
    ("pt_PT", "pt", "PT", "PT", 30, 14),
    ("pt_BR", "pt", "BR", "BR", 65, 26),
]
LOCAL_QUOTA = 75
SLOT = re.compile(r"\{(N:\w+|P|S|T|L|E|C|I|IP|SSN)\}")
IBAN_COUNTRY = {
    "US": "GB",
    "GB": "GB",
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


def phone_value(region, nsn, text, mode, area_len=None):
    e164 = pn.format_number(N.parse_nsn(region, nsn), pn.PhoneNumberFormat.E164)
    return {"kind": "PHONE", "mode": mode, "text": text, "region": region, "e164": e164, "area_len": area_len}


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = Drawer(rng)
        self.local_left = {r: LOCAL_QUOTA for r in N.LOCAL_REGIONS}
        self.doc_redraws = 0

    # ---- phones --------------------------------------------------------------------------------------
    def own_phone(self, ctx):
        rng, reg = self.rng, ctx["region"]
        if reg != ctx["nat"]:
            nsn = N.draw(rng, reg, "fixed")
            return phone_value(reg, nsn, N.write(rng, reg, nsn, "intl"), "international")
        cls = rng.choice(["fixed", "fixed", "mobile"])
        nsn = N.draw(rng, reg, cls)
        if rng.random() < 0.33:
            return phone_value(reg, nsn, N.write(rng, reg, nsn, "intl"), "international")
        text = N.write(rng, reg, nsn, "national") if cls == "fixed" else N.write_mobile(rng, reg, nsn)
        return phone_value(reg, nsn, text, "national")

    def service_phone(self, ctx):
        reg = ctx["nat"]
        nsn = N.draw(self.rng, reg, "service")
        return phone_value(reg, nsn, N.write_service(self.rng, reg, nsn), "other")

    def list_phone(self, ctx):
        rng, reg = self.rng, ctx["nat"]
        cls = rng.choice(["fixed", "fixed", "mobile"])
        nsn = N.draw(rng, reg, cls)
        text = N.write(rng, reg, nsn, "national") if cls == "fixed" else N.write_mobile(rng, reg, nsn)
        return phone_value(reg, nsn, text, "list-entry")

    def local_phone(self, ctx):
        rng, reg, town = self.rng, ctx["region"], ctx["town"]
        nsn = N.draw(rng, reg, "fixed", town)
        text = N.write(rng, reg, nsn, "local")
        return phone_value(reg, nsn, text, "local-announced", len(town[1]))

    # ---- rendering -----------------------------------------------------------------------------------
    def render(self, tpl, ctx, parts):
        """Append the filled template to parts: (text, value or None)."""
        pos = 0
        for m in SLOT.finditer(tpl):
            parts.append((tpl[pos : m.start()], None))
            slot = m.group(1)
            lang = ctx["lang"]
            if slot.startswith("N:"):
                v, _ = self.drawer.draw(slot[2:], lang, ctx["regions"])
                parts.append((v, None))
            elif slot == "T":
                parts.append((ctx["town"][0], None))
            else:
                val = self.fill(slot, ctx)
                parts.append((val["text"], val))
            pos = m.end()
        parts.append((tpl[pos:], None))

    def fill(self, slot, ctx):
        rng, lex = self.rng, LEX[ctx["lang"]]
        if slot == "P":
            return self.own_phone(ctx)
        if slot == "S":
            return self.service_phone(ctx)
        if slot == "L":
            return self.local_phone(ctx)
        if slot == "E":
            t, mode = O.email(
                rng, ctx["locale"] if ctx["lang"] != "hi" else "hi", lex["domains"], lex["roles"]
            )
            return {"kind": "EMAIL", "mode": mode, "text": t}
        if slot == "C":
            t, mode = O.card(rng)
            return {"kind": "CREDIT_CARD", "mode": mode, "text": t}
        if slot == "I":
            t, mode = O.iban(rng, IBAN_COUNTRY[ctx["region"]])
            return {"kind": "IBAN", "mode": mode, "text": t}
        if slot == "IP":
            t, mode = O.ip(rng)
            return {"kind": "IP_ADDRESS", "mode": mode, "text": t}
        if slot == "SSN":
            t, mode = O.ssn(rng)
            return {"kind": "US_SSN", "mode": mode, "text": t}
        raise KeyError(slot)

    # ---- documents -----------------------------------------------------------------------------------
    def context(self, locale, lang, region, nat):
        regions = sorted({region, nat, *HOME[lang]})
        ctx = {"locale": locale, "lang": lang, "region": region, "nat": nat, "regions": regions}
        if region in N.LOCAL_REGIONS:
            ctx["town"] = self.rng.choice(N.AREAS[region])
        return ctx

    def positive(self, ctx, genre):
        rng, lex = self.rng, LEX[ctx["lang"]]
        g = lex["genres"][genre]
        sents = rng.sample(g["neg"], rng.choice([1, 2, 2]))
        reg = ctx["region"]
        has_local = reg in self.local_left and self.local_left[reg] > 0 and ctx["lang"] in LOCAL_LANGS
        sents += rng.sample(g["phone"], rng.choice([0, 0, 1] if has_local else [0, 1, 1]))
        if has_local:
            k = min(rng.choice([1, 1, 2]), self.local_left[reg])
            self.local_left[reg] -= k
            sents.append(rng.choice(lex["local1"] if k == 1 else lex["local2"]))
        if rng.random() < 0.22:
            sents.append(rng.choice(lex["service"]))
        if rng.random() < 0.25:
            sents.append(rng.choice(lex["email"]))
        extra = rng.random()
        if extra < 0.055:
            sents.append(rng.choice(lex["card"]))
        elif extra < 0.105:
            sents.append(rng.choice(lex["iban"]))
        elif extra < 0.15:
            sents.append(rng.choice(lex["ip"]))
        if reg == "US" and rng.random() < 0.06:
            sents.append(rng.choice(lex["ssn"]))
        head = sents[:1]
        rest = sents[1:]
        rng.shuffle(rest)
        parts = [(rng.choice(g["title"]) + "\n\n", None)]
        for i, s in enumerate(head + rest):
            self.render(s, ctx, parts)
            parts.append(("\n" if i == len(sents) - 1 else (" " if rng.random() < 0.75 else "\n\n"), None))
        if rng.random() < 0.22 or not any(v is not None for _, v in parts):
            parts.append(("\n" + rng.choice(lex["list_head"]) + "\n", None))
            dash = rng.random() < 0.5
            for label in rng.sample(lex["list_labels"], rng.choice([2, 2, 3])):
                val = self.list_phone(ctx)
                parts.append((f"- {label} " if dash else f"{label}: ", None))
                parts.append((val["text"], val))
                parts.append(("\n", None))
        return parts

    def negative(self, ctx, genre):
        rng, g = self.rng, LEX[ctx["lang"]]["genres"][genre]
        sents = rng.sample(g["neg"], min(len(g["neg"]), rng.choice([2, 3, 3])))
        parts = [(rng.choice(g["title"]) + "\n\n", None)]
        for i, s in enumerate(sents):
            self.render(s, ctx, parts)
            parts.append(("\n" if i == len(sents) - 1 else " ", None))
        return parts

    def build(self, locale, lang, region, nat, genre, pos):
        for _ in range(50):
            saved = dict(self.local_left)
            ctx = self.context(locale, lang, region, nat)
            parts = self.positive(ctx, genre) if pos else self.negative(ctx, genre)
            text, spans, values = "", [], []
            for t, v in parts:
                if v is not None:
                    spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
                    values.append(v)
                text += t
            blank = list(text)
            for s in spans:
                blank[s["start"] : s["end"]] = "¤" * (s["end"] - s["start"])
            if not doc_dirty("".join(blank), ctx["regions"]):
                return text, spans, values
            self.local_left = saved
            self.doc_redraws += 1
        raise RuntimeError("document stays dirty")


LOCAL_LANGS = {"en", "de", "nl", "pt", "hi"}
