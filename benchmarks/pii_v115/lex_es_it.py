"""Spanish and Italian sentences (same slots as lex_en)."""

ES = {
    "titles": {
        "panel": ["Bienvenida al panel de hogares", "Tu cuenta de panelista"],
        "focus": ["Reunión de grupo – confirmación", "Convocatoria a grupo de discusión"],
        "mystery": ["Informe de cliente misterioso", "Visita de mystery shopping"],
        "poll": ["Barómetro electoral – nota de campo", "Ficha técnica de la encuesta"],
        "cati": ["Relevo de turno – plataforma telefónica", "Registro de campaña CATI"],
    },
    "pos": {
        "panel": [
            "Si no puedes acceder, el soporte del panel te atiende en el <nat>.",
            "Tenemos registrado tu móvil <mob>.",
            "Dudas sobre puntos y premios: <role>.",
            "Línea gratuita <oth>, de lunes a viernes.",
            "Tu recompensa se abonará en la cuenta <iban>.",
            "La panelista <name> cambió su correo a <mail>.",
        ],
        "focus": [
            "Si llegas tarde, manda un SMS a la reclutadora al <mob>.",
            "La recepción de la sala está en el <nat>.",
            "Modera la sesión <name>; el cliente observa tras el espejo.",
            "Envía el consentimiento firmado a <mail>.",
        ],
        "mystery": [
            "El encargado dejó su línea directa, <nat>, para pedir cita.",
            "La compra se pagó con la tarjeta de la visita <card>.",
            "El vendedor ofreció devolver la llamada al <mob>.",
        ],
        "poll": [
            "Prensa: gabinete de comunicación en el <nat>.",
            "Tablas completas a petición en <role>.",
            "Coordinadora de campo: <name>, móvil <mob>.",
        ],
        "cati": [
            "La entrevistada pide que la llamen al trabajo, <nat>, después de las cuatro.",
            "El supervisor de guardia está en el <mob>.",
            "Los puestos se registran en el marcador <ip>; centro de respaldo: <intl>.",
            "Para verificar el estudio se le dio el <oth>.",
        ],
    },
    "neu": {
        "panel": ["Saldo: <n:points> puntos; la ola <n:wave> cierra el viernes."],
        "focus": ["Empieza a las <n:visit_time> en la sala <n:room>, proyecto <n:job_number>."],
        "mystery": ["Visita a la tienda <n:store_number>, ticket <n:till_receipt>, artículo <n:ean13>."],
        "poll": ["Trabajo de campo semanas <n:field_weeks>, <n:sample_size>, error <n:margin_error> puntos."],
        "cati": [
            "Entrevistador <n:interviewer_id>, puesto <n:cati_station>, duración media <n:handle_time>."
        ],
    },
    "heads": ["Contactos de campo"],
    "labels": ["Reclutamiento", "Sala", "Jefa de campo", "Soporte panel"],
}

IT = {
    "titles": {
        "panel": ["Benvenuto nel panel", "Il tuo profilo panelista"],
        "focus": ["Focus group – conferma", "Invito al gruppo di discussione"],
        "mystery": ["Report di mystery shopping", "Visita cliente misterioso"],
        "poll": ["Sondaggio politico – nota di campo", "Nota metodologica"],
        "cati": ["Passaggio turno – call center", "Registro campagna CATI"],
    },
    "pos": {
        "panel": [
            "Se non riesci ad accedere, l'assistenza panel risponde allo <nat>.",
            "Il cellulare registrato è <mob>.",
            "Per punti e premi scrivi a <role>.",
            "Numero verde <oth>, dal lunedì al venerdì.",
            "Il premio sarà accreditato sul conto <iban>.",
            "La panelista <name> ora usa <mail>.",
        ],
        "focus": [
            "Se fai tardi, avvisa la reclutatrice con un SMS al <mob>.",
            "La reception della sala risponde allo <nat>.",
            "Conduce la discussione <name>; il cliente osserva dietro lo specchio.",
        ],
        "mystery": [
            "Il responsabile ha lasciato il numero diretto <nat> per un appuntamento.",
            "Acquisto pagato con la carta dell'incarico <card>.",
            "Il commesso ha proposto di richiamare al <mob>.",
        ],
        "poll": [
            "Ufficio stampa: <nat>.",
            "Tabelle complete su richiesta a <role>.",
            "Referente di campo: <name>, cellulare <mob>.",
        ],
        "cati": [
            "L'intervistata chiede di essere richiamata in ufficio allo <nat> dopo le 16.",
            "Il supervisore di turno è al <mob>.",
            "Le postazioni si collegano al dialer <ip>; centro di riserva: <intl>.",
            "Per verificare l'indagine le abbiamo dato il <oth>.",
        ],
    },
    "neu": {
        "panel": ["Saldo: <n:points> punti; l'onda <n:wave> chiude venerdì."],
        "focus": ["Inizio ore <n:visit_time>, sala <n:room>, commessa <n:job_number>."],
        "mystery": [
            "Visita al punto vendita <n:store_number>, scontrino <n:till_receipt>, prezzo <n:price>."
        ],
        "poll": [
            "Campo settimane <n:field_weeks>, campione <n:sample_size>, margine <n:margin_error> punti."
        ],
        "cati": ["Intervistatore <n:interviewer_id>, postazione <n:cati_station>, esito <n:disposition>."],
    },
    "heads": ["Contatti per il campo"],
    "labels": ["Reclutamento", "Sala", "Capo campo", "Assistenza panel"],
}
