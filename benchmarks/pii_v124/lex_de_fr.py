"""German and French sentences for v124 (slots as in lex_en)."""

DE = {
    "genres": {
        "toyshop": {
            "title": [
                "Ihre Reservierung im Spielwarenladen",
                "Abholbereit: Holzspielzeug",
                "Hinweis zur Bestellung",
            ],
            "body": [
                "Die Murmelbahn ({n:piece_count}) liegt für Sie an der Kasse bereit, geprüft "
                "nach {n:en71_ref}.",
                "Falls Sie es nicht schaffen, rufen Sie Frau Lindner unter {P} an, dann legen "
                "wir sie bis Freitag zurück.",
                "Die Anzahlung wurde von der Karte {C} abgebucht.",
                "Geschenkverpackung gibt es gratis – kurze Mail an {R} genügt.",
                "Rückrufaktion Quietscheente: kostenlos unter {T}.",
                "Set {n:brick_set} kommt erst nächste Woche wieder rein.",
                "Geschäftskunden überweisen bitte auf {B}.",
            ],
        },
        "railway": {
            "title": ["Fahrabend der Modellbahnfreunde", "Anlagenbericht", "Ausstellungsplanung"],
            "body": [
                "Gefahren wird mit Modellzeit {n:fast_clock}; die {n:wheel_arrangement} zieht den Eilzug.",
                "Lok {n:loco_running_no} hat jetzt die Adresse {n:dcc_address}, bei Ruckeln "
                "{n:cv_setting} setzen.",
                "Die Rampe zum Bergbahnhof hat {n:gradient}, Mindestradius {n:track_radius}.",
                "Störungen im Schattenbahnhof bitte an Jürgen unter {P} melden.",
                "Ausstellungsanfragen für das Segment ({n:layout_size}) an {R}.",
                "Die Zentrale ist im Vereinsnetz unter {ipp} erreichbar.",
            ],
        },
        "dollhosp": {
            "title": ["Puppenklinik – Aufnahmeschein", "Kostenvoranschlag Puppenreparatur"],
            "body": [
                "Patientin: Porzellankopf mit Prägung {n:doll_mould}, Kopfumfang {n:head_circ}.",
                "Wir ziehen neuen Gummi ({n:elastic_gauge}) ein und setzen die Schlafaugen "
                "({n:eye_size}) neu.",
                "Sie liegt in {n:repair_bay}, bis der Perückenkleber trocken ist.",
                "Rückfragen beantwortet Frau Albrecht unter {P}, dienstags bis freitags.",
                "Die Anzahlung überweisen Sie bitte auf {B}.",
                "Fotos vom Ergebnis schicken wir gern an {E}.",
            ],
        },
        "rcfly": {
            "title": ["Modellflugverein – Platzordnung", "Neumitglieder-Info"],
            "body": [
                "Geflogen wird bis {n:height_limit}; die Betreiber-ID gehört sichtbar ins Modell.",
                "Der Schulungsflieger hat {n:wingspan} Spannweite, Luftschraube {n:prop_size}, "
                "Motor {n:motor_kv}.",
                "Lehrer-Schüler-Stunden bei Tobias unter {P} vereinbaren.",
                "Der Simulator-Server im Vereinsheim läuft unter {ipp}.",
                "Gäste aus dem Ausland erreichen den Vorstand unter {I}.",
                "Beiträge bitte auf {B}.",
            ],
        },
    },
    "local": [
        "Wer in {town} wohnt, erreicht den Laden ohne Vorwahl unter {L}.",
        "Aus dem {town}er Ortsnetz: Werkstatt {L}, Verkauf {L}.",
        "Vereinsheim {town} – im Ort einfach {L} wählen.",
        "Innerhalb von {town} genügt die {L}.",
    ],
    "heads": ["Telefonliste", "Ansprechpartner im Verein", "So erreichen Sie uns"],
    "labels": ["Vorstand", "Kassenwart", "Werkstatt", "Laden", "Platzwart", "Jugendwart"],
}

FR = {
    "genres": {
        "toyshop": {
            "title": ["Votre commande est prête", "Magasin de jouets – retrait en boutique"],
            "body": [
                "Le circuit à billes ({n:piece_count}) vous attend en caisse, conforme à la "
                "norme {n:en71_ref}.",
                "Empêchée samedi ? Appelez Camille au {P}, elle le garde jusqu'à mercredi.",
                "L'acompte a été prélevé sur la carte {C}.",
                "Paquet cadeau offert : un mot à {R} suffit.",
                "Rappel du canard à tirer : numéro gratuit {T}.",
                "La boîte {n:brick_set} revient en stock la semaine prochaine.",
            ],
        },
        "dollhosp": {
            "title": ["Hôpital des poupées – fiche d'admission", "Devis de réparation"],
            "body": [
                "Patiente : tête en biscuit marquée {n:doll_mould}, tour de tête {n:head_circ}.",
                "Nous remplaçons l'élastique ({n:elastic_gauge}) et reposons les yeux dormeurs "
                "({n:eye_size}).",
                "Une question sur le devis ? Madame Perrin répond au {P} du mardi au vendredi.",
                "Le solde peut être réglé par virement sur {B}.",
                "Les photos avant/après partent à {E} si vous le souhaitez.",
            ],
        },
        "kite": {
            "title": ["Festival de cerfs-volants – briefing", "Club de cerf-volant : week-end"],
            "body": [
                "Vent annoncé {n:wind_range} : prenez les ailes de {n:kite_size}.",
                "Les lignes d'arène doivent tenir au moins {n:line_strength}.",
                "Un enfant ou un cerf-volant perdu ? Appelez la tente au {P}.",
                "Les pilotes étrangers joignent le responsable au {I}.",
                "Inscriptions à l'atelier : {R}.",
            ],
        },
    },
    "local": [
        "Depuis {town}, composez simplement le {L}.",
    ],
    "heads": ["Numéros du club", "Qui appeler"],
    "labels": ["Président", "Trésorière", "Atelier", "Boutique", "Accueil"],
}
