"""Locales, people, e-mail habits, greetings, sign-offs and the prose genres of the v17 set."""

LOCALES = {
    "en_US": ("en", "US", None, None),
    "en_GB": ("en", "GB", None, "GB"),
    "en_IN": ("en", "IN", None, None),
    "en_AU": ("en", "GB", "AU", "GB"),
    "en_IE": ("en", "GB", "IE", "IE"),
    "de_DE": ("de", "DE", None, "DE"),
    "de_AT": ("de", "DE", "AT", "AT"),
    "de_CH": ("de", "DE", "CH", "CH"),
    "fr_FR": ("fr", "FR", None, "FR"),
    "fr_BE": ("fr", "FR", "BE", "BE"),
    "fr_CH": ("fr", "FR", "CH", "CH"),
    "es_ES": ("es", "ES", None, "ES"),
    "it_IT": ("it", "IT", None, "IT"),
    "it_CH": ("it", "IT", "CH", "CH"),
    "nl_NL": ("nl", "NL", None, "NL"),
    "nl_BE": ("nl", "NL", "BE", "BE"),
    "pt_BR": ("pt", "BR", None, "BR"),
}
"""locale -> (language, number plan, own country written only internationally, IBAN country)."""

PEOPLE = {
    "en_US": ("Tanya Brooks Darnell Hayes Megan Ortiz Kyle Jensen Loretta Price", "brooks hayes ortiz"),
    "en_GB": ("Fiona Whitlock Gareth Pryce Imogen Marsh Callum Doyle Bethan Rowe", "whitlock pryce marsh"),
    "en_IN": ("Kavita Menon Rohit Bhatia Sunita Rao Arjun Kulkarni Deepa Iyer", "menon bhatia rao"),
    "en_AU": ("Shannon Kerr Blake Mitchell Tegan Walsh Lachlan Reid Jodie Carr", "kerr mitchell walsh"),
    "en_IE": ("Siobhán Dunne Ciarán Kehoe Aoife Brennan Declan Nolan Orla Hegarty", "dunne kehoe brennan"),
    "de_DE": ("Heike Brandt Jörg Lehmann Sabine Vogt Timo Krüger Anja Hoffmann", "brandt lehmann vogt"),
    "de_AT": (
        "Gerlinde Moser Florian Gruber Theresa Pichler Lukas Steiner Maria Wimmer",
        "moser gruber pichler",
    ),
    "de_CH": ("Ursula Keller Beat Brunner Regula Meier Reto Baumann Corinne Frei", "keller brunner meier"),
    "fr_FR": (
        "Sylvie Garnier Thierry Roux Nathalie Faure Julien Lemoine Céline Girard",
        "garnier roux faure",
    ),
    "fr_BE": (
        "Véronique Peeters Didier Lambert Annick Dubois Olivier Maes Chantal Renard",
        "peeters lambert dubois",
    ),
    "fr_CH": (
        "Monique Favre Pascal Rochat Sandrine Perret Yves Bonvin Isabelle Pittet",
        "favre rochat perret",
    ),
    "es_ES": ("Rocío Navarro Javier Molina Pilar Castro Sergio Ortega Nuria Vidal", "navarro molina castro"),
    "it_IT": (
        "Chiara Fontana Matteo Greco Elena Rinaldi Davide Conti Silvia Marino",
        "fontana greco rinaldi",
    ),
    "it_CH": (
        "Daniela Bernasconi Fabio Rossetti Claudia Pedrazzini Marco Gianella Sara Leoni",
        "bernasconi rossetti",
    ),
    "nl_NL": ("Marieke de Boer Sander Visser Ingrid Bakker Joost Smit Femke Mulder", "deboer visser bakker"),
    "nl_BE": ("Els Claes Wouter Jacobs Griet Wouters Pieter Goossens An Willems", "claes jacobs wouters"),
    "pt_BR": (
        "Luciana Araújo Rodrigo Barbosa Patrícia Moura Thiago Pires Fernanda Lopes",
        "araujo barbosa moura",
    ),
}

