"""German, French, Spanish and Italian sentences for v118 (radio clubs, repair cafés, maker spaces)."""

DE = {
    "repeater": {
        "titles": ["Relaisfunkstelle – Betriebsinfo", "Neues vom Relais", "Infoblatt Umsetzer"],
        "pos": [
            "Störungen am Relais bitte an den Relaisverantwortlichen {name}, Tel. {P}.",
            "Die Steuerung ist über {IP} im HAMNET erreichbar, nicht aus dem Internet.",
            "Standortschlüssel gibt es beim Hausmeister des Wasserturms – vorher unter {P} anmelden.",
            "Rückmeldungen zur Reichweite gern per Mail an {E}.",
        ],
        "neg": [
            "Ausgabe {n:repeater-frequency}, Ablage {n:offset-and-tone}.",
            "Antenne auf {n:elevation}, Standort {n:coordinates}.",
            "Netzteil getauscht: {n:psu-rating}, Sicherung {n:fuse-rating}.",
        ],
    },
    "contest": {
        "titles": ["Contestbericht des OV", "Logabgabe Fieldday-Contest", "Ergebnisse und Rückfragen"],
        "pos": [
            "Rückfragen des Logprüfers beantwortet unser Contestmanager unter {P}.",
            "Wer im nächsten Jahr mitfunken will, meldet sich bei {name} ({E}).",
            "Für die Nachtschicht suchen wir noch zwei OPs – Anruf genügt: {P}.",
        ],
        "neg": [
            "Ergebnis: {n:contest-score}, Rapport wie {n:contest-exchange}.",
            "Standort {n:grid-locator}, {n:cq-itu-zones}.",
            "Bestes QSO um {n:qso-timestamp}.",
        ],
    },
    "repaircafe": {
        "titles": ["Repair-Café: Annahmezettel", "Reparaturtreff im Gemeindehaus", "Rückblick Repair-Café"],
        "pos": [
            "Ihr Staubsauger wartet auf ein Ersatzteil; wir rufen Sie unter {P} an, sobald es da ist.",
            "Spenden für Ersatzteile gern per Überweisung auf {IBAN}, Verwendungszweck „Repair-Café“.",
            "Termine für große Geräte bitte vorab unter {P} absprechen.",
            "Ehrenamtliche Reparateure melden sich bei {name}: {E}.",
        ],
        "neg": [
            "Waschmaschine {n:appliance-e-nr}: Heizstab gemessen {n:resistance-reading}, defekt.",
            "Sicherheitsprüfung nach der Reparatur: {n:mains-reading}.",
            "Ersetzt: Feinsicherung {n:fuse-rating}, Elko {n:component-value}.",
        ],
    },
    "hackerspace": {
        "titles": ["Willkommen im Hackspace", "Einweisung Lasercutter", "Mitgliedsinfo"],
        "pos": [
            "Chip verloren? Der Türadmin ist unter {P} erreichbar und sperrt den alten.",
            "Der Mitgliedsbeitrag wird per Lastschrift eingezogen; Vereinskonto {IBAN}.",
            "Das Wiki und die Druckerwarteschlange laufen auf {IP}.",
            "Fragen zur Werkstatt an {E}.",
        ],
        "neg": [
            "Mitglied {n:member-number}, Schlüsselchip {n:rfid-fob}.",
            "Standardprofil PETG: {n:print-settings}.",
            "Bauteile liegen in Fach {n:bin-location}.",
        ],
    },
    "surplus": {
        "titles": ["Restposten Elektronik", "Bestellbestätigung", "Flohmarkt-Angebot"],
        "pos": [
            "Bezahlt mit Karte {CARD}; Versand am Montag, Sendungsnummer per SMS an {P}.",
            "Abholung im Lager nach Anruf unter {P}.",
            "Großmengen und Angebote über {E}.",
        ],
        "neg": [
            "{n:part-number}, Datumscode {n:date-code}, {n:price-quantity} €.",
            "Paket: {n:parcel-dimensions}, EAN {n:ean-barcode}.",
        ],
    },
    "fieldday": {
        "titles": ["Fieldday am Wochenende", "Portabelbetrieb – Planung", "Aktivierung auf dem Berg"],
        "pos": [
            "Wer später kommt, ruft bitte den Platzverantwortlichen an: {P}.",
            "Oben gibt es kein Netz; Notfallkontakt im Tal ist {name}, {P}.",
            "Bilder und Logs nachher an {E}.",
        ],
        "neg": [
            "Wir aktivieren {n:park-summit-reference} aus {n:grid-locator}.",
            "ISS-Überflug: {n:satellite-pass}.",
        ],
    },
    "emcomm": {
        "titles": ["Notfunk-Übung", "Alarmierungsliste Notfunk", "Einsatzbesprechung"],
        "pos": [
            "Bei Alarmierung bitte innerhalb von 30 Minuten beim Koordinator zurückmelden: {P}.",
            "Der Stab ist während der Übung unter {P} erreichbar.",
            "Übungsberichte bis Freitag an {E}.",
        ],
        "neg": [
            "Sammelpunkt {n:coordinates}, Packet-Radio mit {n:baud-settings}.",
            "Primär {n:repeater-frequency}, DMR {n:talkgroup}.",
        ],
    },
}

