"""Compose documents: positive documents carry labelled values, negative ones only numbers that are not."""

import unicodedata

from . import layout, negs, numfmt
from . import values as V
from .guards import guard_hits
from .lang_de import L as DE
from .lang_en import L as EN
from .lang_es import L as ES
from .lang_fr import L as FR
from .lang_hi import L as HI
from .lang_it import L as IT
from .lang_nl import L as NL
from .lang_pt import L as PT

LANGS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
for _L in LANGS.values():
    _L["neglab"] = dict(line.split("=", 1) for line in _L["neg"].splitlines())
GENRES = ["message", "email", "community", "shop", "public", "form", "listing"]
HEAD = {
    "en": ("Name", "Role"),
    "de": ("Name", "Funktion"),
    "fr": ("Nom", "Rôle"),
    "es": ("Nombre", "Cargo"),
    "it": ("Nome", "Ruolo"),
    "nl": ("Naam", "Rol"),
    "pt": ("Nome", "Função"),
    "hi": ("नाम", "भूमिका"),
}
WEBMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
}
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IN": "in",
    "de_DE": "de",
    "fr_FR": "fr",
    "nl_NL": "nl",
    "pt_BR": "com.br",
    "es_ES": "es",
    "it_IT": "it",
    "en_AU": "com.au",
    "en_IE": "ie",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_BE": "be",
    "fr_CH": "ch",
    "nl_BE": "be",
}
ROLE_BOX = ["info", "contact", "bookings", "office", "hello", "admin", "service"]
IBAN_OF = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "es_ES": "ES",
    "it_IT": "IT",
    "pt_BR": "BR",
    "en_GB": "GB",
    "en_IE": "IE",
}
FOREIGN = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BR", "IN", "AU", "IE", "AT", "CH", "BE"]
LAST_BLOCK = {"signature", "quoted_reply", "forward_header"}
ONCE = LAST_BLOCK | {"autoreply", "ps_line"}


def asc(s):
    return "".join(
        c for c in unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower() if c.isalnum()
    )


def person(fk):
    return "%s %s" % (fk.first_name(), fk.last_name())


class Doc:
    def __init__(self, n, pos, locale, lang, genre):
        self.n, self.pos, self.locale, self.lang, self.genre = n, pos, locale, lang, genre
        self.items = []
        self.area = None
        self.meta = {}


def hard_negative(rng, lang, kind):
    while True:
        v = negs.GEN[kind](rng, lang)
        if not guard_hits(v):
            return v


def neg_sentence(rng, L, kind, v):
    label = L["neglab"][kind]
    frames = L["ref_frames"] if kind in negs.REF else L["fact_frames"]
    t = rng.choice(frames)
    return t.format(label=label, Label=label[:1].upper() + label[1:], v=v)


def _phone_value(rng, doc, item, town_area):
    region, own = V.PLAN[doc.locale], V.OWN.get(doc.locale)
    mode = item["mode"]
    if mode == "local-announced":
        p = V.fixed(rng, region, town_area)
        text, style = numfmt.subscriber(rng, p)
    elif mode == "other":
        p = V.service(rng, region)
        text, style = numfmt.service_text(rng, p)
    else:
        if mode == "international":
            r = item.get("region") or region
        else:
            r = region
        typ = "mob" if rng.random() < (0.6 if mode == "list-entry" else 0.5) else "fix"
        areas = V.AREAS[r]
        area = town_area if (r == region and doc.area and not own) else rng.choice(areas)[0]
        p = V.fixed(rng, r, area) if typ == "fix" else V.mobile(rng, r, area if r in ("US", "BR") else None)
        if mode == "international":
            allow00 = V.PLAN[doc.locale] not in ("US", "BR", "IN") and doc.locale != "en_AU"
            text, style = numfmt.international(rng, p, allow00)
        else:
            text, style = numfmt.national(rng, p)
    return p, layout.Val("PHONE", mode, text, style, region=p.region, e164=p.e164, area_len=p.area_len)


