"""Builds v49's documents from the sentence tables: segments of text and labelled values."""

import re

import phonenumbers as pn
from faker import Faker
from phonenumbers import PhoneNumberType as T
from stdnum import iban as stdiban

from . import habits as H
from . import negs
from . import numbers as N
from .lex_de_fr import DE, FR
from .lex_en import EN
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, NL, PT

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
# locale -> (language, own region written internationally, national region for other numbers)
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
    "hi": ("hi", "IN", "IN"),
}
HOME = {
    "en": ["US", "GB", "IN", "AU", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
FAKER_LOC = {"hi": "hi_IN", "en_IE": "en_IE", "fr_CH": "fr_CH", "nl_BE": "nl_BE", "de_CH": "de_CH"}
IBAN_CC = {
    "en_GB": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "pt_PT": "PT",
}
SERVICE_EXTRA = {
    "GB": [T.UAN],
    "DE": [T.SHARED_COST],
    "FR": [T.SHARED_COST],
    "ES": [T.SHARED_COST],
    "IT": [T.SHARED_COST],
    "PT": [T.SHARED_COST],
    "BR": [T.SHARED_COST],
    "IN": [T.SHARED_COST],
}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
ROLES = ["control", "floodwatch", "outages", "rescue.team", "claims", "dispatch", "shelter", "info"]
DOMAINS = [
    "civilprotect.example",
    "river-watch.org",
    "grid-ops.net",
    "rescue-volunteers.org",
    "claims-desk.com",
    "stadtwerke-nord.de",
    "secours-local.fr",
    "proteccion-civil.es",
]


def regions_of(locale):
    lang, own, nat = LOCALES[locale]
    return sorted({own, nat, *HOME[lang]})


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}

    def faker(self, locale):
        loc = FAKER_LOC.get(locale, locale)
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.rng.randrange(10**9))
            self.fakers[loc] = f
        return self.fakers[loc]

    # ---- values ---------------------------------------------------------------------------------------
    def phone(self, locale, mode, region=None):
        r = self.rng
        lang, own, nat = LOCALES[locale]
        if mode == "other":
            region = nat
            types = [T.TOLL_FREE] + SERVICE_EXTRA.get(nat, [])
            nsn = N.draw(r, region, r.choice(types))
            text = H.service(r, region, nsn)
        else:
            if region is None:
                region = own if mode == "international" else nat
            mobile = r.random() < 0.45
            if not mobile and region in N.AREAS and r.random() < 0.8:
                nsn, _ = N.draw_local(r, region, r.choice(N.AREAS[region])[1])
            else:
                nsn = N.draw(r, region, T.MOBILE if mobile else T.FIXED_LINE)
            alen = 0 if mobile else N.area_len(region, nsn)
            if mode == "international" or region != nat:
                text = H.international(r, region, N.CC[region], nsn, alen, mobile)
            else:
                text = H.national(r, region, nsn, alen, mobile)
        e = N.e164(region, nsn)
        assert N.parse_ok(text, region, e), (text, region, e)
        return {"kind": "PHONE", "mode": mode, "text": text, "region": region, "e164": e, "area_len": None}

    def local(self, region, area):
        nsn, sub = N.draw_local(self.rng, region, area)
        text = H.local(self.rng, region, sub)
        return {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": N.e164(region, nsn),
            "area_len": len(area),
        }

    def email(self, locale):
        r = self.rng
        if r.random() < 0.5:
            return {"kind": "EMAIL", "mode": "role", "text": f"{r.choice(ROLES)}@{r.choice(DOMAINS)}"}
        f = self.faker("en_US" if locale == "hi" else locale)
        user = re.sub(r"[^a-z.]", "", f"{f.first_name()}.{f.last_name()}".lower()) or "m.weber"
        dom = r.choice(
            ["gmail.com", "outlook.com", "web.de", "orange.fr", "libero.it", "ziggo.nl", "uol.com.br"]
        )
        return {
            "kind": "EMAIL",
            "mode": "personal",
            "text": f"{user}{r.choice(['', str(r.randint(2, 99))])}@{dom}",
        }

    def card(self):
        r = self.rng
        while True:
            d = r.choice(["4", "51", "52", "53", "55"]) + "".join(r.choice("0123456789") for _ in range(14))
            d = d[:15]
            for c in "0123456789":
                if negs.luhn_ok(d + c):
                    d += c
                    break
            mode = r.choice(["spaced", "dashed", "solid"])
            sep = {"spaced": " ", "dashed": "-", "solid": ""}[mode]
            return {"kind": "CREDIT_CARD", "mode": mode, "text": H.g(d, [4, 4, 4, 4], sep)}

    def iban(self, locale):
        r = self.rng
        cc = IBAN_CC.get(locale, "DE")
        ex = {"GB": "NWBK{}", "IE": "AIBK{}", "NL": "INGB{}", "BR": "{}P1"}.get(cc, "{}")
        length = {
            "GB": 14,
            "IE": 14,
            "NL": 10,
            "BR": 23,
            "DE": 18,
            "AT": 16,
            "CH": 17,
            "FR": 23,
            "BE": 12,
            "ES": 20,
            "IT": 23,
            "PT": 21,
        }[cc]
        for _ in range(20000):
            body = ex.format("".join(r.choice("0123456789") for _ in range(length)))
            if cc == "IT":
                body = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + body[1:]
            cd = 98 - int("".join(str(int(c, 36)) for c in body + cc + "00")) % 97
            s = f"{cc}{cd:02d}{body}"
            if stdiban.is_valid(s):
                mode = r.choice(["print", "print", "electronic"])
                return {"kind": "IBAN", "mode": mode, "text": H.g(s, [4] * 9) if mode == "print" else s}
        raise RuntimeError(cc)

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        if mode == "v4":
            first = r.choice([31, 62, 81, 89, 145, 185, 213])
            t = f"{first}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif mode == "v4-private":
            t = r.choice(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                ]
            )
        else:
            t = f"2a02:{r.randint(0x1000, 0xFFFF):x}:{r.randint(1, 0xFFF):x}::{r.randint(1, 0xFFFF):x}"
        return {"kind": "IP_ADDRESS", "mode": mode, "text": t}

    def ssn(self):
        r = self.rng
        a = r.choice([x for x in range(1, 900) if x != 666])
        mode = r.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return {
            "kind": "US_SSN",
            "mode": mode,
            "text": f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}",
        }

    # ---- filling ----------------------------------------------------------------------------------------
    def fill(self, tmpl, locale, segs, ctx):
        """Appends the template's pieces to segs: str for text, dict for a labelled value."""
        lang = LOCALES[locale][0]
        pos = 0
        for m in SLOT.finditer(tmpl):
            segs.append(tmpl[pos : m.start()])
            name, arg = m.group(1), m.group(2)
            if name == "X":
                segs.append(self.drawer.draw(arg, lang, regions_of(locale)))
            elif name == "N":
                f = self.faker(locale if locale in ("hi",) or "_" in locale else "en_US")
                segs.append(f.last_name() if self.rng.random() < 0.3 else f.name())
            elif name == "T":
                segs.append(ctx["town"])
            elif name in ("L", "L2"):
                segs.append(self.local(ctx["region"], ctx["area"]))
            elif name == "P":
                intl = self.rng.random() < (0.75 if LOCALES[locale][1] != LOCALES[locale][2] else 0.2)
                segs.append(self.phone(locale, "international" if intl else "national"))
            elif name == "S":
                segs.append(self.phone(locale, "other"))
            elif name == "E":
                segs.append(self.email(locale))
            elif name == "C":
                segs.append(self.card())
            elif name == "I":
                segs.append(self.iban(locale))
            elif name == "A":
                segs.append(self.ip())
            elif name == "SSN":
                segs.append(self.ssn())
            pos = m.end()
        segs.append(tmpl[pos:])

    def contact_block(self, locale, segs):
        r = self.rng
        lex = LEX[LOCALES[locale][0]]
        segs.append("\n\n" + r.choice(lex["heads"]) + ":\n")
        layout = r.choice(["• {lab} – ", "", "{lab} / ", "{lab}, ", "{lab}\t"])
        labs = r.sample(lex["labels"], k=min(len(lex["labels"]), r.randint(2, 3)))
        for lab in labs:
            v = self.phone(locale, "list-entry", LOCALES[locale][2])
            if layout == "":
                segs.extend([v, f" ({lab})\n"])
            else:
                segs.extend([layout.format(lab=lab), v, "\n"])


def join(segs):
    """Text, spans and values from segments."""
    text, spans, values = "", [], []
    for s in segs:
        if isinstance(s, dict):
            spans.append({"kind": s["kind"], "start": len(text), "end": len(text) + len(s["text"])})
            values.append(s)
            text += s["text"]
        else:
            text += s
    return text, spans, values


def doc_clean(text, spans, locale):
    blank = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            blank[i] = " "
    b = "".join(blank)
    return not negs.phone_hits(b, regions_of(locale)) and not negs.guard_hits(b)


def valid_e164(v):
    n = pn.parse(v["e164"])
    return pn.is_valid_number(n)
