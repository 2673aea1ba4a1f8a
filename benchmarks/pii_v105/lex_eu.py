"""German, French, Spanish and Italian sentences for v105 (same slots as lex_en)."""

DE = {
    "genres": {
        "visits": {
            "titles": ["Besuchsanmeldung JVA", "Hinweise für Besucherinnen und Besucher"],
            "phone": [
                "Besuche melden Sie bitte spätestens drei Werktage vorher unter {P} an.",
                "Bei Verspätung rufen Sie bitte die Pforte an: {P}.",
                "Angehörige aus dem Ausland erreichen den Sozialdienst unter {I}.",
            ],
            "neg": [
                "Ihr Besuchstermin: {N:visit_slot}, Buchungsnummer {N:visit_ref}.",
                "Wertsachen bitte in Schließfach {N:locker} einschließen.",
                "Der Gefangene ist im Haftraum {N:cell_loc} untergebracht.",
            ],
        },
        "probation": {
            "titles": ["Einladung der Bewährungshilfe", "Termin bei Ihrer Bewährungshelferin"],
            "phone": [
                "Können Sie den Termin nicht wahrnehmen, sagen Sie bitte vorher ab – {NAME} ist unter {P} "
                "erreichbar.",
                "Die Sprechzeiten der Bewährungshilfe ändern sich; das Sekretariat bleibt unter {P} besetzt.",
                "Für Fragen zur Führungsaufsicht wenden Sie sich an {P}.",
            ],
            "neg": [
                "Aktenzeichen: {N:aktenzeichen}.",
                "Die Bewährungszeit endet am {N:expiry_date}.",
                "Die Geldauflage von {N:fine} € ist in Raten zu zahlen.",
                "Das Gespräch findet in Zimmer {N:room_no} statt.",
            ],
        },
        "victim": {
            "titles": ["Opferhilfe – Ihre Beratung", "Unterstützung nach einer Straftat"],
            "phone": [
                "Das Opfer-Telefon ist bundesweit kostenfrei unter {O} erreichbar.",
                "Ihre Beraterin {NAME} erreichen Sie direkt unter {P}.",
                "Für die psychosoziale Prozessbegleitung melden Sie sich bitte unter {P}.",
            ],
            "neg": [
                "Tagebuchnummer der Polizei: {N:crime_ref}.",
                "Der Verein ist im Vereinsregister eingetragen; Vorgangsnummer {N:housing_ref}.",
                "Die Verhandlung beginnt um {N:visit_slot} in Saal {N:locker}.",
            ],
        },
        "resettle": {
            "titles": ["Straffälligenhilfe: Übergangsmanagement", "Entlassungsvorbereitung"],
            "phone": [
                "Nach der Entlassung melden Sie sich bitte gleich bei {NAME} unter {P}.",
                "Die Wohnungslosenhilfe hat eine eigene Nummer für Haftentlassene: {P}.",
            ],
            "neg": [
                "Ein Platz im Übergangswohnheim ist reserviert (Belegung {N:bed_space}).",
                "Ihre Habe wurde in Beutel {N:seal_no} verpackt.",
                "Die Geschäftsstelle führt Ihren Fall unter {N:housing_ref}.",
            ],
        },
    },
    "pii": {
        "E": ["Anmeldungen auch per E-Mail an {E}.", "Schriftliche Anfragen richten Sie bitte an {E}."],
        "e": ["Sie können {NAME} auch direkt schreiben: {e}."],
        "B": ["Spenden für den Angehörigenfonds: {B}.", "Die Geldauflage überweisen Sie bitte auf {B}."],
        "IP": ["Der Videobesuch wurde von der Adresse {IP} aus aufgebaut."],
        "IPP": ["Das Terminal im Besucherzentrum hat die Adresse {IPP}."],
        "IP6": ["Die Anmeldung im Portal kam von {IP6}."],
        "C": ["Die Einzahlung auf das Eigengeld wurde mit der Karte {C} bezahlt."],
    },
    "local": [
        "Aus dem {T}er Ortsnetz? Dann reicht für die Bewährungshilfe {T} die {L}.",
        "Besucherdienst {T}, Ortsgespräch: {L}.",
        "Innerhalb von {T} wählen Sie für die Opferhilfe einfach {L}, für die Zentrale {L}.",
        "Anstaltsseelsorge {T} – vom Festnetz in der Stadt: {L}",
        "In {T} ist die Anlaufstelle ohne Vorwahl unter {L} zu erreichen.",
        "Wer in {T} anruft, braucht keine Vorwahl: {L}.",
    ],
    "heads": ["Wichtige Nummern für Angehörige", "Rufnummern im Überblick", "Kontakte"],
    "labels": ["Besucherdienst", "Sozialdienst", "Seelsorge", "Bewährungshilfe", "Opferhilfe"],
}

