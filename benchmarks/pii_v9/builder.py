"""Documents as blocks of segments (text or a value), assembled with exact character offsets."""

from dataclasses import dataclass, field

from . import phone_format as pf
from . import phones
from . import values as vals
from .contexts import CARD, CITY, EMAIL, IBAN, INTERNATIONAL, IP, NATIONAL, ROSTER_NOTE, SERVICE, SSN
from .guards import trips, unlabelled
from .locales import LOCALES, ROSTER_HEAD, name, town
from .negatives import draw_negative
from .phrases_a import PHRASES_A
from .phrases_b import PHRASES_B

PHRASES = {**PHRASES_A, **PHRASES_B}
SUBSCRIBER_PLANS = {"US", "GB", "DE", "NL", "BR", "IN"}
REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "AU", "IE", "AT", "CH", "BE"]
NAME_HEAD = {
    "en": "Name",
    "de": "Name",
    "fr": "Nom",
    "es": "Nombre",
    "it": "Nome",
    "nl": "Naam",
    "pt": "Nome",
}
NAME_HEAD["hi"] = "नाम"
NOTE_HEAD = {"en": "Notes", "de": "Hinweis", "fr": "Remarque", "es": "Nota", "it": "Note", "nl": "Opmerking"}
NOTE_HEAD.update({"pt": "Obs.", "hi": "टिप्पणी"})


@dataclass
class V:
    kind: str
    mode: str
    text: str
    extra: dict = field(default_factory=dict)  # sidecar fields after kind, mode, text
    note: dict = field(default_factory=dict)  # bookkeeping for the counts only

    def sidecar(self):
        return {"kind": self.kind, "mode": self.mode, "text": self.text, **self.extra}


@dataclass
class Doc:
    locale: str
    kind: str  # pos or neg
    genre: str
    text: str
    spans: list
    values: list
    negatives: list


class Ctx:
    """What a document knows about itself: locale, number plan and languages."""

    def __init__(self, genre):
        self.genre = genre
        self.loc = genre["locale"]
        self.home, self.plan, _, _ = LOCALES[self.loc]
        self.plang = genre["lang"]  # phrase language: en hinglish hi de fr es it nl pt
        self.nlang = "en" if self.plang == "hinglish" else self.plang  # label language
        self.vlang = "en" if self.plang in ("hinglish", "hi") else self.plang  # IP/IBAN/card lines


def line(template, v=None, **kw):
    for key, val in kw.items():
        template = template.replace("{%s}" % key, val)
    if v is None:
        return [template]
    pre, post = template.split("{v}" if "{v}" in template else "{n}")
    return [pre, v, post]


def assemble(blocks, sep):
    text, spans, values = "", [], []
    for i, block in enumerate(blocks):
        if i:
            text += sep
        for seg in block:
            if isinstance(seg, V):
                spans.append({"kind": seg.kind, "start": len(text), "end": len(text) + len(seg.text)})
                values.append(seg)
                text += seg.text
            else:
                text += seg
    return text, spans, values


def _phone(ph, mode, text, **note):
    return V("PHONE", mode, text, ph.meta(), note)


def _full(rng, plan, kind=None):
    ph = phones.draw(rng, plan, kind or ("geo" if rng.random() < 0.6 else "mobile"))
    return ph, pf.checked(pf.national, ph, rng, plan)


def _local(rng, plan, share):
    """A subscriber-only number (US, GB, DE, NL, BR, IN plans) or else a full national one."""
    if plan in SUBSCRIBER_PLANS and rng.random() < share:
        ph = phones.draw_subscriber_able(rng, plan)
        return ph, pf.subscriber(ph, rng), True
    if plan == "IN":
        kind = "mobile" if rng.random() < 0.8 else "geo"
    else:
        kind = "geo" if rng.random() < 0.65 else "mobile"
    ph, text = _full(rng, plan, kind)
    return ph, text, False


