"""German sentences (de_DE, de_AT, de_CH) for the eight retail genres."""

GENRES = {
    "order": {
        "head": ["Vielen Dank für Ihre Bestellung, {name}!", "{org}: Ihr Paket ist unterwegs"],
        "fill": [
            "Wir verpacken Ihre Artikel innerhalb eines Werktags und melden uns, sobald der Zusteller "
            "übernimmt.",
            "Die Lieferadresse lässt sich bis zum Versand noch im Kundenkonto ändern.",
            "Ein Artikel wird separat aus unserem Partnerlager verschickt.",
            "Sind Sie nicht zu Hause, wird das Paket in der nächsten Filiale hinterlegt.",
        ],
        "sign": ["Viel Freude mit Ihrem Einkauf\nIhr {org}-Team"],
    },
    "returns": {
        "head": ["Reklamation: Kaffeevollautomat defekt", "Sehr geehrte Damen und Herren,"],
        "fill": [
            "das Gerät habe ich vor vier Monaten in Ihrer Filiale gekauft; seit letzter Woche tropft es.",
            "Den Kassenbon lege ich in Kopie bei, die Originalverpackung ist noch vorhanden.",
            "Ich bitte um Reparatur im Rahmen der Gewährleistung, hilfsweise um Ersatz.",
            "Umtausch ist innerhalb von 30 Tagen nur mit Kassenbon möglich.",
        ],
        "sign": ["Mit freundlichen Grüßen\n{name}"],
    },
    "receipt": {
        "head": ["{org}\n--- KUNDENBELEG ---", "{org} sagt Danke für Ihren Einkauf"],
        "fill": [
            "Bitte bewahren Sie den Beleg für Umtausch und Garantie auf.",
            "Reduzierte Ware ist vom Umtausch ausgeschlossen.",
            "GEGEBEN EC-KARTE  RÜCKGELD 0,00",
            "Bewerten Sie uns online und gewinnen Sie einen Einkaufsgutschein.",
        ],
        "sign": ["Auf Wiedersehen!"],
    },
    "loyalty": {
        "head": ["{name}, Ihre Bonuspunkte warten", "Clubwoche bei {org}: nur für Mitglieder"],
        "fill": [
            "Bis Sonntag gibt es zehnfache Punkte auf alle Haushaltswaren.",
            "Einfach an der Kasse die Karte vorzeigen oder die App scannen lassen.",
            "Punkte verfallen 24 Monate nach der Gutschrift.",
            "Als Dankeschön wartet diesen Monat ein Gratis-Kaffee auf Sie.",
        ],
        "sign": ["Sie erhalten diesen Newsletter als Mitglied im {org} Club. Abmeldung jederzeit möglich."],
    },
    "seller": {
        "head": ["Verkäuferprofil: {org}", "{org} – Ihr Fachhändler auf dem Marktplatz"],
        "fill": [
            "Familienbetrieb seit 1998, Versand aus eigenem Lager.",
            "Bestellungen bis 14 Uhr verlassen noch am selben Tag das Haus.",
            "Sie erhalten zu jeder Lieferung eine Rechnung mit ausgewiesener MwSt.",
            "Positive Bewertungen in den letzten 12 Monaten: 99 %.",
        ],
        "sign": ["Fragen zum Artikel? Schreiben Sie uns über den Marktplatz oder melden Sie sich direkt."],
    },
    "review": {
        "head": ["★★★★☆ Solide, aber laut", "Frage von {name}: Passt das Teil auch an das Vorgängermodell?"],
        "fill": [
            "Aufbau hat zu zweit etwa eine halbe Stunde gedauert, die Anleitung ist verständlich.",
            "Antwort des Händlers: Ja, passt an alle Modelle seit der Überarbeitung.",
            "Einziger Minuspunkt: das Netzkabel ist etwas kurz geraten.",
            "Der Kundendienst hat eine fehlende Schraube schnell nachgeschickt.",
        ],
        "sign": ["War diese Bewertung hilfreich? Ja / Nein"],
    },
    "chat": {
        "head": [
            "Chatverlauf – {org} Kundenservice\nMitarbeiterin: Guten Tag, hier ist {name}. Wie kann ich "
            "helfen?",
            "GESPRÄCHSLEITFADEN Lieferung\nBegrüßung: {org}, mein Name ist {name}, was kann ich für Sie tun?",
        ],
        "fill": [
            "Kunde: Laut Sendungsverfolgung zugestellt, aber hier ist nichts angekommen.",
            "Mitarbeiterin: Das tut mir leid, ich prüfe den Zustellnachweis des Fahrers.",
            "Identität prüfen: Name, Postleitzahl und letzte Bestellung. Niemals die volle Kartennummer "
            "erfragen.",
            "Mitarbeiterin: Ich habe einen Nachforschungsauftrag eröffnet, Antwort innerhalb von 48 Stunden.",
        ],
        "sign": ["Mitarbeiterin: Kann ich sonst noch etwas für Sie tun?\nKunde: Nein, danke."],
    },
    "stores": {
        "head": ["Filialfinder", "{org} – Öffnungszeiten und Kontakt"],
        "fill": [
            "Donnerstags langer Einkaufsabend bis 21 Uhr.",
            "An Feiertagen bleiben unsere Filialen geschlossen.",
            "Zwei Stunden kostenlos parken mit Einkauf, Parkschein an der Info entwerten.",
            "Click & Collect: Abholung an der Servicetheke ab zwei Stunden nach Bestellung.",
        ],
        "sign": ["Barrierefreier Zugang und Wickelraum im Erdgeschoss."],
    },
}

CONTACT = {
    "phone": [
        "Fragen zur Bestellung? Rufen Sie uns an: {p}",
        "Kundenservice: {p} (Mo–Sa 8–20 Uhr)",
        "Telefonisch erreichen Sie die Servicetheke unter {p}.",
    ],
    "mobile": ["SMS oder WhatsApp an das Lieferteam: {p}"],
    "landline": ["Festnetz der Filiale (keine SMS): {p}"],
    "abroad": ["Bestellen Sie aus dem Ausland? Dann wählen Sie bitte {p}.", "Internationale Kundschaft: {p}"],
    "service": ["Bestellhotline: {p}", "Fragen zu Zahlung und Karten: {p}"],
    "email": ["Schreiben Sie an {e} und nennen Sie Ihre Bestellnummer.", "E-Mail: {e}"],
    "iban": ["Erstattung bei Nachnahme per Überweisung auf IBAN {i}."],
    "card": ["Kundin hat im Chat die vollständige Kartennummer gesendet: {c} – bitte schwärzen."],
    "ip": ["Bestellung von IP {ip} (zur manuellen Prüfung markiert).", "Chat gestartet von {ip}"],
    "dir_head": ["Wichtige Rufnummern:", "Unsere Filialen:"],
    "roles": [
        "Retourenannahme",
        "Click & Collect",
        "Kundenservice",
        "Reparaturannahme",
        "Lieferdienst",
        "Apotheke",
    ],
    "nophone": [
        "Telefonische Bestellungen nehmen wir nicht an.",
        "Bitte rufen Sie wegen Online-Bestellungen nicht in der Filiale an.",
    ],
}

LOCAL = {
    "DE": [
        "Kundschaft aus {town} wählt ohne Vorwahl einfach die {p}.",
        "Im Stadtgebiet {town} erreichen Sie unseren Lieferdienst direkt unter {p}.",
        "Filiale {town}, Ortsgespräch: {p}",
    ],
}
