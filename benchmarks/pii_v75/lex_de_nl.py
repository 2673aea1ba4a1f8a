"""German and Dutch sentences for v75 (construction and building projects), written fresh."""

DE = {
    "siteoffice": {
        "t": ["Aushang Baucontainer", "Baustelleninfo KW 23", "Unterweisung Nachunternehmer"],
        "p": [
            "Der Baucontainer ist von {N:work_hours} besetzt; außerhalb dieser Zeit bitte den Polier "
            "unter {MOB} anrufen.",
            "Anlieferungen nur nach Absprache mit Frau {NAME}, Telefon {NAT}.",
            "Stundenzettel bitte freitags an {ROLE} schicken.",
            "Die Kamera am Tor hängt im Baustellennetz unter {IPP}.",
            "Unsere Zentrale erreichen Sie unter {INTL}.",
        ],
        "n": [
            "Die Genehmigung für Heißarbeiten {N:permit_no} gilt bis Freitag.",
            "Höhenbezug für Bauabschnitt 2: {N:site_level}.",
            "Der Kran bleibt bis {N:week_range} auf der Baustelle.",
        ],
    },
    "scaffold": {
        "t": ["Gerüstfreigabe", "Gerüstprüfprotokoll", "Angebot Gerüstmiete"],
        "p": [
            "Änderungen am Gerüst nur durch unsere Kolonne – Bauhof {NAT}.",
            "Prüfer {NAME} hat das Gerüst freigegeben; bei Rückfragen {MOB}.",
            "Mietrechnungen kommen von {ROLE}; die Zahlung bitte auf {IBAN}.",
            "Sturmschaden am Wochenende? Notdienst {FREE}.",
            "Die Alarmanlage am Gerüst meldet an {IP4}.",
        ],
        "n": [
            "Lastklasse 3, zulässige Flächenlast {N:load_rating}.",
            "Verankerung alle 4 m, Toleranz {N:tolerance}.",
            "Miete für die ersten vier Wochen: {N:cost_eur} netto.",
        ],
    },
    "bcontrol": {
        "t": ["Bauantrag – Eingangsbestätigung", "Schreiben der Bauaufsicht", "Baugenehmigung (Anschreiben)"],
        "p": [
            "Für Rückfragen zu Ihrem Bauantrag steht Ihnen Herr {NAME} unter {NAT} zur Verfügung.",
            "Nachreichungen bitte per E-Mail an {ROLE}.",
            "Ihr Entwurfsverfasser hat {MOB} angegeben; dort war niemand erreichbar.",
            "Der Prüfstatiker ist unter {INTL} erreichbar.",
        ],
        "n": [
            "Das Grundstück Flurstück {N:flurstueck} liegt im Geltungsbereich eines Bebauungsplans.",
            "Die Wohnfläche erhöht sich auf {N:floor_area}.",
            "Für die Treppenraumtüren ist {N:fire_rating} gefordert.",
            "Der Wärmedurchgangskoeffizient der Außenwand beträgt {N:u_value}.",
        ],
    },
    "snagging": {
        "t": ["Mängelliste Wohnung 4", "Protokoll Vorabnahme", "Restarbeiten vor Übergabe"],
        "p": [
            "Mängel bitte mit Foto an {ROLE} oder per SMS an {MOB} melden.",
            "Der Maler, Herr {NAME}, kommt am Montag wieder: {MOB}.",
            "Gewährleistungsservice: {FREE}.",
            "Bauleitung: {NAME}, {NAT}.",
        ],
        "n": [
            "Küche: Fuge an der Arbeitsplatte, Abweichung {N:tolerance}.",
            "Bad: Estrichfeuchte {N:moisture}, Fliesen noch nicht verlegen.",
            "Fensterbänke in {N:ral_colour} nachstreichen.",
        ],
    },
    "skiphire": {
        "t": ["Containerdienst – Auftragsbestätigung", "Bestellung Absetzmulde", "Entsorgungsnachweis"],
        "p": [
            "Der Fahrer meldet sich eine halbe Stunde vorher unter {MOB}.",
            "Tausch oder Abholung: Disposition {NAT}.",
            "Bezahlt mit Karte {CARD}.",
            "Fragen zur Sondernutzungserlaubnis an {ROLE}.",
        ],
        "n": [
            "Abfallschlüssel {N:ewc_code}, gemischte Bau- und Abbruchabfälle.",
            "Fahrzeug {N:vehicle_reg}, Absetzkipper.",
            "Preis für 14 Tage: {N:cost_eur} inkl. MwSt.",
        ],
    },
}
DE_LOCAL = [
    "Aus dem Ortsnetz {TOWN} reicht die {LOC} – dann sind Sie direkt im Baubüro.",
    "Baubüro {TOWN} (ohne Vorwahl): {LOC}",
    "Anwohner in {TOWN} erreichen unseren Ansprechpartner unter {LOC}, am Wochenende unter {LOC}.",
    "„Wählen Sie einfach {LOC}, Sie sind ja in {TOWN}“, sagte die Dame am Empfang.",
    "Unser Bauhof in {TOWN} ist unter {LOC} zu erreichen (Ortsgespräch).",
    "Containertausch in {TOWN}:\n{LOC}",
    "Wer in {TOWN} anruft, braucht für die Bauaufsicht nur die {LOC}.",
]
DE_HEADS = ["Baustellenkontakte", "Erreichbarkeit", "Notfallnummern Baustelle"]
DE_LABELS = ["Bauleitung", "Polier", "Gerüstbau", "Containerdienst", "Architekt", "Elektro", "Sanitär"]

