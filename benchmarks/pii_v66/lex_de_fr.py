"""German and French sentences for retail documents."""

DE = {
    "titles": {
        "returns": [
            "Ihre Retoure ist eingegangen",
            "Umtausch an der Kasse",
            "Gutschrift zu Ihrer Rücksendung",
        ],
        "collect": ["Abholbereit in Ihrer Filiale", "Click & Collect – Ihre Bestellung wartet"],
        "loyalty": ["Ihr Kundenkonto: Punktestand", "Neue Kundenkarte"],
        "pawn": ["Pfandschein – Kundenexemplar", "Verlängerung Ihres Pfandkredits"],
        "secondhand": ["Kommissionsware: Abrechnung", "Ankauf bestätigt"],
    },
    "pos": {
        "returns": [
            "Die Jacke ist bei uns angekommen, der Betrag geht zurück auf das Konto {IBAN}. Rückfragen "
            "bitte an "
            "unser Retourenteam unter {NAT}.",
            "Falls die Gutschrift nach einer Woche noch fehlt, schreiben Sie uns an {EMR}.",
            "Für die Abholung des defekten Geräts meldet sich der Fahrer vorher unter Ihrer Nummer {MOB}.",
            "Die Erstattung erfolgt auf die Karte {CC}, mit der Sie bezahlt haben.",
        ],
        "collect": [
            "Ihr Paket liegt an der Info-Theke. Wenn jemand anderes abholt, rufen Sie bitte vorher die "
            "Filiale "
            "an: {NAT}.",
            "Wir schicken eine SMS an {MOB}, sobald alles bereitliegt.",
            "Kostenlose Hotline für Abholfragen: {FREE}.",
        ],
        "loyalty": [
            "Ihre neue Karte ist unterwegs. Bei Verlust sperren wir sie sofort – Anruf genügt: {NAT}.",
            "Den Kontoauszug schicken wir künftig an {EMP}.",
            "Unsere Partnerfilialen im Ausland erreichen Sie unter {INTL}.",
        ],
        "pawn": [
            "Zur Verlängerung des Kredits melden Sie sich bitte vor Fristablauf unter {NAT}.",
            "Zahlungen zur Auslösung bitte auf {IBAN} mit Angabe der Pfandnummer.",
            "Erinnerung per SMS an {MOB} eine Woche vor Ablauf.",
        ],
        "secondhand": [
            "Sobald Ihre Sachen verkauft sind, überweisen wir auf {IBAN}.",
            "Nicht verkaufte Stücke holen Sie nach 8 Wochen ab – kurz anrufen unter {NAT}.",
            "Die Abrechnung geht monatlich an {EMP}.",
        ],
    },
    "neg": {
        "returns": [
            "Artikel {N:ean13}, originalverpackt.",
            "Bon {N:receipt_no}, {N:till_line}.",
            "Erstattungsbetrag {N:price}.",
            "Sendungsnummer der Rücksendung: {N:tracking}.",
        ],
        "collect": [
            "Abholcode: {N:collect_code}.",
            "Schließfach und PIN: {N:locker_code}.",
            "Ihr Zeitfenster: {N:slot}.",
            "Filiale {N:store_no}, PLZ {N:postcode}.",
        ],
        "loyalty": [
            "Punktestand: {N:loyalty_points}.",
            "Gutschein {N:voucher} gilt bis Monatsende.",
            "Ratenzahlung: {N:instalments} monatlich.",
            "Gesammelt am {N:timestamp}.",
        ],
        "pawn": [
            "Pfand: Armband, {N:gold_weight}.",
            "Zins {N:loan_rate}, auslösbar bis {N:redeem_date}.",
            "Pfandschein {N:pawn_ticket}.",
            "Uhr {N:watch_ref}, ohne Box.",
        ],
        "secondhand": [
            "Kommittent {N:consignor}.",
            "Buch: ISBN {N:isbn13}.",
            "Regalpreis {N:unit_price}.",
            "Kommode, {N:dims}.",
            "Lagerplatz {N:bin_loc}.",
        ],
    },
    "local": [
        "Aus dem {TOWN}er Ortsnetz erreichen Sie die Kasse direkt unter {L}.",
        "Filiale {TOWN}, Ortsgespräch:\n{L}",
        "„Wählen Sie einfach {L}“, sagte die Verkäuferin, „Sie sind ja in {TOWN}.“",
        "Annahme {L}, Werkstatt {L} – beides im Ortsnetz {TOWN}, also ohne Vorwahl.",
        "Wer aus {TOWN} anruft, braucht nur die {L}.",
        "Telefon {L} (Ortsnetz {TOWN}; von außerhalb mit Vorwahl).",
    ],
    "heads": ["Telefonnummern im Überblick", "So erreichen Sie uns", "Filialkontakte"],
    "labels": ["Kasse", "Kundendienst", "Abholung", "Filialleitung", "Pfandleihe", "Lager", "Ankauf"],
}

