"""Document plan and assembly for the v66 set."""

from . import compose as C
from . import negs
from . import numbers as N

# non-local positive documents and negative documents by (locale, language)
POS_PLAN = {
    ("en_US", "en"): 50,
    ("en_GB", "en"): 40,
    ("en_IN", "en"): 25,
    ("en_AU", "en"): 18,
    ("en_IE", "en"): 18,
    ("de_DE", "de"): 32,
    ("de_AT", "de"): 14,
    ("de_CH", "de"): 14,
    ("fr_FR", "fr"): 34,
    ("fr_BE", "fr"): 14,
    ("es_ES", "es"): 30,
    ("it_IT", "it"): 30,
    ("nl_NL", "nl"): 24,
    ("nl_BE", "nl"): 14,
    ("pt_BR", "pt"): 20,
    ("pt_PT", "pt"): 18,
    ("en_IN", "hi"): 12,
}
NEG_PLAN = {
    ("en_US", "en"): 38,
    ("en_GB", "en"): 32,
    ("en_IN", "en"): 18,
    ("en_AU", "en"): 10,
    ("en_IE", "en"): 10,
    ("de_DE", "de"): 23,
    ("de_AT", "de"): 8,
    ("de_CH", "de"): 8,
    ("fr_FR", "fr"): 23,
    ("fr_BE", "fr"): 8,
    ("es_ES", "es"): 18,
    ("it_IT", "it"): 18,
    ("nl_NL", "nl"): 23,
    ("nl_BE", "nl"): 8,
    ("pt_BR", "pt"): 18,
    ("pt_PT", "pt"): 10,
    ("en_IN", "hi"): 15,
}
# announced local numbers: (locale, language, region, how many)
LOCAL_PLAN = [
    ("en_US", "en", "US", 75),
    ("en_GB", "en", "GB", 75),
    ("en_IN", "en", "IN", 40),
    ("en_IN", "hi", "IN", 35),
    ("de_DE", "de", "DE", 75),
    ("nl_NL", "nl", "NL", 75),
    ("pt_BR", "pt", "BR", 75),
]
NO_IBAN = {"en_US", "en_IN", "pt_BR"}


def _ctx(locale, lang):
    _, own, nat = C.LOCALES[locale]
    regions = sorted({own, nat, C.HOME[lang]})
    return {
        "locale": locale,
        "lang": lang,
        "own": own,
        "nat": nat,
        "regions": regions,
        "town": "",
        "area": "",
    }


def _usable(tpl, locale):
    if "{SSN}" in tpl and locale != "en_US":
        return False
    if "{IBAN}" in tpl and locale in NO_IBAN:
        return False
    return True


def screen(text, spans, regions):
    """Whole document with labelled spans blanked: no phone match, no guard hit."""
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s["start"]])
        out.append("[x]")
        pos = s["end"]
    out.append(text[pos:])
    blank = "".join(out)
    return not negs.phone_hits(blank, regions) and not negs.guard_hits(blank)


def make_doc(f, locale, lang, kind, genre=None, local_region=None, local_left=0):
    rng = f.rng
    lx = C.lex(lang)
    ctx = _ctx(locale, lang)
    genres = sorted(lx["pos"])
    genre = genre or rng.choice(genres)
    parts, spans, values = [], [], []
    f.fill(rng.choice(lx["titles"][genre]) + "\n\n", ctx, parts, spans, values)
    negpool = lx["neg"][genre]
    n_local = 0
    local_tpl = None
    if local_region:
        town, area = rng.choice(N.AREAS[local_region])
        ctx["town"], ctx["area"] = town, area
        pool = lx["local"][local_region] if lang == "en" else lx["local"]
        pool = [t for t in pool if t.count("{L}") <= local_left]
        local_tpl = rng.choice(pool)
        n_local = local_tpl.count("{L}")
    if kind == "neg":
        body = rng.sample(negpool, min(len(negpool), rng.randint(2, 4)))
    else:
        pospool = [t for t in lx["pos"][genre] if _usable(t, locale)]
        k = rng.randint(0, 1) if local_region else rng.randint(1, 3)
        body = rng.sample(pospool, min(k, len(pospool))) + rng.sample(negpool, rng.randint(1, 2))
        rng.shuffle(body)
    if local_tpl and rng.random() < 0.5:
        f.fill(local_tpl + "\n\n", ctx, parts, spans, values)
        local_tpl = None
    for i, t in enumerate(body):
        f.fill(t + (" " if i < len(body) - 1 else "\n"), ctx, parts, spans, values)
    if local_tpl:
        f.fill("\n" + local_tpl + "\n", ctx, parts, spans, values)
    if rng.random() < 0.35:
        parts.append("\n— " + f.name(locale, lang) + "\n")
    if kind == "pos" and rng.random() < 0.16:
        parts.append("\n" + rng.choice(lx["heads"]) + "\n")
        layout = rng.choice(C.LAYOUTS)
        for lb in rng.sample(lx["labels"], rng.randint(2, 3)):
            f.fill(layout.replace("{LB}", lb).replace("{P}", "{LST}") + "\n", ctx, parts, spans, values)
    text = "".join(parts)
    if not screen(text, spans, ctx["regions"]):
        return None
    return {"genre": genre, "text": text, "spans": spans, "values": values, "n_local": n_local}
