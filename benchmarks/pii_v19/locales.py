"""Locales, people, mail domains, greetings, sign-offs and prose genres of the v19 set."""

LOCALE_WEIGHTS = {
    "en_US": 12,
    "en_GB": 9,
    "en_IN": 12,
    "en_AU": 2,
    "en_IE": 2,
    "de_DE": 8,
    "de_AT": 2,
    "de_CH": 3,
    "fr_FR": 7,
    "fr_BE": 2,
    "fr_CH": 2,
    "es_ES": 7,
    "it_IT": 7,
    "it_CH": 2,
    "nl_NL": 6,
    "nl_BE": 2,
    "pt_BR": 6,
}
PLAN = {
    "en_US": "US",
    "en_GB": "GB",
    "en_IN": "IN",
    "en_AU": "GB",
    "en_IE": "GB",
    "de_DE": "DE",
    "de_AT": "DE",
    "de_CH": "DE",
    "fr_FR": "FR",
    "fr_BE": "FR",
    "fr_CH": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "it_CH": "IT",
    "nl_NL": "NL",
    "nl_BE": "NL",
    "pt_BR": "BR",
}
OWN = {
    "en_AU": "AU",
    "en_IE": "IE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "it_CH": "CH",
    "nl_BE": "BE",
}


def base_lang(locale):
    return locale.split("_")[0]


def people_key(locale):
    if locale.startswith("en_"):
        return {"en_US": "us", "en_IN": "in"}.get(locale, "gb")
    return {"pt_BR": "br"}.get(locale, base_lang(locale))


