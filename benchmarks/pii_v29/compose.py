# ruff: noqa: E501
"""Documents for v29: eight genres of text people really write, with the values placed inside them."""

import unicodedata

from . import langs, negs
from . import values as V

GENRES = [
    "forum",
    "support_chat",
    "email_thread",
    "ocr_letter",
    "csv_export",
    "wiki_page",
    "transcript",
    "sms_thread",
]
PROVIDERS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "en_GB": ["btinternet.com", "gmail.com", "outlook.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pt": ["uol.com.br", "bol.com.br", "gmail.com"],
}
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IN": "in",
    "en_AU": "com.au",
    "en_IE": "ie",
    "de_DE": "de",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "fr_CH": "ch",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_BR": "com.br",
}
FIRMS = [
    "lindqvist-bau",
    "harbourview",
    "castellana",
    "verdemare",
    "zonnehoek",
    "bomretiro",
    "northgate-dental",
    "kestrel-it",
    "rivabianca",
    "atelier-mauve",
    "sunrise-tiles",
    "oakfield-lettings",
    "pioneer-freight",
    "bluefern",
]


def ascii_fold(s):
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-")
    ).lower()


class Doc:
    """Text built from pieces; values are dicts and become spans."""

    def __init__(self):
        self.parts = []

    def add(self, *pieces):
        self.parts.extend(pieces)

    def line(self, template, v=None, **kw):
        for k, x in kw.items():
            template = template.replace("{%s}" % k, x)
        if "{v}" in template:
            a, b = template.split("{v}", 1)
            self.parts.extend([a, v, b, "\n"])
        else:
            self.parts.extend([template, "\n"])

    def render(self):
        text, spans, vals = "", [], []
        for p in self.parts:
            if isinstance(p, dict):
                spans.append({"kind": p["kind"], "start": len(text), "end": len(text) + len(p["text"])})
                vals.append(p)
                text += p["text"]
            else:
                text += p
        return text, spans, vals


