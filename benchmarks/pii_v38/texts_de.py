"""Deutsche Sätze für die v38-Gattungen (für v38 neu geschrieben)."""

GENRES = {
    "bank": {
        "title": [
            "Kontoauszug Nr. {statement_no}\nfür {name} · Kundennummer {customer_no}",
            "Umsatzliste Girokonto {masked_iban}\nKontoinhaber: {name}",
        ],
        "fill": [
            "Alter Kontostand {amount}, neuer Kontostand {amount}.",
            "Lastschrift Stadtwerke, Mandatsreferenz {mandate_ref}, Gläubiger-ID {creditor_id}.",
            "Dispozins derzeit {rate} p. a.; BIC {bic}, BLZ {bank_code}.",
            "Wertpapierkauf ISIN {isin_code}, Kurswert {amount}.",
        ],
        "sign": ["Dieser Auszug gilt als genehmigt, wenn Sie nicht binnen sechs Wochen widersprechen."],
    },
    "fraud": {
        "title": [
            "Verdächtige Kartenzahlung\nKarte {masked_card} · Vorgang {txn_id}",
            "Sicherheitshinweis für {name}\nIhre Karte {masked_card} ist vorläufig gesperrt",
        ],
        "fill": [
            "Eine Zahlung über {amount} bei Händler {merchant_id} am {due_date} haben wir abgelehnt.",
            "Genehmigungsnummer {auth_code} wurde aus dem Ausland angefragt.",
            "Bis zu Ihrer Bestätigung bleiben Online-Zahlungen gesperrt.",
        ],
        "sign": ["Wir fragen niemals nach Ihrer PIN oder TAN.", "Ihr Karten-Sicherheitsteam"],
    },
    "credit": {
        "title": [
            "Finanzierungsangebot {contract_no}\nDarlehensnehmer: {name}",
            "Baufinanzierung — Ihr persönliches Angebot\nfür {name}, Vorgang {contract_no}",
        ],
        "fill": [
            "Nettodarlehensbetrag {amount}, Laufzeit {loan_term}, effektiver Jahreszins {rate}.",
            "Sollzinsbindung bis {due_date}; Beleihungsauslauf {ltv}.",
            "Monatliche Rate {amount}, anfängliche Tilgung {rate}.",
        ],
        "sign": ["Das Angebot ist 14 Tage gültig.", "Ihre Finanzierungsberatung"],
    },
    "dunning": {
        "title": [
            "2. Mahnung — Kundennummer {customer_no}\n{name}",
            "Inkasso-Forderungsaufstellung, Az. {court_file}\nSchuldner: {name}",
        ],
        "fill": [
            "Die Rechnung {invoice_no} über {amount} war am {due_date} fällig.",
            "Hinzu kommen Verzugszinsen von {rate} über dem Basiszins und Mahngebühren von {amount}.",
            "Bitte überweisen Sie unter Angabe der Referenz {rf_ref}.",
        ],
        "sign": [
            "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, "
            "betrachten Sie es als gegenstandslos."
        ],
    },
    "utility": {
        "title": [
            "Jahresabrechnung Strom {invoice_no}\n{name} · Zählernummer {meter_no}",
            "Ihre Mobilfunk- und Internetrechnung\nKundenkonto {customer_no}, {name}",
        ],
        "fill": [
            "Zählerstand am {due_date}: {meter_reading}; Arbeitspreis {unit_price}.",
            "Tarif Glasfaser {speed}, verbrauchtes Datenvolumen {data_usage}.",
            "Der neue Abschlag beträgt {amount} und wird per Lastschrift eingezogen.",
        ],
        "sign": ["Mit freundlichen Grüßen, Ihr Kundenservice"],
    },
    "tax": {
        "title": [
            "Bescheid über Einkommensteuer\nSteuernummer {tax_ref} · {name}",
            "Finanzamt — Erinnerung an die Abgabe\nfür {name}, Steuer-ID {tax_id}",
        ],
        "fill": [
            "Festgesetzt werden {amount}; bereits gezahlt {amount}.",
            "Die Nachzahlung ist bis {due_date} zu entrichten; Zinsen {rate} pro Monat.",
            "Ihre Umsatzsteuer-Identifikationsnummer lautet {vat_no}.",
        ],
        "sign": ["Gegen diesen Bescheid ist der Einspruch zulässig.", "Ihr Finanzamt"],
    },
    "payroll": {
        "title": [
            "Entgeltabrechnung {pay_period}\n{name}, Personalnummer {employee_no}",
            "Renteninformation\nfür {name}, Versicherungsnummer {pension_no}",
        ],
        "fill": [
            "Bruttobezug {amount}, Steuerklasse/Faktor {tax_code}, Auszahlungsbetrag {amount}.",
            "Geleistete Stunden {hours}, davon Mehrarbeit {hours}.",
            "Bisher erreicht: {pension_points} Entgeltpunkte; voraussichtliche Rente {amount}.",
        ],
        "sign": ["Lohnbuchhaltung", "Bitte bewahren Sie diese Abrechnung auf."],
    },
    "insurance": {
        "title": [
            "Beitragsrechnung Kfz-Versicherung\nVertrag {policy_no} · Kennzeichen {plate}",
            "Ihre Hausratversicherung verlängert sich\n{name}, Versicherungsschein {policy_no}",
        ],
        "fill": [
            "Neuer Jahresbeitrag {amount}; Schadenfreiheitsklasse {no_claims}.",
            "Selbstbeteiligung {amount}; Beitragsanpassung {change}.",
            "Der Vertrag verlängert sich zum {due_date} um ein Jahr.",
        ],
        "sign": ["Ihr Sonderkündigungsrecht besteht bis einen Monat nach Zugang.", "Ihre Vertragsabteilung"],
    },
    "refund": {
        "title": [
            "Ihre Rücksendung ist angekommen\nBestellung {order_no} · Retoure {rma}",
            "Erstattung zur Bestellung {order_no}\nHallo {name},",
        ],
        "fill": [
            "Wir erstatten {amount} auf die Karte {masked_card}.",
            "Ihr Paket {tracking} wurde am {due_date} im Retourenlager erfasst.",
            "Artikel mit EAN {ean_code} war unbenutzt; es fällt keine Wertminderung an.",
        ],
        "sign": ["Viel Freude beim nächsten Einkauf!", "Ihr Kundenservice"],
    },
    "fund": {
        "title": [
            "Spendenaktion für den Tierschutzverein {campaign_id}\nInitiiert von {name}",
            "Neuigkeiten zur Crowdfunding-Kampagne {campaign_id}\nvon {name}",
        ],
        "fill": [
            "Stand heute: {pledge}, Ziel {amount}.",
            "Mit {amount} finanzieren Sie eine Woche Futter; Plattformgebühr {rate}.",
            "Die Spenden werden am {due_date} ausgezahlt.",
        ],
        "sign": ["Danke fürs Teilen!", "Herzlich, das Orga-Team"],
    },
}

