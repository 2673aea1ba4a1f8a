"""German and Dutch sentences of the v90 set (energy and home improvement), written fresh for it."""

DE = {
    "solar": {
        "title": [
            "Ihr Angebot für die Photovoltaikanlage",
            "Aufmaß Dach – PV-Anlage",
            "Inbetriebnahme Ihrer PV-Anlage",
        ],
        "pos": [
            "Geplant sind {k:panels} ({k:kwp}) auf der Südseite, "
            "Dachneigung/Ausrichtung {k:roof}. Rückfragen "
            "zum Belegungsplan beantwortet {name} unter {nat}.",
            "Die Anlage ist im Marktstammdatenregister unter {k:mastr} eingetragen. Den Wechselrichter "
            "erreichen Sie im Heimnetz unter {ip}.",
            "Die Anzahlung buchen wir per Lastschrift von {iban} ab.",
            "Für den Gerüstbau meldet sich unser Partner vorher telefonisch; mobil erreichbar unter {mob}.",
            "Fragen zur Einspeisevergütung bitte an {email} oder an die kostenlose Hotline {free}.",
        ],
        "neg": [
            "Belegung: {k:panels}, Stränge {k:strings}, Ertragsprognose {k:yield}.",
            "Modulmaße {k:panel_size}; Standort laut Gutachten {k:coords}.",
            "Zählpunkt {k:zaehlpunkt}, Eintrag im Register {k:mastr}.",
        ],
    },
    "heatpump": {
        "title": [
            "Einbau Ihrer Luft-Wasser-Wärmepumpe",
            "Heizlastberechnung und Angebot",
            "Terminbestätigung Wärmepumpe",
        ],
        "pos": [
            "Die Heizlast liegt bei {k:heat_loss}; wir planen mit einer Vorlauftemperatur von {k:flow_temp}. "
            "Ihr Ansprechpartner {name} ist unter {nat} erreichbar.",
            "Der Förderantrag ({k:beg_ref}) ist eingereicht. Rückfragen der Förderstelle bitte an {email} "
            "weiterleiten.",
            "Unsere Monteure kommen zwischen {k:window}. Verspätungen meldet der Bauleiter unter {mob}.",
            "Das Außengerät hält mit {k:sound} den Grenzwert zum Nachbargrundstück ein. Bei Fragen: {intl}.",
        ],
        "neg": [
            "Auslegung: {k:heat_loss}, {k:scop}, Kältemittel {k:refrigerant}.",
            "Schallleistung {k:sound}; Pufferspeicher {k:cylinder}.",
            "Vorlauf/Rücklauf {k:flow_temp}, Förderkennzeichen {k:beg_ref}.",
        ],
    },
    "insulation": {
        "title": ["Dämmung der obersten Geschossdecke", "Energieberatung: Dämmmaßnahmen"],
        "pos": [
            "Nach der Dämmung mit {k:depth} erreicht die Decke {k:u_value}. Den Termin können Sie unter "
            "{nat} verschieben.",
            "Die Rechnung für den Eigenanteil begleichen Sie bitte per Überweisung an {iban}.",
            "Unsere Energieberaterin {name} schickt den Sanierungsfahrplan von {email}.",
        ],
        "neg": [
            "Dachbodenfläche {k:loft_area}, Dämmstärke {k:depth}, Ergebnis {k:u_value}.",
            "Luftdichtheit {k:airtight}; Lüftungsanlage mit {k:airflow} empfohlen.",
        ],
    },
    "evcharger": {
        "title": ["Installation Ihrer Wallbox", "Wallbox – Prüfprotokoll"],
        "pos": [
            "Wir installieren eine Wallbox mit {k:charge_kw}, "
            "abgesichert über {k:breaker}, Leitung {k:cable}. "
            "Der Elektriker ruft vorher unter {mob} an.",
            "Die Anmeldung beim Netzbetreiber übernehmen wir; die Servicehotline ist {free}.",
            "Ihre Wallbox meldet sich im Netzwerk mit {ip}; bitte die Adresse im Router fest vergeben.",
            "Die Restzahlung wurde von Ihrer Karte {card} eingezogen.",
        ],
        "neg": [
            "Ladepunkt {k:evse_id}, Leistung {k:charge_kw}, Hausanschluss {k:fuse}.",
            "Zuleitung {k:cable}, Schutzorgane {k:breaker}.",
        ],
    },
    "smartmeter": {
        "title": ["Terminankündigung: Einbau intelligentes Messsystem", "Zählerwechsel bei Ihnen"],
        "pos": [
            "Unser Monteur {name} tauscht am vereinbarten Tag zwischen "
            "{k:window} den Zähler. Bei Verhinderung "
            "bitte unter {nat} absagen.",
            "Das Smart-Meter-Gateway ist im Heimnetz unter {ip} erreichbar, sobald die Kundenschnittstelle "
            "aktiviert ist.",
            "Rückfragen zum Messstellenbetrieb: {email}.",
        ],
        "neg": [
            "Zählpunkt {k:zaehlpunkt}; Zählerstand beim Ausbau {k:reading}.",
            "Zeitfenster {k:window}, Hausanschlusssicherung {k:fuse}.",
        ],
    },
}

