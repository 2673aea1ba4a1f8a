"""Locales, their number plans, people and places (all lists written for this set)."""

# locale -> (home region, plan for local/roster/national numbers, label language, people key)
LOCALES = {
    "en_US": ("US", "US", "en", "us"),
    "en_GB": ("GB", "GB", "en", "gb"),
    "en_IN": ("IN", "IN", "en", "in"),
    "en_AU": ("AU", "GB", "en", "au"),
    "en_IE": ("IE", "GB", "en", "ie"),
    "de_DE": ("DE", "DE", "de", "de"),
    "de_AT": ("AT", "DE", "de", "at"),
    "de_CH": ("CH", "DE", "de", "ch"),
    "fr_FR": ("FR", "FR", "fr", "fr"),
    "fr_BE": ("BE", "FR", "fr", "fr"),
    "fr_CH": ("CH", "FR", "fr", "fr"),
    "es_ES": ("ES", "ES", "es", "es"),
    "it_IT": ("IT", "IT", "it", "it"),
    "nl_NL": ("NL", "NL", "nl", "nl"),
    "nl_BE": ("BE", "NL", "nl", "nl"),
    "pt_BR": ("BR", "BR", "pt", "br"),
}

# share of positive documents per locale
WEIGHTS = {
    "en_US": 14,
    "en_GB": 17,
    "en_IN": 12,
    "en_AU": 2,
    "en_IE": 2,
    "de_DE": 13,
    "de_AT": 1.5,
    "de_CH": 1.5,
    "fr_FR": 10,
    "fr_BE": 1.5,
    "fr_CH": 1,
    "es_ES": 6,
    "it_IT": 6,
    "nl_NL": 7,
    "nl_BE": 1.5,
    "pt_BR": 6,
}

FIRST = {
    "us": "Brandon Tiffany Marcus Shelby Dwayne Courtney Travis Latoya Kyle Brianna Wesley Jolene Hector",
    "gb": "Gareth Siobhan Nigel Fiona Callum Bethan Rhys Imogen Declan Harriet Stuart Lorna Owain",
    "in": "Ramesh Sunita Vikram Pooja Arvind Kavya Harish Meenakshi Sanjay Deepika Naveen Shalini Tarun",
    "au": "Bronwyn Lachlan Shane Kylie Mitchell Tegan Brodie Leanne Darcy Jacinta",
    "ie": "Padraig Aoife Eoin Niamh Cathal Orla Ronan Sinead Ciaran Grainne",
    "de": "Jürgen Heike Torsten Birgit Uwe Anke Matthias Silke Dirk Kerstin Holger Gudrun Lars Wiebke",
    "at": "Florian Theresa Markus Verena Alois Johanna Stefan Magdalena",
    "ch": "Urs Regula Beat Esther Reto Doris Andri Corinne",
    "fr": "Thierry Sylvie Benoît Nathalie Didier Véronique Gaël Régis Solène Hervé Coralie Yannick Aurélie",
    "es": "Iñaki Montserrat Álvaro Rocío Jordi Nerea Sergio Amparo Rubén Itziar Gonzalo Pilar Unai Begoña",
    "it": "Gianluca Federica Massimo Chiara Ottavio Ilaria Rocco Benedetta Saverio Marta Tiziano Rosalba",
    "nl": "Joost Marieke Sander Femke Wouter Ilse Bram Lotte Gijs Anouk Ruud Esther Teun Mirjam",
    "br": "Thiago Luana Rodrigo Fernanda Caio Jéssica Wagner Priscila Leandro Tainá Everton Daiane Renan",
}

LAST = {
    "us": "Hollister,Dunbar,Kowalski,Reyes,Whitfield,Oyelaran,Castellano,Pruitt,Lindqvist,Beaumont,Tran",
    "gb": "Ashworth,Pennington,Llewellyn,Brackley,Murgatroyd,Okonjo,Fairbairn,Thwaite,Hargreaves,Nuttall",
    "in": "Raghunathan,Deshpande,Chatterjee,Bhatnagar,Kulkarni,Venkatesan,Saxena,Iyengar,Malhotra,Patnaik",
    "au": "Fitzgerald,Haddad,Nguyen,McAlister,Papadopoulos,Kerr,Whitlam",
    "ie": "Ó Dónaill,Gallagher,McLaughlin,Boyle,Doherty,Mac Giolla Bhríde",
    "de": "Brinkmann,Hoffmeister,Lindemann,Kowalczyk,Zimmermann,Oehlschläger,Petersen,Yilmaz,Kühne",
    "at": "Hofbauer,Gruber,Pichler,Steinwender,Moser,Aigner",
    "ch": "Brunner,Zürcher,Gisler,Baumgartner,Ammann,Rüegg",
    "fr": "Lefebvre,Marchand,Guillot,Benhamou,Rousseau,Tessier,Le Goff,Morvan,Chauvet,Delacroix",
    "es": "Echeverría,Sanchís,Olmedo,Barrachina,Carrasco,Urquiza,Villanueva,Montoya,Ferrándiz",
    "it": "Bianchini,Lombardo,Esposito,Carbone,Ferraris,De Santis,Marchetti,Russo,Pellegrini",
    "nl": "van Dijk,de Graaf,Bosman,Hoekstra,van der Linden,Veenstra,Mulder,Kuipers,Smit",
    "br": "Albuquerque,Nogueira,Cavalcanti,Figueiredo,Siqueira,Barbosa,Teixeira,Mendonça,Rocha",
}

