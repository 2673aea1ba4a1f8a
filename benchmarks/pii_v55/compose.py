"""Filling sentences: phones, e-mails, cards, IBANs, IPs, SSNs and hard negatives, with their spans."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as stdiban

from . import lex_de_nl, lex_en, lex_fr_es_it, lex_pt_hi, negs
from . import numbers as N

# locale -> (language, home region, region used for national, list and service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "en_AU": ("en", "AU", "GB"),
    "en_IN": ("en", "IN", "IN"),
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
LANG_LOCALES = {
    "en": ["en_US", "en_GB", "en_IE", "en_AU", "en_IN"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
    "hi": ["en_IN"],
}
LANG_REGIONS = {
    "en": ["US", "GB", "IN"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
INTL_ONLY = {"AT", "CH", "BE", "IE", "AU"}
FOREIGN = ["DE", "FR", "GB", "NL", "ES", "IT", "US", "BR", "CH", "AT", "PT", "IE", "BE", "AU", "IN"]
IBAN_LEN = {
    "DE": 18,
    "FR": 23,
    "ES": 20,
    "IT": 23,
    "NL": 14,
    "PT": 21,
    "BE": 12,
    "AT": 16,
    "CH": 17,
    "GB": 18,
    "IE": 18,
    "BR": 25,
}
FAKER = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}


def lexicon(lang):
    en = {"genres": lex_en.GENRES, "local": lex_en.LOCAL, "heads": lex_en.HEADS, "labels": lex_en.LABELS}
    return {
        "en": en,
        "de": lex_de_nl.DE,
        "nl": lex_de_nl.NL,
        "pt": lex_pt_hi.PT,
        "hi": lex_pt_hi.HI,
        "fr": lex_fr_es_it.FR,
        "es": lex_fr_es_it.ES,
        "it": lex_fr_es_it.IT,
    }[lang]


LIST_LAYOUTS = ["• {label}: {p}", "{label} – {p}", "{p} ({label})", "{label}\t{p}", "{label} » {p}"]
SLOT = re.compile(r"\{(\w+(?::\w+)?)\}")


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        for lang, loc in FAKER.items():
            f = Faker(loc)
            f.seed_instance(rng.randint(0, 10**9))
            self.fakers[lang] = f
        self.mail = Faker("en_US")
        self.mail.seed_instance(rng.randint(0, 10**9))

    # --- values -------------------------------------------------------------------------------------
    def phone(self, region, types, mode, prefix=None):
        r = self.rng
        for _ in range(50):
            if prefix is None:
                pre = (
                    r.choice(N.AREAS[region])[1]
                    if types == N.FIXED
                    else r.choice(N.MOBILE_PREFIX[region] if types == N.MOBILE else N.OTHER_PREFIX[region])
                )
            else:
                pre = prefix
            num = N.draw(r, region, types, pre)
            want = N.e164(num)
            forms = {
                "national": N.national_forms,
                "international": N.international_forms,
                "other": N.other_forms,
                "list-entry": N.national_forms,
            }[mode](num, region)
            text = N.pick_form(r, forms, region, want)
            if text:
                return text, {
                    "kind": "PHONE",
                    "mode": mode,
                    "text": text,
                    "region": region,
                    "e164": want,
                    "area_len": None,
                }
        raise RuntimeError("no form")

    def slot_phone(self, slot, home, nat):
        r = self.rng
        if slot == "X":
            reg = r.choice([x for x in FOREIGN if x != home])
            return self.phone(reg, r.choice([N.FIXED, N.MOBILE]), "international")
        if slot == "F":
            return self.phone(nat, N.OTHER, "other")
        types = N.MOBILE if slot == "M" else N.FIXED
        if home in INTL_ONLY:
            if r.random() < 0.5:
                return self.phone(home, types, "international")
            return self.phone(nat, types, "national")
        if r.random() < 0.18:
            return self.phone(home, types, "international")
        return self.phone(home, types, "national")

    def email(self, lang, club):
        r = self.rng
        dom = re.sub(r"[^a-z]", "", club.lower())[:18] + r.choice([".org", ".club", ".co.uk", ".de", ".net"])
        if r.random() < 0.55:
            text = r.choice(lex_en.ROLES) + "@" + dom
            return text, {"kind": "EMAIL", "mode": "role", "text": text}
        u = self.mail.user_name()
        text = u + "@" + (dom if r.random() < 0.4 else self.mail.free_email_domain())
        return text, {"kind": "EMAIL", "mode": "personal", "text": text}

    def card(self):
        r = self.rng
        kind = r.choice(["visa", "mc", "amex"])
        pre, n = {
            "visa": ("4", 16),
            "mc": (str(r.randint(51, 55)), 16),
            "amex": (r.choice(["34", "37"]), 15),
        }[kind]
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
        d = body + next(str(c) for c in range(10) if negs.luhn(body + str(c)))
        mode = r.choice(["spaced", "solid", "dashed"])
        if mode == "solid":
            text = d
        else:
            parts = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
            text = (" " if mode == "spaced" else "-").join(parts)
        return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self, country):
        r = self.rng
        bban = "".join(str(r.randint(0, 9)) for _ in range(IBAN_LEN[country]))
        if country == "GB":
            bban = "NWBK" + bban[4:]
        if country == "IE":
            bban = "AIBK" + bban[4:]
        if country == "NL":
            bban = r.choice(["RABO", "INGB", "ABNA"]) + bban[4:]
        if country == "IT":
            bban = r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + bban[1:]
        if country == "BR":
            bban = bban[:23] + "P1"
        while True:
            raw = country + stdiban.calc_check_digits(country + "00" + bban) + bban
            if stdiban.is_valid(raw):
                break
            bban = "".join(str(r.randint(0, 9)) if c.isdigit() else c for c in bban)
        mode = r.choice(["print", "electronic"])
        text = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if mode == "print" else raw
        return text, {"kind": "IBAN", "mode": mode, "text": text}

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.ip_address(".".join(str(r.randint(1, 223)) for _ in range(4)))
                if not a.is_global:
                    continue
            elif mode == "v4-private":
                a = ipaddress.ip_address(
                    r.choice(["192.168.", "10.0.", "172.16."]) + f"{r.randint(0, 254)}.{r.randint(2, 254)}"
                )
            else:
                a = ipaddress.ip_address(
                    f"2a0{r.randint(0, 9)}:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(7))
                )
            return str(a), {"kind": "IP_ADDRESS", "mode": mode, "text": str(a)}

    def ssn(self):
        r = self.rng
        while True:
            a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
            if a != 666:
                break
        mode = r.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        text = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
        return text, {"kind": "US_SSN", "mode": mode, "text": text}

    # --- filling ------------------------------------------------------------------------------------
    def fill(self, template, ctx):
        """Returns (text, [(start, end, value)]) for one template."""
        out, spans, pos = [], [], 0
        lang, home, nat = ctx["lang"], ctx["home"], ctx["nat"]
        regions = sorted({home, nat, *LANG_REGIONS[lang]})
        for part in self._split(template):
            if isinstance(part, str):
                out.append(part)
                pos += len(part)
                continue
            slot = part[0]
            val = None
            if slot.startswith("n:"):
                text = self.drawer.draw(slot[2:], lang, regions)
            elif slot == "name":
                text = self.fakers[lang].name()
            elif slot in ("club", "club2"):
                text = ctx[slot]
            elif slot == "town":
                text = ctx["town"]
            elif slot in ("P", "M", "F", "X"):
                text, val = self.slot_phone(slot, home, nat)
            elif slot in ("L", "L2"):
                text, val = ctx["locals"].pop(0)
            elif slot == "E":
                text, val = self.email(lang, ctx["club"])
            elif slot == "C":
                text, val = self.card()
            elif slot == "B":
                text, val = self.iban(home if home in IBAN_LEN else nat if nat in IBAN_LEN else "GB")
            elif slot == "IP":
                text, val = self.ip()
            elif slot == "S":
                text, val = self.ssn()
            else:
                raise KeyError(slot)
            if val is not None:
                spans.append((pos, pos + len(text), val))
            out.append(text)
            pos += len(text)
        return "".join(out), spans

    @staticmethod
    def _split(template):
        parts, last = [], 0
        for m in SLOT.finditer(template):
            parts.append(template[last : m.start()])
            parts.append((m.group(1),))
            last = m.end()
        parts.append(template[last:])
        return parts

    def list_block(self, lex, ctx, n):
        r = self.rng
        layout = r.choice(LIST_LAYOUTS)
        lines, spans = [r.choice(lex["heads"])], []
        labels = r.sample(lex["labels"], min(n, len(lex["labels"])))
        pos = len(lines[0]) + 1
        for label in labels:
            text, val = self.phone(ctx["nat"], r.choice([N.FIXED, N.MOBILE]), "list-entry")
            line = layout.format(label=label, p="\x00")
            i = line.index("\x00")
            line = line.replace("\x00", text)
            spans.append((pos + i, pos + i + len(text), val))
            lines.append(line)
            pos += len(line) + 1
        return "\n".join(lines) + "\n", spans
