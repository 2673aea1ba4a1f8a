"""Spanish and Italian cells of v117 (written fresh)."""

ES = {
    "genres": {
        "interpreter": {
            "titles": [
                "Confirmación de servicio de intérprete de LSE",
                "Su cita con intérprete",
                "Cambio en la reserva de interpretación",
            ],
            "pos": [
                "Su intérprete, {name}, estará localizable el mismo día en el {M}.",
                "Para anular con menos de 48 horas de antelación llame al {P}.",
                "Envíe el orden del día y las presentaciones a {E}.",
                "La videointerpretación se presta desde Portugal; si se corta, llame al {I}.",
            ],
            "neg": [
                "Reserva {N:interp_booking}, {N:appointment_date}, de {N:time_window}, sala {N:room_number}.",
                "El bucle magnético del salón cumple {N:standard_ref}.",
                "La ayuda cubre el {N:funding_share} del servicio.",
            ],
        },
        "taxi": {
            "titles": [
                "Eurotaxi: confirmación de viaje",
                "Transporte adaptado a domicilio",
                "Alta en el servicio de taxi accesible",
            ],
            "pos": [
                "Su conductor hoy es {name}; la central atiende en el {P}.",
                "Reserve la vuelta el día antes llamando al {P} o escribiendo a {E}.",
                "Si el vehículo se retrasa más de quince minutos, llame al {F}.",
                "El conductor le avisará por SMS al {M} cuando llegue.",
            ],
            "neg": [
                "Viaje {N:trip_id}, vehículo {N:fleet_number}, matrícula {N:plate}.",
                "Franja de recogida {N:time_window}; tarifa {N:fare} €.",
                "La plataforma elevadora mide {N:platform_size}.",
            ],
        },
        "mobility": {
            "titles": [
                "Parte de reparación de silla eléctrica",
                "Alquiler de scooter de movilidad",
                "Presupuesto de grúa de traslado",
            ],
            "pos": [
                "Nuestro técnico {name} le llamará desde el {M} media hora antes.",
                "Averías fuera de horario: {F}.",
                "La fianza del scooter se ha cargado en la tarjeta {C}.",
                "Las cuotas de alquiler se domiciliarán en {B}.",
            ],
            "neg": [
                "Batería {N:battery_spec}, velocidad máxima {N:scooter_speed}, peso máximo "
                "{N:max_user_weight}.",
                "Código ISO 9999 {N:iso9999}; UDI {N:udi_di}.",
                "El ancho libre de su puerta es de {N:door_clearance}.",
            ],
        },
        "advocacy": {
            "titles": ["Boletín de la asociación", "Convocatoria de asamblea", "Carta al ayuntamiento"],
            "pos": [
                "Si necesita ayuda con el certificado de discapacidad, llame a {name} al {M}.",
                "Donativos: {B}.",
                "Inscripciones en {E}.",
                "El servicio de orientación jurídica atiende en el {P}.",
            ],
            "neg": [
                "Socio n.º {N:member_number}; cuota anual {N:benefit_amount} €.",
                "El local está a {N:route_length} de la parada, sin escalones.",
                "La guía explica el criterio {N:wcag_criterion} con ejemplos.",
            ],
        },
    },
    "lists": {
        "heads": ["Teléfonos de contacto", "A quién llamar", "Contactos de accesibilidad"],
        "labels": ["Reservas", "Intérpretes", "Averías", "Asesoría", "Guardia"],
    },
    "towns": ["Sevilla", "Zaragoza", "Valencia", "Bilbao", "Murcia"],
}

IT = {
    "genres": {
        "interpreter": {
            "titles": [
                "Conferma servizio interprete LIS",
                "Il suo appuntamento con l'interprete",
                "Variazione della prenotazione",
            ],
            "pos": [
                "La sua interprete, {name}, sarà raggiungibile il giorno stesso al {M}.",
                "Per disdire con meno di 48 ore di anticipo chiami il {P}.",
                "Mandi i materiali per la preparazione a {E}.",
                "Il compenso va versato su {B}.",
            ],
            "neg": [
                "Prenotazione {N:interp_booking}, {N:appointment_date}, {N:time_window}, aula "
                "{N:room_number}.",
                "L'anello a induzione della sala è conforme a {N:standard_ref}.",
                "Contributo regionale: {N:funding_share}.",
            ],
        },
        "mobility": {
            "titles": [
                "Rapporto di riparazione carrozzina elettrica",
                "Noleggio scooter elettrico",
                "Consegna ausili",
            ],
            "pos": [
                "Il tecnico {name} la chiamerà dal {M} mezz'ora prima.",
                "Per guasti fuori orario: {F}.",
                "La cauzione è stata addebitata sulla carta {C}.",
                "Per domande sul preventivo scriva a {E} o chiami l'officina al {P}.",
                "L'assistenza del produttore in Svizzera risponde al {I}.",
            ],
            "neg": [
                "Batteria {N:battery_spec}, velocità massima {N:scooter_speed}, portata {N:max_user_weight}.",
                "Codice ISO 9999 {N:iso9999}; pressione gomme {N:tyre_pressure}.",
                "Raggio di sterzata {N:turning_radius}.",
            ],
        },
        "taxi": {
            "titles": [
                "Taxi per carrozzine: conferma corsa",
                "Trasporto disabili del comune",
                "Iscrizione al servizio di accompagnamento",
            ],
            "pos": [
                "Il suo autista oggi è {name}; la centrale risponde al {P}.",
                "Prenoti il ritorno il giorno prima al {P} o scrivendo a {E}.",
                "Se il mezzo ritarda più di un quarto d'ora, chiami il {F}.",
                "L'autista le manderà un SMS al {M} quando sarà sotto casa.",
            ],
            "neg": [
                "Corsa {N:trip_id}, mezzo {N:fleet_number}, targa {N:plate}.",
                "Fascia oraria {N:time_window}; quota a suo carico {N:fare} €.",
                "La pedana misura {N:platform_size}.",
            ],
        },
        "advocacy": {
            "titles": ["Notiziario dell'associazione", "Assemblea dei soci", "Lettera al sindaco"],
            "pos": [
                "Per un aiuto con la domanda di invalidità, chiami {name} al {M}.",
                "Sostienici con un bonifico su {B}.",
                "Iscrizioni all'assemblea: {E}.",
                "Lo sportello legale risponde al {P} il martedì.",
            ],
            "neg": [
                "Tessera n. {N:member_number}; quota {N:benefit_amount} €.",
                "La sede è a {N:route_length} dalla fermata, senza gradini.",
                "Le coordinate del parcheggio riservato: {N:gps_coords}.",
            ],
        },
    },
    "lists": {
        "heads": ["Contatti utili", "Chi chiamare", "Recapiti accessibilità"],
        "labels": ["Prenotazioni", "Interpreti", "Guasti", "Sportello", "Reperibilità"],
    },
    "towns": ["Bologna", "Torino", "Bari", "Verona", "Padova"],
}
