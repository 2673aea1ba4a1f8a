"""Deutsche Sätze (de_DE, de_AT, de_CH), für v40 geschrieben."""

GENRES = {
    "freight": {
        "head": [
            "FRACHTBRIEF / CMR — Sendung {bill_of_lading}\nAbsender: {name}",
            "Speditionsauftrag {cal_week}\nDisponent: {name}",
        ],
        "fill": [
            "Container {container}, Plombe {seal}, Bruttogewicht {weight}.",
            "Warennummer {hs_code}, EORI des Anmelders {eori}.",
            "Luftfracht-AWB {awb}, Lieferbedingung {incoterm}.",
            "Ausfuhr-MRN {mrn} um {timestamp} überlassen.",
        ],
        "sign": ["Standgeld ab der dritten Stunde wird gesondert berechnet."],
    },
    "warehouse": {
        "head": [
            "KOMMISSIONIERLISTE {cal_week}\nKommissionierer: {name}",
            "Lieferschein\nWarenempfang: {name}",
        ],
        "fill": [
            "{qty} vom Lagerplatz {bin_location} entnehmen, Charge {lot}.",
            "Palettenetikett {sscc}, Ladungsmaß {dims}.",
            "{pallets} an Tor {dock} bereitstellen; MHD {best_before}.",
            "Kühlware während der Bereitstellung bei {temp} halten.",
        ],
        "sign": ["Mengen bitte im Beisein des Fahrers prüfen und Fehlmengen hier vermerken."],
    },
    "fleet": {
        "head": [
            "Fahrereinsatzplan {cal_week}\nDisposition: {name}",
            "FAHRZEUGAKTE FIN {vin}\nFahrer: {name}",
        ],
        "fill": [
            "Führerschein {licence_no} geprüft, Fahrerkarte {tacho_card} gültig.",
            "Kilometerstand bei Übergabe {odometer}, Reifendruck {torque}.",
            "Frühschicht {shift}, Auflieger steht an Rampe {dock}.",
            "Vor Abfahrt auf {tank} vollgetankt.",
        ],
        "sign": ["Lenk- und Ruhezeiten sind einzuhalten, ohne Ausnahme."],
    },
    "dispatch": {
        "head": [
            "FUNKPROTOKOLL LEITSTELLE\nDiensthabend: {name}",
            "Nachtdienst-Protokoll {cal_week}\nEingetragen von {name}",
        ],
        "fill": [
            "{timestamp} Wagen 12 meldet Stau auf {radio}, Standort {gps}.",
            "{timestamp} Kühlalarm, Laderaum {temp}, Fahrer informiert.",
            "{timestamp} Sendung {bill_of_lading} übergeben, Wiegeschein {weigh_ticket}.",
            "{timestamp} Störung {fault_code} an der Zugmaschine, Stand {odometer}.",
        ],
        "sign": ["Protokoll geschlossen. Übergabe an den Frühdienst um 06:00."],
    },
    "farm": {
        "head": [
            "RAIFFEISEN-GENOSSENSCHAFT — Marktbericht {cal_week}\nFür die Mitglieder: {name}",
            "Mitgliederinformation Ernteannahme\nVerfasst von {name}",
        ],
        "fill": [
            "Futterweizen notiert bei {market_price}; Annahmestandard {yield_moist}.",
            "Betrieb {holding}: Dünger {npk} liegt zur Abholung bereit.",
            "Kalb mit Ohrmarke {ear_tag} auf der Auktion verkauft.",
            "Beantragte Fläche: {area_ha}.",
        ],
        "sign": ["Die Fuhrwerkswaage schließt während der Ernte bei Einbruch der Dunkelheit."],
    },
    "maint": {
        "head": [
            "WARTUNGSPROTOKOLL Stapler S/N {serial}\nTechniker: {name}",
            "Servicemitteilung zu Teil {part_no}\nGeprüft von {name}",
        ],
        "fill": [
            "Betriebsstunden {engine_hours}; Steuerung auf {firmware} aktualisiert.",
            "Radmuttern mit {torque} angezogen, Hydrauliköl {grade}.",
            "Fehler {fault_code} nach Sensortausch gelöscht.",
            "Nennleistung {power}; nächste UVV-Prüfung {cal_week}.",
        ],
        "sign": ["Maschine nie mit demontierter Schutzhaube betreiben."],
    },
    "sds": {
        "head": [
            "SICHERHEITSDATENBLATT — Abschnitt 1 und 14\nErstellt von: {name}",
            "SDB-Kurzfassung, Charge {lot}\nAnsprechpartner: {name}",
        ],
        "fill": [
            "Identifikation: {cas}, {ec_number}.",
            "Transport: {un_number}, Gefahrnummer {kemler}.",
            "Flammpunkt {flash}; Arbeitsplatzgrenzwert {exposure}.",
            "Physikalische Daten: {density}.",
        ],
        "sign": ["Vor dem ersten Gebrauch vollständig lesen und am Lagerort aufbewahren."],
    },
    "supply": {
        "head": [
            "HÄNDLERPREISLISTE 2025\nIhr Betreuer: {name}",
            "Lieferantenkatalog, Kapitel Verbindungselemente\nAngebot für {name}",
        ],
        "fill": [
            "Artikel {article_no}, Gebinde {pack}, Werkstoff {grade}.",
            "Ersatzteil {part_no} jetzt im Gebinde {pack}.",
            "Mindestabnahme {pallets}, Lieferung {incoterm}.",
            "Lieferzeit {cal_week} für Artikel {article_no}.",
        ],
        "sign": ["Preise zzgl. MwSt. und Fracht. Irrtümer vorbehalten."],
    },
}

CONTACT = {
    "phone": [
        "Rückfragen zur Ladung: {role}, {p}.",
        "Die {role} erreichen Sie unter {p} ({hours}).",
        "Rufen Sie {p} an und verlangen Sie die {role}.",
    ],
    "mobile": ["Fahrerhandy, am liebsten per SMS: {p}"],
    "fixed": ["Festnetz Hofbüro (keine SMS): {p}"],
    "abroad": ["Aus dem Ausland wählen Sie {p}.", "Partner im Ausland erreichen uns über {p}."],
    "service": ["Kostenlose Pannenhilfe, rund um die Uhr: {p}", "Bestellannahme, Servicenummer: {p}"],
    "local": [
        "Aus dem Ortsnetz {town} reicht {p}.",
        "Innerhalb von {town} einfach {p} wählen.",
        "Ortsgespräch {town}: {p}",
    ],
    "email": ["Unterschriebene Belege bitte an {e}.", "Fragen zu Papieren: {e}"],
    "iban": ["Frachtkosten bitte überweisen auf {iban}."],
    "card": ["Hinterlegte Tankkarte: {card}."],
    "ip": ["Etikettendrucker im Rampen-LAN: {ip}", "Anmeldung am Sendungsportal von {ip} registriert."],
    "dir": ["WICHTIGE RUFNUMMERN", "Durchwahlen am Standort"],
    "roles": ["Disposition", "Hofsteuerung", "Leitstelle", "Qualitätssicherung", "Schichtleitung", "Waage"],
    "hours": ["Mo–Fr 06:00 bis 22:00", "werktags bis 17:30", "rund um die Uhr"],
    "nophone": [
        "Telefonische Bestellungen nehmen wir nicht an. Bitte das Portal nutzen.",
        "Bitte keine Anrufe an der Pforte.",
    ],
}