DE_ANNOUNCE = [
    "Aus dem Ortsnetz {town} erreichen Sie unsere Montageplanung unter {loc}.",
    "In {town} genügt die {loc} – ohne Vorwahl – für die Terminvergabe.",
    "Büro {town} (Ortsgespräch): {loc}, Lager {loc}.",
    "„Rufen Sie einfach {loc} an, das ist bei Ihnen in {town} ein Ortsgespräch“, sagte der Monteur.",
    "Für Kundinnen und Kunden in {town} ist die Energieberatung direkt unter\n{loc} zu erreichen.",
    "Wer im Stadtgebiet {town} anruft, wählt für die Bauleitung nur {loc}.",
]

NL = {
    "solar": {
        "title": [
            "Offerte zonnepanelen",
            "Opname dak – zonnepanelen",
            "Oplevering van uw zonnestroominstallatie",
        ],
        "pos": [
            "We leggen {k:panels} ({k:kwp}) op het achterdak, helling "
            "en oriëntatie {k:roof}. Vragen over het "
            "legplan? Bel {name} op {nat}.",
            "De omvormer is bereikbaar via {ip} zolang u thuis op het wifi-netwerk zit.",
            "De aanbetaling wordt geïncasseerd van {iban}.",
            "Op de dag van montage belt de ploegleider u vanaf {mob}.",
            "Garantievragen kunt u mailen naar {email}; storingen meldt u gratis via {free}.",
        ],
        "neg": [
            "Legplan: {k:panels}, strings {k:strings}, verwachte opbrengst {k:yield}.",
            "EAN-code aansluiting {k:ean_nl}; paneelmaat {k:panel_size}.",
        ],
    },
    "heatpump": {
        "title": ["Uw hybride warmtepomp", "Warmteverliesberekening en offerte"],
        "pos": [
            "Het warmteverlies is {k:heat_loss}; we regelen de stooklijn op {k:flow_temp}. Uw adviseur "
            "{name} is bereikbaar op {nat}.",
            "De buitenunit komt op {k:sound}, ruim binnen de norm. De monteur belt vooraf vanaf {mob}.",
            "Subsidieaanvraag ingediend; vragen daarover graag naar {email}.",
            "Onze Belgische collega's bereikt u op {intl}.",
        ],
        "neg": [
            "Ontwerp: {k:heat_loss}, {k:scop}, koudemiddel {k:refrigerant}.",
            "Boilervat {k:cylinder}; aanvoer/retour {k:flow_temp}.",
        ],
    },
    "insulation": {
        "title": ["Spouwmuur- en vloerisolatie", "Uitslag isolatiescan"],
        "pos": [
            "Na het isoleren met {k:depth} haalt de vloer {k:u_value}. Afspraak verzetten kan via {nat}.",
            "De subsidie van de gemeente wordt overgemaakt op {iban}.",
            "Onze isolatieadviseur {name} stuurt het rapport vanaf {email}.",
        ],
        "neg": [
            "Zolderoppervlak {k:loft_area}, isolatiedikte {k:depth}, resultaat {k:u_value}.",
            "Luchtdichtheid {k:airtight}, ventilatie {k:airflow}.",
        ],
    },
    "evcharger": {
        "title": ["Installatie laadpaal", "Laadpaal – opleverrapport"],
        "pos": [
            "We plaatsen een laadpaal van {k:charge_kw} met {k:breaker} en kabel {k:cable}. De elektricien "
            "belt vooraf vanaf {mob}.",
            "Laadpas kwijt of laadpaal offline? Bel de servicedesk op {free}.",
            "Het restbedrag is afgeschreven van uw creditcard {card}.",
        ],
        "neg": [
            "Laadpunt {k:evse_id}, vermogen {k:charge_kw}, hoofdzekering {k:fuse}.",
            "Kabel {k:cable}; aardlekschakelaar en groep {k:breaker}.",
        ],
    },
    "advice": {
        "title": ["Verslag energiecoach-bezoek", "Uw energieadvies op een rij"],
        "pos": [
            "Bedankt voor het gesprek. Uw tarief is {k:rate}; overstappen naar een dynamisch contract kan "
            "schelen. Energiecoach {name} is bereikbaar op {mob}.",
            "Wilt u een tweede bezoek? Mail {email} of bel {nat}.",
        ],
        "neg": [
            "Meterstand {k:reading}, tarief {k:rate}.",
            "Advies: eerst kierdichting, dan zolderisolatie van {k:depth}.",
        ],
    },
}

NL_ANNOUNCE = [
    "Belt u vanuit {town}? Dan is het netnummer niet nodig: {loc}.",
    "Vestiging {town}, lokaal bereikbaar op {loc}.",
    "In {town} belt u de planning op {loc} en de werkvoorbereiding op {loc}.",
    "“Gewoon {loc} draaien vanuit {town},” zei de monteur.",
    "Lokaal nummer voor klanten in {town}:\n{loc}",
    "Binnen de regio {town} volstaat {loc} voor de showroom.",
]

LIST_HEADS = {
    "de": ["Ihre Ansprechpartner am Bautag", "Kontakte rund um die Anlage", "Telefonliste Montage"],
    "nl": ["Uw contactpersonen", "Telefoonnummers bij de installatie", "Contactlijst montage"],
}
LIST_LABELS = {
    "de": ["Bauleitung", "Elektriker", "Gerüstbau", "Förderberatung", "Kundendienst", "Planung"],
    "nl": ["Projectleider", "Elektricien", "Steigerbouw", "Subsidieloket", "Klantenservice", "Planning"],
}
