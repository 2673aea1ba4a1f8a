"""German and French sentences for v59; slots as in lex_en."""

DE = {
    "conveyancing": (
        ["Grundstückskaufvertrag – Vollzugsmitteilung", "Ihr Wohnungskauf: Sachstand", "Beurkundungstermin"],
        [
            "Die Auflassungsvormerkung ist im Grundbuch eingetragen ({N:grundbuch}).",
            "Der Kaufpreis von {N:money} ist nach Fälligkeitsmitteilung auf {IB} zu zahlen.",
            "Die Urkunde wurde unter UR-Nr. {N:deed_roll} in die Urkundenrolle aufgenommen.",
            "Rückfragen zum Entwurf beantwortet Frau {NAME} unter {PN}.",
            "Bitte schicken Sie die Unterlagen zur Finanzierung an {EM}.",
            "Die Grunderwerbsteuer wird nach {N:statute} vom Finanzamt gesondert festgesetzt.",
        ],
    ),
    "taxreturn": (
        [
            "Einkommensteuererklärung {N:tax_period}",
            "Unterlagen für Ihre Steuererklärung",
            "Steuerbescheid geprüft",
        ],
        [
            "Ihre Steuernummer lautet {N:de_steuernr}; bitte auf allen Schreiben angeben.",
            "Der Bescheid weicht um {N:money} von unserer Berechnung ab, wir legen Einspruch ein.",
            "Belege können Sie bis Monatsende im Mandantenportal hochladen; letzter Zugriff von {IP}.",
            "Für Rückfragen erreichen Sie Ihren Sachbearbeiter {NAME} unter {PN} oder {EP}.",
            "Die Vorauszahlungen für {N:tax_period} wurden auf {N:money} herabgesetzt.",
        ],
    ),
    "claim": (
        ["Schadenmeldung {N:claim_ref}", "Leitungswasserschaden – Regulierung", "Ihr Kfz-Schaden"],
        [
            "Der Gutachter hat den Schaden auf {N:money} geschätzt.",
            "Versicherungsschein {N:policy_no}, Selbstbeteiligung {N:money}.",
            "Für die Terminabstimmung mit dem Handwerker rufen Sie bitte {PN} an.",
            "Fotos und Rechnungen bitte an {EM}.",
            "Die Entschädigung überweisen wir auf das hinterlegte Konto {N:masked_iban}.",
            "Unsere Schadenhotline ist rund um die Uhr unter {PO} erreichbar.",
        ],
    ),
    "debtadvice": (
        ["Schuldnerberatung – Ihr Termin", "Vergleichsangebot an Gläubiger", "Haushaltsplan"],
        [
            "Wir haben den Gläubigern einen außergerichtlichen Vergleich über {N:money} angeboten.",
            "Das Pfändungsschutzkonto wird nach {N:statute} eingerichtet; bringen Sie den Kontoauszug mit.",
            "Ihre Beraterin {NAME} ist dienstags unter {PN} zu erreichen.",
            "Bei Fragen zum Haushaltsplan schreiben Sie an {EM}.",
            "Der Zinssatz des Ratenkredits betrug zuletzt {N:rate}.",
        ],
    ),
    "litigation": (
        ["Ladung zum Termin", "Az. {N:de_aktenzeichen}", "Klageerwiderung eingegangen"],
        [
            "In der Sache {N:de_aktenzeichen} ist Termin zur mündlichen Verhandlung bestimmt.",
            "Der Streitwert wurde auf {N:money} festgesetzt.",
            "Die Gegenseite wird vertreten durch Rechtsanwalt {NAME}, Telefon {PN}.",
            "Unsere Kostennote {N:fee_note} weist {N:time_entry} aus.",
            "Der Mandant ist während des Verfahrens im Ausland unter {PI} erreichbar.",
        ],
    ),
    "notary": (
        ["Vorsorgevollmacht – Beurkundung", "Termin beim Notar", "Handelsregisteranmeldung"],
        [
            "Bitte bringen Sie einen gültigen Personalausweis mit.",
            "Die GmbH wird mit einem Stammkapital von {N:money} eingetragen.",
            "Die Kosten richten sich nach dem GNotKG; der Entwurf folgt per Post.",
            "Für Terminänderungen wenden Sie sich an das Notariat unter {PN} oder {EM}.",
        ],
    ),
}

