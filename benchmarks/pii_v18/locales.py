"""Locales, people, e-mail habits, greetings, sign-offs and genres for v18 (written fresh)."""

# locale: (language, plan region, own region or None, weight, IBAN country or None)
LOCALES = {
    "en_US": ("en", "US", None, 103, None),
    "en_GB": ("en", "GB", None, 118, "GB"),
    "en_IN": ("en", "IN", None, 124, None),
    "en_AU": ("en", "GB", "AU", 20, "GB"),
    "en_IE": ("en", "GB", "IE", 21, "IE"),
    "de_DE": ("de", "DE", None, 104, "DE"),
    "de_AT": ("de", "DE", "AT", 28, "AT"),
    "de_CH": ("de", "DE", "CH", 34, "CH"),
    "fr_FR": ("fr", "FR", None, 86, "FR"),
    "fr_BE": ("fr", "FR", "BE", 23, "BE"),
    "fr_CH": ("fr", "FR", "CH", 20, "CH"),
    "es_ES": ("es", "ES", None, 84, "ES"),
    "it_IT": ("it", "IT", None, 80, "IT"),
    "it_CH": ("it", "IT", "CH", 21, "CH"),
    "nl_NL": ("nl", "NL", None, 86, "NL"),
    "nl_BE": ("nl", "NL", "BE", 22, "BE"),
    "pt_BR": ("pt", "BR", None, 76, "BR"),
}
LANGS = ["en", "hg", "hi", "de", "fr", "es", "it", "nl", "pt"]

PEOPLE = {  # group: (first names, surnames)
    "en": (
        "Gemma|Callum|Harriet|Owen|Priscilla|Declan|Megan|Rupert|Tessa|Wilf".split("|"),
        "Ashworth|Brennan|Coulson|Dempsey|Fairbairn|Garside|Holloway|Kerrigan".split("|"),
    ),
    "in": (
        "Ananya|Rohit|Kavya|Siddharth|Meera|Arjun|Nandini|Vikram|Pooja|Kunal".split("|"),
        "Iyer|Deshpande|Chatterjee|Malhotra|Reddy|Kulkarni|Bhatt|Saxena".split("|"),
    ),
    "de": (
        "Jonas|Leonie|Matthias|Svenja|Tobias|Ulrike|Florian|Katrin|Bernd|Jülide".split("|"),
        "Brandt|Köhler|Lindner|Vogt|Hartmann|Seidel|Krüger|Zimmermann".split("|"),
    ),
    "fr": (
        "Mathilde|Bastien|Élodie|Quentin|Solène|Gaëtan|Inès|Romain|Clémence|Yves".split("|"),
        "Lefèvre|Moreau|Girard|Chevalier|Faure|Rousseau|Perrin|Gauthier".split("|"),
    ),
    "es": (
        "Lucía|Álvaro|Nerea|Iñigo|Rocío|Sergio|Ainhoa|Rubén|Marta|Jesús".split("|"),
        "Etxeberria|Navarro|Cabrera|Domínguez|Herrero|Medina|Cortés|Pascual".split("|"),
    ),
    "it": (
        "Federica|Matteo|Ilaria|Niccolò|Beatrice|Tommaso|Gaia|Lorenzo|Serena|Elia".split("|"),
        "Galli|Marchetti|Bellini|Ferraro|Lombardi|Moretti|Sartori|De Luca".split("|"),
    ),
    "nl": (
        "Sanne|Joris|Femke|Thijs|Lotte|Bram|Marieke|Wouter|Eline|Sjoerd".split("|"),
        "de Groot|Visser|Mulder|Smit|Bos|van Dijk|Kuipers|Hendriks".split("|"),
    ),
    "pt": (
        "Thaís|Rodrigo|Larissa|Gustavo|Fernanda|Caio|Juliana|Vinícius|Bruna|Otávio".split("|"),
        "Carvalho|Nascimento|Ribeiro|Araújo|Moura|Teixeira|Barbosa|Pinheiro".split("|"),
    ),
}

