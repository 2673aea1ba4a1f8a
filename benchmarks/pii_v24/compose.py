"""Document assembly for v24: genres, placements of values, hard negatives, markers to spans."""

import re

from . import layout
from .negs import LABELS, LANGS
from .negs_b import GEN
from .others import guard_hits, mask

MARK = re.compile("\ue000(\\d+)\ue001")
GENRES = ("notice", "forum", "qa", "travel", "rental", "care", "transcript", "email")
COMPAT = {
    "IP_ADDRESS": ("forum", "qa", "email"),
    "US_SSN": ("care", "rental", "email", "forum", "qa", "transcript"),
    "CREDIT_CARD": ("travel", "rental", "care", "transcript", "email"),
    "IBAN": ("rental", "notice", "travel", "email"),
    "EMAIL": GENRES[:6] + ("email",),
}
# Faker's it_IT city() is not reproducible across processes, so Italian towns come from this list
IT_TOWNS = (
    "Bergamo",
    "Lecce",
    "Perugia",
    "Trento",
    "Cuneo",
    "Ravenna",
    "Matera",
    "Treviso",
    "Pisa",
    "Modena",
    "Rimini",
    "Sassari",
    "Udine",
    "Viterbo",
    "Siena",
    "Cremona",
    "Pesaro",
    "Asti",
    "Como",
    "Trapani",
)
ONCE = ("sign_off", "ps", "subject_line", "tearoff", "quoted_reply", "edit_note", "header")


def marker(i):
    return "\ue000%d\ue001" % i


def date_str(rng, lang, locale):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2025)
    if locale == "en_US":
        return "%d/%d/%d" % (m, d, y)
    if lang == "de":
        return "%02d.%02d.%d" % (d, m, y)
    if lang in ("nl", "hi") or locale == "en_IN":
        return "%02d-%02d-%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


def time_str(rng, lang, locale):
    h, mi = rng.randint(7, 20), rng.choice((0, 15, 30, 45))
    if lang == "fr":
        return "%dh%02d" % (h, mi)
    if locale == "en_US":
        return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm")
    return "%02d:%02d" % (h, mi)


class Doc:
    def __init__(self, rng, lang, L, locale, fake, genre, meta):
        self.rng, self.lang, self.L, self.locale, self.fake, self.genre = rng, lang, L, locale, fake, genre
        self.meta = meta
        self.used = set()
        self.ctx = {
            "name": fake.name(),
            "date": date_str(rng, lang, locale),
            "time": time_str(rng, lang, locale),
            "place": self.city(),
            "street": fake.street_name(),
            "user": fake.user_name(),
        }

    def city(self):
        return self.rng.choice(IT_TOWNS) if self.locale == "it_IT" else self.fake.city()

    def fill(self, s):
        return s.format_map(self.ctx)

    def phrase(self, key, slot, mk):
        lst = self.L[key]
        k = self.rng.randrange(len(lst))
        self.meta["phrasings"].add("%s:%s:%d" % (self.lang, key, k))
        return lst[k].replace(slot, mk)

    def label(self):
        return self.rng.choice(self.L["labels"])

    def placement(self, item):
        kind, mode = item["kind"], item.get("mode")
        opts = []
        if kind == "PHONE" and mode != "other":
            opts = ["sentence", "sentence", "value_line", "value_line", "parenthetical", "sign_off", "ps"]
            opts += {
                "email": ["subject_line", "quoted_reply", "quoted_reply"],
                "forum": ["edit_note", "quoted_reply"],
                "qa": ["edit_note"],
                "transcript": ["speaker_turn"] * 5,
                "notice": ["tearoff", "tearoff"],
                "rental": ["tearoff"],
                "travel": ["itinerary_row", "itinerary_row"],
            }.get(self.genre, [])
        elif kind == "PHONE":
            opts = ["sentence", "sentence", "value_line"]
        elif kind == "EMAIL":
            opts = ["sentence", "value_line"] + (["header", "header"] if self.genre == "email" else [])
        elif kind == "IBAN":
            opts = ["sentence", "sentence", "value_line"]
        else:
            opts = ["sentence"]
        opts = [o for o in opts if not (o in ONCE and o in self.used)]
        p = self.rng.choice(opts)
        if p in ONCE:
            self.used.add(p)
        return p


