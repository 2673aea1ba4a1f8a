"""Locales, people, e-mail habits, greetings and sign-offs for v16 (our own short lists, no Faker)."""

import unicodedata

from .phones import NEIGHBOUR

# locale -> (language of its documents, weight in the 1,050 synthetic documents)
LOCALES = {
    "en_US": ("en", 100),
    "en_GB": ("en", 100),
    "en_IN": ("en", 120),
    "en_AU": ("en", 22),
    "en_IE": ("en", 22),
    "de_DE": ("de", 95),
    "de_AT": ("de", 25),
    "de_CH": ("de", 25),
    "fr_FR": ("fr", 95),
    "fr_BE": ("fr", 25),
    "fr_CH": ("fr", 16),
    "es_ES": ("es", 90),
    "it_IT": ("it", 85),
    "it_CH": ("it", 20),
    "nl_NL": ("nl", 90),
    "nl_BE": ("nl", 25),
    "pt_BR": ("pt", 95),
}
IN_TURN = ("en", "hg", "hi")  # en_IN documents: English, Hinglish, Devanagari Hindi in turn
LANG_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "hg": "Hinglish",
    "hi": "Hindi",
}


def phone_region(locale):
    return NEIGHBOUR.get(locale, locale.split("_")[1])


def label_lang(lang):
    """Labels of hard negatives and tables: Hinglish documents take the English ones."""
    return "en" if lang == "hg" else lang


PEOPLE = {
    "en_US": (
        "Dwayne Kayla Trent Brianna Marcus Shelby Tucker Renee Darnell Lacey Cody Tamika",
        "Whitfield Kowalski Delgado Brennan Haskins Okafor Lindqvist Marchetti Pruitt Yoder",
    ),
    "en_GB": (
        "Nigel Fiona Callum Bethan Gareth Imogen Rhys Kerry Declan Moira Alfie Ffion",
        "Entwistle Pugh Haworth Crabtree Mensah Tennant Ashworth Pickles Blackmore Llewellyn",
    ),
    "en_AU": (
        "Bruce Kylie Shane Leanne Darcy Tegan Brodie Narelle",
        "Fitzgerald Nguyen McAllister Brennan Tully",
    ),
    "en_IE": (
        "Ciarán Aoife Pádraig Niamh Eoin Siobhán Cathal Orla",
        "O'Sullivan Brennan Fogarty Kinsella Duggan",
    ),
    "en_IN": (
        "Rohit Sneha Arjun Kavya Vikram Ananya Siddharth Pooja Karthik Meera Nikhil Ishita",
        "Deshpande Iyer Chatterjee Malhotra Reddy Bhatt Kulkarni Menon Saxena Agarwal",
    ),
    "hi": ("रमेश सुनीता विनोद कविता अशोक पूनम संजय ममता राजेश गीता", "शर्मा वर्मा त्रिपाठी यादव मिश्रा चौहान"),
    "de_DE": (
        "Jens Sabine Torsten Anja Holger Katrin Uwe Silke Dirk Birgit Lars Nadine",
        "Kowalczyk Brandt Hofmeister Lindner Petersen Vogt Schreiber Janßen Krüger Böhm",
    ),
    "de_AT": ("Florian Verena Markus Theresa Andreas Magdalena", "Huber Gruber Pichler Moser Leitner Eder"),
    "de_CH": ("Urs Regula Beat Corinne Reto Daniela", "Bühler Zürcher Frei Baumgartner Keller Käser"),
    "fr_FR": (
        "Thierry Nathalie Sébastien Aurélie Olivier Sandrine Gaëlle Fabrice Mélanie Yannick Élodie Hervé",
        "Lefèvre Garnier Chevalier Perrin Rousseau Marchand Lemoine Fournier Barbier Gauthier",
    ),
    "fr_BE": (
        "Benoît Véronique Grégory Laurence Didier Stéphanie",
        "Dubois Lambert Maes Renard Collard Lejeune",
    ),
    "fr_CH": ("Raphaël Séverine Cédric Valérie Loïc Murielle", "Favre Rochat Perret Bonvin Cuendet Jaquet"),
    "es_ES": (
        "Iñaki Montserrat Álvaro Rocío Jordi Nerea Sergio Pilar Rubén Begoña Agustín Lorena",
        "Etxeberria Sánchez Ferrer Castillo Ibáñez Morales Navarro Prieto Gallego Serrano",
    ),
    "it_IT": (
        "Massimo Raffaella Gianluca Federica Stefano Chiara Davide Ilaria Roberto Simona Matteo Giorgia",
        "Esposito Bianchi Colombo Ricci Marino Greco Bruno Gallo Conti Mancini",
    ),
    "it_CH": (
        "Claudio Manuela Fabio Daniela Mauro Paola",
        "Bernasconi Pedrazzini Rusconi Jelmini Ghirlanda Fontana",
    ),
    "nl_NL": (
        "Sander Marieke Joost Anouk Bart Ingrid Niels Femke Ruud Esther Koen Sanne",
        "van_Dijk Bakker Visser Smit de_Boer Mulder Jansen Hendriks Dekker Brouwer",
    ),
    "nl_BE": ("Wim Hilde Koen Griet Dries Lieve", "Peeters Claes Wouters Goossens Vermeulen Janssens"),
    "pt_BR": (
        "Thiago Juliana Rodrigo Fernanda Anderson Camila Leandro Patrícia Wellington Aline Diego Letícia",
        "Oliveira Santos Pereira Carvalho Ribeiro Almeida Nascimento Rocha Barbosa Moreira",
    ),
}