DE_LOCAL = [
    "Mandanten aus {TOWN} wählen für die Kanzlei einfach {L}.",
    "Im Ortsnetz {TOWN} erreichen Sie unser Büro unter {L}, die Buchhaltung unter {L}.",
    "Notariat {TOWN} – aus dem Stadtgebiet ohne Vorwahl: {L}",
    "Wer in {TOWN} anruft, braucht keine Vorwahl: {L}.",
    "Telefonisch (innerhalb {TOWN}): {L}",
    "Die Schuldnerberatung {TOWN} hat ihre Sprechstunde unter der Ortsrufnummer {L}.",
    "Sie sagte nur: „Rufen Sie {L} an, ich sitze in {TOWN}.“",
    "Versicherungsmakler vor Ort in {TOWN}, Tel. {L}",
    "Steuerbüro {TOWN}, Durchwahl aus dem Ortsnetz: {L}",
    "Für Rückfragen aus {TOWN} selbst genügt die Nummer {L}.",
]
DE_LISTS = {
    "heads": ["So erreichen Sie uns", "Durchwahlen", "Kontaktübersicht"],
    "labels": [
        "Sekretariat",
        "Notariat",
        "Buchhaltung",
        "Schadenabteilung",
        "Lohnbüro",
        "Rechtsanwältin",
        "Steuerberater",
        "Bereitschaft",
    ],
}

FR = {
    "notary": (
        ["Acte de vente – rendez-vous de signature", "Votre dossier de succession", "Étude notariale"],
        [
            "La signature de l'acte authentique est fixée en l'étude; prévoyez une heure.",
            "Le solde du prix, soit {N:money}, doit être viré sur le compte de l'étude {IB}.",
            "Le dossier est enregistré sous le numéro de répertoire {N:deed_roll}.",
            "Pour toute question, contactez {NAME}, clerc de notaire, au {PN}.",
            "Les pièces d'identité peuvent être envoyées à {EM}.",
            "La taxe de publicité foncière est calculée selon l'{N:statute} du CGI.",
        ],
    ),
    "taxreturn": (
        ["Déclaration de revenus {N:tax_period}", "Votre expert-comptable vous informe", "Acomptes de TVA"],
        [
            "Nous avons déposé la liasse fiscale; le montant de l'impôt s'élève à {N:money}.",
            "Le taux de prélèvement à la source passe à {N:rate}.",
            "Déposez vos justificatifs sur l'espace client (dernière connexion depuis {IP}).",
            "Votre comptable, {NAME}, reste joignable au {PN} ou par courriel à {EP}.",
            "Pour les échéances de TVA, la ligne du cabinet est le {PO}.",
        ],
    ),
    "claim": (
        ["Sinistre n° {N:claim_ref}", "Dégât des eaux – suivi", "Déclaration de sinistre auto"],
        [
            "L'expert a évalué les dommages à {N:money}, franchise déduite.",
            "Votre contrat {N:policy_no} couvre les frais de recherche de fuite.",
            "Pour fixer le passage de l'artisan, appelez le {PN}.",
            "Envoyez les photos et factures à {EM}.",
            "Assistance 24h/24 : {PO}.",
        ],
    ),
    "litigation": (
        ["Audience fixée", "RG n° {N:fr_rg}", "Conclusions adverses"],
        [
            "L'affaire enrôlée sous le RG {N:fr_rg} sera appelée à l'audience de mise en état.",
            "Le montant de la demande principale s'élève à {N:money}.",
            "Notre confrère {NAME} nous a communiqué son numéro : {PN}.",
            "Notre note d'honoraires {N:fee_note} correspond à {N:time_entry} de travail.",
            "Le client, actuellement en Suisse, peut être joint au {PI}.",
        ],
    ),
    "debtadvice": (
        ["Dossier de surendettement", "Plan de remboursement", "Votre rendez-vous budget"],
        [
            "La commission a accepté un plan sur sept ans avec des mensualités de {N:money}.",
            "Le crédit renouvelable était au taux de {N:rate}.",
            "Votre conseillère {NAME} vous rappellera depuis le {PN}.",
            "Les relevés bancaires sont à adresser à {EM}.",
        ],
    ),
}
FR_LOCAL = []
FR_LISTS = {
    "heads": ["Vos interlocuteurs", "Lignes directes"],
    "labels": [
        "Accueil de l'étude",
        "Comptabilité",
        "Service sinistres",
        "Cabinet",
        "Urgences",
        "Clerc de notaire",
        "Paie",
    ],
}
