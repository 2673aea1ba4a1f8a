"""Composing v113 documents: slots filled, values recorded with offsets, whole documents screened."""

import re

import phonenumbers as pn
from faker import Faker

from . import habits as H
from . import numbers as N
from . import values as V
from .lex_de_fr import DE, DE_HEADS, DE_LABELS, DE_LOCAL, FR, FR_HEADS, FR_LABELS
from .lex_en import EN, EN_HEADS, EN_LABELS, EN_LOCAL
from .lex_es_it import ES, ES_HEADS, ES_LABELS, IT, IT_HEADS, IT_LABELS
from .lex_nl_pt_hi import (
    HI,
    HI_HEADS,
    HI_LABELS,
    HI_LOCAL,
    NL,
    NL_HEADS,
    NL_LABELS,
    NL_LOCAL,
    PT,
    PT_HEADS,
    PT_LABELS,
    PT_LOCAL,
)
from .negs import KINDS, guard_hits, phone_hits, value_dirty

LEX = {
    "en": (EN, EN_HEADS, EN_LABELS),
    "de": (DE, DE_HEADS, DE_LABELS),
    "fr": (FR, FR_HEADS, FR_LABELS),
    "es": (ES, ES_HEADS, ES_LABELS),
    "it": (IT, IT_HEADS, IT_LABELS),
    "nl": (NL, NL_HEADS, NL_LABELS),
    "pt": (PT, PT_HEADS, PT_LABELS),
    "hi": (HI, HI_HEADS, HI_LABELS),
}
LOCAL_TEMPLATES = {
    ("en", "US"): EN_LOCAL["US"],
    ("en", "GB"): EN_LOCAL["GB"],
    ("en", "IN"): EN_LOCAL["IN"],
    ("hi", "IN"): HI_LOCAL,
    ("de", "DE"): DE_LOCAL,
    ("nl", "NL"): NL_LOCAL,
    ("pt", "BR"): PT_LOCAL,
}
# locale -> (own region, region for national/list/free numbers, faker locale)
LOCALES = {
    "en_US": ("US", "US"),
    "en_GB": ("GB", "GB"),
    "en_IN": ("IN", "IN"),
    "en_IE": ("IE", "GB"),
    "en_AU": ("AU", "GB"),
    "de_DE": ("DE", "DE"),
    "de_AT": ("AT", "DE"),
    "de_CH": ("CH", "DE"),
    "fr_FR": ("FR", "FR"),
    "fr_BE": ("BE", "FR"),
    "es_ES": ("ES", "ES"),
    "it_IT": ("IT", "IT"),
    "nl_NL": ("NL", "NL"),
    "nl_BE": ("BE", "NL"),
    "pt_BR": ("BR", "BR"),
    "pt_PT": ("PT", "PT"),
}
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
MOBLEN = {
    "US": [10],
    "GB": [10],
    "DE": [11],
    "NL": [9],
    "BR": [11],
    "IN": [10],
    "FR": [9],
    "ES": [9],
    "IT": [10],
    "PT": [9],
    "AT": [10],
    "CH": [9],
    "BE": [9],
    "IE": [9],
    "AU": [9],
}
LAYOUTS = [
    "• {label}: {phone}",
    "{phone} ({label})",
    "{label} — {phone}",
    "{label}\t{phone}",
    "* {label}, tel. {phone}",
]
FALLBACK = {"meddra": "icd", "bp": "hr"}  # used when 200 draws of a kind stay dirty
SLOT = re.compile(r"\{([A-Za-z0-9_.]+)\}")


class Ctx:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fakers = {}
        self.seed = seed
        self.used = set()
        self.value_redraws = 0
        self.doc_redraws = 0
        self.kinds_used = set()
        self.replaced = []

    def faker(self, loc):
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc]

    def regions(self, locale, lang):
        own, nat = LOCALES[locale]
        return sorted({own, nat, *HOME[lang]})

    def neg(self, kind, regions):
        for _ in range(200):
            text = KINDS[kind](self.rng)
            if not value_dirty(text, regions):
                self.kinds_used.add(kind)
                return text
            self.value_redraws += 1
        self.replaced.append(kind)
        return self.neg(FALLBACK.get(kind, "storage"), regions)

    def phone(self, region, kind, mode):
        """kind fixed/mobile/free; mode national/international/other/list-entry."""
        rng = self.rng
        for _ in range(100):
            if kind == "free":
                num, pre, _r = N.draw_prefixed(
                    rng, region, N.FREE_PREFIX[region], N.FREE, N.NSN_LEN[region] + [11, 12, 7, 8]
                )
                c = len(pre)
            elif kind == "mobile" and region != "US":
                num, pre, _r = N.draw_prefixed(rng, region, N.MOBILE_PREFIX[region], N.MOBILE, MOBLEN[region])
                c = len(pre)
            else:
                kind = "fixed"
                num, _t, code, _s = N.draw_fixed(rng, region)
                c = len(code)
            e = N.e164(num)
            if e in self.used:
                continue
            self.used.add(e)
            n = N.nsn(num)
            if mode == "international":
                text = rng.choice(H.INTERNATIONAL[region])(n, c)
                assert pn.parse(text, None) == num, text
            else:
                text = rng.choice(H.NATIONAL[(region, kind)])(n, c)
                assert pn.parse(text, region) == num, text
            return {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": region,
                "e164": e,
                "area_len": None,
            }
        raise RuntimeError(region)


