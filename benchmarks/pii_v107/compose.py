"""Fill sentence templates with drawn values and record the labelled spans."""

import re
import unicodedata

import phonenumbers as pn
from faker import Faker

from . import numbers as nb
from .lex_de_nl import DE, LIST_DE, LIST_NL, LOC_DE, LOC_NL, NL
from .lex_en import EN, LIST_EN, LOC_EN
from .lex_fr_es_it import ES, FR, IT, LIST_ES, LIST_FR, LIST_IT
from .lex_pt_hi import HI, LIST_HI, LIST_PT, LOC_HI, LOC_PT, PT

# locale -> (language, home region, region of national numbers, Faker locale, IBAN country)
LOCALES = {
    "en_US": ("en", "US", "US", "en_US", None),
    "en_GB": ("en", "GB", "GB", "en_GB", "GB"),
    "en_IN": ("en", "IN", "IN", "en_IN", None),
    "en_IE": ("en", "IE", "GB", "en_IE", "IE"),
    "en_AU": ("en", "AU", "GB", "en_AU", None),
    "de_DE": ("de", "DE", "DE", "de_DE", "DE"),
    "de_AT": ("de", "AT", "DE", "de_AT", "AT"),
    "de_CH": ("de", "CH", "DE", "de_CH", "CH"),
    "fr_FR": ("fr", "FR", "FR", "fr_FR", "FR"),
    "fr_BE": ("fr", "BE", "FR", "fr_FR", "BE"),
    "es_ES": ("es", "ES", "ES", "es_ES", "ES"),
    "it_IT": ("it", "IT", "IT", "it_IT", "IT"),
    "nl_NL": ("nl", "NL", "NL", "nl_NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", "nl_BE", "BE"),
    "pt_PT": ("pt", "PT", "PT", "pt_PT", "PT"),
    "pt_BR": ("pt", "BR", "BR", "pt_BR", None),
    "hi": ("hi", "IN", "IN", "hi_IN", None),
}
LEX = {"en": EN, "de": DE, "nl": NL, "fr": FR, "es": ES, "it": IT, "pt": PT, "hi": HI}
LISTS = {
    "en": LIST_EN,
    "de": LIST_DE,
    "nl": LIST_NL,
    "fr": LIST_FR,
    "es": LIST_ES,
    "it": LIST_IT,
    "pt": LIST_PT,
    "hi": LIST_HI,
}
LOCS = {
    "US": ("en_US", LOC_EN["US"]),
    "GB": ("en_GB", LOC_EN["GB"]),
    "DE": ("de_DE", LOC_DE),
    "NL": ("nl_NL", LOC_NL),
    "BR": ("pt_BR", LOC_PT),
    "IN": ("en_IN", LOC_EN["IN"]),
    "IN-hi": ("hi", LOC_HI),
}
LANG_HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
FOREIGN = ["GB", "DE", "FR", "NL", "ES", "IT", "US", "CH", "AT", "BE", "IE", "AU", "PT", "BR", "IN"]
ROLES = [
    "welfare",
    "families",
    "secretary",
    "bookings",
    "archive",
    "enquiries",
    "hive",
    "press",
    "events",
    "adjutant",
    "camp",
    "membership",
    "info",
    "contact",
    "office",
]
DOMAINS = [
    "regimental-association.org",
    "veterans-branch.net",
    "cadetunit.org",
    "forcesfamilies.net",
    "museum-regiment.org",
    "kameradschaft.de",
    "thuisfront.nl",
    "amicale-regiment.fr",
    "hermandad-veteranos.es",
    "sezione-alpini.it",
    "veteranos.org.br",
    "sainikboard.in",
    "reserve-company.org",
    "remembrance-committee.org",
]
TOKEN = re.compile(r"\{([A-Z0-9]+)(?::([a-z_]+))?\}")


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s.lower())


