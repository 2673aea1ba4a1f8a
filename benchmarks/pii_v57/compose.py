"""Value makers and the template renderer for v57."""

import ipaddress
import re
import unicodedata

from faker import Faker
from stdnum import iban as std_iban

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs
from . import numbers as nb

# locale -> (language, own region, region for national/list/service numbers, IBAN country or None)
LOCALES = {
    "en_US": ("en", "US", "US", None),
    "en_GB": ("en", "GB", "GB", "GB"),
    "en_IN": ("en", "IN", "IN", None),
    "en_AU": ("en", "AU", "GB", None),
    "en_IE": ("en", "IE", "GB", "IE"),
    "de_DE": ("de", "DE", "DE", "DE"),
    "de_AT": ("de", "AT", "DE", "AT"),
    "de_CH": ("de", "CH", "DE", "CH"),
    "fr_FR": ("fr", "FR", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR", "BE"),
    "fr_CH": ("fr", "CH", "FR", "CH"),
    "es_ES": ("es", "ES", "ES", "ES"),
    "it_IT": ("it", "IT", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", "BE"),
    "pt_BR": ("pt", "BR", "BR", None),
    "pt_PT": ("pt", "PT", "PT", "PT"),
}
LANG_REGIONS = {
    "en": ["US"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR"],
    "hi": ["IN"],
}
INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
FAKER_LOCALE = {"en_IE": "en_IE", "fr_BE": "fr_FR", "nl_BE": "nl_BE", "de_CH": "de_CH", "fr_CH": "fr_CH"}
TLD = {
    "en_US": "gov",
    "en_GB": "gov.uk",
    "en_IN": "gov.in",
    "en_AU": "gov.au",
    "en_IE": "ie",
    "de_DE": "de",
    "de_AT": "gv.at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "fr_CH": "ch",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_BR": "gov.br",
    "pt_PT": "pt",
}
CURRENCY = {"en_US": "$", "en_IN": "₹", "en_AU": "A$", "en_IE": "€"}
ROLES = [
    "elections",
    "libraries",
    "waste",
    "planning",
    "clerk",
    "parking",
    "wahlamt",
    "buergerbuero",
    "mairie",
    "ayuntamiento",
    "protocollo",
    "burgerzaken",
    "ouvidoria",
    "nagarnigam",
]
IBAN_BBAN = {
    "GB": ("L4", 14),
    "IE": ("L4", 14),
    "DE": ("", 18),
    "AT": ("", 16),
    "CH": ("", 17),
    "FR": ("", 23),
    "BE": ("", 12),
    "ES": ("", 20),
    "IT": ("L1", 22),
    "NL": ("L4", 10),
    "PT": ("", 21),
}
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]


def lexicon(lang):
    if lang == "en":
        return {
            "titles": lex_en.TITLES,
            "sent": lex_en.SENT,
            "local": lex_en.LOCAL,
            "local_in": lex_en.LOCAL_IN,
            "heads": lex_en.LIST_HEADS,
            "labels": lex_en.LABELS,
        }
    return {
        "de": lex_de_fr.DE,
        "fr": lex_de_fr.FR,
        "es": lex_es_it.ES,
        "it": lex_es_it.IT,
        "nl": lex_nl_pt_hi.NL,
        "pt": lex_nl_pt_hi.PT,
        "hi": lex_nl_pt_hi.HI,
    }[lang]


SLOT = re.compile(r"\{([A-Z0-9]+)(?::(\w+))?\}")
PII_SLOTS = {"P", "M", "I", "O", "E", "IP", "CARD", "IBAN", "SSN"}


def slots(template):
    return {m.group(1) for m in SLOT.finditer(template)}


def usable(template, locale):
    s = slots(template)
    _, own, _, iban_cc = LOCALES[locale]
    if "IBAN" in s and iban_cc is None:
        return False
    if ("SSN" in s or "{N:zip4}" in template) and locale != "en_US":
        return False
    return True


def _ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


class Maker:
    def __init__(self, rng, drawer):
        self.rng = rng
        self.drawer = drawer
        self.fakers = {}
        self.mail = Faker("en_US")
        self.mail.seed_instance(rng.randrange(10**9))

    def faker(self, locale, hindi):
        key = "hi_IN" if hindi else FAKER_LOCALE.get(locale, locale)
        if key not in self.fakers:
            f = Faker(key)
            f.seed_instance(self.rng.randrange(10**9))
            self.fakers[key] = f
        return self.fakers[key]

    def phone(self, locale, slot):
        rng = self.rng
        _, own, home, _ = LOCALES[locale]
        if slot == "O":
            nsn = nb.other(rng, home)
            return nb.other_form(rng, home, nsn), {
                "mode": "other",
                "region": home,
                "e164": nb.e164(home, nsn),
            }
        if slot == "I" or (own in INTL_ONLY and rng.random() < 0.5):
            region = (
                own
                if (own in INTL_ONLY or rng.random() < 0.5)
                else rng.choice(
                    ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
                )
            )
            nsn = nb.mobile(rng, region) if rng.random() < 0.4 else nb.fixed(rng, region)[0]
            return nb.international(rng, region, nsn), {
                "mode": "international",
                "region": region,
                "e164": nb.e164(region, nsn),
            }
        if slot == "M" and home != "US":
            nsn = nb.mobile(rng, home)
        else:
            nsn = nb.fixed(rng, home)[0]
        return nb.national(rng, home, nsn), {"mode": "national", "region": home, "e164": nb.e164(home, nsn)}

    def list_phone(self, locale):
        text, meta = self.phone(locale, "P" if self.rng.random() < 0.7 else "M")
        meta["mode"] = "list-entry"
        return text, meta

    def email(self, locale, hindi):
        dom = f"{self.mail.domain_word()}.{TLD[locale]}"
        if self.rng.random() < 0.55:
            return f"{self.rng.choice(ROLES)}@{dom}", "role"
        f = self.faker(locale, False)
        user = f"{_ascii(f.first_name())}.{_ascii(f.last_name())}"
        user = re.sub(r"[^a-z.]", "", user).strip(".") or "office"
        return f"{user}@{dom}", "personal"

    def ip(self):
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            while True:
                a = ipaddress.IPv4Address(rng.randrange(2**32))
                if a.is_global and not a.is_multicast:
                    return str(a), "v4"
        if r < 0.7:
            return rng.choice(
                [
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                ]
            ), "v4-private"
        pre = rng.choice([0x2A01, 0x2A02, 0x2001, 0x2003, 0x2604, 0x2800])
        a = ipaddress.IPv6Address((pre << 112) | rng.randrange(2**112))
        return str(a), "v6"

    def card(self):
        rng = self.rng
        body = rng.choice(["4", "5" + str(rng.randrange(1, 6))])
        body += "".join(str(rng.randrange(10)) for _ in range(15 - len(body)))
        for c in "0123456789":
            if negs._luhn(body + c):
                num = body + c
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        g = [num[i : i + 4] for i in range(0, 16, 4)]
        return {"spaced": " ".join(g), "solid": num, "dashed": "-".join(g)}[mode], mode

    def iban(self, cc):
        rng = self.rng
        kind, n = IBAN_BBAN[cc]
        for _ in range(20000):
            if kind == "L4":
                head = (
                    rng.choice(NL_BANKS)
                    if cc == "NL"
                    else rng.choice(["NWBK", "BARC", "LOYD", "AIBK", "BOFI"])
                )
            elif kind == "L1":
                head = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
            else:
                head = ""
            bban = head + "".join(str(rng.randrange(10)) for _ in range(n))
            if cc in ("GB", "IE"):
                bban = head + "".join(str(rng.randrange(10)) for _ in range(n))
            raw = bban + cc + "00"
            num = "".join(str(int(ch, 36)) for ch in raw)
            check = 98 - int(num) % 97
            full = f"{cc}{check:02d}{bban}"
            if std_iban.is_valid(full):
                if rng.random() < 0.6:
                    return " ".join(full[i : i + 4] for i in range(0, len(full), 4)), "print"
                return full, "electronic"
        raise RuntimeError(cc)

    def ssn(self):
        rng = self.rng
        while True:
            a = rng.randrange(1, 900)
            if a != 666:
                break
        g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
        if rng.random() < 0.5:
            return f"{a:03d}-{g:02d}-{s:04d}", "dashed"
        return f"{a:03d} {g:02d} {s:04d}", "spaced"


def render(template, locale, maker, hindi, regions, out, locals_=None, town=""):
    """Append the rendered template to out (a list of pieces: str or (str, value dict)); return nothing."""
    template = template.replace("£", CURRENCY.get(locale, "£"))
    pos = 0
    for m in SLOT.finditer(template):
        out.append(template[pos : m.start()])
        pos = m.end()
        name, arg = m.group(1), m.group(2)
        if name == "N":
            out.append(maker.drawer.draw(arg, regions))
        elif name == "NAME":
            out.append(maker.faker(locale, hindi).name())
        elif name == "T":
            out.append(town)
        elif name in ("L1", "L2"):
            text, meta = locals_[name]
            out.append((text, dict(kind="PHONE", text=text, **meta)))
        elif name in ("P", "M", "I", "O"):
            text, meta = maker.phone(locale, name)
            out.append((text, dict(kind="PHONE", text=text, area_len=None, **meta)))
        elif name == "E":
            text, mode = maker.email(locale, hindi)
            out.append((text, {"kind": "EMAIL", "mode": mode, "text": text}))
        elif name == "IP":
            text, mode = maker.ip()
            out.append((text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}))
        elif name == "CARD":
            text, mode = maker.card()
            out.append((text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}))
        elif name == "IBAN":
            text, mode = maker.iban(LOCALES[locale][3])
            out.append((text, {"kind": "IBAN", "mode": mode, "text": text}))
        elif name == "SSN":
            text, mode = maker.ssn()
            out.append((text, {"kind": "US_SSN", "mode": mode, "text": text}))
        else:
            raise KeyError(name)
    out.append(template[pos:])


def assemble(pieces):
    text, spans, values = "", [], []
    for p in pieces:
        if isinstance(p, tuple):
            s, meta = p
            spans.append({"kind": meta["kind"], "start": len(text), "end": len(text) + len(s)})
            v = {"kind": meta["kind"], "mode": meta["mode"], "text": s}
            if meta["kind"] == "PHONE":
                v.update(region=meta["region"], e164=meta["e164"], area_len=meta.get("area_len"))
            values.append(v)
            text += s
        else:
            text += p
    return text, spans, values