FR = {
    "repeater": {
        "titles": ["Relais du radio-club", "Fiche technique du relais", "Nouvelles du relais"],
        "pos": [
            "En cas de panne du relais, prévenez le responsable technique au {P}.",
            "L'accès au point haut se fait avec la mairie ; appelez le {P} la veille.",
            "Les rapports d'écoute sont les bienvenus à {E}.",
        ],
        "neg": [
            "Sortie {n:repeater-frequency}, décalage {n:offset-and-tone}.",
            "Antenne à {n:elevation}, {n:antenna-dimensions}.",
        ],
    },
    "repaircafe": {
        "titles": ["Repair café – fiche d'accueil", "Prochain repair café", "Compte rendu des réparations"],
        "pos": [
            "Votre grille-pain attend une pièce ; nous vous rappellerons au {P}.",
            "Pour les dons, virement possible sur {IBAN}.",
            "Les bénévoles réparateurs s'inscrivent auprès de {name} : {E}.",
            "Pour un gros appareil, prenez rendez-vous au {P}.",
        ],
        "neg": [
            "Lave-linge {n:appliance-e-nr} : résistance mesurée {n:resistance-reading}.",
            "Contrôle de sécurité : {n:mains-reading}.",
        ],
    },
    "hackerspace": {
        "titles": ["Bienvenue au fablab", "Réservation de la découpeuse laser", "Guide du membre"],
        "pos": [
            "Badge perdu ? Appelez l'administrateur au {P}.",
            "Le wiki et la file d'impression tournent sur {IP}.",
            "Questions sur l'atelier : {E}.",
        ],
        "neg": [
            "Membre {n:member-number}, badge {n:rfid-fob}.",
            "Profil PLA : {n:print-settings}.",
        ],
    },
    "surplus": {
        "titles": ["Déstockage électronique", "Confirmation de commande", "Stand au salon radioamateur"],
        "pos": [
            "Payé par carte {CARD} ; le suivi vous sera envoyé par SMS au {P}.",
            "Retrait sur place possible, appelez d'abord le {P}.",
            "Devis pour les quantités : {E}.",
        ],
        "neg": [
            "{n:part-number}, code date {n:date-code}, {n:price-quantity} €.",
            "Colis : {n:parcel-dimensions}.",
        ],
    },
    "exam": {
        "titles": ["Session d'examen radioamateur", "Préparation à la licence", "Cours du soir"],
        "pos": [
            "Inscriptions auprès du formateur {name} au {P}.",
            "Les supports de cours sont envoyés depuis {E}.",
            "Le jour de l'examen, en cas de retard, appelez le {P}.",
        ],
        "neg": [
            "Manuel de référence : ISBN {n:isbn}.",
            "Certificat {n:licence-certificate}.",
        ],
    },
    "fieldday": {
        "titles": ["Activation en portable", "Journée de démonstration", "Sortie sur le terrain"],
        "pos": [
            "Le responsable du site, {name}, est joignable au {P}.",
            "Photos et logs à envoyer à {E}.",
            "Pas de réseau en haut : contact de secours au {P}.",
        ],
        "neg": [
            "Référence {n:park-summit-reference}, locator {n:grid-locator}.",
            "Passage ISS : {n:satellite-pass}.",
        ],
    },
}

ES = {
    "repeater": {
        "titles": ["Repetidor del radioclub", "Ficha del repetidor", "Aviso sobre el repetidor"],
        "pos": [
            "Si el repetidor se queda enganchado, avisad al responsable en el {P}.",
            "El panel de control está en {IP}, solo desde la red del club.",
            "Informes de cobertura a {E}.",
        ],
        "neg": [
            "Salida {n:repeater-frequency}, desplazamiento {n:offset-and-tone}.",
            "Ubicación {n:coordinates}, {n:elevation}.",
        ],
    },
    "contest": {
        "titles": ["Resultados del concurso", "Envío de logs", "Crónica del concurso"],
        "pos": [
            "Para dudas sobre el log, llamad al coordinador al {P}.",
            "Los operadores del turno de noche confirman con {name} en el {P}.",
            "Fotos y crónicas a {E}.",
        ],
        "neg": [
            "Resultado: {n:contest-score}; intercambio {n:contest-exchange}.",
            "Desde {n:grid-locator}, {n:cq-itu-zones}.",
        ],
    },
    "repaircafe": {
        "titles": ["Café de reparación", "Ficha de recepción", "Próxima jornada de reparación"],
        "pos": [
            "Te llamaremos al {P} cuando llegue la pieza de la tostadora.",
            "Donativos para repuestos por transferencia a {IBAN}.",
            "Para aparatos grandes, reserva hora en el {P}.",
        ],
        "neg": [
            "Lavadora {n:appliance-e-nr}: resistencia {n:resistance-reading}.",
            "Prueba de seguridad: {n:mains-reading}.",
        ],
    },
    "surplus": {
        "titles": ["Saldos de electrónica", "Confirmación de pedido", "Mercadillo de radio"],
        "pos": [
            "Pagado con tarjeta {CARD}; te mandamos el seguimiento al {P}.",
            "Recogida en el almacén llamando antes al {P}.",
            "Presupuestos por volumen: {E}.",
        ],
        "neg": [
            "{n:part-number}, código de fecha {n:date-code}, {n:price-quantity} €.",
            "Bulto: {n:parcel-dimensions}.",
        ],
    },
    "emcomm": {
        "titles": ["Red de emergencias", "Simulacro de comunicaciones", "Lista de activación"],
        "pos": [
            "En caso de activación, confirma disponibilidad al coordinador en el {P}.",
            "El centro de coordinación atiende en el {P} durante el simulacro.",
            "Informes del ejercicio a {E}.",
        ],
        "neg": [
            "Punto de encuentro {n:coordinates}; packet a {n:baud-settings}.",
            "Frecuencia principal {n:repeater-frequency}.",
        ],
    },
}

