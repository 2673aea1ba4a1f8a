"""Documents for pii_v50: getting around, in eight languages."""

import ipaddress
import re

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn

from . import negs, screen, texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt
from . import values as V

TX = {
    "en": texts_en,
    "de": texts_de,
    "fr": texts_fr,
    "es": texts_es,
    "it": texts_it,
    "nl": texts_nl,
    "pt": texts_pt,
    "hi": texts_hi,
}
GENRES = list(texts_en.G)
# key, locale, language, region, borrowed region (international-only documents), positive, negative docs
LOCALES = [
    ("en_US", "en_US", "en", "US", None, 60, 34),
    ("en_GB", "en_GB", "en", "GB", None, 60, 34),
    ("en_IN", "en_IN", "en", "IN", None, 35, 20),
    ("hi", "en_IN", "hi", "IN", None, 40, 22),
    ("en_AU", "en_AU", "en", "AU", "GB", 25, 14),
    ("en_IE", "en_IE", "en", "IE", "GB", 25, 14),
    ("de_DE", "de_DE", "de", "DE", None, 45, 26),
    ("de_AT", "de_AT", "de", "AT", "DE", 20, 11),
    ("de_CH", "de_CH", "de", "CH", "DE", 20, 11),
    ("fr_FR", "fr_FR", "fr", "FR", None, 45, 26),
    ("fr_BE", "fr_BE", "fr", "BE", "FR", 20, 11),
    ("fr_CH", "fr_CH", "fr", "CH", "FR", 15, 9),
    ("es_ES", "es_ES", "es", "ES", None, 45, 26),
    ("it_IT", "it_IT", "it", "IT", None, 45, 26),
    ("nl_NL", "nl_NL", "nl", "NL", None, 45, 26),
    ("nl_BE", "nl_BE", "nl", "BE", "NL", 20, 11),
    ("pt_PT", "pt_PT", "pt", "PT", None, 30, 17),
    ("pt_BR", "pt_BR", "pt", "BR", None, 45, 26),
]
IBAN_OK = {
    "en_GB": "GB",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "nl_NL": "NL",
    "en_IE": "IE",
    "fr_CH": "CH",
}
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PT": "pt",
    "BR": "com.br",
}
ORGS = [
    "kerbside-hire",
    "nightline-cabs",
    "clearview-drive",
    "harbourhop",
    "spokeworks",
    "runrota",
    "parkwise-permits",
    "ferrylink",
    "wheelshare",
    "busdepot-lost",
]
ROLES_MAIL = ["bookings", "dispatch", "permits", "lostproperty", "workshop", "lessons"]
FAKER = Faker("en_US")
LAYOUTS = ("num", "arrow", "bracket")


class Doc:
    def __init__(self):
        self.parts, self.spans, self.vals, self.negvals = [], [], [], []
        self.pos = 0

    def add(self, text):
        self.parts.append(text)
        self.pos += len(text)

    def val(self, text, kind, mode, **extra):
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        self.vals.append({"kind": kind, "mode": mode, "text": text, **extra})
        self.add(text)

    def line(self, template, key=None, text=None, kind=None, mode=None, **extra):
        if key is None:
            self.add(template + "\n")
            return
        a, b = template.split("{" + key + "}")
        self.add(a)
        self.val(text, kind, mode, **extra)
        self.add(b + "\n")

    def text(self):
        return "".join(self.parts)


def phone_extra(num):
    return {"region": V.pn.region_code_for_number(num), "e164": V.e164(num), "area_len": V.area_len(num)}


def _iban(rng, cc):
    spec = {"GB": "L4D14", "DE": "D18", "AT": "D16", "CH": "D17", "NL": "L4D10", "IE": "L4D14"}[cc]
    bban = ""
    for part in re.findall(r"[LD]\d+", spec):
        n = int(part[1:])
        pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if part[0] == "L" else "0123456789"
        bban += "".join(rng.choice(pool) for _ in range(n))
    code = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
    assert std_iban.is_valid(code)
    if rng.random() < 0.5:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4)), "print"
    return code, "electronic"


