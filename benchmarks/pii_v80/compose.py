"""Filling sentence slots for the v80 set: phones, e-mails, cards, IBANs, IPs, SSNs, hard negatives."""

import re

import phonenumbers as pn
from stdnum import iban as std_iban

from . import numbers as N

# locale -> (language, own region, region of national, list and service numbers)
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
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
}
HOME = {
    "en": ["US", "GB"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
INTL_ONLY = {"AU", "IE", "AT", "CH", "BE"}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
ROLES = [
    "orders",
    "proofs",
    "rights",
    "submissions",
    "circulation",
    "bindery",
    "events",
    "prepress",
    "royalties",
    "permissions",
    "ill",
    "dispatch",
]
IBAN_LEN = {
    "DE": 18,
    "FR": 23,
    "ES": 20,
    "IT": 23,
    "NL": 14,
    "PT": 21,
    "BE": 12,
    "AT": 16,
    "GB": 18,
    "IE": 18,
    "CH": 17,
}
SLOT = re.compile(r"\{([A-Z0-9]+)(?::([a-z0-9_]+))?\}")


def regions_for(locale, lang):
    _, own, nat = LOCALES[locale]
    return sorted({own, nat, *HOME[lang]})


class Composer:
    def __init__(self, rng, drawer, fakers, email_faker):
        self.rng = rng
        self.drawer = drawer
        self.fakers = fakers
        self.ef = email_faker

    # phones -------------------------------------------------------------
    def phone(self, locale, kind, mode):
        rng = self.rng
        _, own, nat = LOCALES[locale]
        if mode == "international":
            region = rng.choice([own, own, *FOREIGN])
            t = "mobile" if "mobile" in N.PREFIXES[region] and rng.random() < 0.4 else "fixed"
            _, e164 = N.draw(rng, region, t)
            habit = rng.choice(N.INTERNATIONAL)
        elif own in INTL_ONLY and kind != "free" and rng.random() < 0.5:
            region = own
            _, e164 = N.draw(rng, region, kind if kind in N.PREFIXES[region] else "fixed")
            habit = rng.choice(N.INTERNATIONAL)
            mode = "international" if mode == "national" else mode
        else:
            region = nat
            k = kind if kind in N.PREFIXES[region] else "fixed"
            _, e164 = N.draw(rng, region, k)
            habits = ["std", "solid"] if k == "free" and region != "US" else N.NATIONAL[region]
            if k == "free" and region == "US":
                habits = ["dashes", "dots", "one_dashes"]
            habit = rng.choice(habits)
        text = N.write(e164, habit)
        assert N.parses_to(text, region, e164), (text, region, e164)
        num = pn.parse(e164, None)
        if kind == "free":
            assert pn.number_type(num) in N.TYPES["free"]
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": e164,
            "area_len": None,
        }

    def local(self, region, town):
        sub, e164 = N.draw_local(self.rng, region, town)
        text = N.write_local(sub, self.rng.choice(N.LOCAL[region]))
        num = N.put_back(region, town[1], text)
        assert pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == e164
        assert pn.length_of_geographical_area_code(num) == len(town[1])
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": e164,
            "area_len": len(town[1]),
        }

    # other kinds ---------------------------------------------------------
    def email(self, role):
        rng = self.rng
        dom = self.ef.domain_word() + rng.choice(["-press", "books", "-print", "-library", "lit", ""])
        dom += rng.choice([".com", ".co.uk", ".de", ".fr", ".org", ".net", ".nl", ".com.br", ".in"])
        if role:
            user = rng.choice(ROLES)
        else:
            user = self.ef.first_name().lower() + rng.choice([".", "_", ""]) + self.ef.last_name().lower()
            user = re.sub(r"[^a-z._]", "", user)
        text = f"{user}@{dom}"
        return text, {"kind": "EMAIL", "mode": "role" if role else "personal", "text": text}

    def card(self):
        rng = self.rng
        pre, length = rng.choice(
            [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)]
        )
        body = pre + "".join(str(rng.randrange(10)) for _ in range(length - len(pre) - 1))
        for c in "0123456789":
            if _luhn(body + c):
                digits = body + c
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        if length == 15:
            parts = [digits[:4], digits[4:10], digits[10:]]
        else:
            parts = [digits[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(parts), "solid": digits, "dashed": "-".join(parts)}[mode]
        return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self, locale):
        rng = self.rng
        _, own, nat = LOCALES[locale]
        cc = own if own in IBAN_LEN else (nat if nat in IBAN_LEN else "DE")
        if cc in ("US", "IN", "BR"):
            cc = "DE"
        for _ in range(20000):
            bban = "".join(str(rng.randrange(10)) for _ in range(IBAN_LEN[cc]))
            if cc == "GB":
                bban = rng.choice(["NWBK", "BARC", "LOYD"]) + bban[:14]
            if cc == "IE":
                bban = rng.choice(["AIBK", "BOFI"]) + bban[:14]
            if cc == "IT":
                bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + bban[:22]
            if cc == "NL":
                bban = rng.choice(["ABNA", "INGB", "RABO"]) + bban[:10]
            raw = _letters(bban + cc) + "00"
            chk = 98 - int(raw) % 97
            cand = f"{cc}{chk:02d}{bban}"
            if std_iban.is_valid(cand):
                break
        else:
            raise RuntimeError(cc)
        mode = rng.choice(["print", "electronic"])
        text = " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)) if mode == "print" else cand
        return text, {"kind": "IBAN", "mode": mode, "text": text}

    def ip(self, mode):
        rng = self.rng
        if mode == "v4":
            text = (
                f"{rng.choice([81, 85, 91, 94, 145, 178, 185, 195, 212])}.{rng.randrange(256)}."
                f"{rng.randrange(256)}.{rng.randrange(1, 255)}"
            )
        elif mode == "v4-private":
            text = rng.choice(
                [
                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                ]
            )
        else:
            head = rng.choice(["2a01", "2a02", "2001:67c", "2a00", "2604", "2405"])
            n = 8 - head.count(":") - 1
            text = head + ":" + ":".join(f"{rng.randrange(65536):x}" for _ in range(n))
        return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}

    def ssn(self):
        rng = self.rng
        while True:
            a = rng.randrange(1, 900)
            if a != 666:
                break
        g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        text = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
        return text, {"kind": "US_SSN", "mode": mode, "text": text}

    # sentences -----------------------------------------------------------
    def fill(self, template, locale, lang, pieces, values, town=None, local_region=None):
        """Append the filled template to pieces (list of str) and spans/values; returns nothing."""
        regions = regions_for(locale, lang)
        pos = 0
        for m in SLOT.finditer(template):
            pieces.append(template[pos : m.start()])
            pos = m.end()
            slot, arg = m.group(1), m.group(2)
            val = None
            if slot == "NAME":
                text = self.fakers[lang].name()
            elif slot == "TOWN":
                text = town[0]
            elif slot == "N":
                text = self.drawer.get(arg, lang, regions)
            elif slot == "L":
                text, val = self.local(local_region, town)
            elif slot == "P":
                text, val = self.phone(locale, "fixed", "national")
            elif slot == "M":
                text, val = self.phone(locale, "mobile", "national")
            elif slot == "X":
                text, val = self.phone(locale, "fixed", "international")
            elif slot == "F":
                text, val = self.phone(locale, "free", "other")
            elif slot in ("E", "R"):
                text, val = self.email(slot == "R")
            elif slot == "C":
                text, val = self.card()
            elif slot == "B":
                text, val = self.iban(locale)
            elif slot == "S":
                text, val = self.ssn()
            elif slot in ("I4", "IP", "I6"):
                text, val = self.ip({"I4": "v4", "IP": "v4-private", "I6": "v6"}[slot])
            else:
                raise ValueError(slot)
            if val is not None:
                values.append((sum(len(p) for p in pieces), val))
            pieces.append(text)
        pieces.append(template[pos:])


def _luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _letters(cc):
    return "".join(c if c.isdigit() else str(ord(c) - 55) for c in cc)
