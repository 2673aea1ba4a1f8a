"""Line templates that carry a value: {v} is the value, {name} a person, {place} a town or country."""

NATIONAL = {
    "en": [
        "Tel. {v}",
        "Phone: {v}",
        "Ring {name} on {v}",
        "Mobile {v}",
        "Bookings and cancellations: {v}",
        "{name}, {v}",
        "Call or text {v}",
        "Enquiries {v} (evenings)",
    ],
    "hinglish": ["Mob. {v}", "Contact: {name} ji, {v}", "Call karo: {v}", "Phone {v} (10 se 7)"],
    "hi": ["फ़ोन: {v}", "मोबाइल {v}", "संपर्क करें: {v}", "{name} जी - {v}"],
    "de": [
        "Tel. {v}",
        "Telefon: {v}",
        "Mobil {v}",
        "Anrufen bei {name}: {v}",
        "Rückfragen unter {v}",
        "Handy: {v}",
        "{name}, Tel. {v}",
    ],
    "fr": [
        "Tél. {v}",
        "Téléphone : {v}",
        "Portable {v}",
        "Appeler {name} au {v}",
        "Renseignements au {v}",
        "{name} - {v}",
    ],
    "es": [
        "Tel. {v}",
        "Teléfono: {v}",
        "Móvil {v}",
        "Llamar a {name} al {v}",
        "Información en el {v}",
        "{name}: {v}",
    ],
    "it": [
        "Tel. {v}",
        "Telefono: {v}",
        "Cell. {v}",
        "Chiamare {name} al {v}",
        "Informazioni al {v}",
        "{name} - {v}",
    ],
    "nl": [
        "Tel. {v}",
        "Telefoon: {v}",
        "Mobiel {v}",
        "Bel {name} op {v}",
        "Informatie via {v}",
        "{name}, {v}",
    ],
    "pt": [
        "Tel. {v}",
        "Telefone: {v}",
        "Celular {v}",
        "Ligar para {name} no {v}",
        "WhatsApp/fixo {v}",
        "{name} - {v}",
    ],
}

INTERNATIONAL = {
    "en": [
        "From abroad: {v}",
        "Overseas members dial {v}",
        "WhatsApp {v}",
        "{name} (in {place}): {v}",
        "International line {v}",
    ],
    "hinglish": ["Foreign se call: {v}", "{name} ({place} wale): {v}"],
    "hi": ["विदेश से: {v}", "{name} जी ({place}): {v}"],
    "de": ["Aus dem Ausland: {v}", "{name} (derzeit {place}): {v}", "WhatsApp {v}", "Tel. international {v}"],
    "fr": ["Depuis l'étranger : {v}", "{name} ({place}) : {v}", "WhatsApp {v}", "Tél. {v}"],
    "es": ["Desde el extranjero: {v}", "{name} ({place}): {v}", "WhatsApp {v}"],
    "it": ["Dall'estero: {v}", "{name} ({place}): {v}", "WhatsApp {v}"],
    "nl": ["Vanuit het buitenland: {v}", "{name} ({place}): {v}", "WhatsApp {v}"],
    "pt": ["Do exterior: {v}", "{name} ({place}): {v}", "WhatsApp {v}"],
}

SERVICE = {
    "en": ["Freephone helpline {v}", "Customer care (free): {v}", "Booking line {v}", "Results line {v}"],
    "hinglish": ["Toll free: {v}", "Customer care {v}"],
    "hi": ["टोल फ़्री: {v}", "हेल्पलाइन {v}"],
    "de": ["Kostenlose Hotline {v}", "Servicenummer {v}", "Störungsannahme {v}", "Infoline {v}"],
    "fr": ["Numéro vert {v}", "Service client {v}", "Ligne info {v}"],
    "es": ["Línea gratuita {v}", "Atención al cliente {v}", "Información {v}"],
    "it": ["Numero verde {v}", "Assistenza clienti {v}", "Linea informazioni {v}"],
    "nl": ["Gratis servicenummer {v}", "Klantenservice {v}", "Infolijn {v}"],
    "pt": ["Ligação gratuita {v}", "SAC {v}", "Central de atendimento {v}"],
}

EMAIL = {
    "en": ["Email {v}", "Send entries to {v}", "Questions: {v}", "{name} <{v}>", "Replies to {v} please"],
    "hinglish": ["Mail karo: {v}", "Email id: {v}"],
    "hi": ["ईमेल: {v}", "ई-मेल भेजें: {v}"],
    "de": ["E-Mail: {v}", "Anmeldung per Mail an {v}", "{name} <{v}>", "Fragen bitte an {v}"],
    "fr": ["Courriel : {v}", "Inscriptions par mail à {v}", "{name} <{v}>", "Écrire à {v}"],
    "es": ["Correo: {v}", "Inscripciones por email a {v}", "{name} <{v}>", "Escribid a {v}"],
    "it": ["E-mail: {v}", "Iscrizioni via mail a {v}", "{name} <{v}>", "Scrivere a {v}"],
    "nl": ["E-mail: {v}", "Aanmelden via {v}", "{name} <{v}>", "Mail naar {v}"],
    "pt": ["E-mail: {v}", "Inscrições pelo e-mail {v}", "{name} <{v}>", "Manda um e-mail pra {v}"],
}

