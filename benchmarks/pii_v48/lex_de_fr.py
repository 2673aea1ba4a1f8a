"""German and French text for v48."""

DE = {
    "G": {
        "menu": {
            "title": [
                "Gasthaus zur Linde – Speisekarte",
                "Wirtshaus am Markt · Mittagstisch",
                "Unsere Abendkarte",
            ],
            "body": [
                "{n:menu_no} Schweinebraten mit Kloß und Blaukraut, Allergene: {n:allergens}.",
                "Rinderfilet {n:cut_weight}, Preis nach Gewicht ({n:price_weight}).",
                "Menü am Abend {n:per_head}, Tisch {n:table} ist für Stammgäste reserviert.",
                "Zusatzstoffe in Getränken: {n:e_number}.",
            ],
        },
        "preorder": {
            "title": [
                "Metzgerei Haller – Vorbestellung Weihnachten",
                "Bäckerei-Bestellschein",
                "Osterbestellung",
            ],
            "body": [
                "Gans {n:cut_weight}, Identitätskennzeichen {n:health_mark}.",
                "Stollen, {n:servings} Stück je Blech, im Ofen bei {n:oven}.",
                "Eier mit Stempel {n:egg_code}, mindestens haltbar bis {n:best_before}.",
                "Ihr Abholbon: {n:receipt}. Charge {n:lot}.",
            ],
        },
        "rota": {
            "title": ["Dienstplan Betriebskantine KW 14", "Kantine – Schichtplan", "Küchenplan"],
            "body": [
                "Schicht {n:shift}: Ausgabe und Spülküche, Pers.-Nr. {n:staff_id}.",
                "Am Mittwoch rechnen wir mit {n:covers} Essen. Spätschicht {n:shift}.",
                "Kühlraum-Protokoll: {n:fridge_log}, {n:ccp} geprüft.",
            ],
        },
        "notice": {
            "title": ["ALLERGENHINWEIS", "Hygiene-Aushang", "Hinweis für unsere Gäste"],
            "body": [
                "Allergenkennzeichnung nach Buchstaben: {n:allergens}.",
                "Unsere Kontrolle ergab {n:hygiene_score} (Az. {n:hygiene_id}).",
                "Glutenfreie Backwaren unter {n:gluten_ppm}. Enthält {n:e_number}.",
                "Nährwerte je 100 g (Fett / Salz): {n:nutrition}.",
            ],
        },
        "wine": {
            "title": ["Weinprobe im Keller", "Verkostung am Freitag", "Weinhandlung Roth – Probenliste"],
            "body": [
                "Spätburgunder {n:vintage}, {n:abv}, Restzucker {n:sugar}.",
                "Riesling Großes Gewächs {n:vintage}, {n:volume}, Bewertung {n:wine_score}.",
                "Cuvée {n:blend}, Jahrgang {n:vintage}. Probe {n:per_head}.",
            ],
        },
        "truck": {
            "title": ["Foodtruck-Tour diese Woche", "Wochenmarkt: Käsestand Brunner", "Bratwurststand"],
            "body": [
                "Ihr findet uns an Stand {n:stall} neben dem Brunnen.",
                "Bergkäse am Stück {n:price_weight}, Laib-Charge {n:lot}.",
                "Wartemarke {n:deli_ticket} wird gerade bedient. Stempelkarte: {n:stamps}.",
            ],
        },
    },
    "CONTACT": [
        "Reservierung unter {P}.",
        "Bestellungen telefonisch: {P}",
        "Tel. {P} (ab 10 Uhr)",
        "Per WhatsApp: {M}",
        "Fragen zu Allergenen? Küche: {P}",
        "Buchungen auch per Mail: {E}",
        "Kostenlose Bestellhotline {S}",
        "Chef vom Dienst: {M}",
        "Anmeldung: {EP} oder {P}",
    ],
    "LOCAL": [
        "Aus {T} ohne Vorwahl: {L}.",
        "In {T} einfach {L} anrufen.",
        "{T}: Laden {L}, Backstube {L2}.",
        'Auf der Tüte steht: "{T} {L}".',
        "Für {T} und Umgebung: {L} (Bestellung), {L2} (Partyservice).",
        "Wer in {T} wohnt, wählt {L}.",
    ],
    "PII": {
        "card": ["Anzahlung per Karte {C}."],
        "iban": ["Anzahlung bitte auf IBAN {I}.", "Überweisung an {I}, Verwendungszweck Name."],
        "ip": ["Bondrucker Küche: {IP}.", "Kassensystem im Netz unter {IP}."],
    },
    "LIST_HEAD": ["Nummern an der Küchentür:", "Lieferanten:", "Wen anrufen?"],
    "LIST_LABELS": ["Getränkelieferant", "Gemüse", "Küchenchef", "Schichtleitung", "Bäcker", "Fischhändler"],
    "CLOSE": [
        "Guten Appetit!",
        "Wir freuen uns auf Sie.",
        "Alle Preise inkl. MwSt.",
        "Bitte Allergien angeben.",
    ],
    "NEGCLOSE": ["Bestellung nur im Laden.", "Fragen Sie unser Personal.", "Reservierung an der Theke."],
}

