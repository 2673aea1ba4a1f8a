"""Build plan and document drawing for v28."""

import random
import unicodedata
from collections import Counter

from faker import Faker

from . import negs, numfmt
from . import values as V
from .compose import GENRES, LANG, PLACEMENTS, ROSTERS, SHAPES, assemble, fill, place, roster, shape_line
from .corpus import corpus_records
from .guards import guard_hits, mask

# locale, language, own region, plan region (national, list, service), positives, negatives
LOCALES = [
    ("en_US", "en", "US", "US", 170, 120),
    ("en_IN", "en", "IN", "IN", 32, 25),
    ("en_IN", "hi", "IN", "IN", 30, 25),
    ("en_GB", "en", "GB", "GB", 55, 45),
    ("de_DE", "de", "DE", "DE", 55, 45),
    ("fr_FR", "fr", "FR", "FR", 46, 40),
    ("nl_NL", "nl", "NL", "NL", 48, 40),
    ("pt_BR", "pt", "BR", "BR", 48, 40),
    ("es_ES", "es", "ES", "ES", 42, 35),
    ("it_IT", "it", "IT", "IT", 42, 35),
    ("de_AT", "de", "AT", "DE", 6, 0),
    ("de_CH", "de", "CH", "DE", 6, 0),
    ("en_AU", "en", "AU", "GB", 6, 0),
    ("en_IE", "en", "IE", "GB", 6, 0),
    ("fr_BE", "fr", "BE", "FR", 4, 0),
    ("fr_CH", "fr", "CH", "FR", 2, 0),
    ("nl_BE", "nl", "BE", "NL", 2, 0),
]
IBAN_CC = {"US": "NL", "IN": "GB", "AU": "GB"}
FAKER_LOC = {("en_IN", "hi"): "hi_IN", ("fr_CH", "fr"): "fr_CH", ("nl_BE", "nl"): "nl_BE"}
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "icloud.com",
    "web.de",
    "orange.fr",
    "libero.it",
]


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fakers = {}
        self.meta = Counter()

    def name(self, locale, lang):
        key = FAKER_LOC.get((locale, lang), locale)
        if key not in self.fakers:
            f = Faker(key)
            f.seed_instance(len(self.fakers) + 28)
            self.fakers[key] = f
        f = self.fakers[key]
        return f.first_name() + " " + f.last_name()


def _ascii(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha()).lower()


def phone_val(ctx, mode, region, doc_region, area):
    rng = ctx.rng
    if mode == "other":
        num = V.service(rng, region)
        styles, mob = numfmt.service_styles(num, region), None
    elif mode == "local-announced":
        num = V.fixed_line(rng, region, area)[0]
        styles, mob = numfmt.subscriber_styles(num, region), False
    else:
        mob = rng.random() < 0.5
        num = V.mobile(rng, region) if mob else V.fixed_line(rng, region)[0]
        styles = (
            numfmt.intl_styles(num, doc_region)
            if mode == "international"
            else numfmt.national_styles(num, region)
        )
    text = rng.choice(styles)
    ctx.meta["style:" + str(styles.index(text)) + ":" + mode] += 1
    tag = "n" if region == "US" else ("m" if mob else "f")
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": V.pn.region_code_for_number(num),
        "e164": V.e164(num),
        "area_len": V.area_len(num),
    }, tag


def other_val(ctx, kind, mode, locale, lang, region, name):
    rng = ctx.rng
    if kind == "EMAIL":
        if mode == "personal":
            parts = [_ascii(p) for p in name.split()]
            if not all(parts):
                parts = [_ascii(p) for p in ctx.name("en_IN", "en").split()]
            t = rng.choice(["%s.%s", "%s%s", "%s_%s"]) % (parts[0], parts[-1]) + "@" + rng.choice(DOMAINS)
        else:
            t = (
                rng.choice(["info", "contact", "kontakt", "bookings", "hello", "admin", "secretaria"])
                + "@"
                + rng.choice(
                    ["oakhall", "pfarrhaus-nord", "lesjardins", "buurthuis-oost", "clubnautico", "casa-verde"]
                )
                + rng.choice([".org", ".de", ".fr", ".nl", ".com.br", ".it", ".es", ".in"])
            )
    elif kind == "IP_ADDRESS":
        t = V.ipv6(rng) if mode == "v6" else V.ipv4(rng, mode == "v4-private")
        mode = "v6" if mode == "v6" else "v4"
    elif kind == "CREDIT_CARD":
        d, amex = V.card(rng)
        t = d if mode == "compact" else V.group_card(d, amex, " " if mode == "grouped" else "-")
    elif kind == "IBAN":
        s = V.iban(rng, IBAN_CC.get(region, region))
        t = s if mode == "compact" else " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    else:
        a, g, s = V.ssn(rng)
        t = (" " if mode == "spaced" else "-").join((a, g, s))
    return {"kind": kind, "mode": mode, "text": t}


