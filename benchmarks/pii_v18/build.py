"""The v18 plan and documents: pieces, assembly and the build log (deterministic with the seed)."""

import random

from . import lines as L
from . import neg_labelled as NL
from . import neg_patterned as NP
from . import neg_tables as NT
from . import phones as P
from . import values as V
from .corpus import corpus_records
from .guards import clean, mask
from .locales import GENRES, GREET, LOCALES, MAIL, PEOPLE, ROLE, SIGN
from .phrasings import PHRASINGS, PLACEMENTS, WORDS

SEED = 10018
N_POS, N_PROSE, N_TABLE = 600, 225, 225
LINE_KINDS = {
    "national": 400,
    "intl": 150,
    "other": 100,
    "email_personal": 90,
    "email_role": 80,
    "ipv4": 60,
    "ipv6": 30,
    "card": 75,
    "iban": 65,
    "ssn": 40,
}
N_ANNOUNCED, N_ROSTERS = 450, 60


class Deck:
    """Cycles through a list in shuffled rounds, so every item gets used about equally."""

    def __init__(self, rng, items):
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _group(locale, lang):
    if locale == "en_IN":
        return "in"
    return "en" if lang in ("en", "hg", "hi") else lang


def _person(rng, locale, lang):
    first, last = PEOPLE[_group(locale, lang)]
    return rng.choice(first), rng.choice(last)


def _cap(s):
    return s[:1].upper() + s[1:]


