"""Textos de viaje en español para v36 (escritos de nuevo)."""

G = {
    "hotel": {
        "head": [
            (
                "Confirmación de reserva n.º {X:hotel_conf}\nHuésped: {NAME}\nEstancia: {X:stay}, "
                "{X:nights} noches\n"
            ),
            "APARTAMENTO TURÍSTICO – RESUMEN\nCliente: {NAME}\nAlojamiento {X:voucher}, {X:covers} plazas\n",
        ],
        "fill": [
            "La habitación {X:room} da al patio; el cajetín de llaves abre con {X:door_code}.",
            "Wifi: contraseña {X:wifi}.",
            "La casa rural está a {X:altitude}; de noche baja a {X:temperature}.",
            "En el navegador, introduzca {X:gps} en lugar del código postal {X:postcode}.",
        ],
        "phone": [
            "Recepción 24 horas: {P}",
            "¿Llega tarde? Avísenos al {P}.",
            "Su anfitriona, {NAME}, atiende en el {P}.",
        ],
        "end": ["Le esperamos con mucho gusto.", "Buen viaje, el equipo de reservas"],
    },
    "air": {
        "head": [
            (
                "RECIBO DE BILLETE ELECTRÓNICO\nLocalizador: {X:pnr}  Billete: {X:eticket}\nPasajero: "
                "{NAME} SR\n"
            ),
            "Itinerario de {NAME}\nReserva {X:pnr}\nVuelo {X:flight} {X:route}, {X:dep_arr}\n",
        ],
        "fill": [
            "Asiento {X:seat}, tarifa {X:fare_class}, equipaje facturado {X:baggage}.",
            "El embarque cierra 20 minutos antes en la puerta {X:gate}; duración {X:duration}.",
            "Tarjeta de fidelización {X:loyalty}, saldo {X:miles} puntos.",
            "Etiqueta de equipaje {X:bag_tag}; conexión {X:flight} a las {X:clock}.",
        ],
        "phone": [
            "Cambios en la reserva: {P}",
            "Mostrador de equipajes del aeropuerto: {P}",
            "Emitido por agencia (IATA {X:agency_no}), teléfono {P}",
        ],
        "end": ["Lleve este recibo junto con su pasaporte.", "Se aplican las condiciones de transporte."],
    },
    "rail": {
        "head": [
            (
                "Su billete electrónico\nLocalizador {X:hotel_conf} – {NAME}\n{X:train}, {X:dep_arr}, vía "
                "{X:platform}\n"
            ),
            "PASE DE TREN {X:pass_no}\nTitular: {NAME}\nValidez: {X:stay}\n",
        ],
        "fill": [
            "Plaza asignada: {X:coach_seat}.",
            "Salidas del sábado: {X:timetable}.",
            "Autobuses alternativos desde la explanada, dársena {X:gate}.",
            "Trayecto de unas {X:duration} para {X:distance}.",
        ],
        "phone": ["Servicio de asistencia a viajeros: {P}", "¿Dudas con su billete? Llame al {P}."],
        "end": ["Muestre el billete en el móvil o impreso.", "Buen viaje."],
    },
    "car": {
        "head": [
            "CONTRATO DE ALQUILER {X:rental_no}\nArrendatario: {NAME}\nGrupo {X:acriss}\n",
            "Bono de alquiler {X:voucher}\nConductor: {NAME}, permiso {X:licence}\n",
        ],
        "fill": [
            "Kilometraje de salida: {X:odometer}. Combustible lleno/lleno.",
            "Devolución en el aparcamiento P2, plaza {X:pitch}, antes de las {X:clock}.",
            "La salida {X:exit_no} está cortada; desvío de {X:distance}.",
            "Si se detiene, anote el punto kilométrico ({X:km_marker}).",
        ],
        "phone": [
            "Asistencia en carretera 24 h: {P}",
            "Mostrador de devoluciones: {P}",
            "Jefe de oficina {NAME}, directo {P}",
        ],
        "end": ["Firmado por el arrendatario en la entrega.", "Conduzca con prudencia."],
    },
    "dining": {
        "head": [
            "Mesa reservada: {NAME}, {X:covers} comensales\nRef. {X:resto_ref}\n",
            "Recordatorio de reserva – {CITY}\n{NAME} · {X:covers} personas · {X:clock}\n",
        ],
        "fill": [
            "Guardamos la mesa 15 minutos; el menú degustación tiene {X:covers} pases.",
            "Aparcamiento en el patio, {X:postcode} {CITY}.",
            "El cheque regalo {X:voucher} se descontará de la cuenta.",
        ],
        "phone": ["Para anular, llame al {P}.", "Grupos de más de diez: hable con {NAME} en el {P}."],
        "end": ["¡Hasta pronto!", "El equipo de cocina"],
    },
    "tour": {
        "head": [
            (
                "Propuesta para {NAME}\nCódigo de circuito {X:tour_code}\n{X:stay}, {X:nights} noches, "
                "media pensión\n"
            ),
            "PROGRAMA DIARIO A BORDO – Día {X:nights}\nCamarote {X:cabin} · Punto de reunión {X:muster}\n",
        ],
        "fill": [
            "Día de navegación: cubierta de piscina {X:deck_time}; cóctel del capitán a las {X:clock}.",
            "Tipo de cambio aplicado: {X:fx_rate}.",
            "Seguro de viaje: cobertura desde la salida, expediente {X:voucher}.",
            "Punto más alto de la ruta: {X:altitude}; etapas de unos {X:distance}.",
        ],
        "phone": [
            "Su guía {NAME} estará localizable en el {P}.",
            "Nuestra agencia en {CITY}: {P}",
            "Asistencia del seguro, 24 h: {P}",
        ],
        "end": ["Oferta válida siete días.", "Un saludo, su agente de viajes"],
    },
    "visa": {
        "head": [
            (
                "Sección consular – información de visados\nCita n.º {X:appt_no}\nSolicitante: {NAME}, "
                "pasaporte {X:passport}\n"
            ),
            "OFICINA DE TURISMO DE {CITY}\nAgenda semanal\n",
        ],
        "fill": [
            "Traiga el visado anterior {X:visa_no}.",
            "Plazo de tramitación: {X:nights} días hábiles.",
            "Visita guiada desde la fuente ({X:gps}) a las {X:clock}.",
            "Lanzadera al castillo: {X:timetable}.",
        ],
        "phone": [
            "Visados, de lunes a viernes: {P}",
            "Información turística: {P}",
            "Emergencias consulares: {P}",
        ],
        "end": ["Información sujeta a cambios.", "Estamos para ayudarle."],
    },
    "camp": {
        "head": [
            "NORMAS DEL CAMPING\nParcela {X:pitch} · {NAME}\n",
            "NORMAS DEL ALBERGUE\nSu cama: {X:dorm_bed}\n",
        ],
        "fill": [
            "Silencio {X:deck_time}. Código de la barrera: {X:door_code}.",
            "Código de la lavandería: {X:door_code}.",
            "Wifi: {X:wifi}. Taquillas para mochilas de {X:baggage}.",
            "El embalse está a {X:distance}; agua a {X:temperature}.",
        ],
        "phone": ["Vigilante nocturno: {P}", "Recepción (8 a 20 h): {P}"],
        "end": ["Gracias por respetar el descanso.", "¡Feliz estancia!"],
    },
}

C = {
    "local": [],
    "mobile": ["Móvil, también WhatsApp: {P}"],
    "land": ["Teléfono fijo de la casa (sin SMS): {P}"],
    "service": ["Línea gratuita de reservas: {Q}", "Atención al cliente: {Q}"],
    "email": ["Escríbanos a {E}", "Confirmación enviada a {E}"],
    "iban": ["Abone la señal en la cuenta IBAN {I} indicando el localizador."],
    "card": ["Tarjeta de garantía: {C}"],
    "ip": ["Reserva realizada desde la IP {IP}.", "Publicado desde {IP}"],
    "ssn": [],
    "list": [
        ("Contactos durante el viaje", "{NAME} ({ROLE}) – {P}"),
        ("A quién llamar", "{ROLE}: {NAME}, {P}"),
    ],
    "roles": ["guía", "conductor", "conserje de noche", "jefa de oficina", "coordinador"],
    "none": [
        "No hay teléfono en el alojamiento; use la aplicación.",
        "Recepción cerrada a partir de las 18 h.",
    ],
}
