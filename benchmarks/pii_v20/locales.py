"""Locales, people, mail domains, greetings, sign-offs and v20's prose genres (title and fillers)."""
# ruff: noqa: E501
# (long literal lines of document text, kept whole so that the data reads as written)

LOCALES = {  # locale: (language, phone plan, own country or None, IBAN country or None, weight)
    "en_US": ("en", "US", None, None, 14),
    "en_GB": ("en", "GB", None, "GB", 10),
    "en_IN": ("en", "IN", None, None, 15),
    "en_AU": ("en", "GB", "AU", "GB", 3),
    "en_IE": ("en", "GB", "IE", "IE", 3),
    "de_DE": ("de", "DE", None, "DE", 9),
    "de_AT": ("de", "DE", "AT", "AT", 2),
    "de_CH": ("de", "DE", "CH", "CH", 3),
    "fr_FR": ("fr", "FR", None, "FR", 8),
    "fr_BE": ("fr", "FR", "BE", "BE", 2),
    "fr_CH": ("fr", "FR", "CH", "CH", 3),
    "es_ES": ("es", "ES", None, "ES", 9),
    "it_IT": ("it", "IT", None, "IT", 7),
    "it_CH": ("it", "IT", "CH", "CH", 2),
    "nl_NL": ("nl", "NL", None, "NL", 7),
    "nl_BE": ("nl", "NL", "BE", "BE", 3),
    "pt_BR": ("pt", "BR", None, "BR", 7),
}

PEOPLE = {  # first names | last names
    "en_US": (
        "Tyler Brianna Marcus Kayla Derek Shannon Cody Latoya",
        "Kowalski Ramirez Jefferson Novak Whitaker Boone Dunn Castillo",
    ),
    "en_GB": (
        "Callum Niamh Rhys Imogen Gareth Harriet Alfie Poppy",
        "Pritchard Holloway Ashworth Entwistle Barraclough Cartwright Hughes Shaw",
    ),
    "en_IN": (
        "Vikram Meenakshi Arjun Kavya Siddharth Ishita Rohan Pallavi",
        "Iyer Chatterjee Deshpande Malhotra Reddy Banerjee Kulkarni Saxena",
    ),
    "de": (
        "Jörg Ulrike Mirko Svenja Torsten Annegret Lennart Henrike",
        "Schäfer Brandt Kühn Vogel Lindner Albrecht Wendt Sommer",
    ),
    "fr": (
        "Gaëlle Yannick Solène Baptiste Maëlys Grégoire Clémence Loïc",
        "Lefèvre Marchand Chevalier Perrin Rousseau Gauthier Faure Brun",
    ),
    "es": (
        "Iñaki Nerea Rocío Álvaro Maite Gonzalo Ainhoa Fermín",
        "Ibáñez Etxeberria Castaño Robles Quintana Salinas Ferrer Gil",
    ),
    "it": (
        "Gianluca Ornella Tommaso Benedetta Ettore Arianna Nicolò Ilaria",
        "Ferraro Barbieri Colombo Rinaldi Caruso Mancini Gallo Fontana",
    ),
    "nl": (
        "Sander Femke Joost Marloes Thijs Ilse Wouter Noor",
        "Bakker van Dijk Smit Mulder de Graaf Visser Kuipers Brouwer",
    ),
    "pt": (
        "Thiago Luana Rafael Bianca Caio Jéssica Vinícius Larissa",
        "Albuquerque Nogueira Teixeira Cavalcanti Moura Pires Barros Rocha",
    ),
}


def people(locale):
    key = locale if locale in PEOPLE else ("en_GB" if locale.startswith("en") else locale[:2])
    first, last = PEOPLE[key]
    lasts = last.split()
    if key == "nl":
        lasts = ["Bakker", "van Dijk", "Smit", "Mulder", "de Graaf", "Visser", "Kuipers", "Brouwer"]
    return first.split(), lasts


MAIL = {
    "en_US": "gmail.com yahoo.com outlook.com comcast.net",
    "en_GB": "btinternet.com gmail.com sky.com",
    "en_IN": "rediffmail.com yahoo.co.in gmail.com",
    "en_AU": "bigpond.com gmail.com optusnet.com.au",
    "en_IE": "eircom.net gmail.com",
    "de_DE": "web.de gmx.de t-online.de",
    "de_AT": "gmx.at aon.at",
    "de_CH": "bluewin.ch gmx.ch",
    "fr_FR": "orange.fr free.fr laposte.net",
    "fr_BE": "skynet.be gmail.com",
    "fr_CH": "bluewin.ch gmail.com",
    "es_ES": "telefonica.net gmail.com hotmail.es",
    "it_IT": "libero.it virgilio.it tiscali.it",
    "it_CH": "bluewin.ch gmail.com",
    "nl_NL": "ziggo.nl kpnmail.nl gmail.com",
    "nl_BE": "telenet.be gmail.com",
    "pt_BR": "uol.com.br bol.com.br gmail.com",
}

