"""Deutsche Reisetexte für v36 (neu geschrieben)."""

G = {
    "hotel": {
        "head": [
            "Buchungsbestätigung Nr. {X:hotel_conf}\nGast: {NAME}\nAufenthalt: {X:stay}, {X:nights} Nächte\n",
            (
                "FERIENWOHNUNG – IHRE RESERVIERUNG\nMieter: {NAME}\nObjekt {X:voucher}, max. {X:covers} "
                "Personen\n"
            ),
        ],
        "fill": [
            "Zimmer {X:room} liegt zum Innenhof; der Schlüsseltresor öffnet mit {X:door_code}.",
            "WLAN-Passwort: {X:wifi}",
            "Die Hütte liegt auf {X:altitude}, nachts kann es {X:temperature} werden.",
            "Fürs Navi bitte {X:gps} eingeben, nicht die PLZ {X:postcode}.",
        ],
        "phone": [
            "Rezeption rund um die Uhr: {P}",
            "Späte Anreise bitte kurz melden unter {P}.",
            "Ihre Vermieterin {NAME} erreichen Sie unter {P}.",
        ],
        "end": ["Wir freuen uns auf Ihren Besuch.", "Gute Anreise wünscht Ihr Reservierungsteam"],
    },
    "air": {
        "head": [
            (
                "FLUGSCHEIN / E-TICKET-BELEG\nBuchungscode: {X:pnr}  Ticketnummer: {X:eticket}\nReisender: "
                "{NAME} HERR\n"
            ),
            "Reiseplan für {NAME}\nFilekey {X:pnr}\nFlug {X:flight} {X:route}, {X:dep_arr}\n",
        ],
        "fill": [
            "Sitzplatz {X:seat}, Buchungsklasse {X:fare_class}, Freigepäck {X:baggage}.",
            "Boarding-Schluss 20 Minuten vor Abflug an Gate {X:gate}; Flugzeit {X:duration}.",
            "Vielfliegernummer {X:loyalty}, aktueller Meilenstand {X:miles}.",
            "Gepäckanhänger {X:bag_tag}; Anschlussflug {X:flight} um {X:clock}.",
        ],
        "phone": [
            "Umbuchungen über unser Servicecenter: {P}",
            "Gepäckermittlung am Flughafen: {P}",
            "Ausgestellt von Reisebüro (Agenturnr. {X:agency_no}), Telefon {P}",
        ],
        "end": [
            "Bitte führen Sie diesen Beleg mit Ihrem Reisepass mit.",
            "Es gelten die Beförderungsbedingungen.",
        ],
    },
    "rail": {
        "head": [
            "Online-Ticket\nAuftrag {X:hotel_conf} – {NAME}\n{X:train}, {X:dep_arr}, Gleis {X:platform}\n",
            "NETZKARTE {X:pass_no}\nInhaber: {NAME}\nGültig: {X:stay}\n",
        ],
        "fill": [
            "Reservierung: {X:coach_seat}.",
            "Abfahrten am Wochenende: {X:timetable}.",
            "Schienenersatzverkehr ab Bahnhofsvorplatz, Steig {X:gate}.",
            "Fahrzeit etwa {X:duration} für {X:distance}.",
        ],
        "phone": [
            "Mobilitätsservice für Reisende mit Behinderung: {P}",
            "Fragen zum Ticket? Wir sind unter {P} da.",
        ],
        "end": ["Ticket bitte digital oder ausgedruckt vorzeigen.", "Gute Fahrt!"],
    },
    "car": {
        "head": [
            "MIETVERTRAG {X:rental_no}\nMieter: {NAME}\nFahrzeuggruppe {X:acriss}\n",
            "Mietwagen-Voucher {X:voucher}\nFahrer: {NAME}, Führerschein {X:licence}\n",
        ],
        "fill": [
            "Kilometerstand bei Übergabe: {X:odometer}. Tankregelung voll/voll.",
            "Rückgabe im Parkhaus P2, Stellplatz {X:pitch}, bis {X:clock}.",
            "Die Ausfahrt {X:exit_no} ist gesperrt; Umleitung rund {X:distance}.",
            "Bei Panne bitte den Kilometerstein ({X:km_marker}) notieren.",
        ],
        "phone": [
            "Pannenhilfe 24 Stunden: {P}",
            "Rückgabeschalter im Terminal: {P}",
            "Stationsleiter {NAME}, Durchwahl {P}",
        ],
        "end": ["Bei Übernahme vom Mieter unterschrieben.", "Gute Fahrt."],
    },
    "dining": {
        "head": [
            "Tischreservierung für {NAME}, {X:covers} Personen\nReservierungsnr. {X:resto_ref}\n",
            "Erinnerung an Ihre Reservierung – {CITY}\n{NAME} · {X:covers} Gäste · {X:clock}\n",
        ],
        "fill": [
            "Wir halten Tische 15 Minuten frei; das Menü hat {X:covers} Gänge.",
            "Parken im Hof hinter dem Haus, {X:postcode} {CITY}.",
            "Gutschein {X:voucher} wird verrechnet.",
        ],
        "phone": [
            "Absagen bitte telefonisch unter {P}.",
            "Gruppen ab zehn Personen bitte bei {NAME} anmelden: {P}",
        ],
        "end": ["Bis bald!", "Ihr Küchenteam"],
    },
    "tour": {
        "head": [
            "Angebot für {NAME}\nReisecode {X:tour_code}\n{X:stay}, {X:nights} Nächte, Halbpension\n",
            "TAGESPROGRAMM AN BORD – Tag {X:nights}\nKabine {X:cabin} · Sammelstelle {X:muster}\n",
        ],
        "fill": [
            "Seetag: Pooldeck geöffnet {X:deck_time}; Kapitänsempfang um {X:clock}.",
            "Umrechnungskurs dieses Angebots: {X:fx_rate}.",
            "Reiseversicherung: Schutz ab Reiseantritt, Vorgangsnr. {X:voucher}.",
            "Höchster Punkt der Tour: {X:altitude}, Tagesetappen um {X:distance}.",
        ],
        "phone": [
            "Ihre Reiseleitung {NAME} ist während der Reise unter {P} erreichbar.",
            "Unser Reisebüro in {CITY}: {P}",
            "Notruf des Versicherers, weltweit: {P}",
        ],
        "end": ["Das Angebot gilt sieben Tage.", "Herzliche Grüße, Ihr Reiseteam"],
    },
    "visa": {
        "head": [
            (
                "Konsularabteilung – Visainformationen\nTermin-Nr. {X:appt_no}\nAntragsteller: {NAME}, "
                "Pass {X:passport}\n"
            ),
            "TOURIST-INFORMATION {CITY}\nVeranstaltungen dieser Woche\n",
        ],
        "fill": [
            "Bitte das frühere Visum {X:visa_no} mitbringen.",
            "Bearbeitungszeit derzeit {X:nights} Werktage.",
            "Stadtführung ab dem Brunnen ({X:gps}) um {X:clock}.",
            "Burgberg {X:altitude}; Bus: {X:timetable}.",
        ],
        "phone": [
            "Visastelle, Mo–Fr 9–12 Uhr: {P}",
            "Gästeinformation: {P}",
            "Bereitschaftsdienst für Notfälle: {P}",
        ],
        "end": ["Alle Angaben ohne Gewähr.", "Wir helfen gern weiter."],
    },
    "camp": {
        "head": [
            "PLATZORDNUNG\nStellplatz {X:pitch} · {NAME}\n",
            "HAUSORDNUNG DER JUGENDHERBERGE\nIhr Bett: {X:dorm_bed}\n",
        ],
        "fill": [
            "Nachtruhe {X:deck_time}. Schrankencode für Spätankömmlinge: {X:door_code}.",
            "Waschraumcode {X:door_code}.",
            "WLAN: {X:wifi}. Schließfächer für Gepäck bis {X:baggage}.",
            "Zum See sind es {X:distance}; Wassertemperatur heute {X:temperature}.",
        ],
        "phone": ["Platzwart nachts: {P}", "Rezeption (8–20 Uhr): {P}"],
        "end": ["Danke für Ihre Rücksicht.", "Schönen Aufenthalt!"],
    },
}

