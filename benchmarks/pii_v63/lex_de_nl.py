"""German and Dutch sentences for v63 (written fresh for this set)."""

CELLS_DE = {
    "taxi": {
        "title": [
            "Fahrtbestätigung Flughafentransfer",
            "Ihre Taxibestellung",
            "Krankenfahrt – Terminbestätigung",
        ],
        "pos": [
            "Der Fahrer wartet am Ausgang B. Verspätet sich Ihr Flug, schicken Sie bitte eine SMS an {M}.",
            "Fundsachen meldet man werktags in der Zentrale unter {P}.",
            "Firmenkunden buchen auch per Mail an {E}; bitte die Kostenstelle angeben.",
            "Für Rollstuhlfahrzeuge rufen Sie bitte spätestens am Vortag {P} an.",
            "Aus dem Ausland erreichen Sie unsere Leitstelle unter {I}.",
            "Ihr Fahrer heute ist {NAME}, mobil unter {M}.",
        ],
        "neg": [
            "Konzessionsnummer {n_badge}, Kennzeichen {n_plate}.",
            "Fahrpreis ca. {n_fare}, Strecke {n_distance}, Abholung {n_window}.",
            "Flug {n_flight} wird verfolgt; Treffpunkt Parkhaus P2, Stellplatz {n_gate}.",
        ],
    },
    "courier": {
        "title": [
            "Zustellversuch – wir haben Sie nicht angetroffen",
            "Kurierauftrag",
            "Ihre Sendung ist unterwegs",
        ],
        "pos": [
            "Leider konnten wir Ihr Paket nicht zustellen. Neuen Termin vereinbaren Sie im Depot unter {P}.",
            "Der Kurier {NAME} ist während der Tour unter {M} erreichbar.",
            "Reklamationen bitte an {E}, mit Sendungsnummer im Betreff.",
            "Einfuhrabgaben von {n_fare} sind vor der Zustellung fällig; Zahlung telefonisch unter {O}.",
            "Die Zollabfertigung übernimmt unser Hub in Venlo, Telefon {X}.",
        ],
        "neg": [
            "Sendungsnummer {n_parcel_id}, {n_packages}, Zeitfenster {n_window}.",
            "NVE {n_sscc}; Gewicht {n_gross_weight}, Maße {n_dims}.",
            "Im Paketzentrum gescannt am {n_timestamp}, Tour {n_route}.",
        ],
    },
    "removals": {
        "title": ["Umzugsangebot", "Besichtigungsprotokoll", "Rechnung Einlagerung"],
        "pos": [
            "Unser Umzugsberater {NAME} meldet sich am Besichtigungstag von {M} aus.",
            "Am Umzugstag erreichen Sie den Kolonnenführer unter {M}, das Büro unter {P}.",
            "Bitte überweisen Sie die Anzahlung auf {B} mit der Angebotsnummer als Verwendungszweck.",
            "Schadensmeldungen innerhalb von sieben Tagen an {E}.",
            "Das Lager nimmt samstags keine Anrufe an; in dringenden Fällen {O}.",
        ],
        "neg": [
            "Umzugsvolumen {n_volume}, zwei LKW, Kolonne {n_crew_count}.",
            "Halteverbotszone beantragt; Entfernung {n_distance}, Beladung {n_window}.",
            "Lagercontainer {n_container}, Plombe {n_seal}.",
        ],
    },
    "freight": {
        "title": ["Speditionsauftrag", "Avis – Anlieferung im Lager", "Zollstatus Ihrer Sendung"],
        "pos": [
            "Die Disposition ist unter {P} erreichbar, nachts unter {M}.",
            "Handelsrechnung und Packliste bitte vor Ladeschluss an {E}.",
            "Frachtkosten zahlbar auf {B}.",
            "Ansprechpartner beim Empfänger: {NAME}, {EP}, Tel. {X}.",
            "Das EDI-Postfach akzeptiert nur Verbindungen von {IP} bzw. {IP6}.",
            "Für Gefahrgutfragen wenden Sie sich an den Gefahrgutbeauftragten unter {I}.",
        ],
        "neg": [
            "Container {n_container}, Plombe {n_seal}, Bruttogewicht {n_gross_weight}.",
            "Zolltarifnummer {n_hs_code}, MRN {n_mrn}, EORI {n_eori}.",
            "Kühlkette {n_reefer}; Gefahrgut {n_un_number}; Rampe {n_lane}.",
            "Luftfrachtbrief {n_awb}, {n_packages}, Volumen {n_volume}.",
        ],
    },
}

