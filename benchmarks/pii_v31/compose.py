# ruff: noqa: E501
"""Document composer for v31: personal and semi-personal genres, values placed with exact offsets."""

import re
import unicodedata

import phonenumbers
from faker import Faker

from . import negs
from . import values as V
from .guards import guard_hits
from .texts_en import EN, EN_MODES, HI, HI_MODES
from .texts_eu import DE, DE_MODES, ES, ES_MODES, FR, FR_MODES, IT, IT_MODES, NL, NL_MODES, PT, PT_MODES

CELLS = {
    "en": (EN, EN_MODES),
    "hi": (HI, HI_MODES),
    "de": (DE, DE_MODES),
    "fr": (FR, FR_MODES),
    "es": (ES, ES_MODES),
    "it": (IT, IT_MODES),
    "nl": (NL, NL_MODES),
    "pt": (PT, PT_MODES),
}
GENRES = ["diary", "travel", "letter", "market", "chat", "tenant", "invite", "school", "team", "appt", "note"]
# (locale, language, own region, home region for national/list/service numbers, weight)
LOCALES = [
    ("en_US", "en", "US", "US", 14),
    ("en_GB", "en", "GB", "GB", 12),
    ("en_IN", "en", "IN", "IN", 6),
    ("en_IN", "hi", "IN", "IN", 6),
    ("en_AU", "en", "AU", "GB", 2),
    ("en_IE", "en", "IE", "GB", 2),
    ("de_DE", "de", "DE", "DE", 10),
    ("de_AT", "de", "AT", "DE", 2),
    ("de_CH", "de", "CH", "DE", 2),
    ("fr_FR", "fr", "FR", "FR", 8),
    ("fr_BE", "fr", "BE", "FR", 2),
    ("fr_CH", "fr", "CH", "FR", 1),
    ("es_ES", "es", "ES", "ES", 7),
    ("it_IT", "it", "IT", "IT", 7),
    ("nl_NL", "nl", "NL", "NL", 8),
    ("nl_BE", "nl", "BE", "NL", 2),
    ("pt_BR", "pt", "BR", "BR", 8),
    ("pt_PT", "pt", "PT", "PT", 5),
]
LOCAL_LOCALES = {
    "US": [("en_US", "en")],
    "GB": [("en_GB", "en")],
    "DE": [("de_DE", "de")],
    "NL": [("nl_NL", "nl")],
    "BR": [("pt_BR", "pt")],
    "IN": [("en_IN", "en"), ("en_IN", "hi")],
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
    "pt_BR": "BR",
    "pt_PT": "PT",
}
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com"],
    "GB": ["btinternet.com", "hotmail.co.uk", "gmail.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "ES": ["gmail.com", "telefonica.net"],
    "IT": ["libero.it", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "PT": ["sapo.pt", "gmail.com"],
    "AU": ["bigpond.com"],
    "IE": ["eircom.net"],
    "AT": ["aon.at", "gmx.at"],
    "CH": ["bluewin.ch"],
    "BE": ["skynet.be", "telenet.be"],
}
ROLE = {
    "en": ["rsvp", "parents.4b", "lettings", "team.u11", "lostandfound", "reception"],
    "de": ["zusage", "elternbeirat", "vermietung", "jugend", "praxis"],
    "fr": ["rsvp", "parents.cm1", "gestion", "club", "accueil"],
    "es": ["confirmaciones", "ampa", "alquileres", "club", "citas"],
    "it": ["conferme", "genitori", "affitti", "squadra", "ambulatorio"],
    "nl": ["aanmelden", "ouderraad", "verhuur", "jeugd", "praktijk"],
    "pt": ["confirmacao", "pais", "aluguel", "time", "clinica"],
    "hi": ["rsvp", "parents", "society", "team", "clinic"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
FAKER_LOC = {"hi": "hi_IN"}
_TOK = re.compile(r"\{([A-Z0-9]+)(?::([a-z]+))?\}")


def parse_cell(s):
    out = {"T": [], "F": [], "P": [], "N": [], "S": []}
    for line in s.split("\n"):
        out[line[0]].append(line[3:])
    return out


class Ctx:
    def __init__(self, rng, locale, lang, region, home):
        self.rng, self.locale, self.lang, self.region, self.home = rng, locale, lang, region, home
        self.cell = None
        self.town = None
        self.area = None
        self.negs = []


_FAKERS = {}


def faker(loc, seed):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    f = _FAKERS[loc]
    f.seed_instance(seed)
    return f


def ascii_name(s):
    return (
        unicodedata.normalize("NFKD", s)
        .encode("ascii", "ignore")
        .decode()
        .lower()
        .replace(" ", "")
        .replace("'", "")
    )


def name(ctx):
    f = faker(FAKER_LOC.get(ctx.lang, ctx.locale), ctx.rng.randint(0, 10**9))
    return f"{f.first_name()} {f.last_name()}"


def make_email(ctx, mode):
    r = ctx.rng
    dom = r.choice(MAIL.get(ctx.region, ["gmail.com"]))
    if mode == "personal":
        f = faker(ctx.locale if ctx.lang != "hi" else "en_IN", r.randint(0, 10**9))
        a, b = ascii_name(f.first_name()), ascii_name(f.last_name())
        local = r.choice([f"{a}.{b}", f"{a}{b[0]}", f"{a}_{b}{r.randint(70, 99)}", f"{a[0]}.{b}"])
    else:
        local = r.choice(ROLE[ctx.lang])
        dom = (
            ascii_name(r.choice(["familie", "club", "haus", "casa", "home", "verein"]))
            + "-"
            + ascii_name(ctx.town or "x")[:10]
            + "."
            + {"US": "org", "GB": "org.uk", "IN": "in", "BR": "com.br"}.get(ctx.region, ctx.region.lower())
        )
    return {"kind": "EMAIL", "mode": mode, "text": f"{local}@{dom}"}


def phone_text(ctx, num, region, mode, split_ok):
    r = ctx.rng
    forms = V.intl_forms(region, num) if mode == "international" else V.national_forms(region, num)
    forms = [f for f in forms if V.parses_to(f, region, num)]
    t = r.choice(forms)
    if split_ok and " " in t and r.random() < 0.35:
        idx = [i for i, c in enumerate(t) if c == " "]
        i = idx[len(idx) // 2]
        t2 = t[:i] + "\n" + t[i + 1 :]
        if V.parses_to(t2, region, num):
            t = t2
    return t


def render(ctx, template, slot=None):
    """Return (text, [(start, end, value)])."""
    r = ctx.rng
    out, spans, pos = [], [], 0
    for m in _TOK.finditer(template):
        out.append(template[pos : m.start()])
        tok, arg = m.group(1), m.group(2)
        start = sum(len(x) for x in out)
        if tok == "N":
            v = negs.make_screened(arg, r, ctx.lang, ctx.locale, ctx.region, sorted({ctx.region, ctx.home}))
            if v is None:
                return None
            ctx.negs.append(arg)
            out.append(v)
        elif tok in ("P", "E", "I", "C", "IP", "S"):
            val = slot
            out.append(val["text"])
            spans.append((start, start + len(val["text"]), val))
        elif tok == "TOWN":
            out.append(ctx.town)
        elif tok in ("NAME", "NAME2"):
            out.append(name(ctx))
        elif tok == "DATE":
            mo = MONTHS[ctx.lang][r.randint(0, 11)]
            d = r.randint(1, 28)
            out.append(
                f"{mo} {d}"
                if ctx.locale == "en_US"
                else f"{d} {mo}"
                if ctx.lang in ("en", "hi", "nl")
                else f"{d}. {mo}"
                if ctx.lang == "de"
                else f"{d} de {mo}"
                if ctx.lang in ("es", "pt")
                else f"{d} {mo}"
            )
        elif tok == "DAY":
            out.append(str(r.randint(2, 19)))
        else:
            raise KeyError(tok)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def pick(ctx, options):
    """Choose a template, preferring one not yet used in this document."""
    fresh = [o for o in options if o not in ctx.used]
    t = ctx.rng.choice(fresh or options)
    ctx.used.add(t)
    return t


def phone_line(ctx, slot, kind_hint):
    modes = CELLS[ctx.lang][1]
    r = ctx.rng
    if slot["mode"] == "local-announced":
        return pick(ctx, modes["loc"])
    if slot["mode"] == "other":
        return pick(ctx, modes["svc"])
    if kind_hint == "mobile" and r.random() < 0.4:
        return pick(ctx, modes["mob"])
    if kind_hint == "fixed" and r.random() < 0.4:
        return pick(ctx, modes["fix"])
    return pick(ctx, ctx.cell["P"])


def roster(ctx, n):
    """A list block; returns (text, spans)."""
    r = ctx.rng
    head_name, head_role, head_phone, roles = CELLS[ctx.lang][1]["roster"]
    entries = []
    for _ in range(n):
        kind = r.choice(["mobile", "mobile", "fixed"])
        area = r.choice(V.AREAS[ctx.home])[0] if kind == "fixed" else None
        num = V.make_number(r, ctx.home, kind, area)
        t = phone_text(ctx, num, ctx.home, "national", False)
        entries.append((name(ctx), r.choice(roles), V.phone_value(num, ctx.home, "list-entry", t)))
    style = r.choice(["md", "csv", "dots", "dash", "tsv"])
    spans = []
    text = ""

    def add(prefix, val, suffix=""):
        nonlocal text
        start = len(text) + len(prefix)
        spans.append((start, start + len(val["text"]), val))
        text += prefix + val["text"] + suffix + "\n"

    if style == "md":
        text += f"| {head_name} | {head_role} | {head_phone} |\n|---|---|---|\n"
        for nm, ro, v in entries:
            add(f"| {nm} | {ro} | ", v, " |")
    elif style in ("csv", "tsv"):
        sep = "\t" if style == "tsv" else r.choice([";", ","])
        text += sep.join([head_name, head_role, head_phone]) + "\n"
        for nm, ro, v in entries:
            add(f"{nm}{sep}{ro}{sep}", v)
    elif style == "dots":
        for nm, ro, v in entries:
            add(f"{nm} ({ro}) " + "." * r.randint(3, 12) + " ", v)
    else:
        for nm, ro, v in entries:
            add(f"– {nm}, {ro}: ", v)
    return text.rstrip("\n"), spans


def chat_prefix(ctx):
    r = ctx.rng
    h, m = r.randint(7, 22), r.randint(0, 59)
    d, mo = r.randint(1, 28), r.randint(1, 12)
    who = name(ctx).split()[0]
    if ctx.locale == "en_US":
        return f"[{mo}/{d}/25, {(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}] {who}: "
    return f"[{d:02d}/{mo:02d}/25, {h:02d}:{m:02d}] {who}: "


def compose(ctx, genre, slots, n_negs, n_fill):
    """slots: list of ('line', value, kind_hint) or ('roster', n). Returns (text, spans)."""
    r = ctx.rng
    ctx.cell = parse_cell(CELLS[ctx.lang][0][genre])
    ctx.used = set()
    cell = ctx.cell
    blocks = []  # each: (text, spans)
    for sl in slots:
        if sl[0] == "roster":
            blocks.append(roster(ctx, sl[1]))
        else:
            val, hint = sl[1], sl[2]
            if val["kind"] == "PHONE":
                tpl = phone_line(ctx, val, hint)
            else:
                key = {
                    "EMAIL": "email",
                    "IBAN": "iban",
                    "CREDIT_CARD": "card",
                    "IP_ADDRESS": "ip",
                    "US_SSN": "ssn",
                }[val["kind"]]
                tpl = pick(ctx, CELLS[ctx.lang][1][key])
            blocks.append(render(ctx, tpl, val))
    for tpl in r.sample(cell["N"], min(n_negs, len(cell["N"]))):
        b = render(ctx, tpl)
        if b is not None:
            blocks.append(b)
    for tpl in r.sample(cell["F"], min(n_fill, len(cell["F"]))):
        blocks.append(render(ctx, tpl))
    r.shuffle(blocks)
    title = None
    while title is None:
        title = render(ctx, r.choice(cell["T"]))
    sign = render(ctx, r.choice(cell["S"]))
    if genre == "chat":
        blocks = [_prefixed(ctx, t, s) for t, s in blocks]
    parts = [title] + blocks + [sign]
    sep = "\n" if genre in ("chat", "note") else "\n\n"
    text, spans = "", []
    for i, (t, s) in enumerate(parts):
        if i:
            text += sep if not (genre == "note" and r.random() < 0.3) else "\n\n"
        spans += [(a + len(text), b + len(text), v) for a, b, v in s]
        text += t
    if genre == "note" and r.random() < 0.3:
        text += (
            "\n" + r.choice(["(written in pencil, partly smudged)", "[rest illegible]", "(coffee stain)"])
            if ctx.lang == "en"
            else ""
        )
    return text + "\n", spans


def _prefixed(ctx, t, s):
    p = chat_prefix(ctx)
    return p + t, [(a + len(p), b + len(p), v) for a, b, v in s]


def doc_ok(text, spans, regions):
    masked = list(text)
    for a, b, _ in spans:
        for i in range(a, b):
            masked[i] = " " if text[i] in " \n" else "X"
    m = "".join(masked)
    if guard_hits(m):
        return False
    for reg in sorted(regions):
        if any(True for _ in phonenumbers.PhoneNumberMatcher(m, reg, leniency=phonenumbers.Leniency.VALID)):
            return False
    for a, b, _ in spans:
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            return False
    return True
