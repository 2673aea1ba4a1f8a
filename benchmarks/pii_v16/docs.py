"""Blocks and documents of v16: announced numbers in placements, rosters, value lines, hard negatives."""

from . import habits, iban, labels, locales, neg_labelled, neg_tables, phones, values
from .guards import problems
from .neg_patterned import PATTERNED_A, Fmt
from .neg_patterned2 import PATTERNED_B
from .phrasings import PHRASINGS
from .piece import Piece, fill, join, value
from .placements import PLACEMENTS
from .rosters import FORMATS, HEADINGS, JOBS, render

NEG_KINDS = [("labelled", k[0], k) for k in neg_labelled.KINDS] + [
    ("patterned", k[0], k) for k in PATTERNED_A + PATTERNED_B
]
PATTERN_FORMS = ["{c}: {v}", "{c} – {v}", "{v} ({c})"]
CARD_MODES = ["grouped"] * 42 + ["dashed"] * 38 + ["compact"] * 20


class Cycler:
    """Round-robin over a list shuffled once, so that every item gets used."""

    def __init__(self, rng, items):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def next(self):
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.phrasings = {lang: Cycler(rng, range(len(lst))) for lang, lst in PHRASINGS.items()}
        self.placements = {lang: Cycler(rng, PLACEMENTS) for lang in PHRASINGS}
        self.formats = Cycler(rng, FORMATS)
        self.shapes = Cycler(rng, labels.SHAPES)
        self.negs = Cycler(rng, NEG_KINDS)
        self.neg_forms = Cycler(rng, neg_labelled.FORMS)
        self.tables = Cycler(rng, neg_tables.TABLES)
        self.separators = Cycler(rng, neg_tables.SEPARATORS)
        self.log = []
        self.used_labels = set()

    # ---- phone numbers
    def phone(self, locale, mode):
        rng, region = self.rng, locales.phone_region(locale)
        meta = {"kind": "PHONE", "mode": mode, "region": region}
        if mode in ("local-announced", "list-entry"):
            share = 0.75 if mode == "local-announced" else 0.8
            sub = region in ("US", "GB", "DE", "NL", "BR") or (region == "IN" and rng.random() < share)
            if sub:
                num = phones.subscriber_fixed(rng, region)
                text = habits.subscriber(rng, num)
            else:
                num = (
                    phones.mobile(rng, region)
                    if region == "IN" and rng.random() < 0.8
                    else phones.any_number(rng, region)
                )
                text = habits.national(rng, num)
            meta["shape"] = "subscriber" if sub else "full"
        elif mode == "national":
            num = phones.any_number(rng, region)
            text = habits.national(rng, num)
        elif mode == "other":
            num = phones.service(rng, region)
            text = habits.national(rng, num)
            meta["service"] = num.kind
        else:
            own = phones.OWN.get(locale)
            if own and rng.random() < 0.6:
                meta["own"] = True
                region = own
            else:
                region = rng.choice([r for r in phones.CC if r not in (region, own)])
            num = phones.any_number(rng, region)
            text = habits.international(rng, num, us_writer=locale == "en_US" and rng.random() < 0.5)
            meta["region"] = region
        meta.update(e164=num.e164, area_len=num.area_len)
        return value(text, meta)

    # ---- local-announced in a placement
    def announced(self, locale, lang):
        rng = self.rng
        idx = self.phrasings[lang].next()
        phrase = fill(
            PHRASINGS[lang][idx],
            n=self.phone(locale, "local-announced"),
            f=locales.first_name(rng, locale, lang),
        )
        key = self.placements[lang].next()
        where, tmpl = PLACEMENTS[key]
        self.log.append(("phrasing", lang, idx))
        self.log.append(("placement", key, lang))
        return where, fill(tmpl[lang], p=phrase, g=locales.first_name(rng, locale, lang))

    def roster(self, locale, lang, size):
        rng = self.rng
        fmt = self.formats.next()
        heading = rng.choice(HEADINGS[lang])
        jobs = rng.sample(JOBS[lang].split("|"), size)
        names = []
        while len(names) < size:
            nm = locales.full_name(rng, locale, lang)
            if nm not in names:
                names.append(nm)
        rows = [(names[i], jobs[i], self.phone(locale, "list-entry")) for i in range(size)]
        self.log.append(("roster", fmt, heading, size))
        return render(fmt, lang, heading, rows)

    # ---- value lines
    def value_line(self, locale, lang, kind):
        rng = self.rng
        if kind in ("national", "intl", "other"):
            v = self.phone(locale, kind if kind != "intl" else "international")
            key = "own" if v.spans[0][2].get("own") else kind
        elif kind.startswith("email"):
            mode = kind.split("_")[1]
            text = (
                locales.personal_email(rng, locale)
                if mode == "personal"
                else locales.role_email(rng, locale, lang)
            )
            v, key = value(text, {"kind": "EMAIL", "mode": mode}), kind
        elif kind == "card":
            mode = rng.choice(CARD_MODES)
            v, key = value(values.card(rng, locale, mode), {"kind": "CREDIT_CARD", "mode": mode}), "card"
        elif kind == "iban":
            mode = "grouped" if rng.random() < 0.7 else "compact"
            num = iban.make(rng, iban.IBAN_COUNTRY[locale])
            v, key = (
                value(iban.grouped(num) if mode == "grouped" else num, {"kind": "IBAN", "mode": mode}),
                "iban",
            )
        elif kind == "ssn":
            mode = "dashed" if rng.random() < 0.85 else "spaced"
            v, key = value(values.ssn(rng, mode), {"kind": "US_SSN", "mode": mode}), "ssn"
        else:
            text = values.ipv4(rng, rng.random() < 0.6) if kind == "ipv4" else values.ipv6(rng)
            v, key = value(text, {"kind": "IP_ADDRESS", "mode": kind[2:]}), "ip"
        shape = self.shapes.next()
        self.log.append(("shape", shape, kind))
        choices = [x for x in labels.labels(key, lang) if x not in self.used_labels] or labels.labels(
            key, lang
        )
        lab = rng.choice(choices)
        self.used_labels.add(lab)
        if labels.SHAPES[shape].startswith("{l}"):
            lab = lab[0].upper() + lab[1:]
        return fill(labels.SHAPES[shape], l=lab, v=v)

    # ---- hard negatives
    def negative(self, lang, where):
        cat, key, kind = self.negs.next()
        llang = locales.label_lang(lang)
        for _ in range(200):
            if cat == "labelled":
                text, form = neg_labelled.render(self.rng, kind, llang, self.neg_forms.next())
            else:
                cap = kind[1].split("|")[neg_labelled.LANGS.index(llang)]
                form = self.rng.choice(PATTERN_FORMS)
                text = form.format(c=cap, v=kind[2](self.rng, Fmt(llang)))
            if not problems(text):
                self.log.append(("neg", cat, key, where, form))
                return Piece(text)
        raise RuntimeError(f"negative {key} keeps tripping the guards")

    def table(self, locale):
        kind = self.tables.next()
        lang = "en" if locale.startswith("en_") else locales.LOCALES[locale][0]
        for _ in range(200):
            text, sep = neg_tables.render(self.rng, kind, lang, self.separators.next())
            if not problems(text):
                self.log.append(("neg", "table", kind[0], "neg", sep))
                return kind[0], Piece(text)
        raise RuntimeError(f"table {kind[0]} keeps tripping the guards")

    # ---- documents
    def document(self, locale, lang, genre, spec=None):
        rng = self.rng
        key, _, _, title, fillers = genre
        self.used_labels = set()
        start, mid, end = [], [], []
        if spec and spec["announced"]:
            where, block = self.announced(locale, lang)
            {"start": start, "middle": mid, "end": end}[where].append(block)
        if spec and spec["roster"]:
            mid.append(self.roster(locale, lang, spec["roster"]))
        if spec:
            lines = [self.value_line(locale, lang, k) for k in spec["lines"]]
            if len(lines) >= 2 and rng.random() < 0.5:
                mid.append(join(lines, "\n"))
            else:
                mid.extend(lines)
        where = "pos" if spec else "neg"
        mid.extend(
            self.negative(lang, where) for _ in range(rng.randint(1, 3) if spec else rng.randint(2, 4))
        )
        chosen = rng.sample(fillers, rng.randint(2, 4))
        rest = chosen[1:] + mid
        rng.shuffle(rest)
        sign = rng.choice(locales.SIGNOFFS[lang]) + "\n" + locales.full_name(rng, locale, lang)
        doc = join(
            [title] + start + [rng.choice(locales.GREETINGS[lang]), chosen[0]] + rest + [sign] + end, "\n\n"
        )
        bad = problems(doc.text, [(s, e) for s, e, _ in doc.spans])
        if bad:
            raise RuntimeError(f"document trips the guards: {bad}")
        return doc
