"""German and French sentences (outdoors and nature genres), written fresh for v71."""

DE = {
    "ranger": {
        "titles": ["Hinweis der Nationalparkverwaltung", "Infoblatt Ranger-Station", "Aus dem Schutzgebiet"],
        "phone": [
            "Vermisste Wanderer melden Sie bitte sofort der Leitstelle unter {ph}.",
            "Ranger {name} ist tagsüber mobil unter {mob} erreichbar, auch für Führungen.",
            "Für grenzüberschreitende Touren gibt die Partnerverwaltung unter {intl} Auskunft.",
            "Waldbrand gesehen? Kostenlos unter {oth} melden.",
        ],
        "neg": [
            "Der Steg ist bei {n:gps_decimal} gesperrt; Umleitung über Weg {n:trail_number}.",
            "Das Infozentrum hat {n:opening_hours} geöffnet, montags geschlossen.",
            "Im vergangenen Jahr zählten wir {n:visitor_count} Besucherinnen und Besucher.",
            "Waldbrandindex heute: {n:fire_index} – Grillen nur an den festen Stellen.",
        ],
        "extra": ["Fotos von Schäden bitte an {role}; Rückfragen an {mail}."],
    },
    "hut": {
        "titles": [
            "Reservierungsbestätigung Berghütte",
            "Hüttenwirtin informiert",
            "Ihre Übernachtung auf der Hütte",
        ],
        "phone": [
            "Hüttenwirt {name} erreichen Sie unter {mob} – bitte eher per SMS, der Empfang ist schwach.",
            "Stornierungen bis 48 Stunden vorher telefonisch unter {ph}.",
            "Die Sektion im Tal nimmt Winterraum-Anfragen unter {intl} entgegen.",
        ],
        "neg": [
            "Buchungsnummer {n:hut_booking_ref}, bitte bei Ankunft nennen.",
            "Die Hütte liegt auf {n:summit_altitude} und hat {n:bed_count} Lager.",
            "Vom Parkplatz sind es {n:ascent_hm}, rechnen Sie mit vier Stunden.",
            "Karte: Blatt {n:map_sheet}, Maßstab {n:map_scale}.",
        ],
        "extra": [
            "Die Anzahlung wurde von der Karte {card} abgebucht.",
            "Den Restbetrag überweisen Sie bitte auf {iban}.",
        ],
    },
    "angling": {
        "titles": ["Fischereiverein – Mitgliederbrief", "Gewässerordnung und Erlaubnisscheine"],
        "phone": [
            "Tageskarten gibt es beim Gewässerwart {name}, Telefon {mob}.",
            "Fischsterben oder Verschmutzung bitte sofort an {ph} melden.",
            "Unser Partnerverein in Österreich ist unter {intl} erreichbar.",
        ],
        "neg": [
            "Ihre Mitgliedsnummer lautet {n:angling_member}.",
            "Erlaubnisschein {n:fishing_permit} gilt ab {n:river_km} flussabwärts.",
            "Schonmaß Bachforelle {n:catch_size}, Fanglimit {n:bag_limit}.",
            "Wassertemperatur am Pegel: {n:water_temp}, Pegelstand {n:water_gauge}.",
        ],
        "extra": ["Beiträge bitte per Dauerauftrag auf {iban}.", "Fangmeldungen an {role}."],
    },
    "hunting": {
        "titles": [
            "Hegering – Mitteilung zur Jagdsaison",
            "Begehungsschein",
            "Jagdgenossenschaft informiert",
        ],
        "phone": [
            "Vor dem Ansitz bitte beim Revierleiter {name} unter {mob} abmelden.",
            "Wildunfälle nimmt die Kreisjägerschaft unter {ph} auf.",
            "Gäste aus dem Ausland melden sich bei der Verwaltung unter {intl}.",
        ],
        "neg": [
            "Jagdschein-Nr. {n:hunting_licence} ist mitzuführen.",
            "Der Pachtzins für das Revier beträgt {n:fee_amount} im Jahr.",
            "Hochsitz 7 steht bei {n:utm}, Blickrichtung {n:bearing}.",
            "Revierfläche {n:hectares}, Grenze entlang Flurstück {n:parcel_number}.",
            "Jagdzeit {n:season_dates}, außerhalb davon Ruhe im Revier.",
        ],
        "extra": ["Pachtanteile bis Ende Juli auf {iban}."],
    },
    "wildlife": {
        "titles": [
            "Wildtierhilfe – Aufnahmebericht",
            "Igelstation: Neues aus der Pflege",
            "Notruf Wildtierrettung",
        ],
        "phone": [
            "Verletztes Tier gefunden? Rufen Sie unsere Notrufnummer {ph} an.",
            "Nachts ist {name} unter {mob} im Bereitschaftsdienst.",
            "Greifvögel geben wir an die Auffangstation weiter: {intl}.",
        ],
        "neg": [
            "Fall {n:rescue_case}: Dachs, ausgewildert bei {n:gps_dms}.",
            "Der Hund war gechippt ({n:microchip}), der Halter war schnell gefunden.",
            "Das Kitz trug die Ohrmarke {n:ear_tag}.",
            "Beringt mit {n:bird_ring} und wieder freigelassen.",
        ],
        "extra": ["Spenden per Karte ({card}) – herzlichen Dank!", "Dienstplan-Tausch über {role}."],
    },
    "trail": {
        "titles": ["Lawinenlagebericht", "Wegezustand und Bergwetter"],
        "phone": [
            "Im Notfall die Bergwacht über {oth} oder die Ortsstelle unter {ph} verständigen.",
            "Bergführer {name} aktualisiert den Bericht täglich, Fragen an {mob}.",
        ],
        "neg": [
            "Lawinenwarnstufe {n:avalanche_level}, Schneehöhe an der Station {n:snow_depth}.",
            "Wind am Grat {n:wind_speed}, gemessen an Station {n:wmo_station}.",
            "Sonnenaufgang und -untergang: {n:sun_times}.",
        ],
        "extra": ["Die Wetterstation sendet von {ip} – friert die Anzeige ein, ist die Leitung tot."],
    },
}