LINES = {
    "any": [
        "Bei Rückfragen erreichen Sie uns unter {phone}.",
        "Ihr persönlicher Ansprechpartner: Telefon {phone}.",
        "Sie möchten lieber sprechen? Rufen Sie {phone} an.",
    ],
    "mobile": ["Ihre Beraterin ist auch mobil erreichbar: {phone} (auch per SMS)."],
    "fixed": ["Festnetz der Filiale: {phone}, während der Öffnungszeiten."],
    "intl": ["Aus dem Ausland wählen Sie {phone}.", "Im Urlaub? Unsere Auslandsnummer: {phone}."],
    "service": ["Kostenfreie Hotline: {phone}.", "Automatische Zahlungsannahme rund um die Uhr: {phone}."],
    "local": [
        "Im Ortsnetz {town} genügt die Durchwahl {local}.",
        "Aus {town} ohne Vorwahl: {local}.",
        "Kundinnen und Kunden in {town} wählen einfach {local}.",
    ],
    "email": ["Zahlungsnachweise bitte an {email}.", "Schriftlich erreichen Sie uns unter {email}."],
    "iban": ["Bitte überweisen Sie auf IBAN {iban}."],
    "card": ["Belastet wurde die Karte {card}."],
    "ip": ["Anmeldung erfolgte von der IP-Adresse {ip}."],
    "list_head": ["Ihre Ansprechpartner", "Wichtige Rufnummern"],
    "roles": ["Zahlungsverkehr", "Ratenzahlung", "Beschwerden", "Kartensperre", "Kontoführung", "Nachlass"],
    "hours": ["Mo–Fr 8–18 Uhr", "rund um die Uhr", "Sa 9–13 Uhr"],
    "nophone": [
        "Telefonische Auskünfte sind leider nicht möglich; bitte nutzen Sie das Kontaktformular.",
        "Antworten erhalten Sie ausschließlich per Post.",
    ],
}
