"""German, French and Dutch sentences: Grabungen, fouilles, opgravingen and detecting clubs."""

DE = {
    "titles": {
        "dig": ["Grabungstagebuch, 2. Woche", "Hinweise für Grabungshelfer", "Lehrgrabung: Ablauf"],
        "flo": ["Fundmeldung an das Landesamt", "Sprechstunde für Sondengänger", "Ihre Fundmeldung"],
        "club": ["Rundbrief der Sondengänger-AG", "Protokoll der Jahreshauptversammlung"],
        "fieldwalk": ["Feldbegehung am Samstag", "Begehung des Ackers am Hohlweg"],
        "consult": ["Angebot: baubegleitende Untersuchung", "Voruntersuchung für das Baugebiet"],
        "lab": ["Probeneinsendung", "Restaurierungswerkstatt: Termine"],
    },
    "pos": {
        "dig": [
            "Wer morgens später kommt, meldet sich bitte per SMS beim Schnittleiter unter {P}.",
            "Für Werkzeug, Schlüssel und Bauwagen ist {name} zuständig ({P}).",
            "Bei Starkregen entscheiden wir um 6 Uhr; danach Auskunft unter {P}.",
        ],
        "flo": [
            "Bitte melden Sie Funde mit genauer Fundstelle; telefonisch erreichen Sie uns unter {P}.",
            "Die Sprechstunde für ehrenamtliche Sondengänger findet dienstags statt, Anmeldung unter {P}.",
            "Bei Verdacht auf Munition sofort aufhören und den Kampfmittelräumdienst informieren, danach "
            "uns: {P}.",
        ],
        "club": [
            "Neue Mitglieder melden sich vor der ersten Begehung bei {name}, {P}.",
            "Der Mitgliedsbeitrag ist bis März fällig; Rückfragen an die Kasse unter {P}.",
        ],
        "fieldwalk": [
            "Treffpunkt ist der Feldweg hinter der Kapelle; wer sich verfährt, ruft {P} an.",
            "Fundtüten und Stifte bringen wir mit. Fahrgemeinschaften über {P}.",
        ],
        "consult": [
            "Ihr Ansprechpartner für die Baubegleitung ist {name}, Durchwahl {P}.",
            "Die Untere Denkmalbehörde verlangt Sondageschnitte; Abstimmung über unser Büro unter {P}.",
        ],
        "lab": [
            "Proben bitte trocken und doppelt verpackt einsenden; bei Fragen {P}.",
            "Die Röntgenaufnahmen der Eisenfunde sind fertig, {name} bespricht sie gern unter {P}.",
        ],
    },
    "neg": {
        "dig": [
            "Befund {n:context} ist eine jüngere Grube; die Sohle liegt bei {n:elevation}.",
            "{n:trench} wurde nach dem Regen wieder geöffnet, Fotos {n:photos}.",
            "Die Verfüllung aus Probe {n:sample} ist dunkelbraun ({n:munsell}).",
        ],
        "flo": [
            "Die Fibel ist im Fundmeldesystem erfasst, Fundstelle {n:eastnorth}.",
            "Die Münze: {n:coinweight}, {n:dieaxis}.",
        ],
        "club": [
            "Bewährte Einstellung auf schwerem Lehm: {n:detector}.",
            "Im letzten Jahr kamen {n:hours} zusammen.",
        ],
        "fieldwalk": [
            "Sammeleinheiten von 20 m, Ausgangspunkt {n:utm}.",
            "Die Fundkonzentration liegt bei {n:latlon}.",
        ],
        "consult": [
            "Das Vorhaben ({n:planning}) liegt 200 m von einem Bodendenkmal entfernt.",
            "Die Geophysik zeigte Anomalien von {n:geophys}.",
        ],
        "lab": [
            "Die Datierung ergab {n:c14} ({n:labcode}), kalibriert {n:calrange}.",
            "Das Eichenholz: {n:dendro}.",
        ],
    },
    "local": [
        "Wer in {town} wohnt, erreicht das Grabungsbüro ohne Vorwahl unter {L}.",
        "Fundannahme {town}: aus dem Ortsnetz einfach {L} wählen, Werkstatt {L}.",
        "Im Ortsnetz {town} ist der Vereinsvorsitzende unter {L} zu erreichen.",
        "Sprechstunde im Museum {town} – innerorts genügt die {L}.",
        "Grabungshelfer aus {town} melden sich vom Festnetz unter {L}.",
    ],
    "heads": ["Ansprechpartner Grabung", "Telefonliste der AG", "Kontakte Fundmeldung"],
    "labels": ["Grabungsleitung", "Fundverwaltung", "Vorsitz", "Restaurierung", "Landesamt", "Bauleitung"],
    "E": ["Fotos der Funde bitte mit Fundstelle an {E} schicken.", "Anmeldungen bitte an {E}."],
    "C": ["Die Kursgebühr der Lehrgrabung wurde von Karte {C} abgebucht."],
    "I": [
        "Bitte überweisen Sie den Beitrag auf {I}, Verwendungszweck: Name.",
        "Unsere Rechnung ist zahlbar auf das Konto {I}.",
    ],
    "IP": ["Die Baustellenkamera ist unter {IP} erreichbar.", "Der GIS-Server steht unter {IP}."],
}

