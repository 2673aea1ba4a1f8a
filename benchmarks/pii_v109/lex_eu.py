"""German, French and Dutch sentences (placeholders as in lex_en)."""

DE = {
    "blast": {
        "title": [
            "Sprengankündigung – Steinbruch",
            "Information für Anwohner: Sprengungen",
            "Sprengplan der Woche",
        ],
        "pii": [
            "Wer vor jeder Sprengung per SMS gewarnt werden möchte, meldet sich im Werksbüro unter {N}.",
            "Ertönt das Signal außerhalb der Zeiten, rufen Sie bitte sofort den Sprengberechtigten an: {M}.",
            "Beschwerden über Erschütterungen nimmt {name} entgegen, am liebsten schriftlich an {E}.",
            "Das unabhängige Messbüro erreichen Sie unter {N}.",
        ],
        "neg": [
            "Nächste Sprengung auf Sohle {n:aod}, Lademenge {n:mic} je Zündstufe, Zeitstufen {n:delays}.",
            "Gemessen wurden zuletzt {n:ppv} und {n:overpressure}.",
            "Genehmigung {n:planning_ref}, Auflage 7: eine Sprengung pro Tag.",
        ],
    },
    "rescue": {
        "title": ["Grubenwehr – Wochenplan", "Hauptstelle für das Grubenrettungswesen: Mitteilung"],
        "pii": [
            "Alarmierung ausschließlich über die Leitwarte, {N}.",
            "Oberführer vom Dienst ist {name}, mobil {M}.",
            "Fragen zur Gerätewartung bitte an {E}.",
            "Die Partnerwehr jenseits der Grenze ist unter {X} erreichbar.",
        ],
        "neg": [
            "Gerät {n:ba_cylinder} hat die Dichtprüfung nicht bestanden.",
            "Bei der letzten Übung: {n:gas} an der Frischwetterbasis.",
            "Wehrmitglied {n:badge} ist nach der Untersuchung wieder tauglich.",
        ],
    },
    "ctv": {
        "title": ["Offshore-Windpark: Schiffseinsatz", "Tagesplan Crew-Transfer"],
        "pii": [
            "Techniker für {n:wtg} treffen sich um 6:30 am Ponton; "
            "der Schiffsführer ist unter {M} erreichbar.",
            "Die Marine-Koordination hat die Nummer {N}, E-Mail {E}.",
            "Liegegebühren werden per Lastschrift von {B} eingezogen.",
            "Hersteller-Hotline außerhalb der Geschäftszeiten: {O}.",
        ],
        "neg": [
            "Schiff {n:imo}, {n:mmsi}, Hörwache auf {n:vhf}.",
            "Übersteiggrenze heute {n:sea_state}; {n:tide} im Hafen.",
            "Koordinaten der Baustelle: {n:dms}.",
        ],
    },
    "depot": {
        "title": ["Kieswerk – Auftragsbestätigung", "Lieferschein Schüttgüter"],
        "pii": [
            "Der Fahrer ruft kurz vor Ankunft unter {M} an.",
            "Bezahlt an der Waage mit Karte {C}.",
            "Bitte überweisen Sie den Betrag auf {B}.",
            "Änderungen bis 15 Uhr an die Disposition, {N}.",
        ],
        "neg": [
            "Wiegeschein {n:weighbridge}: {n:tonnage} Kies {n:grading}.",
            "Brecher-Spaltweite {n:css}, Druckfestigkeit {n:ucs}.",
            "Bandanlage {n:conveyor}, Haldenplatz {n:utm}.",
        ],
    },
    "rota": {
        "title": ["Schichtplan Plattform", "Crewwechsel – Bohrmannschaft"],
        "pii": [
            "{name} übernimmt die Nachtschicht und ist bis zum Abflug unter {M} erreichbar.",
            "Angehörige erreichen die Plattform über das Landbüro: {I}.",
            "Probleme mit der Passagierliste bitte an {E}.",
        ],
        "neg": [
            "Rhythmus {n:rotation}, {n:pob} bei der letzten Zählung.",
            "Bohrung {n:well_id} steht bei {n:depth_md}.",
            "Schichtzeiten an Bord: {n:shift_times}.",
        ],
    },
}

