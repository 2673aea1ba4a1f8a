"""Building one v25 document from its plan: templates, placements and blocks.

A plan token is a dict: {"kind", "mode"} for a value, {"kind": "ROSTER", "fmt"} for a roster of five
list entries, {"kind": "NEG", "neg": kind} for a hard negative, {"kind": "NEGLIST", "fmt", "neg"} for a
list of hard negatives with names. Placements are chosen here; every phone is announced by a phone word,
a phone symbol or a phone sentence.
"""

from . import negvals_b, others, phones, places
from .layout import t
from .neglabels_b import bare, cap, label

PHONE_PLACEMENTS = {
    "inline": 28,
    "value_line": 14,
    "qa_pair": 8,
    "dash_aside": 7,
    "number_first": 7,
    "todo_item": 6,
    "calendar_entry": 6,
    "footnote": 4,
    "heading": 4,
    "letterhead": 4,
    "handwritten": 6,
    "sms_line": 6,
}
NEG_PLACEMENTS = {
    "inline": 40,
    "value_line": 15,
    "qa_pair": 7,
    "todo_item": 7,
    "calendar_entry": 7,
    "number_first": 7,
    "dash_aside": 6,
    "heading": 4,
}
ONCE = ("footnote", "heading", "letterhead")
GREETING_GENRES = ("school", "club", "invitation", "sitter", "minutes", "trades")
MARKS = ["¹", "*", " (1)", "[1]"]
TODO_BULLETS = ["[ ] ", "- [ ] ", "☐ ", "• ", "- "]


def weighted(rng, table: dict) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


class Fill(dict):
    """Lazy, per-template values for {name}, {first}, {role}, ... (the same key gets the same value)."""

    def __init__(self, doc, fixed):
        super().__init__(fixed)
        self.doc = doc

    def __missing__(self, key):
        self[key] = self.doc.make(key)
        return self[key]


class Doc:
    def __init__(self, rng, L, lang, locale, fk, latin):
        self.rng, self.L, self.lang, self.locale, self.fk, self.latin = rng, L, lang, locale, fk, latin
        self.own = phones.OWN.get(locale)
        self.meta = {
            "placements": [],
            "phrasings": [],
            "phone_phrasings": [],
            "shapes": [],
            "styles": [],
            "neg_kinds": [],
            "roster_format": None,
            "phone_where": [],
        }

    # ------------------------------------------------------------------ small values
    def make(self, key):
        rng, L = self.rng, self.L
        if key == "name":
            return f"{self.fk.first_name()} {self.fk.last_name()}"
        if key == "first":
            return self.fk.first_name()
        if key in ("role", "Role"):
            role = rng.choice(L["roles"])
            return cap(role) if key == "Role" else role
        if key == "time":
            return rng.choice(L["times"])
        if key == "day":
            return rng.choice(L["days"])
        if key == "clock":
            h, m = rng.randint(7, 20), rng.choice([0, 10, 15, 30, 40, 45])
            if self.locale == "en_US":
                return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
            return f"{h}h{m:02d}" if self.lang == "fr" else f"{h:02d}:{m:02d}"
        if key == "town":
            return rng.choice(places.TOWNS["hi" if self.lang == "hi" else places.TOWN_KEY[self.locale]])
        raise KeyError(key)

    def pick(self, listname: str, pool=None):
        """A template from L[listname] (or from pool), remembered for the stats."""
        items = pool if pool is not None else self.L[listname]
        i = self.rng.randrange(len(items))
        tid = f"{self.lang}:{listname}:{i}"
        self.meta["phrasings"].append(tid)
        return items[i], tid

    def fill(self, tmpl: str, fixed=None) -> str:
        return tmpl.format_map(Fill(self, fixed or {}))

    def emit(self, tmpl: str, piece: tuple, key: str, fixed=None) -> list:
        pre, post = tmpl.split("{" + key + "}")
        f = Fill(self, fixed or {})
        return [t(pre.format_map(f)), piece, t(post.format_map(f))]

    def phone_tmpl(self, listname: str, pool=None):
        tmpl, tid = self.pick(listname, pool)
        self.meta["phone_phrasings"].append(tid)
        return tmpl

    # ------------------------------------------------------------------ values
    def phone_piece(self, mode: str, region: str = None):
        rng = self.rng
        plan = phones.PLAN[self.locale]
        if mode == "local-announced":
            num = phones.local_geo(plan, rng)
            text, style = phones.local(num, rng)
        elif mode == "national" or mode == "list-entry":
            num = phones.mobile(plan, rng) if rng.random() < 0.5 else phones.geo(plan, rng)
            text, style = phones.national(num, rng)
        elif mode == "other":
            num = phones.service(plan, rng)
            text, style = phones.national(num, rng)
        else:
            num = phones.mobile(region, rng) if rng.random() < 0.5 else phones.geo(region, rng)
            text, style = phones.international(num, rng)
        self.meta["styles"].append(f"{mode}:{num.region}:{style}")
        return ("v", text, phones.value(num, mode, text))

    def other_piece(self, kind: str, mode: str):
        rng = self.rng
        if kind == "EMAIL":
            fk = self.latin
            val = others.email(rng, self.locale, self.lang, fk.first_name(), fk.last_name(), mode)
        elif kind == "IBAN":
            val = others.iban(self.locale, rng, mode)
        elif kind == "CREDIT_CARD":
            val = others.card(rng, mode)
        elif kind == "IP_ADDRESS":
            val = others.ipv6(rng) if mode == "v6" else others.ipv4(rng, mode == "v4-private")
            val = dict(val)
        else:
            val = others.ssn(rng, mode)
        return ("v", val["text"], val)

    def neg_piece(self, kind: str):
        text = negvals_b.KINDS[kind][1](self.rng, self.locale)
        self.meta["neg_kinds"].append(kind)
        return ("n", text, kind)

    def neg_fixed(self, kind: str) -> dict:
        lab = label(kind, self.lang, self.locale)
        b = bare(lab, self.lang)
        return {"label": lab, "Label": cap(b), "blabel": b}
