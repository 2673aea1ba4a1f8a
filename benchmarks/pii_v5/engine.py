"""Template filling: turns a template string into text plus exact spans and sidecar values.

Placeholders are {key} or {key:arg}; {{ and }} are literal braces. Value keys produce labelled
spans; every other key produces unlabelled filler (names, towns, dates, hard negatives ...).
"""

import re

from . import phones as P
from . import values as V
from .lists import rows
from .negatives_more import neg
from .phone_styles import intl_text, national_text, service_text
from .phone_tables import GEO, LOCAL_REGIONS, OUTSIDE_REGIONS
from .phrases import CTX, DAYS, IT_CITIES, LOCALES

TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_0-9]+)(?::([^{}]*))?\}")
ALL_REGIONS = tuple(GEO)
LOCAL_SHARE = 0.7  # announced slots written subscriber-only; the rest in full national form


def _split_top(body):
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    return parts + [cur]


def expand_picks(template, rng):
    """Resolve {pick:a|b|c} (alternatives may hold placeholders), outermost first."""
    while True:
        start = template.find("{pick:")
        if start < 0:
            return template
        depth, i = 0, start
        while True:
            depth += template[i] == "{"
            depth -= template[i] == "}"
            if depth == 0:
                break
            i += 1
        choice = rng.choice(_split_top(template[start + 6 : i]))
        template = template[:start] + choice + template[i + 1 :]


