"""German and French sentences for the v120 set (postal services)."""

DE = {
    "titles": {
        "counter": ["Hinweis für Kundinnen und Kunden der Postfiliale", "Neues vom Schalter"],
        "pobox": ["Ihr Postfach", "Postfachmiete – Erinnerung"],
        "sorting": ["Benachrichtigung: Sendung liegt zur Abholung bereit", "Zustellbasis – Abholhinweis"],
        "redirect": ["Ihr Nachsendeauftrag", "Bestätigung der Nachsendung"],
        "franking": ["Frankierservice – Kontoauszug", "Einlieferung von Massensendungen"],
        "rural": ["Postagentur im Dorfladen", "Mobile Postfiliale – Fahrplan"],
    },
    "body": {
        "counter": [
            "Ab Montag ist der Schalter für Einschreiben und Nachnahme in den hinteren Bereich umgezogen.",
            "Für größere Einlieferungen vereinbaren Sie bitte einen Termin unter {P}.",
            "Fragen zu Ihrem Beleg beantworten wir gern per E-Mail an {E}.",
            "Frau {NAME} ist dienstags für Briefmarkenabos zuständig, erreichbar unter {M}.",
            "Die Kartenzahlung über {C} wurde storniert; der Betrag erscheint in drei Werktagen wieder.",
        ],
        "pobox": [
            "Die Jahresmiete für Ihr Postfach wird zum Monatsersten von {IB} abgebucht.",
            "Übergroße Sendungen halten wir sieben Werktage am Schalter für Sie bereit.",
            "Schlüssel verloren? Melden Sie sich sofort unter {P}.",
            "Zusätzliche Empfangsberechtigte tragen Sie online ein oder schreiben an {E}.",
        ],
        "sorting": [
            "Wir konnten Ihre Sendung heute nicht zustellen, da eine Unterschrift erforderlich war.",
            "Bitte bringen Sie diese Karte und einen Ausweis zur Ausgabe der Zustellbasis.",
            "Neuen Zustelltermin vereinbaren: {P} oder per SMS an {M}.",
            "Für Zollgebühren nutzen Sie bitte das Onlineformular; Ihre Anfrage kam von {IP}.",
            "Schichtleiter {NAME} ({PE}) klärt Fehlleitungen.",
        ],
        "redirect": [
            "Ab dem gewünschten Datum senden wir Ihre Post an die neue Anschrift nach.",
            "Die Gebühr wurde von Ihrer Karte {C} abgebucht.",
            "Änderungen am Zeitraum nehmen wir unter {T} entgegen.",
            "Haben Sie diesen Auftrag nicht erteilt? Rufen Sie bitte umgehend {P} an.",
        ],
        "franking": [
            "Das Guthaben Ihrer Frankiermaschine wird per Lastschrift von {IB} aufgeladen.",
            "Massensendungen bitte gleich ausgerichtet, zu je fünfzig gebündelt und nach "
            "Leitregion sortiert einliefern.",
            "Die Annahme an der Rampe ist werktags von 14 bis 17 Uhr besetzt, Rückfragen unter {P}.",
            "Ihre Ansprechpartnerin: {NAME}, {PE}, mobil {M}.",
            "Die Maschine meldet ihre Stände nachts über {IP}.",
        ],
        "rural": [
            "Die Postagentur im Dorfladen hat jetzt auch mittwochnachmittags geöffnet.",
            "Die mobile Filiale hält vor dem Gemeindehaus; den Fahrplan erfragen Sie unter {P}.",
            "Frau {NAME} führt die Agentur; Nachrichten gern auch an {M}.",
            "Für alles Weitere ist die Servicehotline {T} da.",
        ],
    },
    "neg": [
        "Bitte geben Sie bei Rückfragen {nl} {N} an.",
        "{NL}: {N}.",
        "Laut Beleg: {nl} {N}.",
        "Wir haben {nl} {N} vermerkt.",
    ],
    "list_heads": ["Rufnummern der Filiale", "Kontakte Post & Paket", "Wer hilft wobei"],
    "list_labels": [
        "Schalter",
        "Zustellbasis",
        "Postfachanlage",
        "Nachsendung",
        "Geschäftskunden",
        "Agentur",
        "Zollstelle",
        "Filialleitung",
    ],
    "local": {
        "DE": [
            "Aus dem {TOWN}er Ortsnetz erreichen Sie die Filiale unter {L}.",
            "Innerhalb von {TOWN} genügt für die Zustellbasis die {L}, für die Postfachanlage die {L}.",
            "Ortsgespräch {TOWN}: Schalter {L}.",
            "Sie wohnen in {TOWN}? Dann wählen Sie für die Paketausgabe einfach {L}.",
        ],
    },
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab}: Tel. {ph}"],
}

