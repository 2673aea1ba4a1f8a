"""Rosters and value lines for the v19 set: formats, headings, jobs, labels and line shapes."""

ROSTER_HEADINGS = {
    "en": ("Who to ring on the day", "Helpers and their numbers"),
    "hg": ("Din mein kisko call karna hai", "Helpers ke numbers"),
    "hi": ("कार्यक्रम के दिन किसे फ़ोन करें", "सहायकों की सूची"),
    "de": ("Wen ihr am Tag anrufen könnt", "Helferliste mit Telefon"),
    "fr": ("Qui appeler le jour même", "Liste des bénévoles"),
    "es": ("A quién llamar ese día", "Lista de voluntarios"),
    "it": ("Chi chiamare il giorno stesso", "Elenco dei volontari"),
    "nl": ("Wie je op de dag belt", "Vrijwilligerslijst"),
    "pt": ("Pra quem ligar no dia", "Lista de voluntários"),
}
JOBS = {
    "en": ("parking", "raffle", "first aid", "sound desk", "tables", "washing up"),
    "hg": ("parking", "lucky draw", "first aid", "mic aur speaker", "tables", "bartan"),
    "hi": ("पार्किंग", "लकी ड्रॉ", "प्राथमिक उपचार", "माइक", "मेज़-कुर्सी", "बर्तन"),
    "de": ("Parken", "Tombola", "Erste Hilfe", "Technik", "Tische", "Abwasch"),
    "fr": ("parking", "tombola", "secours", "sono", "tables", "vaisselle"),
    "es": ("aparcamiento", "rifa", "botiquín", "sonido", "mesas", "fregar"),
    "it": ("parcheggio", "lotteria", "primo soccorso", "audio", "tavoli", "piatti"),
    "nl": ("parkeren", "loterij", "EHBO", "geluid", "tafels", "afwas"),
    "pt": ("estacionamento", "rifa", "primeiros socorros", "som", "mesas", "louça"),
}
ROSTER_HEADERS = {
    "en": ("Name", "Job", "Phone"),
    "hg": ("Naam", "Kaam", "Phone"),
    "hi": ("नाम", "काम", "फ़ोन"),
    "de": ("Name", "Aufgabe", "Telefon"),
    "fr": ("Nom", "Tâche", "Téléphone"),
    "es": ("Nombre", "Tarea", "Teléfono"),
    "it": ("Nome", "Compito", "Telefono"),
    "nl": ("Naam", "Taak", "Telefoon"),
    "pt": ("Nome", "Tarefa", "Telefone"),
}
ROMAN = ("i", "ii", "iii", "iv", "v", "vi")
ROSTER_FORMATS = (
    "colon_job",
    "tab_columns",
    "slash_sep",
    "arrow_entry",
    "roman_numbered",
    "time_slot",
    "star_dot",
    "padded_cols",
    "md_table",
    "bracket_num",
)


def roster_lines(fmt, lang, entries):
    """entries: [(name, job)]; returns lines where '{N}' marks the number (one per line)."""
    out = []
    if fmt == "md_table":
        h = ROSTER_HEADERS[lang]
        out += [f"| {h[0]} | {h[1]} | {h[2]} |", "|---|---|---|"]
    for k, (name, job) in enumerate(entries):
        start = 8 * 60 + 90 * k
        slot = f"{start // 60:02d}:{start % 60:02d}–{(start + 90) // 60:02d}:{(start + 90) % 60:02d}"
        out.append(
            {
                "colon_job": f"{job}: {name}, {{N}}",
                "tab_columns": f"{name}\t{job}\t{{N}}",
                "slash_sep": f"{name} / {job} / {{N}}",
                "arrow_entry": f"{name} ({job}) → {{N}}",
                "roman_numbered": f"{ROMAN[k]}) {name}, {job}: {{N}}",
                "time_slot": f"{slot} {name} ({job}) {{N}}",
                "star_dot": f"★ {name} · {job} · {{N}}",
                "padded_cols": f"{name:<22}{job:<18}{{N}}",
                "md_table": f"| {name} | {job} | {{N}} |",
                "bracket_num": f"{name} – {job} [{{N}}]",
            }[fmt]
        )
    return out


