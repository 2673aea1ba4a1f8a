"""Nederlandse reisteksten voor v36 (nieuw geschreven)."""

G = {
    "hotel": {
        "head": [
            "Boekingsbevestiging nr. {X:hotel_conf}\nGast: {NAME}\nVerblijf: {X:stay}, {X:nights} nachten\n",
            "VAKANTIEWONING – OVERZICHT\nHuurder: {NAME}\nWoning {X:voucher}, {X:covers} slaapplaatsen\n",
        ],
        "fill": [
            "Kamer {X:room} ligt aan de tuinkant; het sleutelkastje opent met {X:door_code}.",
            "Wifi-wachtwoord: {X:wifi}.",
            "Het chalet ligt op {X:altitude}; 's nachts kan het {X:temperature} worden.",
            "Vul in de navigatie {X:gps} in, niet de postcode {X:postcode}.",
        ],
        "phone": [
            "Receptie, dag en nacht: {P}",
            "Later dan gepland? Laat het weten via {P}.",
            "Uw gastvrouw {NAME} is bereikbaar op {P}.",
        ],
        "end": ["We kijken uit naar uw komst.", "Goede reis, het reserveringsteam"],
    },
    "air": {
        "head": [
            "ONTVANGSTBEWIJS E-TICKET\nBoekingscode: {X:pnr}  Ticket: {X:eticket}\nPassagier: {NAME} DHR\n",
            "Reisschema voor {NAME}\nBoeking {X:pnr}\nVlucht {X:flight} {X:route}, {X:dep_arr}\n",
        ],
        "fill": [
            "Stoel {X:seat}, tariefklasse {X:fare_class}, ruimbagage {X:baggage}.",
            "Boarding sluit 20 minuten voor vertrek bij gate {X:gate}; vliegtijd {X:duration}.",
            "Frequent-flyernummer {X:loyalty}, saldo {X:miles} Miles.",
            "Bagagelabel {X:bag_tag}; aansluitende vlucht {X:flight} om {X:clock}.",
        ],
        "phone": [
            "Wijzigingen: bel ons servicecentrum op {P}.",
            "Bagageservice op de luchthaven: {P}",
            "Uitgegeven door reisbureau (IATA {X:agency_no}), telefoon {P}",
        ],
        "end": ["Neem dit bewijs mee met uw paspoort.", "De vervoersvoorwaarden zijn van toepassing."],
    },
    "rail": {
        "head": [
            "Je e-ticket\nBestelling {X:hotel_conf} – {NAME}\n{X:train}, {X:dep_arr}, spoor {X:platform}\n",
            "TREINPAS {X:pass_no}\nHouder: {NAME}\nGeldig: {X:stay}\n",
        ],
        "fill": [
            "Reservering: {X:coach_seat}.",
            "Vertrektijden op zaterdag: {X:timetable}.",
            "Vervangende bussen vertrekken van het stationsplein, halte {X:gate}.",
            "Reistijd ongeveer {X:duration} voor {X:distance}.",
        ],
        "phone": ["Reisassistentie: {P}", "Vragen over je ticket? Bel {P}."],
        "end": ["Toon het ticket op je telefoon of geprint.", "Goede reis."],
    },
    "car": {
        "head": [
            "HUUROVEREENKOMST {X:rental_no}\nHuurder: {NAME}\nCategorie {X:acriss}\n",
            "Huurvoucher {X:voucher}\nBestuurder: {NAME}, rijbewijs {X:licence}\n",
        ],
        "fill": [
            "Kilometerstand bij vertrek: {X:odometer}. Brandstof vol/vol.",
            "Inleveren in parkeergarage P2, vak {X:pitch}, voor {X:clock}.",
            "Afrit {X:exit_no} is afgesloten; omleiding van zo'n {X:distance}.",
            "Noteer bij pech het hectometerpaaltje ({X:km_marker}).",
        ],
        "phone": [
            "Pechhulp 24 uur: {P}",
            "Inleverbalie in de terminal: {P}",
            "Vestigingsmanager {NAME}, direct {P}",
        ],
        "end": ["Bij ophalen ondertekend door de huurder.", "Goede rit."],
    },
    "dining": {
        "head": [
            "Tafel gereserveerd: {NAME}, {X:covers} personen\nRef. {X:resto_ref}\n",
            "Herinnering reservering – {CITY}\n{NAME} · {X:covers} gasten · {X:clock}\n",
        ],
        "fill": [
            "We houden de tafel 15 minuten vrij; het proefmenu telt {X:covers} gangen.",
            "Parkeren op de binnenplaats, {X:postcode} {CITY}.",
            "Cadeaubon {X:voucher} wordt verrekend.",
        ],
        "phone": ["Annuleren kan telefonisch via {P}.", "Groepen boven de tien: bel {NAME} op {P}."],
        "end": ["Tot snel!", "Het keukenteam"],
    },
    "tour": {
        "head": [
            "Offerte voor {NAME}\nReiscode {X:tour_code}\n{X:stay}, {X:nights} nachten, halfpension\n",
            "DAGPROGRAMMA AAN BOORD – Dag {X:nights}\nHut {X:cabin} · Verzamelpunt {X:muster}\n",
        ],
        "fill": [
            "Zeedag: zwembaddek open {X:deck_time}; kapiteinsborrel om {X:clock}.",
            "Gehanteerde wisselkoers: {X:fx_rate}.",
            "Reisverzekering: dekking vanaf vertrek, dossier {X:voucher}.",
            "Hoogste punt van de trektocht: {X:altitude}; etappes van ongeveer {X:distance}.",
        ],
        "phone": [
            "Uw reisleider {NAME}: {P}",
            "Ons reisbureau in {CITY}: {P}",
            "Alarmcentrale van de verzekeraar: {P}",
        ],
        "end": ["De offerte is zeven dagen geldig.", "Met vriendelijke groet, uw reisadviseur"],
    },
    "visa": {
        "head": [
            (
                "Consulaire afdeling – visuminformatie\nAfspraaknr. {X:appt_no}\nAanvrager: {NAME}, "
                "paspoort {X:passport}\n"
            ),
            "VVV {CITY}\nAgenda van deze week\n",
        ],
        "fill": [
            "Neem het eerdere visum {X:visa_no} mee.",
            "Behandeltijd: {X:nights} werkdagen.",
            "Stadswandeling vanaf de fontein ({X:gps}) om {X:clock}.",
            "Pendelbus naar het fort: {X:timetable}.",
        ],
        "phone": ["Visumbalie, op werkdagen: {P}", "Toeristeninformatie: {P}", "Noodnummer consulaat: {P}"],
        "end": ["Wijzigingen voorbehouden.", "We helpen u graag."],
    },
    "camp": {
        "head": [
            "CAMPINGREGLEMENT\nStandplaats {X:pitch} · {NAME}\n",
            "HUISREGELS VAN HET HOSTEL\nJe bed: {X:dorm_bed}\n",
        ],
        "fill": [
            "Stilte {X:deck_time}. Slagboomcode: {X:door_code}.",
            "Code van de wasruimte: {X:door_code}.",
            "Wifi: {X:wifi}. Kluisjes voor tassen van {X:baggage}.",
            "Het meer ligt op {X:distance}; water {X:temperature}.",
        ],
        "phone": ["Nachtbeheerder: {P}", "Receptie (8–20 uur): {P}"],
        "end": ["Dank voor uw rekening houden met de buren.", "Fijn verblijf!"],
    },
}

C = {
    "local": [
        "Binnen {TOWN} volstaat {L}.",
        "(vanuit {TOWN} zonder kengetal: {L})",
        "Gasten uit {TOWN} bellen gewoon {L}.",
    ],
    "mobile": ["Mobiel, ook WhatsApp: {P}"],
    "land": ["Vaste lijn in de woning (geen sms): {P}"],
    "service": ["Gratis reserveringslijn: {Q}", "Klantenservice: {Q}"],
    "email": ["Mail ons via {E}", "Bevestiging verstuurd naar {E}"],
    "iban": ["Maak de aanbetaling over naar IBAN {I} o.v.v. uw boekingscode."],
    "card": ["Garantiekaart: {C}"],
    "ip": ["Online geboekt vanaf IP {IP}.", "Geplaatst vanaf {IP}"],
    "ssn": [],
    "list": [("Contact onderweg", "{NAME} ({ROLE}) – {P}"), ("Wie bel je", "{ROLE}: {NAME}, {P}")],
    "roles": ["reisleider", "chauffeur", "nachtportier", "vestigingsmanager", "gids"],
    "none": ["Er is geen telefoon in de woning; gebruik de app.", "Receptie na 18 uur onbemand."],
}
