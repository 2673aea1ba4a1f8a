"""Documents of v37: locales, values of every kind, slot plans, assembly and whole-document screening."""

import phonenumbers as pn
from faker import Faker
from stdnum import iban as stdiban

from . import negs as N
from . import numbers as num
from .genres import GENRES, fill
from .lex_de_fr import DE, FR
from .lex_en import EN, IN_EXTRA
from .lex_es_it import ES, IT
from .lex_nl_pt_hi import HI, NL, PT

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
    "hi": ["en_IN"],
}
HOME = {
    "en": ["US", "GB", "IN", "AU", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["BR", "PT"],
    "hi": ["IN"],
}
NATIONAL = {"AT": "DE", "CH": "DE", "BE": "NL", "AU": "GB", "IE": "GB"}
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
DOMAINS = [
    "mailbox.org",
    "posteo.de",
    "proton.me",
    "fastmail.com",
    "gmx.net",
    "outlook.com",
    "kontaktsync.dev",
    "invoicer.io",
    "example-shop.eu",
    "yahoo.co.in",
]
ROLES = ["support", "security", "i18n", "noreply", "oncall", "privacy", "billing", "devrel"]
IBAN_BBAN = {
    "DE": "n18",
    "NL": "BANK",
    "BE": "n12",
    "FR": "n23",
    "ES": "n20",
    "IT": "Xn22",
    "PT": "n21",
    "AT": "n16",
    "GB": "GBK",
}


def region_of(locale, lang):
    return "IN" if lang == "hi" else locale.split("_")[1]


def national_region(locale, lang):
    r = region_of(locale, lang)
    if r == "CH":
        return "FR" if lang == "fr" else "DE"
    if r == "BE":
        return "FR" if lang == "fr" else "NL"
    return NATIONAL.get(r, r)


def screen_regions(locale, lang):
    regs = [region_of(locale, lang), national_region(locale, lang)] + HOME[lang]
    return list(dict.fromkeys(regs))


def lex(lang, locale):
    L = dict(LEX[lang])
    if locale == "en_IN" and lang == "en":
        L = {k: (v + IN_EXTRA.get(k, [])) for k, v in L.items()}
    return L


# ---------------- values
def phone_value(rng, mode, region, n, text, area_len=None):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": pn.format_number(n, pn.PhoneNumberFormat.E164),
        "area_len": area_len,
    }


def make_phone(rng, mode, locale, lang):
    own, nat = region_of(locale, lang), national_region(locale, lang)
    if mode == "international":
        reg = (
            own
            if rng.random() < 0.6
            else rng.choice(
                ["DE", "GB", "US", "FR", "NL", "BR", "IN", "ES", "IT", "PT", "AT", "CH", "BE", "AU", "IE"]
            )
        )
        n = num.draw_kind(rng, reg, rng.choice(["mobile", "fixed"]))
        return phone_value(rng, mode, reg, n, num.fmt_intl(rng, n, reg))
    if mode == "other":
        n = num.draw_kind(rng, nat, "service")
        return phone_value(rng, mode, nat, n, num.fmt_service(rng, n, nat))
    n = num.draw_kind(rng, nat, rng.choice(["mobile", "fixed"]))
    return phone_value(rng, mode, nat, n, num.fmt_national(rng, n, nat))


def make_email(rng, faker):
    dom = rng.choice(DOMAINS)
    if rng.random() < 0.5:
        return {"kind": "EMAIL", "mode": "role", "text": f"{rng.choice(ROLES)}@{dom}"}
    import unicodedata

    first = unicodedata.normalize("NFKD", faker.first_name().lower())
    last = unicodedata.normalize("NFKD", faker.last_name().lower())
    ok = "".join(c for c in first if c.isascii() and c.isalpha()) or "dev"
    ol = "".join(c for c in last if c.isascii() and c.isalpha()) or "team"
    local = rng.choice([f"{ok}.{ol}", f"{ok[0]}{ol}", f"{ok}{rng.randrange(10, 99)}"])
    return {"kind": "EMAIL", "mode": "personal", "text": f"{local}@{dom}"}


def make_card(rng):
    while True:
        body = rng.choice(["4", "51", "52", "53", "54", "55"])
        body += "".join(str(rng.randrange(10)) for _ in range(15 - len(body)))
        for c in "0123456789":
            if N.luhn(body + c):
                digits = body + c
                break
        mode = rng.choice(["spaced", "spaced", "dashed", "solid"])
        sep = {"spaced": " ", "dashed": "-", "solid": ""}[mode]
        return {
            "kind": "CREDIT_CARD",
            "mode": mode,
            "text": sep.join(digits[i : i + 4] for i in range(0, 16, 4)),
        }


def make_iban(rng, lang):
    cc = rng.choice(
        {
            "de": ["DE", "AT"],
            "fr": ["FR", "BE"],
            "es": ["ES"],
            "it": ["IT"],
            "nl": ["NL", "BE"],
            "pt": ["PT"],
            "en": ["GB", "DE", "NL"],
            "hi": ["GB", "DE"],
        }[lang]
    )
    pat = IBAN_BBAN[cc]
    while True:
        if pat == "BANK":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + "".join(
                str(rng.randrange(10)) for _ in range(10)
            )
        elif pat == "GBK":
            bban = rng.choice(["NWBK", "BARC", "MIDL"]) + "".join(str(rng.randrange(10)) for _ in range(14))
        elif pat.startswith("X"):
            bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(
                str(rng.randrange(10)) for _ in range(22)
            )
        else:
            bban = "".join(str(rng.randrange(10)) for _ in range(int(pat[1:])))
        raw = bban + cc + "00"
        check = 98 - int("".join(str(int(c, 36)) for c in raw)) % 97
        s = f"{cc}{check:02d}{bban}"
        if stdiban.is_valid(s):
            break
    if rng.random() < 0.7:
        return {"kind": "IBAN", "mode": "print", "text": " ".join(s[i : i + 4] for i in range(0, len(s), 4))}
    return {"kind": "IBAN", "mode": "electronic", "text": s}


