"""Lines that carry values other than announced numbers, per language (`{v}` is the value).

national: a full national number; international: a number abroad ({city}); other: a service number;
email/role: addresses; iban, card, ssn and ip lines. Hinglish falls back to English where people
would write English anyway; Hindi has its own lines for phones and e-mail.
"""

from __future__ import annotations

LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "national": {
        "en": (
            "{name}'s mobile, if you can't get the house: {v}",
            "The venue's own number is {v}.",
            "Cover for Saturday is {name} – {v}.",
            "Lost property is handled by the office, {v}.",
        ),
        "de": (
            "{name} ist mobil unter {v} zu erreichen.",
            "Die Gaststätte selbst hat die Nummer {v}.",
            "Vertretung am Wochenende: {name}, {v}",
            "Fundsachen verwaltet das Büro, {v}.",
        ),
        "fr": (
            "Le portable de {name} : {v}",
            "Le restaurant répond au {v}.",
            "Remplaçant le samedi : {name}, {v}",
            "Objets trouvés : s'adresser à la mairie, {v}.",
        ),
        "es": (
            "El móvil de {name}: {v}",
            "El bar del polideportivo tiene el {v}.",
            "Suplente el sábado: {name}, {v}",
            "Objetos perdidos: ayuntamiento, {v}.",
        ),
        "it": (
            "Il cellulare di {name}: {v}",
            "Il ristorante risponde al {v}.",
            "Sostituto il sabato: {name}, {v}",
            "Oggetti smarriti: ufficio comunale, {v}.",
        ),
        "nl": (
            "Mobiel van {name}: {v}",
            "Het café zelf heeft nummer {v}.",
            "Invaller zaterdag: {name}, {v}",
            "Gevonden voorwerpen: gemeentehuis, {v}.",
        ),
        "pt": (
            "O celular de {name}: {v}",
            "O salão atende no {v}.",
            "Substituto no sábado: {name}, {v}",
            "Achados e perdidos: secretaria, {v}.",
        ),
        "hing": (
            "{name} ka mobile: {v}",
            "Hall booking ke liye office ka number {v} hai.",
            "Sunday ko {name} available hai, {v}",
        ),
        "hi": ("{name} जी का मोबाइल: {v}", "धर्मशाला का नंबर {v} है।", "रविवार को संपर्क: {name}, {v}"),
    },
    "international": {
        "en": (
            "{name} is in {city} until the end of the month, reachable on {v}.",
            "Our twin club in {city} can be called on {v}.",
            "From abroad, {name}'s sister in {city}: {v}",
        ),
        "de": (
            "{name} ist bis Monatsende in {city}, dort unter {v}.",
            "Partnerverein in {city}: {v}",
            "Unsere Gastgeber in {city} erreicht man unter {v}.",
        ),
        "fr": (
            "{name} est à {city} jusqu'à la fin du mois, joignable au {v}.",
            "Le club jumelé de {city} : {v}",
            "Nos hôtes à {city} répondent au {v}.",
        ),
        "es": (
            "{name} está en {city} hasta fin de mes, localizable en el {v}.",
            "La asociación hermana de {city}: {v}",
            "Los anfitriones de {city} tienen el {v}.",
        ),
        "it": (
            "{name} è a {city} fino a fine mese, raggiungibile al {v}.",
            "L'associazione gemellata di {city}: {v}",
            "I nostri ospiti a {city} rispondono al {v}.",
        ),
        "nl": (
            "{name} zit tot eind van de maand in {city}, bereikbaar op {v}.",
            "Zustervereniging in {city}: {v}",
            "Onze gastfamilie in {city} heeft nummer {v}.",
        ),
        "pt": (
            "{name} está em {city} até o fim do mês, no {v}.",
            "A associação parceira de {city}: {v}",
            "Nossos anfitriões em {city} atendem no {v}.",
        ),
        "hing": ("{name} abhi {city} mein hai, wahan ka number {v} hai.",),
        "hi": ("{name} जी अभी {city} में हैं, वहाँ का नंबर {v} है।",),
    },
    "other": {
        "en": (
            "Box office (free phone): {v}",
            "Council bulky-waste line: {v}",
            "Minibus hire central bookings: {v}",
        ),
        "de": (
            "Kostenlose Servicenummer der Stadtwerke: {v}",
            "Sperrmüll-Hotline: {v}",
            "Zentrale Buchung Kleinbus: {v}",
        ),
        "fr": ("Numéro vert de la mairie : {v}", "Service encombrants : {v}", "Réservation du minibus : {v}"),
        "es": ("Atención al vecino (gratuito): {v}", "Recogida de enseres: {v}", "Reservas del autobús: {v}"),
        "it": ("Numero verde del Comune: {v}", "Ritiro ingombranti: {v}", "Prenotazione pulmino: {v}"),
        "nl": ("Gratis servicenummer gemeente: {v}", "Grofvuil ophalen: {v}", "Reserveren buurtbus: {v}"),
        "pt": (
            "Central de atendimento (gratuita): {v}",
            "Cata-treco da prefeitura: {v}",
            "Reserva da van: {v}",
        ),
        "hing": ("Gas agency toll-free: {v}", "Bijli complaint helpline: {v}"),
        "hi": ("टोल-फ़्री हेल्पलाइन: {v}", "बिजली शिकायत: {v}"),
    },
    "email": {
        "en": (
            "Send photos to {name} at {v}",
            "RSVP by email: {v}",
            "{name}'s email is {v} if you'd rather write.",
        ),
        "de": ("Fotos bitte an {v} schicken.", "Anmeldung per Mail an {name}: {v}", "Rückfragen gern an {v}"),
        "fr": ("Envoyez vos photos à {v}", "Inscriptions par courriel : {v}", "Le mail de {name} : {v}"),
        "es": ("Mandad las fotos a {v}", "Inscripciones por correo: {v}", "El correo de {name}: {v}"),
        "it": ("Mandate le foto a {v}", "Iscrizioni via mail: {v}", "La mail di {name}: {v}"),
        "nl": ("Foto's graag naar {v}", "Aanmelden per mail: {v}", "Het mailadres van {name}: {v}"),
        "pt": ("Mandem as fotos para {v}", "Inscrição por e-mail: {v}", "O e-mail de {name}: {v}"),
        "hing": ("Photos {v} pe bhej do", "{name} ka email: {v}"),
        "hi": ("फ़ोटो {v} पर भेजें", "{name} जी का ईमेल: {v}"),
    },
    "iban": {
        "en": ("Subs by bank transfer to {v}, reference your surname.", "Account for the deposit: {v}"),
        "de": ("Beitrag bitte überweisen: IBAN {v}", "Kontoverbindung für die Kaution: {v}"),
        "fr": ("Virement de la cotisation : IBAN {v}", "RIB pour la caution : {v}"),
        "es": ("Cuota por transferencia al {v}", "Cuenta para la fianza: IBAN {v}"),
        "it": ("Quota tramite bonifico: IBAN {v}", "Conto per la caparra: {v}"),
        "nl": ("Contributie overmaken naar {v} o.v.v. je naam.", "Rekening voor de borg: {v}"),
        "pt": ("Transferência da mensalidade: IBAN {v}", "Conta para o depósito: {v}"),
    },
    "card": {
        "en": ("The club card on file for the hire van is {v}.", "{name} paid the deposit with card {v}."),
        "de": ("Hinterlegte Vereinskreditkarte für die Buchung: {v}", "{name} hat mit Karte {v} bezahlt."),
        "fr": (
            "Carte du club enregistrée pour la location : {v}",
            "{name} a payé l'acompte avec la carte {v}.",
        ),
        "es": ("Tarjeta de la asociación para la reserva: {v}", "{name} pagó la señal con la tarjeta {v}."),
        "it": ("Carta dell'associazione per la prenotazione: {v}", "{name} ha pagato con la carta {v}."),
        "nl": ("Creditcard van de vereniging voor de boeking: {v}", "{name} betaalde met kaart {v}."),
        "pt": ("Cartão da associação para a reserva: {v}", "{name} pagou o sinal com o cartão {v}."),
        "hing": ("Booking {name} ke card {v} se hui hai.",),
        "hi": ("बुकिंग का भुगतान कार्ड {v} से हुआ।",),
    },
    "ssn": {
        "en": (
            "For the stipend paperwork (W-9), {name}'s SSN: {v}",
            "Background-check form – SSN {v}",
            "Payroll needs {name}'s Social Security number: {v}",
        ),
    },
    "ip": {
        "en": (
            "The hall printer sits at {v} on the wifi.",
            "Camera feed from the gate: {v}",
            "If the router hangs, its admin page is {v}",
        ),
        "de": (
            "Der Drucker im Vereinsheim hat die Adresse {v}.",
            "Kamera am Tor: {v}",
            "Router-Oberfläche: {v}",
        ),
        "fr": (
            "L'imprimante de la salle est à l'adresse {v}.",
            "Caméra du portail : {v}",
            "Box internet : {v}",
        ),
        "es": ("La impresora del local está en {v}.", "Cámara de la puerta: {v}", "Router del local: {v}"),
        "it": ("La stampante della sede è su {v}.", "Telecamera del cancello: {v}", "Router della sede: {v}"),
        "nl": ("De printer in het clubhuis staat op {v}.", "Camera bij het hek: {v}", "Router-beheer: {v}"),
        "pt": ("A impressora da sede está em {v}.", "Câmera do portão: {v}", "Roteador da sede: {v}"),
        "hing": ("Society CCTV ka IP {v} hai.", "Printer ka address: {v}"),
        "hi": ("सीसीटीवी कैमरा आईपी: {v}",),
    },
}

