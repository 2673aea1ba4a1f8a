"""Composes retail documents with labelled spans (v47)."""

import re

import phonenumbers as pn

from . import negs, screen, texts_de, texts_en, texts_es, texts_fr, texts_hi, texts_it, texts_nl, texts_pt
from . import values as V

TEXTS = {
    "en": texts_en,
    "de": texts_de,
    "fr": texts_fr,
    "es": texts_es,
    "it": texts_it,
    "nl": texts_nl,
    "pt": texts_pt,
    "hi": texts_hi,
}
GENRES = ("order", "returns", "receipt", "loyalty", "seller", "review", "chat", "stores")
# key: (language, locale, region, borrowed region, Faker locale, positives, negatives)
LOCALES = {
    "en_US": ("en", "en_US", "US", None, "en_US", 60, 35),
    "en_GB": ("en", "en_GB", "GB", None, "en_GB", 60, 35),
    "en_IN": ("en", "en_IN", "IN", None, "en_IN", 55, 30),
    "en_AU": ("en", "en_AU", "AU", "GB", "en_AU", 20, 12),
    "en_IE": ("en", "en_IE", "IE", "GB", "en_IE", 20, 12),
    "hi": ("hi", "en_IN", "IN", None, "hi_IN", 45, 25),
    "de_DE": ("de", "de_DE", "DE", None, "de_DE", 50, 25),
    "de_AT": ("de", "de_AT", "AT", "DE", "de_AT", 15, 8),
    "de_CH": ("de", "de_CH", "CH", "DE", "de_CH", 15, 8),
    "fr_FR": ("fr", "fr_FR", "FR", None, "fr_FR", 45, 25),
    "fr_BE": ("fr", "fr_BE", "BE", "FR", "fr_FR", 15, 8),
    "fr_CH": ("fr", "fr_CH", "CH", "FR", "fr_CH", 12, 8),
    "nl_NL": ("nl", "nl_NL", "NL", None, "nl_NL", 50, 25),
    "nl_BE": ("nl", "nl_BE", "BE", "NL", "nl_BE", 15, 8),
    "es_ES": ("es", "es_ES", "ES", None, "es_ES", 50, 30),
    "it_IT": ("it", "it_IT", "IT", None, "it_IT", 48, 30),
    "pt_BR": ("pt", "pt_BR", "BR", None, "pt_BR", 55, 30),
    "pt_PT": ("pt", "pt_PT", "PT", None, "pt_PT", 15, 10),
}
INTL_ONLY = {"AT", "CH", "BE", "AU", "IE"}
NO_IBAN = {"en_US", "en_AU", "en_IN", "hi", "pt_BR"}
ORGS = [
    "Lindenhof Home",
    "Corner & Crate",
    "Hallmark Lane",
    "Nordlicht Elektro",
    "Maison Ardoise",
    "Casa Olmo",
    "Bottega Rialto",
    "De Groene Kar",
    "Loja Ipê",
    "Bazaar Saffron",
    "Pebble & Pine",
    "Kiosk Kompass",
    "Tante Rosa",
    "Velo Vert",
    "Mercado Brisa",
    "Bikeshed Outlet",
]
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "NL": "nl",
    "ES": "es",
    "IT": "it",
    "BR": "com.br",
    "PT": "pt",
}
GENRE_NEGS = {
    "order": [
        "order",
        "track_ups",
        "track_num",
        "slot",
        "parcel",
        "qty",
        "price",
        "customer",
        "invoice",
        "asin",
        "pickup",
    ],
    "returns": ["rma", "order", "serial", "model", "warranty", "ticket", "invoice", "track_s10", "ean"],
    "receipt": [
        "receipt",
        "till",
        "cashier",
        "vat",
        "terminal",
        "masked",
        "auth",
        "qty",
        "ean",
        "store",
        "loyalty",
        "giftcard",
    ],
    "loyalty": ["loyalty", "coupon", "discount", "price", "giftcard", "store", "isbn"],
    "seller": ["sku", "ean", "upc", "model", "price", "discount", "size", "rating", "lot"],
    "review": ["rating", "size", "model", "price", "asin", "isbn", "lot", "sku"],
    "chat": ["order", "ticket", "track_ups", "masked", "customer", "coupon", "rma", "pickup"],
    "stores": ["store", "hours", "aisle", "pickup", "coupon", "upc"],
}
ROLE_IDX = {
    "order": 4,
    "returns": 0,
    "receipt": 2,
    "loyalty": 2,
    "seller": 2,
    "review": 3,
    "chat": 2,
    "stores": 1,
}