NL = {
    "siteoffice": {
        "t": ["Mededeling bouwkeet", "Bouwplaatsinfo week 23", "Toolbox-meeting"],
        "p": [
            "De bouwkeet is bemand van {N:work_hours}; daarbuiten de uitvoerder bellen op {MOB}.",
            "Leveringen alleen na afspraak met {NAME}, telefoon {NAT}.",
            "Urenbriefjes graag vrijdag naar {ROLE}.",
            "De camera bij het hek staat op {IPP}.",
            "Ons hoofdkantoor: {INTL}.",
        ],
        "n": [
            "Werkvergunning {N:permit_no} voor heet werk op verdieping 3.",
            "Peil voor fase 2: {N:site_level}.",
            "KvK-nummer aannemer: {N:kvk}.",
        ],
    },
    "scaffold": {
        "t": ["Steigeroplevering", "Steigerkeuring", "Offerte steigerhuur"],
        "p": [
            "Aanpassingen aan de steiger alleen door onze ploeg, werkplaats {NAT}.",
            "Keurmeester {NAME} heeft de steiger vrijgegeven; vragen via {MOB}.",
            "Huurfacturen van {ROLE}; betaling op {IBAN}.",
            "Stormschade buiten kantooruren: {FREE}.",
        ],
        "n": [
            "Belastingklasse 3, maximaal {N:load_rating}.",
            "Verankering om de 4 m, tolerantie {N:tolerance}.",
            "Huur eerste vier weken: {N:cost_eur} excl. btw.",
        ],
    },
    "planning": {
        "t": ["Omgevingsvergunning – ontvangstbevestiging", "Brief van de gemeente", "Vooroverleg bouwplan"],
        "p": [
            "Voor vragen over uw aanvraag kunt u {NAME} bellen op {NAT}.",
            "Aanvullende stukken kunt u mailen naar {ROLE}.",
            "Uw architect gaf {MOB} op als nummer, maar daar nam niemand op.",
            "De welstandscommissie is bereikbaar via {NAT}.",
        ],
        "n": [
            "Het perceel heeft een bebouwd oppervlak van {N:floor_area}.",
            "De dakhelling van de dakkapel is {N:roof_pitch}.",
            "De gevel wordt uitgevoerd in {N:ral_colour}.",
        ],
    },
    "snagging": {
        "t": ["Opleverpunten woning 8", "Voorschouw", "Restpuntenlijst"],
        "p": [
            "Opleverpunten kunt u met foto doorgeven aan {ROLE} of appen naar {MOB}.",
            "Schilder {NAME} komt maandag terug: {MOB}.",
            "Servicedienst na oplevering: {FREE}.",
            "De slimme thermostaat in de woonkamer staat op {IPP} en koppelt niet.",
            "Uitvoerder: {NAME}, {NAT}.",
        ],
        "n": [
            "Keuken: naad in het werkblad, afwijking {N:tolerance}.",
            "Badkamer: vochtmeting dekvloer {N:moisture}.",
            "Trap: {N:stair}, leuning ontbreekt nog.",
        ],
    },
    "skiphire": {
        "t": ["Containerhuur – bevestiging", "Bestelling bouwcontainer", "Afvalstroomnummer"],
        "p": [
            "De chauffeur belt u een half uur van tevoren op {MOB}.",
            "Wisselen of ophalen: planning {NAT}.",
            "Betaald met creditcard {CARD}.",
        ],
        "n": [
            "Container {N:skip_size}, afvalcode {N:ewc_code}.",
            "Kenteken wagen {N:vehicle_reg}.",
            "Prijs voor 14 dagen: {N:cost_eur} incl. btw.",
        ],
    },
}
NL_LOCAL = [
    "Belt u vanuit {TOWN}? Dan is de bouwkeet gewoon {LOC}, zonder netnummer.",
    "Bouwkeet {TOWN} (lokaal): {LOC}",
    "Omwonenden in {TOWN} kunnen de omgevingsmanager bellen op {LOC}; in het weekend {LOC}.",
    "‘Draai maar {LOC}, u zit toch in {TOWN}’, zei de receptioniste.",
    "Onze werkplaats in {TOWN} is bereikbaar op {LOC} (lokaal nummer).",
    "Containerwissel in {TOWN}:\n{LOC}",
]
NL_HEADS = ["Contactpersonen bouwplaats", "Bereikbaarheid", "Noodnummers bouw"]
NL_LABELS = ["Uitvoerder", "Steigerbouwer", "Containerdienst", "Architect", "Elektricien", "Loodgieter"]