def _card(rng):
    kind = rng.choice(["visa", "mc", "amex"])
    pre, n = {"visa": ("4", 16), "mc": (rng.choice(["51", "53", "55"]), 16), "amex": ("37", 15)}[kind]
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    d = body + luhn.calc_check_digit(body)
    mode = rng.choice(["spaced", "dashed", "solid"])
    groups = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
    if mode == "solid":
        return d, mode
    out, i = [], 0
    for g in groups:
        out.append(d[i : i + g])
        i += g
    return (" " if mode == "spaced" else "-").join(out), mode


def _ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
            if a.is_global:
                return str(a), mode
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                ]
            ), mode
        else:
            words = [f"{rng.randrange(1 << 16):x}" for _ in range(4)]
            return str(
                ipaddress.IPv6Address(f"2a0{rng.randrange(1, 6)}:{':'.join(words)}::{rng.randrange(1, 999)}")
            ), mode


def _ssn(rng):
    while True:
        a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if a != 666:
            break
    if rng.random() < 0.7:
        return f"{a:03d}-{g:02d}-{s:04d}", "dashed"
    return f"{a:03d} {g:02d} {s:04d}", "spaced"


def _email(rng, region):
    dom = f"{rng.choice(ORGS)}.{TLD[region]}"
    if rng.random() < 0.5:
        return f"{rng.choice(ROLES_MAIL)}@{dom}", "role"
    first, last = FAKER.first_name().lower(), FAKER.last_name().lower()
    return f"{first}.{last}@{dom}", "personal"


def _phone_line(rng, d, tx, loc):
    """One contact line with a phone in it."""
    _, locale, lang, region, borrowed, _, _ = loc
    intl = borrowed is not None
    reg = borrowed if intl and rng.random() < 0.5 else region
    slot = rng.choice(["contact", "contact", "mobile", "landline", "abroad", "service"])
    if slot == "service":
        num = V.service(rng, reg)
        text, _ = V.write(rng, num, region, intl=intl, service_num=True)
        d.line(rng.choice(tx.SERVICE), "p", text, "PHONE", "other", **phone_extra(num))
        return
    if slot == "abroad":
        if rng.random() < 0.6:
            num = V.fixed(rng, region)[0]
        else:
            num = V.fixed(rng, rng.choice([r for r in V.AREAS if r != region]))[0]
        text, mode = V.write(rng, num, region, intl=True)
        d.line(rng.choice(tx.ABROAD), "p", text, "PHONE", mode, **phone_extra(num))
        return
    kind = "mobile" if slot == "mobile" else "fixed"
    num = V.mobile(rng, reg) if kind == "mobile" else V.fixed(rng, reg)[0]
    text, mode = V.write(rng, num, region, kind=kind, intl=intl)
    tmpl = {"contact": tx.CONTACT, "mobile": tx.MOBILE, "landline": tx.LANDLINE}[slot]
    d.line(rng.choice(tmpl), "p", text, "PHONE", mode, **phone_extra(num))


def _directory(rng, d, tx, loc):
    _, locale, lang, region, borrowed, _, _ = loc
    d.line(rng.choice(tx.DIR_HEADS))
    layout = rng.choice(LAYOUTS)
    roles = rng.sample(tx.ROLES, rng.randrange(3, 5))
    for i, role in enumerate(roles, 1):
        reg = borrowed if borrowed and rng.random() < 0.5 else region
        r = rng.random()
        num = V.service(rng, reg) if r < 0.2 else V.mobile(rng, reg) if r < 0.4 else V.fixed(rng, reg)[0]
        if r < 0.2:
            text, _ = V.write(rng, num, region, intl=bool(borrowed), service_num=True)
        else:
            text, _ = V.write(rng, num, region, kind="mobile" if r < 0.4 else "fixed", intl=bool(borrowed))
        tmpl = {"num": f"{i}) {role} → {{p}}", "arrow": f"{role} ⟶ {{p}}", "bracket": f"[{role}] {{p}}"}[
            layout
        ]
        d.line(tmpl, "p", text, "PHONE", "list-entry", **phone_extra(num))