DOMAINS = {
    "en_US": "gmail.com yahoo.com comcast.net outlook.com aol.com",
    "en_GB": "btinternet.com hotmail.co.uk gmail.com sky.com talktalk.net",
    "en_AU": "bigpond.com optusnet.com.au gmail.com",
    "en_IE": "eircom.net gmail.com hotmail.com",
    "en_IN": "gmail.com rediffmail.com yahoo.co.in outlook.com",
    "de_DE": "web.de gmx.de t-online.de posteo.de",
    "de_AT": "gmx.at aon.at chello.at",
    "de_CH": "bluewin.ch gmx.ch sunrise.ch",
    "fr_FR": "orange.fr free.fr laposte.net sfr.fr",
    "fr_BE": "skynet.be proximus.be gmail.com",
    "fr_CH": "bluewin.ch netplus.ch",
    "es_ES": "telefonica.net gmail.com hotmail.es yahoo.es",
    "it_IT": "libero.it virgilio.it alice.it tiscali.it",
    "it_CH": "bluewin.ch ticino.com",
    "nl_NL": "ziggo.nl kpnmail.nl planet.nl xs4all.nl",
    "nl_BE": "telenet.be skynet.be",
    "pt_BR": "uol.com.br bol.com.br terra.com.br gmail.com",
}
ORG_DOMAINS = {
    "en_US": "maplewoodpta.org stjudeparish.org oakridgeseniors.org",
    "en_GB": "ferndaleallotments.org.uk thecrownquizleague.co.uk",
    "en_AU": "londonaussies.co.uk",
    "en_IE": "sarsfieldsgaa.co.uk",
    "en_IN": "greenparkrwa.org sunshinesociety.in",
    "de_DE": "tsv-kirchheim.de kleingarten-sonnenhang.de",
    "de_AT": "krampusgruppe-tamsweg.at",
    "de_CH": "schwingclub-emmental.ch",
    "fr_FR": "comitedesfetes-lacelle.fr apel-saintexupery.fr",
    "fr_BE": "gilles-binche.be",
    "fr_CH": "compagnie1602.ch",
    "es_ES": "peñaelcasal.es cofradia-sanroque.es",
    "it_IT": "prolocovaldera.it oratoriosangiorgio.it",
    "it_CH": "rabadan-bellinzona.ch",
    "nl_NL": "oranjecomite-westwoud.nl avondvierdaagse-duiven.nl",
    "nl_BE": "kermiscomite-zele.be",
    "pt_BR": "paroquiasaojudas.org.br associacaovilanova.org.br",
}
ROLE_LOCALS = {
    "en": "info secretary treasurer bookings hello volunteers",
    "hg": "info committee events",
    "hi": "info samiti sampark",
    "de": "kontakt vorstand kasse anmeldung info",
    "fr": "contact secretariat tresorerie inscriptions",
    "es": "info secretaria tesoreria inscripciones",
    "it": "segreteria info tesoreria iscrizioni",
    "nl": "secretariaat info penningmeester aanmelden",
    "pt": "contato secretaria tesouraria inscricoes",
}

