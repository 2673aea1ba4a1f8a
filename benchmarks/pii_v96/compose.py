"""Filling sentences with values: documents with spans and sidecar values."""

import random
import re

from faker import Faker

from . import lex_de_fr, lex_en, lex_es_it, lex_nl_pt_hi, negs, values
from . import numbers as N

# locale -> (language, own region, home region for national/list/service numbers)
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
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
LANG_LOCALES = {
    "en": ["en_US"] * 4 + ["en_GB"] * 3 + ["en_IN", "en_AU", "en_IE"],
    "de": ["de_DE"] * 4 + ["de_AT", "de_CH"],
    "fr": ["fr_FR"] * 3 + ["fr_BE", "fr_CH"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL"] * 3 + ["nl_BE"],
    "pt": ["pt_BR"] * 2 + ["pt_PT"],
    "hi": ["en_IN"],
}
LEX = {
    "en": lex_en.EN,
    "de": lex_de_fr.DE,
    "fr": lex_de_fr.FR,
    "es": lex_es_it.ES,
    "it": lex_es_it.IT,
    "nl": lex_nl_pt_hi.NL,
    "pt": lex_nl_pt_hi.PT,
    "hi": lex_nl_pt_hi.HI,
}
HEADS = {
    "en": lex_en.LIST_HEADS,
    "de": lex_de_fr.LIST_HEADS_DE,
    "fr": lex_de_fr.LIST_HEADS_FR,
    "es": lex_es_it.LIST_HEADS_ES,
    "it": lex_es_it.LIST_HEADS_IT,
    "nl": lex_nl_pt_hi.LIST_HEADS_NL,
    "pt": lex_nl_pt_hi.LIST_HEADS_PT,
    "hi": lex_nl_pt_hi.LIST_HEADS_HI,
}
LOCAL_LEX = {
    "US": lex_en.LOCAL_US,
    "GB": lex_en.LOCAL_GB,
    "IN": lex_en.LOCAL_IN,
    "DE": lex_de_fr.LOCAL_DE,
    "NL": lex_nl_pt_hi.LOCAL_NL,
    "BR": lex_nl_pt_hi.LOCAL_BR,
    "hi": lex_nl_pt_hi.LOCAL_HI,
}
LABELS = {
    "en": ["Captain", "Arbiter", "Venue", "Treasurer", "Bar", "First aid", "Kit room"],
    "de": ["Turnierleitung", "Kapitän", "Halle", "Kasse", "Sanitäter"],
    "fr": ["Arbitre", "Capitaine", "Salle", "Trésorier", "Buvette"],
    "es": ["Árbitro", "Capitán", "Local", "Tesorería"],
    "it": ["Arbitro", "Capitano", "Sala", "Tesoriere"],
    "nl": ["Wedstrijdleider", "Captain", "Zaal", "Penningmeester", "Bar"],
    "pt": ["Árbitro", "Capitão", "Local", "Tesouraria"],
    "hi": ["आर्बिटर", "कप्तान", "हॉल", "कोषाध्यक्ष"],
}
# list layouts (new against v52)
LAYOUTS = ["- {l}: {p}", "{p} ({l})", "{l}\t{p}", "* {l} – {p}", "{l}, tel. {p}"]
FOREIGN = ["GB", "DE", "FR", "ES", "IT", "NL", "PT", "US", "IN", "AT", "CH", "BE", "IE", "AU", "BR"]
FAKER_LOC = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}
# hard-negative kinds that fit each genre (for {neg} slots without a hint)
GENRE_NEGS = {
    "esports": [
        "steam_id64",
        "friend_code",
        "discord_id",
        "kda",
        "map_score",
        "refresh",
        "dpi_sens",
        "prize_pool",
        "mmr",
        "patch",
        "season_record",
        "switch_fc",
    ],
    "boardgame": ["rules_ref", "players_age", "ean", "isbn", "dice", "army_points", "collector_no"],
    "escape": ["booking_ref", "escape_time", "players_age", "gift_code"],
    "arcade": ["high_score", "tokens", "gift_code", "switch_fc"],
    "lan": ["seat", "psu", "refresh", "steam_id64", "patch", "friend_code"],
    "gameshop": ["ean", "isbn", "collector_no", "gift_code", "switch_fc", "army_points"],
    "chess": ["elo", "fide_id", "move_list", "time_control", "round_board", "puzzle_id"],
    "bridge": ["bridge_contract", "matchpoints", "imps", "hcp", "bridge_hand", "pairs_move"],
}
# a sentence's words -> the kind its {neg} slot takes
HINTS = [
    (("Pairings", "Paarungen", "Appariements", "Emparejamientos", "Indeling", "जोड़ियाँ"), "round_board"),
    (("time control", "Bedenkzeit", "Cadence", "Ritmo", "Speeltempo", "समय नियंत्रण"), "time_control"),
    (("Rating", "Wertungszahlen", "Classement"), "elo"),
    (("opened",), "move_list"),
    (("Top score", "Meilleur score", "Miglior punteggio", "Hoogste score"), "matchpoints"),
    (("Board 14", "donne 9", "smazzata 11"), "imps"),
    (("1NT", "1SA"), "hcp"),
    (("escaped", "geschafft", "échappée", "escapado", "ontsnapt", "escaparam"), "escape_time"),
    (
        ("Booking details", "Buchungsdaten", "Référence", "Localizador", "Boekingsgegevens", "Código da"),
        "booking_ref",
    ),
    (("Last scrim", "Letztes Scrim", "Último scrim", "Último treino", "पिछला स्क्रिम"), "map_score"),
    (("player card", "Spielerprofil", "Ficha", "Perfil do", "प्रोफ़ाइल"), "mmr"),
    (
        ("rulebook", "Regelfrage", "question de règle", "regolamento", "regelkwestie", "dúvida de regra"),
        "rules_ref",
    ),
    (("top entry", "Nuovo record"), "high_score"),
    (("party package", "pacchetto festa"), "tokens"),
    (("your spot", "Dein Platz", "Jouw plek"), "seat"),
    (("Power budget", "Stromlimit"), "psu"),
    (("Item:", "Artículo", "Articolo", "Produto", "सामान"), "ean"),
]