FR = {
    "ranger": {
        "titles": ["Avis du garde du parc", "Parc national – information aux visiteurs"],
        "phone": [
            "Pour signaler un randonneur en retard, appelez le poste de garde au {ph}.",
            "Le garde-moniteur {name} répond au {mob} pendant les maraudes.",
            "Le parc voisin, de l'autre côté de la frontière, répond au {intl}.",
            "Départ de feu : composez immédiatement le {oth}.",
        ],
        "neg": [
            "La passerelle est fermée au point {n:gps_decimal} ; déviation par le sentier {n:trail_number}.",
            "La maison du parc est ouverte de {n:opening_hours}.",
            "Indice forêt-météo du jour : {n:fire_index}.",
        ],
        "extra": ["Les photos de dégâts sont à envoyer à {role}."],
    },
    "hut": {
        "titles": ["Confirmation de réservation – refuge", "Mot du gardien de refuge"],
        "phone": [
            "Le gardien, {name}, est joignable au {mob} (réseau faible, laissez un message).",
            "Annulation au plus tard 48 h avant au {ph}.",
            "Le bureau de la section gère le local d'hiver : {intl}.",
        ],
        "neg": [
            "Votre numéro de réservation : {n:hut_booking_ref}.",
            "Le refuge est à {n:summit_altitude}, {n:bed_count} couchettes.",
            "Carte IGN {n:map_sheet}, échelle {n:map_scale}.",
        ],
        "extra": ["L'acompte a été débité sur la carte {card}.", "Solde par virement sur {iban}."],
    },
    "angling": {
        "titles": ["AAPPMA – lettre aux adhérents", "Règlement de pêche"],
        "phone": [
            "Les cartes journalières sont en vente chez le garde-pêche, {name}, au {mob}.",
            "Pollution ou mortalité de poissons : appelez le {ph}.",
        ],
        "neg": [
            "Votre numéro d'adhérent : {n:angling_member}.",
            "Taille minimale de la truite : {n:catch_size}, quota {n:bag_limit}.",
            "Température de l'eau : {n:water_temp}, hauteur à l'échelle {n:water_gauge}.",
        ],
        "extra": ["Cotisations par virement sur {iban}.", "Résultats des concours à {role}."],
    },
    "wildlife": {
        "titles": ["Centre de soins de la faune sauvage", "Fiche d'admission – soins faune"],
        "phone": [
            "Vous avez trouvé un animal blessé ? Appelez notre permanence au {ph}.",
            "La nuit, {name} assure l'astreinte au {mob}.",
            "Les oiseaux mazoutés partent vers le centre côtier : {intl}.",
        ],
        "neg": [
            "Dossier {n:rescue_case} : renard relâché au point {n:gps_dms}.",
            "Le chien était pucé ({n:microchip}).",
            "Bague {n:bird_ring} relevée avant le lâcher.",
        ],
        "extra": ["Merci pour votre don par carte ({card}).", "Planning des bénévoles : {role}."],
    },
    "trail": {
        "titles": ["Bulletin d'estimation du risque d'avalanche", "État des sentiers"],
        "phone": [
            "En cas d'accident, le secours en montagne : {oth}, ou le poste local au {ph}.",
            "Bulletin rédigé par le guide {name}, questions au {mob}.",
        ],
        "neg": [
            "Risque d'avalanche {n:avalanche_level}, hauteur de neige {n:snow_depth}.",
            "Vent sur la crête {n:wind_speed}, station {n:wmo_station}.",
            "Lever et coucher du soleil : {n:sun_times}.",
        ],
        "extra": ["La station météo émet depuis {ip}."],
    },
}