FR = {
    "titles": {
        "returns": ["Votre retour a bien été reçu", "Échange en magasin", "Remboursement de votre article"],
        "collect": ["Votre commande est prête en magasin", "Retrait en boutique – rappel"],
        "loyalty": ["Votre carte de fidélité", "Relevé de points"],
        "secondhand": ["Dépôt-vente : relevé", "Rachat de vos articles"],
    },
    "pos": {
        "returns": [
            "Le remboursement sera effectué sur le compte {IBAN} sous cinq jours ouvrés. Une question ? "
            "Appelez le service retours au {NAT}.",
            "Vous pouvez aussi nous écrire à {EMR} en précisant votre numéro de ticket.",
            "Le transporteur vous préviendra par SMS au {MOB} avant l'enlèvement.",
            "Montant recrédité sur la carte {CC}.",
        ],
        "collect": [
            "Votre colis vous attend à l'accueil. Si quelqu'un d'autre vient le chercher, prévenez le "
            "magasin au "
            "{NAT}.",
            "Numéro gratuit pour le retrait en magasin : {FREE}.",
            "Nous enverrons un SMS au {MOB} dès que tout sera prêt.",
        ],
        "loyalty": [
            "Carte perdue ? Faites-la bloquer au {NAT}, du lundi au samedi.",
            "Vos relevés arriveront désormais à l'adresse {EMP}.",
            "Nos magasins partenaires à l'étranger répondent au {INTL}.",
        ],
        "secondhand": [
            "Le paiement de vos articles vendus sera viré sur {IBAN}.",
            "Pour récupérer les invendus, appelez la boutique au {NAT}.",
            "Votre relevé mensuel est envoyé à {EMP}.",
        ],
    },
    "neg": {
        "returns": [
            "Article {N:ean13}, emballage d'origine.",
            "Ticket {N:receipt_no}.",
            "Montant remboursé : {N:price}.",
            "Suivi du colis retour : {N:tracking}.",
        ],
        "collect": [
            "Code de retrait : {N:collect_code}.",
            "Casier et code : {N:locker_code}.",
            "Créneau : {N:slot}.",
            "Magasin {N:store_no}, code postal {N:postcode}.",
        ],
        "loyalty": [
            "Solde : {N:loyalty_points}.",
            "Bon d'achat {N:voucher} valable jusqu'à la fin du mois.",
            "Paiement en {N:instalments}.",
        ],
        "secondhand": [
            "Déposant {N:consignor}.",
            "Livre : ISBN {N:isbn13}.",
            "Buffet, {N:dims}.",
            "Emplacement {N:bin_loc}.",
            "Montre {N:watch_ref}.",
        ],
    },
    "heads": ["Numéros du magasin", "Pour nous joindre"],
    "labels": ["Accueil", "Service client", "Retrait", "Direction", "Dépôt-vente", "Livraisons"],
}
