"""Locales, people, e-mail habits, greetings and sign-offs for v15 (our own short lists)."""

from __future__ import annotations

import unicodedata

# locale -> (number plan for announced, roster, national and service numbers; own country)
LOCALES = {
    "en_US": ("US", "US"),
    "en_GB": ("GB", "GB"),
    "en_IN": ("IN", "IN"),
    "en_AU": ("GB", "AU"),
    "en_IE": ("GB", "IE"),
    "de_DE": ("DE", "DE"),
    "de_AT": ("DE", "AT"),
    "de_CH": ("DE", "CH"),
    "fr_FR": ("FR", "FR"),
    "fr_BE": ("FR", "BE"),
    "fr_CH": ("FR", "CH"),
    "es_ES": ("ES", "ES"),
    "it_IT": ("IT", "IT"),
    "it_CH": ("IT", "CH"),
    "nl_NL": ("NL", "NL"),
    "nl_BE": ("NL", "BE"),
    "pt_BR": ("BR", "BR"),
}
# synthetic documents per locale (positive + negative prose + negative tables = 1,050)
LOCALE_WEIGHTS = {
    "en_US": 100,
    "en_GB": 101,
    "en_IN": 120,
    "en_AU": 22,
    "en_IE": 22,
    "de_DE": 95,
    "de_AT": 25,
    "de_CH": 25,
    "fr_FR": 95,
    "fr_BE": 25,
    "fr_CH": 15,
    "es_ES": 90,
    "it_IT": 85,
    "it_CH": 20,
    "nl_NL": 90,
    "nl_BE": 25,
    "pt_BR": 95,
}
LANG_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "hx": "Hinglish",
    "hi": "Hindi",
}
SUBSCRIBER_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")

FIRST = {
    "us": "Tanya Marcus Delia Trent Shawna Wendell Krista Darnell Brooke Travis Lorraine Cody Jolene Royce",
    "gb": "Gemma Callum Hayley Rhys Bethan Declan Imogen Alfie Siobhan Gareth Nadia Fergus Lottie Dominic",
    "au": "Kylie Brodie Shannon Lachlan Tegan Jarrah Mitchell Bronwyn Hamish Skye",
    "ie": "Aoife Cathal Niamh Ronan Saoirse Oisin Clodagh Padraig Grainne Eoin",
    "in": "Ananya Rohit Kavya Siddharth Meenakshi Arjun Pooja Harish Lakshmi Vikram Nandini Tarun Swati "
    "Manoj",
    "de": "Jonas Svenja Malte Ricarda Bernd Heike Timo Franziska Uwe Birgit Lasse Annika Henning Carola",
    "fr": "Margaux Thibault Solène Bastien Agathe Gaëtan Clémence Loïc Maëlle Yannick Perrine Benoît",
    "es": "Nerea Iker Lucía Álvaro Ainhoa Rubén Itziar Gonzalo Rocío Unai Montserrat Sergio",
    "it": "Chiara Matteo Ilaria Davide Federica Stefano Martina Riccardo Elisa Gianluca Beatrice Tommaso",
    "nl": "Femke Sander Lotte Joris Ilse Maarten Esmée Thijs Marloes Ruben Sanne Jelle",
    "pt": "Thaís Rodrigo Larissa Felipe Bianca Gustavo Letícia Marcelo Débora Vinícius Jussara Caio",
}
LAST = {
    "us": "Kowalski Jefferson Nguyen Baxter Delgado Whitfield Brennan Okafor Lindqvist Harmon Pruitt "
    "Castillo",
    "gb": "Pemberton Hughes Ashworth Patel Birch Maguire Thornley Okonjo Fairclough Griffiths Llewellyn "
    "Crane",
    "au": "Mitchell Nolan Fraser Kelly McGrath Walsh Donnelly Carmody",
    "ie": "Ó Briain Moloney Fitzgerald Keane Dunne Breathnach Mac Giolla Hegarty",
    "in": "Iyer Deshmukh Banerjee Khanna Reddy Chaturvedi Menon Saxena Kulkarni Bhatt Pillai Agarwal",
    "de": "Brandt Vogel Hartmann Kühne Schäfer Lindner Albrecht Ehlers Gruber Zimmermann Wendt Kaiser",
    "fr": "Lefebvre Garnier Rousseau Chevalier Marchand Perrin Fontaine Gauthier Mercier Lemaire Bonnet",
    "es": "Etxeberria Navarro Castaño Iglesias Ferrer Vidal Ortega Muñoz Calvo Serrano Aranda Gallego",
    "it": "Colombo Ferraris Marchetti Galli Bianchi Testa Moretti Lombardi Fontana Rinaldi Barbieri Caruso",
    "nl": "van Dijk Mulder de Boer Hendriks Kuipers Smit Verbeek Jansen Postma Dekker van Leeuwen",
    "pt": "Albuquerque Carvalho Nogueira Siqueira Moraes Teixeira Pinheiro Barros Cavalcanti Rezende",
}
# Devanagari names for Hindi documents (e-mail addresses still use Latin names)
HI_FIRST = "अनन्या रोहित कविता सिद्धार्थ मीनाक्षी अर्जुन पूजा हरीश लक्ष्मी विक्रम नंदिनी तरुण".split()
HI_LAST = "अय्यर देशमुख बनर्जी खन्ना रेड्डी चतुर्वेदी मेनन सक्सेना कुलकर्णी भट्ट".split()