FR = {
    "titles": {
        "dig": ["Journal de fouille", "Chantier de fouille : consignes aux bénévoles"],
        "club": ["Bulletin de l'association", "Compte rendu de la réunion"],
        "fieldwalk": ["Prospection pédestre dimanche", "Prospection du champ labouré"],
        "consult": ["Diagnostic archéologique : devis", "Suivi de travaux : prochaines étapes"],
        "lab": ["Envoi d'échantillons", "Atelier de restauration : rendez-vous"],
    },
    "pos": {
        "dig": [
            "En cas de retard au briefing de 8 h, prévenez le responsable de secteur au {P}.",
            "Clés du cabanon et outillage : voir {name} ({P}).",
        ],
        "club": [
            "Les nouveaux adhérents appellent le secrétaire au {P} avant la première sortie.",
            "Cotisations : la trésorière, {name}, répond au {P} le soir.",
        ],
        "fieldwalk": [
            "Rendez-vous au chemin derrière la chapelle ; en cas de souci, {P}.",
            "Covoiturage : contactez {name} au {P}.",
        ],
        "consult": [
            "Votre interlocuteur pour le suivi de travaux est {name}, ligne directe {P}.",
            "Le service régional a demandé un diagnostic ; pour en parler, appelez-nous au {P}.",
        ],
        "lab": [
            "Les échantillons doivent arriver secs ; problème de transporteur : {P}.",
            "Les radiographies sont prêtes, {name} vous les présentera au {P}.",
        ],
    },
    "neg": {
        "dig": [
            "L'US {n:context} est une fosse plus récente ; le fond est à {n:ngf}.",
            "Prélèvement {n:sample} : sédiment brun foncé ({n:munsell}).",
        ],
        "club": ["Réglages retenus sur l'argile lourde : {n:detector}."],
        "fieldwalk": [
            "Carroyage de 20 m, point de départ {n:latlon}.",
            "Ramassage : {n:sherds} de céramique médiévale.",
        ],
        "consult": ["Le projet se situe à 300 m d'un site connu ; la géophysique montre {n:geophys}."],
        "lab": ["La datation donne {n:c14} ({n:labcode}), soit {n:calrange}.", "Le chêne : {n:dendro}."],
    },
    "heads": ["Contacts du chantier", "Numéros de l'association"],
    "labels": ["Responsable d'opération", "Mobilier", "Présidence", "Restauration", "Base vie"],
    "E": ["Envoyez vos photos de mobilier à {E}.", "Inscriptions à {E}."],
    "C": ["Les frais du stage de fouille ont été réglés avec la carte {C}."],
    "I": ["Merci de régler la cotisation par virement sur {I}.", "Facture payable sur le compte {I}."],
    "IP": ["La caméra du chantier diffuse depuis {IP}."],
}

NL = {
    "titles": {
        "dig": ["Opgravingsdagboek", "Info voor vrijwilligers op de opgraving"],
        "flo": ["Uw PAN-melding", "Vondstmelding en determinatie"],
        "club": ["Nieuwsbrief detectorvereniging", "Verslag ledenvergadering"],
        "fieldwalk": ["Veldkartering zaterdag", "Kartering van de akker"],
        "consult": ["Offerte: archeologische begeleiding", "Proefsleuvenonderzoek: planning"],
    },
    "pos": {
        "dig": [
            "Later bij de ochtendbriefing? Stuur de werkputleider een bericht op {P}.",
            "Sleutels van de keet en gereedschap: {name}, {P}.",
        ],
        "flo": [
            "Meld uw vondsten met de exacte vindplaats; telefonisch zijn we bereikbaar op {P}.",
            "Determinatiemiddag in de bibliotheek, aanmelden bij {name} via {P}.",
        ],
        "club": [
            "Nieuwe leden bellen eerst de secretaris op {P}.",
            "De contributie kan worden voldaan bij de penningmeester ({P}).",
        ],
        "fieldwalk": ["We verzamelen bij de kerk; kwijt? Bel {P}.", "Meerijden kan, regel het via {P}."],
        "consult": [
            "Uw contactpersoon voor de begeleiding is {name}, direct nummer {P}.",
            "De gemeente vraagt eerst proefsleuven; overleg via ons kantoor op {P}.",
        ],
    },
    "neg": {
        "dig": [
            "Spoor {n:context} is een jongere kuil; de bodem ligt op {n:elevation}.",
            "Monster {n:sample} bestaat uit donkerbruine grond ({n:munsell}).",
        ],
        "flo": [
            "Uw fibula staat in de database; vindplaats {n:latlon}.",
            "De munt: {n:coinweight}, {n:dieaxis}.",
        ],
        "club": ["Instellingen op zware klei: {n:detector}."],
        "fieldwalk": ["Vakken van 20 m, eerste hoek op {n:utm}.", "Opbrengst: {n:sherds} aardewerk."],
        "consult": ["Kadastraal perceel {n:parcel} ligt naast een monument; geofysica: {n:geophys}."],
    },
    "local": [
        "Woont u in {town}? Het vondstdepot is zonder netnummer te bellen op {L}.",
        "Vanaf een vaste lijn in {town} is de voorzitter bereikbaar op {L}.",
        "Determinatie in {town}: binnen de stad draait u {L}, of het museum op {L}.",
        "Voor vrijwilligers uit {town} is de keet lokaal te bellen: {L}.",
    ],
    "heads": ["Contacten opgraving", "Telefoonlijst vereniging"],
    "labels": ["Projectleider", "Vondstverwerking", "Voorzitter", "Secretaris", "Keet"],
    "E": ["Foto's van vondsten graag naar {E}.", "Aanmelden via {E}."],
    "C": ["Het cursusgeld is afgeschreven van kaart {C}."],
    "I": [
        "Contributie graag overmaken op {I} onder vermelding van uw naam.",
        "Onze factuur is betaalbaar op {I}.",
    ],
    "IP": ["De bouwplaatscamera is bereikbaar op {IP}."],
}
