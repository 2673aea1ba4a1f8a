"""German and French sentences for v46 (same slots as lex_en)."""

DE = {
    "parish": {
        "title": ["Pfarrbrief St. Ansgar", "Gemeindebrief der Ev. Kirchengemeinde", "Aus dem Pfarrbüro"],
        "phone": [
            "Das Pfarrbüro ist dienstags und donnerstags besetzt; Messintentionen nehmen wir unter {P} an.",
            "Für Krankenkommunion und Hausbesuche erreichen Sie Pfarrer {NAME} unter {P}.",
            "Wer zum Gottesdienst abgeholt werden möchte, meldet sich bitte beim Fahrdienst: {P}.",
        ],
        "neg": [
            "Lesung: {N:bible}. Wir singen {N:hymn}.",
            "Antwortpsalm: {N:psalm}; Gottesdienste: {N:masstimes}.",
            "Taufbescheinigungen bitte mit Angabe von {N:register} anfordern.",
        ],
    },
    "funeral": {
        "title": ["Traueranzeige", "Nachruf", "In stiller Trauer"],
        "phone": [
            "Die Trauerfeier richtet das Bestattungshaus {NAME} aus, Tel. {P}.",
            "Statt Blumen bitten wir um eine Spende; Auskunft erteilt das Bestattungshaus unter {P}.",
        ],
        "neg": [
            "{NAME} {N:lifespan}",
            "Die Urnenbeisetzung findet im Grabfeld {N:plot} statt.",
            "Trauerfeier um {N:clock} in der Friedhofskapelle, Eingang {N:gate}.",
        ],
    },
    "wedding": {
        "title": ["Wir heiraten!", "Einladung zur Taufe", "Save the Date"],
        "phone": [
            "Bitte gebt bis Ende Mai Bescheid, ob ihr kommt: {NAME}, {P} (gern auch per WhatsApp).",
            "Fragen zum Ablauf beantwortet unser Trauzeuge unter {P}.",
        ],
        "neg": [
            "Eure Plätze findet ihr an {N:table}; unser Wunschzettel: {N:giftlist}.",
            "Eingeladen sind {N:guests}; die Trauung beginnt um {N:clock}.",
        ],
    },
    "festival": {
        "title": ["Programmheft Sommerfestival", "Orgelsommer - Konzertprogramm", "Stadtfest-Bühnenplan"],
        "phone": [
            "Fundbüro und Sanitätsdienst auf dem Gelände: {P}.",
            "Standanfragen für das nächste Jahr nimmt das Festivalbüro unter {P} entgegen.",
        ],
        "neg": [
            "Nach der Pause: {N:opus} und {N:opus}.",
            "Einlass {N:clock}, das Gelände fasst {N:capacity}.",
            "Der Auftritt dauert {N:setlen}, die Zugabe {N:duration}.",
        ],
    },
    "boxoffice": {
        "title": ["Theaterkasse", "Ihre Buchungsbestätigung", "Kartenvorverkauf"],
        "phone": [
            "Telefonischer Vorverkauf ab 10 Uhr unter {P}.",
            "Sind Ihre Print@home-Tickets nicht angekommen? Rufen Sie die Kasse unter {P} an.",
        ],
        "neg": [
            "Ihr Platz: {N:seat}; Buchungsnummer {N:bookref}.",
            "Preis: {N:price}. Zugang über {N:gate}.",
            "Bitte zeigen Sie am Einlass diesen Code vor: {N:barcode} ({N:eventcode}).",
        ],
    },
    "listings": {
        "title": ["Kinoprogramm dieser Woche", "Spielplan Stadttheater"],
        "phone": [
            "Kartenreservierung für alle Säle: {P}.",
            "Vorstellungen mit Audiodeskription buchen Sie unter {P}.",
        ],
        "neg": [
            "{N:screen}: der neue Krimi ({N:rating}, {N:runtime}), {N:showtimes}.",
            "Gezeigt in {N:format}; Einlass 20 Minuten vor Beginn.",
        ],
    },
    "radio": {
        "title": ["Hörertelefon - Ablaufplan", "Quizabend - Moderationstext"],
        "phone": [
            "MODERATOR: Die Leitungen sind offen - rufen Sie an unter {P}, ich wiederhole: {PR}.",
            "MODERATOR: Schicken Sie Ihre Antwort per SMS an {P}.",
        ],
        "neg": [
            "MODERATOR: Sie hören uns auf {N:frequency}. Um {N:timecode} kommt der Verkehr.",
            "MODERATOR: Nach der vierten Runde {N:quizscore}.",
        ],
    },
    "raffle": {
        "title": ["Tombola beim Pfarrfest", "Gewinnliste der Weihnachtsverlosung"],
        "phone": ["Gewinne, die heute nicht abgeholt werden, bitte bis Ostern bei {NAME} melden: {P}."],
        "neg": [
            "Hauptgewinn: {N:raffle}; zweiter Preis: {N:raffle}.",
            "Ziehung {N:drawno}: {N:lotto}.",
            "Lose gibt es für {N:prizeprice}.",
        ],
    },
    "venue": {
        "title": ["Saalvermietung", "Ihr Catering-Angebot"],
        "phone": [
            "Reservierungen halten wir sieben Tage; bestätigen Sie telefonisch unter {P}.",
            "Änderungen bei Allergien bitte spätestens zehn Tage vorher an die Küche: {P}.",
        ],
        "neg": ["Der Gartensaal misst {N:roomsize} und bietet Platz für {N:guests}.", "Menü B: {N:perhead}."],
    },
    "sitter": {
        "title": ["Zettel für den Babysitter", "Hinweise für die Katzensitterin"],
        "phone": [
            "Im Notfall zuerst mich anrufen ({P}), dann Oma ({P}).",
            "Tierärztlicher Notdienst am Wochenende: {P}.",
        ],
        "neg": [
            "Chipnummer von Minka: {N:microchip}.",
            "Medikament: {N:dose}. Schlafenszeit {N:clock}.",
            "Wie besprochen {N:rate}.",
        ],
    },
}
DE_LOCAL = [
    "Aus {T} selbst genügt die {L}.",
    "Im {T}er Ortsnetz: {L} (Pfarrbüro) oder {L} (Küster).",
    "Wer in {T} wohnt, wählt einfach {L}.",
    "Telefon (Ortsnetz {T}): {L}.",
    "Innerorts {T} ohne Vorwahl: {L}.",
]
DE_LIST = ["Wichtige Nummern", "Ansprechpartner", "Telefonliste"]
DE_LABELS = ["Pfarrbüro", "Küster", "Kasse", "Bühne", "Catering", "Fundbüro", "Organist", "Hausmeister"]
DE_EMAIL = ["Zusagen und Rückfragen gern per Mail: {E}.", "Beiträge für den nächsten Pfarrbrief an {E}."]
DE_CARD = ["Die Anzahlung wurde mit der Karte {C} (gültig bis 08/27) bezahlt."]
DE_IBAN = ["Geldgeschenke: IBAN {IBAN}.", "Spenden bitte auf {IBAN} (Stichwort Orgel)."]
DE_IP = ["Bestellung online von {IP} um 10:02 Uhr."]