ROLES = {
    "en": "chair treasurer allotments lostandfound swap info",
    "de": "vorstand laternen info helfer kasse",
    "fr": "bureau voisins atelier contact tresorier",
    "es": "junta intercambio montana socios tesoreria",
    "it": "segreteria lettura sagra info cassa",
    "nl": "bestuur vrijmarkt moestuin info penningmeester",
    "pt": "diretoria festa capoeira contato tesouraria",
}
CLUB_DOMAINS = {
    "en": "elmroad-allotments.org.uk bookswap-club.org catwatch-street.net",
    "de": "laterne-kita-sonnenschein.de nachbarn-hilft.de",
    "fr": "voisins-du-canal.fr atelier-fil-rouge.fr",
    "es": "montanerosdelnorte.es intercambio-barrio.es",
    "it": "circolo-lettori.it sagra-castagna.it",
    "nl": "vrijmarkt-oost.nl schooltuin-de-linde.nl",
    "pt": "festajunina-escola.com.br capoeira-vila.org.br",
}

GREET = {
    "en": ["Hello neighbours,", "Dear members,", "Hi everyone,"],
    "hg": ["Namaste sab log,", "Hello dosto,"],
    "hi": ["नमस्ते साथियों,", "प्रिय सदस्यों,"],
    "de": ["Liebe Nachbarinnen und Nachbarn,", "Hallo zusammen,"],
    "fr": ["Chers voisins,", "Bonjour tout le monde,"],
    "es": ["Hola, vecinos:", "Queridos socios:"],
    "it": ["Cari soci,", "Ciao a tutti,"],
    "nl": ["Beste buren,", "Hoi allemaal,"],
    "pt": ["Oi, pessoal,", "Queridos vizinhos,"],
}
SIGN = {
    "en": ["Cheers,", "Best wishes,"],
    "hg": ["Dhanyavaad,", "Milte hain,"],
    "hi": ["सादर,", "आपका,"],
    "de": ["Viele Grüße", "Bis dann"],
    "fr": ["Amitiés,", "À bientôt,"],
    "es": ["Un abrazo,", "Saludos,"],
    "it": ["Un saluto,", "A presto,"],
    "nl": ["Groetjes,", "Tot dan,"],
    "pt": ["Abraços,", "Até lá,"],
}

