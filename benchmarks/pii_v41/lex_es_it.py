"""Spanish and Italian civic text for v41."""

ES = {
    "GENRES": {
        "waste": (
            "Calendario de recogida",
            [
                "En la {route} la recogida de envases pasa a los jueves {dateranges}.",
                "El {binvol} adicional tiene una tasa de {tariff}.",
                "El punto limpio abre {hours}.",
            ],
            ["Para avisar de una incidencia, llame al {ph}.", "Recogida de muebles y enseres: {ph}."],
        ),
        "election": (
            "Aviso electoral",
            [
                "Su colegio corresponde a la {ward}.",
                "La {ballotpos} figura en la papeleta.",
                "El voto por correo puede solicitarse {dateranges}.",
            ],
            ["Oficina del censo electoral: {ph}."],
        ),
        "permit": (
            "Solicitud de licencia de obra",
            [
                "El {planref} afecta a la finca con {parcel}.",
                "Debe presentarse el {formno} ({formrev}).",
                "La tramitación sigue el {regcite}.",
            ],
            ["Información urbanística en el {ph}."],
        ),
        "summons": (
            "Citación para jurado",
            [
                "Ha resultado designado como {jurorno}.",
                "Debe comparecer en la {courtroom} de la Audiencia.",
            ],
            ["Para justificar su ausencia, llame al {ph}."],
        ),
        "benefit": (
            "Resolución de pensión",
            [
                "Se le reconoce una pensión de {benefit} ({claimref}).",
                "Los detalles figuran en el {pagepara}.",
            ],
            ["Atención al ciudadano: {ph}."],
        ),
        "foi": (
            "Respuesta a solicitud de acceso",
            [
                "Su {foiref} ha sido resuelta.",
                "El contrato se publicó como {tender} con {cpv}.",
                "Se aplica el {statute}.",
            ],
            ["Para cualquier aclaración puede llamar al {ph}."],
        ),
    },
    "EMAIL": ["También puede escribir a {em}.", "Correo de contacto: {em}."],
    "LOCAL": {},
    "LIST_HEAD": ["Teléfonos de interés:", "Directorio municipal"],
    "LIST_LABELS": ["Registro", "Padrón", "Urbanismo", "Policía Local", "Servicios Sociales"],
    "IBAN": ["La devolución se abonará en la cuenta {iban}."],
    "CARD": ["Se cargó la tasa en la tarjeta {card}."],
    "IP": ["La solicitud se registró desde la IP {ip}."],
}

IT = {
    "GENRES": {
        "waste": (
            "Calendario raccolta differenziata",
            [
                "Nella {route} l'umido si raccoglie il lunedì, con variazioni {dateranges}.",
                "Il {binvol} costa {tariff} in tariffa puntuale.",
                "L'ecocentro è aperto {hours}.",
            ],
            ["Per il ritiro ingombranti chiamare il {ph}.", "Numero per segnalazioni: {ph}."],
        ),
        "election": (
            "Avviso agli elettori",
            [
                "La {ward} è trasferita nella scuola media.",
                "La {ballotpos} è stata ammessa.",
                "Le tessere elettorali si ritirano {dateranges}.",
            ],
            ["Ufficio elettorale: {ph}."],
        ),
        "permit": (
            "Pratica edilizia",
            [
                "La {planref} riguarda il {parcel}.",
                "Allegare il {formno} compilato.",
                "Si applica l'{regcite}.",
                "Il {permitno} è valido un anno.",
            ],
            ["Lo sportello unico risponde al {ph}."],
        ),
        "planning": (
            "Avviso di deposito",
            [
                "La {consultref} è depositata {dateranges}.",
                "L'{millage} resta invariata.",
                "Si veda il {pagepara} della relazione.",
            ],
            ["Per appuntamenti: {ph}."],
        ),
        "health": (
            "Comunicato dell'ASL",
            [
                "L'incidenza è di {incidence}.",
                "La centralina ha rilevato {airq}.",
                "Il lotto {lotno} è stato ritirato.",
            ],
            ["Per informazioni chiamare il {ph}."],
        ),
        "parlq": (
            "Interrogazione a risposta scritta",
            [
                "Con l'{pqno} si chiede al Ministro dei ritardi.",
                "Si veda il {hansard}.",
                "Il {statute} disciplina la materia.",
            ],
            ["I cittadini possono rivolgersi al numero {ph}."],
        ),
    },
    "EMAIL": ["Le osservazioni possono essere inviate a {em}.", "Contatto: {em}."],
    "LOCAL": {},
    "LIST_HEAD": ["Numeri utili del Comune:", "Recapiti degli uffici"],
    "LIST_LABELS": ["Anagrafe", "Ufficio tributi", "Polizia locale", "Servizi sociali", "URP"],
    "IBAN": ["Il rimborso sarà accreditato sull'IBAN {iban}."],
    "CARD": ["Il pagamento è avvenuto con la carta {card}."],
    "IP": ["L'accesso risulta dall'indirizzo {ip}."],
}
