"""The v19 plan, pieces and documents. build(seed) returns (records, values, log)."""

import random
from collections import Counter, defaultdict

from . import corpus, guards, lines, neg_labelled, neg_patterned, neg_tables, phones, values
from .locales import (
    GENRES,
    GREET,
    LOCALE_WEIGHTS,
    MAIL,
    OWN,
    PEOPLE,
    PLAN,
    ROLE_MAIL,
    SIGN,
    base_lang,
    genres_for,
    people_key,
)
from .phrasings import PHRASINGS, PLACEMENTS, WORDS

N_POS, N_NEG_PROSE, N_NEG_TABLE = 600, 225, 225
ITEM_COUNTS = {
    "announced": 450,
    "roster": 60,
    "national": 400,
    "intl": 150,
    "other": 100,
    "email_personal": 90,
    "email_role": 80,
    "ip": 90,
    "card": 75,
}
MODE_SPLITS = {
    "ip": ["v4"] * 60 + ["v6"] * 30,
    "card": ["grouped"] * 39 + ["dashed"] * 18 + ["compact"] * 18,
    "iban": ["grouped"] * 55 + ["compact"] * 10,
    "ssn": ["dashed"] * 35 + ["spaced"] * 5,
}
N_IBAN, N_SSN = 65, 40


class Doc:
    """Text assembled from pieces; a piece is a list of str and (value, entry) parts."""

    def __init__(self):
        self.parts = []

    def add(self, piece, sep="\n\n"):
        if self.parts:
            self.parts.append(sep)
        self.parts.extend(piece)

    def render(self):
        text, spans, vals = "", [], []
        for p in self.parts:
            if isinstance(p, str):
                text += p
            else:
                value, entry = p
                spans.append({"kind": entry["kind"], "start": len(text), "end": len(text) + len(value)})
                vals.append(entry)
                text += value
        return text, spans, vals


