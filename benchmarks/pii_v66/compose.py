"""Fills sentence templates with labelled values and builds documents."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import lex_de_fr, lex_en, lex_more, negs
from . import numbers as N

# locale -> (language, own phone region, national region used for national/list/service numbers)
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
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
FAKER_LOC = {
    "en": "en_US",
    "hi": "hi_IN",
    "fr_BE": "fr_FR",
    "en_US": "en_US",
    "en_GB": "en_GB",
    "en_IN": "en_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
}
INTL_POOL = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
IBAN_CC = {
    "en_US": "GB",
    "en_GB": "GB",
    "en_IN": "GB",
    "en_AU": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "pt_PT": "PT",
}
# BBAN shapes: a = letter, n = digit
BBAN = {
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "FR": "n" * 23,
    "BE": "n" * 12,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "NL": "aaaa" + "n" * 10,
    "PT": "n" * 21,
    "BR": "n" * 23 + "a" + "n",
}
ROLES = ["returns", "service", "club", "collect", "hello", "orders", "shop", "members", "care"]
LEX = {
    "en": None,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_more.ES,
    "it": lex_more.IT,
    "nl": lex_more.NL,
    "pt": lex_more.PT,
    "hi": lex_more.HI,
}
SLOT_RE = re.compile(r"\{([A-Z0-9]+)(?::(\w+))?\}")


def lex(lang):
    if lang == "en":
        return {
            "titles": lex_en.TITLES,
            "pos": lex_en.POS,
            "neg": lex_en.NEG,
            "local": lex_en.LOCAL,
            "heads": lex_en.HEADS,
            "labels": lex_en.LABELS,
        }
    return LEX[lang]


def make_iban(rng, cc):
    for _ in range(100000):
        b = "".join(rng.choice("BCDHKLMNRSTW") if c == "a" else rng.choice("0123456789") for c in BBAN[cc])
        chk = 98 - _mod97(b + cc + "00")
        s = f"{cc}{chk:02d}{b}"
        if std_iban.is_valid(s):
            return s
    raise RuntimeError(cc)


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def luhn_digit(body):
    for d in "0123456789":
        if negs.luhn(body + d):
            return d
    raise AssertionError


class Filler:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fakers = {}
        self.seed = seed
        self.drawer = negs.Drawer(rng)

    def faker(self, lang):
        if lang not in self.fakers:
            f = Faker(FAKER_LOC[lang])
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[lang] = f
        return self.fakers[lang]

    # ---- values ---------------------------------------------------------------------------------
    def phone(self, region, kind, how, mode):
        num = N.draw(self.rng, region, kind)
        text = N.intl_form(self.rng, region, num) if how == "intl" else N.national_form(self.rng, region, num)
        assert N.check_form(text, region, N.e164(num)), (text, region)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": N.e164(num),
            "area_len": None,
        }

    def email(self, mode):
        f = self.faker("en")
        if mode == "role":
            t = f"{self.rng.choice(ROLES)}@{f.domain_name()}"
        else:
            user = f"{f.first_name().lower()}.{f.last_name().lower()}{self.rng.randint(1, 99)}"
            t = f"{user}@{f.free_email_domain()}"
        return t, {"kind": "EMAIL", "mode": mode, "text": t}

    def card(self):
        r = self.rng
        k = r.randrange(3)
        if k == 0:
            body = "4" + "".join(r.choice("0123456789") for _ in range(14))
        elif k == 1:
            body = str(r.randint(51, 55)) + "".join(r.choice("0123456789") for _ in range(13))
        else:
            body = r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(12))
        s = body + luhn_digit(body)
        mode = r.choice(["spaced", "solid", "dashed"])
        if len(s) == 15:
            g = [s[:4], s[4:10], s[10:]]
        else:
            g = [s[i : i + 4] for i in range(0, 16, 4)]
        t = {"spaced": " ".join(g), "solid": s, "dashed": "-".join(g)}[mode]
        return t, {"kind": "CREDIT_CARD", "mode": mode, "text": t}

    def iban(self, locale):
        s = make_iban(self.rng, IBAN_CC[locale])
        mode = self.rng.choice(["print", "print", "electronic"])
        t = " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s
        return t, {"kind": "IBAN", "mode": mode, "text": t}

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(
                    ".".join(
                        str(x)
                        for x in [r.randint(31, 217), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)]
                    )
                )
                ok = a.is_global
            elif mode == "v4-private":
                a = ipaddress.IPv4Address(
                    r.choice(
                        [
                            f"192.168.{r.randint(0, 99)}.{r.randint(2, 250)}",
                            f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
                            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
                        ]
                    )
                )
                ok = a.is_private
            else:
                g = [r.choice(["2a01", "2a02", "2001", "2603", "2c0f"])] + [
                    f"{r.randint(0, 65535):x}" for _ in range(7)
                ]
                if g[0] == "2001" and g[1] in ("db8", "0"):
                    continue
                a = ipaddress.IPv6Address(":".join(g))
                ok = a.is_global
            if ok:
                t = str(a)
                return t, {"kind": "IP_ADDRESS", "mode": mode, "text": t}

    def ssn(self):
        r = self.rng
        while True:
            a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
            if a != 666:
                break
        mode = r.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        t = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
        return t, {"kind": "US_SSN", "mode": mode, "text": t}

    # ---- templates ------------------------------------------------------------------------------
    def fill(self, tpl, ctx, parts, spans, values):
        """Append filled template to parts (list of str) with spans relative to the joined text."""
        locale, own, nat = ctx["locale"], ctx["own"], ctx["nat"]
        regions = ctx["regions"]
        pos = 0
        base = sum(len(p) for p in parts)
        out = []
        for m in SLOT_RE.finditer(tpl):
            out.append(tpl[pos : m.start()])
            pos = m.end()
            name, arg = m.group(1), m.group(2)
            val = None
            if name == "N":
                out.append(self.drawer.draw(arg, regions))
                continue
            if name == "TOWN":
                out.append(ctx["town"])
                continue
            if name == "L":
                num, sub = N.draw_local(self.rng, own, ctx["area"])
                t = N.local_form(self.rng, own, sub)
                assert N.e164(N.put_back(own, ctx["area"], t)) == N.e164(num)
                val = (
                    t,
                    {
                        "kind": "PHONE",
                        "mode": "local-announced",
                        "text": t,
                        "region": own,
                        "e164": N.e164(num),
                        "area_len": len(ctx["area"]),
                    },
                )
            elif name == "NAT":
                if own != nat and self.rng.random() < 0.5:
                    val = self.phone(own, self.rng.choice(["fixed", "mobile"]), "intl", "international")
                else:
                    val = self.phone(nat, self.rng.choice(["fixed", "fixed", "mobile"]), "nat", "national")
            elif name == "LST":
                val = self.phone(nat, self.rng.choice(["fixed", "fixed", "mobile"]), "nat", "list-entry")
            elif name == "MOB":
                val = self.phone(nat, "mobile", "nat", "national")
            elif name == "INTL":
                reg = own if own != nat else self.rng.choice([r for r in INTL_POOL if r != nat])
                val = self.phone(reg, self.rng.choice(["fixed", "mobile"]), "intl", "international")
            elif name == "FREE":
                kind = "uan" if nat == "GB" and self.rng.random() < 0.4 else "free"
                val = self.phone(nat, kind, "nat", "other")
            elif name == "EMR":
                val = self.email("role")
            elif name == "EMP":
                val = self.email("personal")
            elif name == "CC":
                val = self.card()
            elif name == "IBAN":
                val = self.iban(locale)
            elif name == "IP":
                val = self.ip()
            elif name == "SSN":
                val = self.ssn()
            else:
                raise KeyError(name)
            start = base + sum(len(x) for x in out)
            out.append(val[0])
            spans.append({"kind": val[1]["kind"], "start": start, "end": start + len(val[0])})
            values.append(val[1])
        out.append(tpl[pos:])
        parts.append("".join(out))

    def name(self, locale, lang):
        return self.faker("hi" if lang == "hi" else locale).name()


LAYOUTS = ["• {LB}: {P}", "{LB} — {P}", "{P} ({LB})", "☎ {P} – {LB}", "{LB}\t{P}"]
