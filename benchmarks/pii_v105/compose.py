"""Documents for v105: sentences from the lexicons filled slot by slot, spans recorded as they are written."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import lex_en, lex_eu, lex_nl_pt_hi, negs
from . import numbers as nums

# locale -> (language, home region, region for national / list / service numbers)
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
    "hi": ("hi", "IN", "IN"),
}
LANG_HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
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
    "fr_BE": "fr_BE",
    "fr_CH": "fr_CH",
    "es_ES": "es_ES",
    "it_IT": "it_IT",
    "nl_NL": "nl_NL",
    "nl_BE": "nl_BE",
    "pt_PT": "pt_PT",
    "pt_BR": "pt_BR",
    "hi": "hi_IN",
}
IBAN_CC = {
    "en_GB": "GB",
    "en_IE": "IE",
    "en_AU": "GB",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_PT": "PT",
}
IBAN_BBAN = {
    "GB": "UUUU" + "9" * 14,
    "IE": "UUUU" + "9" * 14,
    "DE": "9" * 18,
    "AT": "9" * 16,
    "CH": "9" * 17,
    "FR": "9" * 23,
    "BE": "9" * 12,
    "ES": "9" * 20,
    "IT": "U" + "9" * 22,
    "NL": "UUUU" + "9" * 10,
    "PT": "9" * 21,
}
FOREIGN = ["AT", "CH", "BE", "IE", "AU", "FR", "DE", "NL", "ES", "IT", "PT", "GB", "US"]
ROLES = [
    "visits",
    "bookings",
    "referrals",
    "support",
    "chaplaincy",
    "familyhelp",
    "intake",
    "reentry",
    "contact",
    "probation.admin",
]
LAYOUTS = [
    lambda lab, p: (f"{p} ({lab})", 0),
    lambda lab, p: (f"• {lab} – {p}", len(f"• {lab} – ")),
    lambda lab, p: (f"{lab} ☎ {p}", len(f"{lab} ☎ ")),
    lambda lab, p: (f"- {lab}: {p}", len(f"- {lab}: ")),
    lambda lab, p: (f"{lab}\t{p}", len(lab) + 1),
]


def lex(lang):
    if lang == "en":
        return {"genres": lex_en.GENRES, "pii": lex_en.PII, "heads": lex_en.HEADS, "labels": lex_en.LABELS}
    return {
        "de": lex_eu.DE,
        "fr": lex_eu.FR,
        "es": lex_eu.ES,
        "it": lex_eu.IT,
        "nl": lex_nl_pt_hi.NL,
        "pt": lex_nl_pt_hi.PT,
        "hi": lex_nl_pt_hi.HI,
    }[lang]


def genres_for(locale):
    lang = LOCALES[locale][0]
    return lex_en.US_GENRES if locale == "en_US" else lex(lang)["genres"]


def local_lines(locale):
    lang, home, _ = LOCALES[locale]
    if lang == "en":
        return lex_en.LOCAL[home]
    return lex(lang)["local"]


def screen_regions(locale):
    lang, home, nat = LOCALES[locale]
    return sorted({home, nat, *LANG_HOME[lang], "US"})


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed
        self.mail = Faker("en_US")
        self.mail.seed_instance(seed + 1)

    def faker(self, locale):
        if locale not in self.fakers:
            fk = Faker(FAKER_LOC[locale])
            fk.seed_instance(self.seed + len(self.fakers) + 7)
            self.fakers[locale] = fk
        return self.fakers[locale]

    # ----- PII values -----
    def card(self):
        r = self.rng
        kind = r.choice(["visa", "mc", "amex"])
        if kind == "amex":
            body = r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(12))
        elif kind == "mc":
            body = "5" + r.choice("12345") + "".join(r.choice("0123456789") for _ in range(13))
        else:
            body = "4" + "".join(r.choice("0123456789") for _ in range(14))
        chk = next(str(c) for c in range(10) if negs.luhn(body + str(c)))
        s = body + chk
        mode = r.choice(["spaced", "solid", "dashed"])
        groups = [s[:4], s[4:10], s[10:]] if len(s) == 15 else [s[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": s}[mode]
        return text, mode

    def iban(self, cc):
        r = self.rng
        for _ in range(20000):
            bban = "".join(r.choice(negs.U) if c == "U" else r.choice("0123456789") for c in IBAN_BBAN[cc])
            num = cc + "00" + bban
            num = cc + std_iban.calc_check_digits(num) + bban
            if std_iban.is_valid(num):
                break
        else:
            raise RuntimeError(cc)
        mode = r.choice(["print", "print", "electronic"])
        text = " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if mode == "print" else num
        return text, mode

    def ip(self, slot):
        r = self.rng
        while True:
            if slot == "IP":
                a = ipaddress.ip_address(".".join(str(r.randint(1, 223)) for _ in range(4)))
                if a.is_global:
                    return str(a), "v4"
            elif slot == "IPP":
                a = r.choice(
                    [
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    ]
                )
                return a, "v4-private"
            else:
                words = [f"2a0{r.randint(0, 9)}", *(format(r.randint(0, 65535), "x") for _ in range(7))]
                a = ipaddress.ip_address(":".join(words))
                if a.is_global:
                    return str(a), "v6"

    def ssn(self):
        r = self.rng
        area = r.choice([n for n in range(1, 900) if n != 666])
        mode = r.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}", mode

    def email(self, slot, name):
        if slot == "E":
            return f"{self.rng.choice(ROLES)}@{self.mail.domain_name()}", "role"
        return self.mail.free_email(), "personal"

    # ----- filling -----
    def fill(self, template, ctx, out):
        """Append template to out (text, spans, values), filling slots; returns nothing."""
        text, spans, values = out
        pos = 0
        buf = text[0]
        for m in re.finditer(r"\{(\w+)(?::(\w+))?\}", template):
            buf += template[pos : m.start()]
            pos = m.end()
            slot, arg = m.group(1), m.group(2)
            if slot == "NAME":
                buf += ctx["name"]
                continue
            if slot == "T":
                buf += ctx["town"][0]
                continue
            if slot == "N":
                buf += self.drawer.value(arg, ctx["regions"])
                continue
            val, extra = self.slot_value(slot, ctx)
            spans.append({"kind": extra["kind"], "start": len(buf), "end": len(buf) + len(val)})
            values.append(
                {**extra, "text": val}
                if extra["kind"] != "PHONE"
                else {
                    "kind": "PHONE",
                    "mode": extra["mode"],
                    "text": val,
                    "region": extra["region"],
                    "e164": extra["e164"],
                    "area_len": extra["area_len"],
                }
            )
            buf += val
        buf += template[pos:]
        text[0] = buf

    def slot_value(self, slot, ctx):
        r = self.rng
        locale = ctx["locale"]
        _, home, nat = LOCALES[locale]
        if slot == "L":
            reg = "IN" if locale == "hi" else home
            town, area, sub_len = ctx["town"]
            val, e = nums.make_local(r, reg, area, sub_len)
            return val, {
                "kind": "PHONE",
                "mode": "local-announced",
                "region": reg,
                "e164": e,
                "area_len": len(area),
            }
        if slot in ("P", "I", "O", "LIST"):
            if slot == "O":
                reg, mode = nat, "other"
            elif slot == "I":
                reg = (
                    home if (home != nat or r.random() < 0.4) else r.choice([f for f in FOREIGN if f != home])
                )
                mode = "international"
            elif r.random() < 0.18:
                reg, mode = home, "international"
            else:
                reg = home if (home != nat and r.random() < 0.3) else nat
                mode = "national"
            val, e = nums.make(
                r, reg, "international" if reg not in nums.HABITS or "fixed" not in nums.HABITS[reg] else mode
            )
            return val, {
                "kind": "PHONE",
                "mode": "list-entry" if slot == "LIST" else mode,
                "region": reg,
                "e164": e,
                "area_len": None,
            }
        if slot in ("E", "e"):
            v, mode = self.email(slot, ctx["name"])
            return v, {"kind": "EMAIL", "mode": mode}
        if slot == "C":
            v, mode = self.card()
            return v, {"kind": "CREDIT_CARD", "mode": mode}
        if slot == "B":
            v, mode = self.iban(IBAN_CC[locale])
            return v, {"kind": "IBAN", "mode": mode}
        if slot in ("IP", "IPP", "IP6"):
            v, mode = self.ip(slot)
            return v, {"kind": "IP_ADDRESS", "mode": mode}
        if slot == "S":
            v, mode = self.ssn()
            return v, {"kind": "US_SSN", "mode": mode}
        raise KeyError(slot)

    def pii_slots(self, locale):
        lang = LOCALES[locale][0]
        pii = lex(lang)["pii"]
        keys = [
            k
            for k in pii
            if not (k == "S" and locale != "en_US")
            and not (k == "B" and locale not in IBAN_CC)
            and not (k == "C" and lang not in ("en", "de"))
        ]
        return pii, keys

    def document(self, locale, genre, polarity, local_sent=None, town=None, list_block=False):
        r = self.rng
        lang = LOCALES[locale][0]
        g = genres_for(locale)[genre]
        name = self.faker(locale).name()
        ctx = {"locale": locale, "name": name, "town": town, "regions": screen_regions(locale)}
        out = ([""], [], [])
        self.fill(r.choice(g["titles"]) + "\n\n", ctx, out)
        body = []
        if polarity == "neg":
            body += r.sample(g["neg"], min(len(g["neg"]), r.randint(2, 4)))
        else:
            nph = 0 if local_sent and r.random() < 0.6 else r.choice([1, 1, 1, 1, 2])
            body += r.sample(g["phone"], min(nph, len(g["phone"])))
            body += r.sample(g["neg"], min(len(g["neg"]), r.randint(1, 2)))
            pii, keys = self.pii_slots(locale)
            if keys and r.random() < 0.4:
                body.append(r.choice(pii[r.choice(keys)]))
        r.shuffle(body)
        if local_sent:
            body.insert(r.randint(0, len(body)), local_sent)
        paras = [body[: len(body) // 2 + 1], body[len(body) // 2 + 1 :]] if len(body) > 3 else [body]
        for i, para in enumerate(p for p in paras if p):
            if i:
                self.fill("\n\n", ctx, out)
            for j, sent in enumerate(para):
                self.fill(("" if j == 0 else " ") + sent, ctx, out)
        self.fill("\n", ctx, out)
        if list_block and polarity == "pos":
            lx = lex(lang)
            self.fill("\n" + r.choice(lx["heads"]) + "\n", ctx, out)
            layout = r.choice(LAYOUTS)
            for lab in r.sample(lx["labels"], r.randint(2, 3)):
                val, extra = self.slot_value("LIST", ctx)
                line, off = layout(lab, val)
                start = len(out[0][0]) + off
                out[1].append({"kind": "PHONE", "start": start, "end": start + len(val)})
                out[2].append(
                    {
                        "kind": "PHONE",
                        "mode": "list-entry",
                        "text": val,
                        "region": extra["region"],
                        "e164": extra["e164"],
                        "area_len": None,
                    }
                )
                out[0][0] += line + "\n"
        return out[0][0], out[1], out[2]
