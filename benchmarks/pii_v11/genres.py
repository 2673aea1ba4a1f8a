"""Genres of v11: the 113 genres with values (genres_en.py, genres_eu.py, genres_south.py), the 22
negative-only genres (the tables of neg_tables.py) and the greeting and sign-off lines of each language.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import genres_en, genres_eu, genres_south
from .locales import LOCALES


@dataclass(frozen=True)
class Genre:
    key: str
    locale: str
    lang: str
    title: str
    fillers: tuple[str, ...]


def _parse(raw: str) -> list[Genre]:
    out: list[Genre] = []
    head, lines = None, []
    for line in raw.strip().splitlines() + ["@end"]:
        if line.startswith("@"):
            if head:
                loc_lang, rest = head[1:].split(" ", 1)
                loc, _, lang = loc_lang.partition(":")
                key, title = (x.strip() for x in rest.split("|", 1))
                out.append(Genre(key, loc, lang or LOCALES[loc].lang, title, tuple(lines)))
            head, lines = line, []
        else:
            lines.append(line)
    return out


GENRES: list[Genre] = _parse(genres_en.RAW) + _parse(genres_eu.RAW) + _parse(genres_south.RAW)
BY_LOCALE: dict[str, list[Genre]] = {}
for _g in GENRES:
    BY_LOCALE.setdefault(_g.locale, []).append(_g)

OPENERS = {
    "en": ("Hi all,", "Hello everyone,", "Morning all,", "Quick update:"),
    "de": ("Hallo zusammen,", "Liebe Mitglieder,", "Moin,", "Kurze Info:"),
    "fr": ("Bonjour à tous,", "Chers adhérents,", "Petit point rapide :"),
    "es": ("Hola a todos:", "Buenas,", "Aviso rápido:"),
    "it": ("Ciao a tutti,", "Cari soci,", "Breve aggiornamento:"),
    "nl": ("Hoi allemaal,", "Beste leden,", "Even een update:"),
    "pt": ("Oi, pessoal!", "Bom dia a todos,", "Aviso rápido:"),
    "hing": ("Hi sabko,", "Namaste everyone,", "Quick update sabke liye:"),
    "hi": ("नमस्ते,", "सभी सदस्यों को सूचित किया जाता है:"),
}
CLOSERS = {
    "en": ("Thanks, {name}", "Cheers, {name}", "– {name}", "See you there, {name}"),
    "de": ("Viele Grüße, {name}", "LG {name}", "Bis dann, {name}"),
    "fr": ("Bien à vous, {name}", "Amitiés, {name}", "À bientôt, {name}"),
    "es": ("Un saludo, {name}", "Gracias, {name}", "Nos vemos, {name}"),
    "it": ("Grazie, {name}", "Un saluto, {name}", "A presto, {name}"),
    "nl": ("Groet, {name}", "Groetjes, {name}", "Tot dan, {name}"),
    "pt": ("Abraços, {name}", "Valeu, {name}", "Até lá, {name}"),
    "hing": ("Thanks, {name}", "Regards, {name}"),
    "hi": ("धन्यवाद, {name}", "निवेदक: {name}"),
}
NEG_INTROS = {
    "en": ("For the noticeboard.", "Figures as promised.", "Copied from the folder in the office."),
    "de": ("Für das Schwarze Brett.", "Wie versprochen die Zahlen.", "Aus dem Ordner im Büro abgeschrieben."),
    "fr": ("Pour le panneau d'affichage.", "Les chiffres promis.", "Recopié du classeur du bureau."),
    "es": ("Para el tablón.", "Los datos prometidos.", "Copiado de la carpeta de la oficina."),
    "it": ("Per la bacheca.", "I numeri promessi.", "Copiato dal raccoglitore in ufficio."),
    "nl": ("Voor het prikbord.", "De beloofde cijfers.", "Overgenomen uit de map op kantoor."),
    "pt": ("Para o mural.", "Os números prometidos.", "Copiado da pasta da secretaria."),
    "hing": ("Notice board ke liye.", "Jo figures maange the, yeh rahe."),
    "hi": ("सूचना पट के लिए।", "माँगे गए आँकड़े नीचे हैं।"),
}
HI_PEOPLE = ("सुनीता रमेश गीता मनोज कमला राजेश सरिता दिनेश", "शर्मा वर्मा यादव तिवारी मिश्रा चौहान")


def _disjoint() -> None:
    from .neg_tables import TABLES

    keys = [g.key for g in GENRES]
    assert len(set(keys)) == len(keys) and not set(keys) & set(TABLES), "genre keys must be unique"


_disjoint()
