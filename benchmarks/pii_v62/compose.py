"""Documents: locales, value makers and the renderer that records spans."""

import ipaddress
import re
import unicodedata

from stdnum import iban as stdiban

from . import negs
from . import numbers as N
from .lex_de_fr import DE, DE_LIST, DE_LOCAL, FR, FR_LIST
from .lex_en import EN, EN_LIST, EN_LOCAL, IN_LOCAL
from .lex_es_it import ES, ES_LIST, IT, IT_LIST
from .lex_nl_pt_hi import HI, HI_LIST, HI_LOCAL, NL, NL_LIST, NL_LOCAL, PT, PT_LIST, PT_LOCAL

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
LISTS = {
    "en": EN_LIST,
    "de": DE_LIST,
    "fr": FR_LIST,
    "es": ES_LIST,
    "it": IT_LIST,
    "nl": NL_LIST,
    "pt": PT_LIST,
    "hi": HI_LIST,
}
EXTRA_LOCAL = {"IN": IN_LOCAL}
LOCAL = {"en": EN_LOCAL, "de": DE_LOCAL, "nl": NL_LOCAL, "pt": PT_LOCAL, "hi": HI_LOCAL}

# key: (locale, language, own region, national region, weight for ordinary positive/negative documents)
LOCALES = {
    "en_US": ("en_US", "en", "US", "US", 90),
    "en_GB": ("en_GB", "en", "GB", "GB", 70),
    "en_IN": ("en_IN", "en", "IN", "IN", 25),
    "en_AU": ("en_AU", "en", "AU", "GB", 15),
    "en_IE": ("en_IE", "en", "IE", "GB", 15),
    "de_DE": ("de_DE", "de", "DE", "DE", 50),
    "de_AT": ("de_AT", "de", "AT", "DE", 15),
    "de_CH": ("de_CH", "de", "CH", "DE", 15),
    "fr_FR": ("fr_FR", "fr", "FR", "FR", 40),
    "fr_BE": ("fr_BE", "fr", "BE", "FR", 15),
    "fr_CH": ("fr_CH", "fr", "CH", "FR", 10),
    "es_ES": ("es_ES", "es", "ES", "ES", 35),
    "it_IT": ("it_IT", "it", "IT", "IT", 35),
    "nl_NL": ("nl_NL", "nl", "NL", "NL", 35),
    "nl_BE": ("nl_BE", "nl", "BE", "NL", 15),
    "pt_BR": ("pt_BR", "pt", "BR", "BR", 30),
    "pt_PT": ("pt_PT", "pt", "PT", "PT", 20),
    "hi": ("en_IN", "hi", "IN", "IN", 20),
}
FAKER_LOCALE = {"hi": "hi_IN", "fr_BE": "fr_FR", "fr_CH": "fr_CH", "nl_BE": "nl_BE"}
IBAN_LEN = {
    "GB": 22,
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "IE": 22,
    "BR": 29,
}
BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "RABO", "INGB", "SNSB", "TRIO"],
    "IT": ["X", "K", "A"],
}
DOMAINS = {
    "en": [
        "hollinsmedical.co.uk",
        "brookfield-dental.com",
        "marketsquarepharmacy.net",
        "kinetix-physio.org",
        "elmcourtcare.org",
        "visionpointoptics.com",
        "homecarecircle.org",
    ],
    "de": ["praxis-am-lindenhof.de", "pflege-sonnenweg.de", "apotheke-zum-loewen.de"],
    "fr": ["cabinet-des-tilleuls.fr", "ehpad-les-glycines.fr", "kine-saint-roch.fr"],
    "es": ["clinicadentalsol.es", "farmaciadelcarmen.es", "residencialosolmos.es"],
    "it": ["studiomedicoverdi.it", "farmaciasanmarco.it", "fisiocentro-arno.it"],
    "nl": ["huisartsdekolk.nl", "tandartsdewaard.nl", "fysiodebrug.nl"],
    "pt": ["clinicavivabem.com.br", "oticacentral.pt", "farmaciasaude.com.br"],
    "hi": ["sehatcare.in", "arogyaclinic.co.in", "jeevanpharmacy.in"],
}
ROLES = {
    "en": ["reception", "prescriptions", "appointments", "enquiries"],
    "de": ["anmeldung", "rezepte", "praxis"],
    "fr": ["secretariat", "rdv", "accueil"],
    "es": ["citas", "recepcion"],
    "it": ["segreteria", "prenotazioni"],
    "nl": ["assistente", "recepten", "balie"],
    "pt": ["recepcao", "agendamento", "contato"],
    "hi": ["appointments", "helpdesk", "clinic"],
}
TOKEN = re.compile(r"\{([a-z0-9:]+)\}")


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", ".", s).strip(".")


