"""German, French and Spanish sentences of v60, written fresh for this set."""

DE = {
    "TITLES": {
        "lab": ["Hinweise zur Gerätebuchung im Isotopenlabor", "Laborsicherheit – Unterweisung"],
        "conf": ["Tagungsprogramm – Änderungen", "Anreise zur Jahrestagung"],
        "grant": ["Drittmittelverwaltung: Bewilligung eingegangen", "Erinnerung an die interne Frist"],
        "union": ["AStA-Rundbrief", "Sprechzeiten der Sozialberatung"],
        "field": ["Feldstation – Informationen zur Anreise"],
    },
    "POS": {
        "lab": [
            "Bei Störungen am Massenspektrometer bitte sofort {X} anrufen: {P}.",
            "Die Auswerte-PCs hängen im Institutsnetz unter {IP}; Zugänge beantragen Sie bei {E}.",
            "Außerhalb der Dienstzeit ist der Strahlenschutzbeauftragte mobil unter {M} erreichbar.",
        ],
        "conf": [
            "Das Tagungsbüro im Hörsaalgebäude ist unter {P} besetzt, Fragen zur Rechnung bitte an {E}.",
            "Die Teilnahmegebühr von {N:fee} wurde von der Karte {C} abgebucht.",
            "Ihr Vortrag liegt in Sitzung {N:session}; Folien bis zum Vorabend an {EP}.",
        ],
        "grant": [
            "Die Mittel für das Projekt werden auf das Konto {B} überwiesen.",
            "Ansprechpartnerin in der Drittmittelabteilung ist {X}, Telefon {P}.",
            "Für Rückfragen zur Kostenstelle {N:cost_centre} erreichen Sie uns unter {P} oder {E}.",
        ],
        "union": [
            "Die Sozialberatung des AStA ist dienstags unter {P} erreichbar.",
            "Zuschüsse für Fachschaften gehen auf {B}, Belege bitte an {E}.",
            "Die Nightline hört zu: {O}.",
        ],
        "field": [
            "Den Schlüssel für die Station gibt es beim Hausmeister {X}, {M}.",
            "Die Wetterstation sendet an {I4}; Ausfälle bitte an {E} melden.",
        ],
    },
    "NEG": {
        "lab": [
            "Zentrifugieren bei {N:rcf}, danach Lagerung bei {N:freezer}.",
            "Die Lösung ist {N:concentration} stark, Anregung mit {N:wavelength}.",
        ],
        "conf": [
            "Beitrag {N:paper_no} wurde in Sitzung {N:session} verschoben.",
            "Der Tagungsband erscheint unter ISBN {N:isbn}.",
        ],
        "grant": [
            "Das Vorhaben läuft unter {N:call_id} mit einem Volumen von {N:budget}.",
            "Das Ethikvotum {N:ethics_ref} liegt vor.",
        ],
        "union": [
            "Das Modul {N:course} bringt {N:ects}.",
            "Der Spind im Fotolabor hat die Kombination {N:locker}.",
        ],
        "field": [
            "Die Messfläche {N:plot} liegt auf {N:elevation}.",
            "Beringt wurde heute unter anderem {N:bird_ring}.",
        ],
    },
    "LOCAL": [
        "Wer in {T} wohnt, erreicht das Prüfungsamt unter {L}.",
        "Ortsgespräch in {T}: Institutssekretariat {L}, Werkstatt {L}.",
        "Aus dem {T}er Ortsnetz genügt für die Pforte die Durchwahl {L}.",
        "„Ruf einfach {L} an, das ist hier in {T} die Nummer vom Gästehaus“, sagte die Koordinatorin.",
        "Telefon der Bibliothek (innerhalb {T}):\n{L}",
        "Studierende, die in {T} anrufen, wählen für die Wohnheimverwaltung {L} – ohne Vorwahl.",
    ],
}

