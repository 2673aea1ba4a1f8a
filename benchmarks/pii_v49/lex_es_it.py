"""Spanish and Italian sentences of v49."""

ES = {
    "genres": {
        "outage": {
            "title": ["Corte de suministro eléctrico", "Aviso de corte de agua"],
            "pos": [
                "Para comunicar una avería llame al {P} indicando la referencia {X:outage_id}.",
                "¿Huele a gas? Salga sin tocar interruptores y llame al {S} desde la calle.",
            ],
            "neg": [
                "Códigos postales afectados: {X:postcodes}. Línea de {X:voltage} en descargo.",
                "Contador {X:meter_id}, lectura {X:meter_reading}.",
                "Rotura de tubería {X:pipe_dn}; cloro residual {X:chlorine}.",
            ],
        },
        "storm": {
            "title": ["Aviso naranja por temporal", "Alerta por crecida del río"],
            "pos": [
                "Protección Civil atiende en el {P}.",
                "Si entra agua en su vivienda, corte la luz y llame al {P}.",
            ],
            "neg": [
                "Rachas de {X:wind_speed} y presión de {X:pressure_hpa}. Nivel {X:warn_level}.",
                "El río marca {X:river_level} en la estación de aforo; lluvia acumulada {X:rainfall}.",
            ],
        },
        "evac": {
            "title": ["Albergues habilitados", "Desalojo preventivo"],
            "pos": [
                "Quien no tenga vehículo puede pedir transporte al {P}.",
                "Medicinas y pañales: punto de atención, teléfono {P}.",
            ],
            "neg": [
                "Polideportivo ({X:shelter_cap} plazas), colegio público ({X:shelter_cap} plazas).",
                "Punto de encuentro {X:assembly_point}; sirena {X:sirens}.",
            ],
        },
        "missing": {
            "title": ["SE BUSCA", "Perro perdido", "Gata perdida"],
            "pos": ["Si lo ve, no lo persiga: llame a {N} al {P}.", "Cualquier pista al {P}, gracias."],
            "neg": [
                "Estatura y peso: {X:height_weight}. Gratificación: {X:reward} €.",
                "Visto por última vez en {X:coords}.",
            ],
        },
        "claim": {
            "title": ["Parte amistoso - notas", "Apertura de siniestro"],
            "pos": [
                "El otro conductor, {N}, con teléfono {P}, reconoció la culpa.",
                "Su tramitador le llamará desde el {P}.",
            ],
            "neg": [
                "Siniestro {X:claim_no}, póliza {X:policy_no}, franquicia de {X:excess} €.",
                "Bastidor {X:vin}; kilometraje {X:odometer}.",
            ],
        },
        "tow": {
            "title": ["Parte de asistencia en carretera", "Servicio de grúa"],
            "pos": ["La grúa va en camino; si se mueve, mande un SMS al {P}."],
            "neg": ["Retirado en {X:road_km}, matrícula {X:plate}, neumático {X:tyre_size}."],
        },
        "helpline": {
            "title": ["Intoxicaciones", "Si necesitas hablar"],
            "pos": ["Servicio de información toxicológica: {P}.", "Escucha gratuita las 24 horas: {S}."],
            "neg": [
                "Tenga a mano el número de lote ({X:lot_no}).",
                "Panel naranja de la cisterna: {X:un_number}.",
            ],
        },
    },
    "email": ["Las actualizaciones se envían desde {E}.", "Mande las fotos a {E}."],
    "card": ["Servicio de grúa pagado con la tarjeta {C}."],
    "iban": ["Donativos para los afectados: IBAN {I}.", "La indemnización se abonará en {I}."],
    "ip": ["La cámara del aparcamiento emite desde {A}."],
    "local": [],
    "heads": ["Teléfonos de emergencia", "A quién llamar"],
    "labels": ["Ayuntamiento", "Protección Civil", "Albergue", "Coordinador", "Guardia"],
}