ROSTER_HEADINGS = {
    "en": ("Phone tree", "Who to ring", "Rota – phone numbers", "Telephone list"),
    "de": ("Telefonkette", "Telefonliste", "Wer ist wie erreichbar (Telefon)"),
    "fr": ("Liste téléphonique", "Qui appeler (téléphone)", "Chaîne téléphonique"),
    "es": ("Lista de teléfonos", "Cadena telefónica", "A quién llamar (teléfono)"),
    "it": ("Elenco telefonico", "Catena telefonica", "Chi chiamare (telefono)"),
    "nl": ("Telefoonlijst", "Belboom", "Wie bel je (telefoon)"),
    "pt": ("Lista de telefones", "Quem ligar (telefone)", "Corrente telefônica"),
    "hing": ("Phone list", "Contact numbers"),
    "hi": ("फ़ोन सूची", "संपर्क फ़ोन नंबर"),
}
ROSTER_COLUMNS = {
    "en": ("Name", "Job", "Phone"),
    "de": ("Name", "Aufgabe", "Telefon"),
    "fr": ("Nom", "Rôle", "Téléphone"),
    "es": ("Nombre", "Tarea", "Teléfono"),
    "it": ("Nome", "Compito", "Telefono"),
    "nl": ("Naam", "Taak", "Telefoon"),
    "pt": ("Nome", "Função", "Telefone"),
    "hing": ("Name", "Duty", "Phone"),
    "hi": ("नाम", "काम", "फ़ोन"),
}
JOBS = {
    "en": ("keys", "teas", "raffle", "first aid", "lifts", "set-up", "clear-up", "float"),
    "de": ("Schlüssel", "Kaffee", "Kasse", "Aufbau", "Abbau", "Fahrdienst", "Erste Hilfe"),
    "fr": ("clés", "buvette", "caisse", "montage", "rangement", "navette", "secours"),
    "es": ("llaves", "barra", "caja", "montaje", "recogida", "transporte", "botiquín"),
    "it": ("chiavi", "bar", "cassa", "allestimento", "pulizie", "navetta", "primo soccorso"),
    "nl": ("sleutels", "bar", "kassa", "opbouw", "afbouw", "vervoer", "EHBO"),
    "pt": ("chaves", "bar", "caixa", "montagem", "limpeza", "carona", "primeiros socorros"),
    "hing": ("keys", "tent", "sound", "prasad", "parking", "decoration"),
    "hi": ("चाबी", "टेंट", "साउंड", "प्रसाद", "पार्किंग", "सजावट"),
}
