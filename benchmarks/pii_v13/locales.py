"""Locales, the plan each one dials, the people who write, and their e-mail habits (our own short lists)."""

from __future__ import annotations

import unicodedata

# locale -> (home plan for announced/roster/national/service numbers, country written internationally)
PLAN = {
    "en_US": ("US", None),
    "en_GB": ("GB", None),
    "en_IN": ("IN", None),
    "en_AU": ("GB", "AU"),
    "en_IE": ("GB", "IE"),
    "de_DE": ("DE", None),
    "de_AT": ("DE", "AT"),
    "de_CH": ("DE", "CH"),
    "fr_FR": ("FR", None),
    "fr_BE": ("FR", "BE"),
    "fr_CH": ("FR", "CH"),
    "es_ES": ("ES", None),
    "it_IT": ("IT", None),
    "it_CH": ("IT", "CH"),
    "nl_NL": ("NL", None),
    "nl_BE": ("NL", "BE"),
    "pt_BR": ("BR", None),
}
IBAN_COUNTRY = {
    "en_GB": "GB",
    "en_AU": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "it_CH": "CH",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
}

PEOPLE = {
    "en_US": (
        "Brianna Cody Dwayne Kayla Marisol Tucker Shawna Everett Lorena Dale Jolene Rusty",
        "Kowalczyk Pruitt Delgado Whitfield Okafor Brennan Lundgren Castillo Hargrove Yates",
    ),
    "en_GB": (
        "Gemma Callum Bronwen Alfie Priti Rhys Maureen Dougie Siobhan Wilf Harriet Tariq",
        "Pilkington Ashworth Mensah Trevelyan Hussain Blackwood Dunmore Fairclough Nairn Oyelaran",
    ),
    "en_IN": (
        "Anjali Rohit Meenakshi Farhan Pallavi Sandeep Gurpreet Nandini Vikram Shabana Arjun Lata",
        "Kulkarni Bhattacharya Menon Siddiqui Rathore Iyengar Chawla Deshpande Banerjee Pillai",
    ),
    "en_AU": (
        "Shane Kirra Bec Macca Tayla Lachlan Narelle Jarrah Cooper Leanne",
        "Fitzgerald Nguyen Tregear McMahon Papadakis Ellery Hosking Dunstan",
    ),
    "en_IE": (
        "Aoife Cathal Niamh Donal Orla Fergal Sinéad Ciarán Grainne Padraig",
        "Ó Súilleabháin Mulcahy Breathnach Geraghty Kinsella Phelan Mac Giolla Doherty",
    ),
    "de_DE": (
        "Jannik Heike Torsten Ilka Malte Birgit Levent Svenja Uwe Dörte Kai Annegret",
        "Brinkmann Özdemir Lindemann Petersen Wachowiak Reuter Kastner Hoffmeister Ebeling Szymański",
    ),
    "de_AT": (
        "Florian Resi Bernhard Kathi Lukas Roswitha Andi Vroni",
        "Pichler Gruber Moser Wimmer Hofbauer Leitner",
    ),
    "de_CH": (
        "Reto Nadja Urs Corinne Beat Sandrine Mättu Fränzi",
        "Zürcher Baumgartner Gerber Rüegg Wyss Hürlimann",
    ),
    "fr_FR": (
        "Maëlle Thibault Solène Grégoire Yasmine Loïc Nadège Bastien Océane Hervé Fatou Romain",
        "Lefèvre Marchand Benali Giraud Roussel Fontaine Le Goff Carpentier Diallo Perrin",
    ),
    "fr_BE": (
        "Maxime Cédric Laurence Aurélie Quentin Noémie",
        "Delvaux Lambert Dubois Wauters Goffin Renard",
    ),
    "fr_CH": ("Loïc Séverine Yann Valérie Raphaël Mélanie", "Rochat Favre Maillard Chappuis Jaquet Bonvin"),
    "es_ES": (
        "Iratxe Borja Macarena Íñigo Rocío Chema Nerea Paco Ainhoa Jacinto Lucía Gorka",
        "Etxeberria Villalobos Moreno Cuesta Santamaría Ibáñez Rosales Olmedo Pizarro Arrieta",
    ),
    "it_IT": (
        "Chiara Davide Federica Matteo Ilaria Gianni Rosalba Tommaso Beatrice Nando Serena Pietro",
        "Colombo Esposito Bruno Galli Mancini Ferri Lombardi Barbieri Testa Caruso",
    ),
    "it_CH": (
        "Ivo Manuela Fabio Ornella Renzo Giada",
        "Cattaneo Bernasconi Pedrazzini Soldati Galfetti Moretti",
    ),
    "nl_NL": (
        "Femke Joost Ilse Thijs Marloes Sven Anouk Ruud Esra Bram Lieke Kees",
        "van Dijk Bakker Jansen de Boer Mulder Visser Smit Meijer van der Veen Postma",
    ),
    "nl_BE": ("Wout Lotte Jens Elke Pieter-Jan Nele", "Peeters Maes Claes Goossens Wouters Vermeulen"),
    "pt_BR": (
        "Thaís Rodrigo Luana Caio Jussara Wellington Bianca Edson Larissa Zé Raimunda Igor",
        "Albuquerque Nascimento Figueiredo Cavalcanti Moura Teixeira Bezerra Siqueira Freitas Lacerda",
    ),
}
HINDI_NAMES = "सुनीता रमेश कविता दिनेश पूनम मनोज गीता सुरेश अनीता राकेश".split()

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com"],
    "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "en_AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "en_IE": ["eircom.net", "gmail.com", "hotmail.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "de_AT": ["gmx.at", "aon.at", "chello.at"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "fr_BE": ["skynet.be", "proximus.be", "gmail.com"],
    "fr_CH": ["bluewin.ch", "romandie.com", "gmail.com"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it_IT": ["libero.it", "virgilio.it", "alice.it", "gmail.com", "tiscali.it"],
    "it_CH": ["bluewin.ch", "ticino.com", "gmail.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com", "xs4all.nl"],
    "nl_BE": ["telenet.be", "skynet.be", "gmail.com"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com"],
}
TLD = {
    "en_US": "org",
    "en_GB": "org.uk",
    "en_IN": "in",
    "en_AU": "org.au",
    "en_IE": "ie",
    "de_DE": "de",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "fr_CH": "ch",
    "es_ES": "es",
    "it_IT": "it",
    "it_CH": "ch",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_BR": "org.br",
}


def first_names(locale: str, lang: str) -> list[str]:
    return HINDI_NAMES if lang == "hi" else PEOPLE[locale][0].split()


def person(rng, locale: str, lang: str) -> str:
    return rng.choice(first_names(locale, lang))


def surname(rng, locale: str) -> str:
    raw = PEOPLE[locale][1]
    multi = [
        s
        for s in ("Ó Súilleabháin", "Mac Giolla", "Le Goff", "van Dijk", "de Boer", "van der Veen")
        if s in raw
    ]
    for m in multi:
        raw = raw.replace(m, m.replace(" ", "_"))
    return rng.choice(raw.split()).replace("_", " ")


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in ".-")


def personal_email(rng, locale: str) -> str:
    first = ascii_fold(rng.choice(PEOPLE[locale][0].split()))
    last = ascii_fold(surname(rng, locale).replace(" ", ""))
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}{rng.randint(2, 99)}",
            f"{first[0]}.{last}",
            f"{last}.{first}",
            f"{first}_{last}",
            f"{first}{rng.randint(60, 99)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS[locale])}"


def role_email(rng, locale: str, slug: str, role: str) -> str:
    return f"{role}@{slug}.{TLD[locale]}"
