"""Planning and building of the v22 documents (make_heldout_set writes them)."""

import random

from . import (
    lang_de,
    lang_en,
    lang_es,
    lang_fr,
    lang_hi,
    lang_it,
    lang_nl,
    lang_pt,
    negatives,
    phones,
    values,
)
from .corpus import corpus_docs
from .texts import GENRES, ROSTERS, SHAPES, assemble, fill, layout, person, roster, shape_line

SEED = 10022
MODULES = (lang_en, lang_de, lang_fr, lang_es, lang_it, lang_nl, lang_pt, lang_hi)
LANGS = {m.LANG["code"]: m.LANG for m in MODULES}
HOME = {
    "US": [("en_US", "en")],
    "GB": [("en_GB", "en")],
    "IN": [("en_IN", "en"), ("en_IN", "hi")],
    "DE": [("de_DE", "de")],
    "FR": [("fr_FR", "fr")],
    "ES": [("es_ES", "es")],
    "IT": [("it_IT", "it")],
    "NL": [("nl_NL", "nl")],
    "BR": [("pt_BR", "pt")],
    "AU": [("en_AU", "en")],
    "IE": [("en_IE", "en")],
    "AT": [("de_AT", "de")],
    "CH": [("de_CH", "de"), ("fr_CH", "fr")],
    "BE": [("fr_BE", "fr"), ("nl_BE", "nl")],
}
# locale -> region of its own numbers; AT/CH/BE/AU/IE documents carry their own numbers only internationally
REGION_OF = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_BR": "BR",
    "en_AU": "AU",
    "en_IE": "IE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_CH": "CH",
    "fr_BE": "BE",
    "nl_BE": "BE",
}
INTL_ONLY = ("AU", "IE", "AT", "CH", "BE")
LOCAL = {"US": 85, "GB": 85, "DE": 85, "NL": 65, "BR": 60, "IN": 70}
NATIONAL = {"GB": 45, "DE": 45, "US": 40, "FR": 70, "IN": 35, "ES": 60, "NL": 25, "BR": 25, "IT": 55}
INTL = {
    "AU": 16,
    "BE": 16,
    "CH": 12,
    "AT": 11,
    "IE": 10,
    "FR": 20,
    "ES": 15,
    "IT": 15,
    "DE": 10,
    "GB": 10,
    "NL": 5,
    "BR": 5,
    "US": 5,
}
OTHER = {"GB": 14, "DE": 14, "US": 12, "FR": 12, "ES": 12, "IT": 10, "NL": 8, "BR": 8, "IN": 10}
LIST = {"GB": 35, "DE": 40, "US": 30, "FR": 35, "ES": 30, "IT": 25, "NL": 25, "BR": 25, "IN": 30}
NONPHONE = [
    ("EMAIL", "personal", 90),
    ("EMAIL", "role", 80),
    ("IP_ADDRESS", "v4", 60),
    ("IP_ADDRESS", "v6", 30),
    ("CREDIT_CARD", "grouped", 43),
    ("CREDIT_CARD", "dashed", 18),
    ("CREDIT_CARD", "compact", 14),
    ("IBAN", "grouped", 52),
    ("IBAN", "compact", 13),
    ("US_SSN", "dashed", 36),
    ("US_SSN", "spaced", 4),
]
IBAN_OF = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "en_GB": "GB",
    "en_IE": "IE",
}
NEG_HOSTS = [
    (("en_US", "en"), 55),
    (("en_GB", "en"), 55),
    (("en_IN", "en"), 25),
    (("en_IN", "hi"), 25),
    (("en_AU", "en"), 8),
    (("en_IE", "en"), 7),
    (("de_DE", "de"), 55),
    (("de_AT", "de"), 7),
    (("de_CH", "de"), 6),
    (("fr_FR", "fr"), 45),
    (("fr_BE", "fr"), 5),
    (("fr_CH", "fr"), 4),
    (("es_ES", "es"), 40),
    (("it_IT", "it"), 38),
    (("nl_NL", "nl"), 35),
    (("nl_BE", "nl"), 5),
    (("pt_BR", "pt"), 35),
]
PRIVATE_V4 = 36
PROSE_DOCS = 470
POS_DOCS = 600
GENRE_W = {
    "chat": 14,
    "sms": 10,
    "email": 16,
    "ad": 10,
    "school": 8,
    "club": 8,
    "shop": 7,
    "trades": 8,
    "note": 8,
    "voicemail": 9,
}
ALL_BUT_VM = {"chat", "sms", "email", "ad", "school", "club", "shop", "trades", "note"}
FITS = {
    "US_SSN": {"email", "sms", "chat", "note"},
    "CREDIT_CARD": {"email", "sms", "chat", "note", "voicemail"},
    "IP_ADDRESS": {"chat", "email", "sms", "note"},
    "EMAIL": ALL_BUT_VM,
    "IBAN": {"email", "club", "school", "ad", "shop", "trades", "note", "chat"},
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
ASCII = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "à": "a",
        "â": "a",
        "á": "a",
        "ã": "a",
        "ç": "c",
        "í": "i",
        "ì": "i",
        "ï": "i",
        "î": "i",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "õ": "o",
        "ú": "u",
        "ù": "u",
        "û": "u",
        "ñ": "n",
        "'": "",
        " ": "",
    }
)


