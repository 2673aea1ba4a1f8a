"""Spanish and Italian sentences for the v110 set."""

ES = {
    "TITLES": {
        "obsnight": [
            "Noche de observación pública – reserva",
            "Jornada de puertas abiertas del observatorio",
        ],
        "meteor": ["Lluvia de estrellas: convocatoria", "Bólido observado – seguimiento"],
        "starparty": ["Quedada astronómica de otoño", "Acampada de observación: normas"],
        "planetarium": ["Planetario: programación del mes", "Sesión de cúpula para grupos"],
    },
    "BODY": {
        "obsnight": [
            "Veremos {ngc} y la estrella doble {hd}; la cúpula abre {timerange}.",
            "El telescopio principal es un {optics} y solemos usar un ocular de {eyepiece}.",
            "Si hay nubes se aplaza la sesión; su reserva {booking} sigue siendo válida.",
        ],
        "meteor": [
            "Se espera una {zhr} en el máximo; el radiante está en {ra}, {dec}.",
            "La cámara registró el bólido a las {utc}, con una magnitud de {mag}.",
            "El enjambre procede del cometa {comet}.",
        ],
        "starparty": [
            "El campo está a {elev} de altitud ({latlon}) y el cielo suele ser {bortle}.",
            "Solo luz roja tras el anochecer; el medidor marcó {sqm} el año pasado.",
        ],
        "planetarium": [
            "La sesión dura 40 minutos y su grupo se sienta en la {seat}.",
            "Terminamos en la galaxia de Andrómeda, a {dist}.",
        ],
    },
    "PHONE": [
        "Para cambiar la reserva, llame al {P}.",
        "Dudas durante la noche: {P}.",
        "El guarda del campo atiende en el {P} hasta medianoche.",
    ],
    "PHONE2": ["Oficina: {P}; noches de observación: {P2}."],
    "SERVICE": ["Teléfono gratuito para colegios: {P}."],
    "LOCAL1": [],
    "LOCAL2": [],
    "EMAIL": ["Envíe sus informes de observación a {E}."],
    "IP": ["La cámara de todo el cielo emite desde {IP}."],
    "CARD": ["La señal se cargó a la tarjeta {C}."],
    "IBAN": ["La cuota se domicilia en {IB}."],
    "SSN": [],
    "HEADS": ["Teléfonos de la noche", "Contactos del observatorio"],
    "LABELS": ["Taquilla", "Astrónomo de guardia", "Guarda del campo", "Coordinación"],
}

IT = {
    "TITLES": {
        "obsnight": ["Serata osservativa pubblica – prenotazione", "Osservatorio aperto: cosa portare"],
        "society": ["Notiziario del gruppo astrofili", "Verbale dell'assemblea dei soci"],
        "satpass": ["Passaggi della ISS questa settimana", "Serata satelliti al circolo"],
        "darksky": ["Inquinamento luminoso: risultati delle misure", "Cielo buio: segnalazione al comune"],
    },
    "BODY": {
        "obsnight": [
            "In programma {ngc} e la stella doppia {hd}; la cupola apre {timerange}.",
            "Lo strumento principale è un {optics}; per Saturno usiamo un oculare da {eyepiece}.",
            "Con il cielo coperto la serata slitta e la prenotazione {booking} resta valida.",
        ],
        "society": [
            "Le tessere per {member} e per i nuovi soci arrivano per posta.",
            "Due soci hanno seguito {supernova} in {ngc}, al massimo intorno a {mag}.",
        ],
        "satpass": [
            "La stazione ({norad}, designazione {cospar}) passerà {pass}.",
            "Ascolteremo il downlink su {freq}; meteo spaziale vivace ({kp}).",
        ],
        "darksky": [
            "Le letture vanno da {sqm} al lago a valori molto più chiari in paese.",
            "Abbiamo registrato ogni punto con posizione ({latlon}) e orario ({utc}).",
        ],
    },
    "PHONE": [
        "Per cambiare la prenotazione chiamate il {P}.",
        "Domande durante la serata: {P}.",
        "Il custode del sito risponde al {P} fino a mezzanotte.",
    ],
    "PHONE2": ["Segreteria {P}, la sera in cupola {P2}."],
    "SERVICE": ["Numero verde per le scuole: {P}."],
    "LOCAL1": [],
    "LOCAL2": [],
    "EMAIL": ["Le relazioni osservative vanno inviate a {E}."],
    "IP": ["La camera all-sky trasmette da {IP}."],
    "CARD": ["L'acconto è stato addebitato sulla carta {C}."],
    "IBAN": ["La quota sociale si versa su {IB}."],
    "SSN": [],
    "HEADS": ["Recapiti per la serata", "Recapiti dell'osservatorio"],
    "LABELS": ["Biglietteria", "Astronomo di turno", "Custode", "Segreteria soci"],
}