def fill(template, value, entry):
    pre, suf = template.split("{n}")
    return [pre, (value, entry), suf]


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.log = defaultdict(Counter)
        self.cycle = Counter()
        self.en_in = 0

    def next_of(self, key, seq):
        i = self.cycle[key]
        self.cycle[key] += 1
        return seq[i % len(seq)]

    def lang_of(self, locale):
        if locale != "en_IN":
            return base_lang(locale)
        self.en_in += 1
        return ("en", "hg", "hi")[self.en_in % 3]

    def person(self, locale):
        firsts, lasts = PEOPLE[people_key(locale)]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    # phones -------------------------------------------------------------
    def local(self, locale, mode):
        region = PLAN[locale]
        share = (0.75 if mode == "local-announced" else 0.8) if region == "IN" else 1.0
        text, habit, num, how = phones.local_number(self.rng, region, share)
        self.log["habits " + mode][habit] += 1
        self.log["local"][f"{mode} {how} {region}"] += 1
        return text, phones.phone_entry(text, mode, num, region)

    def national(self, locale):
        region = PLAN[locale]
        num = phones.draw(self.rng, region, "mobile" if self.rng.random() < 0.45 else "fixed")
        habit = phones.national_habit(self.rng, region)
        text = phones.write_national(self.rng, num, region, habit)
        self.log["habits national"][habit] += 1
        return text, phones.phone_entry(text, "national", num, region)

    def intl(self, locale):
        own = OWN.get(locale)
        if own and self.rng.random() < 0.6:
            region, kind = own, "own"
            self.log["own-country numbers"][own] += 1
        else:
            region = self.rng.choice([r for r in phones.ALL_REGIONS if r not in (PLAN[locale], own)])
            kind = "intl"
        num = phones.draw(self.rng, region, "mobile" if self.rng.random() < 0.4 else "fixed")
        habit = phones.intl_habit(self.rng, region, PLAN[locale])
        text = phones.write_international(self.rng, num, region, habit)
        self.log["habits international"][habit] += 1
        return kind, text, phones.phone_entry(text, "international", num, region)

    def service(self, locale):
        region = PLAN[locale]
        kind = self.rng.choice(phones.service_kinds(region))
        num = phones.draw(self.rng, region, kind)
        habit = self.rng.choice(("spaces", "dashes", "dots", "slash", "none", "standard"))
        text = phones.write_national(self.rng, num, region, habit)
        self.log["habits other"][habit] += 1
        self.log["service numbers"][f"{region} {kind}"] += 1
        return text, phones.phone_entry(text, "other", num, region)

    # pieces -------------------------------------------------------------
    def announced(self, locale, lang, fillers):
        rng = self.rng
        k = self.cycle["phr " + lang] % len(PHRASINGS[lang])
        phrase = self.next_of("phr " + lang, PHRASINGS[lang]).replace("{f}", self.person(locale)[0])
        self.log["phrasings"][f"{lang} {k}"] += 1
        place = self.next_of("place " + lang, list(PLACEMENTS))
        where, tpl = PLACEMENTS[place]
        need = tpl.count("{F1}") + tpl.count("{F2}")
        if need > len(fillers):
            place, (where, tpl) = "arrow_bullet", PLACEMENTS["arrow_bullet"]
        self.log["placements"][place] += 1
        self.log["placement x language"][f"{place} {lang}"] += 1
        for key in ("{F1}", "{F2}"):
            if key in tpl:
                tpl = tpl.replace(key, fillers.pop())
        note, thx = WORDS[lang]
        tpl = tpl.replace("{note}", note).replace("{thx}", thx).replace("{g}", self.person(locale)[0])
        tpl = tpl.replace("{hh}", f"{rng.randint(7, 22):02d}").replace("{mm}", f"{rng.randint(0, 59):02d}")
        text, entry = self.local(locale, "local-announced")
        return where, fill(tpl.replace("{P}", phrase), text, entry)

    def roster(self, locale, lang):
        fmt = self.next_of("roster", lines.ROSTER_FORMATS)
        size = self.rng.randint(3, 6)
        jobs = self.rng.sample(lines.JOBS[lang], size)
        entries = [(" ".join(self.person(locale)), job) for job in jobs]
        self.log["roster formats"][fmt] += 1
        self.log["roster sizes"][size] += 1
        piece = [self.rng.choice(lines.ROSTER_HEADINGS[lang]), "\n"]
        for i, ln in enumerate(lines.roster_lines(fmt, lang, entries)):
            if i:
                piece.append("\n")
            if "{N}" in ln:
                text, entry = self.local(locale, "list-entry")
                pre, suf = ln.split("{N}")
                piece += [pre, (text, entry), suf]
            else:
                piece.append(ln)
        return piece

    def value_line(self, locale, lang, item, mode):
        rng = self.rng
        kind = item
        if item == "national":
            text, entry = self.national(locale)
        elif item == "intl":
            kind, text, entry = self.intl(locale)
        elif item == "other":
            text, entry = self.service(locale)
        elif item in ("email_personal", "email_role"):
            if item == "email_personal":
                first, last = self.person(locale)
                text = values.personal_email(rng, first, last, rng.choice(MAIL[locale]))
            else:
                boxes, domains = ROLE_MAIL[base_lang(locale)]
                text = f"{rng.choice(boxes)}@{rng.choice(domains)}"
            entry = {"kind": "EMAIL", "mode": item.split("_")[1], "text": text}
        elif item == "ip":
            text = values.ipv4(rng) if mode == "v4" else values.ipv6(rng)
            entry = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        elif item == "card":
            text = values.card(rng, locale, mode)
            entry = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        elif item == "iban":
            text = values.iban(rng, values.IBAN_COUNTRY[locale], mode)
            entry = {"kind": "IBAN", "mode": mode, "text": text}
        else:
            text = values.ssn(rng, mode)
            entry = {"kind": "US_SSN", "mode": mode, "text": text}
        shape = self.next_of("shape", list(lines.LINE_SHAPES))
        self.log["value-line shapes"][shape] += 1
        self.log["value-line kinds"][kind] += 1
        pre, suf = lines.value_line(rng, shape, kind, lang)
        return [pre, (text, entry), suf]

    def hard_negative(self, lang):
        kinds = [("labelled", k) for k in neg_labelled.KINDS] + [("patterned", k) for k in neg_patterned.GEN]
        fam, kind = self.next_of("neg", kinds)
        mod = neg_labelled if fam == "labelled" else neg_patterned
        form = self.next_of("negform " + fam, list(mod.FORMS))
        for _ in range(50):
            text = mod.make(self.rng, kind, lang, form)
            if not guards.problems(text):
                break
            self.log["redraws"]["hard negative"] += 1
        self.log["hard-negative kinds"][f"{fam} {kind}"] += 1
        self.log["hard-negative forms"][f"{fam} {form}"] += 1
        return [text]

    # documents ------------------------------------------------------------
    def prose(self, locale, lang, items):
        rng = self.rng
        genre = rng.choice(genres_for(lang))
        title, fillers = GENRES[genre][1], list(GENRES[genre][2])
        rng.shuffle(fillers)
        slots = defaultdict(list)
        vlines = []
        for item, mode in items:
            if item == "announced":
                where, piece = self.announced(locale, lang, fillers)
                slots[where].append(piece)
            elif item == "roster":
                slots["body"].append(self.roster(locale, lang))
            elif item == "neg":
                slots["body"].append(self.hard_negative(lang))
            else:
                vlines.append(self.value_line(locale, lang, item, mode))
        if len(vlines) > 1 and rng.random() < 0.5:
            block = []
            for i, v in enumerate(vlines):
                block += (["\n"] if i else []) + v
            vlines = [block]
        body = slots["body"] + vlines + [[f] for f in fillers]
        rng.shuffle(body)
        doc = Doc()
        doc.add([title])
        for piece in slots["top"]:
            doc.add(piece)
        doc.add([rng.choice(GREET[lang])])
        for piece in slots["first"] + body + slots["last"]:
            doc.add(piece)
        doc.add([rng.choice(SIGN[lang]) + "\n" + " ".join(self.person(locale))])
        for piece in slots["after"]:
            doc.add(piece)
        return genre, doc.render()

    def checked(self, make):
        for _ in range(100):
            genre, (text, spans, vals) = make()
            if not guards.problems(text, spans):
                return genre, text, spans, vals
            self.log["redraws"]["document"] += 1
        raise RuntimeError("guards keep tripping")


