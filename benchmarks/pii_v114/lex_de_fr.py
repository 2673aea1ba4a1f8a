"""German and French sentences for v114 (slots as in lex_en)."""

DE = {
    "dealer": {
        "titles": ["Neu im Laden: Biedermeier und Silber", "Antiquitätenhandel – Bestandsliste"],
        "pos": [
            "Die Kommode mit Marketerie ist noch da; reservieren können Sie sie bei {N} unter {P}.",
            "Für Händleranfragen bitte eine kurze Mail an {R}, wir antworten meist am selben Tag.",
            "Unser Restaurator in Wien ist direkt erreichbar unter {I}.",
            "Eine Anzahlung nehmen wir auch telefonisch per Karte an (zuletzt hinterlegt: {C}).",
            "Besichtigung im Lager nur nach Termin – kostenlos anrufen unter {F}.",
        ],
        "neg": [
            "Die Zuckerdose ist mit {x:fineness} gepunzt und wiegt {x:silver_weight}.",
            "Inventarnummer {x:stock_no}, Maße {x:dimensions}, Schellackpolitur erneuert.",
            "Das Werk der Standuhr trägt die Nummer {x:movement_serial}, Gehäuse um {x:date_range}.",
        ],
    },
    "fair": {
        "titles": ["Münzbörse – Hinweise für Aussteller", "Briefmarken- und Münzmesse"],
        "pos": [
            "Standanmeldungen nimmt {N} entgegen, telefonisch unter {P} oder per Mail an {R}.",
            "Aussteller aus dem Ausland melden sich am Vorabend beim Hallenmeister: {I}.",
            "Am Messetag ist die Hotline {F} ab sieben Uhr besetzt.",
            "Kartenzahlung für die Standmiete nur mit Terminal; das Händler-WLAN hat die Adresse {IP}.",
        ],
        "neg": [
            "Öffnungszeiten {x:session_time}, Aufbau ab sechs Uhr, Verkauf erst nach dem Gong.",
            "Sonderschau: Bayern-Ausgaben {x:stamp_cat} aus einer Vereinssammlung.",
            "Tisch {x:table_stand} bleibt frei, die Prüfstelle sitzt an {x:table_stand}.",
        ],
    },
    "auction": {
        "titles": ["Auktion: Uhren, Silber und Kunsthandwerk", "Katalog der Herbstauktion"],
        "pos": [
            "Schriftliche Gebote bis zum Vortag, 12 Uhr; Telefon {P}, Gebotsbüro verlangen.",
            "Für Telefongebote bitte Anmeldung an {R} mit Kopie des Ausweises.",
            "Die Expertin für Münzen, {N}, beantwortet Fragen zum Zustand unter {E}.",
            "Rechnungen sind zahlbar auf {B} unter Angabe der Bieternummer.",
            "Bieter aus dem Ausland erreichen den Saal während der Auktion unter {I}.",
        ],
        "neg": [
            "Aufgeld {x:premium} auf den Zuschlag, Differenzbesteuerung.",
            "Lose {x:lot_range} ohne Limit; Schätzpreis der Taschenuhr {x:estimate}.",
            "Auktion {x:sale_number}, Besichtigung {x:auction_dates}.",
        ],
    },
    "valuer": {
        "titles": ["Termin zur Schätzung", "Ihr Wertgutachten für die Versicherung"],
        "pos": [
            "{N} kommt am Donnerstag vorbei; bei Parkproblemen bitte kurz unter {P} Bescheid geben.",
            "Belege und alte Gutachten gern vorab als Scan an {E}.",
            "Die Gebühr buchen wir von der angegebenen Karte {C} erst nach Versand des Gutachtens ab.",
            "Rückfragen zum Nachlassgutachten an {R} oder kostenfrei unter {F}.",
        ],
        "neg": [
            "Der Ring: Mittelstein {x:carat}, Wiederbeschaffungswert {x:hammer} Euro.",
            "Unser Aktenzeichen lautet {x:val_ref}; bitte bei Rückfragen angeben.",
            "Leuchterpaar, Beschau {x:hallmark_year}, Gewicht {x:silver_weight} gefüllt.",
        ],
    },
    "restorer": {
        "titles": ["Kostenvoranschlag Restaurierung", "Werkstattauftrag – Bodenstanduhr"],
        "pos": [
            "Das Furnier am Sekretär muss neu verleimt werden; Einzelheiten erklärt {N} unter {P}.",
            "Schicken Sie Fotos des Sprungs an {E}, dann nennen wir einen ungefähren Preis.",
            "Ein Drittel vorab, per Überweisung auf {B}.",
            "Unser Vergolder arbeitet in Salzburg und ist direkt erreichbar: {I}.",
        ],
        "neg": [
            "Rahmen {x:frame_size} im Falz, Kreidegrund löst sich an der Oberleiste.",
            "Dekor {x:pattern_no} am Standring; die Farben passen wir nach dem Musterbuch an.",
        ],
    },
    "club": {
        "titles": ["Mitteilungsblatt des Sammlervereins", "Rundschreiben – Tauschabend und Bibliothek"],
        "pos": [
            "Die Auswahlsendung liegt diesen Monat bei {N}; falls sie bis zum 20. fehlt, bitte {P} anrufen.",
            "Beiträge bitte auf {B} überweisen, Verwendungszweck: Nachname.",
            "Bücherwunsch an die Bibliothek per Mail an {E}.",
        ],
        "neg": [
            "Vortrag über Bayern-Einser, Platten {x:plate_ref}, mit vielen Abbildungen.",
            "Bibliotheksexemplar ISBN {x:isbn}, bitte bis zum nächsten Treffen zurück.",
            "Prägezahl laut Katalog {x:mintage}, was uns zu hoch erscheint.",
            "Münze des Monats: {x:coin_cat}, {x:coin_weight}, Zertifikat {x:cert_pcgs}.",
            "Der Brief trägt einen Stempel vom {x:postmark}, Einlieferung {x:consignment}.",
        ],
    },
    "invoice": {
        "titles": ["Käuferrechnung", "Abrechnung für Einlieferer"],
        "pos": [
            "Zahlung per Karte telefonisch unter {P} oder per Überweisung auf {B}.",
            "Heute belastet: {C}, genehmigt, vielen Dank.",
            "Abholung nach Absprache mit dem Lager: {R}, {P}.",
        ],
        "neg": [
            "Zuschlag {x:hammer} Euro, Aufgeld {x:premium}, Bieternummer {x:paddle}.",
            "Versand versichert, Sendungsnummer {x:tracking}.",
            "Lagerplatz {x:storage_bay}, bitte Rechnung zur Abholung mitbringen.",
        ],
    },
}
DE_LOCAL = [
    "Wer in {T} anruft, wählt einfach {L} – die Vorwahl braucht es im Ort nicht.",
    "Aus dem {T}er Ortsnetz: Laden {L}, Werkstatt {L2}.",
    "Kunden aus {T} erreichen die Schätzstelle direkt unter {L}.",
    "Im Stadtgebiet {T} genügt die {L}, auswärts mit Vorwahl.",
    "Galerie in der Altstadt von {T}, Telefon am Ort: {L}.",
    "Innerhalb von {T} sind wir unter {L} zu erreichen, das Lager unter {L2}.",
]
DE_HEADS = ["Kontakte Auktionshaus", "Händlerverzeichnis", "So erreichen Sie uns", "Abteilungen"]
DE_LABELS = ["Empfang", "Gebotsbüro", "Versand", "Schätzungen", "Werkstatt", "Buchhaltung", "Lager"]
DE_NEUTRAL = [
    "Bitte bringen Sie das Stück gut verpackt mit.",
    "Montags bleibt das Geschäft geschlossen, außer in der Messewoche.",
    "Alle Maße sind ungefähre Angaben.",
]