def wpick(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


def partition(rng, n, k, cap, low=1):
    sizes = [low] * k
    for _ in range(n - low * k):
        open_ = [i for i in range(k) if sizes[i] < cap] or list(range(k))
        sizes[rng.choice(open_)] += 1
    return sizes


def plan(rng):
    """Positive documents as (host, genre, phone requests, other requests); rosters as (host, region, n)."""
    reqs = []
    for mode, table in (("local-announced", LOCAL), ("national", NATIONAL), ("other", OTHER)):
        for reg, n in table.items():
            reqs += [(mode, reg, rng.choice(HOME[reg])) for _ in range(n)]
    mains = [h for r in ("US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR") for h in HOME[r]]
    for reg, n in INTL.items():
        for _ in range(n):
            host = rng.choice(HOME[reg]) if reg in INTL_ONLY or rng.random() < 0.7 else rng.choice(mains)
            reqs.append(("international", reg, host))
    hosts = sorted({h for _, _, h in reqs})
    by = {h: [r for r in reqs if r[2] == h] for h in hosts}
    ndocs = {h: max(1, round(len(by[h]) * PROSE_DOCS / len(reqs))) for h in hosts}
    while sum(ndocs.values()) != PROSE_DOCS:
        h = max(hosts, key=lambda x: len(by[x]) / ndocs[x] if sum(ndocs.values()) < PROSE_DOCS else -ndocs[x])
        ndocs[h] += 1 if sum(ndocs.values()) < PROSE_DOCS else -1
    docs = []
    for h in hosts:
        rs = by[h]
        rng.shuffle(rs)
        i = 0
        for size in partition(rng, len(rs), ndocs[h], 5):
            docs.append({"host": h, "phones": [(m, r) for m, r, _ in rs[i : i + size]], "other": []})
            i += size
    rosters = []
    for reg, n in LIST.items():
        k = max(1, round(n / 4.6))
        for size in partition(rng, n, k, 7, 3):
            rosters.append((rng.choice(HOME[reg]), reg, size))
    rng.shuffle(rosters)
    for d in docs:
        d["genre"] = wpick(rng, list(GENRE_W.items()))
    all_hosts = sorted({h for hs in HOME.values() for h in hs})
    other = [(k, m) for k, m, n in NONPHONE for _ in range(n)]
    other = [
        ("IP_ADDRESS", "v4:private") if i < PRIVATE_V4 else o
        for i, o in enumerate(o for o in other if o[1] == "v4")
    ] + [o for o in other if o[1] != "v4"]
    rng.shuffle(other)

    def fits(doc, k):
        loc = doc["host"][0]
        where = (k != "US_SSN" or loc == "en_US") and (k != "IBAN" or loc in IBAN_OF)
        return where and doc["genre"] in FITS[k]

    for _ in range(POS_DOCS - PROSE_DOCS - len(rosters)):
        doc = {"host": rng.choice(all_hosts + [("en_US", "en")] * 4), "phones": [], "other": [], "genre": ""}
        j = next(i for i, (k, _) in enumerate(other) if fits(dict(doc, genre=sorted(FITS[k])[0]), k))
        k = other[j][0]
        doc["genre"] = wpick(rng, [(g, w) for g, w in GENRE_W.items() if g in FITS[k]])
        doc["other"].append(other.pop(j))
        docs.append(doc)
    for k, m in other:
        pool = [d for d in docs if fits(d, k) and len(d["other"]) < 3]
        rng.choice(pool)["other"].append((k, m))
    return docs, rosters


def email(rng, L, locale, mode):
    names = L.get("mail_names", L)
    first = rng.choice(names["first"]).lower().translate(ASCII)
    last = rng.choice(names["last"]).lower().translate(ASCII)
    if mode == "role":
        return "%s@%s.%s" % (rng.choice(L["mail"]["role"]), rng.choice(L["mail"]["orgs"]), TLD[locale])
    local = rng.choice(
        [
            "%s.%s" % (first, last),
            "%s%s" % (first[0], last),
            "%s_%s%d" % (first, last, rng.randint(1, 99)),
            "%s%s" % (first, rng.choice(["", str(rng.randint(70, 99)), str(rng.randint(1, 9))])),
        ]
    )
    return "%s@%s" % (local, rng.choice(L["mail"]["free"]))


def other_value(rng, L, locale, kind, mode):
    if kind == "EMAIL":
        text = email(rng, L, locale, mode)
    elif kind == "IP_ADDRESS":
        text = values.ipv4(rng, mode == "v4:private") if mode.startswith("v4") else values.ipv6(rng)
        mode = mode[:2]
    elif kind == "CREDIT_CARD":
        text = values.card(rng, mode)
    elif kind == "IBAN":
        text = values.iban(rng, IBAN_OF[locale], mode)
    else:
        text = values.ssn(rng, mode)
    return {"kind": kind, "mode": mode, "text": text}


def phone(rng, mode, reg, locale, ptype=None):
    """A phone value dict plus its number type (fixed, mobile or service)."""
    if mode == "other":
        ptype = "service"
    elif mode == "local-announced":
        ptype = "fixed"
    elif ptype is None:
        ptype = "mobile" if rng.random() < {"IN": 0.7, "BR": 0.6, "ES": 0.6}.get(reg, 0.5) else "fixed"
    nsn, alen = phones.number(reg, rng, ptype)
    if mode == "local-announced":
        habit, text = phones.local_text(reg, nsn[alen:], rng)
    elif mode == "international" or (mode == "list-entry" and rng.random() < 0.1):
        habit, text = phones.intl_text(reg, nsn, rng, REGION_OF.get(locale))
    else:
        habit, text = phones.national_text(reg, nsn, alen, ptype, rng)
    v = phones.phone_value(mode, reg, text, nsn, alen)
    v["_habit"] = habit
    return v, ptype


def neg_item(rng, L, lang, used, as_line, genre):
    near = [k for k in negatives.AFFINITY[genre] if k in L["neg"]]
    kind = rng.choice(near if near and rng.random() < 0.75 else sorted(L["neg"]))
    label, sent = L["neg"][kind]
    v = negatives.GEN[kind](rng, lang)
    used["neg"].append(kind)
    if as_line:
        shape = rng.choice(SHAPES)
        used["shapes"].append(shape)
        return ["".join(shape_line(shape, label, v))]
    return [sent.replace("{v}", v)]


def _wrap(rng, v):
    t = v["text"]
    cut = [
        i
        for i, c in enumerate(t)
        if c == " " and "(" not in t[:i] and 3 < i < len(t) - 3 and t[i - 1].isdigit() and t[i + 1].isdigit()
    ]
    if not cut:
        return False
    i = rng.choice(cut)
    v["text"] = t[:i] + "\n" + t[i + 1 :]
    return True


def phone_item(rng, L, lang, genre, v, ptype, used):
    line_p = {"local-announced": 0.2, "national": 0.45, "international": 0.5, "other": 0.4}[v["mode"]]
    if genre != "voicemail" and rng.random() < line_p:
        labs = L["lab"][ptype] + (L["lab"]["phone"] if ptype != "service" else [])
        shape = rng.choice(SHAPES)
        used["shapes"].append(shape)
        v["_variant"] = "value_line"
        return shape_line(shape, rng.choice(labs), v), True
    cat = "service" if ptype == "service" else rng.choice(["any", "any", ptype])
    idx = rng.randrange(len(L["say"][cat]))
    for _ in range(6):
        if "say:%s/%s/%d" % (lang, cat, idx) not in used["phr"]:
            break
        idx = rng.randrange(len(L["say"][cat]))
    used["phr"].append("say:%s/%s/%d" % (lang, cat, idx))
    tpl = L["say"][cat][idx]
    v["_phr"] = "say:%s/%s/%d" % (lang, cat, idx)
    suffix, r = "", rng.random()
    v["_variant"] = "phrase"
    # an extension or a time window goes where the number ends a clause
    after = tpl.split("{n}", 1)[1]
    if not (after == "" or after[0] in ",.;!?।"):
        r = 1.0
    if "({n})" not in tpl and r < 0.09 and ptype != "mobile":
        suffix, v["_variant"] = rng.choice(L["ext"]), "with_extension"
    elif "({n})" not in tpl and r < 0.22:
        suffix, v["_variant"] = rng.choice(L["window"]), "with_time_window"
    elif genre in ("email", "school", "club", "ad", "note") and rng.random() < 0.2 and _wrap(rng, v):
        v["_variant"] = "split_across_lines"
    if "({n})" in tpl:
        v["_variant"] = "in_parentheses"
    return fill(tpl, rng, L, v, "{n}", suffix), False


def other_item(rng, L, v, used):
    kind = v["kind"]
    if kind in ("EMAIL", "IBAN") and rng.random() < 0.45:
        shape = rng.choice(SHAPES)
        used["shapes"].append(shape)
        return shape_line(shape, rng.choice(L["lab"][kind.lower()]), v), True
    key = {"EMAIL": "email", "IBAN": "iban", "CREDIT_CARD": "card", "US_SSN": "ssn"}.get(kind)
    if kind == "IP_ADDRESS":
        key = "ip4" if v["mode"] == "v4" else "ip6"
    options = L["pii"][key][:3] if v.get("mode") == "role" else L["pii"][key]
    fresh = [t for t in options if t not in used["phr"]] or options
    tpl = rng.choice(fresh)
    used["phr"].append(tpl)
    return fill(tpl, rng, L, v, "{v}"), False


def date_fn(lang):
    return lambda r: negatives.date(r, lang)


def pos_doc(rng, doc):
    locale, lang = doc["host"]
    L, genre = LANGS[lang], doc["genre"]
    used = {"neg": [], "shapes": [], "phr": []}
    body, contact, quote, ps = [], [], [], []
    for mode, reg in doc["phones"]:
        v, ptype = phone(rng, mode, reg, locale)
        item, is_line = phone_item(rng, L, lang, genre, v, ptype, used)
        if is_line and genre in ("email", "school", "club", "ad", "shop", "trades") and rng.random() < 0.8:
            contact.append(item)
        elif genre == "email" and not is_line and rng.random() < 0.25:
            (quote if rng.random() < 0.6 else ps).append(item)
        else:
            body.append(item)
    for kind, mode in doc["other"]:
        item, is_line = other_item(rng, L, other_value(rng, L, locale, kind, mode), used)
        (contact if is_line and genre in ("email", "shop", "trades", "club") else body).append(item)
    fills = L["genres"][genre]["f"]
    body += [[f] for f in rng.sample(fills, min(len(fills), rng.randint(1, 3)))]
    body += [neg_item(rng, L, lang, used, False, genre) for _ in range(rng.choice([0, 0, 1, 1, 2]))]
    rng.shuffle(body)
    seg = layout(genre, L, rng, body, contact, quote, ps, date_fn(lang))
    return seg, {"type": "pos", "lang": lang, "genre": genre, **used}


def neg_doc(rng, host):
    locale, lang = host
    L = LANGS[lang]
    genre = wpick(rng, list(GENRE_W.items()))
    used = {"neg": [], "shapes": [], "phr": []}
    body, contact = [], []
    for _ in range(rng.randint(2, 5)):
        as_line = genre != "voicemail" and rng.random() < 0.4
        item = neg_item(rng, L, lang, used, as_line, genre)
        (
            contact if as_line and genre in ("email", "school", "club", "ad", "shop", "trades") else body
        ).append(item)
    fills = L["genres"][genre]["f"]
    body += [[f] for f in rng.sample(fills, min(len(fills), rng.randint(2, 4)))]
    rng.shuffle(body)
    seg = layout(genre, L, rng, body, contact, (), (), date_fn(lang))
    return seg, {"type": "neg", "lang": lang, "genre": genre, **used}


def roster_doc(rng, host, reg, n, fmt):
    locale, lang = host
    L = LANGS[lang]
    R = L["roster"]
    entries = []
    for _ in range(n):
        v, _ = phone(rng, "list-entry", reg, locale)
        v["_place"], v["_variant"] = "roster", "roster"
        entries.append((person(rng, L), rng.choice(R["roles"]), v))
    block = roster(fmt, L, rng, entries)
    title, intro, end = rng.choice(R["t"]), rng.choice(R["intro"]), rng.choice(R["end"])
    if rng.random() < 0.5:
        seg = ["%s %s\n\n%s\n\n%s\n\n" % (L["subject"], title, rng.choice(L["hello_all"]), intro)] + block
        seg.append("\n%s\n\n%s\n%s\n" % (end, rng.choice(L["bye"]), person(rng, L)))
    else:
        seg = ["%s\n\n%s\n\n" % (title, intro)] + block + ["\n" + end + "\n"]
    return seg, {
        "type": "pos",
        "lang": lang,
        "genre": "roster",
        "roster_format": fmt,
        "neg": [],
        "shapes": [],
        "phr": [],
    }


def masked(text, spans):
    out, pos = [], 0
    for s in spans:
        out += [text[pos : s["start"]], "[%s]" % s["kind"]]
        pos = s["end"]
    return "".join(out + [text[pos:]])


def finish(rng, make, locale, sign, counter):
    while True:
        seg, meta = make()
        text, spans, vals = assemble(seg)
        if not values.guard_hits(masked(text, spans)) and all(s["end"] > s["start"] for s in spans):
            rec = {
                "id": "%s-%s-%s-%d" % (locale, sign, meta["genre"], counter),
                "locale": locale,
                "text": text,
                "spans": spans,
            }
            return rec, vals, meta


def build():
    """All 1,200 documents as (record, values with private keys, meta), shuffled with the seed."""
    rng = random.Random(SEED)
    docs, rosters = plan(rng)
    out = []
    for d in docs:
        out.append(finish(rng, lambda d=d: pos_doc(rng, d), d["host"][0], "pos", len(out)))
    for i, (host, reg, n) in enumerate(rosters):
        fmt = ROSTERS[i % len(ROSTERS)]
        out.append(
            finish(
                rng, lambda h=host, r=reg, k=n, f=fmt: roster_doc(rng, h, r, k, f), host[0], "pos", len(out)
            )
        )
    neg_hosts = [h for h, n in NEG_HOSTS for _ in range(n)]
    for h in neg_hosts:
        out.append(finish(rng, lambda h=h: neg_doc(rng, h), h[0], "neg", len(out)))
    out += corpus_docs(rng)
    rng.shuffle(out)
    assert len({r["id"] for r, _, _ in out}) == len(out)
    assert GENRES
    return out


def public(v):
    return {k: x for k, x in v.items() if not k.startswith("_")}
