"""Nederlandse zinnen (nl_NL, nl_BE), geschreven voor v40."""

GENRES = {
    "freight": {
        "head": [
            "VRACHTBRIEF CMR — cognossement {bill_of_lading}\nAfzender: {name}",
            "Transportopdracht {cal_week}\nOpdrachtgever: {name}",
        ],
        "fill": [
            "Container {container}, zegel {seal}, brutogewicht {weight}.",
            "GN-code {hs_code}; EORI van de aangever {eori}.",
            "Luchtvracht op AWB {awb}, levering {incoterm}.",
            "Uitvoer-MRN {mrn} vrijgegeven om {timestamp}.",
        ],
        "sign": ["Wachttijd boven twee uur wordt apart in rekening gebracht."],
    },
    "warehouse": {
        "head": ["PICKLIJST {cal_week}\nOrderpicker: {name}", "Afleverbon\nOntvangen door: {name}"],
        "fill": [
            "Pak {qty} van locatie {bin_location}, partij {lot}.",
            "Palletlabel {sscc}, afmeting {dims}.",
            "Laad {pallets} bij dock {dock}; THT {best_before}.",
            "Gekoelde artikelen blijven op {temp} tijdens het klaarzetten.",
        ],
        "sign": ["Tel de goederen waar de chauffeur bij is en noteer tekorten op deze bon."],
    },
    "fleet": {
        "head": [
            "Chauffeursrooster {cal_week}\nPlanning: {name}",
            "VOERTUIGDOSSIER — chassisnummer {vin}\nChauffeur: {name}",
        ],
        "fill": [
            "Rijbewijs {licence_no} gecontroleerd, bestuurderskaart {tacho_card} geldig.",
            "Kilometerstand bij overdracht {odometer}, bandenspanning {torque}.",
            "Vroege dienst {shift}, oplegger staat aan dock {dock}.",
            "Voor vertrek getankt tot {tank}.",
        ],
        "sign": ["Rusttijden zijn verplicht, ook bij drukte."],
    },
    "dispatch": {
        "head": [
            "PORTOFOONLOGBOEK — meldkamer\nDienstdoend: {name}",
            "Nachtlog {cal_week}\nIngevoerd door {name}",
        ],
        "fill": [
            "{timestamp} wagen 6 meldt file via {radio}, positie {gps}.",
            "{timestamp} koelalarm, laadruimte {temp}, chauffeur ingelicht.",
            "{timestamp} zending {bill_of_lading} overgedragen, weegbon {weigh_ticket}.",
            "{timestamp} storing {fault_code} aan de trekker, stand {odometer}.",
        ],
        "sign": ["Logboek gesloten. Overdracht om 06:00."],
    },
    "farm": {
        "head": [
            "AKKERBOUWCOÖPERATIE — marktbericht {cal_week}\nVoor de leden, van {name}",
            "Ledenmededeling oogstontvangst\nOpgesteld door {name}",
        ],
        "fill": [
            "Voertarwe genoteerd op {market_price}; ontvangstnorm {yield_moist}.",
            "Bedrijf {holding}: kunstmest {npk} ligt klaar.",
            "Kalf met oormerk {ear_tag} verkocht op de veiling.",
            "Opgegeven oppervlakte: {area_ha}.",
        ],
        "sign": ["De weegbrug sluit tijdens de oogst bij het invallen van de duisternis."],
    },
    "maint": {
        "head": [
            "ONDERHOUDSLOGBOEK — heftruck serienummer {serial}\nMonteur: {name}",
            "Servicebericht onderdeel {part_no}\nGecontroleerd door {name}",
        ],
        "fill": [
            "Urenteller {engine_hours}; besturing bijgewerkt naar {firmware}.",
            "Wielmoeren aangehaald met {torque}, hydraulische olie {grade}.",
            "Storing {fault_code} gewist na vervangen sensor.",
            "Nominaal vermogen {power}; volgende keuring {cal_week}.",
        ],
        "sign": ["Gebruik de machine nooit met een verwijderde afscherming."],
    },
    "sds": {
        "head": [
            "VEILIGHEIDSINFORMATIEBLAD — rubriek 1 en 14\nOpgesteld door: {name}",
            "VIB-samenvatting, partij {lot}\nContactpersoon: {name}",
        ],
        "fill": [
            "Identificatie: {cas}, {ec_number}.",
            "Vervoer: {un_number}, gevaarsnummer {kemler}.",
            "Vlampunt {flash}; grenswaarde {exposure}.",
            "Fysische gegevens: {density}.",
        ],
        "sign": ["Lees het hele blad voor het eerste gebruik."],
    },
    "supply": {
        "head": [
            "PRIJSLIJST DEALERS 2025\nUw accountmanager: {name}",
            "Leverancierscatalogus, bevestigingsmiddelen\nOfferte voor {name}",
        ],
        "fill": [
            "Artikel {article_no}, verpakking {pack}, materiaal {grade}.",
            "Onderdeel {part_no} wordt nu geleverd per {pack}.",
            "Minimale afname {pallets}, levering {incoterm}.",
            "Levertijd {cal_week} voor artikel {article_no}.",
        ],
        "sign": ["Prijzen excl. btw en vracht. Onder voorbehoud van fouten."],
    },
}

CONTACT = {
    "phone": [
        "Vragen over deze lading: {role}, {p}.",
        "De {role} is bereikbaar op {p} ({hours}).",
        "Bel {p} en vraag naar de {role}.",
    ],
    "mobile": ["Mobiel van de chauffeur, liefst appen: {p}"],
    "fixed": ["Vaste lijn van het terreinkantoor (geen sms): {p}"],
    "abroad": ["Vanuit het buitenland belt u {p}.", "Buitenlandse partners bellen {p}."],
    "service": ["Gratis pechhulp, dag en nacht: {p}", "Telefonisch bestellen: {p}"],
    "local": ["Vanuit {town} volstaat {p}.", "Bel binnen {town} gewoon {p}.", "Lokaal in {town}: {p}"],
    "email": ["Stuur getekende documenten naar {e}.", "Vragen over papieren: {e}"],
    "iban": ["Betaal de vrachtkosten op {iban}."],
    "card": ["Geregistreerde tankpas: {card}."],
    "ip": ["Labelprinter op het docknetwerk: {ip}", "Inlog op het trackingportaal vanaf {ip}."],
    "dir": ["BELANGRIJKE NUMMERS", "Toestellen op de locatie"],
    "roles": ["planning", "terreinregie", "meldkamer", "kwaliteitsdienst", "ploegleider", "weegbrug"],
    "hours": ["van 6.00 tot 22.00 uur", "op werkdagen tot 17.30 uur", "dag en nacht"],
    "nophone": [
        "Bestellingen nemen we niet telefonisch aan; gebruik het portaal.",
        "Bel de portiersloge niet, a.u.b.",
    ],
}