def hinted(template: str) -> str:
    for words, kind in HINTS:
        if any(w in template for w in words):
            return template.replace("{neg}", "{neg_" + kind + "}")
    return template


SLOT = re.compile(r"\{(\w+)\}")
PHONE_SLOTS = {"nat", "intl", "oth", "loc"}


class Composer:
    def __init__(self, rng: random.Random, seed: int):
        self.rng = rng
        self.drawer = negs.Drawer(rng)
        self.fakers = {k: Faker(v) for k, v in FAKER_LOC.items()}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)
        values.seed(seed)
        self.kind_skips = 0

    def phone(self, slot: str, locale: str, ctx: dict) -> tuple[str, dict]:
        """A written phone and its value; every non-local form is parsed back before it is used."""
        while True:
            text, v = self._phone(slot, locale, ctx)
            if v["mode"] == "local-announced":
                return text, v
            reg = None if text.startswith(("+", "(+")) else v["region"]
            if N.parses_to(text, reg, v["e164"]):
                return text, v

    def _phone(self, slot: str, locale: str, ctx: dict) -> tuple[str, dict]:
        rng = self.rng
        lang, own, home = LOCALES[locale]
        if slot == "loc":
            reg, area = ctx["region"], ctx["area"]
            while True:
                num = N.draw(rng, reg, "fixed", area + ("2" if reg == "IN" else ""))
                if N.split(num)[0] == area and N.area_len(num) == len(area):
                    break
            text = N.local(rng, reg, num)
            assert N.parses_to(N.put_back(reg, area, text), reg, N.e164(num)), text
            return text, {
                "mode": "local-announced",
                "region": reg,
                "e164": N.e164(num),
                "area_len": len(area),
            }
        if slot == "oth":
            num = N.draw(rng, home, "other")
            return N.other(rng, home, num), {
                "mode": "other",
                "region": home,
                "e164": N.e164(num),
                "area_len": None,
            }
        if slot == "intl" or (slot == "nat" and own != home and rng.random() < 0.5):
            reg = own if slot == "nat" else rng.choice([r for r in FOREIGN if r != own])
            num = N.draw(rng, reg, rng.choice(["fixed", "mobile"]))
            return N.international(rng, reg, num), {
                "mode": "international",
                "region": reg,
                "e164": N.e164(num),
                "area_len": None,
            }
        mode = "list-entry" if slot == "list" else "national"
        num = N.draw(rng, home, rng.choice(["fixed", "mobile"]))
        return N.national(rng, home, num), {
            "mode": mode,
            "region": home,
            "e164": N.e164(num),
            "area_len": None,
        }

    def fill(self, template: str, locale: str, lang: str, ctx: dict, out: dict) -> str:
        """Appends the filled template to out['text'], with spans and values."""
        rng = self.rng
        pos = 0
        template = hinted(template)
        for m in SLOT.finditer(template):
            out["text"] += template[pos : m.start()]
            pos = m.end()
            slot = m.group(1)
            if slot == "name":
                out["text"] += self.fakers[lang].name()
                continue
            if slot == "town":
                out["text"] += ctx["town"]
                continue
            if slot == "neg" or slot.startswith("neg_"):
                out["text"] += self.neg(ctx, slot[4:] or None)
                continue
            if slot in PHONE_SLOTS or slot == "list":
                text, v = self.phone(slot, locale, ctx)
                v = {"kind": "PHONE", "mode": v.pop("mode"), "text": text, **v}
            elif slot == "email":
                text, mode = values.email(rng)
                v = {"kind": "EMAIL", "mode": mode, "text": text}
            elif slot == "card":
                text, mode = values.card(rng)
                v = {"kind": "CREDIT_CARD", "mode": mode, "text": text}
            elif slot == "iban":
                text, mode = values.iban(rng, lang)
                v = {"kind": "IBAN", "mode": mode, "text": text}
            elif slot == "ip":
                text, mode = values.ip(rng)
                v = {"kind": "IP_ADDRESS", "mode": mode, "text": text}
            elif slot == "ssn":
                text, mode = values.ssn(rng)
                v = {"kind": "US_SSN", "mode": mode, "text": text}
            else:
                raise KeyError(slot)
            start = len(out["text"])
            out["text"] += text
            out["spans"].append({"kind": v["kind"], "start": start, "end": len(out["text"])})
            out["values"].append(v)
        out["text"] += template[pos:]
        return out["text"]

    def neg(self, ctx: dict, kind_hint: str | None) -> str:
        kinds = GENRE_NEGS[ctx["genre"]]
        while True:
            kind = kind_hint or self.rng.choice(kinds)
            kind_hint = None
            v = self.drawer.draw(kind, ctx["regions"])
            if v is not None:
                ctx.setdefault("negs", []).append(kind)
                return v
            self.kind_skips += 1


def regions_for(locale: str, lang: str, extra: str | None = None) -> list[str]:
    _, own, home = LOCALES[locale]
    lang_home = {
        "en": "US",
        "de": "DE",
        "fr": "FR",
        "es": "ES",
        "it": "IT",
        "nl": "NL",
        "pt": "BR",
        "hi": "IN",
    }[lang]
    regs = [own, home, lang_home] + ([extra] if extra else [])
    return list(dict.fromkeys(regs))


def screen_doc(doc: dict, regions: list[str]) -> bool:
    """True when the document, its labelled spans blanked, shows no phone, card, IBAN, IP, SSN or e-mail."""
    t = list(doc["text"])
    for s in doc["spans"]:
        for i in range(s["start"], s["end"]):
            t[i] = " "
    blank = "".join(t)
    return not negs.phone_hits(blank, regions) and not negs.guard_hits(blank)
