"""Spanish and Italian text: railway genres (slots as in lex_en)."""

ES = {
    "heritage": {
        "titles": ["Tren histórico – avisos para voluntarios", "Viaje en tren de vapor"],
        "pos": [
            "Las reservas de grupos las lleva {name} en el {ph}, de martes a jueves.",
            "Si llega tarde, avise al maquinista en su móvil: {mob}.",
            "Los bonos regalo se piden a {em} o en el teléfono gratuito {tf}.",
        ],
        "neg": [
            "La locomotora {n:evn_loco} hace los dos primeros viajes.",
            "Salidas desde la estación alta: {n:departures}.",
            "La vía, de {n:gauge}, sube hasta el {n:km_post}.",
        ],
    },
    "notice": {
        "titles": ["Aviso a los viajeros", "Información de la estación"],
        "pos": [
            "Los viajeros con movilidad reducida deben solicitar asistencia en el {tf} con 12 horas de "
            "antelación.",
            "Objetos perdidos: escriba a {em} o llame al {ph}.",
            "Quejas sobre la pasarela provisional: jefe de estación, {name}, {ph}.",
        ],
        "neg": [
            "Los trenes hacia la costa salen hoy de la vía {n:platform}.",
            "Su plaza reservada ({n:seat}) sigue siendo válida.",
            "El viaje se alarga {n:duration}; precio {n:fare}.",
        ],
    },
    "replacement": {
        "titles": ["Servicio alternativo por carretera", "Autobuses sustituyen al tren"],
        "pos": [
            "La empresa de autobuses atiende de noche en el {ph}.",
            "Coordinador en la parada: {name}, móvil {mob}.",
        ],
        "neg": [
            "Los autobuses salen de la dársena {n:bus_stand}.",
            "Obras {n:works_window}; calcule {n:duration} más.",
        ],
    },
    "freight": {
        "titles": ["Terminal de mercancías: normas para transportistas"],
        "pos": [
            "Las citas para recoger contenedores se piden en el {ph} o en {em}.",
            "Jefe de maniobras esta noche: {name}, móvil {mob}.",
            "Las estancias se abonan en {iban}.",
        ],
        "neg": [
            "El vagón {n:uic_wagon} queda apartado por plano en rueda; carga {n:load_capacity}.",
            "Contenedor {n:container}, carta de porte {n:consignment}.",
        ],
    },
}
ES_LIST = (
    ["Teléfonos del día", "A quién llamar"],
    ["Taquilla", "Depósito", "Control de autobuses", "Jefe de estación", "Terminal", "Obras"],
)

IT = {
    "heritage": {
        "titles": ["Treno storico – istruzioni per i volontari", "Giornate a vapore"],
        "pos": [
            "Le prenotazioni per gruppi le gestisce {name} al {ph}, dal martedì al giovedì.",
            "Se siete in ritardo avvisate il capotreno sul cellulare: {mob}.",
            "I buoni regalo si ordinano a {em} o al numero verde {tf}.",
        ],
        "neg": [
            "La locomotiva {n:evn_loco} effettua le prime due corse.",
            "Partenze dalla stazione a monte: {n:departures}.",
            "La linea, a scartamento {n:gauge}, sale fino al {n:km_post}.",
        ],
    },
    "notice": {
        "titles": ["Avviso ai viaggiatori", "Informazioni di stazione"],
        "pos": [
            "I viaggiatori con disabilità prenotano l'assistenza al {tf} almeno 24 ore prima.",
            "Oggetti smarriti: scrivete a {em} o chiamate lo {ph}.",
            "Per reclami il capostazione, {name}, risponde al {ph}.",
        ],
        "neg": [
            "I treni per il mare partono oggi dal binario {n:platform}.",
            "Il posto prenotato ({n:seat}) resta valido.",
            "Tempo di viaggio più lungo di {n:duration}; tariffa {n:fare}.",
        ],
    },
    "replacement": {
        "titles": ["Bus sostitutivi nel fine settimana"],
        "pos": [
            "L'azienda dei bus ha una reperibilità notturna al {ph}.",
            "Referente alla fermata: {name}, cellulare {mob}.",
        ],
        "neg": [
            "I bus partono dallo stallo {n:bus_stand}.",
            "Lavori {n:works_window}; prevedete {n:duration} in più.",
        ],
    },
    "modelclub": {
        "titles": ["Notiziario del club fermodellistico"],
        "pos": [
            "La quota per la mostra va versata su {iban}; domande al tesoriere {name}, {pe}.",
            "Il responsabile della mostra risponde al {mob} fino alla sera prima.",
        ],
        "neg": [
            "Il nuovo plastico in {n:scale} usa binario da {n:gauge}; indirizzo loco {n:dcc}.",
            "La tessera {n:member_no} vince il kit {n:part_no}.",
        ],
    },
}
IT_LIST = (
    ["Numeri della giornata", "Chi chiamare"],
    ["Biglietteria", "Deposito", "Centrale bus", "Capostazione", "Tesoriere", "Cantiere"],
)