FR = {
    "parish": {
        "title": ["Feuille paroissiale", "Bulletin de la communauté protestante", "Annonces de la semaine"],
        "phone": [
            "Le secrétariat paroissial est ouvert le mardi et le vendredi : {P}.",
            "Pour une visite aux malades, joindre le père {NAME} au {P}.",
            "Covoiturage pour la messe du dimanche : appelez {P}.",
        ],
        "neg": [
            "Lectures : {N:bible} ; chant d'envoi : {N:hymn}.",
            "Psaume : {N:psalm}. Messes : {N:masstimes}.",
            "Pour un extrait de baptême, indiquez {N:register}.",
        ],
    },
    "funeral": {
        "title": ["Avis de décès", "Remerciements"],
        "phone": [
            "Les obsèques sont organisées par les Pompes funèbres {NAME}, {P}.",
            "Ni fleurs ni couronnes ; renseignements au {P}.",
        ],
        "neg": [
            "{NAME}, {N:lifespan}, {N:aged}.",
            "Inhumation au cimetière, {N:plot}.",
            "La cérémonie aura lieu à {N:clock}.",
        ],
    },
    "wedding": {
        "title": ["Faire-part de mariage", "Baptême de {NAME}"],
        "phone": [
            "Merci de confirmer votre présence avant le 15 mai auprès de {NAME} au {P}.",
            "Le témoin, joignable au {P}, s'occupe des surprises.",
        ],
        "neg": ["Vous êtes placés à {N:table} ; liste de mariage : {N:giftlist}.", "Nous serons {N:guests}."],
    },
    "festival": {
        "title": ["Programme du festival", "Concert d'orgue - programme"],
        "phone": [
            "Objets trouvés et poste de secours : {P}.",
            "Les exposants peuvent joindre l'organisation au {P}.",
        ],
        "neg": [
            "En seconde partie : {N:opus}, puis {N:opus}.",
            "Ouverture des portes {N:clock} ; jauge : {N:capacity}.",
        ],
    },
    "listings": {
        "title": ["Au cinéma cette semaine", "Programme du théâtre"],
        "phone": ["Réservations pour toutes les salles : {P}.", "Séances en audiodescription : {P}."],
        "neg": [
            "{N:screen} : le nouveau polar ({N:rating}, {N:runtime}), séances {N:showtimes}.",
            "Projection en {N:format}.",
        ],
    },
    "radio": {
        "title": ["Libre antenne - conducteur", "Jeu radio - texte de l'animateur"],
        "phone": [
            "ANIMATEUR : Le standard est ouvert, composez le {P}, je répète, le {PR} !",
            "ANIMATEUR : Envoyez A, B ou C par SMS au {P}.",
        ],
        "neg": [
            "ANIMATEUR : Vous nous écoutez sur {N:frequency}. À {N:timecode}, la météo.",
            "ANIMATEUR : Après quatre manches, {N:quizscore}.",
        ],
    },
    "venue": {
        "title": ["Location de salle", "Devis traiteur"],
        "phone": [
            "Pour bloquer la date, appelez notre équipe au {P}.",
            "Allergies : prévenir la cuisine au {P}.",
        ],
        "neg": ["La salle mesure {N:roomsize} et accueille {N:guests}.", "Formule B : {N:perhead}."],
    },
    "sitter": {
        "title": ["Mot pour la baby-sitter", "Consignes pour garder le chien"],
        "phone": [
            "En cas de souci, appelle-moi d'abord ({P}), puis Mamie ({P}).",
            "Vétérinaire de garde : {P}.",
        ],
        "neg": [
            "Puce de Filou : {N:microchip}.",
            "Médicament : {N:dose}. Coucher à {N:clock}.",
            "Comme convenu, {N:rate}.",
        ],
    },
}
FR_LIST = ["Numéros utiles", "Contacts", "Qui appeler"]
FR_LABELS = ["Secrétariat", "Sacristain", "Billetterie", "Régie", "Traiteur", "Accueil", "Organiste"]
FR_EMAIL = ["Écrivez-nous : {E}.", "Réponse par courriel à {E}."]
FR_CARD = ["Acompte réglé par carte {C} (exp. 10/26)."]
FR_IBAN = ["Participation à la cagnotte : IBAN {IBAN}.", "Dons à la paroisse : {IBAN}."]
FR_IP = ["Commande passée depuis l'adresse {IP}."]
