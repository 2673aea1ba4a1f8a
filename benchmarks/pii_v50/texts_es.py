"""Spanish sentences for pii_v50 (getting around)."""

G = {
    "taxi": (
        "RADIO TAXI LEVANTE – servicio 24 horas, aeropuerto y estación",
        "Se admite pago con tarjeta en todos los coches; pida el recibo al subir.",
        "Las carreras reservadas al aeropuerto tienen precio cerrado, haya o no atasco.",
        "Los taxis adaptados para sillas de ruedas se reservan con dos horas de antelación.",
        "Gracias por viajar con nosotros.",
    ),
    "rental": (
        "Su reserva de alquiler está confirmada",
        "Traiga el carné de todos los conductores y la tarjeta con la que reservó.",
        "El coche se entrega con el depósito lleno y debe devolverse lleno.",
        "Los socios del carsharing abren el coche con la app, sin entrega de llaves.",
        "Buen viaje y gracias por confiar en nosotros.",
    ),
    "driving": (
        "Autoescuela Rumbo – horario de clases prácticas y teórico",
        "La próxima semana practicamos rotondas y aparcamiento en batería.",
        "Nota del profesor: mirar retrovisores antes de poner el intermitente.",
        "Las clases anuladas con menos de 24 horas se cobran enteras.",
        "Nos vemos en el punto de siempre, delante del polideportivo.",
    ),
    "parking": (
        "APARCAMIENTO DE RESIDENTES – solo con tarjeta en vigor",
        "Los vehículos sin distintivo visible serán sancionados y retirados por la grúa.",
        "Perdone, le he rozado el retrovisor al maniobrar esta mañana. Llámeme, por favor.",
        "La barrera se abre sola para las matrículas dadas de alta.",
        "Gracias por dejar libre el vado.",
    ),
    "transit": (
        "Objetos perdidos – autobuses, tranvía y barco del puerto",
        "Los objetos olvidados en nuestros vehículos se guardan un mes en cocheras.",
        "Horarios de fin de semana modificados por obras en el puente.",
        "Indique el objeto, la línea y la hora aproximada del viaje.",
        "Disculpe las molestias.",
    ),
    "shuttle": (
        "Reserva confirmada: traslado al aeropuerto y ferry",
        "El conductor le espera en la sala de llegadas con un cartel con su nombre.",
        "El embarque de pasajeros a pie cierra media hora antes de la salida.",
        "El equipaje voluminoso, como bicicletas o tablas, debe declararse antes.",
        "¡Buen viaje! Conserve esta confirmación.",
    ),
    "bike": (
        "Taller Piñón Fijo – reparación, puesta a punto, bicis de segunda mano",
        "La puesta a punto incluye frenos, cambios, limpieza de cadena y revisión.",
        "Parte de taller: rueda trasera centrada, pastillas nuevas, cámara cambiada.",
        "La estación de reparación junto al río tiene bomba y herramientas con cable.",
        "¡Buena ruta! Ajuste de cambios gratis al mes.",
    ),
    "carpool": (
        "Turnos para llevar a los niños al cole – primer trimestre",
        "Cada familia conduce una semana de cada cuatro; los cambios, avisad aquí.",
        "Los niños tienen que estar en la puerta a las 8:50, luego hay mucho tráfico.",
        "Las sillitas se quedan en el coche de la familia que conduce esa semana.",
        "¡Gracias a todos por organizaros tan bien!",
    ),
}
CONTACT = [
    "Reservas día y noche: {p}",
    "¿Dudas sobre su reserva? Llámenos al {p}.",
    "Oficina (lun.–sáb., 7–19 h): {p}",
]
MOBILE = [
    "Mande la dirección de recogida por WhatsApp al {p}.",
    "Móvil del profesor (solo mensajes mientras doy clase): {p}",
]
LANDLINE = ["Fijo de cocheras, solo llamadas, no recibe SMS: {p}"]
ABROAD = ["Desde el extranjero, llame al {p}.", "Clientes de fuera de España: {p}"]
SERVICE = ["Asistencia en carretera gratuita: {p}", "Atención de objetos perdidos: {p}"]
EMAIL = ["Envíe su localizador a {e} y le confirmamos.", "Consultas sobre tarjetas de residente: {e}"]
IBAN = "La fianza se devuelve por transferencia a: {v}"
CARD = "Nota del cliente en la reserva: cóbrenme en la tarjeta {v}, cad. 09/27."
IP = ["Acceso a la app desde una dirección desconocida: {v}", "Sesión del portal abierta desde {v}."]
DIR_HEADS = ["A quién llamar:", "Teléfonos para el camino:"]
ROLES = ["Mostrador aeropuerto", "Centralita", "Cocheras", "Grúa", "Estación marítima", "Taller"]
NOPHONE = ["No aceptamos reservas por teléfono; use la app.", "Sin reservas telefónicas."]
LOCAL = {}