IT = {
    "genres": {
        "outage": {
            "title": ["Interruzione programmata dell'energia", "Avviso: sospensione idrica"],
            "pos": [
                "Per segnalare un guasto chiamate il {P} citando il codice {X:outage_id}.",
                "Odore di gas? Uscite senza toccare interruttori e chiamate il {S}.",
            ],
            "neg": [
                "CAP interessati: {X:postcodes}; linea a {X:voltage} fuori servizio.",
                "Contatore {X:meter_id}, lettura {X:meter_reading}.",
                "Rottura della condotta {X:pipe_dn}; cloro residuo {X:chlorine}.",
            ],
        },
        "storm": {
            "title": ["Allerta meteo arancione", "Bollettino piena"],
            "pos": [
                "Il Centro operativo comunale risponde al {P}.",
                "Sacchi di sabbia a domicilio per gli anziani: prenotate al {P}.",
            ],
            "neg": [
                "Raffiche fino a {X:wind_speed}, pressione {X:pressure_hpa}, livello {X:warn_level}.",
                "Idrometro del ponte: {X:river_level}; pioggia {X:rainfall}.",
                "Scossa di {X:magnitude} avvertita in valle.",
            ],
        },
        "evac": {
            "title": ["Aree di accoglienza", "Evacuazione del quartiere"],
            "pos": [
                "Chi non ha l'auto può chiedere il trasporto al {P}.",
                "Farmaci e pannolini: punto di assistenza, telefono {P}.",
            ],
            "neg": [
                "Palestra comunale ({X:shelter_cap} posti), scuola media ({X:shelter_cap} posti).",
                "Area di attesa {X:assembly_point}, vicino all'idrante {X:hydrant}.",
            ],
        },
        "missing": {
            "title": ["SCOMPARSO", "Cane smarrito", "Gatto smarrito"],
            "pos": ["Se lo vedete non inseguitelo, chiamate {N} al {P}.", "Segnalazioni al {P}, grazie."],
            "neg": [
                "Altezza e peso: {X:height_weight}. Ricompensa: {X:reward} €.",
                "Ultimo avvistamento a {X:coords}.",
            ],
        },
        "claim": {
            "title": ["Constatazione amichevole - appunti", "Apertura sinistro"],
            "pos": [
                "La controparte, {N}, tel. {P}, ha firmato il CID.",
                "Il liquidatore vi richiamerà dal {P}.",
            ],
            "neg": [
                "Sinistro {X:claim_no}, polizza {X:policy_no}, franchigia {X:excess} €.",
                "Telaio {X:vin}, chilometri {X:odometer}.",
            ],
        },
        "roster": {
            "title": ["Turni volontari di protezione civile", "Squadra di soccorso: reperibilità"],
            "pos": [
                "Caposquadra nel fine settimana: {N}, cell. {P}.",
                "Se il cercapersone non funziona: {P}.",
            ],
            "neg": [
                "Radio: canale {X:radio_channel}; nominativi {X:callsign}, {X:callsign}.",
                "Punto di raccolta {X:coords}; gruppo elettrogeno {X:generator}.",
            ],
        },
        "firecard": {
            "title": ["Piano di emergenza - istruzioni", "In caso di incendio"],
            "pos": ["Addetto antincendio {N}: {P}.", "Fuori orario: portineria, {P}."],
            "neg": [
                "Punto di raccolta {X:assembly_point}. Estintore: {X:extinguisher}. Zona {X:alarm_zone}."
            ],
        },
    },
    "email": ["Gli aggiornamenti partono da {E}.", "Inviate le foto a {E}."],
    "card": ["Soccorso stradale pagato con la carta {C}."],
    "iban": ["Raccolta fondi per gli alluvionati: IBAN {I}.", "Il risarcimento sarà accreditato su {I}."],
    "ip": ["La telecamera del cancello trasmette da {A}."],
    "local": [],
    "heads": ["Numeri di emergenza", "Chi chiamare"],
    "labels": ["Comune", "Protezione civile", "Portineria", "Caposquadra", "Centrale operativa"],
}
