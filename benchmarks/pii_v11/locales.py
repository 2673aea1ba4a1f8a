"""Locales of v11: language, number plan, people, towns and e-mail habits, all our own short lists.

`plan` is the region whose announced, roster, national and service numbers a document holds; `own` is
the writer's country where it differs (Austrians in Munich, Belgians in Lille, Australians in London ...):
those numbers only ever appear in international form.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Locale:
    code: str
    lang: str
    plan: str
    own: str
    people: str
    domains: tuple[str, ...]
    tld: str
    ibans: tuple[str, ...]


def _loc(code, lang, plan, own, people, domains, tld, ibans=()):
    return Locale(code, lang, plan, own, people, tuple(domains.split()), tld, tuple(ibans))


LOCALES = {
    loc.code: loc
    for loc in (
        _loc(
            "en_US",
            "en",
            "US",
            "US",
            "us",
            "gmail.com yahoo.com outlook.com comcast.net icloud.com att.net",
            "org",
        ),
        _loc(
            "en_GB",
            "en",
            "GB",
            "GB",
            "gb",
            "btinternet.com gmail.com hotmail.co.uk sky.com yahoo.co.uk",
            "org.uk",
            ("GB",),
        ),
        _loc("en_IN", "en", "IN", "IN", "in", "gmail.com rediffmail.com yahoo.co.in outlook.com", "in"),
        _loc(
            "en_AU",
            "en",
            "GB",
            "AU",
            "au",
            "bigpond.com gmail.com outlook.com optusnet.com.au",
            "org.uk",
            ("GB",),
        ),
        _loc("en_IE", "en", "GB", "IE", "ie", "eircom.net gmail.com hotmail.com", "org.uk", ("GB", "IE")),
        _loc(
            "de_DE",
            "de",
            "DE",
            "DE",
            "de",
            "web.de gmx.de t-online.de posteo.de gmail.com freenet.de",
            "de",
            ("DE",),
        ),
        _loc("de_AT", "de", "DE", "AT", "at", "gmx.at aon.at chello.at gmail.com", "de", ("AT", "DE")),
        _loc("de_CH", "de", "DE", "CH", "ch", "bluewin.ch gmx.ch sunrise.ch gmail.com", "de", ("CH", "DE")),
        _loc(
            "fr_FR", "fr", "FR", "FR", "fr", "orange.fr free.fr laposte.net sfr.fr wanadoo.fr", "fr", ("FR",)
        ),
        _loc(
            "fr_BE", "fr", "FR", "BE", "be", "skynet.be telenet.be proximus.be gmail.com", "fr", ("BE", "FR")
        ),
        _loc("fr_CH", "fr", "FR", "CH", "ch", "bluewin.ch gmx.ch sunrise.ch", "fr", ("CH", "FR")),
        _loc("es_ES", "es", "ES", "ES", "es", "gmail.com telefonica.net hotmail.es yahoo.es", "es", ("ES",)),
        _loc(
            "it_IT",
            "it",
            "IT",
            "IT",
            "it",
            "libero.it tiscali.it alice.it virgilio.it gmail.com",
            "it",
            ("IT",),
        ),
        _loc("it_CH", "it", "IT", "CH", "ch", "bluewin.ch ticino.com gmail.com", "it", ("CH", "IT")),
        _loc(
            "nl_NL",
            "nl",
            "NL",
            "NL",
            "nl",
            "ziggo.nl kpnmail.nl planet.nl hetnet.nl gmail.com",
            "nl",
            ("NL",),
        ),
        _loc("nl_BE", "nl", "NL", "BE", "be", "telenet.be skynet.be gmail.com", "nl", ("BE", "NL")),
        _loc(
            "pt_BR", "pt", "BR", "BR", "br", "uol.com.br bol.com.br terra.com.br gmail.com", "com.br", ("BR",)
        ),
    )
}

PEOPLE = {
    "us": (
        "Tanya Brooke Darnell Kyle Shauna Wes Marisol Trent Jolene Dwayne Kendra Cody",
        "Kowalski Haynes Whitfield Delgado Pruitt Oakley Brennan Castellano Yoder Tidwell",
    ),
    "gb": (
        "Gemma Alistair Bryony Declan Hattie Rhys Nigel Philippa Callum Imogen Gareth Maureen",
        "Pilkington Ashworth Fairbrother Trelawney Huxley Gough Abernethy Catchpole Maddox Pennington",
    ),
    "in": (
        "Aditi Rohan Meenakshi Sandeep Kavya Harsh Lalitha Tanmay Farhan Pooja Venkat Gurpreet",
        "Kulkarni Banerjee Menon Chaudhary Pillai Deshpande Saxena Qureshi Gill Rao",
    ),
    "au": (
        "Shane Kylie Bronwyn Dale Tahlia Brett Narelle Jarrod Lachlan Sheree",
        "McAlister Doherty Kovac Penrose Whitlam Ridley Tanner Fitzroy",
    ),
    "ie": (
        "Siobhán Cathal Niamh Tadhg Aoife Eoin Gráinne Darragh Orla Ciarán",
        "Ó Briain McGuinness Hennessy Lenihan Breslin Mac Donncha Kinsella Prendergast",
    ),
    "de": (
        "Jutta Heiko Anke Torsten Svenja Ralf Dörte Malte Birgit Jens Frauke Uwe",
        "Brinkmann Wessels Pohl Lindemann Kröger Seidel Hartwig Vollmer Ebert Kuhnert",
    ),
    "at": (
        "Resi Florian Vroni Sepp Kathi Lukas Hanni Ferdl Magdalena Gerhard",
        "Huber Pichler Moser Leitner Gruber Steiner Wimmer Aigner",
    ),
    "ch": (
        "Urs Regula Beat Vreni Reto Nadia Ueli Corinne Flurin Ladina",
        "Brunner Baumgartner Zürcher Käser Meili Favre Rossetti Gisler",
    ),
    "fr": (
        "Sylvie Thierry Maëlle Bruno Nathalie Gaëtan Chantal Yannick Solène Hervé Odile Loïc",
        "Lefebvre Garnier Chevallier Roussel Marchand Perrin Fabre Guillot Leclerc Barbier",
    ),
    "be": (
        "Wim Els Jozef Griet Thibaut Anaïs Koen Sofie Benoît Nele",
        "Peeters Janssens Dubois Claes Lambert Wouters Maes Dupont",
    ),
    "es": (
        "Inmaculada Borja Rocío Íñigo Montse Álvaro Pilar Xavi Nerea Ramón Lucía Javi",
        "Etxeberria Castaño Vidal Montero Ibáñez Quintana Salazar Ferrer Aranda Pons",
    ),
    "it": (
        "Ornella Ettore Rosalba Gianni Chiara Dario Loredana Pietro Ilaria Franco Agnese Mirko",
        "Bianchi Colombo Esposito Ferraro Galli Marchetti Rinaldi Santoro Vitale Zanetti",
    ),
    "nl": (
        "Marloes Bart Ineke Sjoerd Femke Ruud Anouk Gert Liesbeth Thijs Wendy Jeroen",
        "de Boer van Dijk Visser Mulder Bos Smit Hendriks Dekker van Leeuwen Brouwer",
    ),
    "br": (
        "Luciana Rodrigo Tatiana Wagner Patrícia Anderson Cleide Thiago Rosângela Diego Jussara Marcos",
        "Nascimento Carvalho Rocha Teixeira Moreira Barbosa Cardoso Pinto Araújo Monteiro",
    ),
}

TOWNS = {
    "en_US": ("Cedar Falls", "Maple Grove", "Brookhaven", "Millbrook", "Riverton", "Fairview"),
    "en_GB": ("Little Snoring", "Upper Slaughter", "Hebden Bridge", "Much Wenlock", "Ashby", "Thornbury"),
    "en_IN": ("Indiranagar", "Salt Lake", "Kothrud", "Dwarka", "Adyar", "Gomti Nagar"),
    "en_AU": ("Putney", "Earls Court", "Shepherd's Bush", "Acton"),
    "en_IE": ("Kilburn", "Camden", "Derry", "Newry", "Cricklewood"),
    "de_DE": ("Lüdenscheid", "Bad Oldesloe", "Wunstorf", "Kamen", "Sinsheim", "Plauen"),
    "de_AT": ("München-Giesing", "Rosenheim", "Passau"),
    "de_CH": ("Stuttgart", "Konstanz", "Freiburg"),
    "fr_FR": ("Quimperlé", "Millau", "Dole", "Auxerre", "Cholet", "Mâcon"),
    "fr_BE": ("Lille", "Roubaix", "Maubeuge"),
    "fr_CH": ("Annecy", "Thonon", "Besançon"),
    "es_ES": ("Cuenca", "Teruel", "Ourense", "Lorca", "Jaca", "Úbeda"),
    "it_IT": ("Cremona", "Ascoli", "Matera", "Rovigo", "Sondrio", "Lucca"),
    "it_CH": ("Milano", "Como", "Varese"),
    "nl_NL": ("Zwolle", "Hoorn", "Deventer", "Assen", "Tiel", "Meppel"),
    "nl_BE": ("Breda", "Terneuzen", "Maastricht"),
    "pt_BR": ("Campinas", "Juiz de Fora", "Londrina", "Feira de Santana", "Caxias do Sul", "Petrópolis"),
}

CITIES = {
    "US": ("Denver", "Boise", "Tucson", "Omaha"),
    "GB": ("Leeds", "Swansea", "Norwich", "Carlisle"),
    "DE": ("Köln", "Leipzig", "Rostock", "Kassel"),
    "NL": ("Utrecht", "Leeuwarden", "Enschede"),
    "BR": ("Recife", "Manaus", "Curitiba"),
    "IN": ("Pune", "Kochi", "Jaipur"),
    "FR": ("Lyon", "Rennes", "Nancy", "Perpignan"),
    "ES": ("Sevilla", "Bilbao", "Valencia"),
    "IT": ("Torino", "Bari", "Verona", "Trieste"),
    "CH": ("Luzern", "Lausanne", "Lugano", "Chur"),
    "AT": ("Graz", "Linz", "Innsbruck"),
    "BE": ("Gent", "Namur", "Leuven"),
    "AU": ("Perth", "Adelaide", "Hobart"),
    "IE": ("Galway", "Cork", "Sligo"),
}

ROLES = {
    "en": ("info", "bookings", "secretary", "treasurer", "volunteers", "hello", "committee"),
    "de": ("info", "vorstand", "kasse", "kontakt", "anmeldung", "orga"),
    "fr": ("contact", "bureau", "tresorier", "inscriptions", "accueil"),
    "es": ("info", "secretaria", "tesoreria", "inscripciones", "junta"),
    "it": ("info", "segreteria", "tesoriere", "iscrizioni", "direttivo"),
    "nl": ("info", "secretariaat", "penningmeester", "aanmelden", "bestuur"),
    "pt": ("contato", "secretaria", "tesouraria", "inscricoes", "diretoria"),
}

# Weights for drawing a document's locale (documents with values and genre negatives alike).
LOCALE_WEIGHTS = {
    "en_US": 60,
    "en_GB": 68,
    "en_IN": 52,
    "en_AU": 10,
    "en_IE": 11,
    "de_DE": 70,
    "de_AT": 14,
    "de_CH": 14,
    "fr_FR": 50,
    "fr_BE": 11,
    "fr_CH": 9,
    "es_ES": 36,
    "it_IT": 37,
    "it_CH": 7,
    "nl_NL": 47,
    "nl_BE": 11,
    "pt_BR": 36,
}


def names(loc: Locale) -> tuple[list[str], list[str]]:
    first, last = PEOPLE[loc.people]
    lasts = last.split()
    # surnames with particles ("de Boer", "Ó Briain", "Mac Donncha") are kept together
    joined, i = [], 0
    while i < len(lasts):
        if lasts[i] in ("de", "van", "Ó", "Mac") and i + 1 < len(lasts):
            joined.append(lasts[i] + " " + lasts[i + 1])
            i += 2
        else:
            joined.append(lasts[i])
            i += 1
    return first.split(), joined


def role_lang(lang: str) -> str:
    return lang if lang in ROLES else "en"