def make_ip(rng):
    import ipaddress

    mode = rng.choice(["v4", "v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            ip = ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
            if ip.is_global:
                break
        elif mode == "v4-private":
            ip = rng.choice(
                [
                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                ]
            )
            break
        else:
            ip = ipaddress.IPv6Address((0x2A02 << 112) | rng.getrandbits(100))
            break
    return {"kind": "IP_ADDRESS", "mode": mode, "text": str(ip)}


def make_ssn(rng):
    while True:
        a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if a != 666:
            break
    sep = "-" if rng.random() < 0.7 else " "
    return {
        "kind": "US_SSN",
        "mode": "dashed" if sep == "-" else "spaced",
        "text": f"{a:03d}{sep}{g:02d}{sep}{s:04d}",
    }


# ---------------- assembly
def assemble(segs):
    text, spans, values = [], [], []
    pos = 0
    for s in segs:
        if isinstance(s, dict):
            spans.append({"kind": s["kind"], "start": pos, "end": pos + len(s["text"])})
            values.append(s)
            text.append(s["text"])
            pos += len(s["text"])
        else:
            text.append(s)
            pos += len(s)
    return "".join(text), spans, values


def masked(text, spans):
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "\u2591"
    return "".join(chars)


GENRE_NEGS = {
    "source": [
        "short-sha",
        "semver",
        "port",
        "uuid",
        "hex-addr",
        "underscore-lit",
        "float-const",
        "serial-uid",
        "knuth-const",
        "codepoint",
        "hex-colour",
        "object-hash",
        "maven-coord",
        "chmod",
        "seed",
    ],
    "fixture": [
        "uuid",
        "iso-ts",
        "epoch-s",
        "epoch-ms",
        "postal-code",
        "invoice-no",
        "lat-lon",
        "auto-increment",
        "hex-colour",
        "build-number",
    ],
    "readme": [
        "semver",
        "pin-version",
        "port",
        "image-digest",
        "cron",
        "css-breakpoint",
        "k8s-resource",
        "npm-summary",
        "coverage",
        "issue-ref",
    ],
    "issue": [
        "line-col",
        "hex-addr",
        "semver",
        "short-sha",
        "cve",
        "jira-key",
        "pid",
        "issue-ref",
        "exit-code",
    ],
    "apidoc": ["uuid", "iso-ts", "content-length", "page-params", "invoice-no", "epoch-s", "tz-offset"],
    "notebook": ["df-shape", "tensor-shape", "float-const", "embedding", "seed", "bytes", "duration-ms"],
    "i18n": ["po-ref", "codepoint", "semver", "tz-offset", "hex-colour", "build-number", "version-code"],
    "cilog": [
        "ci-run-id",
        "full-sha",
        "duration-ms",
        "coverage",
        "npm-summary",
        "exit-code",
        "pid",
        "crc32",
        "image-digest",
        "build-number",
    ],
}


def build_doc(rng, genre, lang, locale, plan, stats, n_negs):
    """plan: list of ('line', value) / ('local', value, town) / ('roster', [values]) items."""
    L = lex(lang, locale)
    fk = Faker(FAKER_LOC[lang])
    fk.seed_instance(rng.randrange(1 << 30))
    regs = screen_regions(locale, lang)
    title = rng.choice(L["title"])
    for _ in range(50):
        lines, roster = [], None
        for item in plan:
            if item[0] == "local":
                lines.append(fill(rng.choice(L["local"]), item[1], town=item[2]))
            elif item[0] == "roster":
                roster = (rng.choice(L["roster"]), [(fk.first_name(), v) for v in item[1]])
            else:
                v = item[1]
                key = {
                    "EMAIL": "email",
                    "IBAN": "iban",
                    "CREDIT_CARD": "card",
                    "IP_ADDRESS": "ip",
                    "US_SSN": "ssn",
                }.get(v["kind"])
                if key is None:
                    key = (
                        "service"
                        if v["mode"] == "other"
                        else ("bug" if genre == "issue" and rng.random() < 0.6 else "call")
                    )
                lines.append(fill(rng.choice(L[key]), v))
        rng.shuffle(lines)
        negs = []
        kinds = GENRE_NEGS[genre] + rng.sample(sorted(N.GEN), 3)
        while len(negs) < n_negs:
            k = rng.choice(kinds)
            x = N.draw_clean(rng, k, regs, stats)
            if x is not None:
                negs.append((k, x))
        stats["neg_values"] += len(negs)
        stats["neg_kinds"].update(k for k, _ in negs)
        segs = GENRES[genre](rng, lang, L, lines, roster, negs, title)
        text, spans, values = assemble([s for s in segs if s != ""])
        mt = masked(text, spans)
        if not N.guard_hits(mt) and not N.phone_hits(mt, regs):
            return text, spans, values
        stats["doc_redraws"] += 1
    raise RuntimeError("document would not come clean")
