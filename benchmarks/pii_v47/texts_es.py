"""Spanish sentences (es_ES) for the eight retail genres."""

GENRES = {
    "order": {
        "head": ["¡Gracias por tu pedido, {name}!", "{org}: tu paquete ya está en camino"],
        "fill": [
            "Preparamos los artículos en un día laborable y te avisamos cuando lo recoja el mensajero.",
            "Puedes cambiar la dirección de entrega desde tu cuenta hasta el envío.",
            "Un artículo sale por separado desde el almacén de un socio.",
            "Si no estás en casa, el paquete quedará en un punto de recogida.",
        ],
        "sign": ["Un saludo,\nEl equipo de {org}"],
    },
    "returns": {
        "head": ["Asunto: reclamación – cafetera averiada", "Estimados señores:"],
        "fill": [
            "Compré el aparato en su tienda hace tres meses y ha dejado de calentar.",
            "Adjunto copia del ticket de compra; conservo la caja y los accesorios.",
            "Solicito la reparación o sustitución dentro de la garantía.",
            "Las devoluciones son gratuitas durante 30 días.",
        ],
        "sign": ["Atentamente,\n{name}"],
    },
    "receipt": {
        "head": ["{org}\n*** COPIA CLIENTE ***", "{org} le agradece su compra"],
        "fill": [
            "Conserve este ticket para cambios y devoluciones.",
            "Los artículos rebajados no admiten devolución.",
            "PAGO CON TARJETA SIN CONTACTO — CAMBIO 0,00",
            "Valore su visita en línea y participe en el sorteo de un vale.",
        ],
        "sign": ["¡Gracias por su visita!"],
    },
    "loyalty": {
        "head": ["{name}, tienes puntos por canjear", "Semana del socio en {org}"],
        "fill": [
            "Puntos dobles en hogar hasta el domingo.",
            "Muestra tu tarjeta o la app en caja para sumar puntos.",
            "Los puntos caducan a los 24 meses.",
            "Este mes, café gratis con cualquier compra.",
        ],
        "sign": ["Recibes este correo como socio de {org}. Puedes darte de baja cuando quieras."],
    },
    "seller": {
        "head": ["Sobre el vendedor: {org}", "{org} – tienda oficial en el marketplace"],
        "fill": [
            "Empresa familiar desde 2001, enviamos desde nuestro propio almacén.",
            "Pedidos antes de las 14:00 salen el mismo día.",
            "Factura con IVA incluida en cada envío.",
            "Valoraciones positivas en los últimos 12 meses: 96 %.",
        ],
        "sign": ["¿Dudas? Escríbenos por la plataforma o contáctanos directamente."],
    },
    "review": {
        "head": ["★★★★☆ Cumple, aunque hace ruido", "Pregunta de {name}: ¿sirve para el modelo anterior?"],
        "fill": [
            "Se monta en un cuarto de hora, las instrucciones son claras.",
            "Respuesta del vendedor: sí, es compatible con todas las versiones.",
            "Lo único malo es que el cable es corto.",
            "Atención al cliente me mandó un tornillo que faltaba en pocos días.",
        ],
        "sign": ["¿Te ha resultado útil esta opinión? Sí / No"],
    },
    "chat": {
        "head": [
            "Transcripción del chat – atención al cliente {org}\nAgente: Hola, soy {name}, ¿en qué puedo "
            "ayudarte?",
            "GUION DE LLAMADA – entregas\nSaludo: {org}, le atiende {name}.",
        ],
        "fill": [
            "Cliente: pone entregado pero no me ha llegado nada.",
            "Agente: lo siento, reviso la prueba de entrega del repartidor.",
            "Verificar identidad: nombre, código postal y último pedido. Nunca pedir la tarjeta completa.",
            "Agente: he abierto una incidencia con la agencia, respuesta en 48 horas.",
        ],
        "sign": ["Agente: ¿puedo ayudarte en algo más?\nCliente: no, gracias."],
    },
    "stores": {
        "head": ["Encuentra tu tienda", "{org} – horarios y contacto"],
        "fill": [
            "Los jueves abrimos hasta las 21:00.",
            "Los festivos el horario puede variar.",
            "Dos horas de parking gratis con tu compra; sella el ticket en información.",
            "Los pedidos para recoger están listos en el mostrador a las dos horas.",
        ],
        "sign": ["Acceso adaptado y cambiador en la planta baja."],
    },
}

CONTACT = {
    "phone": [
        "¿Dudas con tu pedido? Llámanos al {p}.",
        "Atención al cliente: {p} (lun.–sáb., 8–20 h)",
        "También puedes llamar al mostrador: {p}",
    ],
    "mobile": ["SMS o WhatsApp al repartidor: {p}"],
    "landline": ["Fijo de la tienda (no recibe SMS): {p}"],
    "abroad": ["¿Compras desde fuera de España? Marca el {p}.", "Clientes internacionales: {p}"],
    "service": ["Línea de pedidos: {p}", "Consultas de pago: {p}"],
    "email": ["Escribe a {e} indicando el número de pedido.", "Correo: {e}"],
    "iban": ["Reembolso por transferencia al IBAN {i}."],
    "card": ["Ojo: el cliente pegó el número completo de la tarjeta en el chat ({c}); hay que ocultarlo."],
    "ip": ["Pedido realizado desde la IP {ip} (revisión manual).", "Origen de la sesión: {ip}"],
    "dir_head": ["Teléfonos útiles:", "Nuestras tiendas:"],
    "roles": [
        "Devoluciones",
        "Recogida en tienda",
        "Atención al cliente",
        "Servicio técnico",
        "Reparto a domicilio",
        "Farmacia",
    ],
    "nophone": [
        "No aceptamos pedidos por teléfono.",
        "Por favor, no llame a la tienda por pedidos en línea.",
    ],
}

LOCAL = {}