def _other_value(rng, doc, item, fk, names):
    kind, mode = item["kind"], item["mode"]
    if kind == "EMAIL":
        if mode == "personal":
            f, la = names
            local = rng.choice(
                [
                    "%s.%s" % (f, la),
                    "%s%s" % (f[0], la),
                    "%s_%s%d" % (f, la, rng.randint(1, 99)),
                    "%s%d" % (f, rng.randint(70, 2005)),
                ]
            )
            return layout.Val(kind, mode, "%s@%s" % (local, rng.choice(WEBMAIL[doc.lang])))
        dom = "%s%s.%s" % (names[1], rng.choice(["", "-" + doc.genre, "and" + names[0]]), TLD[doc.locale])
        return layout.Val(kind, mode, "%s@%s" % (rng.choice(ROLE_BOX), dom))
    if kind == "IBAN":
        c = IBAN_OF.get(doc.locale) or rng.choice(["DE", "NL", "FR", "ES", "IE", "GB"])
        s = V.iban(rng, c)
        return layout.Val(
            kind, mode, " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "grouped" else s
        )
    if kind == "CREDIT_CARD":
        d = V.card(rng)
        return layout.Val(
            kind, mode, {"grouped": V.group_card(d, " "), "dashed": V.group_card(d, "-"), "compact": d}[mode]
        )
    if kind == "IP_ADDRESS":
        if mode == "v6":
            return layout.Val(kind, mode, V.ipv6(rng))
        return layout.Val(kind, mode, V.ipv4(rng, item["private"]))
    d = V.ssn(rng)
    sep = "-" if mode == "dashed" else " "
    return layout.Val(kind, mode, d[:3] + sep + d[3:5] + sep + d[5:])


def _labels(L, p):
    if p.kind == "svc":
        return L["lab"]["svc"]
    if p.region == "US":
        return L["lab"]["any"] + L["lab"]["mob"] + L["lab"]["fix"]
    return L["lab"]["any"] + L["lab"][p.kind]


def _phrasings(L, p, mode):
    if mode == "local-announced":
        return [(i, t) for i, t in L["local"]]
    if mode == "other":
        return [(i, t) for i, t in L["service"]]
    ok = ("any", "mob", "fix") if p.region == "US" else ("any", p.kind)
    return [(i, t) for i, f, t in L["phone"] if f in ok]


def item_block(rng, doc, item, L, ctx, fk, meta):
    pls = list(layout.GENRE_PLACEMENTS[doc.genre])
    if item["kind"] == "PHONE":
        p, val = _phone_value(rng, doc, item, ctx["area"])
        meta["styles"].append(val.style)
        if item["mode"] == "local-announced":
            labels = L["lab"]["any"][:1]
            pls = [x for x in pls if x not in ("voicemail", "forward_header")]
        else:
            labels = _labels(L, p)
            pls = [x for x in pls if x != "forward_header" and not (x == "voicemail" and p.kind == "svc")]
        phr = _phrasings(L, p, item["mode"])
    else:
        val = _other_value(rng, doc, item, fk, ctx["ascii_names"])
        labels = L["lab"][item["kind"]]
        pls = [x for x in pls if x != "voicemail" and (x != "forward_header" or item["kind"] == "EMAIL")]
        phr = [("%s_%s_%d" % (doc.lang, item["kind"].lower(), i), t) for i, t in enumerate(L[item["kind"]])]
    pl = rng.choice(pls)
    if pl in ctx["used_last"] and len(pls) > 1:
        pl = rng.choice([x for x in pls if x not in ONCE])
    pid, tpl = rng.choice(phr)
    phrase = layout.fill(
        tpl, val, first=ctx["other_first"], last=ctx["last"], name=ctx["other"], town=ctx["town"]
    )
    sh = rng.choice(layout.SHAPES)
    label = rng.choice(labels)
    parts = layout.place(pl, L, rng, val, phrase, label, ctx, sh)
    meta["placements"].append(pl)
    if pl in layout.PLACEMENTS_PHRASE:
        meta["phrasings"].append(pid)
    elif pl in ("signature", "checkbox_field", "banner"):
        meta["shapes"].append(sh)
    if pl in ONCE:
        ctx["used_last"].add(pl)
    return pl, parts


