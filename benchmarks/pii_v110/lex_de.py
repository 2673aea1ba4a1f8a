"""German sentences for the v110 set."""

TITLES = {
    "obsnight": ["Öffentliche Beobachtungsnacht – Ihre Anmeldung", "Sternwarte: Führung am Freitag"],
    "planetarium": ["Planetarium – Programm und Gruppenbuchung", "Kuppelshow für Schulklassen"],
    "society": ["Rundbrief der Volkssternwarte", "Protokoll der Vereinssitzung"],
    "starparty": ["Teleskoptreffen im Herbst – Hinweise", "Anmeldung zum Sternwiesentreffen"],
    "meteor": ["Sternschnuppennacht: Beobachtungsaufruf", "Feuerkugel gesichtet – Rückmeldung"],
    "satpass": ["ISS-Überflüge diese Woche", "Satellitenbeobachtung am Vereinsabend"],
}
BODY = {
    "obsnight": [
        "Geplant sind {ngc} und der Doppelstern {hd}; die Kuppel ist {timerange} geöffnet.",
        "Unser Hauptinstrument ist ein {optics}-Spiegel, Saturn zeigen wir meist mit einem "
        "{eyepiece}-Okular.",
        "Bei Bewölkung verschieben wir die Führung, Ihr Ticket {booking} bleibt gültig.",
    ],
    "planetarium": [
        "Die Show dauert 45 Minuten und zeigt den Himmel vom {utc}; Ihre Klasse sitzt in {seat}.",
        "Im zweiten Teil fliegen wir zur Andromedagalaxie in {dist} Entfernung.",
        "Der Nachmittagstermin ist {timerange}, Einlass zehn Minuten vorher.",
    ],
    "society": [
        "Die Mitgliedsausweise für {member} und alle Neuen kommen mit der Post.",
        "Zwei Mitglieder haben {supernova} in {ngc} verfolgt, Maximum bei etwa {mag}.",
        "Die Kleinplanetengruppe hat {minor} bestätigt und {provdes} an drei Abenden vermessen.",
        "Die Fachgruppe Veränderliche hat {hd} in vierzig Nächten beobachtet.",
    ],
    "starparty": [
        "Die Wiese liegt auf {elev} Höhe ({latlon}), typisch ist ein Himmel der Klasse {bortle}.",
        "Generatoren bitte ans hintere Ende, nach Einbruch der Dunkelheit nur Rotlicht.",
        "Das beste Bild vom letzten Jahr: {stack} mit einer Kamera mit {pixel} Pixeln, Rohdaten wie {fits}.",
        "Letztes Jahr zeigte das Sky Quality Meter {sqm}; Taukappen nicht vergessen.",
    ],
    "meteor": [
        "Zum Maximum erwarten wir eine {zhr}; der Radiant steht bei {ra}, {dec}.",
        "Die Meteorkamera hat die Feuerkugel um {utc} erfasst, Helligkeit etwa {mag}.",
        "Der Strom stammt vom Kometen {comet}; zählen Sie in Stundenblöcken.",
    ],
    "satpass": [
        "Die ISS ({norad}, Startkennung {cospar}) zieht {pass} über uns hinweg.",
        "Wir hören den Downlink auf {freq} ab und dekodieren danach die Wetterbilder.",
        "Das Weltraumwetter ist unruhig ({kp}), Polarlichter sind möglich.",
    ],
}
PHONE = [
    "Für Umbuchungen erreichen Sie uns unter {P}.",
    "Fragen am Beobachtungsabend bitte an {P}.",
    "Bei Wetterabsage schickt der Dienst eine SMS von {P}.",
    "Die Platzwartin ist bis Mitternacht unter {P} erreichbar.",
    "Gruppenbuchungen nimmt die Kasse unter {P} entgegen.",
]
PHONE2 = [
    "Büro: {P}, an Beobachtungsabenden direkt in der Kuppel: {P2}.",
    "Busbegleitung {P}, Ersatzfahrer {P2}.",
]
SERVICE = ["Kostenlose Schulhotline: {P}.", "Die Mitgliederbetreuung erreichen Sie gebührenfrei unter {P}."]
LOCAL1 = [
    "Sternwarte {T} – vom Festnetz vor Ort einfach {L1}.",
    "Anrufe aus {T} selbst: Das Planetarium hat die {L1}.",
    "Vereinsheim {T}, ohne Vorwahl: {L1}.",
]
LOCAL2 = [
    "In {T} erreichen Sie die Kasse unter {L1} und die Kuppel unter {L2}, jeweils ohne Vorwahl.",
    "Aus {T} heraus ohne Vorwahl: Anmeldung {L1}, Technik {L2}.",
]
EMAIL = ["Beobachtungsberichte bitte an {E}.", "Fotos für die Galerie gern an {E}."]
IP = ["Die Allsky-Kamera streamt von {IP} im Vereinsnetz.", "Die Montierungssteuerung hat die Adresse {IP}."]
CARD = ["Die Anzahlung wurde von der Karte {C} abgebucht."]
IBAN = [
    "Der Mitgliedsbeitrag wird per Lastschrift von {IB} eingezogen.",
    "Bitte überweisen Sie die Buskosten auf {IB}.",
]
SSN = []
HEADS = ["Telefonnummern für den Abend", "Kontakte der Sternwarte"]
LABELS = ["Kasse", "Kuppeldienst", "Platzwart", "Busbegleitung", "Jugendgruppe", "Vorstand"]
