"""Frases en español para v42 (es_ES), escritas para este conjunto."""

GENRES = {
    "gp": {
        "head": [
            "Centro de salud {org} — aviso a pacientes\nActualizado por {name}",
            "Campaña de vacunación en la farmacia {org}",
        ],
        "fill": [
            "Las recetas de crónicos ({drug}) se preparan en dos días laborables.",
            "La dosis de recuerdo se ofrece a personas de {ageband} años; traiga su tarjeta sanitaria "
            "({patient_id}).",
            "El tensiómetro de la sala de espera imprime lecturas como {bp}.",
            "Espera media sin cita esta mañana: {wait} minutos.",
            "Código del centro {practice}, colegiado {regno}.",
        ],
        "sign": "Gracias por tratar con respeto al personal de admisión.",
    },
    "hosp": {
        "head": [
            "Informe de alta — {org}\nMédica responsable: {name}",
            "Citación para consultas externas, {org}\nEstimado/a {name}:",
        ],
        "fill": [
            "Estuvo en planta/cama {wardbed}, historia {mrn}.",
            "Diagnóstico {icd}; al alta TA {bp}, pulso {pulse}, temperatura {temp}.",
            "Continúe con {dose}; la perfusión a {infusion} se retiró.",
            "Acuda a la consulta {room}, localizador {aptref}.",
            "El ECG de control mostró un {qtc}, normal.",
        ],
        "sign": "Si no puede venir, avísenos para dar la cita a otra persona.",
    },
    "lab": {
        "head": [
            "Informe de laboratorio — {org}\nSolicitado por {name}",
            "Ya tiene sus resultados de análisis\nLaboratorio {org}",
        ],
        "fill": [
            "Muestra {specimen}: potasio dentro del rango {refrange}.",
            "HbA1c {hba1c} y glucosa basal {glucose}.",
            "Función renal (FG) {egfr}; colesterol total {chol}.",
            "Su INR de hoy es {inr}; mantenga la misma dosis de Sintrom.",
        ],
        "sign": "Los resultados solo se entregan al paciente o a quien autorice.",
    },
    "care": {
        "head": [
            "Boletín de la residencia {org}\nDe la directora, {name}",
            "Normas de visita — residencia {org}",
        ],
        "fill": [
            "Las habitaciones hasta la {room} estrenan camas articuladas.",
            "Con fiebre por encima de {temp}, aplace la visita, por favor.",
            "Don Emilio ha caminado {steps} pasos al día por el jardín este mes.",
            "La revisión auditiva detectó pérdidas de unos {hearing} en varios residentes.",
        ],
        "sign": "Gracias a las familias que ayudaron en la verbena.",
    },
    "tele": {
        "head": [
            "Cómo entrar en su videoconsulta\n{org}, preparado por {name}",
            "Guía de teleconsulta — {org}",
        ],
        "fill": [
            "ID de reunión {meeting}, código de acceso {passcode}.",
            "Actualice la aplicación a la versión {appver} o superior.",
            "Tenga a mano el tensiómetro: pediremos lecturas como {bp} y su {spo2}.",
            "Escriba el localizador {aptref} tal como aparece en la carta.",
        ],
        "sign": "Si la imagen se congela, la doctora pasará a llamada de voz.",
    },
    "eyedent": {
        "head": ["Recordatorio de la clínica {org}\nPara {name}", "LE TOCA REVISIÓN — {org}"],
        "fill": [
            "En la última visita anotamos las piezas {teeth} para vigilar.",
            "Su graduación actual: {eyerx}.",
            "Agudeza visual del ojo más débil: {acuity}.",
            "Traiga la tarjeta de revisión n.º {aptref}.",
        ],
        "sign": "Las citas no anuladas con 24 horas podrán cobrarse.",
    },
    "helpline": {
        "head": [
            "¿Lo estás pasando mal? Folleto de {org}",
            "Mensaje en el foro de {org}\npublicado por {name}",
        ],
        "fill": [
            "Desde que camino por las tardes, mi pulso en reposo ha bajado a {pulse}.",
            "El médico me pautó {dose} y las dos primeras semanas costaron.",
            "Los domingos por la noche atendemos unas {wait} llamadas por hora.",
            "Para jóvenes de {ageband} años la lista de espera es más corta.",
        ],
        "sign": "Si corres peligro inmediato, llama a emergencias.",
    },
    "fitness": {
        "head": [
            "Horario de clases y fisioterapia — {org}\nElaborado por {name}",
            "Tu plan de rehabilitación\n{org}, fisioterapeuta: {name}",
        ],
        "fill": [
            "Rodilla: {sets}, tres veces por semana.",
            "Mantén el pulso en la zona {zone} las dos primeras semanas.",
            "Socio n.º {member}, taquilla {locker}.",
            "Última prueba: VO2máx {vo2}, IMC {bmi}, talla/peso {hw}.",
        ],
        "sign": "Limpia las máquinas después de usarlas.",
    },
}

GENERAL = [
    "Admisión atiende en el {phone}.",
    "Dudas sobre esta carta: llame al {phone}.",
    "Para cambiar la cita, marque el {phone}.",
]
MOBILE = "Los avisos por SMS llegan desde el {phone}; puede responder."
FIXED = "Teléfono fijo de la planta: {phone}."
ABROAD = [
    "Desde el extranjero, marque el {phone}.",
    "Los familiares fuera de España pueden llamar al {phone}.",
]
SERVICE = [
    "Línea gratuita de información: {phone}.",
    "Servicio de atención (número de tarificación especial): {phone}.",
]
LOCAL = {}
EMAIL = ["Envíe los documentos a {email}.", "También puede escribir a su fisio: {email}."]
IBAN = "Para pagar la cuota por transferencia: {iban}."
CARD = "Aportación pagada con tarjeta {card}; se adjunta el justificante."
IP_PRIV = "Para mantenimiento: el terminal de vídeo de la sala común usa {ip}."
IP_PUB = "Si su cortafuegos bloquea la llamada, permita nuestra pasarela {ip}."
DIR_HEAD = ["Teléfonos útiles", "A quién llamar"]
ROLES = ["Admisión", "Farmacia", "Supervisora", "Fisioterapia", "Resultados", "Enfermería de noche"]
NOPHONE = ["No damos resultados por teléfono.", "No llame a la planta para preguntar por análisis."]