class Doc:
    """Collects the pieces of one document and its log."""

    def __init__(self, rng, locale, lang, decks):
        self.rng, self.locale, self.lang, self.decks = rng, locale, lang, decks
        self.plan, self.own = LOCALES[locale][1], LOCALES[locale][2]
        self.top, self.first, self.body, self.last = [], [], [], []
        self.log = {
            "lang": lang,
            "phrasings": [],
            "placements": [],
            "rosters": [],
            "shapes": [],
            "lines": [],
            "negs": [],
            "habits": [],
            "local": [],
            "service": [],
            "own": [],
        }

    # ------------------------------------------------------------ numbers
    def local_number(self, mode):
        rng, plan = self.rng, self.plan
        sub_p = 0.0
        if plan in P.SUBSCRIBER_REGIONS:
            sub_p = 1.0 if plan != "IN" else (0.75 if mode == "local-announced" else 0.8)
        if rng.random() < sub_p:
            num, sub = P.draw_subscriber(rng, plan)
            text, habit = P.write_subscriber(rng, sub, plan)
            how = "subscriber"
        else:
            mob = rng.random() < (0.8 if plan == "IN" else 0.5)
            num = P.draw(rng, plan, "mobile" if mob else "fixed")
            text, habit = P.write_national(rng, num, plan)
            how = "full"
        self.log["habits"].append((mode, habit))
        self.log["local"].append((mode, how, plan))
        return P.phone_entry(mode, text, num)

    def value(self, kind):
        rng, plan = self.rng, self.plan
        if kind == "national":
            num = P.draw(rng, plan, "mobile" if rng.random() < 0.45 else "fixed")
            text, habit = P.write_national(rng, num, plan)
            self.log["habits"].append(("national", habit))
            return "national", P.phone_entry("national", text, num)
        if kind == "intl":
            key = "intl"
            if self.own and rng.random() < 0.6:
                region, key = self.own, "own"
                self.log["own"].append(region)
            else:
                region = rng.choice([r for r in P.REGIONS if r not in (plan, self.own)])
            num = P.draw(rng, region, "mobile" if rng.random() < 0.5 else "fixed")
            text, habit = P.write_international(rng, num, plan)
            self.log["habits"].append(("international", habit))
            return key, P.phone_entry("international", text, num)
        if kind == "other":
            skind = rng.choice(P.service_kinds(plan))
            num = P.draw(rng, plan, skind)
            text, habit = P.write_national(
                rng, num, plan, ["spaces", "dashes", "dots", "slash", "none", "standard"]
            )
            self.log["habits"].append(("other", habit))
            self.log["service"].append((plan, skind))
            return "other", P.phone_entry("other", text, num)
        if kind == "email_personal":
            first, last = _person(rng, self.locale, self.lang)
            return kind, V.personal_email(rng, first, last, MAIL[self.locale])
        if kind == "email_role":
            locals_, domains = ROLE["en" if self.lang in ("en", "hg", "hi") else self.lang]
            return kind, V.role_email(rng, locals_, domains)
        if kind == "card":
            return kind, V.card(rng, self.locale)
        if kind == "iban":
            return kind, V.iban(rng, LOCALES[self.locale][4])
        if kind in ("ipv4", "ipv6"):
            return "ip", V.ipv4(rng) if kind == "ipv4" else V.ipv6(rng)
        return kind, V.ssn(rng)

    # ------------------------------------------------------------ pieces
    def announced(self, fillers):
        rng, lang = self.rng, self.lang
        phr = self.decks["phr"][lang].draw()
        plc = self.decks["plc"][lang].draw()
        where, tmpl = PLACEMENTS[plc]
        need = tmpl.count("{F")
        if need > len(fillers):
            plc, (where, tmpl) = "indented", PLACEMENTS["indented"]
        self.log["phrasings"].append((lang, phr))
        self.log["placements"].append((plc, lang))
        f1 = fillers.pop(rng.randrange(len(fillers))) if "{F1}" in tmpl else ""
        f2 = fillers.pop(rng.randrange(len(fillers))) if "{F2}" in tmpl else ""
        name = _person(rng, self.locale, lang)[0]
        g = _person(rng, self.locale, lang)[0]
        pre, post = tmpl.split("{P}")
        kw = dict(WORDS[lang], F1=f1, F2=f2, g=g)
        a, b = phr.replace("{f}", name).split("{n}")
        piece = [pre.format(**kw) + a, self.local_number("local-announced"), b + post.format(**kw)]
        getattr(self, where).append(piece)

    def roster(self, size):
        rng, lang = self.rng, self.lang
        fmt = self.decks["roster"].draw()
        self.log["rosters"].append((fmt, size))
        tmpl = L.ROSTER_FORMATS[fmt]
        jobs = (
            rng.sample(L.JOBS[lang], size) if size <= len(L.JOBS[lang]) else [rng.choice(L.JOBS[lang])] * size
        )
        piece = [
            rng.choice(L.HEADINGS[lang])
            + "\n"
            + (L.ROSTER_HEAD[lang] + "\n" if fmt == "semicolon_csv" else "")
        ]
        for i in range(size):
            first, last = _person(rng, self.locale, lang)
            pre, post = tmpl.split("{N}")
            kw = {
                "name": first + " " + last,
                "job": jobs[i],
                "k": i + 1,
                "letter": "abcdef"[i],
                "tel": L.TEL[lang],
            }
            piece += [
                pre.format(**kw),
                self.local_number("list-entry"),
                post.format(**kw) + ("\n" if i < size - 1 else ""),
            ]
        self.body.append(piece)

    def value_lines(self, kinds):
        rng, lang = self.rng, self.lang
        made = []
        for kind in kinds:
            key, entry = self.value(kind)
            self.log["lines"].append(key)
            shape = self.decks["shape"].draw()
            self.log["shapes"].append(shape)
            label = rng.choice(L.LABELS[lang][key])
            pre, post = L.SHAPES[shape].split("{V}")
            kw = {"L": _cap(label), "l": label}
            made.append([pre.format(**kw), entry, post.format(**kw)])
        if len(made) > 1 and rng.random() < 0.5:
            block = []
            for i, m in enumerate(made):
                block += m + (["\n"] if i < len(made) - 1 else [])
            self.body.append(block)
        else:
            self.body.extend(made)

    def negative(self):
        rng, lang = self.rng, self.lang
        cat, kind = self.decks["neg"].draw()
        for _ in range(50):
            if cat == "labelled":
                row = next(r for r in NL.KINDS if r[0] == kind)
                form, text = NL.labelled(rng, row, lang)
            else:
                form, text = NP.patterned(rng, kind, lang)
            if clean(text):
                break
            self.log.setdefault("neg_redraws", 0)
            self.log["neg_redraws"] = self.log["neg_redraws"] + 1
        self.log["negs"].append((cat, kind, form))
        self.body.append([text])

    # ------------------------------------------------------------ assembly
    def assemble(self, title, fillers, signature):
        rng = self.rng
        body = self.body + [[f] for f in fillers]
        rng.shuffle(body)
        greet = rng.choice(GREET[self.lang])
        blocks = [[title]] + self.top + [[greet]] + self.first + body + self.last + [[signature]]
        text, spans, vals = "", [], []
        for bi, blk in enumerate(blocks):
            if bi:
                text += "\n\n"
            for part in blk:
                if isinstance(part, str):
                    text += part
                else:
                    spans.append(
                        {"kind": part["kind"], "start": len(text), "end": len(text) + len(part["text"])}
                    )
                    vals.append(part)
                    text += part["text"]
        return text, spans, vals