IT = {
    "repeater": {
        "titles": ["Ponte ripetitore della sezione", "Scheda del ponte", "Novità sul ripetitore"],
        "pos": [
            "Guasti o disturbi sul ponte: avvisare il responsabile al {P}.",
            "Per salire al sito serve la chiave del comune, chiamare il {P} il giorno prima.",
            "Segnalazioni di copertura a {E}.",
        ],
        "neg": [
            "Uscita {n:repeater-frequency}, shift {n:offset-and-tone}.",
            "Antenna a {n:elevation}, {n:coordinates}.",
        ],
    },
    "contest": {
        "titles": ["Risultati del contest", "Invio dei log", "Resoconto della gara"],
        "pos": [
            "Per chiarimenti sul log il referente è raggiungibile al {P}.",
            "Chi vuole un turno di notte scriva a {E}.",
            "Il gruppo elettrogeno lo porta {name}; coordinatevi al {P}.",
        ],
        "neg": [
            "Punteggio: {n:contest-score}; rapporto {n:contest-exchange}.",
            "Locatore {n:grid-locator}, {n:cq-itu-zones}.",
        ],
    },
    "repaircafe": {
        "titles": ["Repair café di quartiere", "Scheda di accettazione", "Prossimo incontro di riparazione"],
        "pos": [
            "Il tostapane aspetta un pezzo; la richiameremo al {P}.",
            "Offerte per i ricambi con bonifico su {IBAN}.",
            "Per elettrodomestici grandi prenotate al {P}.",
        ],
        "neg": [
            "Lavatrice {n:appliance-e-nr}: resistenza {n:resistance-reading}.",
            "Verifica di sicurezza: {n:mains-reading}.",
        ],
    },
    "fieldday": {
        "titles": ["Attivazione in portatile", "Field day della sezione", "Uscita in montagna"],
        "pos": [
            "Chi arriva tardi chiami il responsabile del campo al {P}.",
            "In vetta non c'è campo: contatto di emergenza {name}, {P}.",
            "Foto e log a {E}.",
        ],
        "neg": [
            "Referenza {n:park-summit-reference}, locatore {n:grid-locator}.",
            "Passaggio ISS: {n:satellite-pass}.",
        ],
    },
    "surplus": {
        "titles": ["Surplus elettronico", "Conferma d'ordine", "Banco alla mostra mercato"],
        "pos": [
            "Pagato con carta {CARD}; il tracking arriverà per SMS al {P}.",
            "Ritiro in magazzino previa telefonata al {P}.",
            "Preventivi per quantità: {E}.",
        ],
        "neg": [
            "{n:part-number}, date code {n:date-code}, {n:price-quantity} €.",
            "Collo: {n:parcel-dimensions}.",
        ],
    },
}

LOCAL_DE = [
    "Aus dem {town}er Ortsnetz erreichen Sie das Clubheim direkt unter {L1}.",
    "Im Stadtgebiet {town} genügt für die Werkstatt die {L1}, für den Vorsitzenden die {L2}.",
    "Ortsgespräch in {town}? Dann einfach {L1} wählen.",
]
HEADS = {
    "de": ["Telefonliste des Ortsverbands", "So erreichen Sie uns"],
    "fr": ["Annuaire du radio-club", "Joindre l'équipe"],
    "es": ["Contactos del radioclub", "A quién llamar"],
    "it": ["Recapiti della sezione", "Chi chiamare"],
}
LABELS = {
    "de": ["Vorsitz", "Relaisbetreuer", "Kassenwart", "Werkstatt", "Notfunkreferent", "QSL-Vermittlung"],
    "fr": ["Président", "Responsable relais", "Trésorier", "Atelier", "Formateur"],
    "es": ["Presidente", "Responsable del repetidor", "Tesorería", "Taller", "Coordinador"],
    "it": ["Presidente", "Responsabile ponte", "Tesoriere", "Laboratorio", "Segreteria"],
}
