"""Document composition for v58: fills the slots of lex_* sentences and records spans and values."""

import ipaddress
import re

import phonenumbers as pn
from faker import Faker
from stdnum import iban as std_iban

from . import lex_en, lex_eu, lex_eu2, negs
from . import numbers as nb

# locale -> (language, own region, region for national/list/service numbers)
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
HOME = {
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
    "en": lex_en.EN,
    "hi": lex_en.HI,
    "de": lex_eu.DE,
    "fr": lex_eu.FR,
    "es": lex_eu.ES,
    "it": lex_eu2.IT,
    "nl": lex_eu2.NL,
    "pt": lex_eu2.PT,
}
LOCAL_TXT = {
    "en": lex_en.LOCAL_EN,
    "hi": lex_en.LOCAL_HI,
    "de": lex_eu.LOCAL_DE,
    "nl": lex_eu2.LOCAL_NL,
    "pt": lex_eu2.LOCAL_PT,
}
HEADS = {
    "en": (lex_en.LIST_HEADS_EN, lex_en.LABELS_EN),
    "hi": (lex_en.LIST_HEADS_HI, lex_en.LABELS_HI),
    "de": (lex_eu.LIST_HEADS_DE, lex_eu.LABELS_DE),
    "fr": (lex_eu.LIST_HEADS_FR, lex_eu.LABELS_FR),
    "es": (lex_eu.LIST_HEADS_ES, lex_eu.LABELS_ES),
    "it": (lex_eu2.LIST_HEADS_IT, lex_eu2.LABELS_IT),
    "nl": (lex_eu2.LIST_HEADS_NL, lex_eu2.LABELS_NL),
    "pt": (lex_eu2.LIST_HEADS_PT, lex_eu2.LABELS_PT),
}
LIST_LAYOUTS = ["- {lab}: {ph}", "{lab}\t{ph}", "{ph} ({lab})", "{lab} – {ph}", "• {lab} / {ph}"]
ROLES = {
    "en": ["workshop", "orders", "accounts", "quality", "stores"],
    "de": ["werkstatt", "einkauf", "buchhaltung"],
    "fr": ["atelier", "achats", "compta"],
    "es": ["taller", "compras", "pedidos"],
    "it": ["officina", "acquisti"],
    "nl": ["werkplaats", "inkoop", "planning"],
    "pt": ["oficina", "compras", "financeiro"],
    "hi": ["workshop", "purchase", "quality"],
}
FOREIGN = ["DE", "IT", "NL", "ES", "FR", "GB", "US", "BR", "PT", "CH", "AT"]
IBAN_C = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
}
BBAN = {
    "GB": "AAAA" + "9" * 14,
    "IE": "AAAA" + "9" * 14,
    "DE": "9" * 18,
    "AT": "9" * 16,
    "FR": "9" * 23,
    "BE": "9" * 12,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "NL": "AAAA" + "9" * 10,
    "PT": "9" * 21,
}
FAKER_LOC = {
    "en_US": "en_US",
    "en_GB": "en_GB",
    "en_IN": "en_IN",
    "en_AU": "en_AU",
    "en_IE": "en_IE",
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "fr_BE": "fr_FR",
    "fr_CH": "fr_CH",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_BR": "pt_BR",
    "pt_PT": "pt_PT",
    "hi": "hi_IN",
}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fakers = {}
        for i, (k, loc) in enumerate(sorted(FAKER_LOC.items())):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fakers[k] = f
        self.fen = Faker("en_US")
        self.fen.seed_instance(seed + 99)
        self.drawer = negs.Drawer(rng)

    # ---- values ----------------------------------------------------------------------------
    def phone(self, region, kind, mode):
        num, n, a = nb.draw(self.rng, region, kind)
        if mode == "international":
            text = nb.international(self.rng, region, n, a, kind)
        elif mode == "other":
            text = nb.other(self.rng, region, n)
        else:
            text = nb.national(self.rng, region, n, a, kind)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": None,
        }

    def card(self):
        r = self.rng
        body = r.choice(["4", "51", "52", "53", "55"])
        body += "".join(r.choice("0123456789") for _ in range(15 - len(body)))
        for d in "0123456789":
            if negs.luhn(body + d):
                num = body + d
                break
        mode = r.choice(["spaced", "solid", "dashed"])
        sep = {"spaced": " ", "solid": "", "dashed": "-"}[mode]
        text = sep.join(num[i : i + 4] for i in range(0, 16, 4))
        return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self, lang):
        r = self.rng
        c = r.choice(IBAN_C[lang])
        for _ in range(20000):
            bban = "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if ch == "A" else r.choice("0123456789")
                for ch in BBAN[c]
            )
            chk = 98 - int("".join(str(int(x, 36)) for x in bban + c + "00")) % 97
            s = "%s%02d%s" % (c, chk, bban)
            if std_iban.is_valid(s):
                break
        mode = r.choice(["print", "electronic"])
        text = " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s
        return text, {"kind": "IBAN", "mode": mode, "text": text}

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v4-private", "v6"])
        while True:
            if mode == "v4-private":
                a = r.choice(
                    [
                        "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 250)),
                        "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
                        "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 250)),
                    ]
                )
            elif mode == "v4":
                a = ".".join(str(r.randint(1, 223)) for _ in range(1)) + "".join(
                    ".%d" % r.randint(0, 255) for _ in range(3)
                )
            else:
                a = str(
                    ipaddress.IPv6Address(
                        (r.choice([0x2A01, 0x2A02, 0x2001, 0x2600, 0x2804]) << 112) | r.getrandbits(100)
                    )
                )
            ok = ipaddress.ip_address(a)
            if mode == "v4-private" or ok.is_global:
                return a, {"kind": "IP_ADDRESS", "mode": mode, "text": a}

    def ssn(self):
        r = self.rng
        while True:
            area = r.randint(1, 899)
            if area != 666:
                break
        mode = r.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        text = "%03d%s%02d%s%04d" % (area, sep, r.randint(1, 99), sep, r.randint(1, 9999))
        return text, {"kind": "US_SSN", "mode": mode, "text": text}

    def email(self, lang, personal):
        dom = self.fen.domain_name()
        if personal:
            user = self.fen.first_name().lower() + r_sep(self.rng) + self.fen.last_name().lower()
            return "%s@%s" % (user, dom), "personal"
        return "%s@%s" % (self.rng.choice(ROLES[lang]), dom), "role"

    # ---- documents -------------------------------------------------------------------------
    def fill(self, tmpl, ctx, parts):
        """Append the filled template to parts: list of (text, value-or-None)."""
        pos = 0
        lang, own, nat = ctx["lang"], ctx["own"], ctx["nat"]
        own_intl = own != nat
        for m in SLOT.finditer(tmpl):
            parts.append((tmpl[pos : m.start()], None))
            pos = m.end()
            s, arg = m.group(1), m.group(2)
            v = None
            if s == "NM":
                t = self.fakers[ctx["fk"]].name()
            elif s == "T":
                t = ctx["town"][0]
            elif s == "N":
                t = self.drawer.draw(arg, lang, ctx["regions"])
                ctx["negkinds"].add(arg)
            elif s == "P":
                x = self.rng.random()
                if own_intl or x < 0.22:
                    t, v = self.phone(own, "fixed", "international")
                else:
                    t, v = self.phone(nat, "fixed", "national")
            elif s == "PM":
                t, v = (
                    self.phone(own, "mobile", "international")
                    if own_intl
                    else self.phone(nat, "mobile", "national")
                )
            elif s == "PO":
                t, v = self.phone(nat, "other", "other")
            elif s == "PI":
                reg = self.rng.choice([f for f in FOREIGN if f != nat])
                t, v = self.phone(reg, self.rng.choice(["fixed", "mobile"]), "international")
            elif s == "L":
                t, v = self.local(ctx)
            elif s in ("E", "EP"):
                t, mode = self.email(lang, s == "EP")
                v = {"kind": "EMAIL", "mode": mode, "text": t}
            elif s == "C":
                t, v = self.card()
            elif s == "I":
                t, v = self.iban(lang)
            elif s == "IP":
                t, v = self.ip()
            elif s == "S":
                t, v = self.ssn()
            else:
                raise KeyError(s)
            parts.append((t, v))
        parts.append((tmpl[pos:], None))

    def local(self, ctx):
        region = ctx["nat"]
        town, area, sub = ctx["town"]
        while True:
            num, n, a = nb.draw(self.rng, region, "fixed", (area, sub))
            if n not in ctx["seen"]:
                break
        ctx["seen"].add(n)
        text = nb.local(self.rng, region, n[a:])
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": nb.e164(num),
            "area_len": a,
        }

    def contact_block(self, ctx, parts):
        heads, labels = HEADS[ctx["lang"]]
        parts.append(("\n" + self.rng.choice(heads) + "\n", None))
        lay = self.rng.choice(LIST_LAYOUTS)
        for lab in self.rng.sample(labels, self.rng.randint(2, 3)):
            kind = self.rng.choice(["fixed", "fixed", "mobile"])
            t, v = self.phone(ctx["nat"], kind, "national")
            v["mode"] = "list-entry"
            a, b = lay.split("{ph}")
            parts.append((a.replace("{lab}", lab), None))
            parts.append((t, v))
            parts.append((b.replace("{lab}", lab) + "\n", None))


def r_sep(rng):
    return rng.choice([".", "_", ""])


def usable(tmpl, ctx):
    slots = {m.group(1) for m in SLOT.finditer(tmpl)}
    if "S" in slots and ctx["locale"] != "en_US":
        return False
    if "I" in slots and ctx["lang"] not in IBAN_C:
        return False
    return True


def assemble(parts):
    text, spans, values = "", [], []
    for t, v in parts:
        if v is not None:
            spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
            values.append(v)
        text += t
    return text, spans, values


def screen_doc(text, spans, regions):
    blank = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            blank[i] = " "
    b = "".join(blank)
    return not negs.phone_hits(b, regions) and not negs.guard_hits(b)


def check_back(v):
    num = pn.parse(v["text"], v["region"])
    return pn.is_valid_number(num) and nb.e164(num) == v["e164"]
