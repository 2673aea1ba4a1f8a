"""German, French and Spanish text for v64 (same slots as lex_en)."""

DE = {
    "GENRES": {
        "foodbank": {
            "titles": ["Tafel – Hinweise zur Ausgabe am Dienstag", "Lebensmittelausgabe: Infos für Helfende"],
            "lines": [
                "Bitte Kühlware zuerst ausgeben, der Kühlraum ist seit gestern wieder voll.",
                "Neue Kundinnen und Kunden brauchen einen gültigen Berechtigungsnachweis.",
                "Die Brotspende vom Bäcker kommt jetzt erst um halb zehn.",
            ],
            "phone": [
                "Wer beim Abholen der Spenden helfen kann, meldet sich bei {name} unter {p}.",
                "Bei Fragen zur Ausgabe am Samstag bitte {p} anrufen, nicht die Vereinsnummer.",
                "Die Fahrerin {name} ist am Ausgabetag unter {p} erreichbar.",
            ],
        },
        "shelter": {
            "titles": ["Notunterkunft – Übergabeprotokoll", "Kältebus: Einsatzplan"],
            "lines": [
                "Der Kältebus fährt bei Minusgraden zusätzlich eine Runde um Mitternacht.",
                "Schlafsäcke und Isomatten liegen im Lager hinter der Küche.",
                "Gäste mit Hund bitte im Erdgeschoss unterbringen.",
            ],
            "phone": [
                "Rufbereitschaft heute Nacht: {name}, Handy {p}.",
                "Wenn jemand draußen Hilfe braucht, den Kältebus unter {p} verständigen.",
                "Schichttausch bitte direkt mit {name} absprechen ({p}).",
            ],
        },
        "rescue": {
            "titles": ["Tierhilfe – Pflegestellen gesucht", "Katzenschutzverein: Vermittlungstag"],
            "lines": [
                "Luna ist geimpft, gechippt und kastriert und sucht ein ruhiges Zuhause ohne Kinder.",
                "Vor jeder Vermittlung gibt es eine Vorkontrolle durch zwei Ehrenamtliche.",
                "Futterspenden bitte nur ungeöffnet abgeben.",
            ],
            "phone": [
                "Interesse an einer Pflegestelle? {name} freut sich über einen Anruf unter {p}.",
                "Fundtiere bitte sofort unter {p} melden, auch am Wochenende.",
                "Fragen zur Vermittlung beantwortet das Team unter {p}.",
            ],
        },
        "blooddrive": {
            "titles": ["Blutspendetermin im Gemeindehaus", "Blutspende: Helferinnen und Helfer gesucht"],
            "lines": [
                "Bitte vorher ausreichend essen und trinken und den Personalausweis mitbringen.",
                "Erstspenderinnen und Erstspender sollten etwa eine Stunde einplanen.",
                "Für den Imbiss nach der Spende suchen wir noch Kuchen.",
            ],
            "phone": [
                "Termine können unter {p} reserviert werden.",
                "Wer beim Imbiss mithilft, meldet sich bei {name}: {p}.",
                "Fragen zur Spendetauglichkeit beantwortet die Hotline unter {p}.",
            ],
        },
        "fundraiser": {
            "titles": ["Benefizlauf – letzte Infos", "Flohmarkt zugunsten des Tierheims"],
            "lines": [
                "Startgeld sind zehn Euro, Kinder laufen umsonst.",
                "Die Tombola-Preise werden ab 16 Uhr am Stand neben der Bühne ausgegeben.",
                "Standplätze werden nach Eingang der Anmeldung vergeben.",
            ],
            "phone": [
                "Anmeldungen für Staffeln nimmt {name} unter {p} entgegen.",
                "Streckenposten bitte die Nummer {p} speichern, das ist das Zielzelt.",
                "Sachspenden für die Tombola: kurz bei {p} anrufen, wir holen ab.",
            ],
        },
        "mutualaid": {
            "titles": ["Nachbarschaftshilfe – Aushang im Treppenhaus", "Einkaufshilfe im Viertel"],
            "lines": [
                "Wir erledigen Einkäufe, holen Rezepte ab und gehen mit Hunden Gassi.",
                "Bitte keine Adressen in die Gruppe posten, sondern den Admins schreiben.",
                "Das Geld für Einkäufe wird gegen Quittung erstattet.",
            ],
            "phone": [
                "Wer Hilfe braucht und kein Smartphone hat, ruft einfach {p} an.",
                "{name} koordiniert die Fahrten zum Arzt, Telefon {p}.",
                "Für die Einkaufsrunde am Donnerstag bitte bis Mittwoch bei {p} melden.",
            ],
        },
    },
    "LOCAL": [
        "Aus dem {town}er Ortsnetz genügt die {a}, dann landet man direkt in der Ausgabestelle.",
        "Telefon (nur innerhalb {town}s ohne Vorwahl): {a}",
        "Unsere Helferinnen in {town} erreichen das Lager unter {a}, die Küche unter {b}.",
        "„Einfach {a} wählen, das ist bei uns in {town} ein Ortsgespräch“, sagte {name} bei der Einweisung.",
        "{a} – so erreicht man vom Festnetz in {town} die Pflegestellen-Koordination.",
        "Ortsnetz {town}:\n{a} (Zentrale)",
        "Für Spenderinnen und Spender aus {town}: Ortsruf {a}, nach 18 Uhr {b}.",
        "Wer in {town} wohnt, braucht keine Vorwahl: {a} genügt.",
    ],
    "INTL": [
        "Unser Partnerverein im Ausland ist unter {p} erreichbar.",
        "Die Kollegin {name} im Hilfskonvoi: {p}.",
    ],
    "OTHER": ["Die kostenlose Spenderhotline lautet {p}.", "Kostenfrei beraten lassen: {p}."],
    "EMAIL": ["Dienstpläne bitte an {e} schicken.", "Spendenquittungen verschickt {name}, {e}."],
    "CARD": ["Die Kartenzahlung mit {c} wurde doppelt gebucht, bitte erstatten."],
    "IBAN": ["Spendenkonto: {i}", "Mitgliedsbeiträge werden von {i} eingezogen."],
    "IP": [
        "Der Spendenautomat im Foyer hat die Adresse {ip}.",
        "Viele Fehlversuche im Helferportal kamen von {ip}.",
    ],
    "NEG": {
        "vereinsregister": ["Eingetragen im Vereinsregister unter {v}."],
        "steuernummer": ["Steuernummer des Vereins: {v}."],
        "donation_total": ["Der Benefizlauf hat {v} eingebracht."],
        "vaccine_lot": ["Impfstoff-Charge {v} für den ganzen Wurf verwendet."],
        "kennel": ["Bruno sitzt in Box {v}, bis der Anstrich trocken ist."],
        "animal_weight": ["Gewicht bei Aufnahme: {v}."],
        "shift": ["Schicht am Samstag: {v}."],
        "plate": ["Der Kühltransporter ({v}) steht wieder auf dem Hof."],
        "fridge_temp": ["Kühlraum bei Schichtende: {v}."],
        "food_weight": ["Heute wurden {v} Lebensmittel gerettet."],
        "occupancy": ["Belegung heute Nacht: {v} Betten."],
        "ean13": ["Der Artikel mit EAN {v} ist keine Spende, sondern Eigenbedarf der Küche."],
        "hours_total": ["Ehrenamtliche Stunden im letzten Jahr: {v}."],
    },
    "LIST_HEADS": ["Telefonliste Helfende", "Kontakte am Aktionstag", "Wer ist erreichbar?"],
    "LABELS": ["Lager", "Fahrdienst", "Küche", "Tierarzt", "Koordination", "Kasse"],
}

