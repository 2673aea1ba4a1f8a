"""Assembling the v17 documents: plan, positive documents, negative prose and tables, shuffling."""

import random
import unicodedata
from collections import Counter

from . import lines, locales, neg_labelled, neg_patterned, neg_tables, phones, values
from .guards import problems
from .phrasings import PHRASINGS, PLACEMENTS

SEED = 10017
POS_LOCALES = {"en_US": 65, "en_GB": 65, "en_IN": 70, "en_AU": 12, "en_IE": 12, "de_DE": 50, "de_AT": 14}
POS_LOCALES.update(
    {"de_CH": 14, "fr_FR": 50, "fr_BE": 14, "fr_CH": 10, "es_ES": 50, "it_IT": 48, "it_CH": 12}
)
POS_LOCALES.update({"nl_NL": 50, "nl_BE": 14, "pt_BR": 50})
LINE_POOL = {"ssn": 40, "iban": 65, "national": 400, "intl": 150, "other": 100, "email_personal": 90}
LINE_POOL.update({"email_role": 80, "ipv4": 60, "ipv6": 30, "card": 75})
N_ANNOUNCED, N_ROSTERS, N_NEG_PROSE, N_NEG_TABLES = 450, 62, 225, 225
HARD_KINDS = [("labelled", k) for k in neg_labelled.LABELLED] + [
    ("patterned", k) for k in neg_patterned.PATTERNED
]


class Cycle:
    """Deals the items of a list in turn, reshuffling after each full pass."""

    def __init__(self, rng, items):
        self.rng, self.items, self.queue = rng, list(items), []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii()).lower().replace(" ", "")


