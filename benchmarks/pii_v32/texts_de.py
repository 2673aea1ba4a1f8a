"""Deutsche Formulierungen für v32 (gesprochene und transkribierte Texte); Platzhalter wie in texts_en."""

LAB = {
    "vm": ("Sprachnachricht", "Von", "Länge", "Transkription (automatisch, ohne Gewähr)", "Konfidenz"),
    "unknown": "Rufnummer unterdrückt",
    "crm": (
        "Vorgang",
        "Bearbeitet von",
        "Richtung",
        "eingehend",
        "ausgehend",
        "Gesprächsdauer",
        "Gesprächsnotiz",
        "Abschlusscode",
    ),
    "log": "Datum | Uhrzeit | Agent | Richtung | Rufnummer | Dauer",
    "vcard": "Kontakt aus dem Anruf übernommen",
    "meet": [
        "Jour fixe Einkauf (Aufzeichnung)",
        "Interview mit einer ehemaligen Schichtleiterin",
        "Telefonkonferenz Ehrenamtskoordination",
        "Projektstart – automatisches Protokoll",
    ],
    "parts": "Teilnehmende",
    "dict": "Diktat – noch nicht korrigiert",
    "punct": ("Komma", "Punkt", "neuer Absatz"),
    "radio": ("MODERATION", "HÖRER", "[JINGLE]", "[ZURÜCK INS STUDIO]"),
    "leaf": ("Hörfassung des gedruckten Faltblatts", "Kapitel", "In diesem Kapitel genannte Nummern"),
    "ivr": ("Ansage", "Sprachmenü, Version", "Sprecherin"),
    "sub": ("[Musik]", "[lacht]", "[Telefon klingelt]"),
}

G = {
    "voicemail": {
        "ph": [
            "Ja hallo, hier ist {N}, äh, wegen dem Angebot, Sie erreichen mich unter {P}, gern auch abends.",
            "Guten Tag, bitte rufen Sie mich zurück, meine Nummer ist {P}, danke, tschüss.",
            "Hi, ich bin's, mein Akku ist gleich leer, versuch's notfalls unter {P}.",
        ],
        "fill": [
            "Ich hab's jetzt schon dreimal probiert, irgendwie erreiche ich keinen.",
            "Ist nicht dringend, wollte nur fragen, ob die Unterlagen angekommen sind.",
            "Ach so, und sag dem Jens, der Transporter ist repariert.",
        ],
    },
    "callnote": {
        "ph": [
            "Kunde bittet, künftig {P} zu verwenden, alte Nummer abgemeldet.",
            "Rückruf erwünscht unter {P} zwischen 9 und 11 Uhr, Kunde arbeitet nachts.",
            "Zweiter Ansprechpartner ist der Sohn ({N}), erreichbar unter {P}.",
        ],
        "fill": [
            "Abrechnungszeitraum nochmals erklärt, Kundin am Ende deutlich ruhiger.",
            "An 2nd Level weitergegeben, keinen Termin zugesagt.",
            "Kunde war im Auto, Verbindung zweimal abgebrochen.",
        ],
    },
    "meeting": {
        "ph": [
            "Wenn sich der Fahrer verfährt, soll er mich direkt anrufen, ich bin unter {P} erreichbar.",
            "Ansprechpartnerin drüben ist {N}, Durchwahl {P}.",
            "Tragt als Baustellenbüro bitte {P} ein, das ist bis achtzehn Uhr besetzt.",
        ],
        "fill": [
            "So, hört mich jeder? Gut, dann legen wir los.",
            "Du warst gerade kurz weg, kannst du das nochmal sagen?",
            "Wir sind über der Zeit, das nehmen wir nächste Woche mit.",
        ],
    },
    "subtitle": {
        "ph": [
            "Wenn dich diese Folge belastet, sprich mit jemandem unter {P}.",
            "Anmeldung zum Workshop telefonisch unter {P}.",
            "Du willst in die Sendung? Sprich uns aufs Band: {P}.",
        ],
        "fill": [
            "Heute geht es um etwas ganz anderes.",
            "Und ehrlich gesagt hat uns das alle überrascht.",
            "Bleibt dran, nach der Pause kommt unser Gast.",
        ],
    },
    "dictation": {
        "ph": [
            "Brief an {N} Komma bitte um telefonische Bestätigung der neuen Anschrift unter {P} Punkt",
            "Notiz an mich selbst Gutachter unter {P} vor Freitag nachfassen",
            "Tochter der Patientin erreichbar unter {P} Komma sie hat Vorsorgevollmacht",
        ],
        "fill": [
            "Beginn des Diktats zur Akte Hoffmann.",
            "Den letzten Satz bitte streichen.",
            "Ende des Diktats, bitte heute noch schreiben.",
        ],
    },
    "phonein": {
        "ph": [
            "Und wenn Sie dazu eine Meinung haben, die Leitungen sind offen: {P}.",
            "Unsere Redaktion ruft Sie zurück, Ihre Nummer ist also {P}, richtig?",
            "Der Hörer sagt, die Tafel selbst hat die Nummer {P}, falls jemand spenden möchte.",
        ],
        "fill": [
            "Guten Tag, Sie sind auf Sendung, was liegt Ihnen auf dem Herzen?",
            "Ich höre seit zwanzig Jahren zu und rufe heute zum ersten Mal an.",
            "Danke für Ihren Anruf, wir lassen das mal so stehen.",
        ],
    },
    "leaflet": {
        "ph": [
            "Wenn Sie sich Sorgen um jemanden machen, rufen Sie unser Beratungstelefon an: {P}.",
            "Dieses Faltblatt in Großdruck oder Brailleschrift erhalten Sie unter {P}.",
            "Pflegende Angehörige erreichen eine Beraterin unter {P}.",
        ],
        "fill": [
            "Dies ist die Hörfassung unseres Faltblatts zur Sicherheit im Alltag.",
            "Sie können die Aufnahme jederzeit anhalten.",
            "Im nächsten Abschnitt erfahren Sie, was nach Ihrem Anruf passiert.",
        ],
    },
    "ivr": {
        "ph": [
            "Wenn Sie lieber mit Ihrer Filiale sprechen möchten, legen Sie auf und wählen Sie {P}.",
            "Für Störungen außerhalb der Geschäftszeiten rufen Sie bitte {P} an.",
            "Geschäftskunden erreichen uns unter {P}.",
        ],
        "fill": [
            "Vielen Dank für Ihren Anruf. Gespräche können zu Schulungszwecken aufgezeichnet werden.",
            "Bitte hören Sie genau zu, unser Menü hat sich geändert.",
            "Das war leider keine gültige Eingabe.",
        ],
    },
}

