# ruff: noqa: E501
"""Build the v30 documents (see make_heldout_set's docstring)."""

import random

from faker import Faker

from . import values as V
from .compose import GENRES, layout, render, roster, sentence
from .corpus import corpus_docs
from .guards import guard_hits, masked
from .langs import LOCALES, L
from .negs import GENRE_NEGS, KINDS, draw

SEED = 10030
TLD = {
    "en_US": ["org", "com"],
    "en_GB": ["org.uk", "co.uk"],
    "en_IN": ["in", "co.in"],
    "en_AU": ["org.au", "com.au"],
    "en_IE": ["ie"],
    "de_DE": ["de"],
    "de_AT": ["at"],
    "de_CH": ["ch"],
    "fr_FR": ["fr"],
    "fr_BE": ["be"],
    "fr_CH": ["ch"],
    "es_ES": ["es"],
    "it_IT": ["it"],
    "nl_NL": ["nl"],
    "nl_BE": ["be"],
    "pt_BR": ["com.br", "org.br"],
    "pt_PT": ["pt"],
}
ROLE = {
    "en": ["info", "office", "bookings", "hello"],
    "de": ["info", "kontakt", "sekretariat", "vorstand"],
    "fr": ["contact", "accueil", "secretariat"],
    "es": ["info", "secretaria", "reservas"],
    "it": ["info", "segreteria", "prenotazioni"],
    "nl": ["info", "secretariaat", "contact"],
    "pt": ["contato", "secretaria", "atendimento"],
    "hi": ["info", "office", "sampark"],
}
FOREIGN = ["GB", "DE", "FR", "ES", "IT", "NL", "US", "BR", "IN", "PT", "AT", "CH", "BE"]
LOCAL_LOCALE = {
    "US": ["en_US"],
    "GB": ["en_GB"],
    "DE": ["de_DE"],
    "NL": ["nl_NL"],
    "BR": ["pt_BR"],
    "IN": ["en_IN", "hi"],
}


QUOTE_OK = {
    "company_number",
    "vat_number",
    "us_ein",
    "de_tax_number",
    "planning_ref",
    "order_number",
    "invoice_number",
    "job_reference",
    "court_file",
    "customer_number",
    "meter_point_id",
    "parcel_tracking",
    "serial_number",
    "charity_number",
}


class Names:
    def __init__(self, seed):
        self.pools = {}
        for loc in list(LOCALES) + ["hi_IN"]:
            f = Faker(loc)
            f.seed_instance(seed)
            self.pools[loc] = [(f.first_name(), f.last_name()) for _ in range(300)]

    def pick(self, rng, loc):
        return rng.choice(self.pools[loc])