LINE_SHAPES = {
    "equals": "{L} = {V}",
    "dot_leader": "{L} ........ {V}",
    "double_colon": "{L} :: {V}",
    "left_arrow": "{V} ← {l}",
    "guillemets": "«{L}» {V}",
    "slash_after": "{V} / {l}",
    "middle_dot": "{L} · {V}",
    "fat_arrow": "{L} => {V}",
}
# kind -> two labels per language (en, hg, hi, de, fr, es, it, nl, pt)
LABELS = {
    "national": {
        "en": ("plumber who fixed the urn", "taxi rank by the station"),
        "hg": ("plumber bhaiya jo tank theek karte hain", "station wala auto stand"),
        "hi": ("टंकी ठीक करने वाले प्लंबर", "स्टेशन वाला ऑटो स्टैंड"),
        "de": ("Klempner vom letzten Mal", "Taxizentrale am Bahnhof"),
        "fr": ("plombier de l'an dernier", "taxis de la gare"),
        "es": ("fontanero del año pasado", "parada de taxis de la estación"),
        "it": ("idraulico dell'anno scorso", "radiotaxi della stazione"),
        "nl": ("loodgieter van vorig jaar", "taxicentrale bij het station"),
        "pt": ("encanador do ano passado", "ponto de táxi da rodoviária"),
    },
    "intl": {
        "en": ("our twin-town contact", "campsite we booked abroad"),
        "hg": ("twin city wale contact", "bahar wala campsite"),
        "hi": ("विदेश वाले साथी शहर का संपर्क", "विदेश में बुक किया कैंप"),
        "de": ("Partnerstadt-Kontakt", "Campingplatz im Ausland"),
        "fr": ("contact de la ville jumelée", "camping réservé à l'étranger"),
        "es": ("contacto de la ciudad hermanada", "camping reservado fuera"),
        "it": ("contatto della città gemellata", "campeggio prenotato all'estero"),
        "nl": ("contact in de zusterstad", "camping in het buitenland"),
        "pt": ("contato da cidade-irmã", "camping reservado lá fora"),
    },
    "own": {
        "en": ("Auntie's number at home", "the old club back home"),
        "hg": ("ghar pe mausi ka number", "ghar wala purana club"),
        "hi": ("घर पर मौसी का नंबर", "घर वाला पुराना क्लब"),
        "de": ("Tante daheim", "der alte Verein daheim"),
        "fr": ("tante restée au pays", "l'ancien club au pays"),
        "es": ("la tía en casa", "el club de allí"),
        "it": ("la zia a casa", "il vecchio circolo a casa"),
        "nl": ("tante thuis", "de oude club thuis"),
        "pt": ("a tia lá de casa", "o clube antigo de lá"),
    },
    "other": {
        "en": ("power cut hotline", "the recycling helpline"),
        "hg": ("bijli complaint line", "kachra pickup helpline"),
        "hi": ("बिजली शिकायत लाइन", "कचरा उठाने की हेल्पलाइन"),
        "de": ("Störungsnummer Strom", "Sperrmüll-Hotline"),
        "fr": ("dépannage électricité", "ligne des encombrants"),
        "es": ("averías de la luz", "recogida de muebles"),
        "it": ("guasti luce", "ritiro ingombranti"),
        "nl": ("storingsnummer stroom", "grofvuil-lijn"),
        "pt": ("falta de luz", "coleta de entulho"),
    },
    "email_personal": {
        "en": ("photos go to", "my private mail"),
        "hg": ("photos yahan bhejo", "mera personal mail"),
        "hi": ("फ़ोटो यहाँ भेजें", "मेरा निजी मेल"),
        "de": ("Fotos bitte an", "meine private Mail"),
        "fr": ("photos à envoyer à", "mon mail perso"),
        "es": ("fotos a", "mi correo personal"),
        "it": ("foto a", "la mia mail personale"),
        "nl": ("foto's naar", "mijn eigen mail"),
        "pt": ("fotos pra", "meu e-mail pessoal"),
    },
    "email_role": {
        "en": ("club mailbox", "bookings inbox"),
        "hg": ("club ka mailbox", "booking wala inbox"),
        "hi": ("क्लब का मेल", "बुकिंग का मेल"),
        "de": ("Vereinspostfach", "Anmeldungen per Mail"),
        "fr": ("boîte du bureau", "inscriptions par mail"),
        "es": ("correo de la junta", "inscripciones"),
        "it": ("mail dell'associazione", "iscrizioni via mail"),
        "nl": ("mailbox van de club", "aanmelden per mail"),
        "pt": ("e-mail da diretoria", "inscrições por e-mail"),
    },
    "card": {
        "en": ("card for the coach deposit", "card used for the PA hire"),
        "hg": ("bus advance wala card", "speaker rent wala card"),
        "hi": ("बस एडवांस वाला कार्ड", "स्पीकर किराए वाला कार्ड"),
        "de": ("Karte für die Busanzahlung", "Karte für die Technikmiete"),
        "fr": ("carte pour l'acompte du car", "carte de la location sono"),
        "es": ("tarjeta de la señal del autocar", "tarjeta del alquiler de sonido"),
        "it": ("carta per l'acconto del pullman", "carta del noleggio audio"),
        "nl": ("kaart voor de aanbetaling bus", "kaart van de geluidshuur"),
        "pt": ("cartão do sinal do ônibus", "cartão do aluguel do som"),
    },
    "iban": {
        "en": ("account for the kitty", "pay the coach share into"),
        "hg": ("kitty wala account", "bus ka hissa yahan daalo"),
        "hi": ("चंदे का खाता", "बस का हिस्सा इस खाते में"),
        "de": ("Konto für die Umlage", "Busanteil bitte auf"),
        "fr": ("compte de la cagnotte", "part du car à verser sur"),
        "es": ("cuenta del bote", "parte del autocar a"),
        "it": ("conto della cassa comune", "quota pullman su"),
        "nl": ("rekening van de pot", "busbijdrage naar"),
        "pt": ("conta da vaquinha", "parte do ônibus na conta"),
    },
    "ip": {
        "en": ("the projector's address", "printer on the hall network"),
        "hg": ("projector ka address", "hall network wala printer"),
        "hi": ("प्रोजेक्टर का पता", "हॉल नेटवर्क वाला प्रिंटर"),
        "de": ("Adresse des Beamers", "Drucker im Saalnetz"),
        "fr": ("adresse du vidéoprojecteur", "imprimante du réseau de la salle"),
        "es": ("dirección del proyector", "impresora de la red del salón"),
        "it": ("indirizzo del proiettore", "stampante della rete della sala"),
        "nl": ("adres van de beamer", "printer op het zaalnetwerk"),
        "pt": ("endereço do projetor", "impressora da rede do salão"),
    },
    "ssn": {"en": ("SSN for the youth-work clearance", "SSN on the volunteer payroll form")},
}


def value_line(rng, shape, kind, lang):
    """(prefix, suffix) around the value for one value line."""
    label = rng.choice(LABELS[kind][lang])
    tpl = LINE_SHAPES[shape]
    cap = label[0].upper() + label[1:]
    pre, suf = tpl.split("{V}")
    return pre.replace("{L}", cap).replace("{l}", label), suf.replace("{L}", cap).replace("{l}", label)
