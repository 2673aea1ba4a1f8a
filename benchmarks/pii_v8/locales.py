"""Per-locale settings (language, number plans) and per-language labels and names."""

# locale -> (language, region of announced/roster/national numbers, own region written internationally)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("hing", "IN", "IN"),
    "en_AU": ("en", "GB", "AU"),
    "en_IE": ("en", "GB", "IE"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "DE", "AT"),
    "de_CH": ("de", "DE", "CH"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "FR", "BE"),
    "fr_CH": ("fr", "FR", "CH"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "NL", "BE"),
    "pt_BR": ("pt", "BR", "BR"),
}
BASE_LANG = {"hing": "en", "hi": "en"}

LIST_HEAD = {
    "en": ("Name", "Phone", "Slot"),
    "de": ("Name", "Telefon", "Termin"),
    "fr": ("Nom", "Téléphone", "Créneau"),
    "es": ("Nombre", "Teléfono", "Turno"),
    "it": ("Nome", "Telefono", "Turno"),
    "nl": ("Naam", "Telefoon", "Beurt"),
    "pt": ("Nome", "Telefone", "Turno"),
    "hing": ("Naam", "Phone", "Din"),
    "hi": ("नाम", "फ़ोन", "दिन"),
}
SLOTS = {
    "en": ["Mon am", "Tue pm", "Wed 6-8", "Thu", "Fri late", "Sat 9-12", "Sun"],
    "de": ["Mo früh", "Di", "Mi 17-19", "Do", "Fr spät", "Sa 9-12", "So"],
    "fr": ["lun. matin", "mar.", "mer. 14-16", "jeu.", "ven. soir", "sam. 9-12", "dim."],
    "es": ["lun. mañana", "mar.", "miér. 17-19", "jue.", "vie. tarde", "sáb. 9-12", "dom."],
    "it": ["lun. mattina", "mar.", "mer. 17-19", "gio.", "ven. sera", "sab. 9-12", "dom."],
    "nl": ["ma ochtend", "di", "wo 17-19", "do", "vr avond", "za 9-12", "zo"],
    "pt": ["seg. manhã", "ter.", "qua. 17-19", "qui.", "sex. noite", "sáb. 9-12", "dom."],
    "hing": ["Somvar", "Mangal", "Budh shaam", "Guru", "Shukra", "Shani subah", "Ravivar"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"],
}
NATIONAL = {
    "en": [
        "Office: {n}",
        "Tel. {n}",
        "{name}, {n}",
        "Call the desk on {n} (weekdays).",
        "Mobile: {n}",
        "Any questions, phone {n}.",
    ],
    "de": ["Büro: {n}", "Tel. {n}", "{name}, {n}", "Rückfragen gern unter {n}.", "Mobil: {n}", "Telefon {n}"],
    "fr": ["Bureau : {n}", "Tél. {n}", "{name}, {n}", "Renseignements au {n}.", "Portable : {n}"],
    "es": ["Oficina: {n}", "Tel. {n}", "{name}, {n}", "Información en el {n}.", "Móvil: {n}"],
    "it": ["Ufficio: {n}", "Tel. {n}", "{name}, {n}", "Informazioni al {n}.", "Cell. {n}"],
    "nl": ["Kantoor: {n}", "Tel. {n}", "{name}, {n}", "Vragen? Bel {n}.", "Mobiel: {n}"],
    "pt": ["Escritório: {n}", "Tel. {n}", "{name}, {n}", "Informações pelo {n}.", "Celular: {n}"],
    "hing": [
        "Office: {n}",
        "Phone: {n}",
        "{name} ji, {n}",
        "Enquiry ke liye {n} pe call karein.",
        "Mobile {n}",
    ],
    "hi": ["कार्यालय: {n}", "फ़ोन: {n}", "{name} जी, {n}", "पूछताछ: {n}", "मोबाइल {n}"],
}
INTL = {
    "en": ["From abroad: {n}", "{name} (overseas) {n}", "Head office {n}"],
    "de": ["Aus dem Ausland: {n}", "{name} (im Ausland) {n}", "Zentrale {n}"],
    "fr": ["Depuis l'étranger : {n}", "{name} (à l'étranger) {n}", "Siège {n}"],
    "es": ["Desde el extranjero: {n}", "{name} (en el extranjero) {n}", "Sede {n}"],
    "it": ["Dall'estero: {n}", "{name} (all'estero) {n}", "Sede {n}"],
    "nl": ["Vanuit het buitenland: {n}", "{name} (in het buitenland) {n}", "Hoofdkantoor {n}"],
    "pt": ["Do exterior: {n}", "{name} (no exterior) {n}", "Matriz {n}"],
    "hing": ["Abroad se: {n}", "{name} (Dubai wale) {n}", "Head office {n}"],
    "hi": ["विदेश से: {n}", "{name} (विदेश) {n}", "मुख्य कार्यालय {n}"],
}
SPECIAL = {
    "en": ["Free helpline {n}", "Bookings line {n}", "Customer line (local rate) {n}"],
    "de": ["Hotline (gebührenfrei) {n}", "Servicenummer {n}"],
    "fr": ["Numéro vert {n}", "Service client {n}"],
    "es": ["Línea gratuita {n}", "Atención al cliente {n}"],
    "it": ["Numero verde {n}", "Assistenza {n}"],
    "nl": ["Gratis servicenummer {n}", "Klantenservice {n}"],
    "pt": ["Central gratuita {n}", "SAC {n}"],
    "hing": ["Toll-free helpline {n}", "Customer care {n}"],
    "hi": ["टोल-फ़्री हेल्पलाइन {n}"],
}
OTHER_LABELS = {
    "en": {
        "EMAIL": "Email: {v}",
        "IBAN": "Bank: IBAN {v}",
        "CREDIT_CARD": "Card on file {v}",
        "US_SSN": "SSN {v}",
        "IP_ADDRESS": "Router address {v}",
    },
    "de": {
        "EMAIL": "E-Mail: {v}",
        "IBAN": "Bankverbindung: IBAN {v}",
        "CREDIT_CARD": "Karte {v}",
        "IP_ADDRESS": "IP des Druckers: {v}",
    },
    "fr": {
        "EMAIL": "Courriel : {v}",
        "IBAN": "Coordonnées bancaires : IBAN {v}",
        "CREDIT_CARD": "Carte {v}",
        "IP_ADDRESS": "Adresse IP de la box : {v}",
    },
    "es": {
        "EMAIL": "Correo: {v}",
        "IBAN": "Cuenta: IBAN {v}",
        "CREDIT_CARD": "Tarjeta {v}",
        "IP_ADDRESS": "IP del router: {v}",
    },
    "it": {
        "EMAIL": "E-mail: {v}",
        "IBAN": "Coordinate bancarie: IBAN {v}",
        "CREDIT_CARD": "Carta {v}",
        "IP_ADDRESS": "IP del modem: {v}",
    },
    "nl": {
        "EMAIL": "E-mail: {v}",
        "IBAN": "Rekening: IBAN {v}",
        "CREDIT_CARD": "Creditcard {v}",
        "IP_ADDRESS": "IP van de printer: {v}",
    },
    "pt": {
        "EMAIL": "E-mail: {v}",
        "IBAN": "Conta: IBAN {v}",
        "CREDIT_CARD": "Cartão {v}",
        "IP_ADDRESS": "IP do roteador: {v}",
    },
    "hing": {
        "EMAIL": "Email: {v}",
        "IBAN": "Bank: IBAN {v}",
        "CREDIT_CARD": "Card no. {v}",
        "IP_ADDRESS": "Wifi router IP {v}",
    },
    "hi": {
        "EMAIL": "ईमेल: {v}",
        "IBAN": "बैंक: IBAN {v}",
        "CREDIT_CARD": "कार्ड {v}",
        "IP_ADDRESS": "राउटर IP {v}",
    },
}
IBAN_COUNTRY = {
    "en_US": "GB",
    "en_GB": "GB",
    "en_IN": "GB",
    "en_AU": "GB",
    "en_IE": "GB",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
}

FIRST = {
    "en": "Megan Travis Priya Colm Siobhan Darren Lorna Wesley Abigail Fergus Tamsin Rhys Kayla "
    "Bernard Nadia",
    "de": "Jannik Wiebke Gerlinde Bastian Heike Mirko Svenja Ottmar Leonie Ruprecht Carla Vinzenz Ilse",
    "fr": "Gaëlle Florian Solène Mathis Josiane Bertrand Clémence Yannick Maëlys Gaspard Odile Thierry",
    "es": "Ainhoa Iker Rocío Gonzalo Nerea Fermín Itziar Álvaro Consuelo Jacinto Maite",
    "it": "Ilaria Manlio Benedetta Ettore Graziella Saverio Nicoletta Ottavio Rosalba Tiziano",
    "nl": "Femke Joost Marieke Thijs Annelies Bram Ineke Wouter Lotte Gerrit Sanne",
    "pt": "Thaís Leandro Rosângela Caio Jussara Wellington Bruna Everton Luzia Rodrigo",
    "hing": "Ramesh Sunita Aarav Kavya Deepak Meenakshi Harpreet Nandini Sandeep Farhan Lakshmi",
    "hi": "रमेश सुनीता अनिल कविता दीपक मीनाक्षी संजय पूजा",
}
LAST = {
    "en": "Ashworth Kilbride Okafor Pennington Dwyer Castellano Whitlock Haldane Moriarty Braithwaite Yoon",
    "de": "Kämmerer Lindqvist Ostendorf Brösel Hagedorn Pfeiffer Wendland Zwicker Maurer Steinhauer",
    "fr": "Lemaître Duvivier Carpentier Rousselot Bastide Chauvin Leclercq Marchal Vasseur",
    "es": "Echeverría Quintana Villalba Arrieta Salcedo Montoya Urrutia Carrasco",
    "it": "Brambilla Cortese Pellegrini Santoro Vitale Rinaldi Galli Ferraresi",
    "nl": "Verhoeven Bakhuizen Claessens Terpstra Mulder Hoogendijk Peeters Vermeulen",
    "pt": "Carvalho Nogueira Barreto Figueiredo Siqueira Tavares Medeiros Azevedo",
    "hing": "Kulkarni Iyer Chatterjee Malhotra Deshpande Sandhu Qureshi Menon Rathore",
    "hi": "शर्मा वर्मा गुप्ता यादव मिश्रा पाठक",
}


def person(rng, lang: str) -> tuple[str, str]:
    return rng.choice(FIRST[lang].split()), rng.choice(LAST[lang].split())