# surnames with a particle (van, de, Mac, Ó) are two words in the lists above: join them again
for _k in list(LAST):
    _parts, _out, _i = LAST[_k].split(), [], 0
    while _i < len(_parts):
        if _parts[_i] in ("van", "de", "Mac", "Ó") and _i + 1 < len(_parts):
            _out.append(_parts[_i] + " " + _parts[_i + 1])
            _i += 2
        else:
            _out.append(_parts[_i])
            _i += 1
    LAST[_k] = _out
for _k in list(FIRST):
    FIRST[_k] = FIRST[_k].split()

PEOPLE_OF = {
    "en_US": "us",
    "en_GB": "gb",
    "en_IN": "in",
    "en_AU": "au",
    "en_IE": "ie",
    "de_DE": "de",
    "de_AT": "de",
    "de_CH": "de",
    "fr_FR": "fr",
    "fr_BE": "fr",
    "fr_CH": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "it_CH": "it",
    "nl_NL": "nl",
    "nl_BE": "nl",
    "pt_BR": "pt",
}

MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "att.net", "outlook.com"],
    "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com", "outlook.com"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "ie": ["eircom.net", "gmail.com", "outlook.ie"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "es": ["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es"],
    "it": ["libero.it", "alice.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com"],
}
ROLE_BOXES = {
    "en": ["hello", "bookings", "treasurer", "secretary", "volunteers", "tickets", "office"],
    "de": ["vorstand", "kasse", "info", "anmeldung", "kontakt", "schriftfuehrer"],
    "fr": ["contact", "tresorerie", "inscriptions", "bureau", "accueil"],
    "es": ["contacto", "tesoreria", "inscripciones", "junta", "secretaria"],
    "it": ["segreteria", "info", "iscrizioni", "tesoreria", "direttivo"],
    "nl": ["secretariaat", "penningmeester", "info", "aanmelden", "bestuur"],
    "pt": ["contato", "secretaria", "tesouraria", "inscricoes", "diretoria"],
}
ROLE_BOXES["hx"] = ROLE_BOXES["hi"] = ["info", "committee", "secretary", "events", "accounts"]

GREET = {
    "en": ["Hi all,", "Hello everyone,", "Morning folks,", "Dear members,", "Hey team,"],
    "de": [
        "Hallo zusammen,",
        "Liebe Mitglieder,",
        "Moin allerseits,",
        "Servus miteinander,",
        "Hallo ihr Lieben,",
    ],
    "fr": ["Bonjour à tous,", "Chers adhérents,", "Salut tout le monde,", "Chers amis,"],
    "es": ["Hola a todos,", "Queridos socios,", "Buenas, familia,", "Estimados vecinos,"],
    "it": ["Ciao a tutti,", "Cari soci,", "Buongiorno a tutti,", "Carissimi,"],
    "nl": ["Hoi allemaal,", "Beste leden,", "Hallo iedereen,", "Beste buren,"],
    "pt": ["Oi, pessoal,", "Olá a todos,", "Queridos amigos,", "Bom dia, turma,"],
    "hx": ["Hello sab log,", "Hi everyone,", "Namaste friends,", "Hey guys,"],
    "hi": ["नमस्ते सभी को,", "प्रिय सदस्यों,", "सभी साथियों को नमस्कार,"],
}
SIGN = {
    "en": ["Cheers, {f}", "Thanks so much, {f}", "See you there! {f}", "Best, {f}", "Ta, {f}"],
    "de": ["Viele Grüße, {f}", "Bis bald, {f}", "Liebe Grüße, {f}", "Danke euch, {f}"],
    "fr": ["À bientôt, {f}", "Bien amicalement, {f}", "Merci à tous, {f}", "Bises, {f}"],
    "es": ["Un abrazo, {f}", "Gracias de antemano, {f}", "Nos vemos, {f}", "Saludos, {f}"],
    "it": ["A presto, {f}", "Un caro saluto, {f}", "Grazie a tutti, {f}", "Ciao, {f}"],
    "nl": ["Groetjes, {f}", "Tot dan, {f}", "Met vriendelijke groet, {f}", "Dank jullie wel, {f}"],
    "pt": ["Abraços, {f}", "Até lá, {f}", "Beijos, {f}", "Obrigado, {f}"],
    "hx": ["Thanks, {f}", "Milte hain, {f}", "Regards, {f}"],
    "hi": ["धन्यवाद, {f}", "शुभकामनाओं सहित, {f}", "आपका, {f}"],
}


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def person(rng, locale: str, lang: str):
    """(display first name, display full name, latin first, latin last)."""
    grp = PEOPLE_OF[locale]
    f, last = rng.choice(FIRST[grp]), rng.choice(LAST[grp])
    if lang == "hi":
        i, j = FIRST["in"].index(f) % len(HI_FIRST), LAST["in"].index(last) % len(HI_LAST)
        return HI_FIRST[i], HI_FIRST[i] + " " + HI_LAST[j], f, last
    return f, f + " " + last, f, last


def personal_email(rng, locale: str, first: str, last: str) -> str:
    a, b = ascii_slug(first), ascii_slug(last)
    shape = rng.randrange(6)
    local = [
        a + "." + b,
        a[0] + b,
        a + "_" + b,
        b + "." + a,
        a + b[:3] + str(rng.randint(1, 99)),
        a + "-" + b,
    ][shape]
    return local + "@" + rng.choice(MAIL_DOMAINS[PEOPLE_OF[locale]])


def role_email(rng, lang: str, org_domain: str) -> str:
    return rng.choice(ROLE_BOXES[lang]) + "@" + org_domain