MAIL = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net"],
    "en_GB": ["btinternet.com", "gmail.com", "yahoo.co.uk", "sky.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.in"],
    "en_AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "en_IE": ["eircom.net", "gmail.com", "outlook.ie"],
    "de_DE": ["web.de", "gmx.de", "t-online.de"],
    "de_AT": ["gmx.at", "aon.at", "chello.at"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "fr_BE": ["skynet.be", "gmail.com", "voo.be"],
    "fr_CH": ["bluewin.ch", "gmail.com"],
    "es_ES": ["telefonica.net", "gmail.com", "hotmail.es"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "it_CH": ["bluewin.ch", "ticino.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "nl_BE": ["telenet.be", "skynet.be"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
}
ROLE = {  # language: (local parts, made-up club domains)
    "en": (
        ["secretary", "treasurer", "volunteers", "tickets", "committee"],
        ["oakfield-allotments.org", "riverside-ramblers.org", "stmarys-hall.org"],
    ),
    "de": (["vorstand", "kasse", "helfer", "anmeldung"], ["kleingarten-sonnenhang.de", "tsv-eichenau.de"]),
    "fr": (
        ["bureau", "tresorier", "benevoles", "inscriptions"],
        ["amicale-des-tilleuls.fr", "rando-vercors.fr"],
    ),
    "es": (["junta", "tesoreria", "voluntarios", "reservas"], ["pena-el-olivar.es", "montanismo-moncayo.es"]),
    "it": (
        ["segreteria", "cassa", "volontari", "iscrizioni"],
        ["proloco-valdese.it", "circolo-arci-borgo.it"],
    ),
    "nl": (
        ["bestuur", "penningmeester", "vrijwilligers", "aanmelden"],
        ["vv-de-eendracht.nl", "buurtvereniging-oost.nl"],
    ),
    "pt": (
        ["diretoria", "tesouraria", "voluntarios", "inscricoes"],
        ["associacao-vila-nova.org.br", "grupo-trilhas.org.br"],
    ),
}

GREET = {
    "en": ["Hi all,", "Hello everyone,", "Dear neighbours,", "Morning all,"],
    "hg": ["Hello sabko,", "Namaste friends,", "Hi everyone,"],
    "hi": ["नमस्ते साथियो,", "प्रिय सदस्यों,"],
    "de": ["Hallo zusammen,", "Liebe Nachbarn,", "Moin in die Runde,"],
    "fr": ["Bonjour à tous,", "Chers voisins,", "Salut la compagnie,"],
    "es": ["Hola a todos,", "Queridos vecinos,", "Buenas,"],
    "it": ["Ciao a tutti,", "Cari soci,", "Buongiorno,"],
    "nl": ["Hallo allemaal,", "Beste buren,", "Hoi iedereen,"],
    "pt": ["Oi, pessoal,", "Olá a todos,", "Queridos vizinhos,"],
}
SIGN = {
    "en": ["Cheers,", "Best wishes,", "Thanks ever so much,", "See you there,"],
    "hg": ["Thanks,", "Milte hain,", "Dhanyavaad,"],
    "hi": ["धन्यवाद,", "सादर,"],
    "de": ["Viele Grüße,", "Bis bald,", "Danke euch,"],
    "fr": ["Bien à vous,", "À bientôt,", "Merci d'avance,"],
    "es": ["Un abrazo,", "Gracias,", "Nos vemos,"],
    "it": ["Un saluto,", "A presto,", "Grazie,"],
    "nl": ["Groeten,", "Tot dan,", "Dank je wel,"],
    "pt": ["Abraços,", "Até lá,", "Obrigado,"],
}

# language: [(key, title, [three filler sentences])]
GENRES = {
    "en": [
        (
            "seed_swap",
            "Allotment society – seed swap",
            [
                "Bring seeds in labelled envelopes, please.",
                "The shed will be open from ten for tea.",
                "Spare runner bean canes are free to take.",
            ],
        ),
        (
            "book_club",
            "Book club – next meeting",
            [
                "We are reading the lighthouse novel this time.",
                "Nibbles welcome, but nothing with nuts.",
                "Please finish at least the first half.",
            ],
        ),
        (
            "dog_walkers",
            "Dog walkers' rota for the shelter",
            [
                "The older dogs only need a short loop.",
                "Leads and bags are on the hook by the door.",
                "Sign the book when you bring a dog back.",
            ],
        ),
        (
            "pantomime",
            "Village pantomime rehearsals",
            [
                "Scripts are in the box on the piano.",
                "The dame's costume still needs a hem.",
                "Rehearsals run in the church room this month.",
            ],
        ),
        (
            "pond_dig",
            "Wildlife pond dig at the school",
            [
                "Wellies and old gloves are a must.",
                "The liner arrives on the Friday before.",
                "Children can help plant the marginals.",
            ],
        ),
    ],
    "hg": [
        (
            "holi_party",
            "Society Holi party",
            [
                "Sirf organic colours allowed hain is baar.",
                "Thandai ka stall clubhouse ke paas lagega.",
                "Bachchon ke liye alag water zone banega.",
            ],
        ),
        (
            "tank_cleaning",
            "Building water tank cleaning",
            [
                "Subah se shaam tak paani band rahega.",
                "Buckets pehle se bhar ke rakh lena.",
                "Terrace ka darwaza khula rahega.",
            ],
        ),
    ],
    "hi": [
        (
            "yog_shivir",
            "योग शिविर",
            ["शिविर पार्क के बड़े मैदान में लगेगा।", "अपनी चटाई और पानी की बोतल साथ लाएँ।", "खाली पेट आना बेहतर रहेगा।"],
        ),
        (
            "mohalla_cricket",
            "मोहल्ला क्रिकेट प्रतियोगिता",
            ["हर टीम में आठ खिलाड़ी होंगे।", "फ़ाइनल रविवार शाम को खेला जाएगा।", "गेंद और स्टंप समिति देगी।"],
        ),
    ],
    "de": [
        (
            "laternenumzug",
            "Laternenumzug der Kita",
            [
                "Wir treffen uns am Brunnen vor dem Rathaus.",
                "Für Punsch und Brezeln ist gesorgt.",
                "Bitte Ersatzkerzen einpacken.",
            ],
        ),
        (
            "hofflohmarkt",
            "Flohmarkt im Hinterhof",
            [
                "Jeder Haushalt bekommt einen Tisch.",
                "Aufbau ist ab acht Uhr möglich.",
                "Was übrig bleibt, geht an die Kleiderkammer.",
            ],
        ),
        (
            "apfelernte",
            "Streuobstwiese – Apfelernte",
            [
                "Leitern und Körbe sind im Schuppen.",
                "Die Presse läuft den ganzen Nachmittag.",
                "Festes Schuhwerk wird dringend empfohlen.",
            ],
        ),
    ],
    "fr": [
        (
            "fete_musique",
            "Fête de la musique au square",
            [
                "Les groupes jouent à tour de rôle.",
                "On cherche encore des rallonges électriques.",
                "La buvette est tenue par les parents.",
            ],
        ),
        (
            "compostage",
            "Atelier compostage partagé",
            [
                "Apportez vos épluchures dans un seau fermé.",
                "Le bac principal est derrière le gymnase.",
                "Un maître composteur répondra aux questions.",
            ],
        ),
        (
            "chorale_ete",
            "Chorale d'été – répartition des pupitres",
            [
                "Les altos répètent dans la petite salle.",
                "Les partitions sont à récupérer à l'accueil.",
                "Pensez à une bouteille d'eau.",
            ],
        ),
    ],
    "es": [
        (
            "fiestas_barrio",
            "Fiestas del barrio – comisión",
            [
                "Falta gente para montar el escenario.",
                "La paella popular será el domingo.",
                "Las sillas se recogen en el polideportivo.",
            ],
        ),
        (
            "excursion_montana",
            "Excursión del club de montaña",
            [
                "Salimos temprano desde la plaza.",
                "Llevad bocadillo, agua y chubasquero.",
                "La ruta es apta para niños mayores.",
            ],
        ),
        (
            "mercadillo",
            "Mercadillo solidario",
            [
                "Todo lo recaudado va al comedor social.",
                "Se aceptan libros, ropa y juguetes.",
                "Necesitamos manos para recoger al final.",
            ],
        ),
    ],
    "it": [
        (
            "sagra_polenta",
            "Sagra della polenta",
            [
                "I paioli vanno accesi già al mattino.",
                "Servono volontari per la cassa e i tavoli.",
                "La banda suona dopo cena.",
            ],
        ),
        (
            "gita_lago",
            "Gita sociale al lago",
            [
                "Il pullman parte dal piazzale della chiesa.",
                "Pranzo al sacco o in trattoria, a scelta.",
                "Portate il costume se fa caldo.",
            ],
        ),
        (
            "doposcuola",
            "Doposcuola volontario",
            [
                "Cerchiamo qualcuno bravo in matematica.",
                "La merenda la offre la parrocchia.",
                "Si lavora in piccoli gruppi.",
            ],
        ),
    ],
    "nl": [
        (
            "vrijmarkt",
            "Koningsdag – vrijmarkt in de straat",
            [
                "Kleedjes mogen vanaf zeven uur liggen.",
                "Er komt een springkussen bij de speeltuin.",
                "Oranje tompouces zijn besteld.",
            ],
        ),
        (
            "schoolreisje",
            "Schoolreisje – begeleiders gezocht",
            [
                "De bus vertrekt vanaf het schoolplein.",
                "Elke begeleider krijgt een groepje van vijf.",
                "Neem een regenjas mee voor de zekerheid.",
            ],
        ),
        (
            "daktuin",
            "Moestuin op het dak",
            [
                "De bakken worden deze week gevuld.",
                "Gieters staan bij de lift.",
                "Wie zaden over heeft, mag ze delen.",
            ],
        ),
    ],
    "pt": [
        (
            "festa_junina",
            "Festa junina da escola",
            [
                "A quadrilha ensaia toda sexta.",
                "Precisamos de bandeirinhas e fitas.",
                "A barraca de pamonha ainda está sem dono.",
            ],
        ),
        (
            "bazar",
            "Bazar beneficente da paróquia",
            [
                "Tudo o que for arrecadado vai para a creche.",
                "Roupas devem chegar lavadas e dobradas.",
                "A montagem começa cedo no salão.",
            ],
        ),
        (
            "trilha",
            "Trilha do grupo de caminhada",
            [
                "Saímos da praça da matriz bem cedo.",
                "Leve protetor solar, boné e lanche.",
                "O percurso tem subidas fortes no fim.",
            ],
        ),
    ],
}
