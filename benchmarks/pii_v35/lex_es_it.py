"""Spanish (with Spanglish) and Italian lines; slots as in lex_en."""

ES = {
    "post": {
        "open": ["Aviso para el grupo del barrio 🏘️", "Necesito un favor, porfa 🙏"],
        "pos": [
            "Me robaron el móvil, nuevo número: {ph} – guardadlo!",
            "Alguien encontró unas llaves en la plaza? Llamadme al {ph} 🔑",
            "Para el banco de alimentos, hablad con Lucía al {ph}",
        ],
        "neg": [
            "Madre mía, {social_count} visitas en una noche 😳 {hashtag_digits}",
            "Encuesta cerrada: {poll_pct}, gracias",
            "Fotos de {handle_digits}, ya {social_count} likes",
        ],
        "close": ["Compartid porfa 🔁", "Gracias a todos ❤️"],
    },
    "comments": {
        "open": ["Comentarios más relevantes ▾", "Respuestas:"],
        "pos": [
            "Llama al casero directamente, contesta rápido: {ph}",
            "We used them too, super legit, pregunta por Javi {ph}",
        ],
        "neg": ["En el {video_ts} me morí de risa 😂", "{handle_digits} quedó {match_score} al final"],
        "close": ["Me gusta · Responder", "Ver más comentarios"],
    },
    "bio": {
        "open": ["Tatuadora 🖤 | solo con cita", "Mamá, runner y fan del café ☕"],
        "pos": ["📲 Citas por WhatsApp: {ph}", "Colabs y prensa → {ph}"],
        "neg": ["{social_count} seguidores 💕 desde {year_range}", "🎂 {age_height} • {hashtag_digits}"],
        "close": ["Link en bio ⬇️", "✌️"],
    },
    "forum": {
        "open": ["Mejor respuesta ✔", "Re: qué compañía tiene mejor cobertura en el pueblo?"],
        "pos": [
            "Llama al departamento de bajas y pide descuento de permanencia: {ph}",
            "Me arreglaron la pantalla en la tiendita de la estación, {ph}",
        ],
        "neg": [
            "Tuve el mismo problema con mi {phone_model}",
            "La última vez estuve {stream_uptime} en espera",
        ],
        "close": ["Espero que te sirva!", "Enviado desde el móvil"],
    },
    "chat": {
        "open": ["Chat de WhatsApp · Piso compartido 🏠", "Exportación de Telegram · Grupo: Runners domingo"],
        "pos": [
            "el número del fontanero es {ph}, viene mañana temprano",
            "puedes llamar a la abuela? está en el {ph}",
            "new sim jaja, guarda {ph}",
        ],
        "neg": ["mi número de seguridad cambió: {signal_safety}", "usuario {telegram_id} se unió al grupo"],
        "close": ["👍", "vale gracias", "jajaja"],
    },
    "dating": {
        "open": ["Se alquila habitación 🛏️ cerca de la uni", "Sobre mí 💫"],
        "pos": ["Visitas el finde, llama al {ph}", "Si hacemos match, escríbeme directo: {ph} 😉"],
        "neg": [
            "Habitación de {rent_area}, {price} gastos incluidos, entrada {date_range}",
            "{age_height}, Leo, team playa",
        ],
        "close": ["No fumadores 🚭", "Se aceptan mascotas 🐶"],
    },
    "market": {
        "open": ["VENDO 🔥 entrega en mano", "Grupo de compraventa: normas en el post fijado"],
        "pos": ["Interesados llamar o mandar mensaje al {ph}", "Solo efectivo o Bizum, contacto {ph}"],
        "neg": [
            "{phone_model}, como nuevo, {price} negociables",
            "Zapatillas {shoe_size}, {price}, anuncio {classified_id}",
            "pagado por PayPal, transacción {paypal_txn}",
        ],
        "close": ["No cambios", "Venta entre particulares"],
    },
    "event": {
        "open": ["🎉 Fiesta en la azotea este sábado", "Webinar: cómo pedir la beca"],
        "pos": ["Reservas y mesas: {ph} (solo WhatsApp)", "Dudas al organizador: {ph}"],
        "neg": [
            "Puertas {time_range}, entrada {price}, código {ticket_barcode}",
            "ID de reunión {zoom_id}, código {zoom_pass}",
            "Llegamos en el {train_no}, sector/fila/asiento {seat_ref}",
        ],
        "close": ["Etiqueta a tus amigos 👇", "Os esperamos!"],
    },
    "gaming": {
        "open": ["Busco squad 🎮 chill, servers EU", "Raid esta noche, quién se apunta?"],
        "pos": ["agrégame al WhatsApp del squad {ph}", "si se cae el Discord: {ph}"],
        "neg": [
            "mi código de entrenador {pogo_code}",
            "código de amigo {switch_code}, MMR {mmr_elo}",
            "únete {invite_code}, lobby {lobby_code}",
        ],
        "close": ["gg", "nada de tóxicos"],
    },
    "local": [],
    "other": ["Teléfono gratuito: {ph}", "Atención al cliente: {ph}"],
    "list_head": ["📌 Teléfonos útiles del grupo", "Contactos de emergencia para la excursión 🚐"],
    "email": ["Mandad el CV a {em} 📩", "o por correo: {em}"],
    "card": ["Alguien acaba de poner su tarjeta {cc} en el grupo 😬 borradlo"],
    "iban": ["La fianza por transferencia, IBAN {iban}", "También transferencia: {iban}"],
    "ip": ["IP del server {ip}, whitelist activada"],
    "ssn": [],
}