FR = {
    "titles": {
        "counter": ["Bureau de poste – information clientèle", "Au guichet cette semaine"],
        "pobox": ["Votre boîte postale", "Renouvellement de la boîte postale"],
        "sorting": ["Avis de passage – objet en instance", "Centre de tri : retrait de votre colis"],
        "redirect": ["Confirmation de votre réexpédition", "Votre contrat de réexpédition"],
        "franking": ["Machine à affranchir – relevé", "Dépôt de courrier en nombre"],
        "rural": ["Agence postale communale", "Relais poste du village"],
    },
    "body": {
        "counter": [
            "Le guichet des lettres recommandées est désormais au fond du bureau.",
            "Pour un dépôt important, prenez rendez-vous au {P}.",
            "Une question sur votre reçu ? Écrivez à {E}.",
            "{NAME} s'occupe des procurations le mardi ; joignable au {M}.",
            "Le paiement par la carte {C} a été annulé.",
        ],
        "pobox": [
            "La location de votre boîte postale sera prélevée sur {IB}.",
            "Les objets trop volumineux sont gardés au guichet pendant quinze jours.",
            "Clé perdue ? Appelez sans attendre le {P}.",
            "Pour ajouter un titulaire, écrivez à {E}.",
        ],
        "sorting": [
            "Nous n'avons pas pu distribuer votre objet : une signature était nécessaire.",
            "Présentez cet avis et une pièce d'identité au guichet du centre.",
            "Nouvelle date de livraison : {P}, ou par SMS au {M}.",
            "Le formulaire de droits de douane a été envoyé depuis {IP}.",
        ],
        "redirect": [
            "Votre courrier sera réexpédié vers la nouvelle adresse pendant la durée choisie.",
            "Les frais ont été débités sur la carte {C}.",
            "Pour modifier la date de fin, appelez le {T}.",
            "Vous n'avez rien demandé ? Contactez-nous immédiatement au {P}.",
        ],
        "franking": [
            "Le crédit de votre machine est rechargé par prélèvement sur {IB}.",
            "Le courrier en nombre doit être trié par département et mis en bacs.",
            "Dépôt au quai entre 14 h et 17 h ; en cas de retard, appelez le {P}.",
            "Votre conseillère : {NAME}, {PE}, portable {M}.",
        ],
        "rural": [
            "L'agence postale de la mairie ouvre désormais aussi le mercredi après-midi.",
            "Le bureau mobile stationne devant la salle des fêtes ; horaires au {P}.",
            "{NAME} tient le relais poste ; vous pouvez aussi laisser un message au {M}.",
            "Pour le reste, le service client répond au {T}.",
        ],
    },
    "neg": [
        "Merci de rappeler {nl} {N} dans toute correspondance.",
        "{NL} : {N}.",
        "Le reçu indique {nl} {N}.",
        "Nous avons noté {nl} {N}.",
    ],
    "list_heads": ["Numéros du bureau", "Contacts courrier et colis"],
    "list_labels": [
        "Guichet",
        "Centre de tri",
        "Boîtes postales",
        "Réexpédition",
        "Entreprises",
        "Agence postale",
    ],
    "local": {},
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab} : tél. {ph}"],
}
