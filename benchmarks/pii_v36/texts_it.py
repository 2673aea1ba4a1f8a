"""Testi di viaggio italiani per v36 (scritti da capo)."""

G = {
    "hotel": {
        "head": [
            (
                "Conferma di prenotazione n. {X:hotel_conf}\nOspite: {NAME}\nSoggiorno: {X:stay}, "
                "{X:nights} notti\n"
            ),
            "CASA VACANZE – RIEPILOGO\nConduttore: {NAME}\nAlloggio {X:voucher}, {X:covers} posti letto\n",
        ],
        "fill": [
            "La camera {X:room} affaccia sul giardino; la cassetta chiavi si apre con {X:door_code}.",
            "Wi-Fi: password {X:wifi}.",
            "Il rifugio è a {X:altitude}; di notte si scende a {X:temperature}.",
            "Nel navigatore inserite {X:gps}, non il CAP {X:postcode}.",
        ],
        "phone": [
            "Reception sempre aperta: {P}",
            "Arrivo in ritardo? Avvisateci al {P}.",
            "La proprietaria, {NAME}, risponde al {P}.",
        ],
        "end": ["Vi aspettiamo con piacere.", "Buon viaggio dall'ufficio prenotazioni"],
    },
    "air": {
        "head": [
            (
                "RICEVUTA DEL BIGLIETTO ELETTRONICO\nCodice prenotazione: {X:pnr}  Biglietto: "
                "{X:eticket}\nPasseggero: {NAME} SIG\n"
            ),
            "Itinerario di {NAME}\nPNR {X:pnr}\nVolo {X:flight} {X:route}, {X:dep_arr}\n",
        ],
        "fill": [
            "Posto {X:seat}, tariffa {X:fare_class}, bagaglio in stiva {X:baggage}.",
            "L'imbarco chiude 20 minuti prima al gate {X:gate}; durata {X:duration}.",
            "Tessera frequent flyer {X:loyalty}, saldo {X:miles} miglia.",
            "Etichetta bagaglio {X:bag_tag}; coincidenza {X:flight} alle {X:clock}.",
        ],
        "phone": [
            "Modifiche alla prenotazione: {P}",
            "Ufficio bagagli smarriti in aeroporto: {P}",
            "Emesso da agenzia (IATA {X:agency_no}), assistenza {P}",
        ],
        "end": ["Conservate la ricevuta insieme al passaporto.", "Si applicano le condizioni di trasporto."],
    },
    "rail": {
        "head": [
            (
                "Il tuo biglietto\nCodice {X:hotel_conf} – {NAME}\n{X:train}, {X:dep_arr}, binario "
                "{X:platform}\n"
            ),
            "CARTA VIAGGIO {X:pass_no}\nTitolare: {NAME}\nValidità: {X:stay}\n",
        ],
        "fill": [
            "Posto: {X:coach_seat}.",
            "Partenze del sabato: {X:timetable}.",
            "Bus sostitutivi dal piazzale della stazione, stallo {X:gate}.",
            "Viaggio di circa {X:duration} per {X:distance}.",
        ],
        "phone": ["Assistenza ai viaggiatori: {P}", "Domande sul biglietto? Chiamate il {P}."],
        "end": ["Mostrate il biglietto sullo smartphone o stampato.", "Buon viaggio."],
    },
    "car": {
        "head": [
            "CONTRATTO DI NOLEGGIO {X:rental_no}\nCliente: {NAME}\nGruppo {X:acriss}\n",
            "Voucher noleggio {X:voucher}\nConducente: {NAME}, patente {X:licence}\n",
        ],
        "fill": [
            "Chilometri all'uscita: {X:odometer}. Carburante pieno/pieno.",
            "Riconsegna al parcheggio P2, stallo {X:pitch}, entro le {X:clock}.",
            "L'uscita {X:exit_no} è chiusa; deviazione di circa {X:distance}.",
            "In caso di guasto annotate il cippo ({X:km_marker}).",
        ],
        "phone": [
            "Soccorso stradale 24 ore: {P}",
            "Banco riconsegne al terminal: {P}",
            "Responsabile di filiale {NAME}, diretto {P}",
        ],
        "end": ["Firmato dal cliente al ritiro.", "Buona strada."],
    },
    "dining": {
        "head": [
            "Tavolo prenotato: {NAME}, {X:covers} coperti\nRif. {X:resto_ref}\n",
            "Promemoria prenotazione – {CITY}\n{NAME} · {X:covers} persone · {X:clock}\n",
        ],
        "fill": [
            "Teniamo il tavolo 15 minuti; il menù degustazione ha {X:covers} portate.",
            "Parcheggio nel cortile, {X:postcode} {CITY}.",
            "Il buono regalo {X:voucher} verrà scalato dal conto.",
        ],
        "phone": ["Per disdire telefonate al {P}.", "Gruppi oltre dieci: chiedete di {NAME} al {P}."],
        "end": ["A presto!", "La brigata di cucina"],
    },
    "tour": {
        "head": [
            "Preventivo per {NAME}\nCodice tour {X:tour_code}\n{X:stay}, {X:nights} notti, mezza pensione\n",
            "PROGRAMMA DI BORDO – Giorno {X:nights}\nCabina {X:cabin} · Punto di riunione {X:muster}\n",
        ],
        "fill": [
            "Giornata di navigazione: ponte piscine {X:deck_time}; cocktail del comandante alle {X:clock}.",
            "Cambio applicato: {X:fx_rate}.",
            "Assicurazione viaggio: copertura dalla partenza, pratica {X:voucher}.",
            "Quota massima del trekking: {X:altitude}; tappe di circa {X:distance}.",
        ],
        "phone": [
            "Il vostro accompagnatore {NAME}: {P}",
            "La nostra agenzia di {CITY}: {P}",
            "Centrale operativa dell'assicurazione: {P}",
        ],
        "end": ["Preventivo valido sette giorni.", "Cordiali saluti dal vostro consulente"],
    },
    "visa": {
        "head": [
            (
                "Ufficio consolare – informazioni visti\nAppuntamento n. {X:appt_no}\nRichiedente: {NAME}, "
                "passaporto {X:passport}\n"
            ),
            "UFFICIO TURISTICO DI {CITY}\nEventi della settimana\n",
        ],
        "fill": [
            "Portate il visto precedente {X:visa_no}.",
            "Tempi di lavorazione: {X:nights} giorni lavorativi.",
            "Visita guidata dalla fontana ({X:gps}) alle {X:clock}.",
            "Navetta per la rocca: {X:timetable}.",
        ],
        "phone": [
            "Ufficio visti, dal lunedì al venerdì: {P}",
            "Punto informazioni: {P}",
            "Reperibilità consolare: {P}",
        ],
        "end": ["Informazioni soggette a variazioni.", "Siamo a vostra disposizione."],
    },
    "camp": {
        "head": [
            "REGOLAMENTO DEL CAMPEGGIO\nPiazzola {X:pitch} · {NAME}\n",
            "REGOLE DELL'OSTELLO\nIl tuo letto: {X:dorm_bed}\n",
        ],
        "fill": [
            "Silenzio {X:deck_time}. Codice della sbarra: {X:door_code}.",
            "Codice della lavanderia: {X:door_code}.",
            "Wi-Fi: {X:wifi}. Armadietti per zaini di {X:baggage}.",
            "Il lago dista {X:distance}; acqua a {X:temperature}.",
        ],
        "phone": ["Custode notturno: {P}", "Reception (8–20): {P}"],
        "end": ["Grazie per il rispetto della quiete.", "Buona permanenza!"],
    },
}

C = {
    "local": [],
    "mobile": ["Cellulare, anche WhatsApp: {P}"],
    "land": ["Telefono fisso della casa (niente SMS): {P}"],
    "service": ["Numero verde prenotazioni: {Q}", "Servizio clienti: {Q}"],
    "email": ["Scriveteci a {E}", "Conferma inviata a {E}"],
    "iban": ["Versate la caparra sull'IBAN {I} indicando il codice."],
    "card": ["Carta a garanzia: {C}"],
    "ip": ["Prenotazione online dall'IP {IP}.", "Inviato da {IP}"],
    "ssn": [],
    "list": [
        ("Contatti durante il viaggio", "{NAME} ({ROLE}) – {P}"),
        ("Chi chiamare", "{ROLE}: {NAME}, {P}"),
    ],
    "roles": ["guida", "autista", "portiere di notte", "capo filiale", "accompagnatrice"],
    "none": ["Nessun telefono in struttura; usate l'app.", "Reception chiusa dopo le 18."],
}