def assemble(doc_id, locale, blocks):
    """blocks: list of blocks; a block is a list of lines; a line is a list of str / value dicts."""
    text, spans, vals = "", [], []
    for bi, block in enumerate(blocks):
        if bi:
            text += "\n\n"
        for li, line in enumerate(block):
            if li:
                text += "\n"
            for part in line:
                if isinstance(part, str):
                    text += part
                else:
                    spans.append(
                        {"kind": part["kind"], "start": len(text), "end": len(text) + len(part["text"])}
                    )
                    vals.append(part)
                    text += part["text"]
    return {"id": doc_id, "locale": locale, "text": text, "spans": spans}, {"values": vals}


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.log = Counter()
        self.n = 0
        r = self.rng
        self.phr = {lang: Cycle(r, range(len(p))) for lang, p in PHRASINGS.items()}
        self.place = {lang: Cycle(r, PLACEMENTS) for lang in PHRASINGS}
        self.genre = {lang: Cycle(r, [g[0] for g in gs]) for lang, gs in locales.GENRES.items()}
        self.hard = Cycle(r, HARD_KINDS)
        self.lab_form = Cycle(r, neg_labelled.FORMS)
        self.pat_form = Cycle(r, neg_patterned.FORMS)
        self.tables = Cycle(r, neg_tables.TABLES)
        self.table_sep = Cycle(r, neg_tables.SEPARATORS)
        self.roster_fmt = Cycle(r, lines.ROSTER_FORMATS)
        self.shape = Cycle(r, lines.LINE_SHAPES)
        self.in_lang = Cycle(r, ["en", "hg", "hi"])

    # ---- values -------------------------------------------------------------------------------
    def phone_val(self, mode, region, num, text, sub=False):
        self.log["habit", mode, phones.habit_of(text)] += 1
        self.log["region", region] += 1
        return {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": phones.e164(num),
            "area_len": phones.area_len(num),
        }

    def local_number(self, locale, mode, sub_share):
        r, plan = self.rng, locales.LOCALES[locale][1]
        if plan in phones.SUBSCRIBER_REGIONS and (plan != "IN" or r.random() < sub_share):
            num = phones.draw(r, plan, "fixed", need_area=True)
            self.log["local", mode, "subscriber " + plan] += 1
            return self.phone_val(mode, plan, num, phones.subscriber(r, num))
        mobile = r.random() < (0.8 if plan == "IN" else 0.5)
        num = phones.draw(r, plan, "mobile" if mobile else "fixed")
        self.log["local", mode, "full " + plan] += 1
        return self.phone_val(mode, plan, num, phones.national(r, num, plan))

    def line_value(self, kind, locale):
        r = self.rng
        _lang, plan, own, iban_country = locales.LOCALES[locale]
        if kind == "national":
            num = phones.draw(r, plan, "mobile" if r.random() < 0.45 else "fixed")
            return self.phone_val("national", plan, num, phones.national(r, num, plan))
        if kind in ("intl", "own"):
            region = own if kind == "own" else r.choice([x for x in phones.REGIONS if x not in (plan, own)])
            num = phones.draw(r, region, "mobile" if r.random() < 0.5 else "fixed")
            text = phones.international(r, num, region, allow_011=locale == "en_US")
            return self.phone_val("international", region, num, text)
        if kind == "other":
            sk = r.choice(phones.service_kinds(plan))
            self.log["service", plan + " " + sk] += 1
            num = phones.draw(r, plan, sk)
            return self.phone_val("other", plan, num, phones.national(r, num, plan))
        if kind == "email_personal":
            first, last = r.choice(locales.people(locale))
            local = r.choice(
                [
                    "%s.%s" % (fold(first), fold(last)),
                    fold(first)[0] + fold(last),
                    "%s%d" % (fold(first), r.randint(2, 99)),
                ]
            )
            return {
                "kind": "EMAIL",
                "mode": "personal",
                "text": local + "@" + r.choice(locales.MAIL_DOMAINS[locale]),
            }
        if kind == "email_role":
            lang = _lang
            text = r.choice(locales.ROLE_PARTS[lang]) + "@" + r.choice(locales.CLUB_DOMAIN[lang])
            return {
                "kind": "EMAIL",
                "mode": "role",
                "text": fold(text) if lang != "es" else text.replace("ñ", "n"),
            }
        if kind == "card":
            text, mode = values.card(r, locale)
            return {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        if kind == "iban":
            text, mode = values.iban(r, iban_country)
            return {"kind": "IBAN", "mode": mode, "text": text}
        if kind == "ssn":
            text, mode = values.ssn(r)
            return {"kind": "US_SSN", "mode": mode, "text": text}
        if kind == "ipv4":
            return {"kind": "IP_ADDRESS", "mode": "v4", "text": values.ipv4(r)}
        return {"kind": "IP_ADDRESS", "mode": "v6", "text": values.ipv6(r)}

    # ---- pieces -------------------------------------------------------------------------------
    def hard_negative(self, lang):
        while True:
            cat, kind = self.hard.next()
            if cat == "labelled":
                form = self.lab_form.next()
                text = neg_labelled.labelled(self.rng, kind, lang, form)
            else:
                form = self.pat_form.next()
                text = neg_patterned.patterned(self.rng, kind, lang, form)
            if problems(text) is None:
                self.log["hard", cat, kind] += 1
                self.log["hardform", cat, form] += 1
                return [[ln] for ln in text.split("\n")]
            self.log["redraw hard"] += 1

    def roster(self, locale, lang):
        r, fmt = self.rng, self.roster_fmt.next()
        ppl = locales.people(locale)
        size = r.choice([3, 4, 4, 5, 5, 6])
        jobs = r.sample(lines.ROSTER[lang]["jobs"], k=min(size, 6))
        rows = [("%s %s" % ppl[i % len(ppl)], jobs[i % len(jobs)]) for i in range(size)]
        heading = r.choice(lines.ROSTER[lang]["headings"])
        out = [[heading]]
        for ln in lines.roster_lines(fmt, lang, rows):
            out.append([p if p is not None else self.local_number(locale, "list-entry", 0.8) for p in ln])
        self.log["roster", fmt] += 1
        self.log["roster size", size] += 1
        return out

    def value_lines(self, kinds, locale, lang):
        out = []
        for kind in kinds:
            if kind == "intl" and locales.LOCALES[locale][2] and self.rng.random() < 0.6:
                kind = "own"
            val = self.line_value(kind, locale)
            shape = self.shape.next()
            label_kind = "ip" if kind.startswith("ip") else kind
            self.log["shape", shape] += 1
            self.log["linekind", kind] += 1
            out.append(lines.value_line(shape, lines.label_for(label_kind, lang, self.rng), val))
        if len(out) > 1 and self.rng.random() < 0.5:
            return [out]
        return [[ln] for ln in out]