GREETINGS = {
    "en": ["Hi everyone,", "Hello all,", "Morning folks,", "Dear neighbours,", "Hey team,"],
    "hg": ["Hi sab log,", "Hello everyone,", "Namaste dosto,", "Hey guys,"],
    "hi": ["नमस्ते सभी को,", "प्रिय साथियों,", "आदरणीय सदस्यगण,", "सभी भाइयों-बहनों को नमस्कार,"],
    "de": [
        "Hallo zusammen,",
        "Liebe Nachbarn,",
        "Moin in die Runde,",
        "Liebe Vereinsmitglieder,",
        "Servus beinand,",
    ],
    "fr": [
        "Bonjour à tous,",
        "Chers voisins,",
        "Salut la compagnie,",
        "Chers membres,",
        "Coucou tout le monde,",
    ],
    "es": ["Hola a todos,", "Queridos vecinos,", "Buenas, gente,", "Estimados socios,", "¡Hola, familia!"],
    "it": ["Ciao a tutti,", "Cari vicini,", "Buongiorno a tutti,", "Cari soci,", "Ciao ragazzi,"],
    "nl": ["Hoi allemaal,", "Beste buren,", "Hallo iedereen,", "Beste leden,", "Goedemorgen allen,"],
    "pt": ["Oi, pessoal!", "Queridos vizinhos,", "Bom dia a todos,", "Olá, turma!", "Prezados associados,"],
}
SIGNOFFS = {
    "en": ["Cheers,", "Thanks a million,", "See you there,", "Best,", "Ta,"],
    "hg": ["Thanks,", "Milte hain,", "Regards,", "Chalo, bye,"],
    "hi": ["धन्यवाद,", "सादर,", "आपका,", "शुभकामनाओं सहित,"],
    "de": ["Viele Grüße", "Bis bald", "Danke euch", "Liebe Grüße", "Beste Grüße"],
    "fr": ["À bientôt,", "Merci d'avance,", "Bises,", "Amicalement,", "Bonne journée,"],
    "es": ["Un abrazo,", "Gracias de antemano,", "Nos vemos,", "Saludos,", "Besos,"],
    "it": ["Un saluto,", "Grazie mille,", "A presto,", "Ciao,", "Cordiali saluti,"],
    "nl": ["Groetjes,", "Tot dan,", "Alvast bedankt,", "Hartelijke groet,", "Doei,"],
    "pt": ["Abraços,", "Obrigado desde já,", "Até lá,", "Beijos,", "Atenciosamente,"],
}


def people_key(locale, lang):
    return "hi" if lang == "hi" else locale


def first_name(rng, locale, lang):
    return rng.choice(PEOPLE[people_key(locale, lang)][0].split())


def full_name(rng, locale, lang):
    firsts, lasts = PEOPLE[people_key(locale, lang)]
    return rng.choice(firsts.split()) + " " + rng.choice(lasts.split()).replace("_", " ")


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -")).lower()


def personal_email(rng, locale):
    key = "en_IN" if locale == "en_IN" else locale
    firsts, lasts = PEOPLE[key]
    f = ascii_fold(rng.choice(firsts.split()))
    last = ascii_fold(rng.choice(lasts.split()).replace("_", ""))
    dom = rng.choice(DOMAINS[locale].split())
    local = rng.choice(
        [
            f"{f}.{last}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{last}.{f}",
            f"{f}{last[:3]}",
            f"{f}.{last}{rng.randint(60, 99)}",
        ]
    )
    return f"{local}@{dom}"


def role_email(rng, locale, lang):
    dom = rng.choice(ORG_DOMAINS[locale].split())
    dom = dom.replace("ñ", "n")
    return rng.choice(ROLE_LOCALS[lang].split()) + "@" + dom