FR = {
    "blast": {
        "title": ["Avis de tirs de mines – carrière", "Information riverains : tirs"],
        "pii": [
            "Les riverains qui souhaitent être prévenus par SMS s'inscrivent auprès du bureau au {N}.",
            "En cas de sirène hors créneau, appelez le boutefeu au {M}.",
            "Les réclamations sont suivies par {name} ({E}).",
        ],
        "neg": [
            "Prochain tir : gradin à {n:aod}, {n:mic} par retard, séquence {n:delays}.",
            "Dernières mesures : {n:ppv}, {n:overpressure}.",
            "Arrêté préfectoral {n:planning_ref}.",
        ],
    },
    "ctv": {
        "title": ["Parc éolien en mer – planning des navettes", "Transfert des techniciens"],
        "pii": [
            "Les techniciens de {n:wtg} embarquent à 6 h 30 ; le capitaine est joignable au {M}.",
            "Coordination maritime : {N} ou {E}.",
            "Le routeur du navire ({P}) transmet la position toutes les dix minutes.",
            "Assistance constructeur en dehors des heures : {O}.",
        ],
        "neg": [
            "Navire {n:imo}, {n:mmsi}, veille sur {n:vhf}.",
            "Limite de transfert : {n:sea_state} ; {n:tide}.",
            "Câble inter-éoliennes {n:cable_kv} consigné.",
        ],
    },
    "depot": {
        "title": ["Négoce de granulats – bon de commande", "Bon de livraison"],
        "pii": [
            "Le chauffeur vous appellera au {M} avant d'arriver.",
            "Réglé au comptoir par carte {C}.",
            "Merci de régler par virement sur {B}.",
            "Toute modification avant 15 h : agence au {N}.",
        ],
        "neg": [
            "Ticket de pesée {n:weighbridge} : {n:tonnage} de gravillons {n:grading}.",
            "Réglage du concasseur {n:css}.",
        ],
    },
    "rescue": {
        "title": ["Centre de secours minier – note hebdomadaire", "Équipe de sauvetage : astreinte"],
        "pii": [
            "Le chef d'équipe d'astreinte, {name}, répond au {M}.",
            "Toute alerte passe par le poste de commandement, {N}.",
            "Les partenaires étrangers joignent le centre au {I}.",
        ],
        "neg": [
            "Appareil {n:ba_cylinder} retiré du service.",
            "Mesures lors de l'exercice : {n:gas}.",
        ],
    },
}

NL = {
    "blast": {
        "title": ["Aankondiging springwerkzaamheden", "Bericht aan omwonenden: springen in de groeve"],
        "pii": [
            "Wie vooraf een sms wil krijgen, meldt zich bij het kantoor op {N}.",
            "Hoort u de sirene buiten de tijden, bel dan de schietmeester: {M}.",
            "Klachten over trillingen behandelt {name}; mail gerust naar {E}.",
        ],
        "neg": [
            "Volgende salvo op {n:aod}, {n:mic} per ontsteker, vertragingen {n:delays}.",
            "Laatste meting: {n:ppv}, {n:overpressure}.",
        ],
    },
    "ctv": {
        "title": ["Windpark op zee – vaarplanning", "Crewtransfer vandaag"],
        "pii": [
            "Monteurs voor {n:wtg} verzamelen om 6.30 uur aan de steiger; de schipper is bereikbaar op {M}.",
            "Maritieme coördinatie: {N} of {E}.",
            "Havengeld gaat via automatische incasso van {B}.",
            "Storingsdienst van de fabrikant: {O}.",
        ],
        "neg": [
            "Schip {n:imo}, {n:mmsi}, uitluisteren op {n:vhf}.",
            "Grens voor overstappen: {n:sea_state}; {n:tide}.",
            "Werklocatie: {n:dms}.",
        ],
    },
    "rota": {
        "title": ["Ploegenrooster platform", "Crewwissel boorploeg"],
        "pii": [
            "{name} neemt de nachtdienst over en is tot vertrek bereikbaar op {M}.",
            "Familie kan het platform bereiken via het walkantoor, {I}.",
            "Vragen over de passagierslijst naar {E}.",
            "Buitenlandse crew stuurt vluchtgegevens naar {X}.",
        ],
        "neg": [
            "Rooster {n:rotation}, {n:pob} bij de laatste telling.",
            "Put {n:well_id} staat op {n:depth_md}.",
        ],
    },
    "depot": {
        "title": ["Zand- en grinddepot – orderbevestiging", "Afleverbon bouwstoffen"],
        "pii": [
            "De chauffeur belt u vlak voor aankomst op {M}.",
            "Afgerekend aan de balie met kaart {C}.",
            "Graag overmaken naar {B}.",
            "Wijzigingen voor 15.00 uur: planning, {N}.",
        ],
        "neg": [
            "Weegbon {n:weighbridge}: {n:tonnage} grind {n:grading}.",
            "Depotvak {n:conveyor}, breker op {n:css}.",
        ],
    },
}

HEADS = {
    "de": ["Wichtige Kontakte vor Ort", "Alarmkette", "Telefonliste"],
    "fr": ["Contacts sur site", "Chaîne d'alerte", "Annuaire du chantier"],
    "nl": ["Contacten op de locatie", "Alarmketen", "Telefoonlijst"],
}
LABELS = {
    "de": ["Leitwarte", "Pforte", "Schichtleiter", "Sanitäter", "Disposition", "Waage", "Betriebsleiter"],
    "fr": ["Poste de commande", "Accueil", "Chef de poste", "Infirmerie", "Pesée", "Logistique"],
    "nl": ["Meldkamer", "Portier", "Ploegleider", "EHBO", "Weegbrug", "Planning"],
}
