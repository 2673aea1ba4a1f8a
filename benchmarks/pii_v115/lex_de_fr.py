"""German and French sentences (same slots as lex_en)."""

DE = {
    "titles": {
        "panel": ["Willkommen im Haushaltspanel", "Ihr Panelkonto"],
        "focus": ["Gruppendiskussion – Terminbestätigung", "Einladung zur Fokusgruppe"],
        "mystery": ["Testkauf-Bericht", "Mystery-Check Filiale"],
        "poll": ["Sonntagsfrage – Feldbericht", "Methodensteckbrief Umfrage"],
        "cati": ["Übergabe Telefonstudio", "CATI-Schichtprotokoll"],
        "hut": ["Produkttest zu Hause", "Testpaket unterwegs"],
    },
    "pos": {
        "panel": [
            "Klappt die Anmeldung nicht, hilft Ihnen unser Panel-Service unter <nat> weiter.",
            "Als Handynummer haben wir <mob> hinterlegt – bitte melden Sie sich, falls sie nicht mehr "
            "stimmt.",
            "Fragen zu Punkten und Prämien beantwortet das Team unter <role>.",
            "Kostenlos erreichen Sie uns werktags unter <oth>.",
            "Ihre Prämie überweisen wir auf das angegebene Konto <iban>.",
            "Panelistin <name> hat ihre Adresse geändert und nutzt jetzt <mail>.",
        ],
        "focus": [
            "Falls Sie sich verspäten, schicken Sie bitte kurz eine SMS an die Rekrutiererin: <mob>.",
            "Das Teststudio erreichen Sie am Veranstaltungstag unter <nat>.",
            "Die Diskussion leitet <name>; die Auftraggeber verfolgen sie hinter der Einwegscheibe.",
            "Die unterschriebene Einwilligung senden Sie bitte vorab an <mail>.",
            "Beobachter aus dem Ausland wählen sich über <intl> ein.",
        ],
        "mystery": [
            "Der Filialleiter nannte dem Tester für Rückfragen die Durchwahl <nat>.",
            "Bezahlt wurde mit der Einsatzkarte <card>; der Beleg liegt der Abrechnung bei.",
            "Der Berater bot einen Rückruf an und notierte sich die Nummer <mob>.",
            "Rückfragen zum Bericht bitte an <role>.",
        ],
        "poll": [
            "Für Rückfragen der Presse ist die Pressestelle unter <nat> erreichbar.",
            "Die vollständigen Tabellen verschickt <role> auf Anfrage.",
            "Feldleitung Süd: <name>, mobil <mob>.",
            "Das Auswertungsportal ist nur für die IP <ip> des Auftraggebers freigeschaltet.",
        ],
        "cati": [
            "Die Befragte möchte ab 16 Uhr unter ihrer Büronummer <nat> zurückgerufen werden.",
            "Bei Problemen auf der Fläche ist die Schichtleitung unter <mob> erreichbar.",
            "Die Softphones melden sich am Dialer unter <ip> an; Ausweichstudio: <intl>.",
            "Zur Überprüfung der Studie wurde der Befragten die Hotline <oth> genannt.",
            "Beschwerde mit Aufnahme-Referenz an die Qualitätssicherung (<role>) weitergeleitet.",
        ],
        "hut": [
            "Ist das Paket beschädigt, rufen Sie bitte zuerst das Produkttest-Team unter <nat> an.",
            "Der Paketdienst kündigt die Zustellung per SMS an <mob> an.",
            "Unverträglichkeiten melden Sie sofort über die kostenlose Nummer <oth>.",
        ],
    },
    "neu": {
        "panel": [
            "Ihr Punktestand: <n:points>; die Umfrage der Welle <n:wave> läuft bis Freitag.",
            "Ihre Panelnummer <n:panelist_id> bleibt unverändert.",
        ],
        "focus": [
            "Beginn <n:visit_time> in Raum <n:room>, Projekt <n:job_number>.",
            "Quotenzelle <n:quota_cell> ist voll, Altersgruppe <n:age_band> fehlt noch.",
        ],
        "mystery": [
            "Besuch in Filiale <n:store_number> um <n:visit_time>, Bon <n:till_receipt>.",
            "Gescannter Artikel <n:ean13> zu <n:price> €; Kühlregal bei <n:temperature>.",
        ],
        "poll": [
            "Feldzeit KW <n:field_weeks>, <n:sample_size> Befragte, Fehlertoleranz <n:margin_error> Punkte.",
            "Konfidenzintervall <n:conf_interval>, Gewichtungsfaktor maximal <n:weight_factor>.",
        ],
        "cati": [
            "Interviewer <n:interviewer_id>, Platz <n:cati_station>, Dispositionscode <n:disposition>.",
            "Durchschnittliche Gesprächsdauer <n:handle_time>, Kontaktversuche <n:call_attempts>.",
        ],
        "hut": [
            "Im Paket: zwei Proben à <n:pack_size>, Charge <n:lot_code>, MHD <n:best_before>.",
            "Artikelnummer <n:sku>; Tagebuch-Sitzung <n:session_hex>.",
        ],
    },
    "local": [
        "Wer aus <town> an der Verkostung teilnimmt, erreicht das Studio im Ortsnetz unter <loc>.",
        "Teststudio <town>: innerhalb der Stadt genügt <loc>, die Rekrutierung sitzt unter <loc>.",
        "Rufen Sie aus <town> selbst an, wählen Sie einfach <loc> – ohne Vorwahl.",
        "Feldbüro <town> (Ortsgespräch): <loc>.",
        "Für Testkäufer im Raum <town> ist die Einsatzplanung unter <loc> da.",
    ],
    "heads": ["Kontakte Feldarbeit", "Rufnummern zur Studie"],
    "labels": ["Rekrutierung", "Studio", "Feldleitung", "Panel-Service", "Qualitätssicherung"],
}

