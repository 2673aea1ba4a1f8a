"""Documents: value documents, prose negative-only documents and table documents, with their ledgers."""

from . import iban as ibans
from . import neg_labelled, neg_tables, phones, rosters, values
from .genres import GENRES
from .guards import trips, unlabelled
from .locales import ABROAD, GREETINGS, LOCALES, SIGNOFFS, SUBSCRIBER_ONLY, people, split
from .neg_patterns import P1
from .neg_patterns2 import P2
from .phrasings import PHRASINGS, for_lang

PATTERNED = {k: (t.split("|"), f) for k, t, f in P1 + P2}
PAT_LANGS = "en de fr es it nl pt".split()
COUNTRY_EN = {
    "GB": "the UK",
    "IE": "Ireland",
    "AU": "Australia",
    "FR": "France",
    "ES": "Spain",
    "US": "the US",
    "IN": "India",
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
    "NL": "the Netherlands",
    "IT": "Italy",
    "BE": "Belgium",
    "BR": "Brazil",
}


class Cycler:
    """Hands out keys in shuffled rounds, so every key is used and uses stay even."""

    def __init__(self, rng, keys):
        self.rng, self.keys, self.queue = rng, sorted(keys), []

    def next(self):
        if not self.queue:
            self.queue = list(self.keys)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class Ctx:
    def __init__(self, rng, locale, lang, genre):
        self.rng, self.locale, self.lang, self.genre = rng, locale, lang, genre
        self.plan = LOCALES[locale][1]
        self.home = LOCALES[locale][2]
        self.people = people(locale, lang)
        self.ledger = {"phrasings": [], "negatives": []}

    def name(self):
        return self.rng.choice(self.people)[0]


def phone_meta(ph, text, mode):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": ph.region,
        "e164": ph.e164,
        "area_len": ph.area_len,
    }


def local_phone(ctx, roster):
    """A number as announced or listed locally: subscriber-only where the plan allows, else national."""
    rng, plan = ctx.rng, ctx.plan
    share = {"IN": 0.8 if roster else 0.75}.get(plan, 1.0)
    if plan in SUBSCRIBER_ONLY and rng.random() < share:
        while True:
            ph = phones.draw(rng, plan, "geo" if plan != "BR" or rng.random() < 0.5 else "mobile")
            text = phones.subscriber(rng, ph)
            if text:
                return ph, text
    kind = "mobile" if plan == "IN" and rng.random() < 0.8 else None
    ph = phones.draw(rng, plan, kind)
    return ph, phones.national(rng, ph)


def fill(tpl, name, value, meta):
    """Segments for a template with {n} and one {num}/{v} slot."""
    key = "{num}" if "{num}" in tpl else "{v}"
    before, after = tpl.split(key)
    return [before.replace("{n}", name), (value, meta), after.replace("{n}", name)]


def announced(ctx, cyc):
    key = cyc[ctx.lang].next()
    ph, text = local_phone(ctx, False)
    ctx.ledger["phrasings"].append(key)
    return fill(PHRASINGS[key][2], ctx.name(), text, phone_meta(ph, text, "local-announced"))


def roster(ctx):
    rng, lang = ctx.rng, ctx.lang
    form = rng.choice(rosters.FORMS)
    names = [" ".join(p) for p in rng.sample(ctx.people, rng.randint(3, min(5, len(ctx.people))))]
    width = max(len(n) for n in names)
    segs = [rng.choice(split(rosters.HEADINGS[lang])) + {"hi": "", "fr": " :"}.get(lang, ":"), "\n"]
    head = rosters.header_line(form, lang)
    if head:
        segs += [head, "\n"]
    for i, n in enumerate(names):
        ph, text = local_phone(ctx, True)
        before, after = rosters.entry_parts(rng, form, i, n, rng.choice(split(rosters.ROLES[lang])), width)
        segs += [before, (text, phone_meta(ph, text, "list-entry")), after, "\n"]
    ctx.ledger["roster"] = form
    return segs[:-1]


def contact(ctx, mode):
    rng, lang = ctx.rng, ctx.lang
    if mode == "international":
        region = ctx.home if ctx.home and rng.random() < 0.85 else rng.choice(ABROAD[ctx.plan].split())
        ph = phones.draw(rng, region)
        text = phones.international(rng, ph, us_writer=ctx.locale == "en_US" and rng.random() < 0.4)
        tpl = rng.choice(split(values.ABROAD_LINE[lang])).replace("{c}", COUNTRY_EN[region])
    elif mode == "other":
        ph = phones.draw(rng, ctx.plan, "service")
        text = phones.national(rng, ph)
        tpl = rng.choice(split(values.SERVICE_LINE[lang]))
    else:
        ph = phones.draw(rng, ctx.plan)
        text = phones.national(rng, ph)
        tpl = rng.choice(split(values.CONTACT[lang]))
    return fill(tpl, ctx.name(), text, phone_meta(ph, text, mode))


def other_value(ctx, kind):
    rng, lang = ctx.rng, ctx.lang
    first, last = rng.choice(people(ctx.locale, "en" if lang == "hi" else lang))
    if kind == "EMAIL":
        role = rng.random() < 0.42
        text = values.email(rng, ctx.locale, first, last, ctx.genre, role)
        mode = "role" if role else "personal"
    elif kind == "IP_ADDRESS":
        text, mode = values.ip(rng)
    elif kind == "IBAN":
        text, mode = ibans.iban(rng, ctx.locale)
    elif kind == "CREDIT_CARD":
        text, mode = values.card(rng, ctx.locale)
    else:
        text, mode = values.ssn(rng)
    lines = values.LINES[kind]
    tpl = rng.choice(split(lines.get(lang) or lines["en"]))
    who = first if lang != "hi" else ctx.name()
    return fill(tpl, who, text, {"kind": kind, "mode": mode, "text": text})


