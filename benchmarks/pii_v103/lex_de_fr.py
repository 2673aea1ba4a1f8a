"""German and French sentences (fresh for v103)."""

DE = {
    "cellar": {
        "heads": ["Weinprobe im Gutsausschank", "Vinothek – Hinweise zum Besuch", "Ihre Verkostung bei uns"],
        "pos": [
            "Verkostungen finden {X:opening_hours} statt; Umbuchungen bitte unter {N} oder an {E}.",
            "Ist das Hoftor zu, klingeln Sie nicht, sondern rufen Sie {M} an – {name} holt Sie ab.",
            "Die Anzahlung wurde von Ihrer Karte {C} abgebucht.",
            "Unser Importeur im Ausland ist unter {I} erreichbar.",
            "Die Kasse in der Vinothek hängt an {P}; bei Ausfall bitte bar zahlen.",
            "Rechnungen für Firmenfeiern bitte auf {B} überweisen.",
        ],
        "neg": [
            "Heute im Glas: Riesling mit {X:abv} aus der Lage {X:cadastre}, dazu Spätburgunder Klon "
            "{X:clone}.",
            "Der Keller hat konstant {X:temperature} – eine Jacke schadet nicht.",
            "Die Große Lage wurde mit {X:score} bewertet, gefüllt wurden {X:case_count} Kartons.",
            "Ihre Buchungsnummer {X:booking_ref} gilt für vier Personen.",
            "Mostgewicht bei der Lese: {X:brix}, Säure {X:acidity}, {X:ph}.",
        ],
    },
    "brewery": {
        "heads": ["Neues aus dem Brauhaus", "Sudprotokoll", "Brauereiführung"],
        "pos": [
            "Leergut und Fässer bitte vorher per SMS an {M} ankündigen.",
            "Gastro-Bestellungen laufen über {E}, Zahlungen auf {B}.",
            "Die Sudhaussteuerung hat die Adresse {P}; bei Störung den Braumeister unter {N} anrufen.",
            "Für den Stammtisch reservieren Sie bitte telefonisch unter {N}.",
            "Die Führung wurde mit der Karte {C} bezahlt.",
        ],
        "neg": [
            "Das Märzen hat {X:abv}, {X:ibu} und eine Farbe von {X:ebc_colour}.",
            "Stammwürze-Messung im Gärtank: {X:gravity}, Hefe {X:yeast_strain}.",
            "Geschrotet wurden {X:grain_kg} Malz für den Bock.",
            "Fass {X:keg_no} hat einen defekten Fitting und bleibt im Lager.",
            "Drucktank {X:tank_litres} steht auf {X:bar_pressure}.",
        ],
    },
    "harvest": {
        "heads": ["Lesehelfer gesucht – Einweisung", "Weinlese: Plan für die Woche", "Helferinfo zur Lese"],
        "pos": [
            "Treffpunkt ist um sieben an der Kelter; wer sich verspätet, schreibt an {M}.",
            "Kellermeister und Erste Hilfe: {N}.",
            "Helfer aus dem Ausland erreichen ihre Gastfamilie unter {I}.",
            "Die Wetterstation im Weinberg meldet an {P}.",
            "Fragen zur Unterkunft beantwortet {name} unter {E}.",
        ],
        "neg": [
            "Wir beginnen in der Parzelle {X:cadastre} ({X:parcel_ha}), Zeilen {X:vine_rows}.",
            "Geplanter Lesebeginn: {X:picking_date}, Unterlage {X:rootstock}.",
            "Ziel sind {X:brix} und ein Ertrag um {X:yield_hlha}.",
            "Die Lage liegt bei {X:gps}.",
        ],
    },
}

FR = {
    "cellar": {
        "heads": ["Caveau – vos réservations", "Dégustation au domaine", "Visite de la cave"],
        "pos": [
            "Les dégustations ont lieu {X:opening_hours} ; pour décaler votre créneau, appelez le caveau "
            "au {N}.",
            "Si le portail est fermé, téléphonez au {M} et {name} viendra vous ouvrir.",
            "L'acompte a été prélevé sur la carte {C}.",
            "Notre agent à l'étranger répond au {I}.",
            "Pour toute question sur la verticale {X:vintage_span}, écrivez à {E}.",
            "Les factures de groupe se règlent par virement sur {B}.",
        ],
        "neg": [
            "Au programme : le blanc à {X:abv} de la parcelle {X:cadastre}, puis le rouge du clone "
            "{X:clone}.",
            "La cave reste à {X:temperature} toute l'année.",
            "La cuvée a obtenu {X:score} ; {X:case_count} caisses seulement.",
            "Réservation {X:booking_ref} pour quatre personnes.",
            "Rendement de l'année : {X:yield_hlha}, pour {X:hectolitres} au total.",
        ],
    },
    "club": {
        "heads": ["Club des amateurs – envoi de printemps", "Votre colis du club", "Abonnement cave"],
        "pos": [
            "Le transporteur vous appellera au {M} avant de passer.",
            "Le service adhérents répond au {N} ou à {E}.",
            "Pour suspendre vos envois, composez le {T}.",
            "Le prélèvement trimestriel est effectué depuis {B}.",
            "Nous débiterons la carte {C} le premier du mois.",
        ],
        "neg": [
            "Adhérent {X:member_no} : ce colis contient {X:case_count} bouteilles de {X:bottle_size}.",
            "Le crémant a été dégorgé en {X:disgorged}, dosage {X:dosage}.",
            "À la vendange : {X:brix}, {X:ph}, acidité {X:acidity}.",
            "Code-barres du carton : {X:ean13}.",
        ],
    },
    "distillery": {
        "heads": [
            "Distillerie – visite des chais",
            "Propriétaires de fûts : nouvelles",
            "Atelier de distillation",
        ],
        "pos": [
            "Pour un échantillon de votre fût, appelez le maître de chai au {N}.",
            "La caméra de l'alambic, à l'adresse {P}, diffuse la coulée pendant la visite.",
            "Le paiement a été fait avec la carte {C} ; le reçu part de {E}.",
            "Notre entrepositaire agréé à l'étranger : {I}.",
        ],
        "neg": [
            "Le fût {X:cask_no} a été rempli à {X:cask_strength} et aura {X:age_years} ans au printemps.",
            "Ce fût unique a donné {X:bottle_of} bouteilles.",
            "Document d'accompagnement : {X:emcs_arc}.",
            "Les visites ont lieu {X:opening_hours}.",
        ],
    },
}

LOCAL_DE = [
    "Aus dem {town}er Ortsnetz erreichen Sie die Vinothek unter {L}.",
    "Für Anrufe innerhalb von {town} genügt die {L}.",
    "Brauereiladen {town} (Ortsgespräch): {L}, Fassbestellung {L}.",
    "Wer in {town} anruft, wählt einfach {L} – die Vorwahl kann man sich sparen.",
    "Die Kelterhalle in {town} hat einen Festnetzanschluss: {L}.",
    "Lesehelfer aus {town} melden sich am besten kurz unter {L}.",
    "In {town} selbst ist die Brennerei unter {L} zu erreichen.",
]

LISTS_DE = {
    "heads": ["Telefonliste", "So erreichen Sie uns", "Kontakte am Lesetag"],
    "labels": ["Vinothek", "Braumeister", "Kellerei", "Hofladen", "Fahrdienst", "Brennerei"],
}
LISTS_FR = {
    "heads": ["Numéros à garder", "Qui appeler", "Contacts du domaine"],
    "labels": ["Caveau", "Maître de chai", "Boutique", "Chauffeur", "Club", "Distillerie"],
}