TOWNS = {
    "us": "Bozeman,Asheville,Duluth,Tulsa,Boise,Chattanooga,Sheboygan,Yakima,Lubbock,Bangor,Frederick",
    "gb": "Keswick,Hexham,Ludlow,Whitby,Stroud,Bideford,Kendal,Frome,Alnwick,Bakewell,Ilkley,Penrith",
    "in": "Nashik,Mysuru,Indore,Coimbatore,Bhopal,Vadodara,Dehradun,Madurai,Jaipur,Lucknow,Thrissur",
    "au": "Ealing,Clapham,Shepherd's Bush,Earls Court,Putney,Wimbledon",
    "ie": "Letterkenny,Buncrana,Strabane,Derry,Dungloe,Moville",
    "de": "Bamberg,Lüneburg,Tübingen,Göttingen,Hameln,Zwickau,Wismar,Passau,Marburg,Bautzen,Landshut",
    "at": "Villach,Dornbirn,Wels,Krems,Leoben,Bregenz",
    "ch": "Thun,Chur,Aarau,Winterthur,Zug,Frauenfeld",
    "fr": "Quimper,Vannes,Annecy,Colmar,Périgueux,Albi,Niort,Dole,Sète,Laval,Rodez,Saumur",
    "be": "Namur,Liège,Mons,Arlon,Wavre,Dinant",
    "fch": "Fribourg,Neuchâtel,Sion,Yverdon,Nyon,Delémont",
    "es": "Teruel,Logroño,Cáceres,Lugo,Gandía,Huesca,Ronda,Tarazona,Soria,Lorca",
    "it": "Mantova,Lecce,Pistoia,Ascoli,Faenza,Cremona,Matera,Trento,Urbino,Rovigo",
    "nl": "Zwolle,Deventer,Alkmaar,Assen,Gouda,Hoorn,Roermond,Meppel,Sneek,Tiel,Vlissingen",
    "nbe": "Mechelen,Aalst,Kortrijk,Hasselt,Lier,Geel",
    "br": "Campinas,Juiz de Fora,Londrina,Petrópolis,Sorocaba,Joinville,Maringá,Ilhéus,Caruaru",
}

# role words for role mailboxes, by label language
ROLE = {
    "en": "info office bookings secretary treasurer hello admin enquiries",
    "de": "info kontakt vorstand kasse buero anmeldung verwaltung",
    "fr": "contact accueil secretariat bureau inscriptions tresorerie",
    "es": "info secretaria contacto reservas tesoreria administracion",
    "it": "info segreteria contatti prenotazioni amministrazione",
    "nl": "info secretariaat contact bestuur penningmeester administratie",
    "pt": "contato secretaria atendimento financeiro reservas",
}

MAIL_DOMAINS = {
    "us": "gmail.com yahoo.com outlook.com comcast.net icloud.com att.net",
    "gb": "btinternet.com gmail.com hotmail.co.uk sky.com outlook.com virginmedia.com",
    "in": "gmail.com rediffmail.com yahoo.co.in outlook.com",
    "au": "bigpond.com gmail.com optusnet.com.au",
    "ie": "eircom.net gmail.com",
    "de": "gmx.de web.de t-online.de posteo.de freenet.de",
    "at": "gmx.at aon.at",
    "ch": "bluewin.ch gmx.ch",
    "fr": "orange.fr free.fr laposte.net sfr.fr wanadoo.fr",
    "es": "telefonica.net gmail.com hotmail.es yahoo.es",
    "it": "libero.it tiscali.it alice.it virgilio.it",
    "nl": "ziggo.nl kpnmail.nl xs4all.nl hetnet.nl",
    "br": "uol.com.br bol.com.br terra.com.br gmail.com",
}

ORG_TLD = {"us": "org", "gb": "org.uk", "in": "in", "au": "com.au", "ie": "ie", "de": "de", "at": "at"}
ORG_TLD.update({"ch": "ch", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "br": "org.br"})

# headings that announce a roster's phone column
ROSTER_HEAD = {
    "en": ["Phone", "Tel.", "Contact number", "Number to ring"],
    "hinglish": ["Phone no.", "Contact", "Mobile / phone"],
    "hi": ["फ़ोन", "संपर्क नंबर"],
    "de": ["Telefon", "Tel.", "Rufnummer", "Erreichbar unter"],
    "fr": ["Téléphone", "Tél.", "Numéro", "Joignable au"],
    "es": ["Teléfono", "Tlf.", "Número", "Móvil / fijo"],
    "it": ["Telefono", "Tel.", "Recapito", "Numero"],
    "nl": ["Telefoon", "Tel.", "Nummer", "Bereikbaar op"],
    "pt": ["Telefone", "Tel.", "Contato", "Fone"],
}


def people_key(locale):
    return LOCALES[locale][3]


def town_key(locale):
    return {"fr_BE": "be", "fr_CH": "fch", "nl_BE": "nbe"}.get(locale, people_key(locale))


def name(rng, locale, full=True):
    k = people_key(locale)
    first = rng.choice(FIRST[k].split())
    if not full:
        return first
    last = LAST[k].split(",")
    return first + " " + rng.choice(last)


def town(rng, locale):
    return rng.choice(TOWNS[town_key(locale)].split(","))
