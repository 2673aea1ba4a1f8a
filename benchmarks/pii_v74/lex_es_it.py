"""Spanish and Italian sentences for v74, written fresh for this set."""

ES = {
    "titles": {
        "vet": ["Informe de alta – {pet}", "Recordatorio de vacunas"],
        "boarding": ["Reserva en la residencia canina"],
        "walker": ["Resumen semanal de paseos"],
        "petins": ["Parte de siniestro – seguro de mascotas"],
        "rescue": ["Seguimiento de adopción", "Entrega a casa de acogida"],
    },
    "body": {
        "vet": [
            "{pet} despertó bien de la anestesia; peso {n_weight} kg y temperatura {n_temp} °C.",
            "Si la herida sangra durante el fin de semana, llame a urgencias veterinarias al {ph}.",
            "Vacuna de la rabia del lote {n_vaxlot}; microchip {n_chip} comprobado.",
            "La Dra. {name} espera noticias el jueves por WhatsApp al {mob}.",
            "La señal de {n_amount} € se cobró en la tarjeta {card}.",
        ],
        "boarding": [
            "{pet} tiene plaza del {n_booking} en el box {n_kennel}; entrega entre {n_apptime}.",
            "Contacto de emergencia durante el viaje: {name}, {mob}.",
            "Si el vuelo se retrasa, avise a recepción en el {ph}.",
            "Enviaremos la factura ({n_amount} €) a {mail}.",
        ],
        "walker": [
            "Ruta de hoy por el parque: {n_walk}; {pet} se portó de maravilla.",
            "El collar GPS ({n_tracker}) perdió señal cerca de {n_gps}, pero no se alejó.",
            "Si llego tarde le escribo desde el {mob}.",
            "El mes sale a {n_amount} €; transferencia a {iban}.",
        ],
        "petins": [
            "Hemos recibido el parte {n_claim} de la póliza {n_policy}.",
            "Se aplica una franquicia del {n_excess} y reembolsamos el {n_reimb} restante.",
            "El reembolso de {n_amount} € irá a la cuenta {iban}.",
            "Para cualquier duda sobre el siniestro, llame gratis al {free}.",
        ],
        "rescue": [
            "{pet} (entrada {n_intake}) ya está tranquila en su casa de acogida.",
            "Número de adopción {n_adopt}; la cuota fue de {n_amount} €.",
            "Nuestra coordinadora {name} atiende en el {mob} entre semana.",
            "Mándenos fotos a {mail}, nos encanta saber de ellos.",
        ],
    },
    "local": {},
    "heads": ["Teléfonos para quien cuide a {pet}", "Tener a mano"],
    "labels": ["Veterinario", "Urgencias", "Residencia", "Paseador", "Protectora", "Vecina"],
}
IT = {
    "titles": {
        "vet": ["Lettera di dimissione – {pet}", "Promemoria vaccino"],
        "groomer": ["Appuntamento in toelettatura"],
        "stable": ["Avviso ai proprietari – maneggio"],
        "petins": ["Denuncia di sinistro – polizza animali"],
        "boarding": ["Conferma prenotazione pensione per cani"],
    },
    "body": {
        "vet": [
            "{pet} si è svegliato bene, peso {n_weight} kg, temperatura {n_temp} °C.",
            "Se la ferita sanguina nel fine settimana chiamate il pronto soccorso veterinario al {ph}.",
            "Antirabbica lotto {n_vaxlot}; microchip {n_chip} letto e registrato.",
            "La dottoressa {name} aspetta notizie giovedì su WhatsApp al {mob}.",
            "L'acconto di {n_amount} € è stato addebitato sulla carta {card}.",
        ],
        "groomer": [
            "{pet} è prenotato sabato, {n_apptime}, tosatura con lama {n_blade}.",
            "Un imprevisto? Chiamate il negozio al {ph}.",
            "Le foto della seduta arrivano a {mail}.",
        ],
        "stable": [
            "Il box {n_kennel} viene rifatto martedì; i cavalli sono nel paddock alto.",
            "Per l'iscrizione al concorso servono UELN {n_ueln} e codice FEI {n_fei}.",
            "Le lezioni si disdicono entro le 18 del giorno prima al {ph}.",
            "La pensione ({n_amount} € al mese) è addebitata su {iban}.",
        ],
        "petins": [
            "Abbiamo ricevuto la denuncia {n_claim} relativa alla polizza {n_policy}.",
            "Franchigia del {n_excess}, rimborso del {n_reimb} sul resto.",
            "Il bonifico di {n_amount} € sarà accreditato su {iban}.",
            "Per domande sul sinistro chiamate il numero verde {free}.",
        ],
        "boarding": [
            "{pet} ha il posto dal {n_booking} nel box {n_kennel}; consegna tra le {n_apptime}.",
            "Contatto di emergenza durante il viaggio: {name}, {mob}.",
            "Se il volo è in ritardo avvisate la reception al {ph}.",
        ],
    },
    "local": {},
    "heads": ["Numeri per il pet sitter", "Da tenere vicino al telefono"],
    "labels": ["Veterinario", "Pronto soccorso", "Pensione", "Maniscalco", "Toelettatura", "Vicina"],
}
