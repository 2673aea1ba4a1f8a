"""German and French sentences for salons, barbers, nail studios, tattoo studios, spas and therapists."""

DE = {
    "HEAD": {
        "salon": ["Ihr Färbetermin", "Erinnerung vom Friseursalon", "Strähnen-Beratung"],
        "barber": ["Barbershop – Hinweis", "Bart & Schnitt"],
        "nails": ["Nagelstudio – Terminbestätigung", "Auffüllen steht an"],
        "tattoo": ["Anzahlung erhalten", "Pflegehinweise nach dem Tattoo"],
        "spa": ["Ihr Wellnesstag", "Thermenbereich gebucht"],
        "mobile": ["Hausbesuch bestätigt", "Brautfrisur – Probetermin"],
    },
    "POS": {
        "salon": [
            "Falls das Blond nach zwei Wochen gelbstichig wird, melden Sie sich bei {NAME} unter {P}.",
            "Sie schaffen es nicht pünktlich? Kurzer Anruf unter {P}, dann schieben wir die "
            "Folien nach hinten.",
            "Ihr Termin ist auf Donnerstag verlegt; passt das nicht, erreichen Sie uns mobil unter {M}.",
        ],
        "barber": [
            "Samstags ist viel los – schreiben Sie an {M}, wir melden uns, sobald ein Stuhl frei ist.",
            "Rasur mit heißem Tuch wieder buchbar, telefonisch unter {P} oder einfach vorbeikommen.",
        ],
        "nails": [
            "Löst sich das Gel in den ersten fünf Tagen, rufen Sie {P} an – die Korrektur ist kostenlos.",
            "Ihre Nageldesignerin {NAME} ist krank; die Vertretung erreichen Sie unter {M}.",
        ],
        "tattoo": [
            "Bei Rötungen nach dem dritten Tag bitte ein Foto schicken und im Studio anrufen: {P}.",
            "Unser Gastkünstler beantwortet Motivfragen bis Monatsende unter {X}.",
        ],
        "spa": [
            "Bademantel und Schlappen liegen bereit; eine Hot-Stone-Massage buchen Sie unter {P} dazu.",
            "Am Schranken bitte kurz {P} anrufen, dann öffnen wir die Einfahrt.",
        ],
        "mobile": [
            "Ich bin gegen zehn vor der Tür; bei Änderungen bitte mobil unter {M}.",
            "Kein Netz auf dem Hof? Sprechen Sie aufs Band unter {P}, ich höre es zwischen "
            "zwei Kundinnen ab.",
        ],
    },
    "OTHER": [
        "Fragen zum Produkt beantwortet die kostenlose Hotline des Herstellers: {O}.",
        "Gutscheinguthaben prüfen Sie rund um die Uhr unter {O}.",
    ],
    "NEG": [
        "Rezeptur: {n.shade_code} mit {n.developer}, Einwirkzeit {n.duration}.",
        "Buchungsnummer {n.booking_ref} – bitte bei Änderungen angeben.",
        "Auf Gutschein {n.voucher_code} sind noch {n.gift_balance} Guthaben.",
        "Pflegebalsam (EAN {n.ean13}, {n.lot_number}, haltbar bis {n.expiry}) gibt es an der Kasse.",
        "Nadelkonfiguration {n.needle_config}, Motivgröße etwa {n.tattoo_size}.",
        "Ihr Termin am {n.date}, {n.time_slot}, Kabine {n.cabin}.",
        "Wachs auf {n.temperature}; Absagen unter {n.cancel_window} berechnen wir voll.",
        "Sterilisator-Zyklus {n.autoclave_cycle} bestanden, Terminal {n.terminal_id}, Beleg {n.receipt_no}.",
        "Geöffnet Di–Sa {n.opening_hours}, Kundenkarte {n.loyalty_card}, Rabatt {n.discount}.",
        "Übergang: {n.clipper_guard}, Deckhaar {n.hair_length}.",
    ],
    "EMAIL": [
        "Inspirationsfotos gern vorab an {ER}.",
        "{NAME} bittet, den Ablaufplan an {EP} zu schicken.",
        "Rechnungen kommen von {ER}; bei Fragen einfach antworten.",
    ],
    "CARD": ["Die Anzahlung wurde von Karte {C} abgebucht."],
    "IBAN": [
        "Die Stuhlmiete bitte monatlich auf {IB} überweisen.",
        "Gutscheine auf Rechnung: Zahlung an {IB}, Verwendungszweck Ihr Name.",
    ],
    "IP": ["Das Buchungs-Tablet hat im Salon-WLAN die Adresse {IP}."],
    "LIST_HEADS": ["So erreichen Sie uns", "Salon-Telefone", "Kontakt & Termine"],
    "LABELS": ["Empfang", "Terminvergabe", "Inhaberin", "Studio-Handy", "Wellness", "Zweitfiliale"],
    "LOCAL": [
        "Aus dem {TOWN}er Festnetz genügt die {L} – ohne Vorwahl.",
        "„Aus {TOWN} einfach {L} wählen“, sagte die Dame am Empfang.",
        "Ortsnetz {TOWN}: Salon {L}, Kosmetikraum {L2}.",
        "Kundinnen in {TOWN} wählen für Termine nur {L}.",
        "Innerhalb von {TOWN} ist das Studio unter {L} zu erreichen, das Nagelstudio nebenan unter {L2}.",
        "Telefon (in {TOWN} ohne Vorwahl):\n{L}",
        "{L} – so erreichen Sie den Barbier direkt aus {TOWN}, die Vorwahl können Sie weglassen.",
    ],
}