def render(doc, items, negs, roster_spec):
    """Return text with markers; items are rendered in order of appearance later (markers sorted)."""
    rng, L, g = doc.rng, doc.L, doc.genre
    titles, bodies = L["genres"][g]
    head = [doc.fill(rng.choice(titles))]
    inline, lines, tail, quoted = [], [], [], []
    sign = None
    for i, it in enumerate(items):
        if it.get("mode") == "list-entry":
            continue
        mk = marker(i)
        p = doc.placement(it)
        doc.meta["placements"][p] += 1
        kind, mode = it["kind"], it.get("mode")
        if kind == "PHONE":
            key = "service" if mode == "other" else "phone"
            lab = rng.choice(L["service_labels"]) if mode == "other" else doc.label()
        else:
            key = {
                "EMAIL": "email",
                "CREDIT_CARD": "card",
                "IBAN": "iban",
                "IP_ADDRESS": "ip",
                "US_SSN": "ssn",
            }[kind]
            lab = {"EMAIL": L["mail_label"], "IBAN": "IBAN"}.get(kind, "")
        slot = {
            "phone": "{P}",
            "service": "{P}",
            "email": "{E}",
            "card": "{C}",
            "iban": "{I}",
            "ip": "{IP}",
            "ssn": "{S}",
        }[key]
        if p == "sentence":
            inline.append(doc.phrase(key, slot, mk))
        elif p == "value_line":
            shape = rng.choice(sorted(layout.SHAPES))
            doc.meta["shapes"][shape] += 1
            lines.append(layout.SHAPES[shape](lab, mk))
        elif p == "header":
            head.insert(0, "%s: %s <%s>" % (L["from"], doc.fake.name(), mk))
        elif p == "parenthetical":
            inline.append("%s (%s %s)" % (doc.fake.name(), lab, mk))
        elif p == "sign_off":
            sign = "%s %s" % (lab, mk)
        elif p == "ps":
            tail.append(L["ps"] + " " + doc.phrase(key, slot, mk))
        elif p == "subject_line":
            head.append("%s: %s %s" % (L["subject"], L["subject_phone"], mk))
        elif p == "quoted_reply":
            quoted.append(doc.phrase(key, slot, mk))
        elif p == "edit_note":
            tail.append(L["edit"] + " " + doc.phrase(key, slot, mk))
        elif p == "speaker_turn":
            inline.append(doc.phrase("call", slot, mk).split(": ", 1)[1])
        elif p == "tearoff":
            tail.append("\u2702 - - - %s %s - - - %s" % (lab, mk, L["tearoff"]))
        elif p == "itinerary_row":
            lines.append("%s | %s | %s %s" % (date_str(rng, doc.lang, doc.locale), doc.city(), lab, mk))
    li = LANGS.index(doc.lang)
    for kind in negs:
        v = GEN[kind](rng)
        frame = rng.choice(L["neg_frames"])
        doc.meta["neg_kinds"][kind] += 1
        inline.append(frame.replace("{L}", LABELS[kind][li]).replace("{V}", v))
    body = [doc.fill(b) for b in rng.sample(bodies, len(bodies))]
    for s in inline:
        body.insert(rng.randint(1 if g in ("forum", "qa") else 0, len(body)), s)
    return assemble(doc, head, body, lines, tail, quoted, sign, roster_spec)


def assemble(doc, head, body, lines, tail, quoted, sign, roster_spec):
    rng, L, g = doc.rng, doc.L, doc.genre
    parts = []
    if g == "email":
        if not head[0].startswith(L["from"] + ":"):
            head.insert(0, "%s: %s" % (L["from"], doc.ctx["name"]))
        head.insert(1, "%s: %s" % (L["to"], doc.fake.name()))
        parts.append("\n".join(head))
        para = " ".join(body)
        parts.append(layout.hard_wrap(para, width=rng.choice((68, 72, 76))))
    elif g == "transcript":
        parts.append("\n".join(head))
        a, b = L["speakers"]
        turns = ["%s: %s" % (b if k % 2 else a, s) for k, s in enumerate(body)]
        parts.append("\n".join(turns))
    elif g in ("forum", "qa"):
        parts.append("\n".join(head + [body[0]]))
        parts.append("\n\n".join(" ".join(body[i : i + 2]) for i in range(1, len(body), 2)))
    else:
        parts.append("\n".join(head))
        cut = rng.randint(1, max(1, len(body) - 1))
        parts.append(" ".join(body[:cut]))
        if body[cut:]:
            parts.append(" ".join(body[cut:]))
    if roster_spec:
        fmt, title, label, rows = roster_spec
        parts.append(title + "\n" + layout.roster(fmt, doc.lang, label, rows))
    if lines:
        parts.append("\n".join(lines))
    if quoted:
        intro = L["reply_intro"].format(date=date_str(rng, doc.lang, doc.locale), name=doc.fake.name())
        parts.append(intro + "\n" + layout.hard_wrap(" ".join(quoted), width=70, prefix="> "))
    closing = rng.choice(L["close"]) + "\n" + doc.ctx["name"]
    if sign:
        closing += "\n" + sign
    parts.append(closing)
    if tail:
        parts.append("\n".join(tail))
    return "\n\n".join(parts)


def resolve(text, items):
    """Replace markers by values; return text, spans and values in text order."""
    out, spans, vals, last, pos = [], [], [], 0, 0
    for m in MARK.finditer(text):
        out.append(text[last : m.start()])
        pos += m.start() - last
        it = items[int(m.group(1))]
        out.append(it["text"])
        spans.append({"kind": it["kind"], "start": pos, "end": pos + len(it["text"])})
        pos += len(it["text"])
        vals.append(it)
        last = m.end()
    out.append(text[last:])
    return "".join(out), spans, vals


def build_doc(doc, items, negs, roster_spec, fresh_meta):
    for _ in range(50):
        doc.meta = fresh_meta()
        raw = render(doc, items, negs, roster_spec)
        text, spans, vals = resolve(raw, items)
        assert len(vals) == len(items)
        if not guard_hits(mask(text, spans)):
            return text, spans, vals
        doc.used = set()
    raise RuntimeError("guards keep failing")