FR = {
    "genres": {
        "visits": {
            "titles": ["Réservation des parloirs", "Informations pour les familles"],
            "phone": [
                "La réservation des parloirs se fait par téléphone au {P}, du lundi au vendredi.",
                "En cas d'empêchement, prévenez l'accueil des familles au {P}.",
                "Les familles résidant à l'étranger peuvent joindre le service au {I}.",
            ],
            "neg": [
                "Numéro d'écrou : {N:ecrou}. Créneau : {N:visit_slot}.",
                "Votre permis de visite porte la référence {N:visit_ref}.",
                "Casier {N:locker} à l'accueil pour vos affaires.",
            ],
        },
        "probation": {
            "titles": ["Convocation au SPIP", "Suivi en milieu ouvert"],
            "phone": [
                "Votre conseillère, {NAME}, est joignable au {P}.",
                "Si vous ne pouvez pas venir, appelez le secrétariat au {P} avant le rendez-vous.",
            ],
            "neg": [
                "Le travail d'intérêt général : {N:unpaid_hours} heures effectuées.",
                "Fin de la mesure prévue le {N:expiry_date}.",
                "Rendez-vous au bureau {N:room_no}.",
            ],
        },
        "victim": {
            "titles": ["Aide aux victimes", "Votre accompagnement"],
            "phone": [
                "La ligne nationale d'aide aux victimes est gratuite : {O}.",
                "Votre juriste, {NAME}, vous rappellera ; vous pouvez aussi composer le {P}.",
                "L'association départementale reçoit sur rendez-vous au {P}.",
            ],
            "neg": [
                "L'amende s'élève à {N:fine} €.",
                "L'audience est prévue à {N:visit_slot}, salle {N:locker}.",
            ],
        },
    },
    "pii": {
        "E": ["Vous pouvez aussi écrire à {E}.", "Demandes de permis de visite : {E}."],
        "e": ["Adresse de {NAME} : {e}."],
        "B": ["Les dons peuvent être versés sur le compte {B}.", "L'indemnisation sera versée sur {B}."],
        "IPP": ["La borne de l'accueil des familles a l'adresse {IPP}."],
        "IP": ["La visioconférence a été ouverte depuis {IP}."],
    },
    "heads": ["Numéros pour les familles", "Qui appeler"],
    "labels": ["Accueil des familles", "Parloirs", "SPIP", "Aumônerie", "Aide aux victimes"],
}

ES = {
    "genres": {
        "visits": {
            "titles": ["Comunicaciones y visitas", "Cita para comunicación familiar"],
            "phone": [
                "Para pedir cita de comunicación llame al {P} de lunes a viernes.",
                "Si no puede acudir, avise al servicio de atención a familias: {P}.",
                "Las familias que viven fuera de España pueden llamar al {I}.",
            ],
            "neg": [
                "NIS del interno: {N:nis}. Horario: {N:visit_slot}.",
                "Taquilla {N:locker} para dejar el móvil.",
                "Módulo {N:cell_loc}.",
            ],
        },
        "victim": {
            "titles": ["Oficina de asistencia a las víctimas", "Apoyo tras un delito"],
            "phone": [
                "La línea gratuita de atención a víctimas es el {O}.",
                "Su psicóloga, {NAME}, le atenderá en el {P}.",
                "Para información sobre el juicio, llame a la oficina al {P}.",
            ],
            "neg": [
                "La multa asciende a {N:fine} €.",
                "El juicio está señalado a las {N:visit_slot}.",
            ],
        },
        "resettle": {
            "titles": ["Programa de reinserción", "Salida de prisión: primeros pasos"],
            "phone": [
                "Al salir, llame a su educador {NAME} al {P}.",
                "El albergue municipal reserva plaza por teléfono: {P}.",
            ],
            "neg": [
                "Horas de trabajo en beneficio de la comunidad: {N:unpaid_hours}.",
                "Plaza reservada: {N:bed_space}.",
            ],
        },
    },
    "pii": {
        "E": ["También puede escribir a {E}.", "Solicitudes por correo: {E}."],
        "e": ["Correo de {NAME}: {e}."],
        "B": ["La indemnización se abonará en la cuenta {B}.", "Donativos: {B}."],
        "IP6": ["La videollamada se conectó desde {IP6}."],
    },
    "heads": ["Teléfonos para familias", "A quién llamar"],
    "labels": ["Atención a familias", "Trabajo social", "Capellanía", "Víctimas"],
}

IT = {
    "genres": {
        "visits": {
            "titles": ["Prenotazione colloqui", "Colloqui con i familiari"],
            "phone": [
                "I colloqui si prenotano telefonando al {P} dal lunedì al venerdì.",
                "Per disdire, chiamate l'ufficio colloqui al {P}.",
                "I familiari all'estero possono contattare l'area educativa al {I}.",
            ],
            "neg": [
                "Matricola del detenuto: {N:matricola}. Orario: {N:visit_slot}.",
                "Armadietto {N:locker}.",
                "Sezione {N:cell_loc}.",
            ],
        },
        "probation": {
            "titles": ["Convocazione UEPE", "Messa alla prova"],
            "phone": [
                "La sua assistente sociale, {NAME}, risponde al {P}.",
                "In caso di impedimento avvisi la segreteria al {P}.",
            ],
            "neg": [
                "Ore di lavoro di pubblica utilità svolte: {N:unpaid_hours}.",
                "La misura scade il {N:expiry_date}.",
            ],
        },
        "victim": {
            "titles": ["Sportello di ascolto per le vittime", "Supporto alle vittime di reato"],
            "phone": [
                "Il numero verde dello sportello è {O}.",
                "Può parlare con {NAME} al {P}.",
            ],
            "neg": ["L'udienza è fissata alle {N:visit_slot}, aula {N:locker}."],
        },
    },
    "pii": {
        "E": ["Potete scrivere anche a {E}.", "Richieste di colloquio: {E}."],
        "e": ["Indirizzo di {NAME}: {e}."],
        "B": ["Le donazioni si versano sul conto {B}."],
        "IPP": ["Il totem all'ingresso ha l'indirizzo {IPP}."],
    },
    "heads": ["Numeri per i familiari", "Chi chiamare"],
    "labels": ["Ufficio colloqui", "Area educativa", "Cappellania", "Sportello vittime"],
}