MAIL_DOMAINS = {
    "en_US": ["yahoo.com", "outlook.com", "comcast.net"],
    "en_GB": ["btinternet.com", "hotmail.co.uk", "sky.com"],
    "en_IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "en_AU": ["bigpond.com", "optusnet.com.au"],
    "en_IE": ["eircom.net", "gmail.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de"],
    "de_AT": ["aon.at", "gmx.at"],
    "de_CH": ["bluewin.ch", "gmx.ch"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net"],
    "fr_BE": ["skynet.be", "telenet.be"],
    "fr_CH": ["bluewin.ch", "sunrise.ch"],
    "es_ES": ["telefonica.net", "hotmail.es", "gmail.com"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "it_CH": ["bluewin.ch", "ticino.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"],
    "nl_BE": ["telenet.be", "proximus.be"],
    "pt_BR": ["uol.com.br", "bol.com.br", "terra.com.br"],
}
ROLE_PARTS = {
    "en": ["bookings", "helpdesk", "treasurer", "rota"],
    "de": ["anmeldung", "vorstand", "kasse", "orga"],
    "fr": ["bureau", "tresorerie", "benevoles", "accueil"],
    "es": ["junta", "tesoreria", "inscripciones", "peña"],
    "it": ["segreteria", "cassa", "volontari", "direttivo"],
    "nl": ["bestuur", "penningmeester", "aanmelden", "vrijwilligers"],
    "pt": ["diretoria", "tesouraria", "inscricoes", "contato"],
}
CLUB_DOMAIN = {
    "en": ["riverside-repair.org", "oakfield-choir.org.uk", "ourlane-party.net"],
    "de": ["chor-am-bach.de", "repaircafe-sued.de", "kita-sonnenhof.de"],
    "fr": ["berges-propres.fr", "comite-galette.org", "velo-bourse.fr"],
    "es": ["hogar-mus.es", "huerto-cole.org", "belen-parroquia.es"],
    "it": ["castagnata-borgo.it", "coro-sanrocco.it", "parco-pulito.org"],
    "nl": ["burendag-oost.nl", "boomgaard-snoei.nl", "intocht-dorp.nl"],
    "pt": ["mutirao-praia.org.br", "sarau-bairro.com.br", "trocalivros.org.br"],
}

GREET = {
    "en": ["Hi all,", "Hello everyone,", "Morning folks,"],
    "hg": ["Hello sab log,", "Hi friends,"],
    "hi": ["नमस्ते साथियो,", "प्रिय सदस्यो,"],
    "de": ["Hallo zusammen,", "Moin in die Runde,", "Liebe Leute,"],
    "fr": ["Bonjour à tous,", "Coucou tout le monde,", "Chers amis,"],
    "es": ["Hola a todos,", "Buenas, gente,", "Queridos vecinos,"],
    "it": ["Ciao a tutti,", "Buongiorno a tutti,", "Cari amici,"],
    "nl": ["Hoi allemaal,", "Beste mensen,", "Goedemorgen allen,"],
    "pt": ["Oi, pessoal,", "Olá a todos,", "Bom dia, turma,"],
}
SIGN = {
    "en": ["Cheers,", "Thanks a million,", "Best,"],
    "hg": ["Thanks yaar,", "Milte hain,"],
    "hi": ["सधन्यवाद,", "आपका,"],
    "de": ["Bis bald,", "Danke euch,", "Herzlich,"],
    "fr": ["À bientôt,", "Merci d'avance,", "Amitiés,"],
    "es": ["Un abrazo,", "Gracias de antemano,", "Nos vemos,"],
    "it": ["A presto,", "Grazie mille,", "Un saluto,"],
    "nl": ["Tot gauw,", "Alvast bedankt,", "Groetjes,"],
    "pt": ["Abraços,", "Valeu,", "Até breve,"],
}

# language -> [(key, title, three filler sentences)]
GENRES = {
    "en": [
        (
            "repair_cafe",
            "Repair café – this month's fixers",
            "Bring the toaster, the lamp, the jumper with the hole. Soldering irons stay on the back \
table. Tea is free, cake is by donation.",
        ),
        (
            "beach_cleanup",
            "Beach clean-up morning",
            "Gloves and litter pickers will be handed out at the slipway. Please wear sturdy shoes, not \
sandals. Anything odd or sharp goes in the yellow bucket.",
        ),
        (
            "choir_concert",
            "Choir concert – ushers and tea",
            "Doors open half an hour before the first song. Programmes are on the chairs already. The \
tea urn needs filling at the interval.",
        ),
        (
            "street_party",
            "Street party – road closure day",
            "The council has agreed the closure from nine until six. Tables go down the middle, bunting \
along the railings. Cars must be off the street the night before.",
        ),
        (
            "toddler_picnic",
            "Toddler group end-of-term picnic",
            "Blankets on the grass by the swings. Please label lunchboxes, they all look alike. Suncream \
is in the blue bag.",
        ),
        (
            "cricket_nets",
            "Cricket club nets evening",
            "Nets are booked from half five. Bring your own box and pads if you have them. Juniors bowl \
first, seniors after.",
        ),
    ],
    "hg": [
        (
            "ganpati_visarjan",
            "Ganpati visarjan arrangements",
            "Dhol wale subah hi aa jayenge. Procession gate number two se niklega. Prasad ka intezaam \
terrace pe hai.",
        ),
        (
            "terrace_movie",
            "Terrace movie night",
            "Projector Sharma ji ke ghar se aa raha hai. Apni chatai ya cushion le aana. Popcorn hum log \
banayenge.",
        ),
    ],
    "hi": [
        (
            "raktdaan",
            "रक्तदान शिविर",
            "शिविर सामुदायिक भवन में लगेगा। खाली पेट न आएँ, हल्का नाश्ता करके आएँ। पहचान पत्र साथ रखें।",
        ),
        (
            "pustakalay",
            "पुस्तकालय सफ़ाई अभियान",
            "पुरानी किताबों की सूची बनानी है। धूल के लिए मास्क साथ लाएँ। बच्चों की किताबें अलग अलमारी \
में जाएँगी।",
        ),
    ],
    "de": [
        (
            "adventsbasar",
            "Adventsbasar im Kindergarten",
            "Die Kinder basteln seit Wochen Sterne. Kuchenspenden bitte am Freitag abgeben. Der Erlös \
geht an den neuen Sandkasten.",
        ),
        (
            "bachputz",
            "Frühjahrsputz am Bach",
            "Treffpunkt ist die kleine Brücke am Sportplatz. Gummistiefel sind Pflicht. Danach gibt es \
Erbsensuppe im Vereinsheim.",
        ),
        (
            "chorprobe",
            "Chorprobe vor dem Konzert",
            "Wir singen das ganze Programm einmal durch. Noten bitte mitbringen, es gibt keine Kopien \
mehr. Die Tenöre stehen diesmal links.",
        ),
    ],
    "fr": [
        (
            "galette_rois",
            "Galette des rois du comité",
            "Les galettes viennent de la boulangerie du coin. Chacun apporte une boisson. La fève la \
plus moche gagne un prix.",
        ),
        (
            "berges",
            "Nettoyage des berges",
            "Rendez-vous au pont de pierre, côté parking. Prévoyez des bottes et des gants. Un \
pique-nique suivra sous le saule.",
        ),
        (
            "bourse_velos",
            "Bourse aux vélos",
            "Dépôt des vélos le samedi matin seulement. Une étiquette par vélo, avec le prix. Les \
invendus sont à reprendre avant dix-huit heures.",
        ),
    ],
    "es": [
        (
            "belen_viviente",
            "Belén viviente de la parroquia",
            "Los ensayos son en el patio de la iglesia. Hacen falta pastores y un burro tranquilo. Los \
trajes se reparten el sábado.",
        ),
        (
            "torneo_mus",
            "Torneo de mus del hogar",
            "Las parejas se sortean al llegar. Se juega a cuatro juegos. El premio es un jamón y la gloria.",
        ),
        (
            "huerto_escolar",
            "Huerto escolar – turnos de riego",
            "En verano alguien tiene que regar cada tarde. Las regaderas están en la caseta. Los tomates \
ya empiezan a salir.",
        ),
    ],
    "it": [
        (
            "castagnata",
            "Castagnata d'autunno",
            "Le caldarroste si fanno nel cortile della scuola. Serve legna secca e qualcuno con \
pazienza. Il vin brulé lo porta la Pro Loco.",
        ),
        (
            "pulizia_parco",
            "Pulizia del parco",
            "Ci troviamo all'ingresso vicino alle altalene. Sacchi e guanti li fornisce il Comune. Dopo \
si fa merenda insieme.",
        ),
        (
            "coro_natale",
            "Coro parrocchiale – concerto di Natale",
            "Le prove sono il martedì sera. I contralti devono ripassare il secondo brano. La chiesa va \
addobbata il giorno prima.",
        ),
    ],
    "nl": [
        (
            "sinterklaas",
            "Sinterklaasintocht – hulp gezocht",
            "De boot legt aan bij de oude steiger. Er zijn nog handen nodig bij het strooien. De \
kinderen mogen hun tekening meenemen.",
        ),
        (
            "snoeidag",
            "Snoeidag in de boomgaard",
            "Snoeischaren zijn er genoeg, handschoenen niet. We beginnen bij de appelbomen achterin. \
Koffie staat in de schuur.",
        ),
        (
            "burendag",
            "Burendag – koffie en klussen",
            "Het pleintje krijgt nieuwe plantenbakken. Wie een boormachine heeft, graag meenemen. Om \
vier uur is er soep.",
        ),
    ],
    "pt": [
        (
            "mutirao_praia",
            "Mutirão de limpeza da praia",
            "O ponto de encontro é no quiosque do posto seis. Tragam boné e garrafa de água. Os sacos \
serão pesados no final.",
        ),
        (
            "sarau",
            "Sarau de poesia na praça",
            "Cada um pode ler até dois poemas. O violão fica por conta do Zé. Se chover, passamos para o \
salão.",
        ),
        (
            "feira_trocas",
            "Feira de trocas de livros",
            "Cada livro trazido vale uma ficha. Livros muito estragados não entram. Sobrou livro? Vai \
para a biblioteca comunitária.",
        ),
    ],
}


def people(locale):
    words = PEOPLE[locale][0].split()
    if locale == "nl_NL":
        return [
            ("Marieke", "de Boer"),
            ("Sander", "Visser"),
            ("Ingrid", "Bakker"),
            ("Joost", "Smit"),
            ("Femke", "Mulder"),
        ]
    return [(words[i], words[i + 1]) for i in range(0, len(words), 2)]


def genre_sentences(lang, key):
    for k, title, fill in GENRES[lang]:
        if k == key:
            return title, [s.strip() + ("" if s.strip()[-1] in ".।?!" else ".") for s in _split(fill)]
    raise KeyError(key)


def _split(fill):
    out, cur = [], ""
    for ch in fill:
        cur += ch
        if ch in ".।":
            out.append(cur)
            cur = ""
    if cur.strip():
        out.append(cur)
    return out
