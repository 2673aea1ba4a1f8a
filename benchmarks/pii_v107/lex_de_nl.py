"""German and Dutch sentences: military life and veterans, with local-number announcements."""

DE = {
    "family": {
        "title": [
            "Familienbetreuungszentrum – Mitteilungen",
            "Infobrief für Angehörige im Einsatz",
            "Aus dem Familienbetreuungszentrum",
        ],
        "pos": [
            "Während des Einsatzes ist das Familienbetreuungszentrum rund um die Uhr unter {MOB} erreichbar.",
            "Angehörige, die den Newsletter noch nicht bekommen, schreiben bitte an {EMR}.",
            "Für Fragen zur Kinderbetreuung steht Frau {NAME} unter {NAT} zur Verfügung.",
            "Die Hotline für Angehörige, {FREE}, ist kostenfrei.",
            "Wer im Ausland lebt, erreicht uns unter {INTL}.",
            "Rückfragen zum Paketdienst bitte per Mail an {EMP}.",
        ],
        "neg": [
            "Pakete ins Einsatzgebiet dürfen höchstens {N:kit_weight} wiegen.",
            "Der Familientag beginnt um {N:mil_time} Uhr vor Gebäude {N:room}.",
            "Bitte bei jeder Anfrage die Personenkennziffer des Soldaten ({N:service_no}) angeben.",
            "Der Bus zum Standort fährt um {N:mil_time} Uhr ab.",
        ],
    },
    "reserve": {
        "title": [
            "Reservistenarbeit – Einladung zur Übung",
            "Reservistenkameradschaft: Termine",
            "Heranziehung zur Reservedienstleistung",
        ],
        "pos": [
            "Anmeldung zur Schießübung bis Freitag beim Kameradschaftsleiter, {NAME}, {MOB}.",
            "Fragen zur Unterhaltssicherung beantwortet das Karrierecenter unter {NAT}.",
            "Die Teilnehmerliste bitte an {EMR} senden.",
            "Beitrag der Kameradschaft per Dauerauftrag auf {IBAN}.",
            "Wer gerade im Ausland ist, meldet sich unter {INTL}.",
        ],
        "neg": [
            "Treffpunkt: Planquadrat {N:mgrs}, {N:mil_time} Uhr.",
            "Funkfrequenz für die Übung: {N:freq}.",
            "Geschossen wird mit Kaliber {N:calibre}, Marschstrecke {N:march}.",
            "Lehrgang {N:course_no} beginnt am Montag, Dienstgrad {N:pay_grade} und höher als Leitende.",
        ],
    },
    "veterans": {
        "title": [
            "Veteranenverband – Rundbrief",
            "Kameradschaft ehemaliger Soldaten: Nachrichten",
            "Veteranenbüro – Sprechzeiten",
        ],
        "pos": [
            "Unser Schriftführer {NAME} ist abends unter {NAT} zu erreichen.",
            "Mitfahrgelegenheiten zum Jahrestreffen vermittelt {EMP}.",
            "Das Veteranenbüro hilft bei Anträgen: {NAT} oder {EMR}.",
            "Spenden für die Kriegsgräberpflege bitte auf {IBAN}.",
            "Mitglieder im Ausland erreichen den Vorstand unter {INTL}.",
        ],
        "neg": [
            "Mitgliedsnummer {N:member_no} wurde doppelt vergeben und gelöscht.",
            "Unser ältestes Mitglied, geboren am {N:dob}, war {N:war_years} im Dienst.",
            "Beim Sommerfest kamen {N:amount} zusammen.",
            "Die Grabstelle {N:grave} wurde neu bepflanzt.",
        ],
    },
    "museum": {
        "title": [
            "Militärhistorisches Museum – Besucherinformation",
            "Anfrage an das Museumsarchiv",
            "Förderverein des Wehrgeschichtlichen Museums",
        ],
        "pos": [
            "Gruppenführungen bitte mindestens zwei Wochen vorher unter {NAT} anmelden.",
            "Archivanfragen zu einzelnen Soldaten an {EMR}.",
            "Der Besucherzähler im Eingang meldet an {IP4}; der Infoterminal in Halle 2 hat {IP4P}.",
            "Die Eintrittskarte wurde mit der Karte {CARD} bezahlt.",
            "Unser Kurator {NAME} ist auch mobil erreichbar: {MOB}.",
        ],
        "neg": [
            "Objekt {N:accession} (ein Feldtelefon) ist nach der Restaurierung wieder ausgestellt.",
            "Der Katalog (ISBN {N:isbn}) kostet {N:amount}.",
            "Im Hof steht ein {N:vehicle_type}; Halle 3 zeigt die Jahre {N:war_years}.",
            "Das Gewehr in Vitrine 7 trägt die Seriennummer {N:rifle_serial}.",
        ],
    },
    "remembrance": {
        "title": [
            "Volkstrauertag – Ablauf der Gedenkfeier",
            "Kranzniederlegung am Ehrenmal",
            "Gedenkveranstaltung: Hinweise für Teilnehmende",
        ],
        "pos": [
            "Kränze können bis Mittwoch bei {NAME} unter {NAT} bestellt werden.",
            "Rollstuhlplätze bitte bei {EMR} anmelden.",
            "Presseanfragen: {EMP}, Telefon {MOB}.",
        ],
        "neg": [
            "Die Schweigeminute beginnt um {N:silence} Uhr.",
            "Die neuen Namen stehen auf den Tafeln {N:panel}.",
            "Das Ehrenmal liegt bei {N:latlon}.",
            "Aufstellung um {N:mil_time} Uhr am Marktplatz.",
        ],
    },
}

