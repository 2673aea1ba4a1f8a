"""Spanish documents (es_ES) with values, written for v3; placeholders are described in v3_render.
Spanish numbers are always dialled in full, so no local numbers here."""

POS = {
    "sms": [
        "Hola, soy {first}, reserva {booking}: la señal cargadla en la tarjeta {card}, caduca "
        "[[08/27|02/28]]. Gracias!",
        "Hola! Soy {first}, este es mi número nuevo: {tel:mn}. Guárdalo 😊",
        "{co}: su pedido llega mañana. ¿Dudas? Llame al {tel:fn} (L-V de 9 a 18h).",
        "Llego tarde, si no contesto llama al fijo de casa: {tel:fn}",
        "Cita confirmada: {date} a las {time}. Para anular llame al {tel:n}.",
        "Me pasas el correo de {first2}? -> {mail2} gracias!!",
    ],
    "chat": [
        "[{clock}] {first}: alguien tiene el teléfono del fontanero?\n[{clock}] {first2}: {tel:mn}, dile que "
        "vas de mi parte\n[{clock}] {first}: genial, gracias",
        "{first}: el servidor {ip4} no responde, incidencia {ref}\n{first2}: reiniciando. la IPv6 es {ip6}",
        "Cliente (chat): me han cobrado dos veces, tarjeta {card}\nAgente {xfirst}: lo reviso, expediente "
        "{ref}",
    ],
    "whatsapp": [
        "{day} {clock} - {first}: Quién lleva a los niños al partido del sábado?\n{day} {clock} - {first2}: "
        "Yo! Mi móvil: {tel:m}\n{day} {clock} - {first}: Perfecto, quedamos en el parking",
        "[{day} {clock}] {first}: El nuevo número del entrenador: {tel:mi}\n[{day} {clock}] {first2}: y el "
        "del club es {tel:fn}",
    ],
    "voicemail": [
        "Mensaje de voz de {tel} ({date}, {time})\n«Buenos días, soy {first} {last} de {co}, le llamo por "
        "el presupuesto {ref}. Puede llamarme al {tel:fn}, extensión {extension}. Gracias.»",
        "Buzón {date}: «Hola, le llamamos de la farmacia de {city}, su pedido ya está. Teléfono "
        "{tel:fn}. Un saludo.»",
    ],
    "signature": [
        "Saludos cordiales,\n{name}\n{co}\nCentralita {tel:fn} · oficina de París {itel:fr}",
        "Un saludo,\n\n{name}\n[[Departamento comercial|Atención al cliente|Administración]]\n{co}\n"
        "{street}, {city}\nTel.: {tel:fn}\nMóvil: {tel:mn}\nFax: {tel:fn}\n{mailco}\nCIF {company_id}",
        "Saludos,\n{first}\n--\n{co} · {tel:fi} · {mailco}",
        "Atentamente,\n{name}\nTel. {tel} · Oficina de Lisboa: {xtel:pt}",
    ],
    "classified": [
        "Vendo bici infantil de 20 pulgadas, {price}. Recogida en {city}. Llamar al {tel:mn} por las tardes.",
        "Clases particulares de inglés, todos los niveles. {name}, {tel:m}, {mail}",
        "Se alquila piso de {quantity} en {city}, {price}/mes. Contacto: {tel:mn}[[ o {mail}|]]",
        "Perdido perro pequeño, marrón, responde a Toby. Por favor llamad al {tel:m}. Se gratificará.",
    ],
    "cv": [
        "CURRÍCULUM VITAE\n{name}\n{street}, {city}\nTeléfono: {tel:mn}\nCorreo: {mail}\nFecha de "
        "nacimiento: {dob}",
        "{name} · Enfermera\n{mail} · {tel:mi} · {city}\nExperiencia: {co} desde {year}",
    ],
    "invoice": [
        "{co} · {street} · {city}\nTel. {tel:f} · {role:facturacion}\nIBAN {iban} · BIC {bic}\n"
        "CIF {company_id} · NIF-IVA {vat}\nFactura n.º {invoice} de {date}",
        "Forma de pago: transferencia a 30 días al IBAN {iban}, indicando la factura {invoice}. "
        "Consultas: {role:administracion} o {tel:fn}.",
        "Importe {price}, vencimiento {date}.\nCuenta: {iban:c}\nN.º cliente {account}",
    ],
    "booking": [
        "Confirmación de reserva\n{co}\nHuésped: {name}\nEntrada {date} desde las {time}\nHabitación {room} "
        "· "
        "Localizador {booking}\nRecepción: {tel:fn} · {role:reservas}",
        "Su mesa en {co}: {date}, {time}, [[2|4|6]] personas. Para cambios llame al {tel:fn}.",
        "Hemos cargado la señal de {price} en la tarjeta {card}. ¡Hasta pronto! {co}",
    ],
    "school": [
        "Estimadas familias:\n\nEl grupo de [[3.º B|4.º A|2.º C]] visitará el museo el {date}. Salida a las "
        "{time} desde la puerta del colegio, coste {price}. Ese día la tutora estará en el {tel:mn}. "
        "Para cualquier otra consulta: secretaría {tel:fn}[[ o {role:secretaria}|]].\n\n{name}, directora",
        "Las faltas se comunican antes de las {time} llamando al {tel:fn} o escribiendo a {role:secretaria}.",
    ],
    "forum": [
        "Re: Llamadas comerciales\nEl {tel} me llama todos los días ofreciendo fibra. Lo he denunciado "
        "(ref. {ref}).",
        "Tengo el router en {ip4} y no consigo abrir puertos. Firmware {version}. ¿Alguna idea?",
    ],
    "ticket": [
        "Incidencia {ref} | Prioridad: [[alta|normal]]\nDe: {name} <{mail}>\nAsunto: cargo duplicado\n\n"
        "El pedido {order} se ha cobrado dos veces en mi tarjeta {card}. Llamadme al {tel:m}.",
        "Alerta {ref}: accesos bloqueados desde {ip} ({timestamp}). Responsable {name}, {mailco}.",
    ],
    "delivery": [
        "ALBARÁN {order}\nDestinatario: {name}, {street}, {city}\nTeléfono: {tel:m}\nBultos: [[1|2]] · "
        "Peso {quantity}",
        "Su envío {tracking} se entrega hoy entre las {clock} y las {clock:big}. Repartidor: {tel:mi}",
    ],
    "flyer": [
        "MERCADILLO SOLIDARIO {date}, {clock}–{clock:big}, plaza mayor. Puesto {price}. Inscripciones: "
        "{first} {tel:mn} / {mail}",
    ],
    "onboarding": [
        "Ficha de alta\nNombre: {name}\nDomicilio: {street}, {city}\nTeléfono: {tel}\nIBAN nómina: {iban}\n"
        "Contacto de emergencia: {name2}, {tel:m}\nN.º empleado {account}",
    ],
    "appointment": [
        "Recordatorio: cita el {date} a las {time} con la Dra. {last2}. Si no puede acudir, llame al "
        "{tel:fn} con 24 h de antelación.",
    ],
    "list": [
        "Teléfonos útiles — {city}\nAyuntamiento ..... {tel:fn}\nCentro de salud .. {tel:fn}\n"
        "Taxi ............. {tel:mn}\nColegio .......... {tel:fn}",
    ],
}

