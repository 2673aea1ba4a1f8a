"""Frases en español (es_ES)."""

L = {
    "titles": {
        "message": ["¡Hola {first}!", "Una pregunta rápida", "Holaaa"],
        "email": [
            "Asunto: RE: traspaso antes de mis vacaciones",
            "Asunto: su consulta sobre el piso",
            "Asunto: RV: cambio de dirección",
        ],
        "community": [
            "Vecinos de {town}",
            "Gata perdida – barrio de {town}",
            "Fiestas del barrio: organización",
        ],
        "shop": ["Tintorería {last}", "AVISO A NUESTROS CLIENTES", "¡Ahora abrimos los domingos!"],
        "public": [
            "Biblioteca municipal de {town}: nuevo horario",
            "Centro de salud: campaña de gripe",
            "Aviso de obras",
        ],
        "form": ["FICHA DE VOLUNTARIADO", "Solicitud de alquiler", "Renovación de socio"],
        "listing": [
            "SE VENDE utilitario, único dueño",
            "Habitación en piso compartido en {town}",
            "Chapuzas y reparaciones – presupuesto sin compromiso",
        ],
    },
    "body": {
        "message": [
            "Ya he llegado, solo cola en el control de pasaportes.",
            "¿Puedes comprar leche al volver?",
            "Llego 10 min tarde, ¡perdón!",
            "Mamá dice que la barbacoa sigue en pie salvo que llueva.",
        ],
        "email": [
            "Gracias por su rápida respuesta.",
            "Le adjunto la copia firmada.",
            "Perdone el retraso.",
            "Quedo a su disposición para cualquier duda.",
        ],
        "community": [
            "¿Alguien sabe por qué las farolas de la calle vuelven a estar apagadas?",
            "¡Gracias a todos los que vinisteis a recoger basura el sábado!",
            "Es pequeña, gris y muy asustadiza.",
            "El ayuntamiento no ha contestado a nuestra carta.",
        ],
        "shop": [
            "Cerramos el primer lunes de cada mes por formación.",
            "Las prendas no recogidas en 60 días se donarán.",
            "Solo pago con tarjeta a partir del mes que viene.",
            "¡Gracias por comprar en el barrio!",
        ],
        "public": [
            "Las máquinas de autopréstamo siguen disponibles.",
            "Traiga su DNI a la cita.",
            "Se mantiene el acceso a vecinos.",
            "La mascarilla ya no es obligatoria.",
        ],
        "form": [
            "Rellene en mayúsculas, por favor.",
            "Apartado B: datos personales",
            "Declaro que los datos son correctos.",
            "Firma: ____________",
        ],
        "listing": [
            "Libro de mantenimiento al día, dos llaves, ITV pasada.",
            "Gastos incluidos, libre desde el día 1.",
            "Visitas con cita previa.",
            "Con seguro, presupuesto gratis.",
        ],
    },
    "phone": [
        ("es_whatsapp_llegar", "mob", "Mándame un wasap cuando llegues a casa: {n}"),
        ("es_nuevo_movil", "mob", "Número nuevo, se me rompió el móvil – guárdalo: {n}"),
        ("es_recepcion", "fix", "Si es urgente, llame directamente a recepción al {n}."),
        ("es_contestador", "any", "Deje un mensaje en el {n} y le devolvemos la llamada."),
        ("es_gata_llamar", "any", "Si la veis, llamad al {n} a cualquier hora."),
        ("es_preguntar_por", "any", "Llamar al {n} y preguntar por {first}."),
        ("es_fijo_casa", "fix", "No uso el móvil, llámame al fijo de casa: {n}."),
        ("es_visitas", "any", "Visitas: llamar o mensaje al {n}."),
    ],
    "local": [],
    "service": [
        ("es_svc_gratuito", "Teléfono gratuito {n}, de lunes a sábado."),
        ("es_svc_averias", "Averías: {n}."),
    ],
    "EMAIL": ["Mándame las fechas a {v}.", "Envía tu CV a {v} antes del viernes.", "¿Dudas? Escribid a {v}."],
    "IBAN": ["La fianza a mi cuenta, IBAN {v}.", "Transferencia: IBAN {v}, concepto: apellido."],
    "CREDIT_CARD": ["Reservé con la tarjeta {v}, ¿lo puedes mirar?", "Tarjeta de la reserva: {v}"],
    "IP_ADDRESS": ["El panel del router está en {v}.", "Todo el spam venía de {v}."],
    "lab": {
        "any": ["Tel.", "Teléfono", "Tlf."],
        "mob": ["Móvil", "WhatsApp"],
        "fix": ["Fijo", "Oficina"],
        "svc": ["Atención al cliente", "Teléfono gratuito"],
        "EMAIL": ["Correo", "E-mail"],
        "IBAN": ["IBAN"],
        "CREDIT_CARD": ["Nº de tarjeta"],
        "IP_ADDRESS": ["IP"],
    },
    "pl": {
        "regards": ["Un saludo,", "Besos,", "Atentamente,", "Gracias,"],
        "ps": "P. D.:",
        "wrote": "El {day}, {name} escribió:",
        "q": "P:",
        "a": "R:",
        "vm": "Mensaje de voz ({dur}) de",
        "vm_say": "«Hola, soy {first}, llámame cuando puedas.»",
        "ooo": "Estoy fuera de la oficina hasta el {day} con acceso limitado al correo.",
        "fwd": "---------- Mensaje reenviado ---------",
        "from": "De",
        "to": "Para",
        "subject": "Asunto",
        "tear": "COGE UNO",
        "ticked": "Contacto preferido",
    },
    "roster": {
        "phone": [
            "Cadena de llamadas – si se suspenden las clases, llama a la siguiente persona:",
            "Conductores voluntarios",
            "A quién llamar",
            "Junta directiva",
        ],
        "other": ["Parcelas del huerto", "Socios", "Papeletas premiadas", "Turnos"],
    },
    "days": ["lun", "mar", "mié", "jue", "vie", "sáb"],
    "roles": ["presidenta", "tesorero", "secretaria", "botiquín", "llaves"],
    "ref_frames": [
        "Indique como referencia: {label} {v}.",
        "{Label}: {v}",
        "Por si hace falta – {label} {v}.",
        "Vuelven a pedir: {label} ({v}).",
        "Tenga a mano – {label}: {v}.",
    ],
    "fact_frames": [
        "{Label}: {v}",
        "Hoy: {label} {v}.",
        "Para que lo sepáis, {label} {v}.",
        "La última vez: {label} {v}.",
        "({label}: {v})",
    ],
    "neg": """sort_code=entidad/cuenta
routing_number=número de ruta
nhs_number=tarjeta sanitaria
mrn=historia clínica
rx_number=receta
vaccine_batch=lote
appointment_ref=localizador de la cita
booking_ref=confirmación de reserva
flight=vuelo
pnr=localizador
train_seat=coche/plaza
plate=matrícula
vin=bastidor
mac=dirección MAC
door_code=código del portal
key_safe=código del cajetín
raffle=papeletas
shelfmark=signatura
plot=parcela
title_number=referencia catastral
planning_ref=licencia de obra
pcn=expediente de multa
permit_number=tarjeta de residente
council_tax_ref=recibo del IBI
tax_ref=referencia fiscal
staff_number=nº de empleado
po_box=apartado de correos
flat=piso
gift_card=tarjeta regalo
member_number=nº de socio
library_card=carné de biblioteca
cheque_number=nº de cheque
model_number=modelo
loan_ref=préstamo
claim_number=nº de siniestro
rma=nº de devolución
job_ref=ref. de la oferta
support_case=incidencia
grid_ref=cuadrícula
blood_pressure=tensión
glucose=glucosa
steps=pasos hoy
dosage=dosis
mileage=kilometraje
tyre_size=neumáticos
resolution=pantalla
storage=almacenamiento
lottery=números de la primitiva
hymns=cantos
bible_ref=lectura
page_ref=páginas
payslip=neto
shift=turno
hours=horas esta semana
salary=sueldo
dob=fecha de nacimiento
ages=edades
votes=votación
signatures=firmas
donations=recaudado
headcount=adultos + niños
temperature=temperatura
rainfall=lluvia
address_range=portales
bus_route=autobuses
score=nota
bin_day=recogida
body_weight=peso
height=altura
shoe_size=talla de zapato
fuel_use=consumo
tariff=precio del kWh
interest_rate=interés
gps_dms=coordenadas
elevation=altitud
distance=distancia
duration=tiempo a pie
date_range=fechas
year_range=años
time_range=horario
unit_price=precio""",
}
