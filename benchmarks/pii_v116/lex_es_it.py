"""Spanish and Italian sentences for v116 (same placeholders as lex_en)."""

ES = {
    "skischool": (
        ["Escuela de esquí – confirmación", "Tu clase particular", "Semana blanca infantil"],
        [
            "Quedamos en la zona de debutantes a las {n:lift_hours}.",
            "Tu monitor, {name} (título {n:instructor_licence}), te avisará al {mob} si cambia algo.",
            "El cursillo {n:course_code} está completo; la lista de espera se gestiona en el {ph}.",
            "Indica la estatura y el peso del niño ({n:height_weight}) para ajustar las fijaciones.",
            "Las clases se cobraron en la tarjeta {card}.",
            "Dudas sobre el jardín de nieve: {mail}.",
        ],
    ),
    "liftpass": (
        ["Taquillas – justificante de compra", "Renovación del forfait de temporada", "Recarga de forfait"],
        [
            "El forfait con chip {n:wtp_chip} queda recargado para seis días.",
            "¿Has perdido el forfait? Anúlalo en el {ph}; el duplicado cuesta {n:price}.",
            "Los plazos se cargarán en la cuenta {iban}.",
            "Horario de remontes: {n:lift_hours}. Temporada {n:season_dates}.",
            "Precios para grupos en el {free}.",
        ],
    ),
    "snowreport": (
        ["Parte de nieve", "Estado de las pistas", "Previsión para el fin de semana"],
        [
            "Esta noche han caído {n:new_snow}; espesor en cotas altas: {n:snow_depth}.",
            "En la cima, {n:temperature} a las siete y rachas de {n:wind_gusts}.",
            "Contestador del parte de nieve: {ph}.",
            "Los cañones funcionaron toda la noche a unos {n:snowmaking}.",
            "El jefe de pistas atiende en el {mob}.",
        ],
    ),
    "rental": (
        ["Alquiler de material – contrato", "Recogida de material", "Reserva en la tienda de alquiler"],
        [
            "Esquís de {n:ski_length}, botas {n:mondopoint}, suela {n:boot_sole}, ajuste {n:din_setting}.",
            "Contrato {n:rental_contract}, válido hasta el cierre del último día.",
            "Se ha bloqueado una fianza en la tarjeta {card}.",
            "¿Te aprietan las botas? Llama al taller: {ph}.",
            "Taquilla en la base: código {n:locker_code}.",
        ],
    ),
    "chalet": (
        ["Reserva de apartamento en pistas", "Bienvenida al chalet", "Datos de llegada"],
        [
            "Tu anfitriona {name} te espera; su móvil es el {mob}.",
            "Reserva {n:booking_ref}: seis personas, media pensión, habitación {n:room}.",
            "El resto se paga por transferencia a {iban}.",
            "Bus a pistas: {n:bus_times}. Para el GPS: {n:postcode}.",
            "Urgencias por la noche: {ph}.",
        ],
    ),
}

IT = {
    "skischool": (
        ["Scuola sci – conferma del corso", "La tua lezione privata", "Settimana bianca dei bambini"],
        [
            "Ritrovo al campo scuola alle {n:lift_hours}.",
            (
                "Il maestro {name} (tesserino {n:instructor_licence}) ti avvisa al {mob} se la lezione si "
                "sposta."
            ),
            "Il corso {n:course_code} è al completo; per la lista d'attesa chiama il {ph}.",
            "Indicaci altezza e peso del bambino ({n:height_weight}) per regolare gli attacchi.",
            "Le lezioni sono state addebitate sulla carta {card}.",
            "Per il baby club scrivi a {mail}.",
        ],
    ),
    "liftpass": (
        ["Biglietteria impianti – ricevuta", "Rinnovo stagionale", "Skipass ricaricato"],
        [
            "Lo skipass con chip {n:wtp_chip} è ricaricato per sei giorni.",
            "Skipass smarrito? Bloccalo al {ph}; il duplicato costa {n:price}.",
            "Le rate verranno addebitate su {iban}.",
            "Orario impianti: {n:lift_hours}; stagione {n:season_dates}.",
            "Tariffe gruppi al numero verde {free}.",
        ],
    ),
    "snowreport": (
        ["Bollettino neve", "Stato delle piste", "Condizioni per il fine settimana"],
        [
            "Nella notte {n:new_snow}; in quota {n:snow_depth} di neve.",
            "In vetta alle sette {n:temperature}, raffiche di {n:wind_gusts}.",
            "Segreteria neve: {ph}.",
            "La stazione {n:station_id} a {n:altitude} registra un equivalente in acqua di {n:swe}.",
            "Il capo pista risponde al {mob}.",
        ],
    ),
    "avalanche": (
        ["Bollettino valanghe", "Aggiornamento pericolo valanghe", "Consigli per lo scialpinismo"],
        [
            "Pericolo {n:danger_level} sopra il limite del bosco.",
            "Lastroni da vento sui versanti nord-est tra {n:altitude_band}, pendii oltre {n:slope_angle}.",
            "Prossimo bollettino: {n:bulletin_time}.",
            "Segnalate i distacchi all'ufficio valanghe al {ph}.",
            "In caso di incidente chiamate subito il {intl}; canale radio {n:radio_freq}.",
        ],
    ),
    "rental": (
        ["Noleggio sci – contratto", "Ritiro attrezzatura", "Prenotazione noleggio"],
        [
            "Sci {n:ski_length}, scarponi {n:mondopoint}, suola {n:boot_sole}, taratura {n:din_setting}.",
            "Contratto {n:rental_contract} valido fino alla chiusura dell'ultimo giorno.",
            "Cauzione bloccata sulla carta {card}.",
            "Scarponi stretti? Chiama il laboratorio: {ph}.",
            "Ricevute inviate da {mail}.",
        ],
    ),
}

HEADS = {
    "es": ["Teléfonos de la estación", "Contactos en pistas"],
    "it": ["Numeri della località", "Contatti in pista"],
}
LABELS = {
    "es": ["Escuela de esquí", "Taquillas", "Alquiler", "Pisteros", "Apartamentos", "Autobús"],
    "it": ["Scuola sci", "Biglietteria", "Noleggio", "Soccorso piste", "Chalet", "Navetta"],
}