KEY = {"EMAIL": "email", "IP_ADDRESS": "ip", "CREDIT_CARD": "card", "IBAN": "iban", "US_SSN": "ssn"}


def item_segs(ctx, it, doc):
    rng, L = ctx.rng, LANG[doc["lang"]]
    name = ctx.name(doc["locale"], doc["lang"])
    if it[0] == "PHONE":
        mode, region = it[1], it[2]
        v, tag = phone_val(ctx, mode, region, doc["region"], doc.get("area"))
        if mode == "local-announced":
            if rng.random() < 0.75:
                tpl = rng.choice(L["local"])
                ctx.meta["phr:local:%s:%d" % (doc["lang"], L["local"].index(tpl))] += 1
                return fill(tpl, v["text"], v, town=doc["town"], name=name)
            lab = L["label"][rng.choice("fn")]
            return shape_ctx(ctx, lab, "phone", v)
        if mode == "other":
            if rng.random() < 0.7:
                tpl = rng.choice(L["service"])
                ctx.meta["phr:service:%s:%d" % (doc["lang"], L["service"].index(tpl))] += 1
                return fill(tpl, v["text"], v, name=name)
            return shape_ctx(ctx, L["label"]["service"], "phone", v)
        if rng.random() < 0.55:
            opts = [p for p in L["phone"] if p[0] == "n" or tag in (p[0], "n")]
            p = rng.choice(opts)
            ctx.meta["phr:phone:%s:%d" % (doc["lang"], L["phone"].index(p))] += 1
            return fill(p[1], v["text"], v, name=ctx.name(doc["locale"], doc["lang"]))
        lab = L["label"][rng.choice(["n", tag]) if tag != "n" else rng.choice("nmf")]
        return shape_ctx(ctx, lab, "phone", v)
    kind, mode = it[0], it[1]
    v = other_val(ctx, kind, mode, doc["locale"], doc["lang"], doc["region"], name)
    key = KEY[kind]
    if L.get(key) and rng.random() < 0.6:
        tpl = rng.choice(L[key])
        ctx.meta["phr:%s:%s:%d" % (key, doc["lang"], L[key].index(tpl))] += 1
        return fill(tpl, v["text"], v, name=name)
    return shape_ctx(ctx, L["label"][key], key, v)


def shape_ctx(ctx, label, key, v):
    from .compose import EMOJI

    sh = ctx.rng.choice(SHAPES)
    ctx.meta["shape:" + sh] += 1
    return shape_line(ctx.rng, sh, label, EMOJI[key], v["text"], v)


def neg_segs(ctx, doc):
    rng, L = ctx.rng, LANG[doc["lang"]]
    kind = rng.choice(negs.KINDS)
    val = neg_value(ctx, kind, doc["lang"])
    lab = negs.label(kind, doc["lang"])
    ctx.meta["neg:" + kind] += 1
    if rng.random() < 0.6:
        return [(rng.choice(L["frames"]).format(label=lab, value=val), None)]
    sh = rng.choice([s for s in SHAPES if s != "bare_label"])
    return shape_line(rng, sh, lab[:1].upper() + lab[1:], "🔖", val, None)


def neg_value(ctx, kind, lang):
    while True:
        val = negs.G[kind](ctx.rng, lang)
        if not guard_hits(val) and not guard_hits("x " + val + " x"):
            ctx.meta["negvalues"] += 1
            return val


def build_doc(ctx, doc):
    rng, L = ctx.rng, LANG[doc["lang"]]
    blocks, k = [[(L["heads"][doc["genre"]], None)]], 0
    body = []
    for it in doc["items"]:
        k += 1
        pl = rng.choices(PLACEMENTS, [6] + [1] * (len(PLACEMENTS) - 1))[0]
        ctx.meta["place:" + pl] += 1
        body.append(
            place(rng, pl, item_segs(ctx, it, doc), doc["lang"], ctx.name(doc["locale"], doc["lang"]), k)
        )
    if doc.get("roster"):
        body.append(roster_block(ctx, doc))
    for _ in range(doc["nneg"]):
        k += 1
        body.append(
            place(
                rng,
                rng.choice(PLACEMENTS),
                neg_segs(ctx, doc),
                doc["lang"],
                ctx.name(doc["locale"], doc["lang"]),
                k,
            )
        )
    if doc.get("negroster"):
        body.append(neg_roster(ctx, doc))
    for f in rng.sample(L["fill"], rng.randint(1, 2)):
        body.append([(f, None)])
    rng.shuffle(body)
    sign = rng.choice(L["close"]) + "\n" + ctx.name(doc["locale"], doc["lang"])
    if doc.get("town"):
        sign += ", " + doc["town"]
    return assemble(blocks + body + [[(sign, None)]])


def roster_block(ctx, doc):
    fmt, rows = doc["roster"], []
    roles = ["coach", "treasurer", "driver", "kitchen", "first aid", "keys", "chair", "secretary"]
    for _ in range(doc["nlist"]):
        v, _t = phone_val(ctx, "list-entry", doc["plan"], doc["region"], None)
        rows.append((ctx.name(doc["locale"], doc["lang"]), ctx.rng.choice(roles), v["text"], v))
    ctx.meta["roster:" + fmt] += 1
    return roster(ctx.rng, fmt, LANG[doc["lang"]]["words"]["contact"] + ":", rows)