FR = {
    "dealer": {
        "titles": ["Nouveautés à la boutique", "Antiquaire – liste de stock"],
        "pos": [
            "La commode Louis XV est encore disponible ; pour la réserver, appelez {N} au {P}.",
            "Les marchands peuvent écrire à {R} pour les prix professionnels.",
            "Notre emballeur à Bruxelles est joignable au {I}.",
            "Visite de la réserve sur rendez-vous, numéro gratuit {F}.",
        ],
        "neg": [
            "L'argenterie est poinçonnée {x:fineness} et pèse {x:silver_weight} au total.",
            "Référence {x:stock_no}, dimensions {x:dimensions}, marqueterie restaurée.",
            "Mouvement numéro {x:movement_serial}, caisse vers {x:date_range}.",
        ],
    },
    "fair": {
        "titles": ["Salon des collectionneurs – infos exposants", "Bourse aux monnaies et timbres"],
        "pos": [
            "Réservation des tables auprès de {N}, au {P} ou à {R}.",
            "Les exposants étrangers préviennent le régisseur la veille au {I}.",
            "Le jour du salon, la permanence {F} répond dès sept heures.",
        ],
        "neg": [
            "Ouverture {x:session_time}, installation dès six heures.",
            "Exposition spéciale : classiques de France {x:stamp_cat}.",
            "La table {x:table_stand} reste vide ; l'expertise est en {x:table_stand}.",
        ],
    },
    "auction": {
        "titles": ["Vente aux enchères : horlogerie et argenterie", "Catalogue de la vente d'automne"],
        "pos": [
            "Ordres d'achat jusqu'à la veille midi ; téléphone {P}, demandez le bureau des ordres.",
            "Pour enchérir par téléphone, inscrivez-vous auprès de {R}.",
            "L'expert numismate, {N}, répond aux demandes de rapport d'état à {E}.",
            "Règlement par virement sur {B} en indiquant votre numéro d'enchérisseur.",
        ],
        "neg": [
            "Frais acheteur {x:premium} en sus des enchères.",
            "Lots {x:lot_range} sans prix de réserve ; estimation de la pendule {x:estimate}.",
            "Vente {x:sale_number}, exposition {x:auction_dates}.",
        ],
    },
    "valuer": {
        "titles": ["Rendez-vous d'expertise", "Votre estimation pour l'assurance"],
        "pos": [
            "{N} passera jeudi matin ; en cas de souci de stationnement, prévenez-nous au {P}.",
            "Vous pouvez envoyer les factures anciennes à {E} avant la visite.",
            "Les honoraires seront débités sur la carte {C} après l'envoi du rapport.",
            "Si vous êtes à l'étranger, l'expert vous rappellera au {I}.",
        ],
        "neg": [
            "Bague : pierre centrale de {x:carat}, valeur de remplacement {x:hammer} euros.",
            "Notre référence de dossier : {x:val_ref}.",
        ],
    },
    "restorer": {
        "titles": ["Devis de restauration", "Fiche d'atelier – horloge de parquet"],
        "pos": [
            "Le placage du secrétaire doit être recollé ; {N} vous expliquera tout au {P}.",
            "Envoyez les photos de la fêlure à {E} pour un premier chiffrage.",
            "Acompte d'un tiers par virement sur {B}.",
        ],
        "neg": [
            "Cadre {x:frame_size} à feuillure, l'apprêt se soulève en partie haute.",
            "Décor {x:pattern_no} sous le talon ; nous reprendrons les couleurs d'après le catalogue.",
        ],
    },
    "club": {
        "titles": ["Bulletin du club philatélique", "Circulaire de l'association numismatique"],
        "pos": [
            "Le carnet de circulation est chez {N} ce mois-ci ; appelez le {P} s'il ne vous est pas parvenu.",
            "Cotisation par virement sur {B}, en mettant votre nom en référence.",
            "Pour la bibliothèque, écrivez à {E}.",
        ],
        "neg": [
            "Conférence sur les Cérès, planches {x:plate_ref}.",
            "Exemplaire de la bibliothèque ISBN {x:isbn}, à rendre à la prochaine réunion.",
            "La lettre montrée porte un cachet du {x:postmark} ; ancien numéro d'inventaire {x:accession}.",
        ],
    },
}
FR_HEADS = ["Contacts de la salle des ventes", "Annuaire des marchands", "Pour nous joindre"]
FR_LABELS = ["Accueil", "Bureau des ordres", "Expédition", "Expertises", "Atelier", "Comptabilité"]
FR_NEUTRAL = [
    "Merci d'apporter l'objet bien emballé.",
    "La boutique est fermée le lundi, sauf la semaine du salon.",
    "Les dimensions sont données à titre indicatif.",
]
