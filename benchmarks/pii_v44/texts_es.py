"""Spanish sentences for v44 (trabajo y empleo); written fresh for this set."""

G = {
    "jobad": (
        ["OFERTA DE EMPLEO: Encargado/a de almacén en {O}", "{O} busca técnico/a de nóminas"],
        [
            "Referencia {req}; código de ocupación {isco}.",
            "Salario {salary}, horas extra a {hourly}.",
            "Jornada de {hours} semanales y {leave} de vacaciones.",
            "Plazo de inscripción hasta el día 15.",
            "Categoría {grade} según convenio.",
        ],
        "Se valorará experiencia en el sector.",
    ),
    "cv": (
        ["CURRÍCULUM VITAE — {N}", "{N} · CV"],
        [
            "Jefe de turno, {period}: equipo de 14 personas.",
            "Mecanografía {wpm}; {degree}.",
            "Antiguo número de empleado {emp}, certificado de empresa disponible.",
            "Carné de carretillero en vigor.",
        ],
        "Pueden contactar con mis referencias.",
    ),
    "recruit": (
        ["RE: su candidatura ({req})", "Convocatoria a entrevista — {O}"],
        [
            "Gracias por enviarnos su CV, al responsable le ha encantado.",
            "El puesto depende del centro de coste {cost}, con una banda de {salary}.",
            "Traiga su DNI y su {natid} el día de la entrevista.",
            "La entrevista dura 45 minutos y luego visitaremos la nave.",
        ],
        "Mucha suerte y hasta pronto.",
    ),
    "handbook": (
        ["MANUAL DEL EMPLEADO — Capítulo 7: a quién llamar", "Cadena telefónica de emergencias, {O}"],
        [
            "La tarjeta {badge} debe llevarse siempre visible.",
            "Avise de cualquier ausencia antes de su turno ({shift}).",
            "Gastos: centro de coste {cost} y pedido {po}.",
            "Si nadie contesta en diez minutos, pase al siguiente nivel.",
        ],
        "Guarde esta hoja junto a su teléfono.",
    ),
    "rota": (
        ["Guardias de mantenimiento, semana {week}", "Cuadrante del equipo de expedición"],
        [
            "Turno de mañana {shift}; parte de horas {timesheet} firmado el viernes.",
            "Bolsa de horas: {overtime}.",
            "Los cambios de turno se acuerdan con el encargado.",
            "Dedicación {fte}; los fines de semana los cubre personal de refuerzo.",
        ],
        "Gracias por mantener el cuadrante al día.",
    ),
    "payroll": (
        ["Aviso de nóminas — {O}", "Cómo leer su nómina ({payslip})"],
        [
            "Número de empleado {emp}; datos fiscales: {natid}.",
            "El bruto incluye {hourly} por 11,5 horas extra.",
            "Su preaviso es de {notice}.",
            "Vacaciones pendientes: {leave}.",
        ],
        "La nómina se cierra el día 20 de cada mes.",
    ),
    "union": (
        ["Boletín del comité de empresa", "Noticias de la sección sindical"],
        [
            "Negociación: la empresa ofrece {salary}, pedimos más.",
            "La plantilla del {grade} cobrará los atrasos.",
            "La votación termina el día 30; participación del 61 %.",
            "Las nuevas incorporaciones con {hours} pueden afiliarse.",
        ],
        "Un saludo solidario, el comité.",
    ),
    "ooo": (
        ["Respuesta automática: fuera de la oficina", "Ausente hasta el lunes"],
        [
            "Estoy de vacaciones con acceso limitado al correo.",
            "Lo relativo a la oferta {req} lo retomaré a mi vuelta.",
            "Para partes de horas indique su número de empleado {emp}.",
        ],
        "Un saludo, {N}",
    ),
}
C = {
    "gen": [
        "Puede hablar directamente con {N} en el {P}.",
        "Para concertar la entrevista llame al {P}.",
        "¿Dudas sobre el turno? Encargado en el {P}.",
    ],
    "mob": ["Móvil de {N} (también WhatsApp): {P}"],
    "land": ["Teléfono fijo de RR. HH. (no recibe SMS): {P}"],
    "abroad": ["Candidatos desde el extranjero: {P}", "Desde fuera de España marque el {P}."],
    "svc": ["Línea de apoyo al empleado, gratuita: {P}", "Consultas de nómina: {P}"],
    "mail": ["Envíe su CV a {E}.", "Confirme su asistencia a {E}."],
    "iban": "La cuota sindical se carga en la cuenta {X} el día 1.",
    "card": "Tasa de publicación abonada con la tarjeta de empresa {X}.",
    "ip": ["Fichaje en la red interna: {X}", "Pasarela VPN para teletrabajo: {X}"],
    "dirhead": ["Llamar en este orden:", "De guardia:"],
    "roles": [
        "Director de planta",
        "Jefa de turno de noche",
        "Técnica de RR. HH.",
        "Nóminas",
        "Delegado sindical",
        "Técnico de guardia",
    ],
    "nophone": ["No informamos sobre candidaturas por teléfono.", "Consultas de nómina solo por correo."],
}