FR = {
    "TITLES": {
        "lab": ["Plateforme de microscopie – réservations", "Consignes du laboratoire"],
        "conf": ["Colloque – programme définitif", "Inscription confirmée"],
        "grant": ["Cellule Europe – dépôt de projet", "Rappel : date limite interne"],
        "union": ["Lettre du BDE", "Permanences de l'association étudiante"],
        "seminar": ["Séminaire du laboratoire", "Changement de salle"],
    },
    "POS": {
        "lab": [
            "En cas de panne du confocal, prévenez {X} au {P}.",
            "Les postes d'analyse sont joignables sur {IP} ; demandes d'accès à {E}.",
            "Incident chimique hors horaires : appelez l'astreinte au {M}.",
        ],
        "conf": [
            "L'accueil du colloque répond au {P} ; pour la facture, écrivez à {E}.",
            "Les frais d'inscription ({N:fee}) ont été débités sur la carte {C}.",
            "Votre communication est programmée en session {N:session} ; diapositives à {EP}.",
        ],
        "grant": [
            "La subvention sera versée sur le compte {B}.",
            "Votre interlocutrice à la cellule Europe est {X}, {P}.",
        ],
        "union": [
            "Le BDE tient sa permanence le mardi, joignable au {P} ou à {E}.",
            "Le numéro vert d'écoute étudiante : {O}.",
        ],
        "seminar": [
            "{X} présentera ses travaux jeudi, salle {N:room}. Contact : {E}, {P}.",
            "Diffusion en ligne depuis {I6} ; en cas de coupure, appelez le {P}.",
        ],
    },
    "NEG": {
        "lab": ["Centrifuger à {N:rcf}, puis conserver à {N:freezer}.", "Solution mère à {N:concentration}."],
        "conf": [
            "Le résumé {N:paper_no} passe en session {N:session}.",
            "Les actes paraîtront sous l'ISSN {N:issn}.",
        ],
        "grant": [
            "Budget demandé : {N:budget}, appel {N:call_id}.",
            "Bon de commande {N:purchase_order} à solder.",
        ],
        "union": ["L'UE {N:course} vaut {N:ects}.", "Créneau de tutorat : {N:timeslot}."],
        "seminar": ["Lecture conseillée : arXiv:{N:arxiv}, pp. {N:pages}.", "Données : {N:zenodo}."],
    },
}

ES = {
    "TITLES": {
        "lab": ["Servicio de microscopía – reservas", "Normas del laboratorio"],
        "conf": ["Congreso – programa actualizado", "Inscripción confirmada"],
        "union": ["Consejo de Estudiantes – avisos"],
        "field": ["Estación biológica – información de llegada"],
    },
    "POS": {
        "lab": [
            "Si el equipo falla fuera de horario, llame a {X} al {P}.",
            "El ordenador del equipo está en {IP}; para cuentas nuevas escriba a {E}.",
            "Responsable de seguridad, móvil de guardia: {M}.",
        ],
        "conf": [
            "La secretaría técnica atiende en el {P} y en {E}.",
            "La cuota de {N:fee} se cargó en la tarjeta {C}.",
            "Su ponencia está en la sesión {N:session}; envíe las diapositivas a {EP}.",
        ],
        "union": [
            "El Consejo de Estudiantes atiende en el {P}; becas y ayudas en {E}.",
            "Las ayudas a asociaciones se ingresan en {B}.",
        ],
        "field": ["Recoja la llave con el guarda, {X}, {M}.", "Reservas de la embarcación: {P} o {E}."],
    },
    "NEG": {
        "lab": ["Centrifugar a {N:rcf} y guardar a {N:freezer}.", "Muestra {N:sample_id}, CAS {N:cas}."],
        "conf": ["La comunicación {N:paper_no} pasa al póster {N:poster}.", "Actas con ISBN {N:isbn}."],
        "union": ["La asignatura {N:course} son {N:ects}.", "Nota media mínima: {N:gpa}."],
        "field": ["La parcela {N:plot} está a {N:elevation}.", "Presión esta mañana: {N:pressure}."],
    },
}
