"""Documents for v112: slot filling, value makers, local and list blocks."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import lex_de_fr_es_it as L1
from . import lex_en as EN
from . import lex_nl_pt_hi as L2
from . import negs
from . import numbers as N

# locale -> (language, home region, region for national/list/service numbers, regions for {intl})
LOCALES = {
    "en_US": ("en", "US", "US", ["GB", "FR", "IT"]),
    "en_GB": ("en", "GB", "GB", ["FR", "IE", "US"]),
    "en_IN": ("en", "IN", "IN", ["GB", "US"]),
    "en_AU": ("en", "AU", "GB", ["AU"]),
    "en_IE": ("en", "IE", "GB", ["IE"]),
    "de_DE": ("de", "DE", "DE", ["AT", "CH"]),
    "de_AT": ("de", "AT", "DE", ["AT"]),
    "de_CH": ("de", "CH", "DE", ["CH"]),
    "fr_FR": ("fr", "FR", "FR", ["CH", "BE"]),
    "fr_BE": ("fr", "BE", "FR", ["BE"]),
    "fr_CH": ("fr", "CH", "FR", ["CH"]),
    "es_ES": ("es", "ES", "ES", ["PT"]),
    "it_IT": ("it", "IT", "IT", ["CH"]),
    "nl_NL": ("nl", "NL", "NL", ["BE"]),
    "nl_BE": ("nl", "BE", "NL", ["BE"]),
    "pt_BR": ("pt", "BR", "BR", ["PT"]),
    "pt_PT": ("pt", "PT", "PT", ["BR"]),
    "hi": ("hi", "IN", "IN", ["GB", "US"]),
}
LANG_HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
LEX = {
    "en": {
        "TITLES": EN.TITLES,
        "BODY": EN.BODY,
        "PLAIN": EN.PLAIN,
        "LIST_HEADS": EN.LIST_HEADS,
        "LIST_LABELS": EN.LIST_LABELS,
    },
    "de": L1.DE,
    "fr": L1.FR,
    "es": L1.ES,
    "it": L1.IT,
    "nl": L2.NL,
    "pt": L2.PT,
    "hi": L2.HI,
}
FAKER_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
IBAN_SPEC = {
    "GB": ("GB", "NWBK", 14),
    "IE": ("IE", "AIBK", 14),
    "DE": ("DE", "", 18),
    "AT": ("AT", "", 16),
    "CH": ("CH", "", 17),
    "FR": ("FR", "", 23),
    "BE": ("BE", "", 12),
    "ES": ("ES", "", 20),
    "IT": ("IT", "X", 22),
    "NL": ("NL", "RABO", 10),
    "PT": ("PT", "", 21),
}
ROLES = ["atelier", "bookings", "orders", "alterations", "press", "stallholders", "bridal", "studio"]
SLOT_RE = re.compile(r"\{(\w+)\}")
PHONE_SLOTS = ("nat", "intl", "free")
LIST_LAYOUTS = [
    "- {label}: {phone}",
    "• {label} — {phone}",
    "{label}\t{phone}",
    "{phone} ({label})",
    "{label} » {phone}",
]


class Maker:
    """Draws values; keeps the Faker instances and the negative drawer."""

    def __init__(self, rng, seed):
        self.rng = rng
        self.fakers = {}
        for i, (lang, loc) in enumerate(sorted(FAKER_LOCALE.items())):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fakers[lang] = f
        self.mailer = Faker("en_US")
        self.mailer.seed_instance(seed + 99)
        self.drawer = negs.Drawer(rng)

    def name(self, lang):
        return self.fakers[lang].name()

    def phone(self, region, kind, intl, mode):
        if kind == "mobile" and "mobile" not in N.PREFIX[region]:
            kind = "fixed"
        num = N.draw(self.rng, region, kind)
        text = self.rng.choice(N.forms(num, kind, intl))
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": N.e164(num),
            "area_len": None,
        }

    def email(self):
        dom = self.mailer.domain_name()
        if self.rng.random() < 0.5:
            return {"kind": "EMAIL", "mode": "role", "text": f"{self.rng.choice(ROLES)}@{dom}"}
        user = f"{self.mailer.first_name()}.{self.mailer.last_name()}".lower()
        user = re.sub(r"[^a-z.]", "", user)
        return {"kind": "EMAIL", "mode": "personal", "text": f"{user}@{dom}"}

    def card(self):
        r = self.rng
        amex = r.random() < 0.2
        for _ in range(100):
            body = r.choice(["34", "37"]) if amex else r.choice(["4", "51", "52", "53", "54", "55"])
            length = 15 if amex else 16
            body += "".join(r.choice("0123456789") for _ in range(length - len(body) - 1))
            for d in "0123456789":
                if negs.luhn_ok(body + d):
                    digits = body + d
                    break
            mode = r.choice(["spaced", "solid", "dashed"])
            sizes = [4, 6, 5] if amex else [4, 4, 4, 4]
            if mode == "solid":
                return {"kind": "CREDIT_CARD", "mode": mode, "text": digits}
            return {
                "kind": "CREDIT_CARD",
                "mode": mode,
                "text": N.g(digits, sizes, " " if mode == "spaced" else "-"),
            }
        raise RuntimeError("card")

    def iban(self, region):
        cc, bank, n = IBAN_SPEC[region]
        for _ in range(5000):
            bban = bank + "".join(self.rng.choice("0123456789") for _ in range(n))
            if region == "IT":
                bban = self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + bban[1:]
            for ck in range(2, 99):
                cand = f"{cc}{ck:02d}{bban}"
                if std_iban.is_valid(cand):
                    break
            else:
                continue
            if self.rng.random() < 0.6:
                return {"kind": "IBAN", "mode": "print", "text": N.g(cand, [4] * 8)}
            return {"kind": "IBAN", "mode": "electronic", "text": cand}
        raise RuntimeError(f"iban {region}")

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(r.randint(0x0B000000, 0xDFFFFFFF))
                if a.is_global:
                    return {"kind": "IP_ADDRESS", "mode": mode, "text": str(a)}
            elif mode == "v4-private":
                net = r.choice(["192.168", "10", "172.16"])
                tail = ".".join(str(r.randint(0, 254)) for _ in range(4 - net.count(".") - 1))
                return {"kind": "IP_ADDRESS", "mode": mode, "text": f"{net}.{tail}"}
            else:
                words = [f"{r.randint(0x2001, 0x2A0F):x}"] + [f"{r.randint(1, 0xFFFF):x}" for _ in range(7)]
                return {
                    "kind": "IP_ADDRESS",
                    "mode": mode,
                    "text": str(ipaddress.IPv6Address(":".join(words))),
                }

    def ssn(self):
        r = self.rng
        while True:
            area = r.randint(1, 899)
            if area != 666:
                break
        digits = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        mode = r.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        return {"kind": "US_SSN", "mode": mode, "text": f"{digits[:3]}{sep}{digits[3:5]}{sep}{digits[5:]}"}


def screen_regions(locale):
    lang, home, nat, _ = LOCALES[locale]
    return sorted({home, nat, *LANG_HOME[lang]})


def fill(template, maker, locale, out, extra=None):
    """Fills a template; appends (start-relative value) pairs to out; returns the text."""
    lang, home, nat, intl_regs = LOCALES[locale]
    rng = maker.rng
    pieces, pos = [], 0
    for m in SLOT_RE.finditer(template):
        pieces.append(template[pos : m.start()])
        slot = m.group(1)
        val = None
        if extra and slot in extra:
            v = extra[slot]
            if isinstance(v, str):
                pieces.append(v)
                pos = m.end()
                continue
            val = v
        elif slot == "nat":
            val = maker.phone(nat, rng.choice(["fixed", "mobile"]), False, "national")
        elif slot == "intl":
            val = maker.phone(rng.choice(intl_regs), rng.choice(["fixed", "mobile"]), True, "international")
        elif slot == "free":
            val = maker.phone(nat, "free", False, "other")
        elif slot == "mail":
            val = maker.email()
        elif slot == "card":
            val = maker.card()
        elif slot == "iban":
            val = maker.iban(home if home in IBAN_SPEC else nat)
        elif slot == "ip":
            val = maker.ip()
        elif slot == "ssn":
            val = maker.ssn()
        elif slot == "name":
            pieces.append(maker.name(lang))
        elif slot == "neg":
            kind = rng.choice(sorted(negs.KINDS))
            pieces.append(maker.drawer.value(kind, lang, screen_regions(locale)))
        else:
            raise KeyError(slot)
        if val is not None:
            start = sum(len(p) for p in pieces)
            pieces.append(val["text"])
            out.append((start, val))
        pos = m.end()
    pieces.append(template[pos:])
    return "".join(pieces)


def usable(template, locale):
    if "{ssn}" in template and locale != "en_US":
        return False
    home = LOCALES[locale][1]
    if "{iban}" in template and home not in IBAN_SPEC and LOCALES[locale][2] not in IBAN_SPEC:
        return False
    if "{iban}" in template and home in ("US", "IN", "AU", "BR"):
        return False
    return True


def genres_for(lang):
    return sorted(LEX[lang]["TITLES"])
