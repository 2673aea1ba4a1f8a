"""Frases en español (es_ES), escritas para v40."""

GENRES = {
    "freight": {
        "head": [
            "CARTA DE PORTE CMR — conocimiento {bill_of_lading}\nRemitente: {name}",
            "Orden de transporte {cal_week}\nTramitado por {name}",
        ],
        "fill": [
            "Contenedor {container}, precinto {seal}, peso bruto {weight}.",
            "Partida arancelaria {hs_code}; EORI del declarante {eori}.",
            "Tramo aéreo con AWB {awb}, condiciones {incoterm}.",
            "MRN de exportación {mrn} despachado a las {timestamp}.",
        ],
        "sign": ["Las esperas de más de dos horas se facturan aparte."],
    },
    "warehouse": {
        "head": [
            "LISTA DE PICKING {cal_week}\nPreparador: {name}",
            "Albarán de entrega\nRecibido por: {name}",
        ],
        "fill": [
            "Extraer {qty} de la ubicación {bin_location}, lote {lot}.",
            "Etiqueta de palé {sscc}, medidas {dims}.",
            "Cargar {pallets} en el muelle {dock}; consumo preferente {best_before}.",
            "El producto refrigerado se mantiene a {temp} en la playa de carga.",
        ],
        "sign": ["Cuente la mercancía delante del conductor y anote las faltas en el albarán."],
    },
    "fleet": {
        "head": [
            "Cuadrante de conductores {cal_week}\nTráfico: {name}",
            "FICHA DE VEHÍCULO — bastidor {vin}\nConductor: {name}",
        ],
        "fill": [
            "Carné {licence_no} revisado, tarjeta de tacógrafo {tacho_card} en vigor.",
            "Cuentakilómetros en la entrega {odometer}, presión {torque}.",
            "Turno de mañana {shift}, semirremolque en el muelle {dock}.",
            "Depósito lleno hasta {tank} antes de salir.",
        ],
        "sign": ["Los descansos obligatorios se respetan siempre."],
    },
    "dispatch": {
        "head": [
            "REGISTRO DE RADIO — centro de tráfico\nDe guardia: {name}",
            "Parte de noche {cal_week}\nAnotado por {name}",
        ],
        "fill": [
            "{timestamp} la unidad 4 avisa de retención por {radio}, posición {gps}.",
            "{timestamp} alarma de frío, caja a {temp}, conductor avisado.",
            "{timestamp} entregado el envío {bill_of_lading}, ticket de báscula {weigh_ticket}.",
            "{timestamp} avería {fault_code} en la tractora, {odometer} recorridos.",
        ],
        "sign": ["Registro cerrado. Relevo a las 06:00."],
    },
    "farm": {
        "head": [
            "COOPERATIVA AGRARIA — boletín de lonja {cal_week}\nPara los socios, de {name}",
            "Aviso a los socios: recepción de cosecha\nFirmado por {name}",
        ],
        "fill": [
            "El trigo pienso cotiza a {market_price}; norma de recepción {yield_moist}.",
            "Explotación {holding}: abono {npk} listo para recoger.",
            "Ternero con crotal {ear_tag} vendido en la subasta del martes.",
            "Superficie declarada en la PAC: {area_ha}.",
        ],
        "sign": ["La báscula cierra al anochecer durante la campaña."],
    },
    "maint": {
        "head": [
            "REGISTRO DE MANTENIMIENTO — carretilla n.º de serie {serial}\nTécnico: {name}",
            "Boletín de servicio, pieza {part_no}\nRevisado por {name}",
        ],
        "fill": [
            "Horómetro en {engine_hours}; firmware actualizado a {firmware}.",
            "Tuercas apretadas a {torque}, aceite hidráulico {grade}.",
            "Código {fault_code} borrado tras cambiar el sensor.",
            "Potencia nominal {power}; próxima revisión {cal_week}.",
        ],
        "sign": ["No utilice la máquina sin las protecciones montadas."],
    },
    "sds": {
        "head": [
            "FICHA DE DATOS DE SEGURIDAD — secciones 1 y 14\nElaborada por: {name}",
            "Resumen FDS, lote {lot}\nPersona de contacto: {name}",
        ],
        "fill": [
            "Identificación: {cas}, {ec_number}.",
            "Transporte: {un_number}, número de peligro {kemler}.",
            "Punto de inflamación {flash}; valor límite {exposure}.",
            "Datos físicos: {density}.",
        ],
        "sign": ["Lea la ficha completa antes del primer uso."],
    },
    "supply": {
        "head": [
            "TARIFA PARA DISTRIBUIDORES 2025\nSu comercial: {name}",
            "Catálogo de proveedor, tornillería\nOferta para {name}",
        ],
        "fill": [
            "Artículo {article_no}, envase {pack}, material {grade}.",
            "El repuesto {part_no} se sirve ahora en {pack}.",
            "Pedido mínimo {pallets}, entrega {incoterm}.",
            "Plazo {cal_week} para el artículo {article_no}.",
        ],
        "sign": ["Precios sin IVA ni portes. Salvo error u omisión."],
    },
}

CONTACT = {
    "phone": [
        "Dudas sobre esta carga: {role}, {p}.",
        "El departamento de {role} atiende en el {p} ({hours}).",
        "Llame al {p} y pregunte por {role}.",
    ],
    "mobile": ["Móvil del conductor, mejor por WhatsApp: {p}"],
    "fixed": ["Fijo de la oficina de patio (sin SMS): {p}"],
    "abroad": ["Desde fuera de España marque el {p}.", "Los socios extranjeros llaman al {p}."],
    "service": ["Asistencia en carretera gratuita, 24 horas: {p}", "Pedidos por teléfono: {p}"],
    "email": ["Devuelva los documentos firmados a {e}.", "Consultas de documentación: {e}"],
    "iban": ["Abone los portes en la cuenta {iban}."],
    "card": ["Tarjeta de combustible registrada: {card}."],
    "ip": ["Impresora de etiquetas del muelle: {ip}", "Acceso al portal de seguimiento desde {ip}."],
    "dir": ["TELÉFONOS DE INTERÉS", "Extensiones del centro"],
    "roles": ["tráfico", "control de patio", "centro de guardia", "calidad", "jefe de turno", "báscula"],
    "hours": ["de 6:00 a 22:00", "laborables hasta las 17:30", "las 24 horas"],
    "nophone": ["No aceptamos pedidos por teléfono; use el portal.", "Por favor, no llame a la garita."],
}
