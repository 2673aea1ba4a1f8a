"""Frases en español para los géneros v38 (escritas para v38)."""

GENRES = {
    "bank": {
        "title": [
            "Extracto de cuenta n.º {statement_no}\n{name} · cliente {customer_no}",
            "Últimos movimientos — cuenta {masked_iban}\nTitular: {name}",
        ],
        "fill": [
            "Saldo anterior {amount}; saldo actual {amount}.",
            "Recibo domiciliado, referencia de mandato {mandate_ref}, acreedor {creditor_id}.",
            "Interés de descubierto {rate} TAE; BIC {bic}.",
        ],
        "sign": ["Conserve este extracto para cualquier reclamación."],
    },
    "fraud": {
        "title": [
            "¿Has realizado esta compra?\nTarjeta {masked_card} · aviso {txn_id}",
            "Alerta de seguridad para {name}\nTu tarjeta {masked_card} está bloqueada temporalmente",
        ],
        "fill": [
            "Hemos denegado un cargo de {amount} en el comercio {merchant_id} el {due_date}.",
            "El código de autorización {auth_code} se solicitó dos veces en un minuto.",
            "Hasta que lo confirmes, los pagos online siguen bloqueados.",
        ],
        "sign": ["Nunca te pediremos el PIN ni claves por SMS.", "Equipo de prevención del fraude"],
    },
    "credit": {
        "title": [
            "Oferta vinculante de hipoteca {contract_no}\nSolicitante: {name}",
            "Simulación de préstamo personal para {name}\nReferencia {contract_no}",
        ],
        "fill": [
            "Importe {amount} a {loan_term}, TAE {rate}.",
            "Tipo fijo hasta el {due_date}; financiación sobre tasación {ltv}.",
            "Cuota mensual {amount}; comisión de apertura {amount}.",
        ],
        "sign": ["Oferta válida durante 14 días naturales.", "Tu gestor hipotecario"],
    },
    "dunning": {
        "title": [
            "Requerimiento de pago — expediente {court_file}\n{name}",
            "Recordatorio de deuda pendiente, cliente {customer_no}\n{name}",
        ],
        "fill": [
            "La factura {invoice_no} por {amount} venció el {due_date}.",
            "Se aplican intereses de demora del {rate} y gastos de gestión de {amount}.",
            "Indique la referencia {rf_ref} al hacer la transferencia.",
        ],
        "sign": ["Si ya ha pagado, disculpe las molestias.", "Departamento de recobro"],
    },
    "utility": {
        "title": [
            "Factura de luz {invoice_no}\n{name} · contador {meter_no}",
            "Tu factura de fibra y móvil\nCuenta {customer_no}, {name}",
        ],
        "fill": [
            "Lectura real a {due_date}: {meter_reading}; término de energía {unit_price}.",
            "Fibra {speed}; datos consumidos {data_usage}.",
            "El importe de {amount} se cargará en tu cuenta en los próximos días.",
        ],
        "sign": ["Atentamente, atención al cliente"],
    },
    "tax": {
        "title": [
            "Agencia Tributaria — propuesta de liquidación\nNIF {tax_id} · {name}",
            "Notificación de la declaración de la renta\n{name}, expediente {tax_ref}",
        ],
        "fill": [
            "Cuota diferencial {amount}; retenciones practicadas {amount}.",
            "Plazo de ingreso hasta el {due_date}; interés de demora {rate}.",
            "NIF-IVA de la empresa pagadora: {vat_no}.",
        ],
        "sign": ["Puede presentar alegaciones en el plazo de diez días hábiles."],
    },
    "payroll": {
        "title": [
            "Nómina — periodo {pay_period}\n{name}, n.º de empleado {employee_no}",
            "Informe de vida laboral y pensión estimada\n{name}, n.º de afiliación {pension_no}",
        ],
        "fill": [
            "Salario base {amount}; horas extra {hours}; líquido a percibir {amount}.",
            "Retención IRPF {rate}; cotización a la Seguridad Social {amount}.",
            "Pensión estimada a los 67 años: {amount} al mes.",
        ],
        "sign": ["Departamento de nóminas"],
    },
    "insurance": {
        "title": [
            "Aviso de renovación del seguro de coche\nPóliza {policy_no} · matrícula {plate}",
            "Renovación de tu seguro de hogar\n{name}, póliza {policy_no}",
        ],
        "fill": [
            "Prima anual {amount}; años sin siniestros / bonificación {no_claims}.",
            "Franquicia {amount}; variación de la prima {change}.",
            "La póliza se renueva el {due_date}.",
        ],
        "sign": ["Puedes oponerte a la renovación con un mes de antelación.", "Tu aseguradora"],
    },
    "refund": {
        "title": [
            "Hemos recibido tu devolución\nPedido {order_no} · devolución {rma}",
            "Reembolso del pedido {order_no}\nHola, {name}:",
        ],
        "fill": [
            "Te hemos devuelto {amount} en la tarjeta {masked_card}.",
            "El paquete {tracking} llegó al almacén el {due_date}.",
            "El artículo con EAN {ean_code} estaba sin usar.",
        ],
        "sign": ["¡Gracias por tu compra!", "Atención al cliente"],
    },
    "fund": {
        "title": [
            "Micromecenazgo para el comedor social {campaign_id}\nImpulsado por {name}",
            "Novedades de la campaña {campaign_id}\nde {name}",
        ],
        "fill": [
            "Llevamos {pledge} de una meta de {amount}.",
            "Con {amount} cubres cien menús; comisión de la plataforma {rate}.",
            "Los fondos se cobran al cerrar la campaña, el {due_date}.",
        ],
        "sign": ["¡Gracias por difundirlo!", "El equipo promotor"],
    },
}

LINES = {
    "any": [
        "¿Dudas sobre esta carta? Llámenos al {phone}.",
        "Su gestor le atiende en el {phone}.",
        "Si prefiere hablarlo, marque el {phone}.",
    ],
    "mobile": ["Móvil de tu gestora (también WhatsApp): {phone}."],
    "fixed": ["Teléfono fijo de la oficina: {phone}, en horario de apertura."],
    "intl": ["Desde el extranjero: {phone}.", "Si está fuera de España, llame al {phone}."],
    "service": ["Línea gratuita: {phone}.", "Pago telefónico automático 24 h: {phone}."],
    "email": ["Envíe el justificante a {email}.", "Por escrito: {email}."],
    "iban": ["Transferencia a la cuenta IBAN {iban}."],
    "card": ["Tarjeta cargada: {card}."],
    "ip": ["Acceso registrado desde la dirección IP {ip}."],
    "list_head": ["Le atendemos en", "Teléfonos útiles"],
    "roles": [
        "Cobros",
        "Aplazamientos",
        "Reclamaciones",
        "Bloqueo de tarjetas",
        "Gestión de cuentas",
        "Herencias",
    ],
    "hours": ["L–V 8–20 h", "24 horas", "sáb. 9–14 h"],
    "nophone": [
        "No atendemos consultas telefónicas sobre este asunto; use el área de clientes.",
        "Solo respondemos por correo postal.",
    ],
}
