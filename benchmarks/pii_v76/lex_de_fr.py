"""German and French sentences."""

DE = {
    "GENRES": ["nursery", "childminder", "nanny", "toddler", "schoolrun", "forum", "aupair"],
    "TITLES": {
        "nursery": [
            "Elternbrief der Kita Sonnenblume",
            "Eingewöhnung: die ersten zwei Wochen",
            "Infos zum Kitajahr",
        ],
        "childminder": ["Betreuungsvertrag Kindertagespflege – Auszug", "Nachricht von Ihrer Tagesmutter"],
        "nanny": ["Kinderfrau gesucht (Teilzeit)", "Absprachen für die Kinderfrau"],
        "toddler": ["Krabbelgruppe im Gemeindehaus", "PEKiP-Kurs: neue Termine"],
        "schoolrun": ["Fahrgemeinschaft Grundschule – Plan", "Wer fährt am Freitag?"],
        "forum": ["Forum › Kita & Tagespflege", "Re: Kita-Platz bekommen – wie habt ihr's geschafft?"],
        "aupair": ["Gastfamilie – Vermittlungsbestätigung", "Ankunft Ihres Au-pairs"],
    },
    "BODY": {
        "nursery": [
            "Ist Ihr Kind krank, melden Sie es bitte bis 8:30 Uhr telefonisch unter {P} ab.",
            "Die Gruppe Igel hat ein eigenes Diensthandy: {M} (auch per SMS).",
            "Den Elternbeitrag buchen wir per Lastschrift von {B} ab.",
            "Fragen zur Eingewöhnung beantwortet {NAME} unter {E}.",
            "Die Elternberatung der Stadt ist kostenlos unter {O} erreichbar.",
            "Der Login zur Kita-App wurde zuletzt von {IP4} aus genutzt.",
        ],
        "childminder": [
            "Sie erreichen mich tagsüber am besten mobil: {M}.",
            "Vertretung bei Krankheit übernimmt {NAME}, Tel. {P}.",
            "Das Essensgeld bitte auf {B} überweisen.",
            "Rechnungen verschicke ich von {EP}.",
            "Das Jugendamt (Fachdienst Tagespflege) erreichen Sie unter {P}.",
        ],
        "nanny": [
            "Bewerbungen gern an {EP} oder kurz per WhatsApp an {M}.",
            "Mein Mann ist beruflich oft in Zürich, seine Nummer: {I}.",
            "Das Babyphone hängt im WLAN unter {IPP}.",
            "Die Vermittlungsagentur ({NAME}) erreichen Sie unter {P}.",
        ],
        "toddler": [
            "Anmeldung bei {NAME}: {M} oder {EP}.",
            "Das Gemeindebüro ist unter {P} erreichbar, aber nur vormittags.",
            "Die Kursgebühr bitte vorab überweisen: {B}.",
        ],
        "schoolrun": [
            "Montag fährt {NAME} ({M}), Dienstag wir.",
            "Wer krank ist, bitte sofort im Sekretariat anrufen: {P}.",
            "Falls ich nicht rangehe: mein Mann unter {M}.",
        ],
        "forum": [
            "Wir haben einfach beim Träger angerufen ({P}) und hatten zwei Wochen später einen Platz.",
            "Die kostenlose Hotline {O} hat uns beim Kita-Gutschein geholfen.",
            "Mod: Zwei Konten, dieselbe IP {IP4}. Gesperrt.",
            "Schreib mir gern an {EP}, dann geb ich dir den Kontakt.",
        ],
        "aupair": [
            "Ihre Ansprechpartnerin bei der Agentur ist {NAME}, {P}, {E}.",
            "Ihr Au-pair ist bis zur Ankunft unter {I} erreichbar.",
            "Die Vermittlungsgebühr wurde von Ihrer Karte {C} abgebucht.",
            "Notfallnummer der Agentur (24 h): {O}.",
        ],
    },
    "NEGS": {
        "nursery": [
            "Kita-Gutschein Nr. {N:kita_voucher} liegt uns vor.",
            "Betreuungszeit: {N:session_times}, Gruppe für Kinder von {N:age_band} Monaten.",
            "Elternbeitrag ab August: {N:fee_amount} monatlich.",
            "Fiebergrenze {N:temperature}: dann bitte abholen.",
            "Wechselkleidung in Größe {N:clothing_size} mitbringen.",
        ],
        "childminder": [
            "Stundensatz {N:hourly_rate}, Betreuungsschlüssel {N:staff_ratio}.",
            "Geburtsdatum des Kindes: {N:child_dob}.",
            "Kindergeldnummer für die Bescheinigung: {N:kindergeld_no}.",
        ],
        "nanny": [
            "Lohn {N:hourly_rate} brutto, Minijob-Anmeldung übernehmen wir.",
            "Kindersitz mit Zulassung {N:ece_approval} ist im Auto.",
            "Gewicht bei der U6 auf der {N:centile} Perzentile.",
        ],
        "toddler": [
            "Für Kinder von {N:age_band} Monaten, immer {N:session_times}.",
            "Vorlesebuch diese Woche: ISBN {N:isbn}.",
        ],
        "schoolrun": [
            "Schuljahr {N:school_year}: Plan gilt ab den Herbstferien.",
            "Kindersitz-Prüfnummer {N:ece_approval} – bitte nur Sitze mit ECE R129.",
        ],
        "forum": [
            "Bei uns {N:fee_amount} für 45 Stunden, ist das viel?",
            "Fieber {N:temperature}, Dosis laut Beipackzettel {N:dose}.",
            "Größe {N:clothing_size} passt ihm jetzt, mit 2 Jahren.",
        ],
        "aupair": [
            "Vorgangsnummer {N:au_pair_app}; Visum beantragt.",
            "Taschengeld {N:fee_amount} pro Quartal laut Vertrag.",
        ],
    },
    "LOCAL": [
        "Aus dem {TOWN}er Ortsnetz erreichen Sie die Kita-Leitung direkt unter {L}.",
        "Für Eltern in {TOWN}: Büro {L}, Küche {L2} – ohne Vorwahl.",
        "Telefon (aus {TOWN} ohne Vorwahl wählen): {L}",
        "Wer in {TOWN} anruft, tippt einfach {L}; ab 16 Uhr läuft der Anrufbeantworter.",
        "Die Tagesmutter sagte, von {TOWN} aus reicht {L}.",
        "Krabbelgruppe {TOWN}, Ortsgespräch: {L}.",
        "Innerhalb von {TOWN} genügt für den Hort die {L}.",
        "Hausanschluss der Familie (Festnetz {TOWN}): {L}",
    ],
    "LIST_HEADS": ["Notfallkontakte", "Für den Kühlschrank", "Abholberechtigte", "Telefonliste"],
    "LIST_LABELS": [
        "Mama mobil",
        "Papa Büro",
        "Oma",
        "Kita",
        "Tagesmutter",
        "Nachbarin",
        "Kinderarzt",
        "Hort",
    ],
    "ORGS": ["Kita Sonnenblume", "Kinderhaus Wirbelwind", "Spatzennest", "Tagespflege Kleine Strolche"],
    "EMAIL_ROLES": ["kita", "leitung", "info", "verwaltung", "buero"],
}