class Doc:
    def __init__(self):
        self.parts = []  # (text, value or None)

    def add(self, text, value=None):
        self.parts.append((text, value))

    def finish(self):
        text, spans, vals, pos = "", [], [], 0
        for t, v in self.parts:
            if v is not None:
                spans.append({"kind": v["kind"], "start": pos, "end": pos + len(t)})
                vals.append(v)
            text += t
            pos += len(t)
        return text, spans, vals


def fill(ctx, doc, template, locale, lang, local=None):
    """Appends template to doc, filling slots. local = (region, town, code, list of subscriber parts)."""
    rng = ctx.rng
    own, nat = LOCALES[locale]
    regions = ctx.regions(locale, lang)
    fake = ctx.faker("hi_IN" if lang == "hi" else locale)
    last = 0
    for m in SLOT.finditer(template):
        doc.add(template[last : m.start()])
        last = m.end()
        s = m.group(1)
        if s == "PN":
            doc.add(**_pv(ctx.phone(nat, rng.choice(["fixed", "fixed", "mobile"]), "national")))
        elif s == "PM":
            doc.add(**_pv(ctx.phone(nat, "mobile", "national")))
        elif s == "PI":
            doc.add(**_pv(ctx.phone(own, rng.choice(["fixed", "mobile"]), "international")))
        elif s == "PF":
            doc.add(**_pv(ctx.phone(nat, "free", "other")))
        elif s == "L":
            region, _town, code, subs = local
            sub = subs.pop(0)
            text = rng.choice(H.LOCAL[region])(sub)
            e = N.e164(pn.parse(("" if region == "US" else "0") + code + sub, region))
            doc.add(
                text,
                {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": region,
                    "e164": e,
                    "area_len": len(code),
                },
            )
        elif s in ("E", "EP"):
            t = V.email(rng, ctx.faker("en_US"), s == "E")
            doc.add(t, {"kind": "EMAIL", "mode": "role" if s == "E" else "personal", "text": t})
        elif s == "CARD":
            t, style = V.card(rng)
            doc.add(t, {"kind": "CREDIT_CARD", "mode": style, "text": t})
        elif s == "IBAN":
            country = own if own in V.IBAN_LEN else nat
            t, style = V.iban(rng, country)
            doc.add(t, {"kind": "IBAN", "mode": style, "text": t})
        elif s in ("IP", "IPP", "IP6"):
            mode = {"IP": "v4", "IPP": "v4-private", "IP6": "v6"}[s]
            t = V.ip(rng, mode)
            doc.add(t, {"kind": "IP_ADDRESS", "mode": mode, "text": t})
        elif s == "SSN":
            t, style = V.ssn(rng)
            doc.add(t, {"kind": "US_SSN", "mode": style, "text": t})
        elif s.startswith("N."):
            doc.add(ctx.neg(s[2:], regions))
        elif s == "name":
            doc.add(fake.name())
        elif s == "town":
            doc.add(local[1])
        else:
            raise KeyError(s)
    doc.add(template[last:])


def _pv(v):
    return {"text": v["text"], "value": v}


def contact_list(ctx, doc, locale, lang, k):
    rng = ctx.rng
    _lex, heads, labels = LEX[lang]
    nat = LOCALES[locale][1]
    layout = rng.choice(LAYOUTS)
    doc.add("\n" + rng.choice(heads) + "\n")
    for label in rng.sample(labels, k):
        v = ctx.phone(nat, rng.choice(["fixed", "fixed", "mobile"]), "list-entry")
        before, after = layout.split("{phone}")
        doc.add(before.replace("{label}", label))
        doc.add(v["text"], v)
        doc.add(after.replace("{label}", label) + "\n")


def screened(ctx, build):
    """Calls build() until the finished document, labelled spans blanked, is clean."""
    for _ in range(50):
        state = ctx.rng.getstate()
        text, spans, vals, regions = build()
        blank = text
        for sp in reversed(spans):
            blank = blank[: sp["start"]] + " ∎ " + blank[sp["end"] :]
        if not phone_hits(blank, regions) and not guard_hits(blank):
            return text, spans, vals
        ctx.doc_redraws += 1
        del state
    raise RuntimeError("document stays dirty")
