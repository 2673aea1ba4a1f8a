"""Spanish and Italian sentences for v43 (written fresh); slots as in lex_en."""

ES = {
    "genres": {
        "langschool": {
            "title": [
                "Academia de idiomas: cursos intensivos de inglés",
                "Escuela de idiomas: matrícula de otoño",
            ],
            "neg": [
                "El curso intensivo son {N:sessions} y prepara para el {N:cefr}.",
                "Precio del curso: {N:price}; libro aparte (ISBN {N:isbn}).",
                "Los grupos empiezan a las {N:start_time} en el aula {N:room}.",
            ],
            "phone": [
                "Pide tu prueba de nivel gratuita llamando a secretaría al {P}.",
                "Para alojamiento con familias, llama a nuestra coordinadora al {P}.",
            ],
        },
        "sport": {
            "title": ["Club deportivo: calendario y hoja de inscripción", "Club de atletismo: resultados"],
            "neg": [
                "Nuestro equipo {N:age_group} ganó {N:match_score} el sábado.",
                "Clasificación tras la jornada: {N:league}.",
                "La cuota anual es de {N:price}; tu número de socio es {N:member_no}.",
                "Mejor marca en la carrera popular de 10 km: {N:race_time}.",
            ],
            "phone": [
                "Los cambios de horario los confirma el delegado en el {P}.",
                "Oficina del club: {P}, de lunes a jueves por la tarde.",
            ],
        },
        "music": {
            "title": ["Escuela de música y danza: horarios", "Conservatorio elemental: audiciones"],
            "neg": [
                "Lenguaje musical a las {N:start_time} en el aula {N:room}.",
                "Obras de la audición: Vivaldi {N:opus}, compases {N:bars}.",
                "El trimestre de flamenco ({N:sessions}) cuesta {N:price}.",
            ],
            "phone": [
                "Jefatura de estudios atiende en el {P} por las tardes.",
                "Para una clase de prueba, llama a Lucía al {P}.",
            ],
        },
        "course": {
            "title": ["Guía docente: Historia del Arte Moderno", "Asignatura: Estadística Aplicada"],
            "neg": [
                "La asignatura {N:module_code} tiene {N:ects} créditos ECTS y se imparte en el {N:semester}.",
                "Manual de referencia: ISBN {N:isbn}.",
                "La nota media del último examen fue un {N:grade}.",
            ],
            "phone": ["Tutorías con cita previa en el departamento: {P}.", "Secretaría de la facultad: {P}."],
        },
        "scouts": {
            "title": [
                "Grupo scout: carta a las familias sobre el campamento",
                "Grupo juvenil: actividades del trimestre",
            ],
            "neg": [
                "El campamento cuesta {N:price} por niño, autobús incluido.",
                "Nos reunimos los sábados a las {N:start_time}; la rama {N:age_group} empieza antes.",
                "Indicad en la ficha médica el número de asociado {N:member_no}.",
            ],
            "phone": [
                "Durante el campamento, el móvil de los monitores es el {P}.",
                "El coordinador del grupo atiende en el {P} por las tardes.",
            ],
        },
    },
    "local1": [],
    "local2": [],
    "service": ["Información gratuita en el {S}.", "Línea de atención: {S}."],
    "list_head": ["Teléfonos de contacto:", "Directorio del club:", "¿A quién llamar?"],
    "list_labels": ["Secretaría", "Tesorería", "Coordinación", "Entrenador", "Dirección", "Conserjería"],
    "email": ["Enviad la inscripción a {E}.", "Dudas por correo a {E}."],
    "card": ["Pago con tarjeta {C} confirmado."],
    "iban": ["Domiciliación de la cuota en la cuenta {I}."],
    "ip": ["El campus virtual registró tu acceso desde {IP}."],
    "ssn": [],
    "domains": [
        "usal.es",
        "academia-idiomas.es",
        "clubatletismo.org",
        "gmail.com",
        "hotmail.es",
        "telefonica.net",
    ],
    "roles": ["secretaria", "info", "inscripciones", "administracion", "club"],
}