FR = {
    "GENRES": {
        "foodbank": {
            "titles": ["Banque alimentaire – collecte du week-end", "Épicerie solidaire : infos bénévoles"],
            "lines": [
                "Les produits frais partent en premier, merci de vérifier les dates avant la distribution.",
                "La collecte au supermarché commence à 9 h ; gilets orange obligatoires.",
                "Les familles inscrites cette semaine reçoivent aussi un colis d'hygiène.",
            ],
            "phone": [
                "Pour renforcer l'équipe de tri, appelez {name} au {p}.",
                "Le chauffeur du camion frigorifique est joignable au {p}.",
                "Une question sur les inscriptions ? Le {p} répond du lundi au jeudi.",
            ],
        },
        "shelter": {
            "titles": ["Accueil de nuit – consignes", "Maraude du jeudi : compte rendu"],
            "lines": [
                "Les couvertures propres sont dans l'armoire du couloir.",
                "La maraude passe par la gare puis par le parc vers 22 h.",
                "Merci de noter dans le cahier toute situation inhabituelle.",
            ],
            "phone": [
                "Le responsable d'astreinte cette nuit est {name}, au {p}.",
                "Si quelqu'un a besoin d'une place, appelez le {p} avant 20 h.",
                "Pour échanger une permanence, voyez directement avec {name} ({p}).",
            ],
        },
        "rescue": {
            "titles": ["Refuge – familles d'accueil recherchées", "Association féline : journée d'adoption"],
            "lines": [
                "Tous les chats sont identifiés, vaccinés et stérilisés avant l'adoption.",
                "Une visite de pré-adoption est faite par deux bénévoles.",
                "Les dons de croquettes sont les bienvenus, même entamés.",
            ],
            "phone": [
                "Vous trouvez un animal errant ? Appelez le refuge au {p}.",
                "Familles d'accueil : {name} répond à vos questions au {p}.",
                "Pour un rendez-vous d'adoption, le {p} fonctionne le mercredi et le samedi.",
            ],
        },
        "blooddrive": {
            "titles": ["Collecte de sang à la salle des fêtes", "Don du sang : bénévoles pour la collation"],
            "lines": [
                "Ne venez pas à jeun et pensez à votre pièce d'identité.",
                "Un premier don prend environ une heure en comptant l'entretien.",
                "La collation est offerte par la boulangerie du village.",
            ],
            "phone": [
                "Prenez rendez-vous au {p} ou directement sur place.",
                "{name} coordonne les bénévoles de la collation : {p}.",
                "En cas de malaise après le don, appelez le {p}.",
            ],
        },
        "fundraiser": {
            "titles": ["Loto solidaire – organisation", "Course caritative : dernières infos"],
            "lines": [
                "Les cartons sont à 3 € l'unité ou 10 € les quatre.",
                "Le parcours de 8 km longe la rivière ; prévoyez de bonnes chaussures.",
                "Les lots de la tombola sont exposés à l'entrée.",
            ],
            "phone": [
                "Inscriptions des équipes auprès de {name} au {p}.",
                "Les signaleurs gardent le {p} sous la main : c'est la tente d'arrivée.",
                "Pour offrir un lot, un simple appel au {p} suffit.",
            ],
        },
    },
    "INTL": [
        "Notre association partenaire à l'étranger : {p}.",
        "{name}, qui accompagne le convoi, est au {p}.",
    ],
    "OTHER": ["Le numéro vert des donateurs est le {p}.", "Écoute gratuite et anonyme : {p}."],
    "EMAIL": ["Envoyez vos disponibilités à {e}.", "Les reçus fiscaux sont gérés par {name} : {e}."],
    "CARD": ["Le don par carte {c} a été débité deux fois, merci de rembourser."],
    "IBAN": ["Virements mensuels sur le compte {i}.", "Remboursement des frais de bénévoles depuis {i}."],
    "IP": ["La borne de dons du hall est en {ip}.", "Des tentatives de connexion répétées venaient de {ip}."],
    "NEG": {
        "rna": ["Association loi 1901, RNA {v}."],
        "donation_total": ["Le loto a rapporté {v}."],
        "microchip": ["Puce électronique {v}, déclarée à l'I-CAD."],
        "shift": ["Permanence du samedi : {v}."],
        "food_weight": ["La collecte a rassemblé {v} de denrées."],
        "kennel": ["Oscar est au box {v} le temps de sa quarantaine."],
        "hemoglobin": ["Hémoglobine mesurée : {v}."],
        "best_before": ["Les yaourts avec une DLC au {v} partent aujourd'hui."],
        "meals": ["Repas servis depuis janvier : {v}."],
        "animal_weight": ["Poids à l'arrivée : {v}."],
    },
    "LIST_HEADS": ["Contacts bénévoles", "Qui appeler le jour J", "Téléphones de l'équipe"],
    "LABELS": ["Entrepôt", "Camion", "Cuisine", "Vétérinaire", "Coordination", "Trésorerie"],
}