def negative(ctx, cyc):
    key = cyc["neg"].next()
    ctx.ledger["negatives"].append(key)
    if key in neg_labelled.LABELLED:
        return [neg_labelled.render(ctx.rng, key, ctx.lang)]
    tpls, fn = PATTERNED[key]
    lang = ctx.lang if ctx.lang in PAT_LANGS else "en"
    return [tpls[PAT_LANGS.index(lang)].replace("{v}", fn(ctx.rng, lang))]


def draw_negative_key(rng, cyc):
    return cyc["lab"] if rng.random() < 0.37 else cyc["pat"]


def value_blocks(ctx, cyc):
    rng = ctx.rng
    blocks = [announced(ctx, cyc) for _ in range(rng.choice([0, 1, 1, 1, 0, 2, 1, 0, 1, 1]))]
    if rng.random() < 0.13:
        blocks.append(roster(ctx))
    blocks += [contact(ctx, "national") for _ in range(rng.choice([0, 1, 1, 0, 1, 2, 0, 1]))]
    n_int = int(rng.random() < (0.85 if ctx.home else 0.1))
    blocks += [contact(ctx, "international") for _ in range(n_int)]
    if rng.random() < 0.13:
        blocks.append(contact(ctx, "other"))
    odds = {
        "EMAIL": 0.32,
        "IP_ADDRESS": 0.18,
        "IBAN": 0.16 if ctx.locale in ibans.COUNTRY else 0,
        "CREDIT_CARD": 0.11,
        "US_SSN": 0.7 if ctx.locale == "en_US" else 0,
    }
    for kind, p in odds.items():
        if rng.random() < p:
            blocks.append(other_value(ctx, kind))
    if not blocks:
        blocks.append(contact(ctx, "national"))
    return blocks


def negatives(ctx, cyc, n):
    out = []
    for _ in range(n):
        sub = {"neg": draw_negative_key(ctx.rng, cyc)}
        out.append(negative(ctx, sub))
    return out


def assemble(head, blocks, tail):
    """Join blocks (lists of segments) into text and sorted spans/values."""
    text, spans, vals = "", [], []
    pieces = [[head]] + blocks + [[tail]]
    for i, block in enumerate(pieces):
        if i:
            multi = any("\n" in (s if isinstance(s, str) else s[0]) for s in block + pieces[i - 1])
            text += "\n\n" if multi or i in (1, len(pieces) - 1) else "\n"
        for seg in block:
            if isinstance(seg, str):
                text += seg
                continue
            value, meta = seg
            spans.append({"kind": meta["kind"], "start": len(text), "end": len(text) + len(value)})
            vals.append(meta)
            text += value
    return text, spans, vals


def frame(ctx):
    g = GENRES[ctx.genre]
    head = ctx.rng.choice(g["titles"]) + "\n\n" + ctx.rng.choice(split(GREETINGS[ctx.lang]))
    tail = ctx.rng.choice(split(SIGNOFFS[ctx.lang])).replace("{n}", ctx.name())
    body = [[line] for line in ctx.rng.sample(g["lines"], ctx.rng.randint(2, 3))]
    return head, body, tail


def positive_doc(rng, locale, genre, cyc):
    ctx = Ctx(rng, locale, GENRES[genre]["lang"], genre)
    head, body, tail = frame(ctx)
    middle = value_blocks(ctx, cyc) + negatives(ctx, cyc, rng.choice([1, 2, 2, 3, 3]))
    rng.shuffle(middle)
    middle = body[:1] + middle + body[1:]
    return ctx, assemble(head, middle, tail)


def prose_negative_doc(rng, locale, genre, cyc):
    ctx = Ctx(rng, locale, GENRES[genre]["lang"], genre)
    head, body, tail = frame(ctx)
    middle = body + negatives(ctx, cyc, rng.choice([3, 3, 4, 4, 5]))
    rng.shuffle(middle)
    return ctx, assemble(head, middle, tail)


TABLE_NOTES = {
    "en": "Notes:",
    "de": "Notizen:",
    "fr": "Notes :",
    "es": "Notas:",
    "it": "Note:",
    "nl": "Notities:",
    "pt": "Observações:",
}


def table_doc(rng, locale, key, cyc):
    lang = LOCALES[locale][0]
    ctx = Ctx(rng, locale, lang, key)
    ctx.ledger["negatives"].append(key)
    table = neg_tables.render(rng, key, lang, ctx.people)
    extra = negatives(ctx, cyc, rng.choice([1, 2, 2, 3]))
    blocks = [[TABLE_NOTES[lang]]] + extra if rng.random() < 0.5 else extra
    return ctx, assemble(table, blocks, rng.choice(split(SIGNOFFS[lang])).replace("{n}", ctx.name()))


def guarded(rng, make, *args):
    """Draw a document until its unlabelled text passes the guards."""
    for _ in range(200):
        ctx, (text, spans, vals) = make(rng, *args)
        if trips(unlabelled(text, spans)) is None:
            return ctx, text, spans, vals
    raise RuntimeError("guards keep tripping for %r" % (args,))


def cyclers(rng):
    cyc = {lang: Cycler(rng, for_lang(lang)) for lang in "en de fr es it nl pt hg hi".split()}
    cyc["lab"] = Cycler(rng, neg_labelled.LABELLED)
    cyc["pat"] = Cycler(rng, PATTERNED)
    return cyc
