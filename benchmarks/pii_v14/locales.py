"""People, languages, number plans and e-mail habits per locale (v14's own short lists)."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Locale:
    code: str
    lang: str  # default document language
    plan: str  # region of announced, roster, national and service numbers
    home: str  # region of numbers written internationally as "ours"
    tld: str


LOCALES = {
    "en_US": Locale("en_US", "en", "US", "US", "org"),
    "en_GB": Locale("en_GB", "en", "GB", "GB", "org.uk"),
    "en_IN": Locale("en_IN", "en", "IN", "IN", "in"),
    "en_AU": Locale("en_AU", "en", "GB", "AU", "com.au"),
    "en_IE": Locale("en_IE", "en", "GB", "IE", "ie"),
    "de_DE": Locale("de_DE", "de", "DE", "DE", "de"),
    "de_AT": Locale("de_AT", "de", "DE", "AT", "at"),
    "de_CH": Locale("de_CH", "de", "DE", "CH", "ch"),
    "fr_FR": Locale("fr_FR", "fr", "FR", "FR", "fr"),
    "fr_BE": Locale("fr_BE", "fr", "FR", "BE", "be"),
    "fr_CH": Locale("fr_CH", "fr", "FR", "CH", "ch"),
    "es_ES": Locale("es_ES", "es", "ES", "ES", "es"),
    "it_IT": Locale("it_IT", "it", "IT", "IT", "it"),
    "it_CH": Locale("it_CH", "it", "IT", "CH", "ch"),
    "nl_NL": Locale("nl_NL", "nl", "NL", "NL", "nl"),
    "nl_BE": Locale("nl_BE", "nl", "NL", "BE", "be"),
    "pt_BR": Locale("pt_BR", "pt", "BR", "BR", "com.br"),
}
SUBSCRIBER_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
# documents per locale (synthetic documents; the rest of the 1,050 fall to the big locales)
LOCALE_WEIGHTS = {
    "en_IN": 128,
    "en_GB": 110,
    "de_DE": 96,
    "en_US": 102,
    "fr_FR": 98,
    "pt_BR": 90,
    "it_IT": 80,
    "nl_NL": 75,
    "es_ES": 76,
    "de_AT": 28,
    "nl_BE": 28,
    "de_CH": 25,
    "fr_BE": 25,
    "en_AU": 22,
    "en_IE": 22,
    "it_CH": 20,
    "fr_CH": 15,
}

FIRST = {
    "en_US": "Tanya Marcus Deb Curtis Shauna Wes Kendra Dale Roxanne Trent Jolene Brady Lupe Darnell Ginny",
    "en_GB": "Gemma Nigel Bryony Clive Shona Rhys Kirsty Barry Imogen Dougie Fiona Gareth Lorna Keith Tamsin",
    "en_IN": "Ritu Sandeep Kavya Nikhil Shalini Manoj Deepa Rohan Lata Pranav Swati Harish Meenal Yash Farah",
    "en_AU": "Shaz Brodie Kylie Bruce Narelle Mitch Tegan Jarrod Leanne Dazza",
    "en_IE": "Aoife Cathal Niamh Donal Siobhan Eoin Roisin Padraig Grainne Ciaran",
    "de": "Jutta Björn Heike Uwe Anke Sven Silke Jens Kerstin Timo Dörte Malte Birgit Rainer Frauke",
    "de_AT": "Resi Ferdl Gerlinde Poldi Hannelore Wastl Burgi Koloman Vroni Gottfried",
    "de_CH": "Ursina Reto Corina Beat Nadja Urs Seraina Fabian Rahel Kurt",
    "fr": "Maëlle Thibault Nadège Gaëtan Solène Bastien Armelle Yannick Coralie Hervé Ludivine Régis Inès",
    "es": "Rocío Íñigo Nerea Álvaro Lucía Rubén Amaia Sergio Maite Jacobo Ainhoa Fermín Noelia Borja",
    "it": "Ilaria Matteo Chiara Davide Serena Gianluca Federica Ottavio Noemi Sandro Loredana Elia Rossella",
    "nl": "Femke Joost Ilse Bram Marloes Wouter Sanne Thijs Anouk Gert-Jan Esmee Ruud Lieke Stijn",
    "pt": "Thaís Caio Larissa Thiago Fernanda Rogério Jéssica Wellington Bruna Leandro Priscila Otávio",
}
LAST = {
    "en_US": "Kowalski Delgado Pruitt Hanrahan Boudreaux Yoder Castellano Whitfield Oyelaran Nakamura",
    "en_GB": "Pemberton Ashworth McAllister Trevelyan Oduya Hargreaves Pennington Blakemore Iqbal Crook",
    "en_IN": "Kulkarni Chatterjee Menon Bhatia Srinivasan Deshpande Ahluwalia Rao Qureshi Joshi",
    "en_AU": "McGrath Nguyen Fitzgerald Papadopoulos Thompson",
    "en_IE": "Ó Briain Fitzpatrick Kavanagh MacCarthy Doherty",
    "de": "Brandes Kötter Wiegand Hoppe Lindemann Sauerwein Pfeiffer Ostendorf Yılmaz Rademacher",
    "fr": "Lefebvre Rousseau Marchand Guillot Benali Perrin Chevalier Vasseur Lemoine Fontaine",
    "es": "Etxeberria Navarro Quintana Villalobos Carrasco Ibáñez Soler Ferrández Morales Ruiz",
    "it": "Bassi Ferraro Lombardi Morelli Pellegrini Santoro Galli Zanetti Caruso Fontana",
    "nl": "Bakker de Vries Jansen Smit van Dijk Mulder Visser Bosman Hendriks Kuipers",
    "pt": "Albuquerque Nogueira Cavalcanti Barbosa Teixeira Moura Rezende Pacheco Siqueira Lima",
}
HINDI_FIRST = "सुनीता रमेश कविता अजय पूजा विनोद अनीता सुरेश गीता राकेश"
MAIL_HOSTS = {
    "US": "gmail.com yahoo.com outlook.com comcast.net att.net icloud.com",
    "GB": "btinternet.com gmail.com outlook.com sky.com talktalk.net yahoo.co.uk",
    "IN": "gmail.com rediffmail.com yahoo.co.in outlook.com",
    "AU": "bigpond.com gmail.com optusnet.com.au",
    "IE": "eircom.net gmail.com",
    "DE": "gmx.de web.de t-online.de posteo.de gmail.com",
    "AT": "gmx.at aon.at chello.at",
    "CH": "bluewin.ch gmx.ch sunrise.ch",
    "FR": "orange.fr free.fr laposte.net sfr.fr gmail.com",
    "BE": "skynet.be telenet.be proximus.be",
    "ES": "gmail.com hotmail.es telefonica.net yahoo.es",
    "IT": "libero.it virgilio.it tiscali.it alice.it gmail.com",
    "NL": "ziggo.nl kpnmail.nl xs4all.nl hotmail.nl",
    "PT": "uol.com.br bol.com.br terra.com.br gmail.com",
}


def _key(table: dict, loc: str, lang: str) -> str:
    return loc if loc in table else lang


def first_name(rng: random.Random, loc: str, lang: str) -> str:
    if lang == "hi":
        return rng.choice(HINDI_FIRST.split())
    return rng.choice(FIRST[_key(FIRST, loc, LOCALES[loc].lang)].split())


def full_name(rng: random.Random, loc: str, lang: str) -> str:
    if lang == "hi":
        return first_name(rng, loc, lang)
    last = LAST[_key(LAST, loc, LOCALES[loc].lang)]
    parts = (
        last.replace("de Vries", "de_Vries").replace("van Dijk", "van_Dijk").replace("Ó Briain", "Ó_Briain")
    )
    return first_name(rng, loc, lang) + " " + rng.choice(parts.split()).replace("_", " ")


def _ascii(s: str) -> str:
    table = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüçñßøåıÓ", "aaaaaeeeeiiiiooooouuuucnsoaiO")
    return "".join(ch for ch in s.lower().translate(table) if ch.isalnum() or ch in ".-")


def personal_email(rng: random.Random, loc: str, name: str) -> str:
    host_key = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "en_AU": "AU", "en_IE": "IE"}.get(loc)
    host_key = host_key or ("PT" if loc == "pt_BR" else loc[-2:])
    parts = [_ascii(p) for p in name.split()] if name.isascii() or " " in name else ["seva"]
    first, last = parts[0] or "x", (parts[-1] if len(parts) > 1 else "ghar") or "y"
    local = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(60, 99)}", f"{last}.{first[0]}"]
    )
    return f"{local}@{rng.choice(MAIL_HOSTS[host_key].split())}"