def _neg_lines(rng, d, genre, loc, lang):
    kinds = rng.sample(negs.GENRE_KINDS[genre], rng.randrange(2, 4))
    regions = {loc[3], loc[4] or loc[3], "US", "GB"}
    for k in kinds:
        for _ in range(300):
            v = negs.value(rng, k, loc[0])
            if screen.value_ok(v, regions):
                break
        else:
            continue
        d.negvals.append(v)
        d.add(f"{negs.label(k, lang)}: {v}\n")


def build(rng, loc, genre, positive, n_local):
    key, locale, lang, region, borrowed, _, _ = loc
    tx = TX[lang]
    g = tx.G[genre]
    d = Doc()
    fills = rng.sample(g[1:4], 3)
    d.line(g[0])
    d.line(fills[0])
    body = []
    if positive:
        for _ in range(rng.choice([0, 1, 1, 2]) if n_local else rng.choice([1, 1, 2])):
            body.append(("phone",))
        for _ in range(n_local):
            body.append(("local",))
        if rng.random() < 0.22:
            body.append(("dir",))
        if rng.random() < 0.25:
            body.append(("email",))
        if genre in ("rental", "parking") and locale in IBAN_OK and key != "hi" and rng.random() < 0.35:
            body.append(("iban",))
        if genre in ("rental", "shuttle") and rng.random() < 0.15:
            body.append(("card",))
        if genre in ("rental", "shuttle", "carpool") and rng.random() < 0.1:
            body.append(("ip",))
        if key == "en_US" and genre == "driving" and rng.random() < 0.4:
            body.append(("ssn",))
    elif rng.random() < 0.3:
        body.append(("nophone",))
    body.append(("negs",))
    body.append(("fill",))
    rng.shuffle(body)
    locals_used = []
    for item in body:
        t = item[0]
        if t == "phone":
            _phone_line(rng, d, tx, loc)
        elif t == "local":
            towns = [a for a in V.AREAS[region] if a not in locals_used] or V.AREAS[region]
            town = rng.choice(towns)
            locals_used.append(town)
            num, tname, area = V.fixed(rng, region, town)
            if key == "hi":
                tname = V.HI_TOWNS[tname]
            tmpl = rng.choice(tx.LOCAL[region]).replace("{town}", tname)
            extra = phone_extra(num)
            assert extra["area_len"] == len(area)
            d.line(tmpl, "n", V.local_form(rng, num), "PHONE", "local-announced", **extra)
        elif t == "dir":
            _directory(rng, d, tx, loc)
        elif t == "email":
            e, mode = _email(rng, region)
            d.line(rng.choice(tx.EMAIL), "e", e, "EMAIL", mode)
        elif t == "iban":
            v, mode = _iban(rng, IBAN_OK[locale])
            d.line(tx.IBAN, "v", v, "IBAN", mode)
        elif t == "card":
            v, mode = _card(rng)
            d.line(tx.CARD, "v", v, "CREDIT_CARD", mode)
        elif t == "ip":
            v, mode = _ip(rng)
            d.line(rng.choice(tx.IP), "v", v, "IP_ADDRESS", mode)
        elif t == "ssn":
            v, mode = _ssn(rng)
            d.line(tx.SSN, "v", v, "US_SSN", mode)
        elif t == "nophone":
            d.line(rng.choice(tx.NOPHONE))
        elif t == "negs":
            _neg_lines(rng, d, genre, loc, lang)
        elif t == "fill":
            d.line(fills[1])
    if rng.random() < 0.5:
        d.line(fills[2])
    d.line(g[4])
    return d


def doc_regions(loc, d):
    regs = {loc[3], loc[4] or loc[3], "US", "GB"}
    regs |= {v["region"] for v in d.vals if v["kind"] == "PHONE"}
    return regs


def spans_clean(text, spans):
    for s in spans:
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            return False
        if s["end"] < len(text) and text[s["end"]].isalnum():
            return False
    return True
