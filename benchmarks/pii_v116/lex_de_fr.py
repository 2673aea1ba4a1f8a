"""German and French sentences for v116 (same placeholders as lex_en)."""

DE = {
    "skischool": (
        ["Skischule – Anmeldebestätigung", "Ihr Privatkurs im Schnee", "Kinderskikurs: Infos für Eltern"],
        [
            "Treffpunkt ist das Zauberteppich-Gelände, Kursbeginn {n:lift_hours}.",
            "Skilehrer {name} (Ausweis {n:instructor_licence}) meldet sich bei Kursänderungen unter {mob}.",
            "Kurs {n:course_code} ist ausgebucht; für die Warteliste wählen Sie {ph}.",
            "Bitte geben Sie Größe und Gewicht Ihres Kindes an ({n:height_weight}), damit die Bindung passt.",
            "Leihhelme gibt es in den Größen {n:helmet}.",
            "Die Kursgebühr wurde von der Karte {card} abgebucht.",
            "Fragen zum Skikindergarten beantworten wir gern per Mail an {mail}.",
        ],
    ),
    "liftpass": (
        ["Kassa Bergbahnen – Kaufbeleg", "Saisonkarte verlängert", "Ihr Skipass wurde aufgeladen"],
        [
            "Der Skipass mit Chipnummer {n:wtp_chip} ist für sechs Tage gültig.",
            "Karte verloren? Lassen Sie sie unter {ph} sperren; die Ersatzkarte kostet {n:price}.",
            "Die Raten der Saisonkarte ziehen wir per Lastschrift von {iban} ein.",
            (
                "Betriebszeiten: {n:lift_hours}; die {n:lift_id} öffnet erst nach Freigabe durch die "
                "Pistenrettung."
            ),
            "Saison: {n:season_dates}, je nach Schneelage.",
            "Gruppenpreise ab 20 Personen erfragen Sie unter {free}.",
        ],
    ),
    "snowreport": (
        ["Schneebericht am Morgen", "Pisten- und Liftbericht", "Wetter und Schnee zum Wochenende"],
        [
            "Neuschnee: {n:new_snow}, Schneehöhe am Berg {n:snow_depth}.",
            "Am Gipfel um 7 Uhr {n:temperature}, Böen bis {n:wind_gusts}.",
            "Messstation {n:station_id} auf {n:altitude}: Wasserwert der Schneedecke {n:swe}.",
            "Die Beschneiung lief die ganze Nacht mit etwa {n:snowmaking}.",
            "Tonband-Schneetelefon: {ph}.",
            "Die Talabfahrt hat {n:vertical_drop} – am Nachmittag sulzig.",
            "Die Betriebsleitung erreichen Sie unter {mob}.",
        ],
    ),
    "avalanche": (
        ["Lawinenlagebericht", "Lawinenwarndienst – Update", "Hinweise für Tourengeher"],
        [
            "Gefahrenstufe {n:danger_level} oberhalb der Waldgrenze.",
            (
                "Triebschnee in Nord- bis Osthängen zwischen {n:altitude_band}, Hangneigung über "
                "{n:slope_angle}."
            ),
            "Nächste Ausgabe: {n:bulletin_time}.",
            "Beobachtungen und Lawinenabgänge melden Sie bitte dem Warndienst unter {ph}.",
            "Im Notfall zuerst {intl} anrufen, Funkkanal {n:radio_freq}.",
            "Schneeprofil von {name} bei {n:gps} liegt bei.",
        ],
    ),
    "rental": (
        ["Skiverleih – Mietvertrag", "Abholschein Verleih", "Ihre Ausrüstung ist reserviert"],
        [
            "Ski {n:ski_length}, Schuh {n:mondopoint}, Sohlenlänge {n:boot_sole}, Z-Wert {n:din_setting}.",
            "Mietvertrag {n:rental_contract} gilt bis Betriebsschluss am Abreisetag.",
            "Die Kaution wurde auf {card} vorgemerkt.",
            "Drückt der Schuh? Kommen Sie vorbei oder rufen Sie die Werkstatt an: {ph}.",
            "Ihr Skidepot an der Talstation öffnet mit Code {n:locker_code}.",
            "Belege schicken wir von {mail}.",
        ],
    ),
    "chalet": (
        ["Buchungsbestätigung Chalet", "Willkommen im Chalet", "Anreiseinfos für Ihre Hütte"],
        [
            "Ihre Gastgeberin {name} empfängt Sie persönlich, mobil unter {mob}.",
            "Buchung {n:booking_ref}: sechs Personen, Halbpension, Zimmer {n:room}.",
            "Bitte überweisen Sie den Restbetrag auf {iban}.",
            "Das WLAN läuft über den Router {ip}; das Kennwort hängt am Kühlschrank.",
            "Skibus ab der Haltestelle um {n:bus_times}.",
            "Für Navis: {n:postcode}; in der letzten Kehre können Ketten nötig sein.",
            "Nach 22 Uhr erreichen Sie den Bereitschaftsdienst unter {ph}.",
        ],
    ),
}

