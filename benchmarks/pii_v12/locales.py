"""Locales, the number plan each writes in, people, e-mail habits, greetings and sign-offs (our own lists)."""

import unicodedata

# locale -> (language of its prose, number plan for announced/roster/national/service numbers,
#            home region whose numbers appear only in international form, or None)
LOCALES = {
    "en_US": ("en", "US", None),
    "en_GB": ("en", "GB", None),
    "en_IN": ("en", "IN", None),
    "en_AU": ("en", "GB", "AU"),
    "en_IE": ("en", "GB", "IE"),
    "de_DE": ("de", "DE", None),
    "de_AT": ("de", "DE", "AT"),
    "de_CH": ("de", "DE", "CH"),
    "fr_FR": ("fr", "FR", None),
    "fr_BE": ("fr", "FR", "BE"),
    "fr_CH": ("fr", "FR", "CH"),
    "es_ES": ("es", "ES", None),
    "it_IT": ("it", "IT", None),
    "it_CH": ("it", "IT", "CH"),
    "nl_NL": ("nl", "NL", None),
    "nl_BE": ("nl", "NL", "BE"),
    "pt_BR": ("pt", "BR", None),
}

# plans whose announced and roster numbers are written without the area code
SUBSCRIBER_ONLY = {"US", "GB", "DE", "NL", "BR", "IN"}

# where relatives and partners abroad live, for international numbers in home-plan documents
ABROAD = {
    "US": "GB IN DE FR",
    "GB": "IE AU FR ES US",
    "IN": "US GB AU",
    "DE": "AT CH NL IT",
    "FR": "BE CH ES IT",
    "ES": "FR GB DE",
    "IT": "CH FR DE",
    "NL": "BE DE GB",
    "BR": "US IT ES",
}

NAMES = {
    "en_US": (
        "Marcy Delgado Trent Kowalski Shonda Pruitt Wade Hollis Bethany Ocampo Darnell Vickers Lorraine"
        " Stroud Cody Fairbanks Yolanda Briggs Glenn Haskins Tamsin Merritt"
    ),
    "en_GB": (
        "Gareth Pryce Linda Ashworth Nigel Bramley Fiona Catterall Declan Moss Hazel Whitlock Ruth"
        " Ormerod Barry Tindall Priya Lomax Colin Featherstone Janet Riddell"
    ),
    "en_IN": (
        "Sudha Raghavan Manoj Tiwari Lakshmi Iyer Harpreet Gill Anand Kulkarni Shabnam Qureshi Vikram"
        " Rathore Deepa Menon Sanjay Bhatt Rekha Nair Farhan Siddiqui"
    ),
    "en_AU": "Bronwyn Tate Shane McInnes Kylie Dunstan Bradley Cooke Narelle Pike Travis Hume",
    "en_IE": "Siobhán Keane Ciarán Doyle Aoife Whelan Pádraig Moran Niamh Cleary Fergal Tobin",
    "de_DE": (
        "Jürgen Kessler Heike Brandl Sven Rößler Martina Oehme Uwe Kaltenbach Birgit Scholz Dirk Hennig"
        " Anja Vogt Rainer Wiegand Kerstin Lübke Torsten Maier Sabine Fricke"
    ),
    "de_AT": "Gerhard Pichler Renate Hofbauer Florian Gruber Elfriede Wallner Markus Eder Theresa Aigner",
    "de_CH": "Urs Bachmann Regula Keller Beat Gisler Verena Schnyder Reto Brunner Corinne Zaugg",
    "fr_FR": (
        "Sylvie Marchand Thierry Roussel Nathalie Guérin Pascal Lemoine Véronique Barbier Didier Faure"
        " Isabelle Perrot Hervé Caron Sandrine Collet Gilles Leclerc"
    ),
    "fr_BE": "Benoît Lambotte Chantal Dethier Luc Verhaegen Anne-Sophie Jacquet Michel Gilson",
    "fr_CH": "Jean-Daniel Rochat Mireille Pittet Olivier Bovet Christiane Monney",
    "es_ES": (
        "Maite Echeverría Jordi Puigdemunt Rocío Salvatierra Andrés Gallardo Nerea Urquiza Paco"
        " Villalba Conchi Robledo Iñaki Zubizarreta Lucía Benavente Ramón Cifuentes"
    ),
    "it_IT": (
        "Giuseppina Ferraro Massimo Castelli Ornella Pagano Davide Marchetti Lucia Benedetti Fabrizio"
        " Rinaldi Simonetta Greco Claudio Fontana Rosaria Vitale"
    ),
    "it_CH": "Fiorenza Bernasconi Mattia Guscetti Orsola Pedrazzini Damiano Ghirlanda",
    "nl_NL": (
        "Marieke Verhoef Joost van_Dam Annelies Kuipers Bas Hoekstra Ingrid de_Wit Wouter Bakker Femke"
        " Postma Gert-Jan Mulder Lotte Brouwer Ruud Smeets"
    ),
    "nl_BE": "Griet Vandenberghe Koen De_Smet Els Peeters Wim Claes Hilde Maes",
    "pt_BR": (
        "Luciana Moraes Edson Ribeiro Cristiane Tavares Rogério Farias Patrícia Bezerra Wellington"
        " Nogueira Simone Quintela Anderson Paiva Jussara Lima Fábio Carvalho"
    ),
}

