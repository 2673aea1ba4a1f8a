"""Spanish and Italian sentences for v125."""

ES = {
    "GENRES": {
        "tarot": {
            "titles": ["Tu lectura de tarot está reservada", "Tirada de tarot – seguimiento"],
            "phone": [
                "Si te quedan dudas después de la tirada, escríbeme por WhatsApp al {p}.",
                "La consulta telefónica empieza puntual: te llamo desde el {p}.",
                "¿No puedes venir? Avisa al {p} y cedemos la hora a otra persona.",
            ],
            "fill": [
                "Salió la Rueda de la Fortuna, que habla de un cambio de ciclo.",
                "El tarot es una herramienta de reflexión, no un consejo médico ni legal.",
            ],
        },
        "reiki": {
            "titles": ["Recordatorio de tu sesión de reiki", "Terapia energética – cuidados posteriores"],
            "phone": [
                "Para cambiar la cita, llama al centro al {p} con un día de antelación.",
                "Si notas cansancio fuerte tras la sesión, llámame al {p}.",
            ],
            "fill": [
                "Bebe mucha agua y descansa esa tarde.",
                "La sesión se hace vestido, tumbado en la camilla.",
            ],
        },
        "retreat": {
            "titles": ["Retiro de meditación: cómo llegar", "Fin de semana en silencio – últimos detalles"],
            "phone": [
                "Los móviles se entregan al llegar; en caso de urgencia, la "
                "familia puede llamar a la oficina al {p}.",
                "Si el autobús se retrasa, avisa al conductor al {p}.",
            ],
            "fill": [
                "El silencio empieza tras la charla de la primera noche.",
                "Trae ropa de abrigo para las sentadas del amanecer.",
            ],
        },
        "crystals": {
            "titles": ["Tu pedido de cristales ya ha salido", "Cuidados de tus piedras"],
            "phone": [
                "Si una piedra llega rota, envíanos una foto al {p} y la reponemos.",
                "La tienda atiende en el {p} de martes a sábado.",
            ],
            "fill": [
                "La amatista pierde color al sol directo.",
                "Cada piedra es natural y puede variar respecto a la foto.",
            ],
        },
    },
    "NEG": {
        "birth_data": ["Datos de nacimiento: {v}."],
        "planet_degree": ["Posición progresada que marca este año: {v}."],
        "crystal_size": ["Medidas de la geoda: {v}."],
        "voucher_code": ["Código de tu tarjeta regalo: {v}."],
        "cabin_bed": ["Te toca la cabaña/cama {v}."],
        "hexagram": ["La consulta al I Ching dio el hexagrama {v}."],
        "dosage": ["La herbolaria recomendó {v} al día."],
        "breath_pattern": ["Empezamos con respiración cuadrada, contando {v}."],
        "price_list": ["Tarifas de 30/60/90 minutos, en euros: {v}."],
    },
    "LOCAL": {},
    "LIST_HEADS": ["Contactos", "Nuestros teléfonos"],
    "LIST_LABELS": ["Reservas", "Consulta", "Tienda", "Oficina del retiro"],
    "EMAIL": ["Envía la foto de tu partida de nacimiento a {e}.", "Dudas sobre el retiro: {e}."],
    "CARD": ["La señal se cargó a la tarjeta {c}."],
    "IBAN": ["Transfiere el resto a la cuenta {i}."],
    "IP": ["La retransmisión sale de nuestro servidor {ip}."],
    "OTHER": ["Línea gratuita de reservas: {p}."],
}

IT = {
    "GENRES": {
        "tarot": {
            "titles": ["Il tuo consulto di tarocchi è prenotato", "Lettura dei tarocchi – dopo la seduta"],
            "phone": [
                "Se dopo la stesa hai ancora domande, mandami un messaggio al {p}.",
                "Il consulto telefonico inizia puntuale: ti chiamo dal {p}.",
            ],
            "fill": [
                "È uscita la Temperanza, invito a ritrovare un equilibrio.",
                "I tarocchi sono uno strumento di riflessione, non un parere medico.",
            ],
        },
        "astrology": {
            "titles": ["Ordine del tema natale", "Rivoluzione solare – appuntamento confermato"],
            "phone": [
                "L'astrologa ti chiamerà al {p} all'inizio della consulenza.",
                "Per correggere l'ora di nascita telefona al {p} prima del calcolo.",
            ],
            "fill": [
                "L'ascendente cambia circa ogni due ore.",
                "Usiamo il sistema di case Placido, salvo richiesta diversa.",
            ],
        },
        "retreat": {
            "titles": ["Ritiro di meditazione: informazioni", "Weekend in silenzio – ultimi dettagli"],
            "phone": [
                "I telefoni si consegnano all'arrivo; per emergenze i "
                "familiari chiamano la segreteria al {p}.",
                "Se il treno ritarda, avvisa la navetta al {p}.",
            ],
            "fill": [
                "Il silenzio inizia dopo il discorso della prima sera.",
                "Porta un maglione per le meditazioni all'alba.",
            ],
        },
        "soundbath": {
            "titles": ["Bagno di gong domenica", "Cerchio di suoni – cosa aspettarsi"],
            "phone": [
                "Posti limitati a sedici tappetini: prenota al {p}.",
                "Se sei incinta o porti un apparecchio acustico, chiama il {p}.",
            ],
            "fill": [
                "Porta una coperta e un cuscino per gli occhi.",
                "La sessione si chiude con qualche minuto di silenzio.",
            ],
        },
    },
    "NEG": {
        "birth_data": ["Dati di nascita: {v}."],
        "birth_coords": ["Luogo di nascita registrato come {v}."],
        "julian_day": ["Riferimento effemeridi: {v}."],
        "session_times": ["Meditazione del mattino: {v}."],
        "frequencies": ["Le campane sono accordate su {v}."],
        "decibels": ["Livello misurato durante il gong: {v}."],
        "insurance_policy": ["Copertura RC con polizza {v}."],
        "payment_ref": ["Causale del bonifico: {v}."],
        "dasha_period": ["Il tuo periodo di Venere va dal {v}."],
    },
    "LOCAL": {},
    "LIST_HEADS": ["Recapiti", "I nostri numeri"],
    "LIST_LABELS": ["Prenotazioni", "Studio", "Segreteria ritiro", "Negozio"],
    "EMAIL": ["Invia la foto del certificato di nascita a {e}.", "Domande sul ritiro: {e}."],
    "CARD": ["L'acconto è stato addebitato sulla carta {c}."],
    "IBAN": ["Bonifico del saldo su {i}."],
    "IP": ["La diretta parte dal nostro server {ip}."],
    "OTHER": ["Numero verde per le prenotazioni: {p}."],
}
