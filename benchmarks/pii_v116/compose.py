"""Fills v116's sentences: phones and other values with their spans, hard negatives through negs.Drawer."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as stdiban

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs
from . import numbers as N

# locale -> (language, own region, region of national, list and service numbers, language home region)
LOCALES = {
    "en_US": ("en", "US", "US", "US"),
    "en_GB": ("en", "GB", "GB", "GB"),
    "en_IN": ("en", "IN", "IN", "IN"),
    "en_IE": ("en", "IE", "GB", "GB"),
    "en_AU": ("en", "AU", "GB", "GB"),
    "de_DE": ("de", "DE", "DE", "DE"),
    "de_AT": ("de", "AT", "DE", "DE"),
    "de_CH": ("de", "CH", "DE", "DE"),
    "fr_FR": ("fr", "FR", "FR", "FR"),
    "fr_CH": ("fr", "CH", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR", "FR"),
    "es_ES": ("es", "ES", "ES", "ES"),
    "it_IT": ("it", "IT", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL", "NL"),
    "pt_PT": ("pt", "PT", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR", "BR"),
}
OWN_INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
LEX = {
    "en": lex_en.EN,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
LOCAL = {
    "US": lex_en.LOCAL["en_US"],
    "GB": lex_en.LOCAL["en_GB"],
    "IN": lex_en.LOCAL["en_IN"],
    "DE": lex_de_fr.LOCAL_DE,
    "NL": lex_nl_pt_hi.LOCAL_NL,
    "BR": lex_nl_pt_hi.LOCAL_PT,
    "IN-hi": lex_nl_pt_hi.LOCAL_HI,
}
HEADS = {**lex_en.HEADS, **lex_de_fr.HEADS, **lex_es_it.HEADS, **lex_nl_pt_hi.HEADS}
LABELS = {**lex_en.LABELS, **lex_de_fr.LABELS, **lex_es_it.LABELS, **lex_nl_pt_hi.LABELS}
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
PII = ("{ph}", "{mob}", "{free}", "{intl}", "{mail}", "{card}", "{iban}", "{ip}", "{ssn}")
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
LAYOUTS = ["• {label}: {p}", "{label} — {p}", "{p} ({label})", "{label}\t{p}", "{label} ☎ {p}"]
IBAN_CC = {
    "DE": ("DE", 18),
    "AT": ("AT", 16),
    "CH": ("CH", 17),
    "FR": ("FR", 23),
    "BE": ("BE", 12),
    "ES": ("ES", 20),
    "IT": ("IT", 23),
    "NL": ("NL", 14),
    "PT": ("PT", 21),
    "GB": ("GB", 18),
    "IE": ("IE", 18),
}
ROLES = ["snowdesk", "skischool", "bookings", "rentals", "patrol", "info", "transfers", "chalets", "office"]


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        for i, (lang, loc) in enumerate(sorted(FAKER_LOC.items())):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fakers[lang] = f
        self.mailer = Faker("en_US")
        self.mailer.seed_instance(seed + 100)

    # ---- values
    def phone(self, region, kind, want=None):
        nsn = N.draw_nsn(self.rng, region, kind)
        st = N.styles(region, nsn, kind)
        if want:
            st = [s for s in st if s[1] == want] or st
        _, mode, text = self.rng.choice(st)
        if kind == "free":
            mode = "other"
        e164 = N.e164_of(text, region)
        assert e164 == "+%d%s" % (N.CC[region], nsn)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": e164,
            "area_len": None,
        }

    def doc_phone(self, loc, kind):
        _, own, nat, _ = LOCALES[loc]
        if own in OWN_INTL_ONLY and self.rng.random() < 0.5:
            return self.phone(own, kind, "international")
        return self.phone(nat, kind)

    def card(self):
        r = self.rng
        pref, length = r.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("34", 15)])
        while True:
            body = pref + "".join(str(r.randrange(10)) for _ in range(length - len(pref) - 1))
            for c in "0123456789":
                if negs.luhn(body + c):
                    num = body + c
                    break
            mode = r.choice(["spaced", "solid", "dashed"])
            if length == 15:
                g = [num[:4], num[4:10], num[10:]]
            else:
                g = [num[i : i + 4] for i in range(0, 16, 4)]
            text = {"spaced": " ".join(g), "solid": num, "dashed": "-".join(g)}[mode]
            return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self, region):
        cc, n = IBAN_CC.get(region, IBAN_CC["DE"])
        r = self.rng
        for _ in range(100000):
            letters = {"GB": 4, "IE": 4, "NL": 4, "IT": 1}.get(cc, 0)
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
            bban += "".join(str(r.randrange(10)) for _ in range(n - letters))
            chk = 98 - _mod97(bban + cc + "00")
            code = "%s%02d%s" % (cc, chk, bban)
            if stdiban.is_valid(code):
                break
        else:
            raise RuntimeError("no IBAN for " + cc)
        mode = r.choice(["print", "electronic"])
        text = " ".join(code[i : i + 4] for i in range(0, len(code), 4)) if mode == "print" else code
        return text, {"kind": "IBAN", "mode": mode, "text": text}

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        if mode == "v4":
            while True:
                t = "%d.%d.%d.%d" % (
                    r.randrange(1, 224),
                    r.randrange(256),
                    r.randrange(256),
                    r.randrange(1, 255),
                )
                a = ipaddress.IPv4Address(t)
                if a.is_global:
                    break
        elif mode == "v4-private":
            t = r.choice(
                [
                    "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255)),
                    "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                    "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255)),
                ]
            )
        else:
            t = "2a0%d:%x:%x:%x::%x" % (
                r.randrange(1, 10),
                r.randrange(4096, 65536),
                r.randrange(65536),
                r.randrange(65536),
                r.randrange(1, 65536),
            )
        return t, {"kind": "IP_ADDRESS", "mode": mode, "text": t}

    def ssn(self):
        r = self.rng
        while True:
            a, g, s = r.randrange(1, 900), r.randrange(1, 100), r.randrange(1, 10000)
            if a != 666:
                break
        mode = r.choice(["dashed", "spaced"])
        t = ("%03d-%02d-%04d" if mode == "dashed" else "%03d %02d %04d") % (a, g, s)
        return t, {"kind": "US_SSN", "mode": mode, "text": t}

    def mail(self):
        m = self.mailer
        if self.rng.random() < 0.55:
            t = "%s@%s" % (self.rng.choice(ROLES), m.domain_name())
            return t, {"kind": "EMAIL", "mode": "role", "text": t}
        t = "%s@%s" % (m.user_name(), m.free_email_domain())
        return t, {"kind": "EMAIL", "mode": "personal", "text": t}

    # ---- filling
    def fill(self, tpl, loc, lang, regions, town=None, local=None):
        """Returns text and [(start, end, value)]; local = (region, area, area_len) for {loc}."""
        out, spans, pos = [], [], 0
        _, own, nat, _ = LOCALES[loc]
        for m in SLOT.finditer(tpl):
            out.append(tpl[pos : m.start()])
            pos = m.end()
            key, arg = m.group(1), m.group(2)
            val = None
            if key == "n":
                s = self.drawer.draw(arg, regions)
            elif key == "name":
                s = self.fakers[lang].name()
            elif key == "town":
                s = town
            elif key == "loc":
                region, entry = local
                sub, e164 = N.draw_local(self.rng, region, entry)
                s = self.rng.choice(N.local_forms(region, sub))
                val = {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": s,
                    "region": region,
                    "e164": e164,
                    "area_len": len(entry[1]),
                }
            elif key == "ph":
                s, val = self.doc_phone(loc, "fixed" if self.rng.random() < 0.65 else "mobile")
            elif key == "mob":
                s, val = self.doc_phone(loc, "mobile")
            elif key == "free":
                s, val = self.phone(nat, "free")
            elif key == "intl":
                s, val = self.phone(own, self.rng.choice(["fixed", "mobile"]), "international")
            elif key == "mail":
                s, val = self.mail()
            elif key == "card":
                s, val = self.card()
            elif key == "iban":
                s, val = self.iban(own)
            elif key == "ip":
                s, val = self.ip()
            elif key == "ssn":
                s, val = self.ssn()
            else:
                raise KeyError(key)
            start = sum(len(x) for x in out)
            out.append(s)
            if val is not None:
                spans.append((start, start + len(s), val))
        out.append(tpl[pos:])
        return "".join(out), spans

    def contact_block(self, loc, lang):
        r = self.rng
        layout = r.choice(LAYOUTS)
        lines, spans = [r.choice(HEADS[lang])], []
        _, own, nat, _ = LOCALES[loc]
        for label in r.sample(LABELS[lang], r.randrange(2, 4)):
            region = own if own in OWN_INTL_ONLY and r.random() < 0.3 else nat
            s, val = self.phone(
                region, r.choice(["fixed", "mobile"]), "international" if region in OWN_INTL_ONLY else None
            )
            val["mode"] = "list-entry"
            line = layout.replace("{label}", label)
            i = line.index("{p}")
            base = sum(len(x) + 1 for x in lines)
            spans.append((base + i, base + i + len(s), val))
            lines.append(line.replace("{p}", s))
        return "\n".join(lines) + "\n", spans


def _mod97(s):
    digits = "".join(str(int(ch, 36)) for ch in s)
    return int(digits) % 97


def has_pii(tpl):
    return any(p in tpl for p in PII)
