"""Spanish and Italian sentences for the dating, matchmaking and singles' event genres."""

ES = {
    "titles": {
        "agency": ["Su agencia de parejas", "Bienvenida a la agencia", "Una primera presentación"],
        "speeddate": ["Noche de citas rápidas", "Su plaza está confirmada"],
        "walk": ["Senderismo para solteros", "Ruta del domingo"],
        "supper": ["Cena para solteros", "Su mesa del viernes"],
        "safety": ["Primera cita segura", "Aviso de inicio de sesión"],
    },
    "body": {
        "agency": [
            "Soy {name}, su asesora personal; mi teléfono directo es el {P}.",
            "Su número de socio es {N:member_no}.",
            "La cuota se cargará en la cuenta {I}, factura {N:agency_invoice}.",
            "Él prefiere que le llame usted al {P} a partir de las siete.",
            "Para cualquier duda, atención al socio en el {F}, gratuito.",
            "Cuéntenos qué tal fue la cita escribiendo a {R}.",
        ],
        "speeddate": [
            "La puerta abre de {N:opening_hours}; su tarjeta lleva el número {N:badge_no}.",
            "Si llega tarde, avise a la presentadora en el {P}.",
            "El cobro con la tarjeta {C} no se pudo completar.",
            "Enviaremos sus coincidencias desde {R} el lunes.",
        ],
        "walk": [
            "Quedamos en el aparcamiento ({N:gps_point}) a las {N:departure_time}.",
            "La ruta tiene {N:walk_distance} y {N:elevation_gain} de desnivel.",
            "El guía, {name}, lleva el móvil: {P}.",
        ],
        "supper": [
            "Está usted en la mesa {N:table_no}.",
            "El restaurante atiende en el {P} si necesita avisar de un retraso.",
            "Las alergias, por favor, a la cocinera: {E}.",
        ],
        "safety": [
            "Hemos detectado un acceso a su cuenta desde {A}.",
            "Comparta el número de su cita ({P}) con alguien de confianza.",
            "Denuncie perfiles sospechosos en {R}.",
        ],
    },
    "neg": {
        "agency": [
            "Socio n.º {N:member_no}, vigencia {N:membership_period}.",
            "Compatibilidad: {N:match_pct}.",
        ],
        "speeddate": [
            "Ronda {N:round_of}, edades {N:age_range}.",
            "Código {N:promo_code}, valoración {N:rating}.",
        ],
        "walk": ["Etapa {N:route_stage}: {N:walk_distance}.", "Temporada {N:season_dates}."],
        "supper": ["Mesa {N:table_no}, sala {N:room_no}, reserva {N:reservation_no}."],
        "safety": ["Último mensaje a las {N:chat_timestamp}.", "Verificación {N:verification_ref} aprobada."],
    },
    "heads": ["Teléfonos de la noche", "Para localizarnos"],
    "labels": ["Presentadora", "Restaurante", "Guía", "Oficina"],
}

IT = {
    "titles": {
        "agency": ["La sua agenzia matrimoniale", "Benvenuta in agenzia", "Una prima presentazione"],
        "speeddate": ["Serata di speed dating", "Iscrizione confermata"],
        "walk": ["Escursione per single", "Camminata di domenica"],
        "supper": ["Cena per single", "Il suo tavolo di sabato"],
        "safety": ["Primo appuntamento in sicurezza", "Avviso di accesso"],
    },
    "body": {
        "agency": [
            "Sono {name}, la sua consulente; mi trova al {P}.",
            "Il suo numero di iscrizione è {N:member_no}.",
            "La quota verrà addebitata sul conto {I}, fattura {N:agency_invoice}.",
            "La signora ha accettato un aperitivo: può chiamarla al {P} dopo le diciotto.",
            "Il nostro numero verde è {F}.",
            "Ci scriva com'è andata a {R}.",
        ],
        "speeddate": [
            "Ingresso {N:opening_hours}, cartellino numero {N:badge_no}.",
            "In caso di ritardo avvisi la conduttrice al {P}.",
            "Il pagamento con la carta {C} non è andato a buon fine.",
        ],
        "walk": [
            "Ritrovo al parcheggio ({N:gps_point}) alle {N:departure_time}.",
            "Percorso di {N:walk_distance}, {N:elevation_gain} di dislivello.",
            "L'accompagnatore, {name}, risponde al {P}.",
        ],
        "supper": [
            "Lei è al tavolo {N:table_no}.",
            "Il ristorante risponde al {P}.",
            "Le intolleranze vanno comunicate alla cuoca: {E}.",
        ],
        "safety": [
            "Abbiamo rilevato un accesso al suo profilo da {A}.",
            "Lasci a un'amica il numero della persona che incontra ({P}).",
            "Segnali i profili sospetti a {R}.",
        ],
    },
    "neg": {
        "agency": [
            "Iscrizione n. {N:member_no}, validità {N:membership_period}.",
            "Affinità stimata: {N:match_pct}.",
        ],
        "speeddate": ["Giro {N:round_of}, fascia d'età {N:age_range}.", "Codice {N:promo_code}."],
        "walk": ["Tappa {N:route_stage}: {N:walk_distance}, {N:elevation_gain}."],
        "supper": ["Tavolo {N:table_no}, sala {N:room_no}, guardaroba {N:cloakroom_ticket}."],
        "safety": ["Ultimo messaggio alle {N:chat_timestamp}.", "Verifica {N:verification_ref} completata."],
    },
    "heads": ["Numeri per la serata", "Chi chiamare"],
    "labels": ["Conduttrice", "Ristorante", "Accompagnatore", "Agenzia"],
}