def national(rng, ctx):
    ph, text = _full(rng, ctx.plan)
    return line(rng.choice(NATIONAL[ctx.plang]), _phone(ph, "national", text), name=name(rng, ctx.loc))


_DECKS = {}


def reset_decks():
    _DECKS.clear()


def _deal(rng, lang):
    """The next phrasing of a language from a shuffled deck, so that every phrasing gets used."""
    deck = _DECKS.setdefault(lang, [])
    if not deck:
        deck.extend(rng.sample(PHRASES[lang], len(PHRASES[lang])))
    return deck.pop()


def announced(rng, ctx):
    ph, text, sub = _local(rng, ctx.plan, 0.75 if ctx.plan == "IN" else 1.0)
    placement, tpl = _deal(rng, ctx.plang)
    v = _phone(ph, "local-announced", text, lang=ctx.plang, placement=placement, phrase=tpl, subscriber=sub)
    return line(tpl, v, name=name(rng, ctx.loc))


def international(rng, ctx):
    if ctx.home in ("AT", "CH", "BE", "AU", "IE"):
        region = ctx.home if rng.random() < 0.75 else rng.choice(REGIONS)
    else:
        region = ctx.home if rng.random() < 0.35 else rng.choice([r for r in REGIONS if r != ctx.home])
    ph = phones.draw(rng, region, "geo" if rng.random() < 0.55 else "mobile")
    writer = ctx.plan
    text = pf.checked(lambda p, r: pf.international(p, r, writer), ph, rng, writer)
    tpl = rng.choice(INTERNATIONAL[ctx.plang])
    return line(tpl, _phone(ph, "international", text), name=name(rng, ctx.loc), place=CITY[region])


def service(rng, ctx):
    ph = phones.draw(rng, ctx.plan, "other")
    text = pf.checked(pf.service, ph, rng, ctx.plan)
    return line(rng.choice(SERVICE[ctx.plang]), _phone(ph, "other", text))


def roster(rng, ctx):
    head = rng.choice(ROSTER_HEAD[ctx.plang])
    notes = ROSTER_NOTE.get(ctx.vlang, ROSTER_NOTE["en"])
    style = rng.choice(["list", "table", "dots"])
    n = rng.choice([2, 2, 3, 3, 3, 4, 4])
    if style == "table":
        segs = ["%s | %s | %s\n" % (NAME_HEAD[ctx.nlang], head, NOTE_HEAD[ctx.nlang])]
    else:
        segs = [head + ":\n"]
    for i in range(n):
        ph, text, sub = _local(rng, ctx.plan, 0.8 if ctx.plan == "IN" else 1.0)
        v = _phone(ph, "list-entry", text, subscriber=sub, style=style)
        person = name(rng, ctx.loc)
        if style == "table":
            segs += ["%s | " % person, v, " | %s" % rng.choice(notes)]
        elif style == "list":
            segs += ["- %s: " % person, v] + ([" (%s)" % rng.choice(notes)] if rng.random() < 0.4 else [])
        else:
            segs += ["%s %s " % (person, "." * rng.randint(3, 9)), v]
        if i < n - 1:
            segs.append("\n")
    return segs


def email(rng, ctx):
    person = name(rng, ctx.loc)
    if rng.random() < 0.6:
        v = V("EMAIL", "personal", vals.email_personal(rng, ctx.loc, person))
    else:
        words = ctx.genre["slug"].split("-")[:2] + [town(rng, ctx.loc)]
        v = V("EMAIL", "role", vals.email_role(rng, ctx.loc, words, ctx.vlang))
    return line(rng.choice(EMAIL[ctx.plang]), v, name=person)


def ip_address(rng, ctx):
    v6 = rng.random() < 0.28
    v = V("IP_ADDRESS", "v6" if v6 else "v4", vals.ipv6(rng) if v6 else vals.ipv4(rng))
    tpls = [t for t in IP[ctx.vlang] if not (v6 and "http" in t)]
    return line(rng.choice(tpls), v)