class Ctx:
    def __init__(self, rng, fakers, locale, lang, home, region, area, town):
        self.rng, self.locale, self.lang, self.home, self.region = rng, locale, lang, home, region
        self.area, self.town = area, town
        self.fk = fakers["hi_IN" if lang == "hi" else locale]
        self.g = langs.G[lang]
        self.p = langs.P[lang]
        self.lab = langs.LABELS[lang]
        self.negs = []  # (kind, label, value)
        self.styles = []
        self.pos = True

    def name(self):
        return self.fk.first_name() + " " + self.fk.last_name()

    def first(self):
        return self.fk.first_name()

    def date(self):
        r = self.rng
        d, m = r.randint(1, 28), r.randint(1, 12)
        if self.locale == "en_US":
            return "%d/%d/2025" % (m, d)
        return {"de": "%02d.%02d.2025", "nl": "%02d-%02d-2025"}.get(self.lang, "%02d/%02d/2025") % (d, m)

    def clock(self, secs=False):
        r = self.rng
        return (
            "%02d:%02d:%02d" % (r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
            if secs
            else "%02d:%02d" % (r.randint(7, 22), r.randint(0, 59))
        )

    def neg(self, kind=None):
        from .guards import guard_hits

        for _ in range(50):
            k, label, value = negs.draw(self.rng, self.lang, kind)
            if not guard_hits(value):
                break
        self.negs.append(k)
        return label, value

    def neg_sentence(self, kind=None):
        label, value = self.neg(kind)
        return (
            self.rng.choice(langs.NEG_FRAMES[self.lang]).replace("{label}", label).replace("{value}", value)
        )

    def fill(self):
        return self.rng.choice(self.g["fill"])

    # ---- values
    def phone(self, mode, want=None):
        """Returns (value, phrase key)."""
        r = self.rng
        if mode == "local-announced":
            num, _ = V.fixed(r, self.region, self.area)
            v = V.phone_value(num, V.fmt_local(r, num, self.area, self.region), mode, len(self.area))
            self.styles.append("local_" + self.region)
            return v, "loc"
        if mode == "other":
            num = V.service(r, self.region)
            text, st = V.fmt_service(r, num)
            self.styles.append(st)
            return V.phone_value(num, text, mode), "svc"
        kind = want or r.choice(["mob", "fix", "any"])
        if mode == "international":
            reg = (
                self.home
                if r.random() < 0.7
                else r.choice(["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN"])
            )
        else:
            reg = self.region
        if kind == "mob":
            num = V.mobile(r, reg)
        elif kind == "fix" and reg == self.region and self.area and r.random() < 0.5:
            num = V.fixed(r, reg, self.area)[0]
        else:
            num = V.fixed(r, reg)[0] if kind == "fix" or r.random() < 0.5 else V.mobile(r, reg)
        if mode == "international":
            text, st = V.fmt_international(r, num, self.home)
        else:
            text, st = V.fmt_national(r, num)
        self.styles.append(st)
        return V.phone_value(num, text, mode if mode != "list" else "list-entry"), kind

    def phone_sentence(self, mode):
        v, key = self.phone(mode)
        return self.rng.choice(self.p[key]), v

    def email(self, role=None):
        r = self.rng
        role = r.random() < 0.45 if role is None else role
        if role:
            local = r.choice(
                [
                    "info",
                    "support",
                    "office",
                    "billing",
                    "hello",
                    "kontakt" if self.lang == "de" else "contact",
                    "bookings",
                ]
            )
            dom = r.choice(FIRMS) + "." + TLD.get(self.locale, "com")
            return {"kind": "EMAIL", "mode": "role", "text": local + "@" + dom}
        fn = ascii_fold(self.fk.first_name()) or "sam"
        ln = ascii_fold(self.fk.last_name()) or "lee"
        local = r.choice(
            [fn + "." + ln, fn[0] + ln, fn + ln[:1] + str(r.randint(70, 99)), fn + "_" + ln, ln + "." + fn]
        )
        prov = PROVIDERS.get(self.locale, PROVIDERS.get(self.lang, PROVIDERS["en_US"]))
        return {"kind": "EMAIL", "mode": "personal", "text": local + "@" + r.choice(prov)}

    def other_sentence(self):
        r = self.rng
        opts = ["email"] * 5 + ["ip"] * 3 + ["card"] * 2 + ["iban"] * 2
        if self.locale == "en_US":
            opts += ["ssn"] * 4
        k = r.choice([o for o in opts if o in self.p])
        if k == "email":
            v = self.email()
        elif k == "ip":
            v = V.ipv4(r) if r.random() < 0.66 else V.ipv6(r)
        elif k == "card":
            v = V.card(r)
        elif k == "iban":
            cc = {
                "de_DE": "DE",
                "de_AT": "AT",
                "de_CH": "CH",
                "fr_FR": "FR",
                "fr_BE": "BE",
                "es_ES": "ES",
                "it_IT": "IT",
                "nl_NL": "NL",
                "nl_BE": "BE",
                "en_GB": "GB",
                "en_IE": "IE",
                "pt_BR": "PT",
            }.get(self.locale, r.choice(["DE", "NL", "FR"]))
            v = V.iban(r, cc)
        else:
            v = V.ssn(r)
        return r.choice(self.p[k]), v


# ------------------------------------------------------------------ genres
def _sent(c, items):
    """items: list of (template, value|None); yields (text template, value)."""
    out = []
    for t, v in items:
        out.append((t.replace("{n}", c.name()).replace("{t}", c.town or ""), v))
    return out


def _emit(doc, t, v, prefix=""):
    if v is None:
        doc.add(prefix + t)
    else:
        a, b = t.split("{v}", 1)
        doc.add(prefix + a, v, b)


def forum(c, doc, items, roster):
    r, g = c.rng, c.g
    user = ascii_fold(c.first()) + str(r.randint(1, 99))
    doc.add(
        r.choice(g["topics"])
        + "\n\n"
        + g["posted"].replace("{u}", user).replace("{d}", c.date() + " " + c.clock())
        + "\n\n"
    )
    quoted = items[:1] if len(items) > 1 and r.random() < 0.5 else []
    if quoted:
        other = ascii_fold(c.first()) + str(r.randint(1, 99))
        doc.add(g["quote"].replace("{u}", other) + "\n")
        for t, v in quoted:
            _emit(doc, t, v, "> ")
            doc.add("\n")
        doc.add("\n")
    for t, v in items[len(quoted) :]:
        doc.add(c.fill() + " ")
        _emit(doc, t, v)
        doc.add("\n\n")
    doc.add(c.fill() + "\n\n")
    if r.random() < 0.4:
        doc.add(g["edited"].replace("{u}", user).replace("{d}", c.date()) + "\n")
    doc.add("-- \n" + user + (" · " + c.town if c.town else "") + "\n")


def support_chat(c, doc, items, roster):
    r, g = c.rng, c.g
    case = "%d-%s" % (r.randint(2023, 2025), "".join(r.choice("0123456789") for _ in range(6)))
    c.negs.append("support_case")
    agent = c.first()
    doc.add(g["chat_head"].replace("{c}", case) + "\n")
    h, m = r.randint(8, 20), r.randint(0, 50)
    for i, (t, v) in enumerate(items):
        who = g["customer"] if i % 3 != 2 else "%s (%s)" % (g["agent"], agent)
        doc.add(
            "[%02d:%02d:%02d] %s: %s\n" % (h, m, r.randint(0, 59), g["agent"] + " (" + agent + ")", c.fill())
        )
        m = min(59, m + r.randint(0, 2))
        doc.add("[%02d:%02d:%02d] %s: " % (h, m, r.randint(0, 59), who))
        _emit(doc, t, v)
        doc.add("\n")
    doc.add("[%02d:%02d:%02d] %s\n" % (h, min(59, m + 1), r.randint(0, 59), g["chat_end"]))
    if c.town:
        doc.add("%s — %s\n" % (g["customer"], c.town))


def email_thread(c, doc, items, roster):
    r, g, lab = c.rng, c.g, c.lab
    me, them = c.name(), c.name()
    if c.pos and r.random() < 0.5:
        doc.add(g["from"] + ": " + me + " <", c.email(role=False), ">\n")
    else:
        doc.add(g["from"] + ": " + me + "\n")
    doc.add(
        g["sent"]
        + ": "
        + c.date()
        + " "
        + c.clock()
        + "\n"
        + g["subject"].replace("{s}", r.choice(g["subjects"]))
        + "\n\n"
    )
    doc.add(g["dear"].replace("{n}", them.split()[0]) + "\n\n")
    sig = [
        iv
        for iv in items
        if iv[1] is not None and iv[1]["kind"] == "PHONE" and iv[1]["mode"] in ("national", "international")
    ]
    sig = sig[:1] if sig and r.random() < 0.5 else []
    quoted = [iv for iv in items if iv not in sig][-1:] if len(items) > 1 and r.random() < 0.6 else []
    body = [iv for iv in items if iv not in sig and iv not in quoted]
    for t, v in body:
        _emit(doc, t, v)
        doc.add(" " + c.fill() + "\n\n")
    doc.add(g["regards"] + "\n" + me + "\n")
    for _t, v in sig:
        doc.add(r.choice(c.lab["tel"]) + r.choice([": ", " ", " | "]), v, "\n")
    if c.town:
        doc.add(r.choice(g["roles"]) + ", " + c.town + "\n")
    if quoted:
        doc.add("\n" + g["wrote"].replace("{d}", c.date()).replace("{n}", them) + "\n")
        doc.add("> " + c.fill() + "\n>\n")
        for t, v in quoted:
            _emit(doc, t, v, "> ")
            doc.add("\n")
        doc.add("> " + them.split()[0] + "\n")
    del lab


def _wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return out


def ocr_letter(c, doc, items, roster):
    r, g = c.rng, c.g
    firm = r.choice(FIRMS).replace("-", " ").upper()
    doc.add(" ".join(firm) + "\n" + (c.town or "") + "\n\n")
    if r.random() < 0.5:
        doc.add(g["form"] + "\n" + "_" * r.randint(20, 40) + "\n" + c.lab["name"] + ":  " + c.name() + "\n")
    doc.add(g["dear"].replace("{n}", c.name()) + "\n\n")
    for t, v in items:
        for ln in _wrap(c.fill(), r.randint(28, 48)):
            doc.add(ln + (" " * r.randint(0, 3)) + "\n")
        if (
            v is not None
            and v["kind"] == "PHONE"
            and v["mode"] in ("national", "international")
            and r.random() < 0.5
        ):
            lbl = r.choice(c.lab["tel"])
            doc.add(
                lbl + r.choice([" . . . . ", "  ", ": ", " .......... ", ":\t"]),
                v,
                r.choice(["\n", " |\n", "  \n"]),
            )
        else:
            _emit(doc, t, v)
            doc.add("\n")
    if roster:
        doc.add("\n")
        for nm, v in roster:
            doc.add(nm + r.choice([" . . . . . ", "  ....  ", " \t"]), v, "\n")
    doc.add(
        "\n"
        + g["regards"]
        + "\n\n"
        + c.name()
        + "\n\n"
        + r.choice(["- 1 -", g["page"].replace("{i}", "1").replace("{k}", "2"), "1/2"])
        + "\n"
    )


def csv_export(c, doc, items, roster):
    r, g, lab = c.rng, c.g, c.lab
    sep = r.choice([",", ";", "\t", ";"])
    doc.add(c.fill() + " (" + g["csv_note"] + ")\n\n")
    kinds = r.sample(
        ["support_case", "confirmation", "odometer", "model_no", "plate", "flight", "pnr", "build", "salary"],
        2,
    )
    head = [lab["name"], lab["role"], lab["phone_col"]] + [
        negs.KINDS[k][1][negs.LANG_I[c.lang]] for k in kinds
    ]
    doc.add(sep.join(head) + "\n")
    rows = roster or [(c.name(), None) for _ in range(r.randint(3, 6))]
    for nm, v in rows:
        cells = ['"%s"' % nm if r.random() < 0.3 else nm, r.choice(g["roles"])]
        doc.add(sep.join(cells) + sep)
        if v is not None:
            doc.add(v)
        doc.add(sep + sep.join(c.neg(k)[1] for k in kinds) + "\n")
    doc.add("\n")
    for t, v in items:
        _emit(doc, t, v)
        doc.add("\n")


def wiki_page(c, doc, items, roster):
    r, g, lab = c.rng, c.g, c.lab
    doc.add("# " + r.choice(g["topics"]).rstrip("?") + "\n\n" + c.fill() + "\n\n")
    for t, v in items:
        doc.add("- ")
        _emit(doc, t, v)
        doc.add("\n")
    if roster:
        doc.add(
            "\n## "
            + g["wiki_contacts"]
            + "\n\n| "
            + lab["name"]
            + " | "
            + lab["role"]
            + " | "
            + lab["phone_col"]
            + " |\n|---|---|---|\n"
        )
        for nm, v in roster:
            doc.add("| " + nm + " | " + r.choice(g["roles"]) + " | ", v, " |\n")
    doc.add("\n## " + g["wiki_see"] + "\n\n- " + c.neg_sentence() + "\n")
    if c.town:
        doc.add("\n[[" + c.town + "]]\n")


def transcript(c, doc, items, roster):
    r, g = c.rng, c.g
    if r.random() < 0.5:
        s = r.randint(1, 300)
        for i, (t, v) in enumerate([(c.fill(), None)] + items):
            a = r.randint(60, 3000)
            doc.add(
                "%d\n00:%02d:%02d,%03d --> 00:%02d:%02d,%03d\n"
                % (
                    s + i,
                    a // 60 % 60,
                    a % 60,
                    r.randint(0, 999),
                    (a + 3) // 60 % 60,
                    (a + 3) % 60,
                    r.randint(0, 999),
                )
            )
            _emit(doc, t, v, r.choice(["", "- "]))
            doc.add("\n\n")
        c.negs.append("timecode")
    else:
        doc.add(g["meeting"] + "\n" + c.date() + (", " + c.town if c.town else "") + "\n\n")
        for t, v in [(c.fill(), None)] + items + [(c.fill(), None)]:
            doc.add(
                "%s %d (%02d:%02d:%02d): "
                % (g["speaker"], r.randint(1, 4), 0, r.randint(0, 59), r.randint(0, 59))
            )
            _emit(doc, t, v)
            doc.add("\n")


def sms_thread(c, doc, items, roster):
    r, g = c.rng, c.g
    other = c.first()
    doc.add(other + "\n" + g["today"] + " " + c.clock() + "\n\n")
    for t, v in items:
        doc.add(r.choice([other, g["me"]]) + ": " + c.fill() + "\n")
        doc.add(r.choice([other, g["me"]]) + ": ")
        _emit(doc, t, v)
        doc.add("\n")
    doc.add(g["delivered"] + "\n")
    if c.town:
        doc.add("📍 " + c.town + "\n")


LAYOUT = {
    "forum": forum,
    "support_chat": support_chat,
    "email_thread": email_thread,
    "ocr_letter": ocr_letter,
    "csv_export": csv_export,
    "wiki_page": wiki_page,
    "transcript": transcript,
    "sms_thread": sms_thread,
}
ROSTER_GENRES = {"csv_export", "wiki_page", "ocr_letter"}
