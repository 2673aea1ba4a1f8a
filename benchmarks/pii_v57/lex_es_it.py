"""Spanish and Italian sentences for v57 (slots as in lex_en)."""

ES = {
    "titles": {
        "notice": ["Bando municipal", "Aviso del Ayuntamiento", "Comunicado a los vecinos"],
        "polling": ["Elecciones: su mesa electoral", "Información para electores"],
        "library": ["Biblioteca municipal: reserva disponible", "Aviso de préstamo vencido"],
        "waste": ["Recogida de residuos: nuevo calendario", "Recogida de enseres – cita confirmada"],
    },
    "sent": {
        "notice": [
            "Por obras de saneamiento, la calle Mayor permanecerá cortada; para dudas llame a la oficina "
            "técnica al {P}.",
            "El decreto de alcaldía n.º {N:resolution_no} puede consultarse en la sala {N:room_number}.",
            "Horario de atención: {N:opening_hours}.",
            "Las alegaciones se presentan por registro o por correo a {E}.",
            "Referencia catastral de la parcela: {N:parcel}.",
            "Guardia de fin de semana: {M}.",
            "Firmado: {NAME}, secretaria municipal.",
            "Presupuesto de la obra: {N:budget_eu} €.",
        ],
        "polling": [
            "Su colegio electoral es el CEIP Cervantes, mesa {N:polling_district}.",
            "Las mesas abren de 9:00 a 20:00; lleve su DNI.",
            "Para el voto por correo, llame al {P} o escriba a {E}.",
            "Participación en las anteriores municipales: {N:turnout}.",
            "Los residentes en el extranjero pueden llamar al consulado: {I}.",
            "Teléfono gratuito de información electoral: {O}.",
        ],
        "library": [
            "El libro reservado (ISBN {N:isbn13}) le espera en el mostrador.",
            "Signatura: {N:dewey}.",
            "Puede renovar el préstamo llamando al {P}; tenga a mano su carné {N:library_barcode}.",
            "Los sábados abrimos {N:opening_hours}.",
            "El wifi de la sala asigna la dirección {IP}.",
            "Club de lectura: contacte con {NAME} en {E}.",
        ],
        "waste": [
            "Próximas recogidas de poda: {N:collection_dates}",
            "Su contenedor lleva la etiqueta {N:bin_tag}.",
            "Si no se ha recogido, avise antes de las 15:00 al {P}.",
            "El punto limpio gestionó {N:tonnage} de residuos este año.",
            "La tasa de basuras se domicilia en la cuenta {IBAN}.",
            "Línea gratuita de recogida de enseres: {O}",
        ],
    },
    "heads": ["Directorio municipal", "Teléfonos del Ayuntamiento"],
    "labels": ["Registro", "Padrón", "Biblioteca", "Limpieza viaria", "Policía local"],
}

IT = {
    "titles": {
        "notice": ["Avviso pubblico", "Ordinanza sindacale – avviso", "Comunicazione ai residenti"],
        "polling": ["Elezioni: il tuo seggio", "Informazioni per gli elettori"],
        "library": ["Biblioteca civica: prenotazione disponibile", "Sollecito di restituzione"],
        "minutes": ["Verbale del consiglio comunale", "Verbale di seduta (bozza)"],
    },
    "sent": {
        "notice": [
            "Per lavori alla rete idrica via Garibaldi resterà chiusa; informazioni all'ufficio tecnico, "
            "tel. {P}.",
            "L'ordinanza n. {N:resolution_no} è consultabile presso la stanza {N:room_number}.",
            "Orario di apertura al pubblico: {N:opening_hours}.",
            "Le osservazioni vanno inviate a {E}.",
            "Foglio e particella catastale: {N:parcel}.",
            "Reperibilità nel fine settimana: {M}.",
            "Il responsabile del procedimento, {NAME}.",
            "Importo dei lavori: {N:budget_eu} €.",
        ],
        "polling": [
            "Il tuo seggio si trova presso la scuola media Dante, sezione {N:polling_district}.",
            "I seggi sono aperti dalle 7 alle 23; porta la tessera elettorale.",
            "Per il duplicato della tessera chiama l'ufficio elettorale al {P} o scrivi a {E}.",
            "Affluenza alle ultime comunali: {N:turnout}.",
            "Gli scrutatori possono contattare {NAME} al {M}.",
            "Numero verde per il trasporto disabili al seggio: {O}.",
        ],
        "library": [
            "Il libro prenotato (ISBN {N:isbn13}) è disponibile al banco prestiti.",
            "Collocazione: {N:dewey}.",
            "Per rinnovare il prestito telefona al {P} con la tessera {N:library_barcode}.",
            "Il sabato siamo aperti {N:opening_hours}.",
            "Il wi-fi della sala studio assegna l'indirizzo {IP}.",
            "Per il prestito a domicilio scrivi a {E}.",
        ],
        "minutes": [
            "Presenti: il sindaco {NAME} e nove consiglieri.",
            "Punto {N:agenda_item}: variazione di bilancio per {N:budget_eu} €.",
            "Delibera n. {N:resolution_no} approvata all'unanimità.",
            "Seduta dalle {N:meeting_times}, sala {N:room_number}.",
            "Il segretario comunale resta raggiungibile al {P}.",
            "Gara {N:tender_no}: presa d'atto.",
        ],
    },
    "heads": ["Recapiti comunali", "Numeri del Comune"],
    "labels": ["Anagrafe", "Ufficio elettorale", "Biblioteca", "Polizia locale", "Tributi"],
}
