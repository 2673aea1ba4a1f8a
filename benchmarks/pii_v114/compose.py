"""Composition of v114 documents: sentences from the lexicons, slots filled with drawn values, spans kept."""

import ipaddress
import re
import unicodedata

from faker import Faker
from stdnum import iban as std_iban

from . import lex_de_fr, lex_en, lex_more, negs
from . import numbers as nb

# locale -> (language, home region, region for national / list / service numbers, Faker locale)
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
    "pt_BR": ("pt", "BR", "BR", "pt_BR"),
    "pt_PT": ("pt", "PT", "PT", "pt_PT"),
    "hi": ("hi", "IN", "IN", "hi_IN"),
}
LANG_HOME = {
    "en": ("US", "GB"),
    "de": ("DE",),
    "fr": ("FR",),
    "es": ("ES",),
    "it": ("IT",),
    "nl": ("NL",),
    "pt": ("BR", "PT"),
    "hi": ("IN",),
}
LEX = {
    "en": (lex_en.GENRES, lex_en.HEADS, lex_en.LABELS, lex_en.NEUTRAL),
    "de": (lex_de_fr.DE, lex_de_fr.DE_HEADS, lex_de_fr.DE_LABELS, lex_de_fr.DE_NEUTRAL),
    "fr": (lex_de_fr.FR, lex_de_fr.FR_HEADS, lex_de_fr.FR_LABELS, lex_de_fr.FR_NEUTRAL),
    "es": (lex_more.ES, lex_more.ES_HEADS, lex_more.ES_LABELS, lex_more.ES_NEUTRAL),
    "it": (lex_more.IT, lex_more.IT_HEADS, lex_more.IT_LABELS, lex_more.IT_NEUTRAL),
    "nl": (lex_more.NL, lex_more.NL_HEADS, lex_more.NL_LABELS, lex_more.NL_NEUTRAL),
    "pt": (lex_more.PT, lex_more.PT_HEADS, lex_more.PT_LABELS, lex_more.PT_NEUTRAL),
    "hi": (lex_more.HI, lex_more.HI_HEADS, lex_more.HI_LABELS, lex_more.HI_NEUTRAL),
}
LOCAL_PHRASES = {
    ("US", "en"): lex_en.LOCAL["US"],
    ("GB", "en"): lex_en.LOCAL["GB"],
    ("IN", "en"): lex_en.LOCAL["IN"],
    ("DE", "de"): lex_de_fr.DE_LOCAL,
    ("NL", "nl"): lex_more.NL_LOCAL,
    ("BR", "pt"): lex_more.PT_LOCAL,
    ("IN", "hi"): lex_more.HI_LOCAL,
}
# list-entry layouts, new in v114
LAYOUTS = [
    lambda lab, p: f"{lab}: {p}",
    lambda lab, p: f"{p} ({lab})",
    lambda lab, p: f"{lab} – {p}",
    lambda lab, p: f"{lab}\t{p}",
    lambda lab, p: f"• {lab}, {p}",
    lambda lab, p: f"{lab} / {p}",
]
FOREIGN = ["GB", "DE", "FR", "NL", "IT", "ES", "BE", "CH", "AT", "US", "IE", "PT"]
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
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
ROLES = {
    "en": ["info", "bids", "accounts", "valuations", "enquiries", "shop"],
    "de": ["info", "gebote", "buchhaltung", "kontakt"],
    "fr": ["contact", "ordres", "expertise"],
    "es": ["info", "pujas", "tasaciones"],
    "it": ["info", "offerte", "perizie"],
    "nl": ["info", "biedingen", "taxatie"],
    "pt": ["contato", "lances", "avaliacao"],
    "hi": ["info", "bids", "sales"],
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
    "BR": "com.br",
    "PT": "pt",
}
SHOPWORD = {
    "en": ["antiques", "auctions", "fineart", "collectables"],
    "de": ["antik", "auktionen", "kunsthandel"],
    "fr": ["antiquites", "encheres"],
    "es": ["antiguedades", "subastas"],
    "it": ["antichita", "aste"],
    "nl": ["antiek", "veilingen"],
    "pt": ["antiguidades", "leiloes"],
    "hi": ["antiques", "heritage"],
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-"))


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed
        self.doc_redraws = 0

    def faker(self, loc):
        if loc not in self.fakers:
            try:
                f = Faker(loc)
            except AttributeError:
                f = Faker(loc.split("_")[0])
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc]

    # ---- values
    def phone(self, loc, mode):
        rng = self.rng
        lang, home, nat, _ = LOCALES[loc]
        if mode == "international":
            region = (
                home if (home != nat or rng.random() < 0.5) else rng.choice([r for r in FOREIGN if r != home])
            )
            kind = rng.choice(("fixed", "mobile"))
        elif mode == "other":
            region, kind = nat, "free"
        else:
            region, kind = nat, rng.choice(("fixed", "fixed", "mobile"))
        num, nsn = nb.draw(rng, region, kind)
        text = nb.write(rng, region, num, nsn, "national" if mode == "list-entry" else mode, kind)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": None,
        }

    def email(self, loc, role):
        rng = self.rng
        lang, home, _, floc = LOCALES[loc]
        sur = ascii_fold(self.faker(floc if lang != "hi" else "en_IN").last_name().lower()) or "mehta"
        domain = f"{sur}-{rng.choice(SHOPWORD[lang])}.{TLD[home]}"
        if role:
            user = rng.choice(ROLES[lang])
        else:
            first = ascii_fold(self.faker(floc if lang != "hi" else "en_IN").first_name().lower()) or "asha"
            user = rng.choice((f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}{rng.randrange(1, 99)}"))
        text = f"{user}@{domain}"
        return text, {"kind": "EMAIL", "mode": "role" if role else "personal", "text": text}

    def card(self):
        rng = self.rng
        brand = rng.choice(("visa", "mc", "amex"))
        pre, length = {
            "visa": ("4", 16),
            "mc": (rng.choice(("51", "53", "55", "2221", "2720")), 16),
            "amex": (rng.choice(("34", "37")), 15),
        }[brand]
        body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
        digits = next(body + d for d in "0123456789" if negs.luhn_ok(body + d))
        mode = rng.choice(("spaced", "solid", "dashed"))
        groups = (
            [digits[:4], digits[4:10], digits[10:]]
            if length == 15
            else [digits[i : i + 4] for i in range(0, 16, 4)]
        )
        text = {"spaced": " ".join(groups), "solid": digits, "dashed": "-".join(groups)}[mode]
        return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self, cc):
        rng = self.rng
        for _ in range(100000):
            bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LEN[cc] - 4))
            if cc in ("GB", "IE"):
                bban = rng.choice(("NWBK", "BARC", "LOYD", "MIDL", "AIBK", "BOFI")) + bban[4:]
            if cc == "NL":
                bban = rng.choice(("ABNA", "INGB", "RABO", "TRIO", "SNSB")) + bban[4:]
            if cc == "IT":
                bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + bban[1:]
            if cc == "BR":
                bban = bban[:-2] + rng.choice("CP") + "1"
            num = std_iban.calc_check_digits(cc + "00" + bban)
            cand = cc + num + bban
            if std_iban.is_valid(cand):
                mode = rng.choice(("print", "electronic"))
                text = std_iban.format(cand) if mode == "print" else cand
                return text, {"kind": "IBAN", "mode": mode, "text": text}
        raise RuntimeError(cc)

    def ip(self):
        rng = self.rng
        mode = rng.choice(("v4", "v4-private", "v6"))
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(rng.getrandbits(32))
                ok = a.is_global and not a.is_multicast
            elif mode == "v4-private":
                a = ipaddress.IPv4Address(
                    rng.choice(
                        (
                            f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                            f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                        )
                    )
                )
                ok = a.is_private
            else:
                a = ipaddress.IPv6Address((0x2A02 << 112) | rng.getrandbits(100) << 12 | rng.getrandbits(12))
                ok = a.is_global
            if ok:
                return str(a), {"kind": "IP_ADDRESS", "mode": mode, "text": str(a)}

    def ssn(self):
        rng = self.rng
        while True:
            area = rng.randrange(1, 900)
            if area != 666:
                break
        g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
        mode = rng.choice(("spaced", "dashed"))
        sep = " " if mode == "spaced" else "-"
        text = f"{area:03d}{sep}{g:02d}{sep}{s:04d}"
        return text, {"kind": "US_SSN", "mode": mode, "text": text}

    def local(self, region, area):
        num, sub = nb.draw_local(self.rng, region, area)
        text = self.rng.choice(nb.LOCAL[region])(sub)
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": len(area),
        }

    # ---- sentences
    def can_fill(self, sent, loc):
        lang, home, nat, _ = LOCALES[loc]
        if "{S}" in sent and loc != "en_US":
            return False
        if "{B}" in sent and not (home in IBAN_LEN or nat in IBAN_LEN):
            return False
        return True

    def fill(self, sent, loc, segs, vals, ctx):
        lang, home, nat, floc = LOCALES[loc]
        regions = ctx["regions"]
        pos = 0
        for m in SLOT.finditer(sent):
            segs.append((sent[pos : m.start()], None))
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            value = None
            if key == "x":
                segs.append((self.drawer.value(arg, lang, regions), None))
                continue
            if key == "N":
                segs.append((self.faker(floc).name(), None))
                continue
            if key == "T":
                segs.append((ctx["town"], None))
                continue
            if key == "P":
                value = self.phone(loc, "national" if home == nat else "international")
            elif key == "I":
                value = self.phone(loc, "international")
            elif key == "F":
                value = self.phone(loc, "other")
            elif key in ("E", "R"):
                value = self.email(loc, key == "R")
            elif key == "C":
                value = self.card()
            elif key == "B":
                value = self.iban(home if home in IBAN_LEN else nat)
            elif key == "IP":
                value = self.ip()
            elif key == "S":
                value = self.ssn()
            elif key in ("L", "L2"):
                value = self.local(ctx["local_region"], ctx["area"])
            segs.append((value[0], value[1]["kind"]))
            vals.append(value[1])
        segs.append((sent[pos:], None))

    def pick(self, pool, loc, k):
        ok = [s for s in pool if self.can_fill(s, loc)]
        return self.rng.sample(ok, min(k, len(ok)))


def assemble(segs):
    text, spans, pos = [], [], 0
    for s, kind in segs:
        if kind:
            spans.append({"kind": kind, "start": pos, "end": pos + len(s)})
        text.append(s)
        pos += len(s)
    return "".join(text), spans


def blank(text, spans):
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = " "
    return "".join(chars)
