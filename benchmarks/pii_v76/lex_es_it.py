"""Spanish and Italian sentences."""

ES = {
    "GENRES": ["nursery", "nanny", "schoolrun", "forum", "aupair"],
    "TITLES": {
        "nursery": ["Escuela infantil Los Pitufos – circular a familias", "Periodo de adaptación"],
        "nanny": ["Se busca canguro por las tardes", "Indicaciones para la canguro"],
        "schoolrun": ["Turnos para llevar a los niños al cole", "¿Quién recoge el viernes?"],
        "forum": ["Foro de madres y padres › Guarderías", "Re: ¿cuánto pagáis de guardería?"],
        "aupair": ["Confirmación de familia anfitriona", "Llegada de vuestra au pair"],
    },
    "BODY": {
        "nursery": [
            "Si el niño está malo, avisad a la escuela en el {P} antes de las nueve.",
            "La directora, {NAME}, atiende en {E}.",
            "La cuota se domicilia en {B}.",
            "Teléfono gratuito de información a familias: {O}.",
        ],
        "nanny": [
            "Interesadas, escribid un WhatsApp al {M}.",
            "Mi marido está en Lisboa esta semana; su móvil es {I}.",
            "Mandad el currículum a {EP}.",
        ],
        "schoolrun": [
            "Lunes y miércoles lleva {NAME} ({M}).",
            "Si alguien se retrasa, llamad a secretaría: {P}.",
        ],
        "forum": [
            "Nosotros llamamos al ayuntamiento ({P}) y nos dieron plaza en enero.",
            "Moderación: cuenta duplicada desde la IP {IP4}.",
        ],
        "aupair": [
            "Vuestra coordinadora es {NAME}: {P}, {E}.",
            "La cuota de la agencia se cargó en la tarjeta {C}.",
        ],
    },
    "NEGS": {
        "nursery": [
            "Horario: {N:session_times}; aula de {N:age_band} meses.",
            "Número de expediente de la beca comedor: {N:case_file}.",
        ],
        "nanny": [
            "Pagamos {N:hourly_rate}, dos tardes a la semana.",
            "Si pasa de {N:temperature}, avisadnos.",
        ],
        "schoolrun": ["Entrada al cole: {N:session_times}."],
        "forum": [
            "Pagamos {N:fee_amount} al trimestre con comedor.",
            "Vacuna de ayer, lote {N:vaccine_lot}; algo de fiebre.",
        ],
        "aupair": ["Fecha de nacimiento de los niños: {N:child_dob}."],
    },
    "LIST_HEADS": ["Teléfonos de contacto", "Para la canguro", "Urgencias familiares"],
    "LIST_LABELS": ["Mamá (móvil)", "Papá (trabajo)", "Abuela", "Escuela infantil", "Pediatra", "Vecina"],
    "ORGS": ["Los Pitufos", "El Patio de Colores", "Escuela Infantil Arcoíris"],
    "EMAIL_ROLES": ["secretaria", "direccion", "info", "familias"],
}

IT = {
    "GENRES": ["nursery", "nanny", "toddler", "schoolrun", "forum"],
    "TITLES": {
        "nursery": [
            "Asilo nido Il Girasole – comunicazione alle famiglie",
            "Inserimento: le prime settimane",
        ],
        "nanny": ["Cercasi tata per il pomeriggio", "Istruzioni per la tata"],
        "toddler": ["Spazio gioco 0-3 anni in biblioteca", "Massaggio infantile: nuovo ciclo"],
        "schoolrun": ["Turni per accompagnare i bimbi a scuola", "Chi va a prenderli venerdì?"],
        "forum": ["Forum genitori › Nidi e scuole dell'infanzia", "Re: retta del nido, quanto pagate?"],
    },
    "BODY": {
        "nursery": [
            "In caso di assenza, avvisate la segreteria al {P} entro le 9.",
            "Per l'inserimento scrivete a {E}; risponde {NAME}.",
            "La retta si paga con bonifico su {B}.",
            "Numero verde per le famiglie: {O}.",
        ],
        "nanny": [
            "Se interessate mandate un messaggio al {M}.",
            "Il papà è a Monaco per lavoro; il suo cellulare è {I}.",
        ],
        "toddler": [
            "Prenotazioni con {NAME} al {M} o a {EP}.",
            "La biblioteca risponde al {P} solo la mattina.",
        ],
        "schoolrun": [
            "Lunedì accompagna {NAME} ({M}), martedì noi.",
            "Se c'è un ritardo chiamate la scuola: {P}.",
        ],
        "forum": [
            "Abbiamo chiamato il comune ({P}) e ci hanno messo in graduatoria.",
            "Scrivimi a {EP} se vuoi il contatto della nostra tata.",
        ],
    },
    "NEGS": {
        "nursery": [
            "Orario: {N:session_times}; sezione lattanti {N:age_band} mesi.",
            "Codice meccanografico della scuola: {N:school_code}.",
        ],
        "nanny": ["Offriamo {N:hourly_rate}, tre pomeriggi.", "Se supera {N:temperature}, chiamateci."],
        "toddler": ["Libro del mese: ISBN {N:isbn}.", "Per bimbi di {N:age_band} mesi."],
        "schoolrun": ["Ingresso {N:session_times}."],
        "forum": ["Noi paghiamo {N:fee_amount} a trimestre.", "Vaccino ieri, lotto {N:vaccine_lot}."],
    },
    "LIST_HEADS": ["Contatti per le emergenze", "Numeri per la tata", "Chi chiamare"],
    "LIST_LABELS": ["Mamma (cellulare)", "Papà (ufficio)", "Nonna", "Nido", "Pediatra", "Vicina"],
    "ORGS": ["Il Girasole", "Nido Coccinella", "Piccoli Passi"],
    "EMAIL_ROLES": ["segreteria", "direzione", "info", "nido"],
}