LOCAL = [
    "wenn Sie aus {T} anrufen, lassen Sie die Vorwahl weg, also einfach {P}",
    "unser Büro in {T}, ohne Vorwahl {P}",
    "vom Festnetz in {T} einfach {P} wählen",
    "alle in {T} können vorbeikommen oder {P} anrufen, Ortstarif",
]
MOB = [
    "schreib mir lieber per WhatsApp oder SMS an {P}, die Mailbox hör ich nie ab",
    "mobil bin ich unter {P} zu erreichen, wenn ich auf der Baustelle bin",
]
FIX = [
    "der Festnetzanschluss zu Hause ist {P}, da ist meistens jemand",
    "nicht das Handy, bitte den Bürotisch anrufen, {P}",
]
SVC = [
    "das ist eine kostenlose Rufnummer, {P}, rund um die Uhr",
    "der Kundenservice ist unter {P} erreichbar",
]
REP = ["die Nummer ist {P}, ich wiederhole, {P2}", "also {P}, nochmal, {P2}"]
EMAIL = ["oder schreiben Sie mir eine Mail an {E}", "Fotos bitte an {E} schicken"]
IBAN = ["Erstattung auf IBAN {I}, dem Kunden so bestätigt"]
CARD = ["Kunde hat Kartennummer {C} vorgelesen, bevor ich unterbrechen konnte, im System geschwärzt"]
IP = ["Router meldet WAN-Adresse {A}, Neustart empfohlen", "Gerät im Heimnetz hat {A}"]
SSN = []

NEG = {
    "call_duration": ["Gesprächsdauer {V}, überwiegend Warteschleife."],
    "hold_time": ["Kunde hing {V} in der Warteschleife."],
    "case_no": ["Vorgang {V} wieder geöffnet.", "Bitte geben Sie bei Rückfragen die Vorgangsnummer {V} an."],
    "agent_id": ["Weitergeleitet an Platz {V}."],
    "ivr_option": ["Für Fragen zur Rechnung drücken Sie die {V}."],
    "card_last4": ["Zahlung mit Karte, Endziffern {V}."],
    "meter_reading": ["Zählerstand Strom laut Kunde {V}."],
    "radio_freq": ["Sie hören uns auf UKW {V}."],
    "episode": ["Das ist Folge {V}."],
    "rec_file": ["Aufnahme gespeichert als {V}."],
    "pin_spoken": ["Ihre vorläufige PIN lautet {V}, bitte ändern."],
    "dob": ["Geburtsdatum zur Verifizierung: {V}."],
    "postcode": ["PLZ {V}, Straße bestätigt."],
    "amount": ["Offener Betrag {V}.", "Kulanzgutschrift über {V} gebucht."],
    "percent": ["Etwa {V} der Anrufer fragen genau das."],
    "audience": ["Letzte Woche haben {V} von euch die Folge gehört, danke!"],
    "order_no": ["Bestellung {V} gestern verschickt."],
    "firmware": ["Firmware-Stand {V}."],
    "serial": ["Seriennummer der Therme {V}."],
    "room": ["Wir sitzen in Raum {V}, falls jemand vor Ort dazukommt."],
    "meeting_id": ["Meeting-ID: {V}"],
    "passcode": ["Kenncode {V}"],
    "short_code": ["Im Notfall immer {V} wählen."],
    "road": ["Stau auf der {V} heute früh."],
    "gps": ["Standort des Handys {V}."],
    "iso_time": ["Angelegt {V} vom System."],
    "chapter": ["{V} der Gast kommt dazu"],
    "extension": ["Nur intern: Nebenstelle {V}."],
    "vin": ["Fahrgestellnummer {V} mit der Police abgeglichen."],
}
