"""English and German text for v24: genre openings and bodies, phrasings announcing numbers, labels."""

EN = {
    "genres": {
        "notice": (
            [
                "NOTICE TO RESIDENTS - {street}",
                "Community Centre: Winter Programme",
                "Lost cat - please help!",
            ],
            [
                "The water will be switched off on {date} from {time} while the mains are repaired.",
                "Volunteers are needed for the litter pick on Saturday; meet by the bus shelter at {time}.",
                "She is grey with a white chin and answers to Pebble. Last seen near {street}.",
            ],
        ),
        "forum": (
            ["Re: Boiler keeps losing pressure (combi, 8 yrs old)", "[Solved] Router drops every evening"],
            [
                "Posted by {user} on {date}, {time}",
                "Had exactly the same thing last winter, turned out to be the expansion vessel.",
                "Thanks all, marking this as solved. Posting my notes in case "
                "someone finds this thread later.",
            ],
        ),
        "qa": (
            [
                "Q: How do I transfer a landline when I move house?",
                "Question: can I bring my own GP records?",
            ],
            [
                "Asked {date} by {user} - 3 answers",
                "Best answer (14 votes):",
                "Short version: you have to ring them, the online form never worked for me.",
            ],
        ),
        "travel": (
            ["Your stay at {place} Guest House", "Re: airport pick-up on {date}"],
            [
                "Thank you for booking with us. Check-in is from {time}, and breakfast is served until 10.",
                "Our driver will wait in arrivals holding a sign with your name on it.",
                "If your flight is delayed, just let us know and we will adjust the pick-up.",
            ],
        ),
        "rental": (
            ["Room to let - {street}", "Letter to all tenants of {street}"],
            [
                "The boiler service is booked for {date}; please make sure someone is home.",
                "Bins go out on Tuesday night; the recycling is collected every other week.",
                "Deposit is held in a protection scheme and returned within 10 days of the check-out.",
            ],
        ),
        "care": (
            ["Appointment reminder - {place} Surgery", "Discharge notes for {name}"],
            [
                "Your appointment with the practice nurse is on {date} at {time}.",
                "Please bring a list of your current medication and arrive ten minutes early.",
                "Take one tablet twice daily with food for the next seven days.",
            ],
        ),
        "transcript": (
            [
                "Call transcript - {date} {time} - recorded for quality purposes",
                "Voicemail transcription (auto) received {date}",
            ],
            [
                "Hi, it's {name}, I'm calling about the leak in the upstairs flat.",
                "Sorry, you broke up a bit there, could you say that again?",
                "Right, I've made a note of that. Anything else I can help with today?",
            ],
        ),
        "email": (
            ["Subject: Re: Saturday's meeting", "Subject: Fwd: keys and parking for the weekend"],
            [
                "Hi all, just a quick note after last night's meeting at {place}.",
                "I have copied everyone who put their name on the sheet, sorry if you get this twice.",
                "Let me know if anything here is wrong and I will send out a corrected version.",
            ],
        ),
    },
    "close": ["Thanks,", "Many thanks and best wishes,", "Cheers,", "Kind regards,"],
    "phone": [
        "If nobody answers, leave a message on {P} and we'll ring you back.",
        "Text me on {P} when you land and I'll come down to meet you.",
        "Out of hours, the on-call warden can be reached on {P}.",
        "The number that finally worked for me was {P} (took 20 mins to get through).",
        "To cancel or move your appointment, please phone the surgery on {P}.",
        "You can ring the lettings office any weekday on {P} between 9 and 5.",
        "My mobile is {P} if it's easier to call than to reply here.",
        "Anyone who has seen her, please give us a ring on {P} - any time, day or night.",
        "Give the front desk a bell on {P} and they'll sort out a late check-in.",
    ],
    "call": [
        "Caller: Yeah, best number to get me on is {P}.",
        "Caller: You can call me back on {P}, that's my home.",
    ],
    "service": [
        "The free national helpline is {P}, open 24 hours.",
        "Billing questions go to {P} (calls cost 7p a minute).",
    ],
    "email": ["Or drop me an email at {E}.", "Booking changes by email please: {E}."],
    "card": ["Please charge the balance to my card, {C}, expiry 09/27."],
    "iban": ["Rent is due on the 1st into account {I}."],
    "ip": [
        "I can ping the gateway at {IP} but nothing beyond it.",
        "Log shows repeated attempts from {IP} overnight.",
    ],
    "ssn": [
        "For the benefits form they asked for my SSN, which is {S}.",
        "SSN on file: {S} (please verify).",
    ],
    "labels": ["Phone", "Tel", "Mobile", "Cell", "Landline", "Home phone", "Text/WhatsApp", "\u260e", "Call"],
    "service_labels": ["Freephone", "Helpline"],
    "mail_label": "Email",
    "speakers": ("Caller", "Agent"),
    "roster_title": ["Who to call", "Useful numbers", "Committee contacts"],
    "neg_frames": [
        "Please quote {L} {V} in all correspondence.",
        "{L} {V} - keep this for your records.",
        "When you call, have your {L} ({V}) ready.",
        "Your {L} is {V}.",
    ],
    "reply_intro": "On {date}, {name} wrote:",
    "edit": "EDIT:",
    "ps": "P.S.",
    "from": "From",
    "subject": "Subject",
    "to": "To",
    "subject_phone": "please call back on",
    "tearoff": "tear off",
}