# language: [(key, title, [three fillers])]
GENRES = {
    "en": [
        (
            "allotment_agm",
            "Allotment society – AGM",
            [
                "The AGM starts at half seven in the pavilion; tea and biscuits from seven.",
                "We will vote on the new water troughs and on the hedge along the railway side.",
                "Please bring your rent book if you have not paid for this season yet.",
            ],
        ),
        (
            "lost_cat",
            "Lost cat – please check your sheds",
            [
                "Pepper is a small tabby with one white paw and a red collar.",
                "She slipped out on Tuesday evening and has not been seen since the bins went out.",
                "If you spot her, do not chase her; she is shy but will come to a shaken treat bag.",
            ],
        ),
        (
            "book_swap",
            "Book swap at the branch library",
            [
                "Bring up to five books in good condition and take the same number home.",
                "Children's books go on the low shelves by the window this time.",
                "Anything left at the end goes to the hospital trolley.",
            ],
        ),
    ],
    "hg": [
        (
            "diwali_mela",
            "Society Diwali mela – stall booking",
            [
                "Mela Saturday shaam chhe baje se clubhouse lawn mein hoga.",
                "Har stall ke liye ek table aur do kursiyan milengi, extension board khud laana.",
                "Rangoli competition ke naam Friday tak de dena.",
            ],
        ),
        (
            "tank_cleaning",
            "Building water tank cleaning",
            [
                "Overhead tank ki safai Sunday subah hogi, das baje tak paani band rahega.",
                "Buckets pehle se bhar ke rakh lena, lift bhi ek ghante band rahegi.",
                "Safai ke baad chlorine test ka result notice board pe lagega.",
            ],
        ),
    ],
    "hi": [
        (
            "pustak_mela",
            "पुस्तक मेला",
            [
                "मेला स्कूल के बड़े हॉल में शनिवार और रविवार को लगेगा।",
                "पुरानी किताबें दान करनी हों तो गुरुवार तक पुस्तकालय में जमा कर दें।",
                "बच्चों के लिए कहानी सुनाने का सत्र दोपहर तीन बजे होगा।",
            ],
        ),
        (
            "yoga_shivir",
            "योग शिविर",
            [
                "शिविर पार्क में सुबह छह बजे से सात बजे तक चलेगा।",
                "अपनी दरी और पानी की बोतल साथ लाएँ।",
                "बारिश होने पर शिविर सामुदायिक भवन में होगा।",
            ],
        ),
    ],
    "de": [
        (
            "laternenumzug",
            "Laternenumzug der Kita",
            [
                "Wir treffen uns um 17 Uhr am Tor der Kita, der Zug geht einmal um den Teich.",
                "Für Punsch und Brezeln sorgt der Elternbeirat, Becher bitte selbst mitbringen.",
                "Bei Sturm fällt der Umzug aus, wir singen dann drinnen.",
            ],
        ),
        (
            "schneeschippen",
            "Nachbarschaftshilfe beim Schneeschippen",
            [
                "Wer älteren Nachbarn den Gehweg freiräumen kann, trägt sich bitte in die Liste ein.",
                "Streusalz liegt im Keller von Haus Nummer drei.",
                "Schaufeln leihen wir gern aus, bitte danach wieder zurückstellen.",
            ],
        ),
    ],
    "fr": [
        (
            "fete_voisins",
            "Fête des voisins dans la cour",
            [
                "On installe les tables dans la cour à partir de 18 h, chacun apporte un plat.",
                "Les enfants peuvent dessiner à la craie sur le trottoir, c'est autorisé.",
                "En cas de pluie, on se replie dans le hall du bâtiment B.",
            ],
        ),
        (
            "atelier_couture",
            "Atelier couture du mercredi",
            [
                "L'atelier reprend mercredi dans la petite salle de la mairie annexe.",
                "Apportez vos ourlets à reprendre, les machines sont sur place.",
                "Les chutes de tissu sont à donner, pas à jeter.",
            ],
        ),
    ],
    "es": [
        (
            "intercambio",
            "Intercambio de idiomas en el bar",
            [
                "Nos vemos los jueves a las ocho en la terraza del bar de la plaza.",
                "Media hora en español y media hora en inglés, y luego lo que salga.",
                "No hace falta apuntarse, pero avisad si venís en grupo.",
            ],
        ),
        (
            "excursion_monte",
            "Excursión del club de montaña",
            [
                "Salimos el domingo a las siete desde el polideportivo.",
                "La ruta tiene unos 14 km y un desnivel moderado; llevad agua y botas.",
                "La comida es de mochila, en el refugio no sirven nada.",
            ],
        ),
    ],
    "it": [
        (
            "gruppo_lettura",
            "Gruppo di lettura in biblioteca",
            [
                "Ci vediamo il primo martedì del mese nella sala al piano terra.",
                "Questo mese discutiamo il romanzo scelto a gennaio, portate le vostre note.",
                "Il caffè lo offre la biblioteca, i biscotti chi vuole.",
            ],
        ),
        (
            "sagra_castagna",
            "Sagra della castagna",
            [
                "La sagra si tiene in piazza sabato e domenica, dalle dieci a sera.",
                "Servono volontari per le caldarroste e per lo stand dei dolci.",
                "Le offerte raccolte vanno al restauro del campanile.",
            ],
        ),
    ],
    "nl": [
        (
            "vrijmarkt",
            "Vrijmarkt op Koningsdag",
            [
                "Kleedjes mogen vanaf zes uur 's ochtends op de stoep, niet eerder.",
                "Laat de doorgang voor de brandweer vrij en neem je afval mee.",
                "De buurtvereniging verkoopt koffie en tompouces bij de speeltuin.",
            ],
        ),
        (
            "moestuin",
            "Moestuin van de basisschool",
            [
                "De leerlingen van groep zes planten deze week de aardappels.",
                "In de zomervakantie zoeken we ouders die om beurten water geven.",
                "Het gereedschap staat in de groene kist achter het fietsenhok.",
            ],
        ),
    ],
    "pt": [
        (
            "festa_junina",
            "Festa junina da escola",
            [
                "A festa é no sábado, a partir das quatro, na quadra da escola.",
                "Cada família leva um prato típico; a pipoca fica por conta da diretoria.",
                "A quadrilha das crianças começa às seis em ponto.",
            ],
        ),
        (
            "capoeira",
            "Aula de capoeira no centro comunitário",
            [
                "As aulas são terça e quinta, às sete da noite, no salão de baixo.",
                "Não precisa de experiência, só roupa confortável e vontade.",
                "O berimbau novo chegou, venham conhecer.",
            ],
        ),
    ],
}


def doc_language(locale, n):
    """en_IN documents cycle through English, Hinglish and Hindi."""
    lang = LOCALES[locale][0]
    if locale == "en_IN":
        return ["en", "hg", "hi"][n % 3]
    return lang