def _decks(rng):
    negs = [("labelled", r[0]) for r in NL.KINDS] + [("patterned", k) for k in NP.KINDS]
    return {
        "phr": {lg: Deck(rng, ps) for lg, ps in PHRASINGS.items()},
        "plc": {lg: Deck(rng, sorted(PLACEMENTS)) for lg in PHRASINGS},
        "roster": Deck(rng, sorted(L.ROSTER_FORMATS)),
        "shape": Deck(rng, sorted(L.SHAPES)),
        "neg": Deck(rng, negs),
        "table": Deck(rng, NT.KINDS),
    }


def _prose(rng, locale, lang, decks, plan, with_values):
    genre_key, title, fillers = rng.choice(GENRES[lang])
    for _attempt in range(100):
        doc = Doc(rng, locale, lang, decks)
        left = list(fillers)
        if with_values:
            for _ in range(plan["announced"]):
                doc.announced(left)
            if plan["roster"]:
                doc.roster(plan["roster"])
            if plan["lines"]:
                doc.value_lines(plan["lines"])
        for _ in range(plan["negs"]):
            doc.negative()
        first, last = _person(rng, locale, lang)
        signature = rng.choice(SIGN[lang]) + "\n" + first + " " + last
        text, spans, vals = doc.assemble(title, left, signature)
        if clean(mask(text, spans)):
            doc.log["redraws"] = _attempt
            return genre_key, text, spans, vals, doc.log
    raise RuntimeError("document keeps tripping the guards")


def _plan(rng, pos_locales):
    plans = [{"announced": 0, "roster": 0, "lines": [], "negs": rng.randint(0, 2)} for _ in pos_locales]
    for i in rng.sample(range(N_POS), 400) + rng.sample(range(N_POS), N_ANNOUNCED - 400):
        plans[i]["announced"] += 1
    for i in rng.sample(range(N_POS), N_ROSTERS):
        plans[i]["roster"] = rng.choice([3, 4, 5, 6])
    iban_ok = [i for i, lc in enumerate(pos_locales) if LOCALES[lc][4]]
    us = [i for i, lc in enumerate(pos_locales) if lc == "en_US"]
    for kind, n in LINE_KINDS.items():
        pool = us if kind == "ssn" else iban_ok if kind == "iban" else range(N_POS)
        for _ in range(n):
            plans[rng.choice(pool)]["lines"].append(kind)
    for p in plans:
        rng.shuffle(p["lines"])
    return plans


def build(seed=SEED):
    """Returns (records, values, logs), aligned and shuffled."""
    rng = random.Random(seed)
    names = sorted(LOCALES)
    weights = [LOCALES[n][3] for n in names]
    decks = _decks(rng)
    in_langs = Deck(rng, ["en", "hg", "hi"])
    in_langs.left = ["hi", "hg", "en"]
    out, n = [], 0
    pos_locales = rng.choices(names, weights, k=N_POS)
    plans = _plan(rng, pos_locales)
    kinds = [("pos", lc, plans[i]) for i, lc in enumerate(pos_locales)]
    kinds += [("prose", lc, {"negs": rng.randint(1, 3)}) for lc in rng.choices(names, weights, k=N_PROSE)]
    kinds += [("table", lc, None) for lc in rng.choices(names, weights, k=N_TABLE)]
    for what, locale, plan in kinds:
        lang = LOCALES[locale][0]
        if locale == "en_IN" and what != "table":
            lang = in_langs.draw()
        if what == "table":
            key = decks["table"].draw()
            sep, text = NT.table(rng, key, lang)
            spans, vals, log = [], [], {"lang": "en" if lang not in NT._T[key] else lang, "table": (key, sep)}
            if not clean(text):
                raise RuntimeError("table trips the guards")
            genre = key
        else:
            genre, text, spans, vals, log = _prose(rng, locale, lang, decks, plan, what == "pos")
        tag = "pos" if what == "pos" else "neg"
        log["what"] = what
        out.append(
            (
                {
                    "id": "%s-%s-%s-%d" % (locale, tag, genre, n),
                    "locale": locale,
                    "text": text,
                    "spans": spans,
                },
                {"values": vals},
                log,
            )
        )
        n += 1
    for rec, src, lang in corpus_records(rng):
        out.append((rec, {"values": []}, {"what": "corpus", "source": src, "lang": lang}))
    rng.shuffle(out)
    return [o[0] for o in out], [o[1] for o in out], [o[2] for o in out]