def _locales(rng, n):
    keys = list(LOCALE_WEIGHTS)
    return rng.choices(keys, weights=[LOCALE_WEIGHTS[k] for k in keys], k=n)


def _plan_items(rng, locs):
    per_doc = [[] for _ in locs]
    pool = [it for it, n in ITEM_COUNTS.items() for _ in range(n) if it != "roster"]
    modes = {k: list(v) for k, v in MODE_SPLITS.items()}
    for v in modes.values():
        rng.shuffle(v)
    rng.shuffle(pool)
    for i in rng.sample(range(len(locs)), ITEM_COUNTS["roster"]):
        per_doc[i].append("roster")
    order = list(range(len(locs)))
    for i in order:
        if not per_doc[i]:
            per_doc[i].append(pool.pop())
    for it in pool:
        per_doc[rng.randrange(len(locs))].append(it)
    ssn_docs = [i for i, loc in enumerate(locs) if loc == "en_US"]
    iban_docs = [i for i, loc in enumerate(locs) if loc in values.IBAN_COUNTRY]
    per_doc_modes = [[(it, modes[it].pop() if it in modes else None) for it in d] for d in per_doc]
    for _ in range(N_SSN):
        per_doc_modes[rng.choice(ssn_docs)].append(("ssn", modes["ssn"].pop()))
    for _ in range(N_IBAN):
        per_doc_modes[rng.choice(iban_docs)].append(("iban", modes["iban"].pop()))
    return per_doc_modes


def build(seed):
    b = Builder(seed)
    rng = b.rng
    out = []
    pos_locs = _locales(rng, N_POS)
    for n, (loc, items) in enumerate(zip(pos_locs, _plan_items(rng, pos_locs), strict=True)):
        lang = b.lang_of(loc)
        if rng.random() < 0.6:
            items = items + [("neg", None)]
        genre, text, spans, vals = b.checked(
            lambda loc=loc, lang=lang, items=items: b.prose(loc, lang, items)
        )
        out.append(({"id": f"{loc}-pos-{genre}-{n}", "locale": loc, "text": text, "spans": spans}, vals))
        b.log["documents"]["pos"] += 1
        b.log["prose languages"][lang] += 1
    for n, loc in enumerate(_locales(rng, N_NEG_PROSE), start=N_POS):
        lang = b.lang_of(loc)
        items = [("neg", None)] * rng.randint(2, 3)
        genre, text, spans, vals = b.checked(
            lambda loc=loc, lang=lang, items=items: b.prose(loc, lang, items)
        )
        out.append(({"id": f"{loc}-neg-{genre}-{n}", "locale": loc, "text": text, "spans": []}, []))
        b.log["documents"]["neg prose"] += 1
        b.log["prose languages"][lang] += 1
    for n, loc in enumerate(_locales(rng, N_NEG_TABLE), start=N_POS + N_NEG_PROSE):
        lang = "en" if loc.startswith("en_") else base_lang(loc)
        key = b.next_of("table", list(neg_tables.HEADS))
        sep = b.next_of("table sep", neg_tables.SEPARATORS)

        def make(key=key, lang=lang, sep=sep):
            return key, (neg_tables.make(rng, key, lang, sep), [], [])

        _, text, _, _ = b.checked(make)
        out.append(({"id": f"{loc}-neg-{key}-{n}", "locale": loc, "text": text, "spans": []}, []))
        b.log["documents"]["neg table"] += 1
        b.log["tables"][key] += 1
        b.log["table separators"][repr(sep)] += 1
        b.log["table languages"][lang] += 1
    for rec in corpus.records(rng):
        out.append((rec, []))
        b.log["documents"]["corpus"] += 1
        b.log["corpus"][rec["id"].rsplit("-", 1)[0].replace("-", " ")] += 1
    rng.shuffle(out)
    return [r for r, _ in out], [{"values": v} for _, v in out], b.log