class Doc:
    """One document being written: its locale, random source, Faker and the parts so far."""

    def __init__(self, locale, rng, fk):
        self.locale, self.rng, self.fk = locale, rng, fk
        self.region, self.lang, self.dom_key, self.iban_cc = LOCALES[locale]
        self.area = P.pick_area(rng, self.region)
        self.people, self.org, self.neg_used = {}, None, {}
        self.parts = []  # (text, value dict or None)

    # ------------------------------------------------------------ people and fillers
    def person(self, key):
        if key not in self.people:
            self.people[key] = (self.fk.first_name(), self.fk.last_name())
        return self.people[key]

    def organisation(self):
        if self.org is None:
            self.org = self.fk.company()
        return self.org

    def ctx_lang(self):
        return "in" if self.locale == "en_IN" and self.rng.random() < 0.6 else self.lang

    # ------------------------------------------------------------ phone values
    def phone_value(self, ph, mode, text):
        value = {"kind": "PHONE", "mode": mode, "text": text}
        value.update(ph.meta())
        return value

    def _geo_or_mobile(self, mobile_share=0.4):
        if self.rng.random() < mobile_share:
            return P.mobile(self.rng, self.region, self.area)
        return P.fixed(self.rng, self.region, self.area)

    def phone(self, slot):
        rng, r = self.rng, self.region
        if slot == "abroad":
            other = rng.choice([x for x in ALL_REGIONS if x != r])
            ph = P.mobile(rng, other) if rng.random() < 0.4 else P.fixed(rng, other)
            return self.phone_value(ph, "international", intl_text(ph, rng, home=r))
        if r in OUTSIDE_REGIONS or slot == "intl":
            ph = P.mobile(rng, r, self.area) if slot == "mob" else self._geo_or_mobile()
            if slot == "fix":
                ph = P.fixed(rng, r, self.area)
            return self.phone_value(ph, "international", intl_text(ph, rng))
        if slot == "svc":
            ph = P.service(rng, r)
            return self.phone_value(ph, "other", service_text(ph, rng))
        if slot == "loc" and r in LOCAL_REGIONS and rng.random() < LOCAL_SHARE:
            ph = self.local_phone()
            return self.phone_value(ph, "local-announced", P.local_text(ph, rng))
        share = {"fix": 0.0, "mob": 1.0, "nat": 0.45, "loc": 0.15}[slot]
        ph = self._geo_or_mobile(share)
        if slot != "loc" and rng.random() < 0.12:  # own-country numbers written as +CC too
            return self.phone_value(ph, "international", intl_text(ph, rng, home=r))
        return self.phone_value(ph, "national", national_text(ph, rng))

    def local_phone(self):
        """A number with a geographic area code, for writing subscriber-only."""
        if self.region in ("BR", "US") and self.rng.random() < 0.35:
            return P.mobile(self.rng, self.region, self.area)
        return P.fixed(self.rng, self.region, self.area)

    # ------------------------------------------------------------ other values
    def value(self, key, arg):
        rng = self.rng
        if key == "email":
            if arg == "role":
                return {
                    "kind": "EMAIL",
                    "mode": "role",
                    "text": V.email(rng, self.dom_key, "x", "y", self.organisation(), True),
                }
            first, last = self.person(arg) if arg else (self.fk.first_name(), self.fk.last_name())
            org = self.organisation() if rng.random() < 0.3 else None
            return {"kind": "EMAIL", "mode": "personal", "text": V.email(rng, self.dom_key, first, last, org)}
        if key == "cc":
            text, mode = V.card(rng)
            return {"kind": "CREDIT_CARD", "mode": mode, "text": text}
        if key == "iban":
            cc = arg or (
                self.iban_cc
                if self.region not in ("US", "IN", "AU")
                else rng.choice(["GB", "DE", "IE", "CH", "FR"])
            )
            text, mode = V.iban(rng, cc)
            return {"kind": "IBAN", "mode": mode, "text": text}
        if key == "ssn":
            text, mode = V.ssn(rng)
            return {"kind": "US_SSN", "mode": mode, "text": text}
        if key == "ip4":
            return {"kind": "IP_ADDRESS", "mode": "v4", "text": V.ip4(rng)}
        if key == "ip6":
            return {"kind": "IP_ADDRESS", "mode": "v6", "text": V.ip6(rng)}
        raise KeyError(key)

    def filler(self, key, arg):
        rng, fk = self.rng, self.fk
        if key in ("p1", "p2", "p3", "p4"):
            first, last = self.person(key)
            return {"f": first, "l": last, "": f"{first} {last}", "lf": f"{last}, {first}"}[arg or ""]
        simple = {
            "name": lambda: fk.name(),
            "first": lambda: fk.first_name(),
            "last": lambda: fk.last_name(),
            "town": lambda: self.area[2],
            "city": self.city,
            "street": lambda: fk.street_address(),
            "org": self.organisation,
            "company": lambda: fk.company(),
            "day": lambda: rng.choice(DAYS[self.lang]),
            "neg": lambda: neg(rng, self.lang, arg or None, self.neg_used),
            "area": self.area_text,
            "ctx": lambda: rng.choice(CTX[self.ctx_lang()]),
            "pick": lambda: rng.choice(arg.split("|")),
            "date": lambda: neg(rng, self.lang, "date", self.neg_used),
            "time": lambda: neg(rng, self.lang, "time", self.neg_used),
        }
        if key == "n":
            lo, hi = (int(x) for x in (arg or "1-99").split("-"))
            return str(rng.randint(lo, hi))
        return simple[key]()

    def city(self):
        # Faker's it_IT city() depends on Python's hash seed, so it_IT draws from a fixed list.
        if self.locale == "it_IT":
            return self.rng.choice(IT_CITIES)
        return self.fk.city()

    def area_text(self):
        prefix = self.area[0]
        if self.region == "US":
            return f"({prefix})"
        if self.region == "BR":
            return f"({prefix})"
        return prefix

    # ------------------------------------------------------------ rendering
    def add(self, text, value=None):
        if text:
            self.parts.append((text, value))

    def fill(self, template):
        template = expand_picks(template, self.rng)
        pos = 0
        for m in TOKEN.finditer(template):
            self.add(template[pos : m.start()])
            pos = m.end()
            tok = m.group(0)
            if tok in ("{{", "}}"):
                self.add(tok[0])
                continue
            key, arg = m.group(1), m.group(2)
            if key in ("loc", "nat", "fix", "mob", "intl", "abroad", "svc"):
                value = self.phone(key)
                self.add(value["text"], value)
            elif key in ("email", "cc", "iban", "ssn", "ip4", "ip6", "ip"):
                key = key if key != "ip" else self.rng.choice(["ip4", "ip4", "ip6"])
                value = self.value(key, arg)
                self.add(value["text"], value)
            elif key == "again":
                value = dict(self.last_value())
                self.add(value["text"], value)
            elif key == "rows":
                for text, value in rows(self, arg or "3-5"):
                    self.add(text, value)
            else:
                self.add(self.filler(key, arg))
        self.add(template[pos:])
        return self

    def last_value(self):
        return next(v for _t, v in reversed(self.parts) if v is not None)

    def render(self):
        text, spans, values = "", [], []
        for part, value in self.parts:
            if value is not None:
                spans.append({"kind": value["kind"], "start": len(text), "end": len(text) + len(part)})
                values.append(value)
            text += part
        return text, spans, values
