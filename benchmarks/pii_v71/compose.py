"""Filling sentence slots: phones, e-mails, cards, IBANs, IPs, SSNs, names and hard negatives."""

import ipaddress
import re

from stdnum import iban as std_iban

from . import lex_de_fr, lex_en, lex_more
from . import numbers as N
from .negs import luhn_ok

# locale -> (language, own region, region used for national, list and service numbers)
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
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
LANG_HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
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

GENRES = {
    "en": lex_en.GENRES,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_more.ES,
    "it": lex_more.IT,
    "nl": lex_more.NL,
    "pt": lex_more.PT,
    "hi": lex_more.HI,
}
LOCAL = {
    "en": lex_en.LOCAL,
    "de": lex_de_fr.DE_LOCAL,
    "nl": lex_more.NL_LOCAL,
    "pt": lex_more.PT_LOCAL,
    "hi": lex_more.HI_LOCAL,
}
LISTS = {"en": (lex_en.LIST_HEADS, lex_en.LIST_LABELS), **lex_de_fr.LISTS, **lex_more.LISTS}
NEG_TITLES = {"en": lex_en.NEG_TITLES, **lex_de_fr.NEG_TITLES, **lex_more.NEG_TITLES}
# list-entry layouts, none in v52's list
LAYOUTS = ["• {l}: {p}", "{l} » {p}", "{p} — {l}", "{l} ☎ {p}", "{p} ({l})", "{l} = {p}"]
ROLES = ["bookings", "wardens", "rescue", "volunteers", "ranger.office", "info", "permits", "hut", "club"]
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


class Ctx:
    def __init__(self, rng, fakers, drawer, locale, lang, town=None, area=None):
        self.rng, self.fk, self.drawer = rng, fakers[lang], drawer
        self.email_fk = fakers["en"]
        self.locale, self.lang = locale, lang
        _, self.region, self.nat = LOCALES[locale]
        self.town, self.area = town, area
        self.neg_regions = sorted({self.region, self.nat, *LANG_HOME[lang]})
        self.local_region = None


def phone_value(ctx, slot):
    rng = ctx.rng
    if slot == "intl":
        reg = rng.choice([r for r in FOREIGN if r != ctx.region])
        kind = rng.choice([N.FIX, N.MOB])
        nsn, ndc = N.draw(rng, reg, kind)
        return N.international(rng, reg, nsn, ndc, kind), "international", reg, nsn, None
    if slot == "oth":
        reg = ctx.nat
        nsn, ndc = N.draw(rng, reg, N.FREE)
        return N.national(rng, reg, nsn, ndc, N.FREE), "other", reg, nsn, None
    kind = N.MOB if slot == "mob" else N.FIX
    mode = "list-entry" if slot == "list" else "national"
    if slot == "list":
        kind = rng.choice([N.FIX, N.MOB])
    if ctx.region in INTL_ONLY:
        reg = ctx.region
        nsn, ndc = N.draw(rng, reg, kind)
        return (
            N.international(rng, reg, nsn, ndc, kind),
            ("list-entry" if slot == "list" else "international"),
            reg,
            nsn,
            None,
        )
    reg = ctx.nat
    nsn, ndc = N.draw(rng, reg, kind)
    return N.national(rng, reg, nsn, ndc, kind), mode, reg, nsn, None


def local_value(ctx):
    reg = ctx.local_region
    sub = N.draw_local(ctx.rng, reg, ctx.town)
    return N.local(ctx.rng, reg, sub), "local-announced", reg, ctx.area + sub, len(ctx.area)


def card(rng):
    pre, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("2221", 16)])
    while True:
        d = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if luhn_ok(d):
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    if length == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(parts), "solid": d, "dashed": "-".join(parts)}[mode], mode


def iban(rng):
    shapes = {"DE": "n18", "NL": "a4n10", "AT": "n16", "GB": "a4n14", "IE": "a4n14", "CH": "n17"}
    cc = rng.choice(sorted(shapes))
    while True:
        bban = ""
        for kind, n in re.findall(r"([an])(\d+)", shapes[cc]):
            pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(rng.choice(pool) for _ in range(int(n)))
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        s = f"{cc}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(s):
            break
    mode = rng.choice(["print", "electronic"])
    return (" ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s), mode


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a), mode
        elif mode == "v4-private":
            pre = rng.choice(["10.", "192.168.", "172.%d." % rng.randint(16, 31)])
            rest = [str(rng.randint(0, 254)) for _ in range(4 - pre.count("."))]
            rest[-1] = str(rng.randint(2, 254))
            return pre + ".".join(rest), mode
        else:
            groups = [rng.choice(["2a02", "2a01", "2001", "2a00", "2600"])] + [
                f"{rng.getrandbits(16):x}" for _ in range(7)
            ]
            a = ipaddress.IPv6Address(":".join(groups))
            if a.is_global:
                return str(a), mode


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}", mode


def email(ctx, role):
    fk = ctx.email_fk
    dom = fk.domain_name()
    if role:
        return f"{ctx.rng.choice(ROLES)}@{dom}", "role"
    return f"{fk.user_name()}@{fk.free_email_domain()}", "personal"


def fill(ctx, template, out, spans, values):
    """Append template to out (a list of strings), with its slots filled, spans and values recorded."""
    pos = sum(len(x) for x in out)
    last = 0
    for m in SLOT.finditer(template):
        lit = template[last : m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        slot, arg = m.group(1), m.group(2)
        val = None
        if slot == "n":
            text = ctx.drawer.draw(arg, ctx.neg_regions, ctx.lang)
        elif slot == "name":
            text = ctx.fk.name()
        elif slot == "town":
            text = ctx.town
        elif slot in ("ph", "mob", "intl", "oth", "list", "loc", "loc2"):
            if slot in ("loc", "loc2"):
                text, mode, reg, nsn, alen = local_value(ctx)
            else:
                text, mode, reg, nsn, alen = phone_value(ctx, slot)
            val = {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": reg,
                "e164": N.e164(nsn, reg),
                "area_len": alen,
            }
        elif slot in ("mail", "role"):
            text, mode = email(ctx, slot == "role")
            val = {"kind": "EMAIL", "mode": mode, "text": text}
        elif slot == "card":
            text, mode = card(ctx.rng)
            val = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        elif slot == "iban":
            text, mode = iban(ctx.rng)
            val = {"kind": "IBAN", "mode": mode, "text": text}
        elif slot == "ip":
            text, mode = ip(ctx.rng)
            val = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        elif slot == "ssn":
            text, mode = ssn(ctx.rng)
            val = {"kind": "US_SSN", "mode": mode, "text": text}
        else:
            raise KeyError(slot)
        if val is not None:
            spans.append({"kind": val["kind"], "start": pos, "end": pos + len(text)})
            values.append(val)
        out.append(text)
        pos += len(text)
    out.append(template[last:])