FR = {
    "G": {
        "booking": {
            "title": ["Réserver une table", "Réservations — Le Petit Zinc", "Salle privatisable"],
            "body": [
                "Votre référence de réservation : {n:booking_ref}. Table {n:table} en terrasse.",
                "La salle compte {n:covers} couverts ; menu de groupe à {n:per_head}.",
                "Avis clients : {n:review_count}.",
            ],
        },
        "takeaway": {
            "title": ["Pizzeria Da Marco — à emporter", "Sushi Express, livraison 7j/7", "Kebab du Port"],
            "body": [
                "{n:menu_no} Pizza reine, base tomate, {n:energy}.",
                "Code {n:promo} sur votre première commande, retrait en {n:eta}.",
                "Formule {n:menu_no} : plat + dessert + boisson {n:volume}.",
            ],
        },
        "wine": {
            "title": ["Dégustation à la cave", "Soirée vins du Rhône", "Cave des Halles — dégustation"],
            "body": [
                "Côte-Rôtie {n:vintage}, {n:abv}, noté {n:wine_score}.",
                "Assemblage {n:blend} grenache/syrah, millésime {n:vintage}, {n:volume}.",
                "Vouvray demi-sec {n:vintage}, sucres résiduels {n:sugar}.",
            ],
        },
        "cookclass": {
            "title": ["Atelier cuisine — inscription", "Cours de pâtisserie", "Atelier pain au levain"],
            "body": [
                "Séance {n:class_size} : pâte feuilletée, prévoir {n:recipe_qty} de beurre.",
                "Cuisson à {n:oven} pendant {n:bake_time}, pour {n:servings} personnes.",
            ],
        },
        "review": {
            "title": ["Critique : un bistrot qui tient ses promesses", "On a testé la nouvelle crêperie"],
            "body": [
                "Note en ligne {n:review_count}, et une salle de {n:covers} couverts pleine.",
                "Le {n:vintage} servi au verre ({n:abv}) valait le détour ; addition {n:per_head}.",
                "Table {n:table}, plats servis en {n:eta}.",
            ],
        },
        "preorder": {
            "title": ["Boucherie Martin — commandes de fêtes", "Boulangerie : bon de commande"],
            "body": [
                "Chapon {n:cut_weight}, estampille {n:health_mark}.",
                "Œufs marqués {n:egg_code}, DLC {n:best_before}, lot {n:lot}.",
                "Bûche pour {n:servings} parts, ticket {n:receipt}.",
            ],
        },
    },
    "CONTACT": [
        "Réservation au {P}.",
        "Commandes par téléphone : {P}",
        "Tél. {P} (de 11 h à 22 h)",
        "SMS ou WhatsApp : {M}",
        "Allergies ? Appelez la cuisine au {P}.",
        "Par courriel : {E}",
        "Numéro vert commandes : {S}",
        "Le chef : {M}",
        "Inscriptions : {EP} ou {P}",
    ],
    "LOCAL": [],
    "PII": {
        "card": ["Empreinte bancaire : carte {C}."],
        "iban": ["Acompte par virement : IBAN {I}."],
        "ip": ["Imprimante cuisine : {IP}."],
    },
    "LIST_HEAD": ["Numéros affichés en cuisine :", "Fournisseurs :"],
    "LIST_LABELS": ["Poissonnier", "Primeur", "Chef", "Gérant", "Boulanger", "Caviste"],
    "CLOSE": ["Bon appétit !", "À bientôt.", "Prix nets, service compris.", "Signalez vos allergies."],
    "NEGCLOSE": ["Commandes sur place uniquement.", "Renseignez-vous au comptoir.", "Sans réservation."],
}
