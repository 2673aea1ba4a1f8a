"""Builds the documents of v99 from the sentence files (see make_heldout_set)."""

import re

from faker import Faker

from . import lex, negs, values
from . import numbers as N

# locale: (language, home region, region for national/list/service numbers, region for international)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "AU", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "fr_CH": ("fr", "CH", "FR"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "pt_PT": ("pt", "PT", "PT"),
    "pt_BR": ("pt", "BR", "BR"),
}
HOME = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}
FAKER = {"fr_BE": "fr_FR", "hi": "hi_IN"}
ABROAD = ["GB", "DE", "FR", "ES", "IT", "NL", "PT", "US", "IE", "CH", "AT", "BE", "AU"]

LIST_HEAD = {
    "en": ["Who's who at the branch", "Direct lines", "Team contacts", "Numbers for this sale"],
    "de": ["Ihre Ansprechpartner", "Durchwahlen", "So erreichen Sie uns"],
    "fr": ["Vos interlocuteurs", "Lignes directes"],
    "es": ["Contactos de la agencia", "Líneas directas"],
    "it": ["I nostri recapiti", "Contatti diretti"],
    "nl": ["Uw contactpersonen", "Directe nummers"],
    "pt": ["Contatos da equipe", "Linhas diretas"],
    "hi": ["संपर्क सूची", "सीधे नंबर"],
}
LIST_LABEL = {
    "en": [
        "Sales",
        "Lettings",
        "Valuations",
        "Auctions",
        "Mortgage desk",
        "New homes",
        "Progression",
        "Branch manager",
        "Surveyor",
    ],
    "de": ["Verkauf", "Vermietung", "Bewertung", "Finanzierung", "Neubau", "Büroleitung"],
    "fr": ["Transaction", "Location", "Estimation", "Courtage", "Programme neuf"],
    "es": ["Ventas", "Alquiler", "Tasaciones", "Hipotecas"],
    "it": ["Vendite", "Affitti", "Valutazioni", "Mutui"],
    "nl": ["Verkoop", "Verhuur", "Taxaties", "Hypotheken", "Nieuwbouw"],
    "pt": ["Vendas", "Locação", "Avaliações", "Financiamento"],
    "hi": ["बिक्री", "किराया", "होम लोन", "साइट ऑफिस"],
}
LAYOUTS = [
    "{label} — {phone}",
    "{phone} ({label})",
    "• {label}: {phone}",
    "{label}\t{phone}",
    "{phone} – {label}",
    "{label} tel. {phone}",
]
GREET = {
    "en": ["Hi {name},", "Dear {name},", "Hello {name},"],
    "de": ["Guten Tag {name},", "Hallo {name},"],
    "fr": ["Bonjour {name},", "Madame, Monsieur,"],
    "es": ["Hola, {name}:", "Estimado/a {name}:"],
    "it": ["Gentile {name},", "Buongiorno {name},"],
    "nl": ["Beste {name},", "Geachte heer/mevrouw,"],
    "pt": ["Olá, {name},", "Prezado(a) {name},"],
    "hi": ["नमस्ते {name} जी,", "प्रिय {name},"],
}
SIGN = {
    "en": ["Kind regards,\n{name}", "Thanks,\n{name}", "Best wishes – {name}"],
    "de": ["Mit freundlichen Grüßen\n{name}", "Viele Grüße, {name}"],
    "fr": ["Bien cordialement,\n{name}", "À bientôt, {name}"],
    "es": ["Un saludo,\n{name}", "Atentamente, {name}"],
    "it": ["Cordiali saluti,\n{name}", "A presto, {name}"],
    "nl": ["Met vriendelijke groet,\n{name}", "Groet, {name}"],
    "pt": ["Atenciosamente,\n{name}", "Abraço, {name}"],
    "hi": ["धन्यवाद,\n{name}", "सादर, {name}"],
}
SLOT = re.compile(r"\{([a-z0-9_:]+)\}")


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.lex = lex.load()
        self.fakers = {}
        self.drawer = negs.Drawer(rng)

    def fake(self, loc):
        key = FAKER.get(loc, loc)
        if key not in self.fakers:
            f = Faker(key)
            f.seed_instance(self.rng.randint(0, 2**31))
            self.fakers[key] = f
        return self.fakers[key]

    def genres(self, lang):
        return sorted(g for (lg, g) in self.lex if lg == lang and g != "local")

    def phone(self, region, kind, intl):
        nsn = N.draw(self.rng, region, kind)
        nat, inter = N.habits(region, kind, nsn)
        forms = inter if (intl or not nat) else nat
        return self.rng.choice(forms), region, N.e164(region, nsn)

    def fill(self, text, ctx, out):
        """Appends text to out (list of parts with spans), filling slots."""
        pos = 0
        for m in SLOT.finditer(text):
            out["text"] += text[pos : m.start()]
            self.slot(m.group(1), ctx, out)
            pos = m.end()
        out["text"] += text[pos:]

    def add(self, out, kind, text, value):
        start = len(out["text"])
        out["text"] += text
        out["spans"].append({"kind": kind, "start": start, "end": len(out["text"])})
        out["values"].append(dict(kind=kind, text=text, **value))

    def slot(self, name, ctx, out):
        rng, lang, loc = self.rng, ctx["lang"], ctx["loc"]
        if name.startswith("n:"):
            out["text"] += self.drawer(name[2:], loc, ctx["regions"])
            return
        if name == "name":
            out["text"] += self.fake(ctx["fkey"]).name()
            return
        if name in ("nat", "mob", "free", "intl", "list"):
            if name == "intl" or (name == "nat" and ctx["home"] != ctx["natreg"] and rng.random() < 0.5):
                region = ctx["home"] if rng.random() < 0.72 else rng.choice(ABROAD)
                kind = rng.choice(["fixed", "mobile"])
                text, region, e = self.phone(region, kind, True)
                mode = "international"
            elif name == "free":
                text, region, e = self.phone(ctx["natreg"], "free", False)
                mode = "other"
            else:
                kind = "mobile" if name == "mob" else rng.choice(["fixed", "mobile", "fixed"])
                text, region, e = self.phone(ctx["natreg"], kind, False)
                mode = "list-entry" if name == "list" else "national"
            self.add(out, "PHONE", text, dict(mode=mode, region=region, e164=e, area_len=None))
            return
        if name.startswith("loc"):
            region, area, town = ctx["local"]
            nsn = N.draw(rng, region, "fixed", prefix=area, length=N.local_length(region, area))
            text = rng.choice(N.local_forms(region, nsn[len(area) :]))
            self.add(
                out,
                "PHONE",
                text,
                dict(mode="local-announced", region=region, e164=N.e164(region, nsn), area_len=len(area)),
            )
            return
        if name == "town":
            out["text"] += ctx["local"][2]
            return
        if name in ("email", "role"):
            self.add(
                out,
                "EMAIL",
                values.email(rng, self.fake("en_US"), lang, name == "role"),
                dict(mode="role" if name == "role" else "personal"),
            )
            return
        if name == "card":
            text, mode = values.card(rng)
            self.add(out, "CREDIT_CARD", text, dict(mode=mode))
            return
        if name == "iban":
            country = ctx["home"] if ctx["home"] in values.BBAN else ctx["natreg"]
            if country not in values.BBAN:
                country = "PT"
            text, mode = values.iban(rng, country)
            self.add(out, "IBAN", text, dict(mode=mode))
            return
        if name == "ip":
            mode = rng.choice(["v4", "v4-private", "v6"])
            self.add(out, "IP_ADDRESS", values.ip(rng, mode), dict(mode=mode))
            return
        if name == "ssn":
            text, mode = values.ssn(rng)
            self.add(out, "US_SSN", text, dict(mode=mode))
            return
        raise KeyError(name)

    def context(self, loc, lang):
        if lang == "hi":
            home, natreg = "IN", "IN"
        else:
            _, home, natreg = LOCALES[loc]
        regions = sorted({home, natreg, HOME[lang]})
        return dict(
            loc=loc,
            lang=lang,
            home=home,
            natreg=natreg,
            regions=regions,
            fkey="hi" if lang == "hi" else loc,
            local=None,
        )

    def pick(self, pool, ctx, k):
        ok = [s for s in (lex.allowed(x, ctx["home"]) for x in pool) if s is not None]
        return self.rng.sample(ok, min(k, len(ok)))

    def document(self, loc, lang, genre, positive, n_pii, local=None, n_local=0, list_n=0):
        rng = self.rng
        ctx = self.context(loc, lang)
        ctx["local"] = local
        cell = self.lex[(lang, genre)]
        out = {"text": "", "spans": [], "values": []}
        parts = []
        if positive:
            parts += [("P", s) for s in self.pick(cell["P"], ctx, n_pii)]
        parts += [
            ("N", s) for s in self.pick(cell["N"], ctx, rng.choice([1, 2, 2, 3] if positive else [2, 3, 4]))
        ]
        rng.shuffle(parts)
        if local:
            lines = self.lex[(lang, "local")]["L"]
            two = [x for x in lines if "{loc2}" in x]
            one = [x for x in lines if "{loc2}" not in x]
            parts.insert(rng.randint(0, len(parts)), ("L", rng.choice(two if n_local == 2 else one)))
        self.fill(rng.choice(cell["T"]), ctx, out)
        out["text"] += "\n\n"
        if rng.random() < 0.45:
            self.fill(rng.choice(GREET[lang]), ctx, out)
            out["text"] += "\n\n"
        for i, (_, s) in enumerate(parts):
            if i:
                out["text"] += "\n" if (rng.random() < 0.3 or "\n" in s) else " "
            self.fill(s, ctx, out)
        if list_n:
            out["text"] += "\n\n" + rng.choice(LIST_HEAD[lang]) + "\n"
            layout = rng.choice(LAYOUTS)
            for label in rng.sample(LIST_LABEL[lang], list_n):
                a, b = layout.split("{phone}")
                self.fill(a.replace("{label}", label), ctx, out)
                self.slot("list", ctx, out)
                self.fill(b.replace("{label}", label), ctx, out)
                out["text"] += "\n"
        if rng.random() < 0.5:
            out["text"] = out["text"].rstrip("\n") + "\n\n"
            self.fill(rng.choice(SIGN[lang]), ctx, out)
        if not out["text"].endswith("\n"):
            out["text"] += "\n"
        return out, ctx
