"""Spanish and Italian sentences for salons, barbers, nail bars, tattoo studios, spas and therapists."""

ES = {
    "HEAD": {
        "salon": ["Tu cita de color", "Recordatorio de la peluquería"],
        "barber": ["Barbería: aviso", "Corte y barba"],
        "nails": ["Uñas: confirmación de cita", "Toca relleno"],
        "tattoo": ["Señal recibida", "Cuidados del tatuaje"],
        "spa": ["Tu día de spa", "Circuito termal reservado"],
    },
    "POS": {
        "salon": [
            "Si las mechas amarillean antes de dos semanas, llama a {NAME} al {P} y te damos "
            "un baño de color.",
            "¿Llegas tarde? Un toque al {P} y movemos a la siguiente clienta.",
            "Hemos pasado tu corte al jueves; si no te viene bien, escríbenos al móvil {M}.",
        ],
        "barber": [
            "Los sábados hay cola: manda tu nombre por WhatsApp al {M} y te avisamos.",
            "Vuelve el afeitado a navaja; reserva en el {P} o pásate sin cita.",
        ],
        "nails": [
            "Si el gel se levanta en cinco días, llama al {P} y lo arreglamos gratis.",
            "Tu manicurista {NAME} está de baja; su sustituta atiende en el {M}.",
        ],
        "tattoo": [
            "Si sigue rojo al tercer día, manda una foto y llama al estudio: {P}.",
            "Nuestro artista invitado resuelve dudas del diseño en el {X}.",
        ],
        "spa": [
            "Albornoz y zapatillas te esperan; para añadir un masaje con piedras, llama al {P}.",
            "Al llegar a la barrera, llama al {P} y te abrimos.",
        ],
    },
    "OTHER": [
        "Dudas sobre productos: línea gratuita de la marca, {O}.",
        "Saldo de tarjetas regalo en el {O}.",
    ],
    "NEG": [
        "Fórmula: {n.shade_code} con {n.developer}, exposición {n.duration}.",
        "Código de reserva {n.booking_ref}.",
        "La tarjeta regalo {n.voucher_code} tiene {n.gift_balance} de saldo.",
        "Crema reparadora (EAN {n.ean13}, {n.lot_number}, caduca {n.expiry}).",
        "Tu cita del {n.date}, de {n.time_slot}, cabina {n.cabin}.",
        "Configuración de agujas {n.needle_config}, tamaño aproximado {n.tattoo_size}.",
        "Degradado {n.clipper_guard}; arriba {n.hair_length}.",
        "Datáfono {n.terminal_id}, autorización {n.auth_code}, ticket {n.receipt_no}.",
    ],
    "EMAIL": ["Mándanos fotos de referencia a {ER}.", "{NAME} pide que el horario de la boda vaya a {EP}."],
    "CARD": ["La señal se cobró con la tarjeta {C}."],
    "IBAN": ["El alquiler del sillón se paga a {IB}."],
    "IP": ["La tablet de citas tiene la IP {IP} en el wifi del local."],
    "LIST_HEADS": ["Dónde llamarnos", "Teléfonos del salón"],
    "LABELS": ["Recepción", "Citas", "Dueña", "Móvil del estudio", "Spa"],
}

IT = {
    "HEAD": {
        "salon": ["Il tuo appuntamento colore", "Promemoria dal salone"],
        "barber": ["Barberia: avviso", "Taglio e barba"],
        "spa": ["La tua giornata alla spa", "Percorso termale prenotato"],
        "therapist": ["Ceretta: appuntamento", "Laminazione ciglia"],
        "nails": ["Onicotecnica: conferma", "Refill in arrivo"],
    },
    "POS": {
        "salon": [
            "Se il biondo vira al giallo entro due settimane, chiama {NAME} al {P} per un tonalizzante.",
            "In ritardo? Basta uno squillo al {P} e spostiamo la cliente dopo.",
            "Abbiamo spostato la piega a giovedì; se non va, scrivici al cellulare {M}.",
        ],
        "barber": [
            "Il sabato c'è fila: manda il tuo nome al {M} e ti avvisiamo quando si libera la poltrona.",
            "È tornata la rasatura col panno caldo, prenota al {P}.",
        ],
        "spa": [
            "Accappatoio e ciabatte ti aspettano; per un massaggio con pietre calde chiama il {P}.",
            "Per intolleranze al pranzo della spa, avvisa la cucina al {P}.",
        ],
        "therapist": [
            "Il test allergico va fatto 48 ore prima: passa o chiama il {P}.",
            "Dopo il laser niente sauna; in caso di vesciche chiama subito il centro al {P}.",
        ],
        "nails": [
            "Se il gel si solleva entro cinque giorni, chiama il {P}: il ritocco è gratis.",
            "La tua onicotecnica {NAME} è in malattia; la sostituta risponde al {M}.",
        ],
    },
    "OTHER": ["Domande sui prodotti: numero verde del marchio, {O}.", "Saldo delle gift card al {O}."],
    "NEG": [
        "Formula: {n.shade_code} con {n.developer}, posa {n.duration}.",
        "Codice prenotazione {n.booking_ref}.",
        "La gift card {n.voucher_code} ha ancora {n.gift_balance}.",
        "Crema lenitiva (EAN {n.ean13}, {n.lot_number}).",
        "Appuntamento del {n.date}, {n.time_slot}, cabina {n.cabin}.",
        "Cera a {n.temperature}; disdette entro {n.cancel_window} addebitate per intero.",
        "Laser: {n.wavelength}, {n.fluence}, fototipo {n.fitzpatrick}, seduta {n.session_count}.",
        "Tessera fedeltà {n.loyalty_card}, sconto {n.discount}.",
    ],
    "EMAIL": ["Manda le foto di ispirazione a {ER}.", "{NAME} vuole il programma a {EP}."],
    "CARD": ["L'acconto è stato addebitato sulla carta {C}."],
    "IBAN": ["Affitto della poltrona da versare su {IB}."],
    "IP": ["Il tablet delle prenotazioni ha indirizzo {IP} sul wi-fi del salone."],
    "LIST_HEADS": ["Come contattarci", "Telefoni del salone"],
    "LABELS": ["Reception", "Prenotazioni", "Titolare", "Cellulare del centro", "Spa"],
}
