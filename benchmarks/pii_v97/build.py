"""Compose documents: fill sentence slots with checked values and record spans."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import habits as hb
from . import lex_en, lex_other, negs
from . import numbers as nb

# locale -> (language, own region, region used for national, list and service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_IE": ("en", "IE", "GB"),
    "en_AU": ("en", "AU", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
}
HOME = {"en": "GB", "de": "DE", "nl": "NL", "pt": "BR", "fr": "FR", "es": "ES", "it": "IT", "hi": "IN"}
FAKER_LOC = {
    "en": "en_GB",
    "de": "de_DE",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "hi": "hi_IN",
}
SLOT = re.compile(r"\{([A-Za-z_0-9]+)(?::([A-Z]{2}))?\}")
LIST_LAYOUTS = ["{label}: {p}", "{p} – {label}", "• {label}, {p}", "{label}\t{p}", "{label} (tel.) {p}"]


def lex(lang):
    if lang == "en":
        return lex_en.GENRES, (lex_en.LIST_HEADS, lex_en.LIST_LABELS)
    return lex_other.LANGS[lang]


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.fakers = {k: Faker(v) for k, v in FAKER_LOC.items()}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(10097 + i)
        self.mail = Faker("en_US")
        self.mail.seed_instance(97)
        self.drawer = negs.Drawer()

    # ---- values -------------------------------------------------------------------------------------
    def phone(self, region, kind, style, mode):
        for _ in range(50):
            nsn, num, head = nb.draw(self.rng, region, kind)
            t = hb.write(self.rng, region, nsn, head, style)
            if t:
                return t, {
                    "kind": "PHONE",
                    "mode": mode,
                    "text": t,
                    "region": region,
                    "e164": nb.e164(num),
                    "area_len": None,
                }
        raise RuntimeError(region)

    def local(self, region, area):
        nsn, num = nb.fixed_in_area(self.rng, region, area)
        sub = nsn[len(area) :]
        forms = hb.local_forms(region, sub)
        t = self.rng.choice(forms)
        assert nb.parses_back(nb.put_back(t, region, area), region, nb.e164(num))
        return t, {
            "kind": "PHONE",
            "mode": "local-announced",
            "text": t,
            "region": region,
            "e164": nb.e164(num),
            "area_len": len(area),
        }

    def email(self):
        dom = self.mail.domain_name()
        if self.rng.random() < 0.5:
            t = self.rng.choice(["plants", "info", "shows", "secretary", "orders", "yard"]) + "@" + dom
            return t, {"kind": "EMAIL", "mode": "role", "text": t}
        t = self.mail.user_name() + "@" + dom
        return t, {"kind": "EMAIL", "mode": "personal", "text": t}

    def card(self):
        while True:
            d = self.rng.choice(["4", "51", "53", "55"])
            d += "".join(self.rng.choice("0123456789") for _ in range(16 - len(d)))
            if negs.luhn(d):
                break
        mode = self.rng.choice(["spaced", "solid", "dashed"])
        t = {
            "spaced": " ".join(nb.grp(d, [4, 4, 4, 4])),
            "solid": d,
            "dashed": "-".join(nb.grp(d, [4, 4, 4, 4])),
        }
        return t[mode], {"kind": "CREDIT_CARD", "mode": mode, "text": t[mode]}

    def iban(self, country):
        spec = {
            "DE": "18",
            "NL": "A4 10",
            "GB": "A4 14",
            "AT": "16",
            "BE": "12",
            "FR": "23",
            "ES": "20",
            "IT": "A1 22",
            "PT": "21",
        }.get(country, "18")
        while True:
            bban = ""
            for part in spec.split():
                if part.startswith("A"):
                    bban += "".join(
                        self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(int(part[1:]))
                    )
                else:
                    bban += "".join(self.rng.choice("0123456789") for _ in range(int(part)))
            raw = country + "00" + bban
            ck = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
            raw = country + f"{ck:02d}" + bban
            if std_iban.is_valid(raw):
                break
        if self.rng.random() < 0.6:
            t = " ".join(nb.grp(raw, [4] * 9))
            return t, {"kind": "IBAN", "mode": "print", "text": t}
        return raw, {"kind": "IBAN", "mode": "electronic", "text": raw}

    def ip(self):
        r = self.rng.random()
        if r < 0.35:
            t = self.rng.choice(["192.168.{}.{}", "10.{}.{}.1"]).format(
                self.rng.randint(0, 254), self.rng.randint(2, 254)
            )
            return t, {"kind": "IP_ADDRESS", "mode": "v4-private", "text": t}
        if r < 0.7:
            while True:
                a = ipaddress.IPv4Address(self.rng.randint(16777216, 3758096383))
                if a.is_global:
                    return str(a), {"kind": "IP_ADDRESS", "mode": "v4", "text": str(a)}
        a = ipaddress.IPv6Address((0x2A00 + self.rng.randint(0, 0xFF)) << 112 | self.rng.getrandbits(112))
        return str(a), {"kind": "IP_ADDRESS", "mode": "v6", "text": str(a)}

    def ssn(self):
        while True:
            a, g, s = self.rng.randint(1, 899), self.rng.randint(1, 99), self.rng.randint(1, 9999)
            if a != 666:
                break
        mode = self.rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        t = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
        return t, {"kind": "US_SSN", "mode": mode, "text": t}

    # ---- sentences ----------------------------------------------------------------------------------
    def fill(self, tmpl, loc, segs, screen):
        lang, own, nat = loc
        pos = 0
        for m in SLOT.finditer(tmpl):
            segs.append((tmpl[pos : m.start()], None))
            pos = m.end()
            k, arg = m.group(1), m.group(2)
            if k in negs.KINDS:
                segs.append((self.drawer.draw(self.rng, k, screen), None))
                continue
            v = {
                "F": lambda: self.phone(nat, "fixed", "national", "national"),
                "M": lambda: self.phone(nat, "mobile", "national", "national"),
                "O": lambda: self.phone(nat, "other", "other", "other"),
                "I": lambda arg=arg: self.phone(
                    arg
                    or (own if own != nat else self.rng.choice(["FR", "DE", "ES", "IT", "NL", "US", "GB"])),
                    self.rng.choice(["fixed", "mobile"]),
                    "intl",
                    "international",
                ),
                "E": self.email,
                "C": self.card,
                "IP": self.ip,
                "S": self.ssn,
                "B": lambda: self.iban(
                    self.rng.choice(["DE", "NL", "GB", "AT", "FR"])
                    if own not in ("DE", "NL", "GB", "AT", "FR", "BE", "ES", "IT", "PT")
                    else own
                ),
                "L1": lambda: self.local(*self.cur_area),
                "L2": lambda: self.local(*self.cur_area),
            }[k]()
            segs.append(v)
        segs.append((tmpl[pos:], None))

    def list_block(self, lang, loc, segs, n):
        heads, labels = lex(lang)[1]
        segs.append(("\n\n" + self.rng.choice(heads) + "\n", None))
        layout = self.rng.choice(LIST_LAYOUTS)
        for lab in self.rng.sample(labels, n):
            kind = self.rng.choice(["fixed", "mobile", "mobile"])
            t, v = self.phone(loc[2], kind, "national", "list-entry")
            a, b = layout.split("{p}")
            segs.append((a.format(label=lab), None))
            segs.append((t, v))
            segs.append((b.format(label=lab) + "\n", None))
