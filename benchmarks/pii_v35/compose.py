"""Builds one document from the lexicons: lines, genre wrappers (chat exports, comment threads), spans."""

import re
import string
import unicodedata

import phonenumbers as pn
from stdnum import iban as std_iban

from . import negs, numbers, screen
from .lex_de_fr import DE, FR
from .lex_en import EN, HI, HING
from .lex_es_it import ES, IT
from .lex_nl_pt import NL, PT

LEX = {"en": EN, "hi": HI, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
GENRES = ["post", "comments", "bio", "forum", "chat", "dating", "market", "event", "gaming"]
# locale, language, own region, region for national/list/service numbers
LOCALES = [
    ("en_US", "en", "US", "US", 9),
    ("en_GB", "en", "GB", "GB", 7),
    ("en_AU", "en", "AU", "GB", 2),
    ("en_IE", "en", "IE", "GB", 2),
    ("en_IN", "en", "IN", "IN", 5),
    ("en_IN", "hi", "IN", "IN", 7),
    ("de_DE", "de", "DE", "DE", 8),
    ("de_AT", "de", "AT", "DE", 2),
    ("de_CH", "de", "CH", "DE", 2),
    ("fr_FR", "fr", "FR", "FR", 8),
    ("fr_BE", "fr", "BE", "FR", 2),
    ("es_ES", "es", "ES", "ES", 9),
    ("it_IT", "it", "IT", "IT", 9),
    ("nl_NL", "nl", "NL", "NL", 8),
    ("nl_BE", "nl", "BE", "NL", 2),
    ("pt_BR", "pt", "BR", "BR", 8),
    ("pt_PT", "pt", "PT", "PT", 3),
]
IBAN_CC = {"en": "GB", "hi": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
SLOT = re.compile(r"\{(\w+)\}")
ROLE = ["info", "booking", "hola", "kontakt", "contact", "ciao", "hallo", "bestellingen", "pedidos", "orders"]
DOMAINS = [
    "gmail.com",
    "gmx.de",
    "outlook.com",
    "yahoo.fr",
    "libero.it",
    "hotmail.es",
    "ziggo.nl",
    "uol.com.br",
    "sapo.pt",
    "rediffmail.com",
    "proton.me",
    "icloud.com",
]
BULLETS = ["{i}) {name} – ", "• {name}: ", "👉 {name} | ", "- {name} ({i}) ", "{i}. {name} → "]


class Doc:
    def __init__(self):
        self.parts, self.spans, self.values, self.n = [], [], [], 0

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def pii(self, s, value):
        self.spans.append({"kind": value["kind"], "start": self.n, "end": self.n + len(s)})
        self.values.append(value)
        self.add(s)

    def text(self):
        return "".join(self.parts)


class Ctx:
    def __init__(self, rng, fakers, locale, lang, region, nat):
        self.rng, self.fakers, self.locale, self.lang = rng, fakers, locale, lang
        self.region, self.nat = region, nat
        self.regions = sorted(set(screen.HOME[lang] + [region, nat]))
        self.neg_count, self.neg_kinds, self.redraws = 0, set(), 0
        self.town, self.area = None, None

    def name(self):
        return self.fakers[self.locale if self.lang != "hi" else "hi_IN"].first_name()

    def neg(self, kind):
        fn = negs.KINDS[kind]
        for _ in range(200):
            v = fn(self.rng, self.lang)
            if not screen.value_dirty(v, self.regions):
                self.neg_count += 1
                self.neg_kinds.add(kind)
                return v
            self.redraws += 1
        return "#nofilter"


def phone_value(ctx, mode, text, num, area_len=None):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": numbers.region_of(num),
        "e164": numbers.e164(num),
        "area_len": area_len,
    }


def make_phone(ctx, mode):
    rng = ctx.rng
    if mode == "local-announced":
        num, sub = numbers.local_number(rng, ctx.nat, ctx.area)
        text = numbers.local_form(rng, ctx.nat, sub)
        return text, phone_value(ctx, mode, text, num, len(ctx.area))
    if mode == "other":
        num = numbers.service(rng, ctx.nat)
        text = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        if rng.random() < 0.3:
            text = numbers.national_form(rng, num)
    elif mode == "international":
        pool = [ctx.region, ctx.region, ctx.nat, rng.choice(list(numbers.MOBILE))]
        r = rng.choice(pool)
        num = numbers.mobile(rng, r) if rng.random() < 0.75 else numbers.fixed(rng, r)
        text = numbers.intl_form(rng, num)
        if r in ("US", "BR", "AU"):
            text = text if text.startswith("+") else pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    else:
        r = ctx.nat
        num = numbers.mobile(rng, r) if rng.random() < 0.7 else numbers.fixed(rng, r)
        if mode == "list-entry" and rng.random() < 0.3 and ctx.region == ctx.nat:
            text = numbers.intl_form(rng, num)
        else:
            text = numbers.national_form(rng, num)
    assert numbers.check_written(text, ctx.nat, numbers.e164(num)), (text, ctx.nat)
    return text, phone_value(ctx, mode, text, num)


def luhn_card(rng):
    for _ in range(1000):
        d = rng.choice(["4", "51", "52", "53", "54", "55"])
        d += "".join(rng.choice(string.digits) for _ in range(14))
        d = d[:15]
        for c in string.digits:
            if screen.luhn(d + c):
                return d + c
    raise RuntimeError


def ascii_word(s, fallback):
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    s = "".join(c for c in s.lower() if c.isascii() and c.isalnum())
    return s or fallback


def make_other(ctx, slot):
    rng = ctx.rng
    if slot == "em":
        if rng.random() < 0.5:
            local, mode = rng.choice(ROLE), "role"
            dom = rng.choice(["studio-", "club", "casa", "team"]) + ascii_word(ctx.name(), "nova") + ".com"
        else:
            nm = ascii_word(ctx.fakers[ctx.locale].first_name(), "hello")
            local = "%s%s%s" % (nm, rng.choice([".", "_", ""]), rng.choice(["", str(rng.randint(1, 99))]))
            mode, dom = "personal", rng.choice(DOMAINS)
        local = "".join(c for c in local if c.isascii() and (c.isalnum() or c in "._"))
        dom = "".join(c for c in dom if c.isascii() and (c.isalnum() or c in ".-"))
        t = "%s@%s" % (local.strip("._") or "hello", dom)
        return t, {"kind": "EMAIL", "mode": mode, "text": t}
    if slot == "cc":
        d = luhn_card(rng)
        mode = rng.choice(["spaced", "spaced", "dashed", "solid"])
        t = {
            "spaced": " ".join(d[i : i + 4] for i in range(0, 16, 4)),
            "dashed": "-".join(d[i : i + 4] for i in range(0, 16, 4)),
            "solid": d,
        }[mode]
        return t, {"kind": "CREDIT_CARD", "mode": mode, "text": t}
    if slot == "iban":
        cc = IBAN_CC[ctx.lang]
        lens = {"GB": 18, "DE": 18, "FR": 23, "ES": 20, "IT": 23, "NL": 14, "PT": 21}
        for _ in range(20000):
            if cc == "GB":
                bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
                    rng.choice(string.digits) for _ in range(14)
                )
            elif cc == "NL":
                bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"])
                bban += "".join(rng.choice(string.digits) for _ in range(10))
            elif cc == "IT":
                bban = rng.choice(string.ascii_uppercase)
                bban += "".join(rng.choice(string.digits) for _ in range(22))
            else:
                bban = "".join(rng.choice(string.digits) for _ in range(lens[cc]))
            raw = bban + cc + "00"
            chk = 98 - int("".join(str(int(c, 36)) for c in raw)) % 97
            ib = "%s%02d%s" % (cc, chk, bban)
            if std_iban.is_valid(ib):
                break
        else:
            raise RuntimeError("iban")
        mode = "print" if rng.random() < 0.65 else "electronic"
        t = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)) if mode == "print" else ib
        return t, {"kind": "IBAN", "mode": mode, "text": t}
    if slot == "ip":
        mode = rng.choice(["v4", "v4", "v4-private", "v6"])
        if mode == "v4":
            t = "%d.%d.%d.%d" % (
                rng.choice([5, 31, 45, 51, 78, 85, 91, 104, 142, 185, 203]),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
        elif mode == "v4-private":
            t = rng.choice(
                [
                    "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                    "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                ]
            )
        else:
            t = "2a02:%x:%x:%x::%x" % (
                rng.randint(256, 65535),
                rng.randint(0, 65535),
                rng.randint(0, 65535),
                rng.randint(1, 65535),
            )
        return t, {"kind": "IP_ADDRESS", "mode": mode, "text": t}
    if slot == "ssn":
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        d = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        mode = "dashed" if rng.random() < 0.75 else "spaced"
        sep = "-" if mode == "dashed" else " "
        t = sep.join([d[:3], d[3:5], d[5:]])
        return t, {"kind": "US_SSN", "mode": mode, "text": t}
    raise KeyError(slot)


def fill(ctx, doc, line, phone_mode=None):
    """Append a template line to doc; {ph} takes phone_mode."""
    pos = 0
    for m in SLOT.finditer(line):
        doc.add(line[pos : m.start()])
        slot = m.group(1)
        if slot == "ph":
            t, v = make_phone(ctx, phone_mode)
            doc.pii(t, v)
        elif slot in ("em", "cc", "iban", "ip", "ssn"):
            t, v = make_other(ctx, slot)
            doc.pii(t, v)
        elif slot == "town":
            doc.add(ctx.town)
        elif slot == "name":
            doc.add(ctx.name())
        else:
            doc.add(ctx.neg(slot))
        pos = m.end()
    doc.add(line[pos:])


def prefix(ctx, genre, style):
    """Chat-export and comment-thread line heads."""
    if genre == "chat":
        if style == 0:
            return "%s %s: " % (ctx.neg("chat_stamp"), ctx.name())
        if style == 1:
            return "%s — %s\n" % (ctx.name(), ctx.neg("chat_stamp"))
        return "%s, %s:\n" % (ctx.name(), ctx.neg("chat_stamp"))
    if genre == "comments":
        return rng_pick(
            ctx,
            [
                "%s · %dh\n" % (ctx.neg("handle_digits"), ctx.rng.randint(1, 23)),
                "%s: " % ctx.name(),
                "↳ %s replied: " % ctx.neg("handle_digits"),
            ],
        )
    return ""


def rng_pick(ctx, xs):
    return ctx.rng.choice(xs)


def body_lines(ctx, genre, plan):
    """plan: list of ('pos', mode) / ('neg',) / ('local',) / ('list', n) / ('other_kind', slot)."""
    lex = LEX[ctx.lang]
    g = lex[genre]
    items, used = [], set()

    def choose(pool):
        fresh = [x for x in pool if x not in used] or pool
        x = ctx.rng.choice(fresh)
        used.add(x)
        return x

    for p in plan:
        if p[0] == "pos":
            pool = g["pos"] + (HING["pos"] if ctx.locale == "en_IN" and ctx.lang == "en" else [])
            if p[1] == "other":
                pool = lex["other"]
            items.append((choose(pool), p[1]))
        elif p[0] == "local":
            pool = lex["local"] + (HING["local"] if ctx.locale == "en_IN" and ctx.lang == "en" else [])
            items.append((choose(pool), "local-announced"))
        elif p[0] == "neg":
            items.append((choose(g["neg"]), None))
        elif p[0] == "list":
            items.append(("__list__", p[1]))
        else:
            items.append((choose(lex[p[1]]), None))
    return items


def build(ctx, genre, plan):
    rng = ctx.rng
    lex = LEX[ctx.lang]
    g = lex[genre]
    doc = Doc()
    style = rng.randint(0, 2)
    doc.add(rng.choice(g["open"]) + "\n")
    if rng.random() < 0.3:
        doc.add("\n")
    for line, mode in body_lines(ctx, genre, plan):
        if line == "__list__":
            doc.add(rng.choice(lex["list_head"]) + "\n")
            bullet = rng.choice(BULLETS)
            for i in range(1, mode + 1):
                doc.add(bullet.format(i=i, name=ctx.name()))
                fill(ctx, doc, "{ph}", "list-entry")
                doc.add("\n")
            continue
        doc.add(prefix(ctx, genre, style))
        fill(ctx, doc, line, mode)
        doc.add("\n")
    if rng.random() < 0.7:
        doc.add(prefix(ctx, genre, style) + rng.choice(g["close"]))
        if genre == "post" and rng.random() < 0.5:
            doc.add(" " + ctx.neg("hashtag_digits"))
        doc.add("\n")
    return doc