IT = {
    "genres": {
        "exam": {
            "title": ["Avviso: appelli d'esame della sessione estiva", "Calendario esami e istruzioni"],
            "neg": [
                "L'esame di {N:module_code} si tiene alle {N:start_time} in aula {N:room}.",
                "Portare il libretto (matricola {N:student_id}) e un documento.",
                "Voti come {N:grade} si verbalizzano entro il mese; la soglia è {N:score}.",
            ],
            "phone": [
                "In caso di malattia avvisate la segreteria didattica al {P}.",
                "Per le misure compensative chiamate l'ufficio disabilità al {P}.",
            ],
        },
        "choir": {
            "title": ["Coro polifonico: piano delle prove", "Compagnia teatrale: calendario prove"],
            "neg": [
                "Martedì: Bach {N:opus}, battute {N:bars}, poi solo i bassi.",
                "Teniamo il tempo a {N:metronome} fino alla prova d'assieme.",
                "Le maschere saranno in {N:seat} la sera della prima.",
            ],
            "phone": ["Assenze alla segretaria del coro, {P}.", "Prove costumi: chiamare la sarta al {P}."],
        },
        "library": {
            "title": ["Biblioteca civica: programma di incontri", "Museo: giornata di studio"],
            "neg": [
                "L'incontro presenta il reperto {N:inventory} della collezione tessile.",
                "Il libro del mese è alla collocazione {N:shelfmark}; la rivista ha ISSN {N:issn}.",
                "Ingresso {N:price}; il codice di prenotazione è del tipo {N:ticket}.",
            ],
            "phone": [
                "Prenotazione obbligatoria ai servizi educativi, {P}.",
                "Per l'accesso in carrozzina chiamate la biglietteria al {P}.",
            ],
        },
        "forum": {
            "title": [
                "Forum fotografia: quale tele per l'avifauna?",
                "Re: circolo scacchi, torneo del mercoledì",
            ],
            "neg": [
                "Scattata a {N:exposure} con lo zoom {N:focal}.",
                "In seconda scacchiera è finita {N:chess_moves} e il mio "
                "avversario ({N:elo}) ha abbandonato.",
                "Cadenza del torneo: {N:time_control}.",
            ],
            "phone": [
                "Chi vuole il cavalletto usato mi chiami al {P} dopo cena.",
                "Iscrizioni al torneo presso Franco, {P}.",
            ],
        },
        "course": {
            "title": [
                "Scheda insegnamento: Storia della lingua italiana",
                "Corso di laurea: orario delle lezioni",
            ],
            "neg": [
                "L'insegnamento {N:module_code} vale {N:ects} CFU, {N:semester}.",
                "Testo adottato: ISBN {N:isbn}.",
                "Le lezioni iniziano alle {N:start_time} in aula {N:room}.",
            ],
            "phone": ["Ricevimento studenti su appuntamento: {P}.", "Segreteria del dipartimento: {P}."],
        },
    },
    "local1": [],
    "local2": [],
    "service": ["Numero verde: {S}.", "Informazioni al {S}."],
    "list_head": ["Recapiti utili:", "Numeri del circolo:", "Contatti:"],
    "list_labels": ["Segreteria", "Tesoriere", "Presidente", "Direttore", "Biglietteria", "Custode"],
    "email": ["Scrivete a {E} per iscrivervi.", "Per informazioni: {E}."],
    "card": ["Quota pagata con carta {C}."],
    "iban": ["Bonifico della quota su IBAN {I}."],
    "ip": ["Ultimo accesso alla piattaforma da {IP}."],
    "ssn": [],
    "domains": [
        "unibo.it",
        "coro-polifonico.it",
        "libero.it",
        "virgilio.it",
        "gmail.com",
        "bibliotecacivica.it",
    ],
    "roles": ["segreteria", "info", "didattica", "prenotazioni", "circolo"],
}