HINDI_NAMES = "सुरेश यादव कमला देवी रमेश चौहान सावित्री शर्मा विनोद पांडे गीता मिश्रा हरीश वर्मा ऊषा सिंह"

DOMAINS = {
    "en_US": "gmail.com yahoo.com outlook.com comcast.net icloud.com",
    "en_GB": "btinternet.com gmail.com hotmail.co.uk sky.com outlook.com",
    "en_IN": "gmail.com rediffmail.com yahoo.co.in outlook.com",
    "en_AU": "bigpond.com gmail.com outlook.com",
    "en_IE": "eircom.net gmail.com hotmail.com",
    "de_DE": "gmx.de web.de t-online.de posteo.de",
    "de_AT": "gmx.at aon.at chello.at",
    "de_CH": "bluewin.ch gmx.ch sunrise.ch",
    "fr_FR": "orange.fr free.fr laposte.net wanadoo.fr",
    "fr_BE": "skynet.be proximus.be gmail.com",
    "fr_CH": "bluewin.ch romandie.com",
    "es_ES": "telefonica.net gmail.com hotmail.es yahoo.es",
    "it_IT": "libero.it virgilio.it tiscali.it alice.it",
    "it_CH": "bluewin.ch ticino.com",
    "nl_NL": "ziggo.nl kpnmail.nl xs4all.nl planet.nl",
    "nl_BE": "telenet.be skynet.be",
    "pt_BR": "uol.com.br bol.com.br gmail.com terra.com.br",
}

TLD = {
    "en_US": "org",
    "en_GB": "org.uk",
    "en_IN": "in",
    "en_AU": "org.uk",
    "en_IE": "org.uk",
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

GREETINGS = {
    "en": "Hi everyone,|Morning all,|Dear members,|Hello folks,|Quick one from me:|Evening all,",
    "hg": "Hello sab log,|Hi guys,|Namaste everyone,|Sabko hi,",
    "hi": "नमस्ते सभी को,|प्रिय साथियों,|सभी सदस्यों को सूचना:",
    "de": "Hallo zusammen,|Liebe Mitglieder,|Moin,|Hallo ihr Lieben,|Liebe Freundinnen und Freunde,",
    "fr": "Bonjour à tous,|Chers adhérents,|Salut la compagnie,|Bonsoir à toutes et à tous,",
    "es": "Hola a todos,|Buenas tardes,|Queridos socios:|Hola, familia:",
    "it": "Ciao a tutti,|Cari soci,|Buongiorno,|Carissimi,",
    "nl": "Hoi allemaal,|Beste leden,|Hallo iedereen,|Goedemiddag,",
    "pt": "Oi, pessoal!|Bom dia a todos,|Queridos amigos,|Olá, galera,",
}

SIGNOFFS = {
    "en": "Thanks, {n}|Best, {n}|Cheers, {n}|See you there, {n}|Many thanks, {n}",
    "hg": "Thanks, {n}|Milte hain, {n}|Dhanyavaad, {n}",
    "hi": "धन्यवाद, {n}|आपका, {n}|सादर, {n}",
    "de": "Viele Grüße, {n}|Bis bald, {n}|Liebe Grüße, {n}|Herzliche Grüße, {n}",
    "fr": "Bien à vous, {n}|À bientôt, {n}|Amitiés, {n}|Merci d'avance, {n}",
    "es": "Un abrazo, {n}|Saludos, {n}|Gracias, {n}|Nos vemos, {n}",
    "it": "Un saluto, {n}|A presto, {n}|Grazie, {n}|Cordiali saluti, {n}",
    "nl": "Groetjes, {n}|Met vriendelijke groet, {n}|Tot dan, {n}|Hartelijke groet, {n}",
    "pt": "Abraços, {n}|Beijos, {n}|Até lá, {n}|Valeu, {n}",
}


def split(s):
    return s.split("|")


def people(locale, lang):
    """(first, last) pairs for the locale; Devanagari names for Hindi documents."""
    words = (HINDI_NAMES if lang == "hi" else NAMES[locale]).split()
    return [(words[i], words[i + 1].replace("_", " ")) for i in range(0, len(words) - 1, 2)]


def ascii_fold(s):
    """Lower-case ASCII for e-mail local parts and club domains."""
    s = unicodedata.normalize("NFKD", s.lower().replace("ß", "ss"))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c == "-"))
