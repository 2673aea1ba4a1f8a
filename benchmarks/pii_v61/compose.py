"""Document composition for v61: fills the sentence slots with drawn values and records spans."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import lex_de_fr_es as L1
from . import lex_en as LE
from . import lex_it_nl_pt_hi as L2
from . import negs, phones

# locale -> (language, home region, region used for national, list and service numbers)
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
FAKER_LOCALE = {"en_IN": "en_IN", "de_CH": "de_CH", "fr_CH": "fr_CH", "nl_BE": "nl_BE", "fr_BE": "fr_BE"}
LANG_FAKER = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}


def lexicon(lang):
    if lang == "en":
        return {
            "titles": LE.TITLES,
            "pos": LE.POS,
            "neg": LE.NEG,
            "local": LE.LOCAL,
            "heads": LE.LIST_HEADS,
            "labels": LE.LABELS,
        }
    return {"de": L1.DE, "fr": L1.FR, "es": L1.ES, "it": L2.IT, "nl": L2.NL, "pt": L2.PT, "hi": L2.HI}[lang]


ROLES = [
    "boxoffice",
    "tickets",
    "access",
    "friends",
    "registrar",
    "loans",
    "lessons",
    "choir.secretary",
    "screenings",
    "volunteers",
    "press",
    "hello",
    "bookings",
    "stagedoor",
]
IBAN_BBAN = {
    "DE": "n18",
    "NL": "a4n10",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "PT": "n21",
    "GB": "a4n14",
    "BE": "n12",
    "AT": "n16",
    "CH": "n17",
    "IE": "a4n14",
    "BR": "n23A1",
}
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Composer:
    def __init__(self, rng, seed):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {}
        self.seed = seed
        self.en = self.faker("en_US")

    def faker(self, loc):
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.seed + len(self.fakers))
            self.fakers[loc] = f
        return self.fakers[loc]

    # ---- values
    def phone(self, mode, region):
        kind = "other" if mode == "other" else self.rng.choice(["fixed", "mobile"])
        nsn, num = phones.draw(self.rng, region, kind)
        fn = {
            "national": phones.national,
            "list-entry": phones.national,
            "international": phones.international,
            "other": phones.other,
        }[mode]
        if mode != "other" and region in ("AT", "CH", "BE", "IE", "AU"):
            fn = phones.international
        text = fn(self.rng, region, nsn)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": phones.e164(num),
            "area_len": None,
        }

    def card(self):
        r = self.rng
        pre, n = r.choice(
            [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("34", 15), ("2221", 16)]
        )
        while True:
            body = pre + "".join(str(r.randrange(10)) for _ in range(n - len(pre)))
            if negs.luhn(body):
                break
        mode = r.choice(["spaced", "solid", "dashed"])
        sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
        parts, i = [], 0
        for s in sizes:
            parts.append(body[i : i + s])
            i += s
        text = {"spaced": " ".join(parts), "solid": body, "dashed": "-".join(parts)}[mode]
        return text, {"kind": "CREDIT_CARD", "mode": mode, "text": text}

    def iban(self, country):
        r = self.rng
        for _ in range(10000):
            bban = ""
            for m in re.finditer(r"([anA])(\d+)", IBAN_BBAN[country]):
                pool = {"a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "n": "0123456789", "A": "C"}[m.group(1)]
                bban += "".join(r.choice(pool) for _ in range(int(m.group(2))))
            num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
            cand = f"{country}{98 - num % 97:02d}{bban}"
            if std_iban.is_valid(cand):
                break
        mode = r.choice(["print", "print", "electronic"])
        text = " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)) if mode == "print" else cand
        return text, {"kind": "IBAN", "mode": mode, "text": text}

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(r.getrandbits(32))
                ok = a.is_global and not a.is_multicast
            elif mode == "v4-private":
                a = ipaddress.IPv4Address(
                    r.choice(
                        [
                            f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randint(2, 254)}",
                            f"192.168.{r.randrange(256)}.{r.randint(2, 254)}",
                            f"172.{r.randint(16, 31)}.{r.randrange(256)}.{r.randint(2, 254)}",
                        ]
                    )
                )
                ok = True
            else:
                a = ipaddress.IPv6Address(
                    (r.choice([0x2A01, 0x2A02, 0x2001, 0x2600, 0x2C0F]) << 112) | r.getrandbits(96)
                )
                ok = a.is_global
            if ok:
                text = str(a)
                return text, {"kind": "IP_ADDRESS", "mode": mode, "text": text}

    def ssn(self):
        r = self.rng
        area = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        mode = r.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        text = f"{area:03d}{sep}{g:02d}{sep}{s:04d}"
        return text, {"kind": "US_SSN", "mode": mode, "text": text}

    def email(self, personal):
        dom = self.en.domain_name()
        if personal:
            text = f"{self.en.user_name()}@{dom}"
        else:
            text = f"{self.rng.choice(ROLES)}@{dom}"
        return text, {"kind": "EMAIL", "mode": "personal" if personal else "role", "text": text}

    # ---- filling
    def fill(self, tpl, ctx, out):
        """Append tpl with slots filled to out (dict text/spans/values)."""
        pos = 0
        for m in SLOT.finditer(tpl):
            out["text"] += tpl[pos : m.start()]
            pos = m.end()
            slot, arg = m.group(1), m.group(2)
            val = None
            if slot == "N":
                out["text"] += self.drawer.value(arg, ctx["regions"])
                continue
            if slot in ("name", "town"):
                out["text"] += ctx["town"] if slot == "town" else ctx["faker"].name()
                continue
            if slot == "P":
                text, val = self.phone("national", ctx["nat"])
            elif slot == "X":
                reg = ctx["home"] if self.rng.random() < 0.6 else self.rng.choice(sorted(phones.DRAW))
                text, val = self.phone("international", reg)
            elif slot == "O":
                text, val = self.phone("other", ctx["nat"])
            elif slot in ("L", "L2"):
                text, val = self.local(ctx)
            elif slot in ("E", "EP"):
                text, val = self.email(slot == "EP")
            elif slot == "C":
                text, val = self.card()
            elif slot == "I":
                c = (
                    ctx["home"]
                    if ctx["home"] in IBAN_BBAN
                    else ctx["nat"]
                    if ctx["nat"] in IBAN_BBAN
                    else "GB"
                )
                text, val = self.iban(c)
            elif slot == "IP":
                text, val = self.ip()
            elif slot == "S":
                text, val = self.ssn()
            else:
                raise KeyError(slot)
            start = len(out["text"])
            out["text"] += text
            out["spans"].append({"kind": val["kind"], "start": start, "end": len(out["text"])})
            out["values"].append(val)
        out["text"] += tpl[pos:]

    def local(self, ctx):
        region, town = ctx["local_region"], ctx["town"]
        sub, num = phones.draw_local(self.rng, region, town)
        text = phones.local_form(self.rng, region, sub)
        area = phones.AREAS[region][town][0]
        return text, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": text,
            "region": region,
            "e164": phones.e164(num),
            "area_len": len(area),
        }

    def list_block(self, lex, ctx, out):
        r = self.rng
        layout = r.choice(["{p} ({l})", "{l} — {p}", "• {l}: {p}", "☎ {l} {p}", "{l}\t{p}"])
        out["text"] += "\n" + r.choice(lex["heads"]) + "\n"
        for label in r.sample(lex["labels"], r.randint(2, min(4, len(lex["labels"])))):
            before, after = layout.split("{p}")
            out["text"] += before.replace("{l}", label)
            text, val = self.phone("list-entry", ctx["nat"])
            start = len(out["text"])
            out["text"] += text
            out["spans"].append({"kind": "PHONE", "start": start, "end": len(out["text"])})
            out["values"].append(val)
            out["text"] += after.replace("{l}", label) + "\n"
