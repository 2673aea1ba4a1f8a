"""German and French sentences (v95): legal services. Placeholders as in lex_en."""

DE = {
    "clientcare": {
        "title": ["Mandatsbestätigung", "Ihr Mandat – Vergütungsvereinbarung"],
        "pos": [
            "Ihr Ansprechpartner in der Kanzlei ist {NAME}, telefonisch unter {P}.",
            "Rückfragen zur Vorschussrechnung beantwortet unsere Buchhaltung unter {P} oder per E-Mail an "
            "{E}.",
            "Den Vorschuss überweisen Sie bitte auf das Anderkonto {I}.",
            "In dringenden Fällen erreichen Sie Rechtsanwältin {NAME} mobil unter {M}.",
        ],
        "neg": [
            "Unser Aktenzeichen lautet {n:de_aktenzeichen}; bitte stets angeben.",
            "Der Stundensatz beträgt {n:fee_amount} EUR zuzüglich Umsatzsteuer.",
            "Es gilt § 3a RVG; bisher sind {n:hours_recorded} angefallen.",
        ],
    },
    "notary": {
        "title": ["Beurkundungstermin", "Notariat – Ihr Kaufvertragsentwurf"],
        "pos": [
            "Den Entwurf hat die Notarfachangestellte {NAME} vorbereitet; Fragen gern unter {P}.",
            "Bitte senden Sie die Ausweiskopien vorab an {E}.",
            "Der Verkäufer lebt im Ausland und ist unter {X} erreichbar.",
        ],
        "neg": [
            "Die Urkunde wird unter UR-Nr. {n:notary_roll} geführt.",
            "Das Grundstück ist eingetragen als {n:flurstueck}.",
            "Der Termin ist auf den {n:hearing_slot} gelegt.",
        ],
    },
    "mediation": {
        "title": ["Einladung zur Mediation", "Mediation im Nachbarschaftsstreit"],
        "pos": [
            "Falls Sie den Termin verschieben müssen, schicken Sie der Mediatorin eine SMS an {M}.",
            "Das Sekretariat der Mediationsstelle ist unter {P} besetzt.",
            "Unterlagen bitte ausschließlich an {E}.",
        ],
        "neg": [
            "Die erste Sitzung dauerte {n:hours_recorded}.",
            "Die Kosten teilen sich die Parteien; vereinbart sind {n:fee_amount} EUR.",
            "Siehe {n:statute_section} zur Hemmung der Verjährung.",
        ],
    },
    "witness": {
        "title": ["Zeugenladung", "Zeugenbetreuung am Amtsgericht"],
        "pos": [
            "Die Zeugenbetreuung begleitet Sie am Verhandlungstag; melden Sie sich vorher unter {P}.",
            "Fragen zur Zeugenentschädigung richten Sie an {E}.",
            "Wenn Sie sich bedroht fühlen, rufen Sie die Opferschutzbeauftragte {NAME} an: {M}.",
        ],
        "neg": [
            "Die Verhandlung findet in Saal {n:courtroom} am {n:hearing_slot} statt.",
            "Aktenzeichen: {n:de_aktenzeichen}.",
            "Maßgeblich ist {n:statute_section}.",
        ],
    },
    "legalaid": {
        "title": ["Beratungshilfe – so geht es", "Rechtsantragsstelle: Ihr Termin"],
        "pos": [
            "Ob Sie Beratungshilfe bekommen, klärt die Rechtsantragsstelle unter {P}.",
            "Der anwaltliche Notdienst ist nachts unter {M} erreichbar.",
            "Die kostenlose Hotline des Vereins erreichen Sie unter {O}.",
        ],
        "neg": [
            "Der Berechtigungsschein trägt die Nummer {n:notary_roll}.",
            "Die Eigenbeteiligung beträgt 15 EUR; die Frist endet nach {n:limitation_years} Jahren.",
            "Vgl. {n:ecli}.",
        ],
    },
    "probate": {
        "title": ["Nachlassangelegenheit", "Erbscheinsantrag – Sachstand"],
        "pos": [
            "Die Testamentsvollstreckerin, {NAME}, erreichen Sie unter {P}.",
            "Zahlungen an den Nachlass bitte auf {I}.",
            "Der Miterbe in Übersee hat um Rückruf unter {X} gebeten.",
        ],
        "neg": [
            "Das Nachlassgericht führt die Sache unter {n:de_aktenzeichen}.",
            "Zum Nachlass gehört {n:flurstueck}.",
            "Die Erbschaftsteuer wurde mit {n:fee_amount} EUR festgesetzt.",
        ],
    },
}