CELLS_NL = {
    "courier": {
        "title": ["We hebben u gemist", "Koeriersopdracht", "Uw pakket is onderweg"],
        "pos": [
            "We konden uw pakket niet bezorgen. Bel het depot op {P} om een nieuwe dag te kiezen.",
            "De koerier, {NAME}, is tijdens de rit bereikbaar op {M}.",
            "Klachten over een zoekgeraakt pakket graag naar {E}.",
            "Invoerrechten van {n_fare} betaalt u vooraf via {O}.",
            "Onze hub in Duisburg regelt de douane; telefoon {X}.",
        ],
        "neg": [
            "Zendingnummer {n_parcel_id}, {n_packages}, tijdvak {n_window}.",
            "Gesorteerd op {n_timestamp}, rit {n_route}, gewicht {n_gross_weight}.",
        ],
    },
    "removals": {
        "title": ["Offerte verhuizing", "Verhuisdag: checklist", "Factuur opslag"],
        "pos": [
            "Op de verhuisdag is de ploegleider bereikbaar op {M}; kantoor {P}.",
            "De aanbetaling graag overmaken naar {B} onder vermelding van het offertenummer.",
            "Schade melden binnen zeven dagen via {E}.",
            "{NAME} komt de inboedel opnemen en belt vooraf vanaf {M}.",
        ],
        "neg": [
            "Geschat volume {n_volume}, verhuislift, ploeg van {n_crew_count}.",
            "Afstand {n_distance}; laden tussen {n_window}.",
            "Opslagcontainer {n_container}, zegel {n_seal}.",
        ],
    },
    "ferry": {
        "title": ["Bevestiging overtocht", "Wijziging van uw boeking", "Reisupdate: storm"],
        "pos": [
            "Door harde wind vervalt de afvaart van 07.30 uur. "
            "Omboeken via {O} of bij het havenkantoor, {P}.",
            "Het havenkantoor in Harwich is bereikbaar op {X}.",
            "Uw bevestiging is verstuurd naar {EP}; betaald met kaart {C}.",
            "Vrachtwagenchauffeurs en groepen: {E}.",
        ],
        "neg": [
            "Schip {n_imo}, {n_tonnage}, vertrek en aankomst {n_dep_arr}.",
            "Hut {n_cabin}, kenteken {n_plate}, rijstrook {n_lane}.",
            "Boeking {n_booking_ref}; inchecken sluit bij poort {n_gate}.",
        ],
    },
    "taxi": {
        "title": ["Ritbevestiging", "Uw taxi is geboekt", "Zorgvervoer – ritafspraak"],
        "pos": [
            "Landt uw vlucht later, stuur dan een bericht naar {M}.",
            "Gevonden voorwerpen: centrale, {P}, op werkdagen.",
            "Zakelijke ritten boekt u ook via {E}.",
            "Vanuit het buitenland belt u onze meldkamer op {I}.",
        ],
        "neg": [
            "Chauffeurspas {n_badge}, kenteken {n_plate}.",
            "Ritprijs ongeveer {n_fare}, afstand {n_distance}, ophalen {n_window}.",
        ],
    },
}

LOCAL_DE = [
    "Aus dem {TOWN}er Ortsnetz erreichen Sie unsere Taxizentrale direkt unter {L1}.",
    "Kunden in {TOWN} wählen für das Lager einfach {L1}, für die Buchhaltung {L2} – die Vorwahl entfällt.",
    "Niederlassung {TOWN} (Ortsgespräch):\n{L1}",
    "Der Fahrer meinte: \u201eWenn Sie in {TOWN} sind, rufen Sie {L1} an, das ist die Disposition.\u201c",
    "Innerhalb von {TOWN} genügt für die Umzugsberatung die Nummer {L1}.",
    "Hinweis für Anrufer aus {TOWN}: Die Paketstation-Hotline ist {L1} (ohne Vorwahl).",
]
LOCAL_NL = [
    "Vanuit {TOWN} belt u de centrale zonder netnummer: {L1}.",
    "Klanten in {TOWN} bellen het depot op {L1} en de planning op {L2}.",
    "Vestiging {TOWN}, lokaal nummer:\n{L1}",
    "De chauffeur zei: \u2018Woon je in {TOWN}, bel dan gewoon {L1}, dat is de planner.\u2019",
    "Binnen {TOWN} is de verhuisbalie te bereiken op {L1} (geen kengetal nodig).",
]
HEADS_DE = ["Telefonliste", "Erreichbarkeit", "Kontakte am Umzugstag", "Rufnummern der Niederlassungen"]
LABELS_DE = ["Zentrale", "Disposition", "Lager", "Zollabteilung", "Fahrer", "Nachtdienst", "Buchhaltung"]
HEADS_NL = ["Telefoonlijst", "Bereikbaarheid", "Contacten op de verhuisdag", "Nummers van de vestigingen"]
LABELS_NL = ["Centrale", "Planning", "Magazijn", "Douane", "Chauffeur", "Nachtdienst", "Administratie"]
