"""Spanish and Italian sentences for v86."""

ES = {
    "library": {
        "title": ["Su cuenta de la biblioteca", "Reserva disponible", "Novedades de la biblioteca municipal"],
        "pos": [
            "Su reserva le espera en el mostrador de préstamo; si no puede pasar, llame al {P}.",
            "Para renovar por teléfono marque el {P} en horario de apertura.",
            "Dudas sobre el club de lectura: {E} o Lucía en el {M}.",
            "Si ha perdido el carné, avise en el {O}.",
        ],
        "neg": [
            "Su carné {N:card_barcode} caduca a final de mes.",
            "El libro está en la signatura {N:dewey}, ISBN {N:isbn13}.",
            "Horario: de lunes a viernes, {N:hours}.",
        ],
    },
    "recordoffice": {
        "title": ["Su consulta al Archivo Histórico", "Respuesta a su solicitud de búsqueda"],
        "pos": [
            "La archivera de guardia atiende en el {P} de martes a jueves.",
            "Las tasas de búsqueda se abonan por transferencia a {B}.",
            "Desde el extranjero, la sala de consulta atiende en el {I}.",
            "Escriba a {E}; si hace falta, le llamaremos desde el {P}.",
        ],
        "neg": [
            "Los libros sacramentales están signados {N:archive_ref} y abarcan de {N:year_range}.",
            "Véase fol. {N:folio} del protocolo notarial.",
            "Caja y expediente: {N:box_file}.",
        ],
    },
    "museumbook": {
        "title": ["Confirmación de reserva", "Su visita escolar al museo"],
        "pos": [
            "Si el autocar se retrasa, avise a taquilla en el {P}.",
            "Para cambios en el grupo escriba al área educativa, {E}, o llame al {P}.",
            "El día de la visita, la coordinadora está en el {M}.",
        ],
        "neg": [
            "Reserva {N:booking_ref}: {N:group_size} alumnos.",
            "La exposición temporal va del {N:run_dates}.",
            "Entrada general: {N:price}.",
        ],
    },
    "heritage": {
        "title": ["Visita al castillo", "Jornadas de puertas abiertas"],
        "pos": [
            "En el recinto apenas hay cobertura; el guarda responde en el {P}.",
            "Las visitas guiadas se reservan en el {P} o en {E}.",
            "Rodajes y bodas: {Ep}, {M}.",
        ],
        "neg": [
            "La torre se reconstruyó de {N:year_range}.",
            "Coordenadas: {N:coords}.",
        ],
    },
}

IT = {
    "library": {
        "title": [
            "Il tuo account della biblioteca",
            "Prenotazione disponibile",
            "Notizie dalla biblioteca civica",
        ],
        "pos": [
            "La tua prenotazione è pronta al banco prestiti; se non riesci a passare chiama lo {P}.",
            "Per rinnovare i prestiti al telefono chiama il {P} negli orari di apertura.",
            "Domande sul prestito a domicilio: {E} oppure la signora Bianchi al {M}.",
            "Tessera smarrita? Segnalalo al numero verde {O}.",
        ],
        "neg": [
            "La tua tessera {N:card_barcode} scade a fine mese.",
            "Il volume è collocato a {N:dewey}, ISBN {N:isbn13}.",
            "Orari: dal martedì al sabato, {N:hours}.",
        ],
    },
    "recordoffice": {
        "title": ["Richiesta all'Archivio di Stato", "Risposta alla sua ricerca"],
        "pos": [
            "L'archivista di turno risponde allo {P} dal martedì al giovedì.",
            "I diritti di ricerca vanno versati con bonifico su {B}.",
            "Dall'estero la sala studio risponde al {I}.",
            "Scriva a {E}; la richiameremo dallo {P} se necessario.",
        ],
        "neg": [
            "I registri parrocchiali sono segnati {N:archive_ref} e coprono gli anni dal {N:year_range}.",
            "Si veda c. {N:folio} del registro.",
            "Busta e fascicolo: {N:box_file}.",
        ],
    },
    "museumbook": {
        "title": ["Conferma di prenotazione", "La vostra visita al museo"],
        "pos": [
            "Se il pullman è in ritardo, avvisate la biglietteria allo {P}.",
            "Per modifiche al gruppo scrivete ai servizi educativi, {E}, o chiamate lo {P}.",
            "Il giorno della visita la referente è raggiungibile al {M}.",
        ],
        "neg": [
            "Prenotazione {N:booking_ref}: {N:group_size} studenti.",
            "La mostra temporanea è aperta dal {N:run_dates}.",
            "Biglietto intero: {N:price}.",
        ],
    },
    "heritage": {
        "title": ["Visita all'abbazia", "Giornate del patrimonio"],
        "pos": [
            "Nel sito il segnale è debole; il custode risponde allo {P}.",
            "Le visite guidate si prenotano allo {P} o a {E}.",
            "Matrimoni e riprese: {Ep}, {M}.",
        ],
        "neg": [
            "Il chiostro fu ricostruito dal {N:year_range}.",
            "Coordinate: {N:coords}.",
        ],
    },
}