class Ctx:
    """Everything one document needs to fill its templates."""

    def __init__(self, rng, locale, drawer, town=None, area=None, region_local=None, sublen=0):
        self.rng = rng
        self.locale = locale
        self.lang, self.home, self.nat, fk, self.iban_cc = LOCALES[locale]
        self.faker = Faker(fk)
        self.faker.seed_instance(rng.getrandbits(32))
        self.en = Faker("en_US")
        self.en.seed_instance(rng.getrandbits(32))
        self.drawer = drawer
        self.town, self.area, self.region_local, self.sublen = town, area, region_local, sublen
        self.regions = sorted({self.home, self.nat, *LANG_HOME[self.lang]})

    def phone(self, kind, mode):
        region = self.nat
        if mode == "international":
            region = self.home if self.rng.random() < 0.7 else self.rng.choice(FOREIGN)
            num = nb.draw(self.rng, region, self.rng.choice(["fixed", "mobile"]))
            text = nb.international(self.rng, num, region)
        elif kind == "free":
            num = nb.draw(self.rng, region, "free")
            text = nb.free(self.rng, num, region)
            mode = "other"
        else:
            num = nb.draw(self.rng, region, kind)
            text = nb.national(self.rng, num, region)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": None,
        }

    def local(self):
        sub, num = nb.local(self.rng, self.region_local, self.area, self.sublen)
        text = nb.local_form(self.rng, self.region_local, sub)
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": self.region_local,
            "e164": nb.e164(num),
            "area_len": len(self.area),
        }

    def email(self, role):
        dom = self.rng.choice(DOMAINS) if self.rng.random() < 0.6 else self.en.domain_name()
        if role:
            user = self.rng.choice(ROLES)
        else:
            first = ascii_name(self.faker.first_name()) or "alex"
            last = ascii_name(self.faker.last_name()) or "smith"
            user = self.rng.choice(
                [first + "." + last, first[0] + last, first + "_" + last[:1], last + first[:1]]
            )
            dom = self.en.free_email_domain() if self.rng.random() < 0.5 else dom
        text = user + "@" + dom
        return text, {"kind": "EMAIL", "mode": "role" if role else "personal", "text": text}

    def value(self, tok, arg):
        if tok == "NAT":
            return self.phone("fixed", "national")
        if tok == "MOB":
            return self.phone("mobile", "national")
        if tok == "FREE":
            return self.phone("free", "other")
        if tok == "INTL":
            return self.phone("fixed", "international")
        if tok in ("LOC", "LOC2"):
            return self.local()
        if tok == "EMR":
            return self.email(True)
        if tok == "EMP":
            return self.email(False)
        if tok == "CARD":
            text, mode = nb.card(self.rng)
            return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        if tok == "IBAN":
            text, mode = nb.iban(self.rng, self.iban_cc)
            return text, {"kind": "IBAN", "mode": mode, "text": text}
        if tok in ("IP4", "IP4P", "IP6"):
            mode = {"IP4": "v4", "IP4P": "v4-private", "IP6": "v6"}[tok]
            text = nb.ip(self.rng, mode)
            return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        if tok == "SSN":
            text, mode = nb.ssn(self.rng)
            return text, {"kind": "US_SSN", "mode": mode, "text": text}
        if tok == "NAME":
            return self.faker.name(), None
        if tok == "TOWN":
            return self.town, None
        if tok == "N":
            return self.drawer.value(arg, self.lang, self.regions), None
        raise KeyError(tok)


def usable(tmpl, ctx):
    if "{IBAN}" in tmpl and not ctx.iban_cc:
        return False
    if "{SSN}" in tmpl and ctx.locale != "en_US":
        return False
    return True


def fill(tmpl, ctx, out, spans, values):
    """Append the filled template to out (a list of strings); spans use offsets into ''.join(out)."""
    pos = sum(len(s) for s in out)
    last = 0
    for m in TOKEN.finditer(tmpl):
        lit = tmpl[last : m.start()]
        out.append(lit)
        pos += len(lit)
        text, val = ctx.value(m.group(1), m.group(2))
        if val is not None:
            spans.append({"kind": val["kind"], "start": pos, "end": pos + len(text)})
            values.append(val)
        out.append(text)
        pos += len(text)
        last = m.end()
    out.append(tmpl[last:])


def list_block(ctx, out, spans, values, n):
    lex = LISTS[ctx.lang]
    out.append("\n\n" + ctx.rng.choice(lex["heads"]) + "\n")
    labels = ctx.rng.sample(lex["labels"], n)
    layout = ctx.rng.choice(["{L}: {P}", "{L} – {P}", "{P} ({L})", "{L}\t{P}", "{L} / {P}"])
    for lab in labels:
        kind = ctx.rng.choice(["fixed", "fixed", "mobile"])
        pre, _, post = layout.partition("{P}")
        pre = pre.replace("{L}", lab)
        post = post.replace("{L}", lab)
        out.append(pre)
        start = sum(len(s) for s in out)
        text, val = ctx.phone(kind, "national")
        val["mode"] = "list-entry"
        spans.append({"kind": "PHONE", "start": start, "end": start + len(text)})
        values.append(val)
        out.append(text + post + "\n")


def pn_region_ok(val):
    num = pn.parse(val["e164"], None)
    return pn.is_valid_number(num)