def neg_roster(ctx, doc):
    kind = ctx.rng.choice(negs.KINDS)
    ctx.meta["negroster:" + doc["negroster"]] += 1
    ctx.meta["neg:" + kind] += 1
    rows = [
        (
            ctx.name(doc["locale"], doc["lang"]),
            str(ctx.rng.randint(1, 9)),
            neg_value(ctx, kind, doc["lang"]),
            None,
        )
        for _ in range(ctx.rng.randint(3, 5))
    ]
    lab = negs.label(kind, doc["lang"])
    return roster(ctx.rng, doc["negroster"], lab[:1].upper() + lab[1:] + ":", rows)


def plan(ctx):
    rng, pos, neg = ctx.rng, [], []
    for loc, lang, reg, pl, npos, nneg in LOCALES:
        for _ in range(npos):
            pos.append({"locale": loc, "lang": lang, "region": reg, "plan": pl, "items": [], "kind": "pos"})
        for _ in range(nneg):
            neg.append({"locale": loc, "lang": lang, "region": reg, "plan": pl, "items": [], "kind": "neg"})
    rng.shuffle(pos)
    for i, d in enumerate(pos[:69]):
        d["roster"], d["nlist"] = ROSTERS[i % len(ROSTERS)], 4 if i < 68 else 3
    rest = pos[69:]
    for reg in V.LOCAL_REGIONS:
        docs = [d for d in rest if d["region"] == reg]
        for i in range(75):
            d = docs[i % len(docs)]
            d.setdefault("area", rng.choice(V.AREAS[reg]))
            d["items"].append(("PHONE", "local-announced", reg))
    us_en = [d for d in rest if d["locale"] == "en_US"]
    for i, m in enumerate(["dashed"] * 33 + ["spaced"] * 7):
        us_en[(i * 7) % len(us_en)]["items"].append(("US_SSN", m))
    pool = [("PHONE", "national")] * 400 + [("PHONE", "international")] * 150 + [("PHONE", "other")] * 100
    pool += [("EMAIL", "personal")] * 88 + [("EMAIL", "role")] * 77 + [("IP_ADDRESS", "v4-private")] * 35
    pool += [("IP_ADDRESS", "v4-public")] * 25 + [("IP_ADDRESS", "v6")] * 30
    pool += [("CREDIT_CARD", m) for m in ["grouped"] * 40 + ["dashed"] * 18 + ["compact"] * 14]
    pool += [("IBAN", m) for m in ["grouped"] * 50 + ["compact"] * 16]
    rng.shuffle(pool)
    empty = [d for d in rest if not d["items"]]
    for d in empty:
        d["items"].append(pool.pop())
    for it in pool:
        while True:
            d = rng.choice(rest)
            if len(d["items"]) < 5:
                d["items"].append(it)
                break
    for d in rest:
        out = []
        for it in d["items"]:
            if it[0] == "PHONE" and it[1] in ("national", "other"):
                out.append(("PHONE", it[1], d["plan"]))
            elif it[0] == "PHONE" and it[1] == "international":
                own = (
                    d["region"]
                    if rng.random() < 0.7 or d["plan"] != d["region"]
                    else rng.choice(["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN"])
                )
                out.append(("PHONE", "international", own))
            else:
                out.append(it)
        rng.shuffle(out)
        d["items"] = out
    for d in pos:
        d["nneg"] = rng.randint(1, 2)
        if "area" in d:
            d["town"] = d["area"][0]
    for i, d in enumerate(neg):
        d["nneg"] = rng.randint(3, 6)
        if i % 5 < 2:
            d["negroster"] = rng.choice(ROSTERS)
    docs = pos + neg
    rng.shuffle(docs)
    for d in docs:
        d["genre"] = rng.choice(GENRES)
    return docs


def build(seed):
    ctx = Ctx(seed)
    docs = plan(ctx)
    recs, vals = [], []
    for n, d in enumerate(docs):
        while True:
            text, spans, vs = build_doc(ctx, d)
            if not guard_hits(mask(text, spans)):
                break
            ctx.meta["guard_redraws"] += 1
        rid = "%s-%s-%s-%d" % (d["locale"], d["kind"], d["genre"], n)
        recs.append({"id": rid, "locale": d["locale"], "text": text, "spans": spans})
        vals.append({"values": vs})
        ctx.meta["lang:" + d["lang"]] += 1
    for r in corpus_records(ctx.rng):
        ctx.meta["corpus:" + r.pop("_source")] += 1
        recs.append(r)
        vals.append({"values": []})
    order = list(range(len(recs)))
    random.Random(seed).shuffle(order)
    return [recs[i] for i in order], [vals[i] for i in order], ctx.meta
