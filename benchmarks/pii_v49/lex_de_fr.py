"""German and French sentences of v49."""

DE = {
    "genres": {
        "outage": {
            "title": ["Versorgungsunterbrechung Strom", "Hinweis der Stadtwerke: Wasser", "Gasstörung"],
            "pos": [
                "Störungen im Netz melden Sie bitte rund um die Uhr unter {P} (Stichwort {X:outage_id}).",
                "Bei Gasgeruch: Fenster auf, keine Schalter betätigen, vom Freien aus {S} anrufen.",
                "Fragen zur Abschaltung beantwortet unser Kundencenter unter {P}.",
            ],
            "neg": [
                "Betroffen sind die Postleitzahlen {X:postcodes}; die "
                "{X:voltage}-Leitung wird freigeschaltet.",
                "Zählernummer {X:meter_id}, letzter Stand {X:meter_reading}.",
                "Die Hauptleitung {X:pipe_dn} ist gebrochen; Abkochgebot, freies Chlor {X:chlorine}.",
            ],
        },
        "storm": {
            "title": ["Unwetterwarnung", "Hochwasser-Lagebericht"],
            "pos": [
                "Sandsäcke für Hilfsbedürftige liefert der Bauhof, Anmeldung unter {P}.",
                "Das Hochwasser-Bürgertelefon ist geschaltet: {P}.",
            ],
            "neg": [
                "Orkanböen bis {X:wind_speed}, Kerndruck {X:pressure_hpa}, Warnstufe {X:warn_level}.",
                "Pegel an der Alten Brücke: {X:river_level}, Tendenz steigend. Niederschlag {X:rainfall}.",
                "Bislang wurden {X:sandbags} Sandsäcke verteilt.",
            ],
        },
        "evac": {
            "title": ["Evakuierung: Notunterkünfte", "Räumung des Stadtteils"],
            "pos": [
                "Wer keinen Transport hat, meldet sich beim Krisenstab unter {P}.",
                "Medikamente und Babybedarf: Betreuungsstelle, Telefon {P}.",
            ],
            "neg": [
                "Dreifachturnhalle (Plätze: {X:shelter_cap}), Gemeindezentrum (Plätze: {X:shelter_cap}).",
                "Sammelpunkt {X:assembly_point} am Hydranten {X:hydrant}. Sirenensignal: {X:sirens}.",
            ],
        },
        "missing": {
            "title": ["VERMISST", "Hund entlaufen!", "Katze vermisst"],
            "pos": [
                "Bitte nicht hinterherlaufen, sondern sofort {N} unter {P} anrufen.",
                "Hinweise bitte an {P} - auch nachts.",
            ],
            "neg": [
                "Größe und Gewicht: {X:height_weight}. Finderlohn {X:reward} Euro.",
                "Zuletzt gesehen bei {X:coords}, am Waldweg.",
            ],
        },
        "claim": {
            "title": ["Schadenmeldung Kfz", "Gesprächsnotiz Schadenfall"],
            "pos": [
                "Unfallgegner {N}, erreichbar unter {P}, hat den Schaden vor Ort anerkannt.",
                "Der Sachbearbeiter ruft Sie von {P} zurück.",
            ],
            "neg": [
                "Schadennummer {X:claim_no}, Versicherungsschein {X:policy_no}, "
                "Selbstbeteiligung {X:excess} €.",
                "FIN {X:vin}, Kilometerstand {X:odometer}. Aktenzeichen der Polizei: {X:case_no}.",
            ],
        },
        "tow": {
            "title": ["Pannenhilfe - Einsatzbeleg", "Abschleppauftrag"],
            "pos": [
                "Der Fahrer ist unterwegs; bei Standortwechsel bitte SMS an {P}.",
                "Mietwagen-Service: {S}.",
            ],
            "neg": [
                "Abgeschleppt von {X:road_km}, Kennzeichen {X:plate}. Reifen {X:tyre_size}, defekt.",
            ],
        },
        "firecard": {
            "title": ["Brandschutzordnung Teil A", "Verhalten im Brandfall"],
            "pos": [
                "Brandschutzbeauftragter {N}: {P}.",
                "Außerhalb der Dienstzeit: Hausmeister, Telefon {P}.",
            ],
            "neg": [
                "Sammelplatz {X:assembly_point}. Feuerlöscher: {X:extinguisher}. "
                "Meldergruppe {X:alarm_zone}.",
            ],
        },
        "roster": {
            "title": ["Einsatzplan THW-Helfer", "Dienstplan Wasserwacht"],
            "pos": ["Zugführer am Wochenende: {N}, mobil {P}.", "Bootsführer bei Ausfall des Melders: {P}."],
            "neg": [
                "Funk: Kanal {X:radio_channel}; Rufnamen {X:callsign}, {X:callsign}.",
                "Bereitstellungsraum {X:coords}; Aggregat {X:generator}.",
            ],
        },
        "incident": {
            "title": ["Einsatztagebuch", "Auszug Leitstellenprotokoll"],
            "pos": [
                "Anrufer {N} meldete sich von {P}: Rauch aus dem Dachstuhl.",
                "Objektverantwortlicher unter {P} informiert.",
            ],
            "neg": [
                "Einsatz {X:incident_no}: Tote/Verletzte/Unverletzte {X:casualties}.",
                "Gefahrgut-Lkw {X:plate}, Warntafel {X:un_number}, steht bei {X:road_km}.",
                "Erdbeben {X:magnitude} spürbar; Außentemperatur {X:temperature}.",
            ],
        },
    },
    "email": ["Schriftliche Meldungen an {E}.", "Fotos bitte an {E} schicken."],
    "card": ["Abschleppkosten per Karte {C} bezahlt."],
    "iban": ["Spenden für die Fluthilfe: IBAN {I}.", "Die Entschädigung überweisen wir auf {I}."],
    "ip": ["Die Pegelsonde sendet von {A}.", "Kamera am Tor: {A}."],
    "local": [
        "Im {T}er Stadtnetz reicht die {L}.",
        "Aus {T} ohne Vorwahl: {L}.",
        "Innerhalb von {T} erreichen Sie den Bauhof unter {L}, nachts die Rufbereitschaft unter {L2}.",
        "Festnetz {T}, direkt: {L}.",
    ],
    "heads": ["Notfallnummern", "Wichtige Rufnummern", "Erreichbarkeiten"],
    "labels": ["Leitstelle", "Krisenstab", "Bauhof", "Zugführer", "Betreuung", "Hausmeister"],
}

