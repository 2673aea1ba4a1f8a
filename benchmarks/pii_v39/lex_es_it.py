"""Spanish and Italian news and public-record text for v39."""

ES = {
    "local": [
        "El pleno aprueba la nueva pasarela peatonal",
        "El municipio, de {pop} habitantes, espera un paso seguro desde {founded}.",
        "La votación terminó {seats} y las obras empiezan el {date}.",
    ],
    "appeal": [
        "La Guardia Civil busca testigos de un atropello",
        "Ocurrió el {date} hacia las {time} en la {road}; el herido tiene {age} años.",
    ],
    "obit": [
        "Esquela",
        "{name} ({years}) falleció en paz. Sus hijos y nietos lo comunican.",
        "El funeral será el {date} a las {time} en la parroquia.",
    ],
    "sport": [
        "El líder sufre pero gana",
        "Ante {attend} espectadores, el {score} llegó en el minuto {minute}.",
        "Clasificación (PJ G E P GF-GC Pts): CD {table}",
    ],
    "court": [
        "La Audiencia condena a un estafador",
        "En el procedimiento abreviado {case} se juzgó un fraude de {price}.",
        "La sentencia es del {date}.",
    ],
    "encyclo": [
        "Historia",
        "El club se fundó en {founded} y su estadio tiene capacidad para {capacity} personas.",
        "El término municipal ocupa {area} a {elev} m de altitud.",
    ],
    "listings": [
        "Agenda del fin de semana",
        "Sábado desde las {time}: mercadillo solidario, entrada {price}.",
        "Presentación del libro (ISBN {isbn}) el {date}.",
    ],
    "letter": [
        "Cartas al director",
        "Leo en su edición del {date} que la participación fue del {turnout}. Así nos va.",
        "La variante se prometió en {founded}. {name}",
    ],
    "wire": [
        "{wire} El Ibex cierra en positivo",
        "El selectivo terminó en {index} puntos y el euro se cambiaba a {fx} dólares.",
        "El vuelo {flight} aterrizó con retraso.",
    ],
    "classified": [
        "ANUNCIOS BREVES",
        "Vendo turismo, {engine} cc, {mileage} km, {price}.",
        "Alquilo piso de {sqm}, libre desde el {date}, ref. {jobref}.",
    ],
    "bulletin": [
        "El tiempo y el tráfico",
        "Máximas de {temp}, {hpa}, rachas de {wind} y {rain} de lluvia.",
        "Retenciones en la {road}; el {train} sale con retraso.",
    ],
}

ES_SLOTS = {
    "intl": [
        "Quien tenga información puede llamar al {p}.",
        "Desde el extranjero, la redacción atiende en el {p}.",
    ],
    "nat": [
        "Los testigos pueden llamar al cuartel al {p}.",
        "Entradas en taquilla o en el {p}.",
        "Interesados, preguntar por {name} en el {p}.",
    ],
    "service": ["El teléfono gratuito de atención a víctimas es el {p}."],
    "email": ["Envíe su carta a {e} con nombre y DNI.", "Inscripciones en {e}."],
    "iban": ["La familia agradece donativos a la asociación, IBAN {i}."],
    "card": ["Según la fiscal, la tarjeta {c} se usó en varias gasolineras."],
    "ip": ["Los mensajes salieron de la dirección IP {ip}."],
    "list_head": ["Teléfonos de interés:", "Contactos"],
    "list_item": ["{label}: {p}", "- {label} {p}"],
    "labels": ["Ayuntamiento", "Biblioteca", "Polideportivo", "Oficina de turismo", "Tanatorio"],
}

IT = {
    "local": [
        "Il consiglio comunale approva la nuova passerella",
        "Il paese conta {pop} abitanti e aspetta un attraversamento dal {founded}.",
        "Il voto è finito {seats}; i lavori partono il {date}.",
    ],
    "appeal": [
        "I carabinieri cercano testimoni dopo una rapina",
        "Il colpo è avvenuto il {date} verso le {time}; il titolare ha {age} anni.",
    ],
    "obit": [
        "Necrologio",
        "È mancato all'affetto dei suoi cari {name} ({years}).",
        "I funerali si terranno il {date} alle ore {time}.",
    ],
    "sport": [
        "La capolista soffre ma vince",
        "Davanti a {attend} spettatori il {score} è arrivato al {minute}.",
        "Classifica (G V N P GF-GS Pt): AC {table}",
    ],
    "court": [
        "Truffa agli anziani, condannato",
        "Nel procedimento {case} il danno contestato era di {price}.",
        "La sentenza è stata letta il {date}.",
    ],
    "encyclo": [
        "Storia",
        "La società fu fondata nel {founded}; lo stadio ha {capacity} posti.",
        "Il comune si estende su {area} a {elev} m s.l.m.",
    ],
    "listings": [
        "Appuntamenti del fine settimana",
        "Sabato dalle {time} mercatino in piazza, ingresso {price}.",
        "Presentazione del libro (ISBN {isbn}) il {date}.",
    ],
    "letter": [
        "Lettere al direttore",
        "Nel vostro articolo del {date} l'affluenza era al {turnout}. Un segnale.",
        "La tangenziale è promessa dal {founded}. {name}",
    ],
    "wire": [
        "{wire} Piazza Affari chiude in rialzo",
        "Il FTSE MIB ha chiuso a {index} punti; l'euro vale {fx} dollari.",
        "Il volo {flight} è stato dirottato su Bologna.",
    ],
    "classified": [
        "PICCOLI ANNUNCI",
        "Vendo utilitaria, {engine} cc, {mileage} km, {price} trattabili.",
        "Affittasi bilocale di {sqm}, libero dal {date}.",
    ],
    "bulletin": [
        "Meteo e viabilità",
        "Massime fino a {temp}, pressione {hpa}, raffiche a {wind}, {rain} di pioggia.",
        "Code sulla {road}; il {train} viaggia in ritardo.",
    ],
}

IT_SLOTS = {
    "intl": ["Chi ha informazioni può chiamare il {p}.", "Dall'estero la redazione risponde al {p}."],
    "nat": [
        "I testimoni possono rivolgersi alla stazione dei carabinieri al {p}.",
        "Biglietti in prevendita al {p}.",
        "Per informazioni chiedere di {name} al {p}.",
    ],
    "service": ["Il numero verde per le vittime è il {p}."],
    "email": ["Scrivete a {e} indicando nome e città.", "Iscrizioni a {e}."],
    "iban": ["Non fiori ma offerte all'associazione, IBAN {i}."],
    "card": ["Secondo l'accusa la carta {c} è stata usata per acquisti online."],
    "ip": ["I messaggi sono partiti dall'indirizzo IP {ip}."],
    "list_head": ["Numeri utili:", "Contatti"],
    "list_item": ["{label}: {p}", "- {label} {p}"],
    "labels": ["Municipio", "Biblioteca", "Piscina comunale", "Pro Loco", "Onoranze funebri"],
}