def luhn_card(rng):
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        pre = "4" if kind == "visa" else str(rng.randint(51, 55))
        body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
    digits = body + negs._luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return digits, mode
    sizes = [4, 6, 5] if len(digits) == 15 else [4, 4, 4, 4]
    parts, i = [], 0
    for k in sizes:
        parts.append(digits[i : i + k])
        i += k
    return (" " if mode == "spaced" else "-").join(parts), mode


def make_iban(rng, country):
    n = IBAN_LEN[country]
    for _ in range(100000):
        if country in BANKS:
            bank = rng.choice(BANKS[country])
            bban = bank + "".join(rng.choice("0123456789") for _ in range(n - 4 - len(bank)))
        elif country == "BR":
            bban = "".join(rng.choice("0123456789") for _ in range(23)) + "C1"
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(n - 4))
        num = "".join(str(int(c, 36)) for c in bban + country + "00")
        s = "%s%02d%s" % (country, 98 - int(num) % 97, bban)
        if stdiban.is_valid(s):
            if rng.random() < 0.5:
                return s, "electronic"
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4)), "print"
    raise RuntimeError(country)


def make_ip(rng, kind):
    while True:
        if kind == "ipp":
            a = rng.choice([10, 172, 192])
            if a == 10:
                s = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
            elif a == 172:
                s = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
            else:
                s = "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254))
            return s, "v4-private"
        if kind == "ip":
            s = "%d.%d.%d.%d" % (
                rng.randint(1, 223),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
            if ipaddress.ip_address(s).is_global:
                return s, "v4"
        else:
            groups = ["2a0%x" % rng.randint(0, 15)] + ["%x" % rng.randint(0, 65535) for _ in range(7)]
            s = str(ipaddress.IPv6Address(":".join(groups)))
            if ipaddress.ip_address(s).is_global:
                return s, "v6"


def make_ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    if rng.random() < 0.5:
        return "%03d-%02d-%04d" % (a, g, s), "dashed"
    return "%03d %02d %04d" % (a, g, s), "spaced"


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.values = []

    def add(self, s):
        self.text += s

    def span(self, s, value):
        self.spans.append({"kind": value["kind"], "start": len(self.text), "end": len(self.text) + len(s)})
        self.text += s
        self.values.append(value)


class Ctx:
    """Everything a document needs to fill its tokens."""

    def __init__(self, rng, fake, drawer, key):
        self.rng, self.fake, self.drawer = rng, fake, drawer
        self.locale, self.lang, self.own, self.nat, _ = LOCALES[key]
        self.key = key
        self.regions = sorted(set([self.own, self.nat] + negs.HOME[self.lang]))
        self.domain = rng.choice(DOMAINS[self.lang])
        self.town = None
        self.area = None
        self.local_region = None

    def phone(self, kind, mode_hint=None):
        rng = self.rng
        split = self.own in ("AT", "CH", "BE", "IE", "AU")
        if kind == "other" or mode_hint == "list" or (split and rng.random() < 0.4):
            region = self.nat if split else self.own
            intl = False
        else:
            region = self.own
            intl = split or rng.random() < 0.25
        nsn = N.draw(rng, region, kind)
        text = N.written(rng, region, nsn, kind, intl)
        mode = (
            "list-entry"
            if mode_hint == "list"
            else ("other" if kind == "other" else ("international" if text.startswith("+") else "national"))
        )
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": N.e164(region, nsn),
            "area_len": None,
        }

    def local(self):
        sub = N.draw_local(self.rng, self.local_region, self.area)
        text = N.written_local(self.rng, self.local_region, sub)
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": self.local_region,
            "e164": N.e164(self.local_region, self.area + sub),
            "area_len": len(self.area),
        }

    def name(self):
        return "%s %s" % (self.fake.first_name(), self.fake.last_name())

    def fill(self, doc, template):
        pos = 0
        for m in TOKEN.finditer(template):
            doc.add(template[pos : m.start()])
            pos = m.end()
            tok = m.group(1)
            if tok == "name":
                doc.add(self.name())
            elif tok == "fname":
                doc.add("%s %s" % (self.fake.first_name_female(), self.fake.last_name()))
            elif tok == "town":
                doc.add(self.town)
            elif tok.startswith("n:"):
                doc.add(self.drawer.value(tok[2:], self.lang, self.regions))
            elif tok in ("fixed", "mobile", "tf"):
                doc.span(*self.phone({"tf": "other"}.get(tok, tok)))
            elif tok in ("local", "local2"):
                doc.span(*self.local())
            elif tok in ("email", "role"):
                if tok == "email":
                    user = (
                        ascii_name(self.name())
                        if self.lang != "hi"
                        else self.rng.choice(["priya.sharma", "a.verma", "rkumar", "neha.joshi", "s.iyer"])
                    )
                else:
                    user = self.rng.choice(ROLES[self.lang])
                s = "%s@%s" % (user, self.domain)
                doc.span(s, {"kind": "EMAIL", "mode": "personal" if tok == "email" else "role", "text": s})
            elif tok == "card":
                s, mode = luhn_card(self.rng)
                doc.span(s, {"kind": "CREDIT_CARD", "mode": mode, "text": s})
            elif tok == "iban":
                s, mode = make_iban(self.rng, self.own if self.own in IBAN_LEN else self.nat)
                doc.span(s, {"kind": "IBAN", "mode": mode, "text": s})
            elif tok in ("ip", "ipp", "ip6"):
                s, mode = make_ip(self.rng, tok)
                doc.span(s, {"kind": "IP_ADDRESS", "mode": mode, "text": s})
            elif tok == "ssn":
                s, mode = make_ssn(self.rng)
                doc.span(s, {"kind": "US_SSN", "mode": mode, "text": s})
            else:
                raise KeyError(tok)
        doc.add(template[pos:])


def usable(template, ctx):
    if template.startswith("@"):
        tag, _, rest = template.partition(" ")
        if tag[1:] != ctx.own:
            return None
        template = rest
    if "{iban}" in template and ctx.own not in IBAN_LEN:
        return None
    if "{ssn}" in template and ctx.own != "US":
        return None
    return template


LAYOUTS = ["• {label}: ", "{label}\t", "", "{label} — ", "{label} » "]


def contact_block(doc, ctx):
    rng = ctx.rng
    lst = LISTS[ctx.lang]
    layout = rng.randrange(len(LAYOUTS))
    doc.add("\n\n" + rng.choice(lst["head"]) + "\n")
    for label in rng.sample(lst["label"], rng.randint(2, 3)):
        kind = rng.choice(["fixed", "fixed", "mobile", "other"])
        text, value = ctx.phone(kind, "list")
        if layout == 2:
            doc.span(text, value)
            doc.add(" (%s)\n" % label)
        else:
            doc.add(LAYOUTS[layout].format(label=label))
            doc.span(text, value)
            doc.add("\n")
