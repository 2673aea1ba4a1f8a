"""Putting documents together: slots filled, spans and sidecar values recorded."""

import ipaddress
import re

from stdnum import iban as std_iban

from . import lex_en, lex_eu, lex_eu2, negs
from . import numbers as N

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
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
    "hi": ("hi", "IN", "IN"),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
LEX = {
    "en": lex_en.EN,
    "de": lex_eu.DE,
    "fr": lex_eu.FR,
    "es": lex_eu.ES,
    "it": lex_eu2.IT,
    "nl": lex_eu2.NL,
    "pt": lex_eu2.PT,
    "hi": lex_eu2.HI,
}
LOCAL = {
    "en": lex_en.LOCAL_EN,
    "de": lex_eu.LOCAL_DE,
    "nl": lex_eu2.LOCAL_NL,
    "pt": lex_eu2.LOCAL_PT,
    "hi": lex_eu2.LOCAL_HI,
}
HEADS = {
    "en": (lex_en.HEADS_EN, lex_en.LABELS_EN),
    "de": (lex_eu.HEADS_DE, lex_eu.LABELS_DE),
    "fr": (lex_eu.HEADS_FR, lex_eu.LABELS_FR),
    "es": (lex_eu.HEADS_ES, lex_eu.LABELS_ES),
    "it": (lex_eu2.HEADS_IT, lex_eu2.LABELS_IT),
    "nl": (lex_eu2.HEADS_NL, lex_eu2.LABELS_NL),
    "pt": (lex_eu2.HEADS_PT, lex_eu2.LABELS_PT),
    "hi": (lex_eu2.HEADS_HI, lex_eu2.LABELS_HI),
}
SERVICE = {
    "en": [
        "Bookings for the season open next week on our freephone line, {T}.",
        "No signal on the beach? The club's free booking line is {T}.",
    ],
    "de": ["Buchungen nimmt auch unsere kostenlose Hotline entgegen: {T}."],
    "fr": ["Réservations aussi au numéro gratuit {T}."],
    "es": ["También reservas en el teléfono gratuito {T}."],
    "it": ["Prenotazioni anche al numero verde {T}."],
    "nl": ["Reserveren kan ook gratis via {T}."],
    "pt": ["Reservas também pelo número gratuito {T}."],
    "hi": ["बुकिंग के लिए टोल-फ़्री नंबर {T} पर भी कॉल कर सकते हैं।"],
}
LAYOUTS = ["{l}: {p}", "• {l} — {p}", "{p} ({l})", "{l} / {p}", "{l} » {p}"]
FOREIGN = ["GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "IN", "US", "AU", "IE", "AT", "CH", "BE"]
IBAN_LEN = {
    "DE": (("d", 18),),
    "NL": (("u", 4), ("d", 10)),
    "GB": (("u", 4), ("d", 14)),
    "AT": (("d", 16),),
    "IE": (("u", 4), ("d", 14)),
    "BE": (("d", 12),),
    "CH": (("d", 17),),
}
SLOT = re.compile(r"\{(\w+)\}")


class Composer:
    def __init__(self, rng, fakers):
        self.rng = rng
        self.fakers = fakers
        self.neg = negs.Drawer(rng)

    # --- values ---------------------------------------------------------------------------
    def phone(self, locale, mode_hint=None):
        rng = self.rng
        _lang, own, nat = LOCALES[locale]
        kind = rng.choice(("fixed", "mobile"))
        roll = rng.random() if mode_hint is None else mode_hint
        if own != nat and roll < 0.4:
            region, mode = own, "international"
        elif roll < 0.78:
            region, mode = nat, "national"
        elif roll < 0.9 and own == nat:
            region, mode = own, "international"
        else:
            region, mode = rng.choice([r for r in FOREIGN if r not in (own, nat)]), "international"
        v = N.phone(rng, region, kind, mode)
        return {"kind": "PHONE", "mode": mode, **v, "area_len": None}

    def free(self, locale):
        region = LOCALES[locale][2]
        v = N.phone(self.rng, region, "free", "national")
        return {"kind": "PHONE", "mode": "other", **v, "area_len": None}

    def email(self, lang):
        rng, fk = self.rng, self.fakers["en"]
        dom = fk.domain_name()
        if rng.random() < 0.55:
            role = rng.choice(
                (
                    "bookings",
                    "dive",
                    "surf",
                    "hire",
                    "info",
                    "office",
                    "club",
                    "events",
                    "safety",
                    "kiosk",
                    "entries",
                    "paddle",
                )
            )
            return {"kind": "EMAIL", "mode": "role", "text": f"{role}@{dom}"}
        first, last = fk.first_name().lower(), fk.last_name().lower()
        user = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last[:3]}{rng.randint(1, 99)}"))
        return {"kind": "EMAIL", "mode": "personal", "text": f"{user}@{dom}"}

    def card(self):
        rng = self.rng
        pre, n = rng.choice((("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15)))
        for _ in range(100):
            d = pre + "".join(rng.choice(negs.D) for _ in range(n - len(pre) - 1))
            for c in negs.D:
                if negs.luhn(d + c):
                    d += c
                    break
            mode = rng.choice(("spaced", "solid", "dashed"))
            sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
            if mode == "solid":
                return {"kind": "CREDIT_CARD", "mode": mode, "text": d}
            return {
                "kind": "CREDIT_CARD",
                "mode": mode,
                "text": N.grp(d, sizes, " " if mode == "spaced" else "-"),
            }
        raise RuntimeError

    def iban(self, locale):
        rng = self.rng
        own = LOCALES[locale][1]
        cc = own if own in IBAN_LEN else rng.choice(("DE", "NL", "GB", "IE", "AT"))
        for _ in range(5000):
            bban = "".join(
                "".join(rng.choice(negs.U if t == "u" else negs.D) for _ in range(k)) for t, k in IBAN_LEN[cc]
            )
            code = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
            if std_iban.is_valid(code):
                if rng.random() < 0.6:
                    return {"kind": "IBAN", "mode": "print", "text": N.grp(code, [4] * 8)}
                return {"kind": "IBAN", "mode": "electronic", "text": code}
        raise RuntimeError(cc)

    def ip(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            a = rng.choice((("10", 3), ("192.168", 2), ("172." + str(rng.randint(16, 31)), 2)))
            text = a[0] + "".join("." + str(rng.randint(1, 254)) for _ in range(a[1]))
            return {"kind": "IP_ADDRESS", "mode": "v4-private", "text": text}
        if roll < 0.7:
            while True:
                text = ".".join(str(rng.randint(1, 223) if i == 0 else rng.randint(0, 254)) for i in range(4))
                if ipaddress.IPv4Address(text).is_global:
                    return {"kind": "IP_ADDRESS", "mode": "v4", "text": text}
        groups = ["2001", f"{rng.randint(0x0D00, 0x0DFF):x}"] + [
            f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)
        ]
        text = ":".join(groups)
        if rng.random() < 0.5:
            text = ipaddress.IPv6Address(":".join(groups[:4] + ["0", "0", "0", groups[7]])).compressed
        return {"kind": "IP_ADDRESS", "mode": "v6", "text": text}

    def ssn(self):
        rng = self.rng
        while True:
            a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
            if a != 666:
                mode = rng.choice(("spaced", "dashed"))
                sep = " " if mode == "spaced" else "-"
                return {"kind": "US_SSN", "mode": mode, "text": f"{a:03d}{sep}{g:02d}{sep}{s:04d}"}

    # --- text -----------------------------------------------------------------------------
    def fill(self, template, locale, parts, values, extra=None):
        """Append template (slots filled) to parts, recording spans in values (with offsets)."""
        lang, own, nat = LOCALES[locale]
        regions = sorted({own, nat, HOME[lang]})
        base = sum(len(p) for p in parts)
        out, pos = [], 0
        for m in SLOT.finditer(template):
            out.append(template[pos : m.start()])
            key = m.group(1)
            v = None
            if key == "town":
                out.append(extra["town"])
            elif extra and key in extra:
                v = extra[key]
            elif key == "P":
                v = self.phone(locale)
            elif key == "T":
                v = self.free(locale)
            elif key == "E":
                v = self.email(lang)
            elif key == "C":
                v = self.card()
            elif key == "B":
                v = self.iban(locale)
            elif key == "IP":
                v = self.ip()
            elif key == "S":
                v = self.ssn()
            elif key == "name":
                out.append(self.fakers[lang].name())
            elif key.startswith("n_"):
                out.append(self.neg.get(key[2:], regions))
            else:
                raise KeyError(key)
            if v is not None:
                start = base + sum(len(x) for x in out)
                out.append(v["text"])
                values.append((start, start + len(v["text"]), dict(v)))
            pos = m.end()
        out.append(template[pos:])
        parts.append("".join(out))

    def list_block(self, locale, parts, values, n):
        lang = LOCALES[locale][0]
        heads, labels = HEADS[lang]
        layout = self.rng.choice(LAYOUTS)
        parts.append("\n\n" + self.rng.choice(heads) + "\n")
        for label in self.rng.sample(labels, n):
            v = (
                self.free(locale)
                if self.rng.random() < 0.12
                else self.phone(locale, self.rng.uniform(0.4, 1))
            )
            v["mode"] = "list-entry"
            self.fill(
                layout.replace("{l}", label).replace("{p}", "{X}") + "\n", locale, parts, values, {"X": v}
            )
