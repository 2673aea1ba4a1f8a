"""Frases en español para v32 (texto hablado y transcrito); marcadores como en texts_en."""

LAB = {
    "vm": (
        "Mensaje de voz",
        "De",
        "Duración",
        "Transcripción (automática, puede contener errores)",
        "confianza",
    ),
    "unknown": "Número oculto",
    "crm": (
        "Interacción",
        "Atendido por",
        "Sentido",
        "entrante",
        "saliente",
        "Tiempo de conversación",
        "Notas de la llamada",
        "Código de cierre",
    ),
    "log": "Fecha | Hora | Agente | Sentido | Número | Duración",
    "vcard": "Ficha de contacto adjunta al caso",
    "meet": [
        "Revisión trimestral con proveedores (grabación)",
        "Entrevista a una antigua jefa de turno",
        "Reunión de coordinadores voluntarios",
    ],
    "parts": "En la llamada",
    "dict": "Nota dictada – sin revisar",
    "punct": ("coma", "punto", "punto y aparte"),
    "radio": ("LOCUTORA", "OYENTE", "[CORTINILLA]", "[VUELTA A ESTUDIO]"),
    "leaf": ("Versión en audio del folleto", "Pista", "Números que se leen en esta pista"),
    "ivr": ("Locución", "Guion del menú, versión", "Voz"),
    "sub": ("[música]", "[risas]", "[suena un teléfono]"),
}

G = {
    "voicemail": {
        "ph": [
            "Hola, soy {N}, eh, es por el presupuesto, me puedes llamar al {P} a partir de las cinco.",
            "Buenos días, por favor devuélvame la llamada al {P}, gracias.",
            "Oye, que me quedo sin batería, si no contesto prueba al {P}.",
        ],
        "fill": [
            "Llevo toda la semana intentando hablar con vosotros.",
            "Nada urgente, solo quería saber si os llegó la documentación.",
        ],
    },
    "callnote": {
        "ph": [
            "El cliente pide que usemos el {P} a partir de ahora, el antiguo está dado de baja.",
            "Quiere que le llamen al {P} entre las 9 y las 11, trabaja de noche.",
        ],
        "fill": [
            "Se le explica otra vez el ciclo de facturación, al final más tranquila.",
            "Escalado a segundo nivel, sin plazo comprometido.",
        ],
    },
    "meeting": {
        "ph": [
            "Si el mensajero se pierde, que me llame directamente al {P}.",
            "La persona de contacto allí es {N}, su línea directa es el {P}.",
        ],
        "fill": ["¿Me oís todos? Vale, empezamos.", "Se te ha cortado un momento, ¿lo repites?"],
    },
    "subtitle": {
        "ph": [
            "Si este episodio te ha removido algo, puedes hablar con alguien en el {P}.",
            "Para apuntarte al taller llama al {P}.",
        ],
        "fill": [
            "Hoy hablamos de algo un poco diferente.",
            "No os vayáis, que después de la pausa viene una invitada.",
        ],
    },
    "dictation": {
        "ph": [
            "Carta a {N} coma pedirle que confirme la nueva dirección llamando al {P} punto",
            "Recordatorio llamar al perito al {P} antes del viernes",
        ],
        "fill": ["Inicio del dictado para el expediente Navarro.", "Borra la última frase."],
    },
    "phonein": {
        "ph": [
            "Y si tienes algo que decir, los teléfonos están abiertos: {P}.",
            "Te llamamos desde producción, tu número es el {P}, ¿verdad?",
        ],
        "fill": [
            "Buenas tardes, estás en antena, cuéntanos.",
            "Os escucho desde hace veinte años y nunca había llamado.",
        ],
    },
    "leaflet": {
        "ph": [
            "Si te preocupa alguien de tu entorno, llama a nuestra línea de apoyo al {P}.",
            "Para pedir este folleto en letra grande, llama al {P}.",
        ],
        "fill": [
            "Esta es la versión en audio de nuestro folleto sobre seguridad en casa.",
            "Puedes pausar la grabación cuando quieras.",
        ],
    },
    "ivr": {
        "ph": [
            "Si prefiere hablar con su oficina, cuelgue y marque el {P}.",
            "Para averías fuera de horario, llame al {P}.",
        ],
        "fill": [
            "Gracias por llamar. Esta llamada puede ser grabada.",
            "Escuche atentamente, nuestro menú ha cambiado.",
        ],
    },
}

LOCAL = []
MOB = [
    "mejor mándame un WhatsApp al {P}, el buzón no lo miro nunca",
    "al móvil, {P}, cuando estoy en la obra",
]
FIX = ["el fijo de casa es el {P}, casi siempre hay alguien", "no al móvil, al fijo de la oficina, {P}"]
SVC = ["es un número gratuito, el {P}, las veinticuatro horas", "atención al cliente está en el {P}"]
REP = ["el número es el {P}, repito, {P2}", "o sea, {P}, otra vez, {P2}"]
EMAIL = ["o escríbeme al correo {E}", "las fotos mándalas a {E}"]
IBAN = ["devolución al IBAN {I}, confirmado con el cliente"]
CARD = ["el cliente leyó la tarjeta {C} antes de que pudiera pararle, ocultado en el sistema"]
IP = ["el router muestra la IP pública {A}, se le pide reiniciar"]
SSN = []

NEG = {
    "call_duration": ["Duración de la llamada {V}."],
    "hold_time": ["El cliente esperó {V} en cola."],
    "case_no": ["Caso {V} reabierto."],
    "ivr_option": ["Para facturación, pulse {V}."],
    "card_last4": ["Pago con la tarjeta acabada en {V}."],
    "meter_reading": ["Lectura del contador según el cliente: {V}."],
    "radio_freq": ["Nos escuchas en el {V} de la FM."],
    "episode": ["Este es el episodio {V}."],
    "dob": ["Fecha de nacimiento para verificar: {V}."],
    "postcode": ["Código postal {V}, dirección confirmada."],
    "amount": ["Saldo pendiente {V}.", "Abono de cortesía de {V}."],
    "percent": ["Cerca del {V} de las llamadas preguntan esto."],
    "order_no": ["Pedido {V} enviado ayer."],
    "firmware": ["Firmware del router {V}."],
    "meeting_id": ["ID de la reunión: {V}"],
    "passcode": ["Código de acceso {V}"],
    "short_code": ["En caso de emergencia llama siempre al {V}."],
    "road": ["Retenciones en la {V} esta mañana."],
    "chapter": ["{V} llega la invitada"],
    "extension": ["Solo interno: extensión {V}."],
}
