"""Document composition for v72: fills sentence slots with labelled values and screened negatives."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as stdiban
from stdnum import luhn

from . import lex_de_fr, lex_en, lex_es_it_nl, lex_pt_hi, negs
from . import numbers as N

# locale -> (language, home region, region for national/list/service numbers, foreign regions for intl)
LOCALES = {
    "en_US": ("en", "US", "US", ["GB", "DE", "IE"]),
    "en_GB": ("en", "GB", "GB", ["US", "IE", "NL"]),
    "en_IN": ("en", "IN", "IN", ["GB", "US", "AU"]),
    "en_AU": ("en", "AU", "GB", None),
    "en_IE": ("en", "IE", "GB", None),
    "de_DE": ("de", "DE", "DE", ["AT", "CH", "NL"]),
    "de_AT": ("de", "AT", "DE", None),
    "de_CH": ("de", "CH", "DE", None),
    "fr_FR": ("fr", "FR", "FR", ["BE", "CH", "ES"]),
    "fr_BE": ("fr", "BE", "FR", None),
    "fr_CH": ("fr", "CH", "FR", None),
    "es_ES": ("es", "ES", "ES", ["FR", "PT", "IT"]),
    "it_IT": ("it", "IT", "IT", ["CH", "FR", "DE"]),
    "nl_NL": ("nl", "NL", "NL", ["BE", "DE", "GB"]),
    "nl_BE": ("nl", "BE", "NL", None),
    "pt_PT": ("pt", "PT", "PT", ["ES", "FR", "BR"]),
    "pt_BR": ("pt", "BR", "BR", ["PT", "US", "ES"]),
}
LANG_LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_PT", "pt_BR"],
    "hi": ["en_IN"],
}
FAKER_LOC = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
LOCAL_LANG = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "NL": "nl_NL", "BR": "pt_BR", "IN": "en_IN"}
IBAN_CC = {
    "US": None,
    "GB": "GB",
    "IN": None,
    "AU": None,
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
    "BR": "BR",
}
IBAN_LEN = {
    "GB": 22,
    "IE": 22,
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "FR": 27,
    "BE": 16,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "BR": 29,
}


def _lex(lang):
    if lang == "en":
        m = lex_en
        return {
            "HEADS": m.HEADS,
            "BODY": m.BODY,
            "CALL": m.CALL,
            "LOCAL": m.LOCAL,
            "LIST_HEADS": m.LIST_HEADS,
            "LABELS": m.LABELS,
            "CARD": m.CARD,
            "IBAN": m.IBAN,
            "IP": m.IP,
            "SSN": m.SSN,
        }
    return {
        "de": lex_de_fr.DE,
        "fr": lex_de_fr.FR,
        "es": lex_es_it_nl.ES,
        "it": lex_es_it_nl.IT,
        "nl": lex_es_it_nl.NL,
        "pt": lex_pt_hi.PT,
        "hi": lex_pt_hi.HI,
    }[lang]


LEX = {lang: _lex(lang) for lang in FAKER_LOC}
LIST_LAYOUTS = [
    "{label}: {list}",
    "{label} – {list}",
    "{list} ({label})",
    "{label}\t{list}",
    "• {label}, {list}",
]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.fakers = {}
        for i, (lang, loc) in enumerate(sorted(FAKER_LOC.items())):
            f = Faker(loc)
            f.seed_instance(10072 + i)
            self.fakers[lang] = f
        self.mail = Faker("en_US")
        self.mail.seed_instance(10072)
        self.drawer = negs.Drawer(rng)
        self.seen = set()

    # ---- values -------------------------------------------------------------------------------
    def phone(self, locale, slot):
        r = self.rng
        lang, home, nat, foreign = LOCALES[locale]
        if slot == "intl":
            reg = home if foreign is None else r.choice(foreign)
            kind = r.choice(["fix", "mob"])
            num = N.draw(r, reg, kind)
            return N.write_intl(r, reg, num, kind), "international", reg, num
        if slot == "oth":
            num = N.draw(r, nat, "free")
            return N.write_national(r, nat, num, "free"), "other", nat, num
        kind = "mob" if slot == "mob" else ("fix" if slot == "nat" else r.choice(["fix", "mob"]))
        if foreign is None and slot == "list" and r.random() < 0.5:
            num = N.draw(r, home, kind)
            return N.write_intl(r, home, num, kind), "list-entry", home, num
        num = N.draw(r, nat, kind)
        mode = "list-entry" if slot == "list" else "national"
        return N.write_national(r, nat, num, kind), mode, nat, num

    def email(self, lang):
        r = self.rng
        dom = self.mail.domain_name()
        if r.random() < 0.55:
            user = r.choice(
                [
                    "control",
                    "alarms",
                    "service",
                    "facilities",
                    "keyholding",
                    "cctv",
                    "cleaning",
                    "security",
                    "helpdesk",
                    "dispatch",
                ]
            )
            return f"{user}@{dom}", "role"
        first = self.mail.first_name().lower()
        last = self.mail.last_name().lower()
        user = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last[:3]}"])
        return f"{user}@{dom}", "personal"

    def card(self):
        r = self.rng
        while True:
            pre, n = r.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15)])
            body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
            num = body + luhn.calc_check_digit(body)
            mode = r.choice(["spaced", "solid", "dashed"])
            if mode == "solid":
                return num, mode
            sep = " " if mode == "spaced" else "-"
            g = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
            return sep.join(g), mode

    def iban(self, cc):
        r = self.rng
        for _ in range(20000):
            bban = "".join(r.choice("0123456789") for _ in range(IBAN_LEN[cc] - 4))
            if cc == "GB":
                bban = r.choice(["NWBK", "BARC", "LOYD"]) + bban[4:]
            if cc == "NL":
                bban = r.choice(["ABNA", "RABO", "INGB"]) + bban[4:]
            if cc == "IE":
                bban = r.choice(["AIBK", "BOFI"]) + bban[4:]
            if cc == "IT":
                bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + bban[1:]
            if cc == "BR":
                bban = bban[:-2] + "C1"
            moved = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
            check = 98 - int(moved) % 97
            val = f"{cc}{check:02d}{bban}"
            if stdiban.is_valid(val):
                if r.random() < 0.6:
                    return " ".join(val[i : i + 4] for i in range(0, len(val), 4)), "print"
                return val, "electronic"
        raise RuntimeError(cc)

    def ip(self, slot):
        r = self.rng
        if slot == "ipp":
            v = r.choice(
                [
                    f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
                    f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                    f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                ]
            )
            return v, "v4-private"
        if slot == "ip6":
            parts = [r.choice(["2a01", "2a02", "2001", "2604", "2a00"])] + [
                f"{r.randrange(1, 65536):x}" for _ in range(3)
            ]
            return ":".join(parts) + "::" + f"{r.randrange(1, 65536):x}", "v6"
        while True:
            v = ".".join(str(r.randrange(1, 255)) for _ in range(4))
            if ipaddress.ip_address(v).is_global:
                return v, "v4"

    def ssn(self):
        r = self.rng
        while True:
            a = r.randrange(1, 900)
            if a != 666:
                break
        g, s = r.randrange(1, 100), r.randrange(1, 10000)
        mode = r.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode

    # ---- rendering ----------------------------------------------------------------------------
    def render(self, tpl, ctx, out):
        """Append tpl to out (dict with text, spans, values), filling slots."""
        pos = 0
        for m in SLOT.finditer(tpl):
            out["text"] += tpl[pos : m.start()]
            pos = m.end()
            name, arg = m.group(1), m.group(2)
            val = None
            if name == "n":
                out["text"] += self.drawer.draw(arg, ctx["regions"])
                continue
            if name == "name":
                out["text"] += self.fakers[ctx["lang"]].name()
                continue
            if name == "town":
                out["text"] += ctx["town"]
                continue
            if name in ("nat", "mob", "intl", "oth", "list"):
                text, mode, reg, num = self.phone(ctx["locale"], name)
                val = {
                    "kind": "PHONE",
                    "mode": mode,
                    "text": text,
                    "region": reg,
                    "e164": N.e164(num),
                    "area_len": None,
                }
            elif name in ("loc", "loc2"):
                reg, area = ctx["local_region"], ctx["area"]
                num, sub = N.draw_local(self.rng, reg, area)
                text = N.write_local(self.rng, reg, sub)
                val = {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text,
                    "region": reg,
                    "e164": N.e164(num),
                    "area_len": len(area),
                }
            elif name == "email":
                text, mode = self.email(ctx["lang"])
                val = {"kind": "EMAIL", "mode": mode, "text": text}
            elif name == "card":
                text, mode = self.card()
                val = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
            elif name == "iban":
                text, mode = self.iban(ctx["iban_cc"])
                val = {"kind": "IBAN", "mode": mode, "text": text}
            elif name in ("ip", "ipp", "ip6"):
                text, mode = self.ip(name)
                val = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
            elif name == "ssn":
                text, mode = self.ssn()
                val = {"kind": "US_SSN", "mode": mode, "text": text}
            else:
                raise KeyError(name)
            start = len(out["text"])
            out["text"] += val["text"]
            out["spans"].append({"kind": val["kind"], "start": start, "end": len(out["text"])})
            out["values"].append(val)
        out["text"] += tpl[pos:]
