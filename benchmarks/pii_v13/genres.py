"""Genre registry, greetings and sign-offs per language, and the currency each locale writes."""

from __future__ import annotations

from dataclasses import dataclass

from .genres_en import GENRES_EN
from .genres_eu import GENRES_EU


@dataclass(frozen=True)
class Genre:
    key: str
    locale: str
    lang: str
    title: str
    sentences: tuple[str, ...]


GENRES = [
    Genre(k, loc, lang, title, tuple(s.strip() for s in body.split(" | ")))
    for k, loc, lang, title, body in GENRES_EN + GENRES_EU
]

GREETINGS = {
    "en": ["Hi all,", "Hello everyone,", "Morning folks,", "Dear members,", "Hi team,"],
    "de": [
        "Hallo zusammen,",
        "Liebe Mitglieder,",
        "Moin,",
        "Hallo ihr Lieben,",
        "Liebe Helferinnen und Helfer,",
    ],
    "fr": ["Bonjour à tous,", "Chers membres,", "Salut tout le monde,", "Chers bénévoles,"],
    "es": ["Hola a todos,", "Buenas,", "Queridos socios,", "Hola, equipo:"],
    "it": ["Ciao a tutti,", "Cari soci,", "Buongiorno a tutti,", "Carissimi,"],
    "nl": ["Hoi allemaal,", "Beste leden,", "Goedemorgen,", "Beste vrijwilligers,"],
    "pt": ["Oi, pessoal,", "Bom dia a todos,", "Queridos,", "Olá, turma,"],
    "hinglish": ["Hi everyone,", "Namaste sabko,", "Hello ji,"],
    "hi": ["नमस्ते सभी को,", "प्रिय सदस्यों,", "सभी साथियों को नमस्कार,"],
}
CLOSINGS = {
    "en": ["Cheers, {name}", "Thanks all – {name}", "See you there,\n{name}", "Best, {name}", "Ta, {name}"],
    "de": ["Viele Grüße, {name}", "Bis bald!\n{name}", "Danke euch! {name}", "LG {name}"],
    "fr": ["Bonne journée, {name}", "Merci à tous,\n{name}", "À bientôt, {name}", "Amitiés, {name}"],
    "es": ["Un saludo, {name}", "Gracias,\n{name}", "Nos vemos, {name}", "Un abrazo, {name}"],
    "it": ["Un saluto, {name}", "Grazie a tutti,\n{name}", "A presto, {name}", "Ciao, {name}"],
    "nl": ["Groetjes, {name}", "Bedankt!\n{name}", "Tot dan, {name}", "Hartelijke groet, {name}"],
    "pt": ["Abraços, {name}", "Obrigada,\n{name}", "Até lá, {name}", "Beijos, {name}"],
    "hinglish": ["Thanks, {name}", "Milte hain, {name}", "– {name}"],
    "hi": ["धन्यवाद,\n{name}", "आपका, {name}", "सादर, {name}"],
}
TABLE_INTROS = {
    "en": ["As promised, here's the list.", "Updated copy below.", "For the record:"],
    "de": ["Wie versprochen die Liste:", "Aktueller Stand unten.", "Zur Info:"],
    "fr": ["Comme promis, voici la liste.", "Version à jour ci-dessous.", "Pour info :"],
    "es": ["Como quedamos, aquí va la lista.", "Versión actualizada abajo.", "Para que conste:"],
    "it": ["Come promesso, ecco l'elenco.", "Versione aggiornata qui sotto.", "Per conoscenza:"],
    "nl": ["Zoals beloofd de lijst.", "Bijgewerkte versie hieronder.", "Ter info:"],
    "pt": ["Como prometido, segue a lista.", "Versão atualizada abaixo.", "Para registro:"],
}
CURRENCY = {
    "en_US": "$",
    "en_GB": "£",
    "en_AU": "£",
    "en_IE": "£",
    "en_IN": "₹",
    "pt_BR": "R$ ",
    "de_CH": "CHF",
    "fr_CH": "CHF",
    "it_CH": "CHF",
}
TABLE_LOCALES = (
    ["en_GB"] * 4
    + ["en_US"] * 3
    + ["en_IN"] * 2
    + ["de_DE"] * 4
    + ["fr_FR"] * 3
    + ["nl_NL"] * 3
    + [
        "es_ES",
        "es_ES",
        "it_IT",
        "it_IT",
        "pt_BR",
        "pt_BR",
        "pt_BR",
        "de_AT",
        "de_CH",
        "fr_BE",
        "nl_BE",
        "en_IE",
        "en_AU",
        "fr_CH",
        "it_CH",
    ]
)


def currency(locale: str) -> str:
    return CURRENCY.get(locale, "€")


def table_lang(locale: str) -> str:
    return locale.split("_")[0]