FR = {
    "genres": {
        "outage": {
            "title": ["Coupure d'électricité programmée", "Avis aux abonnés : eau", "Fuite de gaz"],
            "pos": [
                "Pour signaler une panne, appelez le {P} en rappelant la référence {X:outage_id}.",
                "Odeur de gaz ? Sortez sans toucher aux interrupteurs et appelez le {S} depuis l'extérieur.",
            ],
            "neg": [
                "Codes postaux concernés : {X:postcodes}. Ligne {X:voltage} mise hors tension.",
                "Compteur {X:meter_id}, index relevé {X:meter_reading}.",
                "Canalisation {X:pipe_dn} rompue ; chlore résiduel {X:chlorine}. Faites bouillir l'eau.",
            ],
        },
        "storm": {
            "title": ["Vigilance orange orages", "Alerte crue"],
            "pos": [
                "La cellule de crise de la mairie répond au {P}.",
                "Pour une livraison de sacs de sable chez une personne âgée : {P}.",
            ],
            "neg": [
                "Rafales de {X:wind_speed}, pression {X:pressure_hpa}, cumul {X:rainfall}.",
                "Hauteur d'eau au pont : {X:river_level}. Niveau de vigilance {X:warn_level}.",
            ],
        },
        "evac": {
            "title": ["Centres d'hébergement d'urgence", "Évacuation du quartier"],
            "pos": [
                "Sans véhicule ? Le transport est organisé, appelez le {P}.",
                "Animaux acceptés au gymnase seulement ; renseignements au {P}.",
            ],
            "neg": [
                "Salle des fêtes ({X:shelter_cap} places), gymnase ({X:shelter_cap} places).",
                "Point de rassemblement {X:assembly_point}, près de la borne {X:hydrant}.",
            ],
        },
        "missing": {
            "title": ["DISPARUE", "Chien perdu", "Chat perdu - récompense"],
            "pos": [
                "Si vous le voyez, ne le poursuivez pas : appelez {N} au {P}.",
                "Tout signalement au {P}, merci de partager.",
            ],
            "neg": [
                "Taille et poids : {X:height_weight}. Récompense : {X:reward} €.",
                "Dernier signalement : {X:coords}.",
            ],
        },
        "claim": {
            "title": ["Constat amiable - notes", "Déclaration de sinistre"],
            "pos": [
                "Le conducteur adverse, {N}, joignable au {P}, a signé le constat.",
                "Votre gestionnaire vous rappellera depuis le {P}.",
            ],
            "neg": [
                "Sinistre {X:claim_no}, contrat {X:policy_no}, franchise {X:excess} €.",
                "Numéro de série {X:vin}, kilométrage {X:odometer}, pneu {X:tyre_size}.",
            ],
        },
        "tow": {
            "title": ["Bon de dépannage", "Assistance routière"],
            "pos": ["Le dépanneur arrive ; si vous changez de place, envoyez un SMS au {P}."],
            "neg": ["Remorqué depuis {X:road_km}, immatriculation {X:plate}."],
        },
        "helpline": {
            "title": ["Intoxication : que faire ?", "Besoin de parler ?"],
            "pos": [
                "Centre antipoison : {P}, ayez l'emballage sous la main.",
                "Une écoute anonyme, jour et nuit : {S}.",
            ],
            "neg": [
                "Notez le numéro de lot ({X:lot_no}) avant d'appeler.",
                "Sur un camion, le panneau orange indique {X:un_number}.",
            ],
        },
        "incident": {
            "title": ["Main courante", "Journal d'intervention"],
            "pos": [
                "Appel de {N} depuis le {P} : fumée dans les combles.",
                "Le gardien, joint au {P}, ouvre le portail aux secours.",
            ],
            "neg": [
                "Intervention {X:incident_no} : décédés/blessés/indemnes {X:casualties}.",
                "Canal radio {X:radio_channel}, indicatifs {X:callsign}.",
            ],
        },
    },
    "email": ["Les comptes rendus partent de {E}.", "Envoyez vos photos à {E}."],
    "card": ["Dépannage réglé par carte {C}."],
    "iban": ["Dons pour les sinistrés : IBAN {I}.", "L'indemnité sera versée sur {I}."],
    "ip": ["La caméra du parking est joignable à {A}."],
    "local": [],
    "heads": ["Numéros d'urgence", "À contacter", "Contacts utiles"],
    "labels": ["Mairie", "Cellule de crise", "Gardien", "Pompiers volontaires", "Accueil"],
}