C = {
    "local": [
        "Aus dem Ortsnetz {TOWN} genügt die {L}.",
        "(in {TOWN} ohne Vorwahl: {L})",
        "Gäste aus {TOWN} wählen einfach {L}.",
    ],
    "mobile": ["Handy, auch per WhatsApp: {P}"],
    "land": ["Festnetz im Haus (keine SMS): {P}"],
    "service": ["Kostenlose Buchungshotline: {Q}", "Kundenservice: {Q}"],
    "email": ["Schreiben Sie uns: {E}", "Bestätigung ging an {E}"],
    "iban": ["Anzahlung bitte auf IBAN {I} mit Buchungsnummer."],
    "card": ["Hinterlegte Kreditkarte: {C}"],
    "ip": ["Online gebucht von IP {IP}.", "Beitrag gesendet von {IP}"],
    "ssn": [],
    "list": [
        ("Ansprechpartner unterwegs", "{NAME} ({ROLE}) – {P}"),
        ("Wen Sie anrufen können", "{ROLE}: {NAME}, {P}"),
    ],
    "roles": ["Reiseleitung", "Busfahrer", "Nachtportier", "Stationsleitung", "Bergführer"],
    "none": [
        "Im Haus gibt es kein Telefon, bitte die App nutzen.",
        "Die Rezeption ist ab 18 Uhr nicht besetzt.",
    ],
}