def compose(rng, doc, fk, fa):
    L = LANGS[doc.lang]
    region, own = V.PLAN[doc.locale], V.OWN.get(doc.locale)
    if doc.area:
        area, town = doc.area
    else:
        area, town = rng.choice(V.AREAS[own or region])
    me, other = person(fk), person(fk)
    first, last = fk.first_name(), fk.last_name()
    ascii_names = (asc(fa.first_name()) or "anu", asc(fa.last_name()) or "sharma")
    ctx = {
        "area": area,
        "town": town,
        "me": me,
        "other": other,
        "other_first": other.split()[0],
        "last": last,
        "day": "%d/%d" % (rng.randint(1, 28), rng.randint(1, 12)),
        "used_last": set(),
        "ascii_names": ascii_names,
    }
    meta = {
        "placements": [],
        "phrasings": [],
        "shapes": [],
        "styles": [],
        "negkinds": [],
        "negvalues": 0,
        "roster": None,
        "negroster": None,
    }
    title = rng.choice(L["titles"][doc.genre]).format(town=town, first=first, last=last)
    ctx["title"] = title
    middle = [[s] for s in rng.sample(L["body"][doc.genre], rng.randint(1, 3))]
    kinds = negs.GENRE_KINDS[doc.genre]
    seen = set()
    for _ in range(rng.randint(1, 3) if doc.pos else rng.randint(3, 6)):
        k = rng.choice(kinds) if rng.random() < 0.8 else rng.choice(sorted(negs.GEN))
        if k in seen:
            k = rng.choice(sorted(set(negs.GEN) - seen))
        seen.add(k)
        middle.append([neg_sentence(rng, L, k, hard_negative(rng, doc.lang, k))])
        meta["negkinds"].append(k)
        meta["negvalues"] += 1
    last_blocks, first_blocks = [], []
    lists = [it for it in doc.items if it["mode"] == "list-entry"]
    if lists:
        fmt = doc.meta["roster"]
        rows = []
        for it in lists:
            _p, val = _phone_value(rng, doc, it, area)
            meta["styles"].append(val.style)
            rows.append((person(fk), rng.choice(L["roles"] + L["days"]), val))
        head = HEAD[doc.lang] + (L["lab"]["any"][0],)
        middle.append(layout.roster(fmt, rng.choice(L["roster"]["phone"]), head, rows, rng))
        meta["roster"] = fmt
        meta["placements"].append("roster")
    elif not doc.pos and rng.random() < 0.35:
        fmt = rng.choice(layout.ROSTERS)
        k = rng.choice(
            [
                "member_number",
                "plot",
                "raffle",
                "staff_number",
                "library_card",
                "permit_number",
                "key_safe",
                "flat",
                "dob",
                "shift",
            ]
        )
        rows = [
            (person(fk), rng.choice(L["roles"] + L["days"]), hard_negative(rng, doc.lang, k))
            for _ in range(rng.randint(3, 6))
        ]
        meta["negkinds"].append(k)
        meta["negvalues"] += len(rows)
        head = HEAD[doc.lang] + (L["neglab"][k],)
        middle.append(layout.roster(fmt, rng.choice(L["roster"]["other"]), head, rows, rng))
        meta["negroster"] = fmt
    for it in doc.items:
        if it["mode"] == "list-entry":
            continue
        pl, parts = item_block(rng, doc, it, L, ctx, fk, meta)
        if pl in LAST_BLOCK:
            last_blocks.append(parts)
        elif pl == "autoreply":
            first_blocks.append(parts)
        else:
            middle.append(parts)
    rng.shuffle(middle)
    if doc.genre in ("email", "message") and not any(p in ctx["used_last"] for p in ("signature",)):
        middle.append(["%s\n%s" % (rng.choice(L["pl"]["regards"]), me)])
    blocks = [[title]] + first_blocks + middle + last_blocks
    parts = []
    for i, b in enumerate(blocks):
        if i:
            parts.append("\n\n")
        parts += b
    return parts, meta


def assemble(parts):
    text, spans, vals = "", [], []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            spans.append({"kind": p.kind, "start": len(text), "end": len(text) + len(p.text)})
            vals.append(p)
            text += p.text
    for s in spans:
        before = text[s["start"] - 1] if s["start"] else " "
        after = text[s["end"]] if s["end"] < len(text) else " "
        if before.isalnum() or after.isalnum():
            raise ValueError("span touches a letter or digit: %r" % text[s["start"] - 5 : s["end"] + 5])
    return text, spans, vals