NEG = {
    "sms": [
        "Su código de verificación es {otp}. Caduca en 10 minutos.",
        "{train} con destino {city}: retraso de {smallnum} min, llegada {time}, vía {platform}.",
        "Pago de {price} en {co} autorizado con la tarjeta {maskcard}.",
    ],
    "order": [
        "Pedido n.º {order} del {date}\nRef. {sku} · EAN {ean}\nCantidad [[1|2|3]] · {price}\nSeguimiento "
        "{tracking}",
    ],
    "travel": [
        "{train} {city} → {city}\n{date}, salida {clock}, llegada {clock:big}\nCoche [[4|6|9]], plaza "
        "{seat}\n"
        "Localizador {booking}",
        "Vuelo {flight} el {date}, salida {time}, puerta {seat}, asiento {seat}. Reserva {booking}.",
    ],
    "finance": [
        "Extracto {date}\nCuenta {maskiban} · BIC {bic}\nSaldo anterior {price} · Saldo actual {price}",
        "Póliza n.º {account}, prima {price} al mes, en vigor desde {date}. CIF {company_id}.",
    ],
    "tech": [
        "Versión {version} ({date})\n- corregido fallo al arrancar ({hexhash})\n- {percent} más rápido",
        "N.º de serie {serial}, MAC {mac}, firmware {version}, garantía hasta {date}.",
    ],
    "misc": [
        "Resultado final {city} {score} {city}. Próximo partido {date} a las {time}.",
        "Sorteo del {date}: {lotto}, complementario {smallnum}.",
        "Receta: {weight} de harina, {weight} de azúcar, hornear {smallnum} min a 180 °C.",
        "Deberes: {arith} y {arith}. Entrega {date}.",
    ],
}
