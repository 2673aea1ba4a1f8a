"""German and French sentences for v113 (same slots as lex_en)."""

DE = {
    "recruit": {
        "titles": ["Probandinnen und Probanden gesucht", "Studie zur Migräneprophylaxe – Teilnahme vergütet"],
        "pos": [
            "Neugierig geworden? Rufen Sie unser Probandenbüro unter {PN} an oder schreiben Sie an {E}.",
            "Per WhatsApp oder SMS erreichen Sie das Rekrutierungsteam unter {PM}.",
            "Kostenfreie Info-Hotline: {PF}.",
            "Aus dem Ausland wählen Sie bitte {PI}.",
        ],
        "neg": [
            "Voraussetzung ist ein {N.bmi}; Raucher können leider nicht teilnehmen.",
            "Die Aufwandsentschädigung beträgt {N.money}.",
            "Die Nachuntersuchung findet an {N.window} statt.",
        ],
    },
    "screening": {
        "titles": ["Ihr Termin zur Voruntersuchung", "Einladung zum Screening"],
        "pos": [
            "Bitte kommen Sie nüchtern. Bei Verspätung geben Sie der Studienambulanz unter {PN} Bescheid.",
            "Fragen vorab beantwortet Ihnen {name} unter {PM}.",
        ],
        "neg": [
            "Ihre Screening-Nummer lautet {N.subject}.",
            "Wir nehmen {N.tubes} ab und messen den Blutdruck ({N.bp}).",
            "Ihr Zeitfenster: {N.timewin}.",
        ],
    },
    "ethics": {
        "titles": ["Zustimmende Bewertung der Ethikkommission", "Änderungsantrag – Bescheid"],
        "pos": [
            "Rückfragen richten Sie bitte an die Geschäftsstelle, {name}, Tel. {PN}, E-Mail {E}.",
            "Der Sponsor ist für Rückfragen unter {PI} erreichbar.",
        ],
        "neg": [
            "Registrierung {N.nct}; Halbwertszeit {N.halflife}.",
            "Geprüft wurden Prüfplan {N.protocol} und Probandeninformation {N.version}.",
            "Förderkennzeichen {N.grant}, geplante Fallzahl {N.samplesize}.",
        ],
    },
    "courier": {
        "titles": ["Versandanleitung für Tiefkühlproben", "Kurierabholung"],
        "pos": [
            "Abholungen bis 13 Uhr über die Kurier-Hotline {PF} buchen; "
            "das Zentrallabor erreichen Sie unter {PN}.",
            "Den Lieferschein bitte am selben Tag an {E} schicken.",
        ],
        "neg": [
            "Box mit {N.dryice} befüllen; Frachtbrief {N.waybill}.",
            "Röhrchen bei {N.centrifuge} zentrifugieren.",
            "Lagerung bis zur Abholung: {N.freezer}.",
        ],
    },
    "consent": {
        "titles": ["Patienteninformation – Ansprechpartner", "Einwilligungserklärung, Abschnitt 8"],
        "pos": [
            "Bei Fragen zur Studie erreichen Sie das Studienteam jederzeit unter {PN}.",
            "Im Notfall zeigen Sie Ihren Studienausweis und lassen Sie {PI} anrufen.",
        ],
        "neg": [
            "Dies ist {N.version} der Patienteninformation.",
            "Das Prüfpräparat gehört zur ATC-Gruppe {N.atc}.",
        ],
    },
    "safety": {
        "titles": ["Meldung schwerwiegender unerwünschter Ereignisse"],
        "pos": [
            "SUEs innerhalb von 24 Stunden telefonisch unter {PF} und per E-Mail an {E} melden.",
            "Der medizinische Monitor, {name}, ist unter {PM} erreichbar.",
        ],
        "neg": [
            "Kodierung nach MedDRA: {N.meddra}.",
            "Kit-Nummer {N.kit}, Charge {N.lot}, Randomisierungscode {N.randcode}.",
        ],
    },
}
DE_LOCAL = [
    "Aus dem {town}er Ortsnetz erreichen Sie die Studienambulanz direkt unter {L}.",
    "Probanden aus {town}: Anmeldung {L}, Rückrufbitte {L} – jeweils ohne Vorwahl.",
    "Innerhalb von {town} genügt für das Studienzentrum die Nummer {L}.",
    "Studienzentrum {town}, Ortsgespräch: {L}.",
]
DE_HEADS = ["Studienkontakte", "Ansprechpersonen der Studie"]
DE_LABELS = [
    "Studienschwester",
    "Prüfarzt",
    "Studienapotheke",
    "Probenannahme",
    "Rekrutierung",
    "Bereitschaft",
]

FR = {
    "recruit": {
        "titles": ["Volontaires sains recherchés", "Étude clinique sur l'eczéma – participation indemnisée"],
        "pos": [
            "Pour savoir si vous pouvez participer, appelez le centre d'investigation "
            "au {PN} ou écrivez à {E}.",
            "Vous pouvez aussi envoyer « ÉTUDE » par SMS au {PM}.",
            "Numéro vert, appel gratuit : {PF}.",
            "Depuis l'étranger, composez le {PI}.",
        ],
        "neg": [
            "Critères : {N.bmi}, non-fumeur, sans traitement chronique.",
            "Indemnisation : {N.money} pour l'ensemble de l'étude.",
        ],
    },
    "consent": {
        "titles": ["Note d'information – vos interlocuteurs", "Formulaire de consentement"],
        "pos": [
            "Pour toute question, l'attachée de recherche clinique, {name}, est joignable au {PN}.",
            "En cas d'urgence, présentez votre carte d'étude et faites appeler le {PI}.",
        ],
        "neg": [
            "Version du document : {N.version}.",
            "Les événements indésirables sont codés selon MedDRA ({N.meddra}).",
        ],
    },
    "courier": {
        "titles": ["Envoi des échantillons congelés"],
        "pos": [
            "Réservez l'enlèvement avant 13 h au {PF} ; le laboratoire central répond au {PN}.",
            "Envoyez le bordereau le jour même à {E}.",
        ],
        "neg": [
            "Colis avec {N.dryice}, lettre de transport {N.waybill}.",
            "Centrifuger à {N.centrifuge}, conserver à {N.freezer}.",
        ],
    },
    "ethics": {
        "titles": ["Avis favorable du CPP", "Modification substantielle – décision"],
        "pos": [
            "Le secrétariat du comité, {name}, répond au {PN} et à {E}.",
            "Le promoteur est joignable au {PI}.",
        ],
        "neg": [
            "Enregistrement : {N.nct}. Demi-vie : {N.halflife}.",
            "Protocole {N.protocol}, effectif prévu {N.samplesize}.",
        ],
    },
    "pharmacy": {
        "titles": ["Pharmacie des essais cliniques – excursion de température"],
        "pos": [
            "L'alarme du réfrigérateur prévient le pharmacien d'astreinte au {PM}.",
            "Signalez les lots en quarantaine au dépôt : {PI}.",
        ],
        "neg": [
            "L'enregistreur a relevé {N.logger} pendant le week-end.",
            "Kits concernés : {N.kit}, lot {N.lot}, conservation {N.storage}.",
        ],
    },
}
FR_HEADS = ["Contacts de l'étude", "Numéros du centre"]
FR_LABELS = [
    "Infirmière de recherche",
    "Investigateur principal",
    "Pharmacie",
    "Réception des échantillons",
    "Astreinte",
]