FR = {
    "HEAD": {
        "salon": ["Votre rendez-vous coloration", "Rappel du salon"],
        "nails": ["Onglerie – confirmation", "Remplissage à prévoir"],
        "spa": ["Votre journée au spa", "Réservation hammam"],
        "therapist": ["Épilation – rendez-vous", "Rehaussement de cils"],
        "tattoo": ["Acompte reçu", "Soins après tatouage"],
    },
    "POS": {
        "salon": [
            "Si le blond jaunit dans les quinze jours, appelez {NAME} au {P} pour une patine.",
            "Un retard ? Un petit appel au {P} et on décale la cliente suivante.",
            "Votre brushing passe à jeudi ; si ça coince, joignez-nous sur le portable {M}.",
        ],
        "nails": [
            "Un décollement dans les cinq jours ? Appelez le {P}, la retouche est offerte.",
            "Votre prothésiste {NAME} est absente ; sa remplaçante répond au {M}.",
        ],
        "spa": [
            "Peignoir et chaussons vous attendent ; pour ajouter un massage aux pierres "
            "chaudes, appelez le {P}.",
            "Pour le déjeuner du spa, signalez vos allergies au {P}.",
        ],
        "therapist": [
            "Le test cutané se fait 48 heures avant la teinture : passez ou appelez le {P}.",
            "Après le laser, pas de sauna ; en cas de cloques, appelez l'institut au {P}.",
        ],
        "tattoo": [
            "Rougeur au-delà du troisième jour : envoyez une photo et appelez le studio au {P}.",
            "Notre artiste invité répond aux questions sur le motif au {X} jusqu'à la fin du mois.",
        ],
    },
    "OTHER": [
        "Questions sur les produits : numéro gratuit de la marque, {O}.",
        "Le solde des cartes cadeaux se vérifie au {O}.",
    ],
    "NEG": [
        "Formule : {n.shade_code} avec {n.developer}, pose {n.duration}.",
        "Référence de réservation {n.booking_ref}, à rappeler en cas de modification.",
        "La carte cadeau {n.voucher_code} a encore {n.gift_balance} de crédit.",
        "Baume (code-barres {n.ean13}, {n.lot_number}) en vente à l'accueil.",
        "Votre créneau du {n.date} : {n.time_slot}, cabine {n.cabin}.",
        "Vernis semi-permanent teinte {n.polish_no}, séchage {n.cure_time}.",
        "Réglages laser : {n.wavelength}, {n.fluence}, phototype {n.fitzpatrick}, séance {n.session_count}.",
        "Cycle d'autoclave {n.autoclave_cycle} validé ; terminal {n.terminal_id}, autorisation "
        "{n.auth_code}.",
    ],
    "EMAIL": ["Envoyez vos photos d'inspiration à {ER}.", "{NAME} préfère recevoir le planning à {EP}."],
    "CARD": ["L'acompte a été prélevé sur la carte {C}."],
    "IBAN": ["Loyer du fauteuil à virer sur {IB}."],
    "IP": ["La tablette de réservation a l'adresse {IP} sur le Wi-Fi du salon."],
    "LIST_HEADS": ["Nous joindre", "Contacts du salon"],
    "LABELS": ["Accueil", "Rendez-vous", "Gérante", "Portable de l'institut", "Spa"],
}