FR = {
    "skischool": (
        ["École de ski – confirmation de cours", "Votre cours particulier", "Semaine ski des enfants"],
        [
            "Rendez-vous au jardin des neiges à {n:lift_hours}, le moniteur porte un dossard rouge.",
            (
                "Votre moniteur {name} (carte {n:instructor_licence}) vous préviendra au {mob} en cas de "
                "changement."
            ),
            (
                "Le cours {n:course_code} est complet ; le bureau des inscriptions au {ph} gère la liste "
                "d'attente."
            ),
            (
                "Merci d'indiquer la taille et le poids de l'enfant ({n:height_weight}) pour le réglage des "
                "fixations."
            ),
            "Le casque est obligatoire, nous prêtons les tailles {n:helmet}.",
            "Les forfaits cours ont été réglés avec la carte {card}.",
            "Pour le club des piou-piou, écrivez à {mail}.",
        ],
    ),
    "liftpass": (
        ["Caisse des remontées – reçu", "Renouvellement du forfait saison", "Rechargement de votre forfait"],
        [
            "Le forfait au numéro de puce {n:wtp_chip} est rechargé pour six jours.",
            "Forfait perdu ? Faites-le bloquer au {ph} ; le duplicata coûte {n:price}.",
            "Le prélèvement mensuel sera effectué sur {iban}.",
            "Les remontées tournent de {n:lift_hours} ; le {n:lift_id} ouvre après le passage des pisteurs.",
            "Saison : {n:season_dates}, selon l'enneigement.",
            "Tarifs groupes : appelez le {free}.",
        ],
    ),
    "snowreport": (
        ["Bulletin neige du matin", "État des pistes", "Conditions du week-end"],
        [
            "Cette nuit, {n:new_snow} ; hauteur de neige en haut des pistes : {n:snow_depth}.",
            "Au sommet à 7 h : {n:temperature}, rafales de {n:wind_gusts}.",
            "La station {n:station_id} à {n:altitude} mesure un équivalent en eau de {n:swe}.",
            "Répondeur neige : {ph}.",
            "Les canons ont tourné toute la nuit, environ {n:snowmaking}.",
            "Le service des pistes reste joignable au {mob}.",
        ],
    ),
    "avalanche": (
        ["Bulletin d'estimation du risque d'avalanche", "Point avalanche", "Conseils hors-piste"],
        [
            "Risque {n:danger_level} au-dessus de la limite des forêts.",
            (
                "Plaques à vent en versants nord à est entre {n:altitude_band}, pentes de plus de "
                "{n:slope_angle}."
            ),
            "Prochain bulletin : {n:bulletin_time}.",
            "Signalez toute coulée au centre de prévision au {ph}.",
            "En cas d'accident, composez d'abord le {intl} ; canal radio {n:radio_freq}.",
            "Le profil de neige relevé par {name} ({n:gps}) est joint.",
        ],
    ),
    "rental": (
        ["Location de matériel – contrat", "Bon de retrait location", "Réservation au magasin de ski"],
        [
            "Skis {n:ski_length}, chaussures {n:mondopoint}, semelle {n:boot_sole}, réglage {n:din_setting}.",
            "Contrat {n:rental_contract} valable jusqu'à la fermeture le dernier jour.",
            "Une caution a été pré-autorisée sur {card}.",
            "Chaussures douloureuses ? Passez à l'atelier ou appelez le {ph}.",
            "Casier au pied des pistes : code {n:locker_code}.",
            "Les factures partent de {mail}.",
        ],
    ),
    "chalet": (
        ["Confirmation de réservation – chalet", "Bienvenue au chalet", "Informations d'arrivée"],
        [
            "Votre hôtesse {name} vous accueille ; son portable : {mob}.",
            "Réservation {n:booking_ref} : six personnes, demi-pension, chambre {n:room}.",
            "Le solde est à virer sur {iban}.",
            "Le Wi-Fi passe par la box {ip} ; le code est sur le frigo.",
            "Navette des pistes : {n:bus_times}.",
            "Pour le GPS : {n:postcode}. Après 22 h, le gardien répond au {ph}.",
        ],
    ),
}

LOCAL_DE = [
    "Wer in {town} wohnt, erreicht den Skiverleih ohne Vorwahl unter {loc}.",
    "Skischule {town}, Ortsgespräch: {loc}; Schneetelefon {loc}.",
    "Aus dem Festnetz in {town} wählen Sie für die Kassa einfach {loc}.",
    "Im Ortsnetz {town} ist die Bergwacht-Hütte unter {loc} zu erreichen.",
    "Sie sind schon in {town}? Dann genügt für die Rezeption die {loc}.",
    "Unser Laden in {town} hat die Ortsnummer {loc}.",
]
HEADS = {
    "de": ["Nummern am Berg", "Kontakt im Skigebiet", "Telefonliste"],
    "fr": ["Numéros de la station", "Contacts sur place", "Qui appeler"],
}
LABELS = {
    "de": [
        "Skischule",
        "Kassa",
        "Verleih",
        "Pistenrettung",
        "Chalet",
        "Transfer",
        "Schneetelefon",
        "Fundbüro",
    ],
    "fr": [
        "École de ski",
        "Caisses",
        "Location",
        "Pisteurs",
        "Chalet",
        "Navette",
        "Répondeur neige",
        "Objets trouvés",
    ],
}
