"""Composing documents: slots, values and their spans."""

import ipaddress
import re
import unicodedata

import phonenumbers as pn
from stdnum import iban as std_iban

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs
from . import numbers as nb

# locale -> (language, home region, region of national numbers, Faker locale)
LOCALES = {
    "en_US": ("en", "US", "US", "en_US"),
    "en_GB": ("en", "GB", "GB", "en_GB"),
    "en_IN": ("en", "IN", "IN", "en_IN"),
    "en_AU": ("en", "AU", "GB", "en_AU"),
    "en_IE": ("en", "IE", "GB", "en_IE"),
    "de_DE": ("de", "DE", "DE", "de_DE"),
    "de_AT": ("de", "AT", "DE", "de_AT"),
    "de_CH": ("de", "CH", "DE", "de_CH"),
    "fr_FR": ("fr", "FR", "FR", "fr_FR"),
    "fr_BE": ("fr", "BE", "FR", "fr_FR"),
    "fr_CH": ("fr", "CH", "FR", "fr_CH"),
    "es_ES": ("es", "ES", "ES", "es_ES"),
    "it_IT": ("it", "IT", "IT", "it_IT"),
    "nl_NL": ("nl", "NL", "NL", "nl_NL"),
    "nl_BE": ("nl", "BE", "NL", "nl_BE"),
    "pt_PT": ("pt", "PT", "PT", "pt_PT"),
    "pt_BR": ("pt", "BR", "BR", "pt_BR"),
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
_EN = {
    k: getattr(lex_en, k)
    for k in ("GENRES", "TITLES", "BODY", "NEGS", "LOCAL", "LIST_HEADS", "LIST_LABELS", "ORGS", "EMAIL_ROLES")
}
LEX = {
    "en": _EN,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PT": "pt",
    "BR": "com.br",
}
IBAN_OF = {
    "GB": ("GB", "4a14n"),
    "IE": ("IE", "4a14n"),
    "DE": ("DE", "18n"),
    "AT": ("AT", "16n"),
    "CH": ("CH", "17n"),
    "FR": ("FR", "23n"),
    "BE": ("BE", "12n"),
    "ES": ("ES", "20n"),
    "IT": ("IT", "1a22n"),
    "NL": ("NL", "4a10n"),
    "PT": ("PT", "21n"),
}
FOREIGN = ["DE", "FR", "ES", "IT", "NL", "GB", "US", "CH", "AT", "BE", "PT", "IE", "AU", "IN", "BR"]
LAYOUTS = ["• {l}: {p}", "{p} ({l})", "{l} » {p}", "{l} — {p}", "- {p} – {l}"]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
NEEDS = {"B": "iban", "S": "ssn"}


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "kids"


class Ctx:
    """One document in the making."""

    def __init__(self, b, locale, lang, town=None, area=None):
        self.b = b
        self.rng = b.rng
        self.locale = locale
        self.lang = lang
        _, self.home, self.nat, self.faker = LOCALES[locale]
        if lang == "hi":
            self.faker = "hi_IN"
        self.town, self.area = town, area
        self.regions = sorted({self.home, self.nat, *LANG_HOME[lang]})
        self.org = self.rng.choice(LEX[lang]["ORGS"])
        self.parts = []
        self.spans = []
        self.values = []
        self.pos = 0

    def add(self, text, value=None):
        if value is not None:
            self.spans.append({"kind": value["kind"], "start": self.pos, "end": self.pos + len(text)})
            self.values.append(value)
        self.parts.append(text)
        self.pos += len(text)

    def text(self):
        return "".join(self.parts)

    # ---- values
    def phone(self, kind, mode, intl=False):
        rng = self.rng
        if intl:
            region = self.home if self.home != self.nat and rng.random() < 0.6 else rng.choice(FOREIGN)
            num = nb.draw(rng, region, kind)
            text = nb.write_international(rng, region, num)
            mode = "international" if mode != "list-entry" else mode
        else:
            region = self.nat
            num = nb.draw(rng, region, kind)
            text = nb.write_national(rng, region, num)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": None,
        }

    def local(self):
        num, sub = nb.draw_local(self.rng, self.b.local_region, self.area)
        text = nb.write_local(self.rng, self.b.local_region, sub)
        assert nb.e164(nb.put_back(text, self.b.local_region, self.area)) == nb.e164(num)
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": self.b.local_region,
            "e164": nb.e164(num),
            "area_len": len(self.area),
        }

    def email(self, personal):
        f = self.b.fakers["en_US"]
        if personal:
            user = slug(f.first_name()) + self.rng.choice([".", "_", ""]) + slug(f.last_name())
            if self.rng.random() < 0.3:
                user += str(self.rng.randint(2, 99))
            text = user + "@" + f.free_email_domain()
        else:
            text = (
                self.rng.choice(LEX[self.lang]["EMAIL_ROLES"]) + "@" + slug(self.org) + "." + TLD[self.home]
            )
        return text, {"kind": "EMAIL", "mode": "personal" if personal else "role", "text": text}

    def card(self):
        rng = self.rng
        pre, n = rng.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("34", 15), ("37", 15)])
        for _ in range(100):
            d = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
            if negs.luhn(d):
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        cuts = [4, 10, 15] if n == 15 else [4, 8, 12, 16]
        groups = [d[a:b] for a, b in zip([0] + cuts[:-1], cuts, strict=True)]
        text = {"spaced": " ".join(groups), "solid": d, "dashed": "-".join(groups)}[mode]
        return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self):
        rng = self.rng
        cc, fmt = IBAN_OF[self.home if self.home in IBAN_OF else self.nat]
        for _ in range(20000):
            bban = ""
            for part in re.findall(r"\d+[an]", fmt):
                k, t = int(part[:-1]), part[-1]
                bban += "".join(
                    rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a" else "0123456789") for _ in range(k)
                )
            num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
            full = cc + "%02d" % (98 - num % 97) + bban
            if std_iban.is_valid(full):
                break
        else:
            raise RuntimeError("no IBAN")
        mode = rng.choice(["print", "print", "electronic"])
        text = " ".join(full[i : i + 4] for i in range(0, len(full), 4)) if mode == "print" else full
        return text, {"kind": "IBAN", "mode": mode, "text": text}

    def ip(self, mode):
        rng = self.rng
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(rng.getrandbits(32))
                if a.is_global:
                    break
            elif mode == "v4-private":
                a = rng.choice(
                    [
                        ipaddress.IPv4Address("192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))),
                        ipaddress.IPv4Address(
                            "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
                        ),
                    ]
                )
                break
            else:
                a = ipaddress.IPv6Address((0x2A00 + rng.randint(0, 0x1FF)) << 112 | rng.getrandbits(112))
                if a.is_global:
                    break
        text = str(a)
        return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}

    def ssn(self):
        rng = self.rng
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        text = "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
        return text, {"kind": "US_SSN", "mode": mode, "text": text}

    # ---- templates
    def usable(self, tmpl):
        names = {m.group(1) for m in SLOT.finditer(tmpl)}
        if "B" in names and self.home not in IBAN_OF and self.nat not in IBAN_OF:
            return False
        if "B" in names and self.locale in ("en_US", "en_IN", "pt_BR", "en_AU"):
            return False
        if "S" in names and self.locale != "en_US":
            return False
        return True

    def fill(self, tmpl):
        last = 0
        for m in SLOT.finditer(tmpl):
            self.add(tmpl[last : m.start()])
            self.slot(m.group(1), m.group(2))
            last = m.end()
        self.add(tmpl[last:])

    def slot(self, name, arg):
        rng = self.rng
        fk = self.b.fakers[self.faker]
        if name == "N":
            self.add(self.b.drawer(arg, self.locale if self.lang == "en" else self.lang, self.regions))
        elif name == "NAME":
            self.add(fk.first_name() + " " + fk.last_name() if rng.random() < 0.6 else fk.first_name())
        elif name == "TOWN":
            self.add(self.town)
        elif name in ("L", "L2"):
            self.add(*self.local())
        elif name in ("P", "M"):
            kind = "mobile" if name == "M" or rng.random() < 0.4 else "fixed"
            self.add(*self.phone(kind, "national", intl=self.home != self.nat and rng.random() < 0.35))
        elif name == "I":
            self.add(*self.phone(rng.choice(["mobile", "fixed"]), "international", intl=True))
        elif name == "O":
            num = nb.draw(rng, self.nat, "other")
            text = nb.write_national(rng, self.nat, num)
            assert nb.parses_to(text, self.nat, num)
            self.add(
                text,
                {
                    "kind": "PHONE",
                    "mode": "other",
                    "text": text,
                    "region": self.nat,
                    "e164": nb.e164(num),
                    "area_len": None,
                },
            )
        elif name in ("E", "EP"):
            self.add(*self.email(name == "EP"))
        elif name == "C":
            self.add(*self.card())
        elif name == "B":
            self.add(*self.iban())
        elif name == "S":
            self.add(*self.ssn())
        elif name in ("IP4", "IPP", "IP6"):
            self.add(*self.ip({"IP4": "v4", "IPP": "v4-private", "IP6": "v6"}[name]))
        else:
            raise KeyError(name)

    def contact_list(self):
        lex = LEX[self.lang]
        rng = self.rng
        self.add("\n\n" + rng.choice(lex["LIST_HEADS"]) + "\n")
        layout = rng.choice(LAYOUTS)
        for label in rng.sample(lex["LIST_LABELS"], rng.randint(2, 4)):
            intl = self.home != self.nat and rng.random() < 0.5 or rng.random() < 0.15
            p, v = self.phone(rng.choice(["mobile", "fixed"]), "list-entry", intl=intl)
            left, right = layout.split("{p}")
            self.add(left.replace("{l}", label))
            self.add(p, v)
            self.add(right.replace("{l}", label) + "\n")


def blank(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "_"
    return "".join(chars)


def dirty_doc(text, spans, regions):
    b = blank(text, spans)
    return bool(negs.phone_hits(b, regions) or negs.guard_hits(b))


def phone_ok(v):
    num = pn.parse(v["e164"])
    return pn.is_valid_number(num) and pn.region_code_for_number(num) == v["region"]
