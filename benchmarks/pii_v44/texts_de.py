"""German sentences for v44 (Arbeit und Beruf); written fresh for this set."""

G = {
    "jobad": (
        [
            "STELLENANZEIGE: Lagerleitung (m/w/d) bei {O}",
            "{O} sucht ab sofort eine Fachkraft Lohnbuchhaltung",
        ],
        [
            "Kennziffer {req}, Berufskennziffer {isco}.",
            "Vergütung {salary} brutto, Zuschläge {hourly}.",
            "Wochenarbeitszeit {hours}, {leave} Urlaub.",
            "Bewerbungsschluss ist der 15. des Monats.",
            "Eingruppierung {grade} nach Haustarif.",
        ],
        "Wir freuen uns auf Ihre Bewerbung.",
    ),
    "cv": (
        ["LEBENSLAUF — {N}", "Tabellarischer Lebenslauf {N}"],
        [
            "Schichtleiter, {period}, Verantwortung für 14 Mitarbeitende.",
            "Tastaturschreiben {wpm}; {degree}.",
            "Frühere Personalnummer {emp}, Arbeitszeugnis liegt bei.",
            "Staplerschein, Ersthelferkurs aktuell.",
        ],
        "Referenzen dürfen gern kontaktiert werden.",
    ),
    "recruit": (
        ["AW: Ihre Bewerbung ({req})", "Einladung zum Vorstellungsgespräch — {O}"],
        [
            "Vielen Dank für Ihre Unterlagen, die Fachabteilung ist sehr angetan.",
            "Die Stelle läuft über Kostenstelle {cost}, Budget {salary}.",
            "Bitte bringen Sie Ihren Ausweis und Ihre {natid} mit.",
            "Das Gespräch dauert etwa 45 Minuten, danach gibt es einen Rundgang.",
        ],
        "Viel Erfolg und bis bald.",
    ),
    "handbook": (
        ["MITARBEITERHANDBUCH — Kapitel 7: Wen rufe ich an?", "Telefonkette Notfall, {O}"],
        [
            "Ausweis {badge} ist auf dem Gelände sichtbar zu tragen.",
            "Krankmeldung bitte vor Schichtbeginn ({shift}).",
            "Auslagen immer mit Kostenstelle {cost} und Bestellung {po}.",
            "Wer nach zehn Minuten niemanden erreicht, ruft die nächste Stufe an.",
        ],
        "Diese Seite bitte am Arbeitsplatz aushängen.",
    ),
    "rota": (
        ["Rufbereitschaft Instandhaltung, KW {week}", "Dienstplan Versand"],
        [
            "Frühschicht {shift}; Stundenzettel {timesheet} bis Freitag abzeichnen.",
            "Gleitzeitsaldo: {overtime}.",
            "Diensttausch nur nach Absprache mit der Schichtleitung.",
            "Stellenanteil {fte}; Springer decken die Wochenenden ab.",
        ],
        "Danke fürs Eintragen!",
    ),
    "payroll": (
        ["Mitteilung der Entgeltabrechnung — {O}", "Erläuterung zur Abrechnung {payslip}"],
        [
            "Personalnummer {emp}, steuerliche Angaben: {natid}.",
            "Im Brutto enthalten: {hourly} für 11,5 Mehrarbeitsstunden.",
            "Ihre Kündigungsfrist beträgt {notice}.",
            "Resturlaub: {leave}.",
        ],
        "Abrechnungsschluss ist jeweils der 20.",
    ),
    "union": (
        ["Betriebsrat aktuell", "Info der Vertrauensleute"],
        [
            "Tarifrunde: Angebot der Geschäftsführung {salary}, das reicht nicht.",
            "Beschäftigte in {grade} erhalten die Erhöhung rückwirkend.",
            "Die Abstimmung läuft bis zum 30.; Beteiligung bisher 61 %.",
            "Neue Kolleginnen mit {hours} sind herzlich willkommen.",
        ],
        "Solidarische Grüße, Ihr Betriebsrat.",
    ),
    "ooo": (
        ["Automatische Antwort: Abwesenheitsnotiz", "Abwesend bis Montag"],
        [
            "Ich bin im Urlaub und lese E-Mails nur eingeschränkt.",
            "Anfragen zur Ausschreibung {req} bearbeite ich nach meiner Rückkehr.",
            "Bei Fragen zum Stundenzettel bitte Personalnummer {emp} angeben.",
        ],
        "Mit freundlichen Grüßen, {N}",
    ),
}
C = {
    "gen": [
        "Sie erreichen {N} direkt unter {P}.",
        "Terminvereinbarung für Gespräche: {P}",
        "Fragen zur Schicht? Schichtleitung unter {P}.",
    ],
    "mob": ["Diensthandy {N} (auch SMS/WhatsApp): {P}"],
    "land": ["Festnetz Personalbüro, keine SMS: {P}"],
    "abroad": ["Bewerbungen aus dem Ausland: {P}", "Aus dem Ausland wählen Sie bitte {P}."],
    "svc": ["Kostenfreie Mitarbeiterberatung: {P}", "Lohn-Hotline (Festnetzpreis): {P}"],
    "local": {"DE": ["Aus dem Ortsnetz {T} ohne Vorwahl: {L}", "Innerhalb von {T} reicht die {L}."]},
    "mail": ["Unterlagen bitte an {E}.", "Zusage bitte an {E}."],
    "iban": "Der Mitgliedsbeitrag wird vom Konto {X} eingezogen.",
    "card": "Die Anzeigengebühr wurde mit der Firmenkarte {X} bezahlt.",
    "ip": ["Stempeluhr im Werksnetz: {X}", "VPN-Zugang für Homeoffice: {X}"],
    "dirhead": ["Bitte in dieser Reihenfolge anrufen:", "Bereitschaft:"],
    "roles": [
        "Standortleitung",
        "Nachtschichtleitung",
        "Personalreferentin",
        "Lohnbuchhaltung",
        "Betriebsrat",
        "Bereitschaftstechniker",
    ],
    "nophone": ["Telefonische Auskünfte zu Bewerbungen geben wir nicht.", "Lohnfragen bitte nur per E-Mail."],
}
