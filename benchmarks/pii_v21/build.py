"""Plan and documents of pii_v21 (see make_heldout_set.py for the description)."""

import random
import re
from collections import Counter

from . import texts as T
from . import values as V

SEED = 10021
DATA = "/work/shared/data/"
LOCALES = {
    "en_US": 140,
    "en_GB": 90,
    "en_IN": 125,
    "en_AU": 25,
    "en_IE": 35,
    "de_DE": 100,
    "de_AT": 16,
    "de_CH": 28,
    "fr_FR": 85,
    "fr_BE": 22,
    "fr_CH": 28,
    "es_ES": 95,
    "it_IT": 66,
    "it_CH": 17,
    "nl_NL": 80,
    "nl_BE": 32,
    "pt_BR": 63,
}
PLAN = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "en_AU": "GB",
    "en_IE": "GB",
    "es_ES": "ES",
    "pt_BR": "BR",
}
PLAN.update(
    {k: {"de": "DE", "fr": "FR", "it": "IT", "nl": "NL"}[k[:2]] for k in LOCALES if k[:2] in "de fr it nl"}
)
OWN = {
    "en_AU": "AU",
    "en_IE": "IE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "it_CH": "CH",
    "nl_BE": "BE",
}
IBAN_CC = {k: OWN.get(k, PLAN[k]) for k in LOCALES if k not in ("en_US", "en_IN")}
IBAN_CC["en_AU"] = "GB"
ALL_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
ITEMS = {
    "announced": 450,
    "roster": 60,
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


def split(s, sep=","):
    return s.split(sep)


class Doc:
    def __init__(self):
        self.paras = []  # list of lists of str / (kind, text, meta)

    def render(self):
        text, spans, vals = "", [], []
        for i, para in enumerate(self.paras):
            if i:
                text += "\n\n"
            for seg in para:
                if isinstance(seg, str):
                    text += seg
                else:
                    kind, val, meta = seg
                    spans.append({"kind": kind, "start": len(text), "end": len(text) + len(val)})
                    vals.append(dict({"kind": kind, "mode": meta.pop("mode"), "text": val}, **meta))
                    text += val
        return text, spans, vals


def fill(template, pieces, **kw):
    """Split `template` on {P}/{V}/{N} into segments; other fields are formatted from kw."""
    out = []
    for part in re.split(r"(\{[PVN]\})", template):
        if part in ("{P}", "{V}", "{N}"):
            out.extend(pieces)
        elif part:
            out.append(part.format(**kw))
    return out


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.log = Counter()
        self.en_in = 0

    def lang_of(self, locale):
        if locale != "en_IN":
            return locale[:2]
        self.en_in += 1
        return ["en", "hg", "hi"][self.en_in % 3]

    def person(self, lang):
        first, last = T.PEOPLE[lang].split("|")
        return self.rng.choice(split(first)), self.rng.choice(split(last))

    # ---- phones ----
    def phone_seg(self, mode, locale, lang):
        rng, region = self.rng, PLAN[locale]
        if mode in ("local-announced", "list-entry"):
            sub_share = {"IN": 0.75 if mode == "local-announced" else 0.8}.get(region, 1.0)
            if region in V.SUBSCRIBER_REGIONS and rng.random() < sub_share:
                num, sub = V.draw_subscriber(rng, region)
                text, habit = V.write_subscriber(rng, sub, region)
                self.log[f"local {mode} subscriber {region}"] += 1
            else:
                kind = (
                    ("mobile" if rng.random() < 0.8 else "fixed")
                    if region == "IN"
                    else rng.choice(["fixed", "mobile"])
                )
                num = V.draw_phone(rng, region, kind)
                text, habit = V.write_national(rng, num, region)
                self.log[f"local {mode} full {region}"] += 1
        elif mode == "national":
            num = V.draw_phone(rng, region, "mobile" if rng.random() < 0.45 else "fixed")
            text, habit = V.write_national(rng, num, region)
        elif mode == "other":
            drawn = [
                (k, V.draw_phone(rng, region, k)) for k in ["toll-free", "premium-rate", "shared-cost", "uan"]
            ]
            kind, num = rng.choice([x for x in drawn if x[1] is not None])
            text, habit = V.write_national(rng, num, region, ["standard", "hyphens", "compact", "spaces"])
            self.log[f"service {region} {kind}"] += 1
        else:
            own = OWN.get(locale)
            if own and rng.random() < 0.6:
                region = own
                self.log[f"own {own}"] += 1
            else:
                region = rng.choice([r for r in ALL_REGIONS if r not in (PLAN[locale], own)])
            num = V.draw_phone(rng, region, rng.choice(["fixed", "mobile"]))
            text, habit = V.write_intl(rng, num, region, locale)
        self.log[f"habit {mode} {habit}"] += 1
        self.log[f"region {region}"] += 1
        meta = {"mode": mode, "region": region, "e164": V.e164(num), "area_len": V.area_len(num)}
        return ("PHONE", text, meta)

    def value_seg(self, item, locale, lang):
        rng = self.rng
        if item in ("national", "intl", "other"):
            return self.phone_seg(
                {"national": "national", "intl": "international", "other": "other"}[item], locale, lang
            )
        if item == "email_personal":
            f, la = self.person("hg" if lang == "hi" else lang)
            return (
                "EMAIL",
                V.personal_email(rng, f, la, rng.choice(split(T.DOMAINS[locale]))),
                {"mode": "personal"},
            )
        if item == "email_role":
            e = rng.choice(split(T.ROLE_LOCALS[lang])) + "@" + rng.choice(split(T.ROLE_DOMAINS[lang]))
            return ("EMAIL", e, {"mode": "role"})
        if item == "card":
            t, m = V.draw_card(rng, locale)
            return ("CREDIT_CARD", t, {"mode": m})
        if item == "iban":
            t, m = V.draw_iban(rng, IBAN_CC[locale])
            return ("IBAN", t, {"mode": m})
        if item == "ssn":
            t, m = V.draw_ssn(rng)
            return ("US_SSN", t, {"mode": m})
        if item == "ipv4":
            return ("IP_ADDRESS", V.draw_ipv4(rng), {"mode": "v4"})
        return ("IP_ADDRESS", V.draw_ipv6(rng), {"mode": "v6"})

    def value_line(self, item, locale, lang):
        key = {"ipv4": "ip", "ipv6": "ip"}.get(item, item)
        seg = self.value_seg(item, locale, lang)
        if key == "intl" and seg[2].get("region") == OWN.get(locale):
            key = "own"
        label = split(T.LABELS[lang], "|")[T.LABEL_KEYS.index(key)]
        shape = self.rng.choice(list(T.LINE_SHAPES))
        self.log[f"shape {shape}"] += 1
        self.log[f"line {key}"] += 1
        return fill(T.LINE_SHAPES[shape], [seg], L=label, l=label[0].lower() + label[1:])

    # ---- announced numbers and rosters ----
    def announced(self, locale, lang, fillers):
        rng = self.rng
        i = min(range(len(T.PHRASES[lang])), key=lambda k: (self.log[f"phrasing {lang} {k}"], rng.random()))
        self.log[f"phrasing {lang} {i}"] += 1
        pre, post = T.PHRASES[lang][i].split("{n}")
        f = self.person(lang)[0]
        pieces = [pre.format(f=f), self.phone_seg("local-announced", locale, lang), post.format(f=f)]
        names = [n for n, (_, t) in T.PLACEMENTS.items() if "{F1}" not in t or fillers]
        name = min(names, key=lambda n: (self.log[f"placement {lang} {n}"], rng.random()))
        self.log[f"placement {lang} {name}"] += 1
        where, tpl = T.PLACEMENTS[name]
        words = split(T.WORDS[lang], "|")
        kw = {
            "W": words[2],
            "U": words[3],
            "dd": f"{rng.randint(1, 28):02d}",
            "mm": f"{rng.randint(1, 12):02d}",
        }
        if "{F1}" in tpl:
            kw["F1"] = fillers.pop()
        segs = [s for s in fill(tpl, pieces, **kw) if s != ""]
        return where, segs

    def roster(self, locale, lang):
        rng = self.rng
        heading, jobs, header = split(T.ROSTERS[lang], "|")
        fmt = min(T.ROSTER_FORMATS, key=lambda n: (self.log[f"roster_format {n}"], rng.random()))
        self.log[f"roster_format {fmt}"] += 1
        n = rng.randint(3, 6)
        self.log[f"roster_size {n}"] += 1
        para = [heading + "\n"]
        if fmt == "md_table":
            h = split(header)
            para.append(f"| {h[0]} | {h[1]} | {h[2]} |\n|---|---|---|\n")
        for k, job in enumerate(rng.sample(split(jobs), n)):
            f, la = self.person(lang)
            name = f + " " + la
            seg = self.phone_seg("list-entry", locale, lang)
            dots = "." * max(3, 24 - len(name))
            para += fill(T.ROSTER_FORMATS[fmt], [seg], name=name, job=job, dots=dots)
            if k < n - 1:
                para.append("\n")
        return para

    # ---- hard negatives ----
    def neg_labelled(self, lang):
        rng = self.rng
        rows = [r.split("|") for r in T.NEG_LABELLED.splitlines()]
        row = min(rows, key=lambda r: (self.log[f"neg {r[0]}"], rng.random()))
        idx = {"en": 1, "hg": 1, "hi": 2, "de": 3, "fr": 4, "es": 5, "it": 6, "nl": 7, "pt": 8}[lang]
        label = row[idx]
        while True:
            shape = rng.choice(T.NEG_SHAPES)
            v = "".join(
                rng.choice("0123456789") if c == "#" else rng.choice("123456789") if c == "N" else c
                for c in shape
            )
            form = rng.choice(list(T.NEG_FORMS))
            t = T.NEG_FORMS[form].format(
                L=label, V=v, l=label[0].lower() + label[1:] if lang != "de" else label
            )
            if not V.guard_hits(t):
                break
            self.log["redraw neg"] += 1
        self.log[f"neg {row[0]}"] += 1
        self.log[f"negform labelled {form}"] += 1
        return t

    def neg_patterned(self, lang):
        rng = self.rng
        rows = [r.split("|") for r in T.NEG_PATTERNED.splitlines()]
        row = min(rows, key=lambda r: (self.log[f"neg {r[0]}"], rng.random()))
        idx = {"en": 1, "hg": 1, "hi": 2, "de": 3, "fr": 4, "es": 5, "it": 6, "nl": 7, "pt": 8}[lang]
        comma = lang not in ("en", "hg", "hi")
        k = row[0]
        while True:
            if k == "seats":
                v = ", ".join(f"{rng.randint(1, 30)}/{rng.randint(1, 40)}" for _ in range(4))
            elif k in ("apples", "dog_weights", "screws", "km_cycled"):
                v = "; ".join(f"{rng.randint(1, 60)}.{rng.randint(0, 9)}" for _ in range(4))
                v = v.replace(".", ",") if comma else v
            elif k in ("village_pop", "kwh"):
                sep = "," if not comma else ("\u202f" if lang == "fr" else ".")
                v = ", ".join(f"{rng.randint(1, 99)}{sep}{rng.randint(0, 999):03d}" for _ in range(3))
                v = v.replace(", ", "; ") if comma else v
            else:
                lo, hi = {
                    "bowling": (80, 290),
                    "bpm": (60, 180),
                    "golf": (2, 9),
                    "shoes": (34, 47),
                    "marks": (1, 20),
                    "bingo": (1, 90),
                    "days_left": (1, 60),
                }.get(k, (5, 400))
                v = " ".join(str(rng.randint(lo, hi)) for _ in range(rng.randint(4, 8)))
            form = rng.choice(list(T.PAT_FORMS))
            t = T.PAT_FORMS[form].format(C=row[idx], V=v)
            if not V.guard_hits(t):
                break
            self.log["redraw neg"] += 1
        self.log[f"neg {k}"] += 1
        self.log[f"negform patterned {form}"] += 1
        return t

    def hard_negative(self, lang):
        return self.neg_labelled(lang) if self.rng.random() < 0.55 else self.neg_patterned(lang)

    def table(self, locale):
        rng = self.rng
        lang = "en" if locale.startswith("en") else locale[:2]
        if locale == "en_IN" and rng.random() < 0.35:
            lang = "hi"
        rows = [r.split("|") for r in T.TABLES.splitlines() if r.split("|")[1] == lang]
        key, _, title, cols, firsts = min(rows, key=lambda r: (self.log[f"table {r[0]}"], rng.random()))
        style = rng.choice(T.TABLE_STYLES)
        self.log[f"table {key}"] += 1
        self.log[f"neg table_{key}"] += 1
        self.log[f"table_lang {lang}"] += 1
        self.log[f"table_style {style}"] += 1
        body = [split(cols)]
        for first in rng.sample(split(firsts), rng.randint(4, 7)):
            a = rng.randint(1, 60)
            b = (
                f"{rng.randint(0, 40)}.{rng.randint(0, 9)}"
                if key in ("plant_sale", "harvest")
                else str(rng.randint(1, 300))
            )
            if lang != "en" and "." in b:
                b = b.replace(".", ",")
            body.append([first, str(a), b])
        if style == "markdown":
            lines = ["| " + " | ".join(r) + " |" for r in body]
            lines.insert(1, "|" + "---|" * 3)
        elif style == "tabs":
            lines = ["\t".join(r) for r in body]
        else:
            w = max(len(r[0]) for r in body) + 2
            lines = [r[0].ljust(w) + r[1].ljust(10) + r[2] for r in body]
        return title + "\n\n" + "\n".join(lines), key