DE = {
    "genres": {
        "notice": (
            ["Aushang für alle Hausbewohner - {street}", "Nachbarschaftsfest am {date}"],
            [
                "Am {date} wird ab {time} das Wasser im ganzen Haus abgestellt.",
                "Wer Kuchen oder Salat mitbringen möchte, trägt sich bitte unten in die Liste ein.",
                "Der Fahrradkeller wird geräumt; nicht beschriftete Räder kommen zum Fundbüro.",
            ],
        ),
        "forum": (
            ["Re: Heizung gluckert nach Entlüften", "Frage zu Nebenkostenabrechnung - normal?"],
            [
                "Beitrag von {user} am {date} um {time}",
                "Hatte genau dasselbe Problem, lag am Thermostatkopf.",
                "Danke für die vielen Antworten, ich melde mich, wenn der Monteur da war.",
            ],
        ),
        "qa": (
            [
                "Frage: Wie melde ich einen Umzug bei der Krankenkasse?",
                "Wie bekomme ich einen Termin beim Bürgeramt?",
            ],
            [
                "Gefragt am {date} von {user} - 5 Antworten",
                "Hilfreichste Antwort:",
                "Kurz gesagt: anrufen bringt mehr als das Kontaktformular.",
            ],
        ),
        "travel": (
            ["Ihre Buchung in der Pension {place}", "Re: Abholung am Bahnhof am {date}"],
            [
                "Vielen Dank für Ihre Buchung. Anreise ist ab {time} möglich.",
                "Unser Fahrer wartet am Ausgang mit einem Schild mit Ihrem Namen.",
                "Bei Verspätung des Zuges geben Sie uns bitte kurz Bescheid.",
            ],
        ),
        "rental": (
            ["Zimmer in WG frei - {street}", "Mitteilung an alle Mieter"],
            [
                "Die Wartung der Gastherme ist für den {date} angesetzt; bitte ermöglichen Sie den Zugang.",
                "Die Mülltonnen werden dienstags geleert, der gelbe Sack alle zwei Wochen.",
                "Die Kaution wird nach Auszug und Wohnungsabnahme innerhalb von 14 Tagen erstattet.",
            ],
        ),
        "care": (
            ["Terminerinnerung - Praxis {name}", "Entlassbrief / Hinweise für Angehörige"],
            [
                "Ihr Termin zur Blutabnahme ist am {date} um {time}, bitte nüchtern erscheinen.",
                "Bitte bringen Sie Ihre Versichertenkarte und den Medikamentenplan mit.",
                "Die Tabletten zweimal täglich nach dem Essen einnehmen.",
            ],
        ),
        "transcript": (
            ["Gesprächsnotiz Telefonat vom {date}, {time}", "Mailbox-Nachricht (automatisch transkribiert)"],
            [
                "Ja hallo, hier ist {name}, es geht um den Wasserschaden im dritten Stock.",
                "Entschuldigung, die Verbindung ist schlecht, können Sie das wiederholen?",
                "Gut, ich habe mir alles notiert. Kann ich sonst noch etwas für Sie tun?",
            ],
        ),
        "email": (
            ["Betreff: AW: Elternabend am Donnerstag", "Betreff: WG: Schlüsselübergabe Ferienwohnung"],
            [
                "Hallo zusammen, kurz zusammengefasst, was wir gestern in {place} besprochen haben.",
                "Ich schicke das an alle, die auf der Liste standen, sorry falls doppelt.",
                "Wenn etwas nicht stimmt, sagt Bescheid, dann schicke ich eine korrigierte Fassung.",
            ],
        ),
    },
    "close": ["Viele Grüße", "Liebe Grüße", "Mit freundlichen Grüßen", "Beste Grüße"],
    "phone": [
        "Wenn niemand abnimmt, sprechen Sie bitte auf den AB unter {P}, wir rufen zurück.",
        "Schreib mir einfach eine SMS an {P}, wenn du angekommen bist.",
        "Außerhalb der Sprechzeiten erreichen Sie den Hausmeister-Notdienst unter {P}.",
        "Bei mir hat am Ende nur die Nummer {P} funktioniert (20 Minuten Warteschleife).",
        "Termine bitte nur telefonisch absagen: {P}.",
        "Die Hausverwaltung ist werktags von 9 bis 12 Uhr telefonisch unter {P} erreichbar.",
        "Ruf lieber kurz an, meine Handynummer ist {P}.",
        "Wer sie gesehen hat, bitte sofort anrufen: {P} - auch nachts!",
        "Für späte Anreise einfach an der Rezeption durchklingeln: {P}.",
    ],
    "call": [
        "Anrufer: Am besten erreichen Sie mich unter {P}.",
        "Anrufer: Rufen Sie mich doch zurück, {P}, das ist Festnetz.",
    ],
    "service": [
        "Die kostenlose Beratungshotline ist {P}, rund um die Uhr.",
        "Störungen bitte an die Servicenummer {P} melden (14 ct/Min.).",
    ],
    "email": ["Oder schreib mir eine Mail an {E}.", "Änderungen der Buchung bitte per Mail an {E}."],
    "card": ["Bitte belasten Sie die Kreditkarte {C}, gültig bis 11/26."],
    "iban": ["Die Miete bitte bis zum 3. Werktag auf {I} überweisen."],
    "ip": [
        "Der Router ist unter {IP} erreichbar, aber kein Internet.",
        "Im Log stehen nachts lauter Zugriffe von {IP}.",
    ],
    "ssn": [],
    "labels": [
        "Tel.",
        "Telefon",
        "Handy",
        "Mobil",
        "Festnetz",
        "Tel. privat",
        "SMS/WhatsApp",
        "\u260e",
        "Ruf an",
    ],
    "service_labels": ["Hotline (gebührenfrei)", "Servicenummer"],
    "mail_label": "E-Mail",
    "speakers": ("Anrufer", "Mitarbeiterin"),
    "roster_title": ["Wichtige Telefonnummern", "Wen rufe ich an?", "Ansprechpartner im Verein"],
    "neg_frames": [
        "Bitte geben Sie bei Rückfragen die {L} {V} an.",
        "{L}: {V} (bitte aufbewahren)",
        "Wenn Sie anrufen, halten Sie bitte Ihre {L} {V} bereit.",
        "Ihre {L} lautet {V}.",
    ],
    "reply_intro": "Am {date} schrieb {name}:",
    "edit": "Nachtrag:",
    "ps": "PS:",
    "from": "Von",
    "subject": "Betreff",
    "to": "An",
    "subject_phone": "bitte Rückruf unter",
    "tearoff": "abreißen",
}