DE_LOCAL = [
    "Aus dem {town}er Ortsnetz reicht die {loc}, dann meldet sich die Ranger-Station.",
    "Wer in {town} anruft, wählt ohne Vorwahl: {loc} (Hüttenreservierung).",
    "Bergwacht-Ortsstelle {town}, für Einheimische kurz {loc}.",
    "Der Bootsverleih ist in {town} unter {loc} zu erreichen, nach 18 Uhr unter {loc2}.",
    "„Ruf einfach die {loc} an, du bist doch in {town}“, meinte der Hüttenwirt.",
    "Ortsgespräch {town}:\n{loc} (Tourist-Info)",
    "Die Igelstation in {town} hat die Nummer {loc} – aus dem Ort ohne Vorwahl.",
    "Innerhalb von {town} Telefon {loc}, Ansprechpartner {name}.",
    "Pegeldaten für {town} als Ansage: {loc}, ohne Vorwahl aus dem Ortsnetz.",
    "Fischereiverein {town} – Gewässerwart (Ortsnetz): {loc}",
]

FR_LOCAL = []

LISTS = {
    "de": (
        ["Wichtig für unterwegs", "Kontakte", "Telefonliste", "Erreichbarkeit"],
        [
            "Leitstelle",
            "Hüttenwirt",
            "Gewässerwart",
            "Revierleiter",
            "Bergwacht",
            "Tourist-Info",
            "Bereitschaft",
        ],
    ),
    "fr": (
        ["Contacts utiles", "À garder sur soi", "Joindre l'équipe"],
        ["Poste de garde", "Gardien", "Garde-pêche", "Permanence", "Secours", "Office de tourisme"],
    ),
}
NEG_TITLES = {
    "de": ["Tourenbuch", "Beobachtungsprotokoll", "Saisonbilanz", "Wegebericht"],
    "fr": ["Carnet de course", "Relevé d'observations", "Bilan de saison"],
}
