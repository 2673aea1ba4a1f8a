"""Spanish and Italian sentences: games and play (same slots as lex_en)."""

ES = {
    "esports": {
        "head": ["Pruebas para la cantera", "Calendario de scrims"],
        "ph": [
            "Si se cae el canal de voz, llamad al mánager, {name}, al {nat}.",
            "Los padres de jugadores menores pueden contactar con la responsable al {nat}.",
            "El patrocinador de periféricos está en Portugal: {intl}.",
        ],
        "plain": [
            "Último scrim: {neg}.",
            "Las tallas de camiseta, a {email} antes del viernes.",
            "Ficha del jugador según la API del torneo: {neg}.",
        ],
    },
    "escape": {
        "head": ["Tu reserva de escape room", "Confirmación – La Cripta del Relojero"],
        "ph": [
            "Si vais a llegar tarde, llamad a recepción al {nat}.",
            "Cambios de fecha: {oth}.",
            "Responsable del grupo: {name}, móvil {nat}.",
        ],
        "plain": [
            "¡Habéis escapado! {neg}.",
            "La señal se cobró en la tarjeta {card}.",
            "Localizador: {neg}.",
        ],
    },
    "gameshop": {
        "head": ["Tu reserva en la tienda", "Recibo de intercambio"],
        "ph": [
            "Tu reserva ya está en tienda; llámanos al {nat} si necesitas que la guardemos más días.",
            "Atención al cliente del transportista: {oth}.",
        ],
        "plain": [
            "Artículo: edición coleccionista, {neg}.",
            "Pagado con la tarjeta {card}.",
            "Recibo enviado a {email}.",
        ],
    },
    "chess": {
        "head": ["Torneo social de ajedrez", "Campus de ajedrez infantil"],
        "ph": [
            "El árbitro, {name}, atiende en el {nat} si no llegas a la primera ronda.",
            "Los jugadores extranjeros pueden escribir al árbitro principal: {intl}.",
        ],
        "plain": [
            "Emparejamientos: {neg}.",
            "Ritmo de juego: {neg}.",
            "Inscripción por transferencia a {iban}.",
        ],
    },
}

IT = {
    "boardgame": {
        "head": ["Serata giochi da tavolo", "Notiziario dell'associazione ludica"],
        "ph": [
            "Se il portone è chiuso, chiamate {name} al {nat}.",
            "Per prenotare un tavolo il locale risponde al {nat}.",
            "Gli amici del club di Lugano sono raggiungibili al {intl}.",
        ],
        "plain": [
            "Quote associative su {iban}.",
            "Iscrizioni al torneo via mail a {email}.",
            "Il dubbio sul regolamento è chiarito: {neg}.",
        ],
    },
    "arcade": {
        "head": ["Sala giochi – festa di compleanno", "Nuovo record in sala"],
        "ph": [
            "Per le feste chiamate il responsabile al {nat}.",
            "Assistenza per la ricarica delle tessere: {oth}.",
        ],
        "plain": [
            "Nuovo record sul cabinato all'ingresso: {neg}.",
            "Il pacchetto festa comprende {neg} a bambino.",
            "Caparra addebitata sulla carta {card}.",
        ],
    },
    "bridge": {
        "head": ["Torneo del giovedì – classifica", "Avvisi del circolo del bridge"],
        "ph": [
            "Cercate un compagno? Telefonate a {name} al {nat}.",
            "In caso di annullamento lasciamo un messaggio sulla segreteria del circolo, {nat}.",
        ],
        "plain": [
            "Miglior punteggio della serata: {neg}.",
            "La smazzata 11 ha dato lo scarto più grande: {neg}.",
            "L'apertura di 1SA mostra {neg}.",
        ],
    },
    "gameshop": {
        "head": ["Il tuo preordine", "Ricevuta di permuta"],
        "ph": [
            "Il preordine è pronto; chiamaci al {nat} se vuoi che lo teniamo da parte.",
            "Il titolare, {name}, risponde al {nat} nei giorni feriali.",
        ],
        "plain": [
            "Articolo: edizione deluxe, {neg}.",
            "Pagato con carta {card}.",
            "Ricevuta inviata a {email}.",
        ],
    },
}

LIST_HEADS_ES = ["Contactos", "El día del torneo", "A quién llamar"]
LIST_HEADS_IT = ["Contatti", "Il giorno del torneo", "Chi chiamare"]