def iban(rng, ctx):
    cc = {"AU": "GB"}.get(ctx.home, ctx.home)
    raw = vals.iban(rng, cc)
    grouped = rng.random() < 0.88
    v = V("IBAN", "grouped" if grouped else "compact", vals.group4(raw) if grouped else raw)
    return line(rng.choice(IBAN[ctx.vlang]), v)


def card(rng, ctx):
    brands = {
        "IN": [("508", 16), ("60", 16), ("65", 16), ("4", 16), ("51", 16)],
        "BR": [("636368", 16), ("504175", 16), ("4", 16), ("53", 16)],
    }.get(ctx.home)
    mode = rng.choices(["grouped", "dashed", "compact"], weights=[45, 25, 30])[0]
    v = V("CREDIT_CARD", mode, vals.card_text(rng, vals.card(rng, brands), mode))
    return line(rng.choice(CARD[ctx.vlang]), v)


def ssn(rng, ctx):
    mode = "dashed" if rng.random() < 0.85 else "spaced"
    return line(rng.choice(SSN), V("US_SSN", mode, vals.ssn(rng, mode)))


def _neg(rng, ctx, kinds, prefer=()):
    kind, text = draw_negative(rng, ctx.nlang, ctx.plan, ctx.loc, prefer)
    kinds.append(kind)
    return [text]


def _title(rng, ctx):
    return (
        rng.choice(ctx.genre["titles"])
        .replace("{town}", town(rng, ctx.loc))
        .replace("{name}", name(rng, ctx.loc))
    )


def positive(rng, genre, recipe):
    ctx, mid, negs = Ctx(genre), [], []
    for fn, key in ((national, "national"), (announced, "announced"), (international, "international")):
        mid += [fn(rng, ctx) for _ in range(recipe[key])]
    mid += [roster(rng, ctx) for _ in range(recipe["roster"])]
    mid += [service(rng, ctx) for _ in range(recipe["service"])]
    mid += [email(rng, ctx) for _ in range(recipe["email"])]
    mid += [ip_address(rng, ctx) for _ in range(recipe["ip"])]
    mid += [iban(rng, ctx) for _ in range(recipe.get("iban", 0))]
    mid += [card(rng, ctx) for _ in range(recipe["card"])]
    mid += [ssn(rng, ctx) for _ in range(recipe.get("ssn", 0))]
    if not mid:
        mid.append(national(rng, ctx))
    mid += [_neg(rng, ctx, negs) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
    mid += [[f] for f in rng.sample(genre["lines"], rng.randint(1, min(3, len(genre["lines"]))))]
    rng.shuffle(mid)
    blocks = [[_title(rng, ctx)]] + mid
    if rng.random() < 0.4:
        blocks.append(["- " + name(rng, ctx.loc)])
    text, spans, values = assemble(blocks, rng.choice(["\n", "\n", "\n\n"]))
    return Doc(ctx.loc, "pos", genre["slug"], text, spans, values, negs)


def negative(rng, genre):
    ctx, mid, negs = Ctx(genre), [], []
    prefer = genre["prefer"]
    low, high = (3, 6) if prefer else (2, 5)
    mid += [_neg(rng, ctx, negs, prefer) for _ in range(rng.randint(low, high))]
    mid += [[f] for f in rng.sample(genre["lines"], rng.randint(1, min(3, len(genre["lines"]))))]
    rng.shuffle(mid)
    blocks = [[_title(rng, ctx)]] + mid
    if rng.random() < 0.3:
        blocks.append(["- " + name(rng, ctx.loc)])
    text, spans, values = assemble(blocks, rng.choice(["\n", "\n", "\n\n"]))
    return Doc(ctx.loc, "neg", genre["slug"], text, spans, values, negs)


def screened(rng, make, genre, *args):
    """Draw documents until one whose unlabelled text trips no guard."""
    for _ in range(80):
        doc = make(rng, genre, *args)
        if trips(unlabelled(doc.text, doc.spans)) is None:
            return doc
    raise RuntimeError("guards keep tripping for %s" % genre["slug"])
