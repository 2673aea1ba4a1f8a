"""Document composition for the v70 set."""

import random
import re

from faker import Faker

from . import lex_de_fr as DF
from . import lex_en as EN
from . import lex_more as MO
from . import negs, values
from . import numbers as N

SEED = 10070

# locale -> (language, own region, region used for national, list and service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "AU", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "fr_CH": ("fr", "CH", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
FAKER = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
LANG = {
    "en": (
        EN.GENRES,
        EN.LOCAL,
        (EN.LIST_HEADS, EN.LIST_LABELS),
        EN.SIGNOFF,
        ["Hi all,", "Dear resident,", "Hello,"],
    ),
    "de": (DF.DE, DF.DE_LOCAL, DF.LIST_DE, DF.SIGN_DE, DF.OPEN_DE),
    "fr": (DF.FR, None, DF.LIST_FR, DF.SIGN_FR, DF.OPEN_FR),
    "es": (MO.ES, None, MO.ES_LIST, MO.ES_SIGN, MO.ES_OPEN),
    "it": (MO.IT, None, MO.IT_LIST, MO.IT_SIGN, MO.IT_OPEN),
    "nl": (MO.NL, MO.NL_LOCAL, MO.NL_LIST, MO.NL_SIGN, MO.NL_OPEN),
    "pt": (MO.PT, MO.PT_LOCAL, MO.PT_LIST, MO.PT_SIGN, MO.PT_OPEN),
    "hi": (MO.HI, MO.HI_LOCAL, MO.HI_LIST, MO.HI_SIGN, MO.HI_OPEN),
}
LIST_LAYOUTS = ["{L}\t{P}", "• {L}, {P}", "{P} ({L})", "{L} — {P}", "{L} ☎ {P}"]
FOREIGN = ["GB", "DE", "FR", "NL", "US", "ES", "IT", "CH", "AT", "BE", "IE", "AU", "PT", "BR", "IN"]
SLOT = re.compile(r"\{([A-Z0-9]+)(?::(\w+))?\}")


class Ctx:
    def __init__(self, b, locale, lang):
        self.b, self.locale, self.lang = b, locale, lang
        _, self.own, self.nat = LOCALES[locale]
        self.regions = sorted({self.own, self.nat, HOME[lang]})
        self.name = b.fakers[lang].name()
        self.town = None
        self.area = None
        self.local_region = None


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.fakers = {}
        for i, (lang, loc) in enumerate(sorted(FAKER.items())):
            f = Faker(loc)
            f.seed_instance(SEED + i)
            self.fakers[lang] = f
        self.fake_en = Faker("en_US")
        self.fake_en.seed_instance(SEED + 99)
        self.drawer = negs.Drawer(self.rng)
        self.doc_redraws = 0

    # ---- phones -------------------------------------------------------------
    def phone(self, ctx, mobile, mode=None):
        rng = self.rng
        if mode is None:
            if ctx.own != ctx.nat:
                mode = "international" if rng.random() < 0.5 else "national"
            else:
                mode = "national" if rng.random() < 0.75 else "international"
        if mode == "international":
            region = ctx.own if rng.random() < 0.6 else rng.choice(FOREIGN)
            n = (N.draw_mobile if mobile else N.draw_fixed)(rng, region)
            text = N.write_international(rng, n, region)
        else:
            region = ctx.nat
            n = (N.draw_mobile if mobile else N.draw_fixed)(rng, region)
            text = N.write_national(rng, n, region)
        assert N.parses_back(text, region, N.e164(n)), (text, region)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": N.e164(n),
            "area_len": None,
        }

    def other(self, ctx):
        n = N.draw_other(self.rng, ctx.nat)
        text = N.write_other(self.rng, n, ctx.nat)
        assert N.parses_back(text, ctx.nat, N.e164(n))
        return text, {
            "kind": "PHONE",
            "mode": "other",
            "text": text,
            "region": ctx.nat,
            "e164": N.e164(n),
            "area_len": None,
        }

    def local(self, ctx):
        region = ctx.local_region
        n, sub = N.draw_local(self.rng, region, ctx.area)
        text = N.write_local(self.rng, region, sub)
        assert N.parses_back(N.put_back(region, ctx.area[1], text), region, N.e164(n))
        val = {"kind": "PHONE", "mode": "local-announced", "text": text, "region": region, "e164": N.e164(n)}
        val["area_len"] = len(ctx.area[1])
        return text, val

    # ---- slots --------------------------------------------------------------
    def fill(self, template, ctx):
        """Fill a template; returns (text, [(start, end, value)])."""
        out, spans, pos = [], [], 0
        rng = self.rng
        for m in SLOT.finditer(template):
            out.append(template[pos : m.start()])
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            val = None
            if key == "N":
                text = self.drawer.draw(arg, ctx.regions)
            elif key == "NAME":
                text = ctx.name if rng.random() < 0.5 else self.fakers[ctx.lang].name()
            elif key == "TOWN":
                text = ctx.town
            elif key in ("P", "PM"):
                text, val = self.phone(ctx, key == "PM")
            elif key == "PO":
                text, val = self.other(ctx)
            elif key in ("L1", "L2"):
                text, val = self.local(ctx)
            elif key in ("EM", "ER"):
                text = values.email(rng, self.fake_en, ctx.lang, self.fakers[ctx.lang].name(), key == "ER")
                val = {"kind": "EMAIL", "mode": "role" if key == "ER" else "personal", "text": text}
            elif key == "CARD":
                mode = rng.choice(["spaced", "solid", "dashed"])
                text = values.card(rng, mode)
                val = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
            elif key == "IBAN":
                mode = rng.choice(["print", "electronic"])
                cc = (
                    ctx.own
                    if ctx.own in values.IBAN_FMT
                    else (ctx.nat if ctx.nat in values.IBAN_FMT else "DE")
                )
                text = values.iban(rng, cc, mode)
                val = {"kind": "IBAN", "mode": mode, "text": text}
            elif key == "IP":
                mode = rng.choice(["v4", "v4-private", "v6"])
                text = values.ip(rng, mode)
                val = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
            elif key == "SSN":
                mode = rng.choice(["dashed", "spaced"])
                text = values.ssn(rng, mode)
                val = {"kind": "US_SSN", "mode": mode, "text": text}
            else:
                raise KeyError(key)
            start = sum(len(x) for x in out)
            out.append(text)
            if val is not None:
                spans.append((start, start + len(text), val))
        out.append(template[pos:])
        return "".join(out), spans


def cap(s):
    return s[:1].upper() + s[1:] if s[:1].islower() else s


def usable(sent, ctx):
    if "{SSN}" in sent and ctx.locale != "en_US":
        return False
    if "{PO}" in sent and ctx.nat not in N.OTHER_PREFIX:
        return False
    return True
