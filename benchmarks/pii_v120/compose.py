"""Filling sentence templates with labelled values for the v120 set."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban

from . import negs
from . import numbers as N
from .lex_de_fr import DE, FR
from .lex_en import EN
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, NL, PT

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
# locale -> (language, region for national/list/service numbers, region of the writer's own numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_IE": ("en", "GB", "IE"),
    "en_AU": ("en", "GB", "AU"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "DE", "AT"),
    "de_CH": ("de", "DE", "CH"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "FR", "BE"),
    "fr_CH": ("fr", "FR", "CH"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "NL", "BE"),
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
}
FAKER_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
IBAN_FOR = {
    "de": ["DE", "AT"],
    "fr": ["FR", "BE"],
    "nl": ["NL", "BE"],
    "en": ["GB"],
    "es": ["DE", "FR"],
    "it": ["DE", "FR"],
    "pt": ["DE", "FR", "NL"],
    "hi": ["GB"],
}
ROLES = ["counter", "poboxes", "redirections", "businessmail", "depot", "agency", "parcels", "enquiries"]
PH = re.compile(r"\{(\w+)\}")


class Filler:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fakers = {}
        for lang, loc in FAKER_LOCALE.items():
            fk = Faker(loc)
            fk.seed_instance(seed + len(self.fakers))
            self.fakers[lang] = fk
        self.mailfk = Faker("en_US")
        self.mailfk.seed_instance(seed + 99)
        self.drawer = negs.Drawer(rng)

    # ---- values -----------------------------------------------------------------------------------------
    def phone(self, loc, kind, mode_hint):
        rng = self.rng
        _, nat, own = LOCALES[loc]
        if kind == "T":
            num = N.draw(rng, nat, "tollfree")
            return N.tollfree(rng, num), "other", num
        reg = nat
        intl = mode_hint != "list-entry" and (own != nat and rng.random() < 0.6 or rng.random() < 0.15)
        if intl and own != nat:
            reg = own
        if kind == "M":
            num = N.draw(rng, reg, "mobile")
        else:
            pre = rng.choice(list(N.AREAS[reg].values())) if reg in N.AREAS else None
            num = N.draw(rng, reg, "fixed", pre)
        if intl:
            return N.international(rng, num), "international", num
        return N.national(rng, num), mode_hint, num

    def email(self, personal, lang):
        fk = self.mailfk
        dom = fk.domain_name()
        if personal:
            first, last = fk.first_name().lower(), fk.last_name().lower()
            return self.rng.choice(["%s.%s", "%s_%s", "%s%s"]) % (first, last) + "@" + dom, "personal"
        return self.rng.choice(ROLES) + "@" + dom, "role"

    def card(self):
        rng = self.rng
        kind = rng.choice(["visa", "mc", "amex"])
        pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "amex": rng.choice(["34", "37"])}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        for d in "0123456789":
            if negs._luhn(body + d):
                full = body + d
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
        if mode == "solid":
            return full, mode
        return (" " if mode == "spaced" else "-").join(N.group(full, sizes)), mode

    def iban(self, lang):
        rng = self.rng
        cc = rng.choice(IBAN_FOR[lang])
        for _ in range(1000):
            dg = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
            if cc == "DE":
                bban = dg(18)
            elif cc == "AT":
                bban = dg(16)
            elif cc == "NL":
                bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + dg(10)
            elif cc == "GB":
                bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + dg(14)
            elif cc == "BE":
                acc = dg(10)
                bban = acc + "%02d" % (int(acc) % 97 or 97)
            else:
                bank, branch, acc = dg(5), dg(5), dg(11)
                key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
                bban = bank + branch + acc + "%02d" % key
            chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
            full = "%s%02d%s" % (cc, chk, bban)
            if std_iban.is_valid(full):
                break
        else:
            raise RuntimeError("iban")
        if rng.random() < 0.6:
            return " ".join(full[i : i + 4] for i in range(0, len(full), 4)), "print"
        return full, "electronic"

    def ip(self):
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            while True:
                a = ipaddress.IPv4Address(rng.getrandbits(32))
                if a.is_global and not a.is_multicast:
                    return str(a), "v4"
        if r < 0.65:
            return rng.choice(
                [
                    "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                    "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
                ]
            ), "v4-private"
        a = ipaddress.IPv6Address((0x2001 << 112) | (rng.getrandbits(16) << 96) | rng.getrandbits(64))
        return str(a), "v6"

    def ssn(self):
        rng = self.rng
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return "%03d%s%02d%s%04d" % (a, sep, g, sep, s), mode

    # ---- templates --------------------------------------------------------------------------------------
    def fill(self, tpl, ctx, spans, values, base):
        """Fill one template; appends spans (offsets relative to base) and sidecar values."""
        out, pos = [], 0
        loc, lang = ctx["locale"], ctx["lang"]
        for m in PH.finditer(tpl):
            out.append(tpl[pos : m.start()])
            pos = m.end()
            key = m.group(1)
            here = base + sum(len(x) for x in out)
            val, kind = None, None
            if key in ("P", "M", "T"):
                text, mode, num = self.phone(loc, key, "national")
                val = {
                    "kind": "PHONE",
                    "mode": mode,
                    "text": text,
                    "region": N.phonenumbers.region_code_for_number(num),
                    "e164": N.e164(num),
                    "area_len": None,
                }
            elif key == "L":
                text = ctx["local_next"]()
                val = {
                    "kind": "PHONE",
                    "mode": "local-announced",
                    "text": text[0],
                    "region": ctx["local_region"],
                    "e164": text[1],
                    "area_len": len(ctx["area"]),
                }
            elif key in ("E", "PE"):
                text, mode = self.email(key == "PE", lang)
                val = {"kind": "EMAIL", "mode": mode, "text": text}
            elif key == "C":
                text, mode = self.card()
                val = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
            elif key == "IB":
                text, mode = self.iban(lang)
                val = {"kind": "IBAN", "mode": mode, "text": text}
            elif key == "IP":
                text, mode = self.ip()
                val = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
            elif key == "S":
                text, mode = self.ssn()
                val = {"kind": "US_SSN", "mode": mode, "text": text}
            elif key == "NAME":
                out.append(self.fakers[lang].name())
            elif key == "TOWN":
                out.append(ctx["town"])
            elif key in ("N", "nl", "NL"):
                kind = ctx["negkind"]
                if key == "N":
                    out.append(self.drawer.draw(kind, ctx["regions"]))
                else:
                    lab = negs.LABELS[kind][lang]
                    out.append(lab[0].upper() + lab[1:] if key == "NL" else lab)
            else:
                raise KeyError(key)
            if val is not None:
                out.append(val["text"])
                spans.append({"kind": val["kind"], "start": here, "end": here + len(val["text"])})
                values.append(val)
        out.append(tpl[pos:])
        return "".join(out)


def placeholders(tpl):
    return set(PH.findall(tpl))