FR = {
    "GENRES": ["nursery", "childminder", "nanny", "schoolrun", "forum", "aupair"],
    "TITLES": {
        "nursery": [
            "Crèche Les Petits Loups – lettre aux familles",
            "Adaptation : les deux premières semaines",
        ],
        "childminder": [
            "Assistante maternelle agréée – places disponibles",
            "Contrat d'accueil : récapitulatif",
        ],
        "nanny": ["Recherche nounou à domicile (garde partagée)", "Consignes pour la nounou"],
        "schoolrun": ["Covoiturage école – planning", "Qui récupère les enfants jeudi ?"],
        "forum": ["Forum parents › Modes de garde", "Re : crèche ou assistante maternelle ?"],
        "aupair": ["Famille d'accueil : confirmation de placement", "Arrivée de votre jeune fille au pair"],
    },
    "BODY": {
        "nursery": [
            "En cas d'absence, merci de prévenir la crèche au {P} avant 9 h.",
            "La directrice, {NAME}, répond aux questions à {E}.",
            "Le portail familles a enregistré une connexion depuis {IP4}.",
            "Le relais petite enfance est joignable gratuitement au {O}.",
        ],
        "childminder": [
            "Vous pouvez me joindre au {M}, de préférence par SMS pendant les siestes.",
            "En cas d'urgence, appelez mon conjoint au {P}.",
            "Mes coordonnées bancaires pour les frais d'entretien : {B}.",
            "Je vous envoie les fiches de présence depuis {EP}.",
        ],
        "nanny": [
            "Garde partagée avec la famille de {NAME} ({M}).",
            "Le papa est en déplacement à Bruxelles cette semaine : {I}.",
            "Candidatures à {EP}, avec deux références.",
        ],
        "schoolrun": [
            "Lundi : {NAME} ({M}). Mardi : nous.",
            "En cas de retard, appeler directement l'école au {P}.",
        ],
        "forum": [
            "On a appelé la mairie au {P}, ils ont une liste d'assistantes maternelles.",
            "Écris-moi à {EP} si tu veux le contact de notre nounou.",
        ],
        "aupair": [
            "Votre contact à l'agence : {NAME}, {P}, {E}.",
            "Frais d'inscription réglés par carte {C}.",
            "Avant son arrivée, elle reste joignable au {I}.",
        ],
    },
    "NEGS": {
        "nursery": [
            "Horaires : {N:session_times} ; section des {N:age_band} mois.",
            "Votre numéro d'allocataire CAF ({N:caf_number}) figure sur le contrat.",
            "Au-delà de {N:temperature}, nous vous appelons.",
        ],
        "childminder": [
            "Tarif horaire {N:hourly_rate} net ; identifiant Pajemploi {N:pajemploi_id}.",
            "Date de naissance de l'enfant : {N:child_dob}.",
        ],
        "nanny": [
            "Salaire {N:hourly_rate} net, déclaré via Pajemploi ({N:pajemploi_id}).",
            "Doliprane : {N:dose} si fièvre.",
        ],
        "schoolrun": ["Horaires de l'école : {N:session_times}."],
        "forum": [
            "La crèche nous coûte {N:fee_amount} par mois après le CMG.",
            "Vaccin fait hier, lot {N:vaccine_lot}, 38 de fièvre le soir.",
        ],
        "aupair": ["Argent de poche {N:fee_amount} par trimestre."],
    },
    "LIST_HEADS": ["Contacts en cas d'urgence", "Numéros pour la nounou", "À appeler"],
    "LIST_LABELS": ["Maman (portable)", "Papa (bureau)", "Mamie", "Crèche", "Nounou", "Pédiatre", "Voisine"],
    "ORGS": ["Les Petits Loups", "Crèche Pomme d'Api", "Les P'tits Mousses"],
    "EMAIL_ROLES": ["creche", "direction", "contact", "accueil"],
}