class Doc:
    def __init__(self):
        self.parts = []  # (text, value or None)

    def add(self, template, value=None, key=None):
        if value is None:
            self.parts.append((template + "\n", None))
            return
        before, after = template.split("{" + key + "}")
        self.parts += [(before, None), (value["text"], value), (after + "\n", None)]

    def build(self):
        text, spans, vals = "", [], []
        for t, v in self.parts:
            if v is not None:
                spans.append({"kind": v["kind"], "start": len(text), "end": len(text) + len(t)})
                vals.append(v)
            text += t
        return text, spans, vals


def _fill(tpl, ctx):
    for k in ("name", "org", "town"):
        tpl = tpl.replace("{" + k + "}", ctx.get(k, ""))
    return tpl


def _mode(text):
    return "international" if text.startswith(("+", "(+", "00")) else "national"


class Composer:
    def __init__(self, rng, fakers):
        self.rng = rng
        self.fakers = fakers

    def number_region(self, key):
        _, _, region, borrowed, *_ = LOCALES[key]
        return borrowed if borrowed and self.rng.random() < 0.5 else region

    def phone(self, key, kind, intl=False):
        rng = self.rng
        region = self.number_region(key)
        doc_region = LOCALES[key][2]
        if kind == "fixed":
            num = V.draw_fixed(rng, region)[2]
        elif kind == "mobile":
            num = V.draw_mobile(rng, region)
        else:
            num = V.draw_service(rng, region)
        text = V.write(rng, num, region, intl or doc_region in INTL_ONLY)
        mode = "other" if kind == "service" else _mode(text)
        return V.phone_value(num, text, mode)

    def neg_line(self, kind, key, regions):
        lang, locale = LOCALES[key][0], LOCALES[key][1]
        for _ in range(300):
            ln = negs.line(self.rng, kind, locale, lang)
            val = ln.split(": ", 1)[1]
            if screen.value_ok(val, regions):
                return ln
        return None

    def email(self, ctx, region):
        dom = re.sub(r"[^a-z]", "", ctx["org"].lower()) + "." + TLD[region]
        if self.rng.random() < 0.5:
            box = self.rng.choice(
                [
                    "service",
                    "kundenservice" if region in ("DE", "AT", "CH") else "help",
                    "returns",
                    "orders",
                    "shop",
                ]
            )
            return {"kind": "EMAIL", "mode": "role", "text": f"{box}@{dom}"}
        first, last = ctx["ascii_name"]
        return {"kind": "EMAIL", "mode": "personal", "text": f"{first}.{last}@{dom}"}

    def directory(self, doc, key, T, genre):
        rng = self.rng
        region = LOCALES[key][2]
        head = rng.choice(T.CONTACT["dir_head"])
        stores = head == T.CONTACT["dir_head"][1]
        doc.add(head)
        layout = rng.choice(["dots", "pipe", "bullet"])
        roles = rng.sample(T.CONTACT["roles"], rng.randint(2, 4))
        for role in roles:
            kind = "fixed" if stores else rng.choices(["fixed", "mobile", "service"], [6, 2, 1])[0]
            if stores:
                nreg = self.number_region(key)
                _, label, num = V.draw_fixed(rng, nreg)
                val = V.phone_value(num, V.write(rng, num, nreg, region in INTL_ONLY), "list-entry")
            else:
                val = self.phone(key, kind)
                val["mode"] = "list-entry"
                label = role
            if layout == "dots":
                doc.add(label + " " + "." * rng.randint(4, 14) + " {p}", val, "p")
            elif layout == "pipe":
                doc.add(f"| {label} | {rng.choice(['9–18', '8–20', '10–19', '7–22'])} | {{p}} |", val, "p")
            else:
                doc.add(f"• {label} – {{p}}", val, "p")
        del region

    def compose(self, key, genre, positive, n_local):
        rng = self.rng
        lang, locale, region, borrowed, fk, *_ = LOCALES[key]
        T = TEXTS[lang]
        G = T.GENRES[genre]
        fake = self.fakers[fk]
        name = fake.name()
        asc = self.fakers["en_US"]
        ctx = {
            "name": name,
            "org": rng.choice(ORGS),
            "ascii_name": (
                re.sub(r"[^a-z]", "", asc.first_name().lower()),
                re.sub(r"[^a-z]", "", asc.last_name().lower()),
            ),
        }
        regions = sorted({region, locale[-2:], "US", "GB"} | ({borrowed} if borrowed else set()))
        doc = Doc()
        doc.add(_fill(rng.choice(G["head"]), ctx))
        fills = rng.sample(G["fill"], rng.randint(2, 3))
        doc.add(_fill(fills[0], ctx))
        for kind in rng.sample(GENRE_NEGS[genre], rng.randint(1, 3)):
            ln = self.neg_line(kind, key, regions)
            if ln:
                doc.add(ln)
        if positive:
            self.contacts(doc, key, T, genre, ctx, n_local)
        elif rng.random() < 0.3:
            doc.add(rng.choice(T.CONTACT["nophone"]))
        for f in fills[1:]:
            doc.add(_fill(f, ctx))
        doc.add(_fill(G["sign"][0], ctx))
        text, spans, vals = doc.build()
        return text.rstrip("\n") + "\n", spans, vals, regions

    def contacts(self, doc, key, T, genre, ctx, n_local):
        rng = self.rng
        lang, locale, region, borrowed, *_ = LOCALES[key]
        C = T.CONTACT
        opts = ["phone", "phone", "mobile", "landline", "abroad", "service", "email", "dir"]
        picks = rng.sample(opts, rng.randint(1, 3))
        if n_local == 0 and not any(
            p in picks for p in ("phone", "mobile", "landline", "abroad", "service", "dir")
        ):
            picks.append("phone")
        for p in picks:
            if p == "phone":
                doc.add(
                    rng.choice(C["phone"]), self.phone(key, rng.choice(["fixed", "fixed", "mobile"])), "p"
                )
            elif p == "mobile":
                doc.add(C["mobile"][0], self.phone(key, "mobile"), "p")
            elif p == "landline":
                doc.add(C["landline"][0], self.phone(key, "fixed"), "p")
            elif p == "service":
                doc.add(rng.choice(C["service"]), self.phone(key, "service"), "p")
            elif p == "abroad":
                if rng.random() < 0.6:
                    val = self.phone(key, rng.choice(["fixed", "mobile"]), intl=True)
                else:
                    other = rng.choice([r for r in V.AREAS if r != region])
                    num = V.draw_fixed(rng, other)[2]
                    val = V.phone_value(num, V.write(rng, num, other, True), "international")
                doc.add(rng.choice(C["abroad"]), val, "p")
            elif p == "email":
                doc.add(rng.choice(C["email"]), self.email(ctx, region), "e")
            else:
                self.directory(doc, key, T, genre)
        local_region = region if region in V.LOCAL_REGIONS else None
        phr = T.LOCAL.get(local_region, []) if local_region else []
        for tpl in rng.sample(phr, min(n_local, len(phr))) if phr else []:
            code, town, num = V.draw_fixed(rng, local_region)
            if lang == "hi":
                town = T.TOWNS[town]
            sub = V.local_form(rng, num, code)
            val = V.phone_value(num, sub, "local-announced", len(code))
            doc.add(tpl.replace("{town}", town), val, "p")
        if genre in ("returns", "order") and key not in NO_IBAN and rng.random() < 0.3:
            doc.add(C["iban"][0], V.iban(rng, region), "i")
        if genre in ("chat", "returns") and rng.random() < 0.2:
            doc.add(C["card"][0], V.card(rng), "c")
        if genre in ("chat", "order") and rng.random() < 0.2:
            mode = rng.choice(["v4", "v4-private", "v6"])
            doc.add(rng.choice(C["ip"]), V.ip(rng, mode), "ip")
        if key == "en_US" and genre in ("chat", "loyalty") and rng.random() < 0.5:
            doc.add(C["ssn"][0], V.ssn(rng), "s")


def phone_regions(vals):
    return {pn.region_code_for_number(pn.parse(v["e164"])) for v in vals if v["kind"] == "PHONE"}