DE_LOCAL = [
    "Für Mandanten aus {TOWN}: Die Kanzlei ist im Ortsnetz unter {L} zu erreichen, die Vorwahl entfällt.",
    "Innerhalb von {TOWN} wählen Sie für das Notariat nur die {L}.",
    "Sekretariat (aus {TOWN} ohne Vorwahl): {L}",
    "Wer aus {TOWN} anruft, braucht keine Vorwahl: Zeugenbetreuung {L}, Geschäftsstelle {L2}.",
    "„Rufen Sie einfach die {L} an“, sagte die Mediatorin, „Sie wohnen ja auch in {TOWN}.“",
    "Die Rechtsantragsstelle {TOWN} hat eine neue Durchwahl – Ortsgespräch:\n{L}",
    "Bürger in {TOWN} erreichen die Schiedsstelle telefonisch unter {L} (Ortstarif, ohne Vorwahl).",
    "Aus dem {TOWN}er Festnetz: Nachlassabteilung {L}.",
]
DE_HEADS = ["Rufnummern der Kanzlei", "Ihre Ansprechpartner", "Kontakte zum Verfahren"]
DE_LABELS = ["Sekretariat", "Notariat", "Buchhaltung", "Geschäftsstelle", "Zeugenbetreuung", "Mediation"]

FR = {
    "clientcare": {
        "title": ["Convention d'honoraires", "Votre dossier au cabinet"],
        "pos": [
            "Votre dossier est suivi par Maître {NAME}, joignable au {P}.",
            "Pour toute question sur la facture, écrivez à {E} ou appelez le secrétariat au {P}.",
            "La provision est à régler par virement sur le compte CARPA {I}.",
            "En cas d'urgence, le portable de l'avocate : {M}.",
        ],
        "neg": [
            "Le taux horaire convenu est de {n:fee_amount} € HT.",
            "L'affaire est enrôlée sous le numéro RG {n:fr_rg_number}.",
            "À ce jour, {n:hours_recorded} ont été consacrées au dossier.",
        ],
    },
    "notary": {
        "title": ["Rendez-vous de signature chez le notaire", "Office notarial – pièces à fournir"],
        "pos": [
            "Le clerc en charge de la vente, {NAME}, est joignable au {P}.",
            "Merci d'adresser les pièces d'identité à {E} avant la signature.",
            "L'acquéreur, résidant à l'étranger, peut être joint au {X}.",
        ],
        "neg": [
            "L'acte sera publié sous le numéro de répertoire {n:notary_roll}.",
            "La signature est fixée au {n:hearing_slot}.",
            "Les frais d'acte s'élèvent à {n:fee_amount} €.",
        ],
    },
    "mediation": {
        "title": ["Convocation à une médiation", "Médiation familiale"],
        "pos": [
            "Pour reporter la séance, prévenez la médiatrice par SMS au {M}.",
            "L'accueil du centre de médiation répond au {P} du lundi au jeudi.",
            "Le numéro gratuit d'information sur la médiation : {O}.",
        ],
        "neg": [
            "La première séance a duré {n:hours_recorded}.",
            "Voir la décision {n:ecli}.",
            "Les parties se réfèrent aux paragraphes {n:paragraph_range} du protocole.",
        ],
    },
    "arbitration": {
        "title": ["Ordonnance de procédure n° 1", "Audience arbitrale – organisation"],
        "pos": [
            "Le secrétaire du tribunal arbitral est joignable au {X}.",
            "Les questions logistiques sont à adresser à {E} ou au {P}.",
            "La provision sur frais sera versée sur {I}.",
        ],
        "neg": [
            "L'arbitrage est enregistré sous la référence {n:arb_case_no}.",
            "Le bordereau de pièces couvre {n:bundle_pages}.",
            "La pièce {n:exhibit_ref} est admise aux débats.",
        ],
    },
    "legalaid": {
        "title": ["Aide juridictionnelle : votre demande", "Point d'accès au droit"],
        "pos": [
            "Le point d'accès au droit vous reçoit sur rendez-vous : appelez le {P}.",
            "La permanence d'avocats du barreau répond au {P} le mercredi.",
            "Une juriste, {NAME}, vous rappellera ; si votre numéro change, écrivez à {E}.",
        ],
        "neg": [
            "Votre demande porte le numéro {n:fr_rg_number}.",
            "Le plafond de ressources est fixé à {n:fee_amount} € par an.",
            "Le délai de prescription est de {n:limitation_years} ans.",
        ],
    },
}
FR_HEADS = ["Numéros du cabinet", "Vos contacts", "Contacts utiles pour l'audience"]
FR_LABELS = ["Secrétariat", "Comptabilité", "Office notarial", "Greffe", "Accueil des témoins"]
