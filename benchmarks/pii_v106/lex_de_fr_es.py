"""German, French and Spanish sentences (slots as in lex_en)."""

DE = {
    "TITLES": {
        "shop": ["Aushang: Wettannahme Hauptstraße", "Hinweis zur Auszahlung von Wettscheinen"],
        "lottery": ["Lotto-Annahmestelle – Gewinnauszahlung", "Info für Tippgemeinschaften am Kiosk"],
        "racecourse": ["Renntag – Informationen für Besitzer", "Ihre Tribünenkarte"],
        "trainer": ["Stallbericht für die Besitzer", "Neues aus dem Trainingsquartier"],
        "helpline": ["Spielpause – Hilfe und Beratung", "Ihr Antrag auf Spielersperre"],
    },
    "POS": {
        "shop": [
            "Bei Fragen zu strittigen Abrechnungen erreichen Sie die Filiale unter {P}.",
            "Unser Kundendienst ist kostenlos unter {F} erreichbar oder per Mail an {E}.",
            "Schichtleiter am Wochenende ist {name}, Handy {M}.",
            "Der Wettterminal am Eingang hat die Adresse {IP}; bei Störungen bitte {P} anrufen.",
        ],
        "lottery": [
            "Großgewinne zahlt die Lottogesellschaft aus – Hotline {F}.",
            "Den Gewinn überweisen wir auf {I}, sobald der Spielschein geprüft ist.",
            "Die Annahmestelle erreichen Sie tagsüber unter {P}, Frau {name} auch mobil unter {M}.",
            "Aus dem Ausland wählen Sie bitte {X}.",
        ],
        "racecourse": [
            "Das Rennsekretariat ist unter {P} oder {E} erreichbar.",
            "Für Besitzer aus der Schweiz und Österreich: {X}.",
            "Die Parkplatzeinweisung übernimmt {name} – bei Anreise mit Pferdeanhänger "
            "bitte kurz {M} anrufen.",
            "Die Rechnung für die Loge wurde von Ihrer Karte {C} abgebucht.",
        ],
        "trainer": [
            "Besitzer, die zur Morgenarbeit kommen möchten, melden sich bitte bei {name} unter {M}.",
            "Die Tierarztkosten bitte bis Monatsende auf {I} überweisen.",
            "Im Stallbüro sind wir vormittags unter {P} zu erreichen, Nennungen gern an {E}.",
        ],
        "helpline": [
            "Die Beratung ist anonym und kostenlos: {F}.",
            "Schreiben Sie uns an {E}, wenn Ihnen ein Anruf schwerfällt.",
            "Ihre Ansprechpartnerin {name} ruft Sie von {P} aus zurück.",
            "Angehörige können sich ebenfalls unter {F} melden.",
        ],
    },
    "PLAIN": {
        "shop": [
            "Live-Übertragungen aus drei Ländern laufen auf den Bildschirmen.",
            "Bitte bewahren Sie Ihren Wettschein bis zur Abrechnung auf.",
        ],
        "lottery": [
            "Annahmeschluss ist samstags um 19 Uhr.",
            "Spielscheine können auch am Terminal geprüft werden.",
        ],
        "racecourse": [
            "Die Kassen öffnen eine Stunde vor dem ersten Rennen.",
            "Auf der Haupttribüne gilt freie Platzwahl.",
        ],
        "trainer": [
            "Die Stute hat die Galopparbeit gut verkraftet.",
            "Der Wallach geht nächste Woche wieder auf die Bahn.",
        ],
        "helpline": [
            "Eine Spielersperre gilt für alle zugelassenen Anbieter.",
            "Einzahlungslimits lassen sich im Konto einstellen.",
        ],
    },
    "NEG": [
        "Wettschein {N:betslip}, Quote {N:dec_odds}, Auszahlung {N:prize}.",
        "Die Ziehung brachte {N:lotto_line}.",
        "Startzeit {N:racetime}, Distanz {N:distance}, Gewicht {N:weight}.",
        "Chip-Nummer {N:microchip}, UELN {N:ueln}.",
        "Sperrnummer {N:selfex}, Erlaubnis {N:licence}.",
        "Los {N:scratch}, Annahmestelle {N:retailer}.",
        "Jackpot aktuell {N:jackpot}, Ausschüttungsquote {N:rtp}.",
        "Terminal {N:terminal}, Zeitstempel {N:stamp}.",
        "Dreierwette {N:trifecta}, Totoquote {N:tote}.",
    ],
    "LOCAL": [
        "Wer in {T} wohnt, erreicht die Rennbahnkasse ohne Vorwahl unter {L}.",
        "Aus dem Ortsnetz {T} genügt die {L}.",
        "Für Anrufer aus {T}: Stallbüro {L}, Futtermeister {L}.",
        "Innerhalb von {T} ist die Annahmestelle unter {L} erreichbar.",
        "Ortsgespräch nach {T}? Einfach {L} wählen.",
        "Die Spielhalle in {T} nimmt Reservierungen vor Ort telefonisch unter {L} an.",
    ],
    "LIST_HEADS": ["Telefonliste", "Ansprechpartner am Renntag", "Wichtige Nummern"],
    "LIST_LABELS": ["Rennsekretariat", "Kasse", "Stallbüro", "Hotline", "Filialleitung", "Tierarzt"],
}