IT = {
    "post": {
        "open": ["Avviso per il gruppo del quartiere 🏘️", "Ragazzi mi serve una mano 🙏"],
        "pos": [
            "Mi hanno rubato il telefono, nuovo numero: {ph} – salvatelo!",
            "Chi ha trovato delle chiavi in piazza? Chiamatemi al {ph} 🔑",
            "Per la raccolta alimentare sentite Giulia al {ph}",
        ],
        "neg": [
            "Pazzesco, {social_count} visualizzazioni in una notte 😳 {hashtag_digits}",
            "Sondaggio chiuso: {poll_pct}, grazie",
            "Foto di {handle_digits}, già {social_count} like",
        ],
        "close": ["Condividete pls 🔁", "Grazie a tutti ❤️"],
    },
    "comments": {
        "open": ["Commenti più pertinenti ▾", "Risposte:"],
        "pos": [
            "Chiama direttamente il padrone di casa, risponde subito: {ph}",
            "Li abbiamo usati anche noi, chiedi di Marco {ph}",
        ],
        "neg": ["Al minuto {video_ts} sono morta 😂", "{handle_digits} è finita {match_score}"],
        "close": ["Mi piace · Rispondi", "Mostra altri commenti"],
    },
    "bio": {
        "open": ["Tatuatrice 🖤 | solo su appuntamento", "Pasticcere per passione 🍰"],
        "pos": ["📲 Appuntamenti su WhatsApp: {ph}", "Collab e stampa → {ph}"],
        "neg": ["{social_count} follower 💕 dal {year_range}", "🎂 {age_height} • {hashtag_digits}"],
        "close": ["Link in bio ⬇️", "✌️"],
    },
    "forum": {
        "open": ["Risposta migliore ✔", "Re: quale operatore prende meglio in montagna?"],
        "pos": [
            "Chiama l'ufficio disdette e chiedi uno sconto fedeltà: {ph}",
            "Lo schermo me l'ha sistemato il negozietto vicino alla stazione, {ph}",
        ],
        "neg": ["Stesso problema col mio {phone_model}", "L'ultima volta {stream_uptime} di attesa"],
        "close": ["Spero sia utile!", "Inviato dal cellulare"],
    },
    "chat": {
        "open": ["Chat WhatsApp · Coinquilini via Roma 🏠", "Export Telegram · Gruppo: corsa della domenica"],
        "pos": [
            "ecco il numero dell'idraulico {ph}, passa domattina",
            "puoi chiamare la nonna? è al {ph}",
            "sim nuova, salvati {ph}",
        ],
        "neg": [
            "il mio numero di sicurezza è cambiato: {signal_safety}",
            "utente {telegram_id} è entrato nel gruppo",
        ],
        "close": ["👍", "ok grazie", "ahahah"],
    },
    "dating": {
        "open": ["Affittasi stanza singola 🛏️ zona università", "Su di me 💫"],
        "pos": ["Visite nel weekend, chiamate il {ph}", "Se c'è match scrivimi direttamente: {ph} 😉"],
        "neg": [
            "Stanza di {rent_area}, {price} spese incluse, ingresso {date_range}",
            "{age_height}, Bilancia, team mare",
        ],
        "close": ["No fumatori 🚭", "Animali ammessi 🐶"],
    },
    "market": {
        "open": ["VENDO 🔥 consegna a mano", "Gruppo compravendita: regole nel post in evidenza"],
        "pos": ["Se interessati chiamate o scrivete al {ph}", "Solo contanti, contatto {ph} dopo le 17"],
        "neg": [
            "{phone_model}, come nuovo, {price} trattabili",
            "Sneakers {shoe_size}, {price}, annuncio {classified_id}",
            "pagato con PayPal, transazione {paypal_txn}",
        ],
        "close": ["No scambi", "Vendita tra privati"],
    },
    "event": {
        "open": ["🎉 Festa in terrazza sabato", "Webinar: come fare domanda Erasmus"],
        "pos": ["Prenotazioni e tavoli: {ph} (solo WhatsApp)", "Domande all'organizzatore: {ph}"],
        "neg": [
            "Apertura {time_range}, ingresso {price}, biglietto {ticket_barcode}",
            "ID riunione {zoom_id}, passcode {zoom_pass}",
            "Arriviamo col {train_no}, settore/fila/posto {seat_ref}",
        ],
        "close": ["Tagga gli amici 👇", "Vi aspettiamo!"],
    },
    "gaming": {
        "open": ["Cerco squad 🎮 tranquilla, server EU", "Raid stasera, chi c'è?"],
        "pos": ["aggiungimi su WhatsApp per il gruppo {ph}", "se Discord va giù di nuovo: {ph}"],
        "neg": [
            "codice allenatore {pogo_code}",
            "codice amico {switch_code}, UID {genshin_uid}",
            "Elo {mmr_elo}, lobby {lobby_code}",
        ],
        "close": ["gg", "niente tossici"],
    },
    "local": [],
    "other": ["Numero verde gratuito: {ph}", "Assistenza clienti: {ph}"],
    "list_head": ["📌 Numeri utili del gruppo", "Contatti di emergenza per la gita 🚐"],
    "email": ["CV a {em} 📩", "oppure via mail: {em}"],
    "card": ["Qualcuno ha appena postato la sua carta {cc} nel gruppo 😬 cancellate"],
    "iban": ["Caparra con bonifico, IBAN {iban}", "Va bene anche bonifico: {iban}"],
    "ip": ["IP del server {ip}, whitelist attiva"],
    "ssn": [],
}
