"""Document assembly for v54: locales, slot filling, contact lists and the whole-document screen."""

import random
import re

import phonenumbers as pn
from faker import Faker

from benchmarks.pii_v54 import lex_en, lex_eu, lex_eu2, negs, numbers, pii

# locale -> (language, own region, region of national/list/service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_IE": ("en", "IE", "GB"),
    "en_AU": ("en", "AU", "GB"),
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
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
HOME = {
    "en": ["GB", "US"],
    "de": ["DE"],
    "fr": ["FR"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL"],
    "pt": ["PT", "BR"],
    "hi": ["IN"],
}
FOREIGN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AT", "CH", "BE", "IE", "AU"]
SLOT = re.compile(r"\{([A-Z]+)(?::(\w+))?\}")

LIST_HEADS = {
    "en": ["Phone list for the season", "Numbers to keep by the phone", "Contacts for sale day", "Who's who"],
    "hi": ["काम के फ़ोन नंबर", "संपर्क सूची"],
    "de": ["Telefonliste", "Kontakte am Auktionstag", "Erreichbarkeiten"],
    "fr": ["Liste téléphonique", "Contacts de la saison"],
    "es": ["Lista de teléfonos", "Contactos de la campaña"],
    "it": ["Rubrica", "Contatti della stagione"],
    "nl": ["Telefoonlijst", "Contacten voor het seizoen"],
    "pt": ["Lista de telefones", "Contatos da safra"],
}
LIST_LABELS = {
    "en": [
        "Mart office",
        "Duty vet",
        "Feed mill",
        "Ring coordinator",
        "Tanker control",
        "Grain store",
        "Agronomist",
        "Foreman",
    ],
    "hi": ["समिति दफ़्तर", "पशु डॉक्टर", "मंडी", "ड्राइवर"],
    "de": ["Geschäftsstelle", "Tierarzt", "Futtermühle", "Einsatzleiter", "Molkerei", "Lagerhaus"],
    "fr": ["Bureau du marché", "Vétérinaire", "Usine d'aliments", "Responsable CUMA", "Laiterie"],
    "es": ["Oficina de la lonja", "Veterinario", "Fábrica de piensos", "Encargado", "Central lechera"],
    "it": ["Ufficio mercato", "Veterinario", "Mangimificio", "Responsabile", "Caseificio"],
    "nl": ["Veilingkantoor", "Dierenarts", "Voerfabriek", "Planner", "Zuivelfabriek"],
    "pt": ["Escritório do leilão", "Veterinário", "Fábrica de ração", "Responsável", "Laticínio"],
}
LAYOUTS = ["* {lab}: {ph}", "{lab} = {ph}", "{ph} ({lab})", "• {lab}, tel. {ph}"]
FAKER_LOCALE = {"hi": "hi_IN"}


def lexicon(lang):
    if lang == "en":
        return lex_en.EN
    if lang == "hi":
        return lex_en.HI
    return lex_eu.LANGS[lang]


def local_sentences(lang, region):
    if lang == "hi":
        return lex_en.HI_LOCAL
    if lang == "en":
        return lex_en.LOCAL[region]
    return lex_eu2.LOCAL[region]


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.drawer = negs.Drawer(self.rng)
        self.doc_redraws = 0

    def phone(self, region, kind, mode):
        num = numbers.draw(self.rng, region, kind)
        text = numbers.write(self.rng, num, "other" if kind == "other" else mode)
        e164 = pn.format_number(num, pn.PhoneNumberFormat.E164)
        return text, {
            "kind": "PHONE",
            "mode": mode,
            "text": text,
            "region": region,
            "e164": e164,
            "area_len": None,
        }

    def fill(self, slot, arg, ctx):
        """Return (text, value or None) for one slot."""
        rng, lang, own, nat = self.rng, ctx["lang"], ctx["own"], ctx["nat"]
        if slot == "NAME":
            return ctx["fake"].name(), None
        if slot == "TOWN":
            return ctx["town"], None
        if slot == "N":
            return self.drawer.value(arg, "hi" if lang == "hi" else lang, ctx["regions"]), None
        if slot in ("P", "M"):
            kind = "fixed" if slot == "P" else "mobile"
            if own != nat:
                return self.phone(own, kind, "international")
            return self.phone(nat, kind, "national")
        if slot == "I":
            region = rng.choice([r for r in FOREIGN if r != own])
            return self.phone(region, rng.choice(["fixed", "mobile"]), "international")
        if slot == "O":
            return self.phone(nat, "other", "other")
        if slot == "L":
            text, e164 = numbers.draw_local(rng, ctx["lregion"], ctx["area"], ctx["sublen"])
            return text, {
                "kind": "PHONE",
                "mode": "local-announced",
                "text": text,
                "region": ctx["lregion"],
                "e164": e164,
                "area_len": len(ctx["area"]),
            }
        if slot == "E":
            text, mode = pii.email(rng, ctx["fake"], lang)
        elif slot == "C":
            text, mode = pii.card(rng)
        elif slot == "B":
            text, mode = pii.iban(rng, lang)
        elif slot == "IP":
            text, mode = pii.ip(rng)
        elif slot == "S":
            text, mode = pii.ssn(rng)
        else:
            raise KeyError(slot)
        kind = {"E": "EMAIL", "C": "CREDIT_CARD", "B": "IBAN", "IP": "IP_ADDRESS", "S": "US_SSN"}[slot]
        return text, {"kind": kind, "mode": mode, "text": text}

    def render(self, pieces, ctx):
        """pieces: list of template strings (joined as given). Returns text, spans, values."""
        out, spans, values, pos = [], [], [], 0
        for tpl in pieces:
            last = 0
            for m in SLOT.finditer(tpl):
                lit = tpl[last : m.start()]
                out.append(lit)
                pos += len(lit)
                text, val = self.fill(m.group(1), m.group(2), ctx)
                if val is not None:
                    spans.append({"kind": val["kind"], "start": pos, "end": pos + len(text)})
                    values.append(val)
                out.append(text)
                pos += len(text)
                last = m.end()
            out.append(tpl[last:])
            pos += len(tpl) - last
        return "".join(out), spans, values

    def contact_list(self, ctx):
        rng, lang = self.rng, ctx["lang"]
        layout = rng.choice(LAYOUTS)
        labels = rng.sample(LIST_LABELS[lang], rng.randint(2, 3))
        lines = ["\n\n" + rng.choice(LIST_HEADS[lang]) + "\n"]
        for lab in labels:
            line = layout.replace("{lab}", lab).replace("{ph}", "{LIST}")
            lines.append(line + "\n")
        return lines

    def document(self, locale, lang, genre, positive, local=None):
        """Build one screened document; local = (region, count) for announced local numbers."""
        for _ in range(50):
            doc = self._try(locale, lang, genre, positive, local)
            if doc is not None:
                return doc
            self.doc_redraws += 1
        raise RuntimeError("document never clean")

    def _try(self, locale, lang, genre, positive, local):
        rng = self.rng
        _, own, nat = LOCALES[locale]
        fake = Faker(FAKER_LOCALE.get(lang, locale))
        fake.seed_instance(rng.getrandbits(32))
        regions = sorted(set([own, nat] + HOME[lang]))
        ctx = {"lang": lang, "own": own, "nat": nat, "fake": fake, "regions": regions, "town": ""}
        lex = lexicon(lang)[genre]
        pieces = [rng.choice(lex["title"]) + "\n\n"]
        body = []
        if local is not None:
            lregion, count = local
            town, area, sublen = rng.choice(numbers.AREAS[lregion])
            ctx.update(lregion=lregion, area=area, sublen=sublen, town=town)
            pool = [s for s in local_sentences(lang, lregion) if s.count("{L}") <= count]
            while count > 0:
                fits = [x for x in pool if x.count("{L}") <= count]
                s = rng.choice([x for x in fits if x not in body] or fits)
                body.append(s)
                count -= s.count("{L}")
            if rng.random() < 0.6:
                body.append(rng.choice(lex["neg"]))
            if rng.random() < 0.4:
                body.append(rng.choice([s for s in lex["pos"] if "{L}" not in s and "{S}" not in s]))
        elif positive:
            pos = [s for s in lex["pos"] if "{S}" not in s]
            body += rng.sample(pos, min(len(pos), rng.randint(1, 3)))
            body += rng.sample(lex["neg"], rng.randint(1, 2))
            if locale == "en_US" and rng.random() < 0.3:
                body.append(rng.choice(lex_en.EN_US_EXTRA))
        else:
            body += rng.sample(lex["neg"], min(len(lex["neg"]), rng.randint(2, 4)))
        rng.shuffle(body)
        sep = rng.choice([" ", "\n", " "])
        for i, s in enumerate(body):
            pieces.append(s + (sep if i < len(body) - 1 else ""))
        listed = positive and local is None and rng.random() < 0.3
        if listed:
            pieces += self.contact_list(ctx)
        else:
            pieces.append("\n")
        text, spans, values = self.render_with_list(pieces, ctx, nat)
        blank = list(text)
        for sp in spans:
            blank[sp["start"] : sp["end"]] = "x" * (sp["end"] - sp["start"])
        if negs.dirty("".join(blank), regions):
            return None
        return {"locale": locale, "text": text, "spans": spans}, values

    def render_with_list(self, pieces, ctx, nat):
        fixed = []
        for p in pieces:
            fixed.append(p)
        text, spans, values = "", [], []
        for p in fixed:
            if "{LIST}" in p:
                kind = self.rng.choice(["fixed", "mobile"])
                ph, val = self.phone(nat, kind, "national")
                val["mode"] = "list-entry"
                a = p.index("{LIST}")
                spans.append({"kind": "PHONE", "start": len(text) + a, "end": len(text) + a + len(ph)})
                values.append(val)
                text += p.replace("{LIST}", ph)
                continue
            t, s, v = self.render([p], ctx)
            for sp in s:
                spans.append(
                    {"kind": sp["kind"], "start": sp["start"] + len(text), "end": sp["end"] + len(text)}
                )
            values += v
            text += t
        return text, spans, values