IP = {
    "en": [
        "Clubhouse router admin: {v}",
        "Camera stream at http://{v}:8080",
        "NAS on {v}",
        "Blocked login attempts from {v}",
        "Printer IP {v}",
    ],
    "de": [
        "Router-Oberfläche: {v}",
        "Kamera im Stall: http://{v}/live",
        "Drucker-IP {v}",
        "Fehlgeschlagene Anmeldungen von {v}",
    ],
    "fr": [
        "Box internet : {v}",
        "Caméra du local : http://{v}:8080",
        "Imprimante IP {v}",
        "Connexions refusées depuis {v}",
    ],
    "es": [
        "Router del local: {v}",
        "Cámara: http://{v}:8080",
        "IP de la impresora {v}",
        "Accesos bloqueados desde {v}",
    ],
    "it": [
        "Router della sede: {v}",
        "Telecamera: http://{v}:8080",
        "IP stampante {v}",
        "Accessi bloccati da {v}",
    ],
    "nl": [
        "Router clubhuis: {v}",
        "Camera: http://{v}:8080",
        "Printer-IP {v}",
        "Geblokkeerde logins vanaf {v}",
    ],
    "pt": [
        "Roteador da sede: {v}",
        "Câmera: http://{v}:8080",
        "IP da impressora {v}",
        "Acessos bloqueados de {v}",
    ],
}

IBAN = {
    "en": ["Bank transfer to IBAN {v}", "IBAN: {v}", "Pay deposits into {v}"],
    "de": ["Bitte überweisen auf IBAN {v}", "IBAN: {v}", "Kontoverbindung: {v}"],
    "fr": ["Virement sur l'IBAN {v}", "IBAN : {v}", "RIB / IBAN {v}"],
    "es": ["Transferencia a la cuenta {v}", "IBAN: {v}", "Ingreso en {v}"],
    "it": ["Bonifico sull'IBAN {v}", "IBAN: {v}", "Coordinate bancarie {v}"],
    "nl": ["Overmaken naar {v}", "IBAN: {v}", "Rekeningnummer {v}"],
    "pt": ["Transferência para {v}", "IBAN: {v}", "Conta (IBAN) {v}"],
}

CARD = {
    "en": ["Card on file: {v}", "Deposit paid by card {v}", "Charge card {v}"],
    "de": ["Kreditkarte {v}", "Anzahlung per Karte {v}", "Karte hinterlegt: {v}"],
    "fr": ["Carte bancaire {v}", "Acompte réglé par carte {v}"],
    "es": ["Tarjeta {v}", "Señal pagada con tarjeta {v}"],
    "it": ["Carta di credito {v}", "Caparra pagata con carta {v}"],
    "nl": ["Creditcard {v}", "Aanbetaling met kaart {v}"],
    "pt": ["Cartão {v}", "Sinal pago no cartão {v}"],
}

SSN = ["SSN: {v}", "Social Security no. {v}", "Taxpayer SSN {v}", "SSN (applicant) {v}", "Spouse SSN {v}"]

# where a foreign number's holder is said to be
CITY = {"US": "Boston", "GB": "Leeds", "DE": "Köln", "FR": "Lyon", "ES": "Valencia", "IT": "Bologna"}
CITY.update({"NL": "Utrecht", "BR": "Recife", "IN": "Pune", "AU": "Perth", "IE": "Galway", "AT": "Graz"})
CITY.update({"CH": "Bern", "BE": "Gent"})

ROSTER_NOTE = {
    "en": ["Sat am", "Sun", "backup", "evenings", "lead", "first aid", "keys", "after 6pm"],
    "de": ["Sa vorm.", "So", "Vertretung", "abends", "Kasse", "Schlüssel", "ab 18 Uhr"],
    "fr": ["sam. matin", "dim.", "remplaçant", "le soir", "clés", "caisse"],
    "es": ["sáb. mañana", "dom.", "suplente", "tardes", "llaves", "caja"],
    "it": ["sab. mattina", "dom.", "riserva", "sera", "chiavi", "cassa"],
    "nl": ["za ochtend", "zo", "reserve", "avond", "sleutel", "kassa"],
    "pt": ["sáb. manhã", "dom.", "reserva", "noite", "chaves", "caixa"],
}