PEOPLE = {
    "us": (
        ("Tyler", "Brianna", "Marcus", "Shawna", "Dwayne", "Kelsey", "Trevor", "Latoya"),
        ("Hendricks", "Okafor", "Delgado", "Whitaker", "Brennan", "Sorensen", "Mayfield", "Castillo"),
    ),
    "gb": (
        ("Callum", "Niamh", "Rhys", "Imogen", "Declan", "Harriet", "Owain", "Siobhan"),
        ("Pritchard", "Fenwick", "Gallagher", "Ashworth", "Morrow", "Tennant", "Blackwood", "Kearney"),
    ),
    "in": (
        ("Rohit", "Ishita", "Aniket", "Pooja", "Sandeep", "Meenal", "Harsh", "Lavanya"),
        ("Deshpande", "Chatterjee", "Iyer", "Malhotra", "Naidu", "Saxena", "Bhardwaj", "Pillai"),
    ),
    "de": (
        ("Jörg", "Ulrike", "Malte", "Svenja", "Till", "Anke", "Henrik", "Wiebke"),
        ("Brandt", "Vogt", "Kühn", "Seidel", "Haas", "Lorenz", "Pohl", "Engel"),
    ),
    "fr": (
        ("Mathis", "Solène", "Baptiste", "Maëlle", "Gaëtan", "Clémence", "Yann", "Ophélie"),
        ("Lefèvre", "Marchand", "Roussel", "Gauthier", "Perrin", "Caron", "Benoît", "Lemoine"),
    ),
    "es": (
        ("Iker", "Nerea", "Álvaro", "Ainhoa", "Rubén", "Itziar", "Sergio", "Rocío"),
        ("Ibáñez", "Castaño", "Barrios", "Salgado", "Peña", "Velasco", "Arroyo", "Cuesta"),
    ),
    "it": (
        ("Matteo", "Chiara", "Davide", "Ilaria", "Simone", "Beatrice", "Nicolò", "Federica"),
        ("Ferraro", "Galli", "Fontana", "Rinaldi", "Caruso", "Bellini", "Marchetti", "Sala"),
    ),
    "nl": (
        ("Bram", "Femke", "Joost", "Marieke", "Thijs", "Anouk", "Wouter", "Lotte"),
        ("Visser", "Brouwer", "Kok", "Dekker", "Hendriks", "Smit", "Mulder", "Vos"),
    ),
    "br": (
        ("Thiago", "Larissa", "Rafael", "Bianca", "Caio", "Juliana", "Vinícius", "Letícia"),
        ("Araújo", "Cardoso", "Moreira", "Teixeira", "Barbosa", "Nogueira", "Campos", "Rezende"),
    ),
}
MAIL = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "aol.com"),
    "en_GB": ("gmail.com", "btinternet.com", "yahoo.co.uk", "sky.com"),
    "en_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"),
    "en_AU": ("gmail.com", "bigpond.com", "optusnet.com.au"),
    "en_IE": ("gmail.com", "eircom.net", "hotmail.ie"),
    "de_DE": ("web.de", "gmx.de", "t-online.de", "posteo.de"),
    "de_AT": ("gmx.at", "aon.at", "chello.at"),
    "de_CH": ("bluewin.ch", "gmx.ch", "hispeed.ch"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    "fr_BE": ("skynet.be", "telenet.be", "proximus.be"),
    "fr_CH": ("bluewin.ch", "romandie.com"),
    "es_ES": ("telefonica.net", "hotmail.es", "yahoo.es", "gmail.com"),
    "it_IT": ("libero.it", "virgilio.it", "tiscali.it", "alice.it"),
    "it_CH": ("bluewin.ch", "ticino.com"),
    "nl_NL": ("ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl"),
    "nl_BE": ("telenet.be", "skynet.be"),
    "pt_BR": ("uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"),
}
ROLE_MAIL = {
    "en": (
        ("secretary", "treasurer", "bookings", "hello"),
        ("harbourrowers.org", "millbrookrepair.org", "eastsidestrings.org", "tidelinecleanup.org"),
    ),
    "de": (("vorstand", "kasse", "anmeldung", "info"), ("repaircafe-lindenau.de", "chor-elbtal.de")),
    "fr": (
        ("bureau", "tresorier", "inscriptions", "contact"),
        ("petanque-lesplatanes.fr", "videgrenier-ecole.fr"),
    ),
    "es": (("junta", "tesoreria", "inscripciones", "hola"), ("bancoalimentos-barrio.es", "coro-sanroque.es")),
    "it": (("segreteria", "cassa", "iscrizioni", "info"), ("cucina-parrocchia.it", "parcopulito.it")),
    "nl": (
        ("bestuur", "penningmeester", "aanmelden", "info"),
        ("burendag-hofje.nl", "fietstocht-goeddoel.nl"),
    ),
    "pt": (
        ("diretoria", "tesouraria", "inscricoes", "contato"),
        ("mutirao-praca.org.br", "futsalbairro.com.br"),
    ),
}
GREET = {
    "en": ("Hi everyone,", "Dear all,", "Hello folks,"),
    "hg": ("Namaste sab log,", "Hi friends,", "Sabko hello,"),
    "hi": ("सभी साथियों को नमस्कार,", "प्रिय सदस्यों,", "नमस्ते सबको,"),
    "de": ("Liebe Leute,", "Hallo zusammen,", "Moin allerseits,"),
    "fr": ("Bonjour à tous,", "Chers voisins,", "Salut tout le monde,"),
    "es": ("¡Hola a todos!", "Queridos vecinos:", "Buenas a todos,"),
    "it": ("Ciao a tutti,", "Cari amici,", "Buongiorno a tutti,"),
    "nl": ("Hoi allemaal,", "Beste buren,", "Hallo iedereen,"),
    "pt": ("Oi, pessoal!", "Olá a todos,", "Queridos vizinhos,"),
}
SIGN = {
    "en": ("Cheers,", "Many thanks,", "See you there,"),
    "hg": ("Milte hain,", "Thank you sabko,", "Cheers,"),
    "hi": ("धन्यवाद सहित,", "आपका,", "फिर मिलेंगे,"),
    "de": ("Viele Grüße,", "Bis bald,", "Herzliche Grüße,"),
    "fr": ("À bientôt,", "Bien à vous,", "Amicalement,"),
    "es": ("Un abrazo,", "Saludos,", "¡Nos vemos!"),
    "it": ("A presto,", "Un saluto,", "Grazie a tutti,"),
    "nl": ("Groetjes,", "Tot dan,", "Met vriendelijke groet,"),
    "pt": ("Abraços,", "Até lá,", "Obrigado a todos,"),
}
# genre key: (language, title, three filler paragraphs)
GENRES = {
    "repair_cafe": (
        "en",
        "Repair café – volunteers wanted",
        (
            "Bring one broken item each; we cannot promise miracles with microwaves.",
            "The soldering station will be by the window this time.",
            "Tea and flapjacks are free for anyone who helps sort the screws.",
        ),
    ),
    "orchestra_tour": (
        "en",
        "Community orchestra – summer tour",
        (
            "Music folders need to be back by the last rehearsal.",
            "The coach leaves from the leisure centre car park, so please be early.",
            "Black clothing for both concerts, and comfortable shoes for the walk.",
        ),
    ),
    "beach_cleanup": (
        "en",
        "Beach clean-up Saturday",
        (
            "Gloves and grabbers will be handed out at the slipway.",
            "Please separate the plastics from the glass as you go.",
            "If the tide turns early we will move up to the dunes.",
        ),
    ),
    "cycling_club": (
        "hg",
        "Colony cycling club – Sunday ride",
        (
            "Helmet ke bina koi ride nahi hogi, yeh pakka hai.",
            "Subah chai aur poha gate ke bahar milega.",
            "Jo naye log hain woh beech wale group mein rahenge.",
        ),
    ),
    "blood_camp": (
        "hg",
        "Society blood donation camp",
        (
            "Donate karne se pehle halka breakfast zaroor karna.",
            "Clubhouse ka AC theek karwa diya gaya hai.",
            "Sabko certificate aur juice milega.",
        ),
    ),
    "tree_planting": (
        "hi",
        "वृक्षारोपण अभियान",
        (
            "सभी लोग अपने साथ एक बाल्टी और खुरपी लाएँ।",
            "पौधे नर्सरी से सुबह सात बजे आ जाएँगे।",
            "बच्चों के लिए अलग क्यारी तय की गई है।",
        ),
    ),
    "health_camp": (
        "hi",
        "बुज़ुर्गों के लिए स्वास्थ्य शिविर",
        (
            "जाँच के लिए पुराने पर्चे साथ लेकर आएँ।",
            "सामुदायिक भवन में बैठने की पूरी व्यवस्था है।",
            "चाय और बिस्कुट का इंतज़ाम महिला मंडल करेगा।",
        ),
    ),
    "reparatur_cafe": (
        "de",
        "Repair-Café im Gemeindehaus",
        (
            "Bitte pro Person höchstens zwei Geräte mitbringen.",
            "Die Lötstation steht diesmal neben der Küche.",
            "Kuchenspenden sind wie immer sehr willkommen.",
        ),
    ),
    "chorfahrt": (
        "de",
        "Chorfahrt nach Leipzig",
        (
            "Die Noten bitte bis zur letzten Probe zurückgeben.",
            "Im Bus gilt: Gepäck nur im Kofferraum.",
            "Für das Konzert tragen alle Schwarz mit rotem Schal.",
        ),
    ),
    "vide_grenier": (
        "fr",
        "Vide-grenier de l'école",
        (
            "Les emplacements sont attribués dans l'ordre d'inscription.",
            "Pas de vente d'armes blanches ni d'animaux, merci.",
            "La buvette est tenue par les parents de CM2.",
        ),
    ),
    "petanque": (
        "fr",
        "Tournoi de pétanque du quartier",
        (
            "Les doublettes seront tirées au sort à neuf heures.",
            "Apportez vos boules, le cochonnet est fourni.",
            "Un barbecue est prévu à midi sous les platanes.",
        ),
    ),
    "banco_alimentos": (
        "es",
        "Banco de alimentos – gran recogida",
        (
            "Necesitamos sobre todo legumbres, aceite y leche.",
            "Los turnos son de dos horas en la puerta del súper.",
            "Llevad chaleco si lo tenéis; si no, os damos uno.",
        ),
    ),
    "coro_navidad": (
        "es",
        "Coro parroquial – concierto de Navidad",
        (
            "El ensayo general será el viernes en la iglesia.",
            "Las partituras nuevas están en la sacristía.",
            "Después del concierto habrá chocolate con churros.",
        ),
    ),
    "corso_cucina": (
        "it",
        "Corso di cucina in parrocchia",
        (
            "Ogni partecipante porti il proprio grembiule.",
            "La prima lezione sarà dedicata alla pasta fresca.",
            "Gli ingredienti sono compresi nella quota.",
        ),
    ),
    "pulizia_parco": (
        "it",
        "Pulizia del parco – giornata ecologica",
        (
            "Guanti e sacchi li fornisce il Comune.",
            "Ci troviamo al chiosco vicino all'ingresso sud.",
            "Alla fine merenda per tutti i volontari.",
        ),
    ),
    "burendag": (
        "nl",
        "Burendag in het hofje",
        (
            "We zetten de lange tafels in het midden van het plein.",
            "Iedereen neemt een gerecht mee om te delen.",
            "De kinderen mogen de bankjes opnieuw verven.",
        ),
    ),
    "fietstocht": (
        "nl",
        "Fietstocht voor het goede doel",
        (
            "De route is veertig kilometer en grotendeels vlak.",
            "Onderweg is er een stop bij de molen.",
            "Vergeet je bidon en regenjas niet.",
        ),
    ),
    "mutirao": (
        "pt",
        "Mutirão de limpeza da praça",
        (
            "Traga luvas e garrafinha de água.",
            "A prefeitura vai recolher os sacos no fim da tarde.",
            "Depois tem lanche coletivo perto do coreto.",
        ),
    ),
    "futsal": (
        "pt",
        "Campeonato de futsal do bairro",
        (
            "Cada time precisa de pelo menos oito inscritos.",
            "Os jogos serão na quadra da escola estadual.",
            "Juiz e bola ficam por conta da organização.",
        ),
    ),
}


def genres_for(lang):
    return [k for k, v in GENRES.items() if v[0] == lang]


DECIMAL_COMMA = ("de", "fr", "es", "it", "nl", "pt")


def fmt(value, decimals, lang):
    """A number in the language's decimal and thousands style."""
    s = f"{value:,.{decimals}f}"
    if lang in DECIMAL_COMMA:
        thou = " " if lang == "fr" else "."
        s = s.replace(",", "\0").replace(".", ",").replace("\0", thou)
    return s