ES = {
    "GENRES": {
        "foodbank": {
            "titles": ["Banco de alimentos – gran recogida", "Despensa solidaria: avisos para voluntarios"],
            "lines": [
                "Este sábado necesitamos manos para clasificar legumbres y conservas.",
                "Los lotes para familias con bebés llevan leche de fórmula y pañales.",
                "Por favor, revisad las fechas de caducidad antes de montar las cajas.",
            ],
            "phone": [
                "Si puedes conducir la furgoneta, llama a {name} al {p}.",
                "Dudas sobre el reparto del jueves: {p}.",
                "Las tiendas que quieran donar pueden avisar al {p}.",
            ],
        },
        "shelter": {
            "titles": ["Albergue municipal – turno de noche", "Comedor social: relevo de voluntarios"],
            "lines": [
                "Las mantas limpias están en el armario del pasillo.",
                "La cena se sirve a las ocho y media; el café, a partir de las siete.",
                "Anotad cualquier incidencia en el cuaderno de la entrada.",
            ],
            "phone": [
                "Esta noche está de guardia {name}, localizable en el {p}.",
                "Para cambiar un turno, hablad con {name} ({p}).",
                "Si falta una plaza, el albergue de apoyo atiende en el {p}.",
            ],
        },
        "rescue": {
            "titles": ["Protectora – casas de acogida", "Jornada de adopción de perros"],
            "lines": [
                "Todos los perros se entregan con chip, vacunas y desparasitados.",
                "Antes de adoptar hacemos una visita a la casa con dos voluntarios.",
                "Aceptamos pienso, mantas y correas en buen estado.",
            ],
            "phone": [
                "¿Has encontrado un animal perdido? Llama a la protectora al {p}.",
                "Las casas de acogida pueden consultar a {name} en el {p}.",
                "Citas para conocer a los perros: {p}, de martes a sábado.",
            ],
        },
        "fundraiser": {
            "titles": ["Carrera solidaria – información final", "Mercadillo benéfico del barrio"],
            "lines": [
                "El dorsal cuesta diez euros y todo va al comedor social.",
                "Los premios de la rifa se entregan a partir de las seis.",
                "Cada puesto del mercadillo tiene una mesa y dos sillas.",
            ],
            "phone": [
                "Inscripciones de equipos con {name}, en el {p}.",
                "Los voluntarios del recorrido deben guardar el {p}: es la carpa de meta.",
                "Si quieres donar un premio, llama al {p}.",
            ],
        },
    },
    "INTL": [
        "La ONG socia en el extranjero atiende en el {p}.",
        "{name}, que va con el convoy, tiene el {p}.",
    ],
    "OTHER": ["Línea gratuita para donantes: {p}.", "Atención gratuita a familias: {p}."],
    "EMAIL": ["Mandad vuestra disponibilidad a {e}.", "Los certificados de donación los envía {name}: {e}."],
    "CARD": ["El donativo con la tarjeta {c} se cobró dos veces."],
    "IBAN": ["Cuenta para donativos: {i}.", "Devolved la inscripción a la cuenta {i}."],
    "IP": [
        "El terminal de donaciones de la entrada tiene la IP {ip}.",
        "Los accesos fallidos al portal venían de {ip}.",
    ],
    "NEG": {
        "cif": ["Asociación sin ánimo de lucro, CIF {v}."],
        "donation_total": ["La carrera recaudó {v}."],
        "microchip": ["Número de microchip: {v}."],
        "shift": ["Turno de mañana: {v}."],
        "food_weight": ["La gran recogida sumó {v} en nuestro punto."],
        "bib": ["El dorsal {v} ganó el premio al mejor disfraz."],
        "best_before": ["Lo que caduque el {v} se reparte primero."],
        "occupancy": ["Plazas ocupadas anoche: {v}."],
        "animal_weight": ["Peso al llegar: {v}."],
    },
    "LIST_HEADS": ["Contactos del voluntariado", "Teléfonos del día", "A quién llamar"],
    "LABELS": ["Almacén", "Furgoneta", "Cocina", "Veterinaria", "Coordinación", "Tesorería"],
}