FR = {
    "TITLES": {
        "shop": ["Point PMU – informations clients", "Avis aux parieurs"],
        "lottery": ["Bureau de tabac – paiement des gains", "Votre ticket gagnant"],
        "racecourse": ["Journée de courses – accès propriétaires", "Votre badge hippodrome"],
        "helpline": ["Faire une pause dans le jeu", "Votre demande d'interdiction volontaire"],
    },
    "POS": {
        "shop": [
            "Pour toute réclamation sur un pari, appelez le point de vente au {P}.",
            "Le service clients répond au {F} ou par courriel à {E}.",
            "Le gérant, {name}, reste joignable au {M} en cas de panne de la borne.",
            "La borne de jeu est configurée en {IP}.",
        ],
        "lottery": [
            "Les gros lots sont payés par l'opérateur : appelez le {F}.",
            "Le virement du gain sera fait sur {I} après vérification du reçu.",
            "Le buraliste, {name}, est au {P} du mardi au samedi.",
            "Depuis l'étranger, composez le {X}.",
        ],
        "racecourse": [
            "Le secrétariat des courses est au {P} ; les demandes de badge vont à {E}.",
            "Les propriétaires venant de Suisse ou de Belgique peuvent appeler le {X}.",
            "Votre réservation au restaurant panoramique a été réglée par la carte {C}.",
            "Pour le parking des vans, prévenez {name} au {M}.",
        ],
        "helpline": [
            "Un conseiller vous écoute gratuitement au {F}.",
            "Vous pouvez aussi écrire à {E}.",
            "Votre conseillère, {name}, vous rappellera depuis le {P}.",
        ],
    },
    "PLAIN": {
        "shop": [
            "Les courses sont retransmises en direct sur les écrans.",
            "Conservez votre ticket jusqu'au paiement.",
        ],
        "lottery": ["Le tirage a lieu ce soir à 20 h 30.", "Les tickets se vérifient à la borne."],
        "racecourse": [
            "Les portes ouvrent une heure avant la première course.",
            "Tenue correcte exigée en tribune.",
        ],
        "helpline": [
            "L'interdiction volontaire dure trois ans minimum.",
            "Fixer une limite de dépôt peut aider.",
        ],
    },
    "NEG": [
        "Ticket {N:betslip}, cote {N:dec_odds}, gain {N:prize}.",
        "Combinaison du tiercé : {N:trifecta}, rapport {N:tote}.",
        "Tirage : {N:lotto_line}.",
        "Départ à {N:racetime}, distance {N:distance}, corde {N:stall}.",
        "Puce électronique {N:microchip}.",
        "Référence d'interdiction {N:selfex}.",
        "Cagnotte {N:jackpot}, taux de retour {N:rtp}.",
        "Ticket à gratter {N:scratch}, point de vente {N:retailer}.",
    ],
    "LIST_HEADS": ["Numéros pratiques", "Contacts du jour"],
    "LIST_LABELS": ["Secrétariat", "Caisse", "Accueil propriétaires", "Assistance", "Gérant"],
}

ES = {
    "TITLES": {
        "shop": ["Salón de apuestas – aviso a clientes", "Cobro de boletos premiados"],
        "lottery": ["Administración de loterías – pago de premios", "Peña de lotería de Navidad"],
        "racecourse": ["Jornada de carreras – información", "Su abono del hipódromo"],
        "helpline": ["Juego responsable: pide ayuda", "Su solicitud de autoprohibición"],
    },
    "POS": {
        "shop": [
            "Si un boleto no se puede leer, llame al salón al {P}.",
            "Atención al cliente: {F} o {E}.",
            "El encargado de tarde, {name}, atiende en el {M}.",
        ],
        "lottery": [
            "Los premios mayores se cobran en el banco; para dudas, llame al {P}.",
            "Las participaciones de la peña se pagan en {I}.",
            "{name} lleva las cuentas de la peña: {M}.",
            "Para reclamaciones desde el extranjero: {X}.",
        ],
        "racecourse": [
            "Las reservas de palco se hacen en el {P} o en {E}.",
            "El cargo de su abono se hizo a la tarjeta {C}.",
            "Propietarios extranjeros: {X}.",
        ],
        "helpline": [
            "Línea de ayuda gratuita: {F}.",
            "Si prefiere escribir: {E}.",
            "Su psicóloga, {name}, le llamará desde el {P}.",
        ],
    },
    "PLAIN": {
        "shop": ["Las carreras se emiten en directo.", "Guarde el boleto hasta el cobro."],
        "lottery": ["El sorteo se celebra el sábado.", "Cada participación vale cinco euros."],
        "racecourse": [
            "Las puertas abren una hora antes de la primera carrera.",
            "Hay servicio de autobús desde el centro.",
        ],
        "helpline": [
            "La autoprohibición se aplica a todos los operadores.",
            "Puede fijar un límite de depósito.",
        ],
    },
    "NEG": [
        "Boleto {N:betslip}, cuota {N:dec_odds}, premio {N:prize}.",
        "Combinación ganadora: {N:lotto_line}.",
        "Número del décimo {N:decimo}, serie {N:serie}.",
        "Salida a las {N:racetime}, distancia {N:distance}.",
        "Bote acumulado {N:jackpot}.",
        "Referencia de autoprohibición {N:selfex}.",
    ],
    "LIST_HEADS": ["Teléfonos de la jornada", "Contactos de la peña"],
    "LIST_LABELS": ["Secretaría", "Taquilla", "Peña", "Atención al cliente", "Encargado"],
}