FR = {
    "titles": {
        "panel": ["Bienvenue dans le panel", "Votre compte panéliste"],
        "focus": ["Réunion de groupe – confirmation", "Invitation à un focus group"],
        "mystery": ["Rapport de visite mystère", "Mission client mystère"],
        "poll": ["Baromètre politique – note de terrain", "Sondage : fiche technique"],
        "cati": ["Plateau téléphonique – passation", "Journal de vacation CATI"],
    },
    "pos": {
        "panel": [
            "En cas de souci de connexion, le service panélistes répond au <nat>.",
            "Nous avons enregistré votre portable : <mob>.",
            "Pour toute question sur vos points, écrivez à <role>.",
            "Numéro gratuit : <oth>, du lundi au vendredi.",
            "Vos gains seront virés sur le compte <iban>.",
            "La panéliste <name> a mis à jour son adresse : <mail>.",
        ],
        "focus": [
            "En cas de retard, prévenez la recruteuse par SMS au <mob>.",
            "L'accueil de la salle de réunion se joint au <nat>.",
            "La réunion sera animée par <name> ; le client observera derrière la glace sans tain.",
            "Merci de renvoyer le formulaire de consentement signé à <mail>.",
            "Les observateurs à l'étranger se connectent via <intl>.",
        ],
        "mystery": [
            "Le responsable du magasin a laissé sa ligne directe, <nat>, pour un rendez-vous.",
            "Achat réglé avec la carte de mission <card> ; ticket joint.",
            "Le conseiller a proposé de rappeler l'enquêteur au <mob>.",
            "Questions sur ce rapport : <role>.",
        ],
        "poll": [
            "Les journalistes peuvent joindre le service de presse au <nat>.",
            "Les tableaux complets sont disponibles auprès de <role>.",
            "Responsable terrain Sud-Ouest : <name>, portable <mob>.",
            "Le tableau de bord n'est accessible que depuis l'adresse <ip>.",
        ],
        "cati": [
            "La répondante souhaite être rappelée au bureau, au <nat>, après 16 h.",
            "Le superviseur de permanence est joignable au <mob>.",
            "Les postes se connectent au serveur d'appels <ip> ; plateau de secours : <intl>.",
            "Pour vérifier l'enquête, on lui a donné le numéro <oth>.",
            "Réclamation transmise au contrôle qualité (<role>).",
        ],
    },
    "neu": {
        "panel": [
            "Solde : <n:points> points ; l'enquête de la vague <n:wave> ferme vendredi.",
            "Votre identifiant <n:panelist_id> ne change pas.",
        ],
        "focus": [
            "Début à <n:visit_time>, salle <n:room>, étude <n:job_number>.",
            "Quota <n:quota_cell> complet ; il manque la tranche <n:age_band>.",
        ],
        "mystery": [
            "Visite du magasin <n:store_number> à <n:visit_time>, ticket <n:till_receipt>.",
            "Article <n:ean13> à <n:price> € ; rayon frais à <n:temperature>.",
        ],
        "poll": [
            "Terrain semaines <n:field_weeks>, échantillon <n:sample_size>, marge <n:margin_error> points.",
            "Intentions de vote <n:vote_shares> ; projection <n:seat_projection> sièges.",
        ],
        "cati": [
            "Enquêteur <n:interviewer_id>, poste <n:cati_station>, code <n:disposition>.",
            "Durée moyenne <n:handle_time> ; campagne <n:dialer_campaign>.",
        ],
    },
    "heads": ["Contacts terrain", "Numéros de l'étude"],
    "labels": ["Recrutement", "Salle", "Chef de terrain", "Service panélistes"],
}