LOC_DE = [
    "Wer in {TOWN} wohnt, erreicht das Familienbetreuungszentrum unter {LOC}.",
    "Aus dem Ortsnetz {TOWN}: {LOC} (Geschäftszimmer), {LOC2} (Spieß).",
    "Die Kameradschaft {TOWN} trifft sich jeden Dienstag – Anruf genügt: {LOC}.",
    "Innerhalb von {TOWN} wählen Sie für das Museum nur {LOC}.",
    "„Ruf einfach {LOC} an“, sagte Hauptfeldwebel {NAME}, „ich bin die ganze Woche in {TOWN}.“",
    "Standortältester {TOWN}, Ortsruf: {LOC}",
    "Vom Festnetz in {TOWN} aus ist die Truppenküche unter {LOC} zu erreichen.",
]

NL = {
    "family": {
        "title": [
            "Thuisfront – nieuwsbrief voor families",
            "Bericht van het thuisfrontcomité",
            "Informatie voor achterblijvers tijdens de uitzending",
        ],
        "pos": [
            "Het thuisfrontcomité is tijdens de uitzending bereikbaar op {MOB}.",
            "Vragen over post naar het uitzendgebied kunt u mailen naar {EMR}.",
            "Voor de familiedag kunt u zich aanmelden bij {NAME}, {NAT}.",
            "Woont u in het buitenland? Bel dan {INTL}.",
            "De gratis lijn voor families, {FREE}, is elke dag open.",
        ],
        "neg": [
            "Pakketjes mogen niet zwaarder zijn dan {N:kit_weight}.",
            "De familiedag begint om {N:mil_time} uur bij gebouw {N:room}.",
            "Vermeld altijd het registratienummer van de militair ({N:service_no}).",
        ],
    },
    "veterans": {
        "title": [
            "Veteranenvereniging – nieuwsbrief",
            "Reünie van oud-dienstplichtigen",
            "Veteranencafé: programma",
        ],
        "pos": [
            "Onze secretaris, {NAME}, is 's avonds bereikbaar op {NAT}.",
            "Contributie graag overmaken naar {IBAN} onder vermelding van uw naam.",
            "Aanmelden voor de reünie via {EMR} of telefonisch op {MOB}.",
            "Het Veteraneninstituut heeft een gratis nummer: {FREE}.",
            "Foto's van de reünie zijn op te vragen bij {EMP}.",
        ],
        "neg": [
            "Lidnummer {N:member_no} is per abuis twee keer uitgegeven.",
            "Ons oudste lid, geboren {N:dob}, diende {N:war_years}.",
            "De collecte bracht {N:amount} op.",
        ],
    },
    "museum": {
        "title": [
            "Militair museum – bezoekersinformatie",
            "Vraag aan het museumarchief",
            "Vrienden van het regimentsmuseum",
        ],
        "pos": [
            "Groepsbezoeken reserveren via {NAT}.",
            "Archiefvragen over een militair kunt u sturen naar {EMR}.",
            "De bezoekersteller bij de ingang staat op {IP4P}; de catalogusserver op {IP6}.",
            "Uw entreekaart is betaald met kaart {CARD}.",
        ],
        "neg": [
            "Voorwerp {N:accession} is na restauratie terug in de vitrine.",
            "Het boek bij de tentoonstelling (ISBN {N:isbn}) kost {N:amount}.",
            "Op het plein staat een {N:vehicle_type} uit de jaren {N:war_years}.",
        ],
    },
    "remembrance": {
        "title": [
            "Nationale Dodenherdenking – programma",
            "Veteranendag: informatie voor deelnemers",
            "Herdenking bij het monument",
        ],
        "pos": [
            "Kransen bestellen kan tot woensdag bij {NAME}, {NAT}.",
            "Deelnemers aan het defilé melden zich via {EMR}.",
            "Pers: {EMP} of {MOB}.",
        ],
        "neg": [
            "De twee minuten stilte beginnen om {N:silence} uur.",
            "De namen staan op de panelen {N:panel}.",
            "Opstellen om {N:mil_time} uur bij het monument op {N:latlon}.",
        ],
    },
}

LOC_NL = [
    "Woont u in {TOWN}? Het thuisfrontbureau belt u gewoon op {LOC}.",
    "Binnen {TOWN} is de veteranenvereniging bereikbaar op {LOC}, de penningmeester op {LOC2}.",
    "Lokaal nummer van het museum in {TOWN}: {LOC}",
    "Vanaf een vaste lijn in {TOWN} draait u {LOC} voor de kantine.",
    '"Bel maar gewoon {LOC}," zei {NAME}, "ik zit deze week in {TOWN}."',
    "Kazerne {TOWN}, wachtlokaal (zonder netnummer): {LOC}",
]

LIST_DE = {
    "heads": ["Wichtige Nummern", "Erreichbarkeit", "Ansprechstellen"],
    "labels": ["Geschäftszimmer", "Spieß", "Militärpfarrer", "Familienbetreuung", "Wache", "Kassenwart"],
}
LIST_NL = {
    "heads": ["Nuttige nummers", "Bereikbaarheid", "Contactpersonen"],
    "labels": [
        "Thuisfront",
        "Wachtcommandant",
        "Aalmoezenier",
        "Secretaris",
        "Penningmeester",
        "Museumbalie",
    ],
}