def model_name(rng):
    return (
        "".join(rng.choice("ABCDEHKMRSTX") for _ in range(2))
        + "-"
        + str(rng.randint(100, 990))
        + rng.choice(["", "", "S", "X", "Pro"])
    )


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.names = Names(seed)
        self.neg_count = 0
        self.neg_kinds = set()
        self.redraws = 0

    # ---- values --------------------------------------------------------------------------------
    def phone(self, loc, mode, cat, area=None, region=None):
        rng = self.rng
        country, own_intl, own = LOCALES[loc][1], LOCALES[loc][2], loc[3:]
        ntype = {"mob": "mobile", "fix": "fixed"}.get(cat) or rng.choice(["fixed", "mobile"])
        if mode == "local-announced":
            n, sub = V.local_fixed(rng, region, area)
            text = rng.choice(V.local_styles_checked(region, area[1], sub, n))
            return V.phone_value(n, text, mode, region, area_len=len(area[1]))
        if mode == "other":
            kind = "tollfree" if country == "US" or rng.random() < 0.6 else "shared"
            n = V.random_number(rng, country, kind)
            return V.phone_value(n, V.written(rng, n, country, "service"), mode, country)
        if mode == "international":
            region = own if own_intl or rng.random() < 0.7 else rng.choice([c for c in FOREIGN if c != own])
            n = V.random_number(rng, region, ntype)
            return V.phone_value(n, V.written(rng, n, region, "intl", doc_country=own), mode, region)
        # national or list-entry
        if mode == "list-entry" and (own_intl and rng.random() < 0.5 or rng.random() < 0.15):
            region = own
            n = V.random_number(rng, region, ntype)
            return V.phone_value(n, V.written(rng, n, region, "intl", doc_country=own), mode, region)
        n = V.random_number(rng, country, ntype)
        return V.phone_value(n, V.written(rng, n, country, "national"), mode, country)

    def neg_line(self, loc, lang, genre):
        rng = self.rng
        kind = rng.choice(GENRE_NEGS[genre]) if rng.random() < 0.7 else rng.choice(list(KINDS))
        label, v = draw(rng, loc, lang, kind, guard_hits)
        self.neg_count += 1
        self.neg_kinds.add(kind)
        frames = L[lang]["neg"] if kind in QUOTE_OK else [f for i, f in enumerate(L[lang]["neg"]) if i != 2]
        return [rng.choice(frames).format(label=label, v=v)]

    # ---- documents -----------------------------------------------------------------------------
    def doc(self, loc, lang, genre, pos, local=None, n_local=0):
        rng = self.rng
        Ld = L[lang]
        own = loc[3:]
        nloc = "hi_IN" if lang == "hi" else loc
        region, area = (local, rng.choice(V.AREAS[local])) if local else (None, None)
        town = area[0] if area else rng.choice(V.TOWNS[own])
        org = rng.choice(Ld["orgs"]).format(town=town)
        first, last = self.names.pick(rng, nloc)
        person = f"{first} {last}"
        names = [" ".join(self.names.pick(rng, nloc)) for _ in range(6)]
        items, extras = [], {"names": names, "model": model_name(rng)}
        used = set()

        def pick(cat):
            pool = [t for t in Ld[cat] if t not in used] or Ld[cat]
            t = rng.choice(pool)
            used.add(t)
            return t

        slug = V.slug(org) or V.slug(town) + "samiti"
        domain = slug[:18] + "." + rng.choice(TLD[loc])
        if pos:
            for _ in range(n_local):
                v = self.phone(loc, "local-announced", "loc", area, region)
                items.append(sentence(pick("loc"), v, town=town))
            k = 0 if local else rng.choice([1, 2, 2, 2, 3, 3])
            if local and rng.random() < 0.35:
                k = 1
            for _ in range(k):
                mode = rng.choices(["national", "international", "other"], [0.64, 0.2, 0.16])[0]
                if LOCALES[loc][2] and mode == "national" and rng.random() < 0.6:
                    mode = "international"
                cat = "svc" if mode == "other" else rng.choices(["g", "mob", "fix"], [0.6, 0.2, 0.2])[0]
                v = self.phone(loc, mode, cat)
                items.append(sentence(pick(cat), v, town=town))
            if genre == "rota" or rng.random() < (0.05 if local else 0.12):
                entries = []
                for i in range(rng.randint(2, 3)):
                    nm = " ".join(self.names.pick(rng, nloc))
                    entries.append(
                        (nm, rng.choice(Ld["roles"]), self.phone(loc, "list-entry", "g"), Ld["days"][i])
                    )
                extras["roster"] = roster(
                    rng, Ld, entries, rng.choice(["table", "csv;", "csv,", "tsv", "leaders", "days"])
                )
            if rng.random() < 0.3:
                ef, el = self.names.pick(rng, "en_IN" if lang == "hi" else loc)
                v = V.email(rng, ef, el, domain, role=rng.choice(ROLE[lang]) if rng.random() < 0.5 else None)
                items.append(sentence(pick("email"), v))
            if rng.random() < (0.4 if genre in ("manual", "blog") else 0.06):
                items.append(sentence(pick("ip"), V.ip(rng)))
            if rng.random() < (0.25 if genre in ("listing", "business") else 0.06):
                items.append(sentence(pick("card"), V.card(rng)))
            if loc != "en_US" and rng.random() < (
                0.25 if genre in ("newsletter", "listing", "parish") else 0.05
            ):
                cc = {
                    "en_GB": "GB",
                    "en_IE": "IE",
                    "de_AT": "AT",
                    "de_CH": "CH",
                    "fr_BE": "BE",
                    "nl_BE": "BE",
                    "pt_BR": "PT",
                    "en_IN": "GB",
                    "en_AU": "GB",
                }.get(loc)
                cc = cc or (loc[3:] if loc[3:] in V.IBAN_FMT else "DE")
                if lang == "hi":
                    cc = "GB"
                items.append(sentence(pick("iban"), V.iban(rng, cc)))
            if (
                loc == "en_US"
                and lang == "en"
                and rng.random() < (0.9 if genre in ("job", "leaflet", "rota") else 0.45)
            ):
                items.append(sentence(pick("ssn"), V.ssn(rng)))
            nneg = rng.randint(1, 3)
        else:
            nneg = rng.randint(3, 6)
            for f in rng.sample(Ld["fill"], 2):
                items.append([f])
        extras["negs"] = [self.neg_line(loc, lang, genre) for _ in range(nneg)]
        if not pos and genre == "rota":
            extras["negs"].append(
                [", ".join(f"{d}: {nm}" for d, nm in zip(Ld["days"][:4], names[:4], strict=True))]
            )
        lines = layout(rng, genre, Ld, town, org, person, items, extras)
        return render(lines)

    def make(self, n, loc, lang, genre, pos, local=None, n_local=0):
        for _ in range(50):
            text, spans, values = self.doc(loc, lang, genre, pos, local, n_local)
            if not guard_hits(masked(text, spans)):
                break
            self.redraws += 1
        else:
            raise RuntimeError("guard")
        rec = {
            "id": f"{loc}-{'pos' if pos else 'neg'}-{genre}-{n}",
            "locale": loc,
            "text": text,
            "spans": spans,
        }
        return rec, values


def build(seed=SEED):
    b = Builder(seed)
    rng = b.rng
    plan = []
    for region, locs in LOCAL_LOCALE.items():
        for i in range(50):
            loc = locs[i % len(locs)]
            plan.append(("en_IN", "hi") if loc == "hi" else (loc, LOCALES[loc][0]))
            plan[-1] = plan[-1] + (True, region, 2 if i < 25 else 1)
    all_locs = [(loc, LOCALES[loc][0]) for loc in LOCALES] + [("en_IN", "hi")] * 2
    for i in range(300):
        plan.append(all_locs[i % len(all_locs)] + (True, None, 0))
    for i in range(450):
        plan.append(all_locs[(i * 7) % len(all_locs)] + (False, None, 0))
    records, values = [], []
    for n, (loc, lang, pos, local, n_local) in enumerate(plan):
        genre = GENRES[(n * 3 + rng.randrange(len(GENRES))) % len(GENRES)]
        rec, vals = b.make(n, loc, lang, genre, pos, local, n_local)
        records.append(rec)
        values.append({"values": vals})
    for rec in corpus_docs(rng):
        records.append(rec)
        values.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [values[i] for i in order], b
