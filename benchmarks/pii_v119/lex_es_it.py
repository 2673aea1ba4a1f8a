"""Spanish and Italian sentences (circus, magic and street performance), written for v119."""

ES = {
    "school": {
        "title": ["Escuela de circo – matrícula", "Circo infantil: clase de prueba"],
        "pos": [
            "Para reservar la clase de prueba, llame a secretaría al {PN}.",
            "Si su hijo falta, avise a la monitora, {NAME}, en el {PM}.",
            "La cuota trimestral se paga por transferencia a {IBAN}; dudas a {ER}.",
        ],
        "neg": [
            "El grupo de telas (edad {n:age_range}) entrena de {n:class_slot} en la sala {n:rehearsal_room}.",
            "Número de socio {n:member_no}; trimestre {n:term_dates}.",
        ],
    },
    "magician": {
        "title": ["Mago para eventos", "Presupuesto de espectáculo de magia"],
        "pos": [
            "¡Gracias por su consulta! Puede llamarme, {NAME}, al {PM}.",
            "La señal se abona con tarjeta ({CC}) o en la cuenta {IBAN}.",
            "Línea gratuita de reservas: {PO}.",
            "Para actuaciones fuera de España, mi representante atiende en el {PI}.",
        ],
        "neg": [
            "El número dura 35 minutos; código regalo {n:voucher_code}.",
            "Mi libro de cartomagia tiene el ISBN {n:isbn}.",
        ],
    },
    "busking": {
        "title": ["Licencia de artista callejero", "Turnos para músicos en la calle"],
        "pos": [
            "La policía local puede comprobar su licencia llamando al {PN}.",
            "Quejas por ruido a {ER}; el técnico de cultura, {NAME}, atiende en el {PN}.",
        ],
        "neg": [
            "Licencia {n:busking_permit}, puesto {n:pitch_code}, máximo {n:noise_limit}.",
            "Horario {n:class_slot}; la plaza está en {n:gps}.",
        ],
    },
    "troupe": {
        "title": ["Hoja de gira de la compañía", "Avance: próximo teatro"],
        "pos": [
            "Contacto de avanzada: {NAME}, móvil {PM}; producción en el {PN}.",
            "La jefa de gira responde las 24 horas en el {PI}.",
        ],
        "neg": [
            "Camión {n:truck_plate} con remolque de {n:trailer_weight}; carpa de {n:tent_size}.",
            "Fechas de montaje {n:tour_dates}; micrófonos en {n:mic_freq}.",
        ],
    },
}
ES_HEADS = ["Contactos de gira", "Hoja de llamadas"]
ES_LABELS = ["Dirección artística", "Taquilla", "Regiduría", "Vestuario", "Jefa de pista"]

IT = {
    "school": {
        "title": ["Scuola di circo – iscrizioni", "Circo per ragazzi: lezione di prova"],
        "pos": [
            "Per prenotare la lezione di prova chiamate la segreteria allo {PN}.",
            "In caso di assenza avvisate l'istruttrice, {NAME}, al {PM}.",
            "La quota si versa con bonifico su {IBAN}; domande a {ER}.",
        ],
        "neg": [
            "Il gruppo tessuti (età {n:age_range}) si allena {n:class_slot} in sala {n:rehearsal_room}.",
            "Tessera socio {n:member_no}; periodo {n:term_dates}.",
        ],
    },
    "clown": {
        "title": ["Clown per feste", "Clownterapia in reparto"],
        "pos": [
            "Per spostare l'orario della festa chiamate {NAME} al {PM}.",
            "La coordinatrice del reparto risponde allo {PN}; scriveteci a {ER}.",
            "Numero verde prenotazioni: {PO}.",
        ],
        "neg": [
            "Taglie costumi {n:costume_size}; monociclo da {n:unicycle_wheel}.",
            "Riferimento spettacolo {n:gig_ref}, stand {n:fair_stand} alla sagra.",
        ],
    },
    "festival": {
        "title": ["Festival di teatro di strada – info artisti", "Programma e volontari"],
        "pos": [
            "Bambini smarriti: il punto info risponde allo {PN} per tutto il weekend.",
            "Richieste stampa a {ER}; il capo dei volontari, {NAME}, è al {PM}.",
            "Compagnie straniere: accoglienza al {PI}.",
        ],
        "neg": [
            "La parata è lunga {n:parade_km} e parte alle {n:show_times}.",
            "Capienza della piazza {n:capacity}; biglietto {n:ticket_price} €.",
        ],
    },
    "acro": {
        "title": ["Associazione acrobatica – verifica ancoraggi", "Workshop cerchio aereo"],
        "pos": [
            "Il rigger di turno, {NAME}, risponde al {PM}.",
            "Infortuni da segnalare a {ER}; per urgenze la segreteria è allo {PN}.",
        ],
        "neg": [
            "Ogni punto regge {n:rig_load}, altezza {n:rig_height}; cerchi da {n:hoop_cm}.",
            "Polizza {n:policy_no}, massimale {n:cover_amount} €.",
        ],
    },
}
IT_HEADS = ["Contatti di compagnia", "Numeri di tournée"]
IT_LABELS = ["Direzione", "Ingresso artisti", "Biglietteria", "Attrezzeria", "Pronto soccorso"]
