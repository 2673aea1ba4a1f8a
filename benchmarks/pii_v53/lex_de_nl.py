"""German and Dutch cells."""

DE = {
    "TITLES": {
        "letter": ["Elternbrief", "Elterninformation der Klasse {cls}"],
        "trip": ["Einverständniserklärung Klassenfahrt", "Wandertag – bitte unterschrieben zurückgeben"],
        "pta": ["Protokoll der Elternbeiratssitzung", "Förderverein – Niederschrift"],
        "roster": ["Telefonkette Klasse {cls}", "Fahrgemeinschaften – Plan"],
        "nursery": ["Kita-Aufnahme: Eingewöhnung", "Betreuungsvertrag Tagespflege"],
        "tutor": ["Nachhilfe Mathe und Physik", "Lernförderung – Vereinbarung"],
        "exam": ["Hinweise zur Abiturprüfung", "Prüfungsamt – Nachschreibtermine"],
    },
    "POS": {
        "letter": [
            "Krankmeldungen bitte bis 7:45 Uhr telefonisch im Sekretariat unter {P}.",
            "Fragen zum Ganztag beantwortet Frau {sur} per Mail: {E}.",
            "Die Schulsozialarbeit ist mobil unter {PM} erreichbar.",
            "Verwandte im Ausland erreichen das Sekretariat unter {PI}.",
        ],
        "trip": [
            "Notfallnummer während der Fahrt (Handy der Lehrkraft): {PM}",
            "Die Jugendherberge erreichen Sie direkt unter {P}.",
            "Erreichbar bin ich (Erziehungsberechtigte/r) unter: {P}",
            "Den Eigenanteil überweisen Sie bitte auf das Konto des Fördervereins, {IB}.",
        ],
        "pta": [
            "Frau {sur} übernimmt die Koordination des Sommerfests, Tel. {PM}.",
            "Spenden bitte an {IB}, Verwendungszweck Schulhofgestaltung.",
            "Anfragen an den Vorstand künftig gesammelt an {E}.",
        ],
        "roster": ["Bitte Änderungen an {E} melden.", "Wer nicht fahren kann, meldet sich bei {name}: {PM}."],
        "nursery": [
            "Bei Fieber rufen wir Sie unter der angegebenen Nummer an: {P}",
            "Die Gruppe „Sonnenblumen“ hat eine eigene Durchwahl: {P}.",
            "Der Elternbeitrag wird von {IB} abgebucht.",
            "Fragen zum Kita-Gutschein beantwortet das Jugendamt unter {PO}.",
        ],
        "tutor": [
            "Probestunde vereinbaren: {PM} (auch WhatsApp) oder {EP}.",
            "Honorar bitte monatlich auf {IB}.",
            "Die Online-Tafel läuft auf meinem Server unter {IP}.",
            "Für Eltern im Ausland: {PI}.",
        ],
        "exam": [
            "Wer am Prüfungstag erkrankt, meldet sich vor Beginn im Prüfungsamt: {P}.",
            "Anträge auf Nachteilsausgleich an {E}.",
            "Außerhalb der Bürozeiten: Oberstufenkoordination, {PM}.",
        ],
    },
    "NEG": {
        "letter": [
            "Anwesenheitsquote im Halbjahr: {N:attendance}. Raum {N:room}, Schülernummer ab {N:pupilno}.",
            "Ferien: {N:termdates}. Buch der Woche: ISBN {N:isbn}.",
        ],
        "trip": [
            "Kosten pro Kind {N:money}, Verwendungszweck {N:payref}.",
            "Wanderung: {N:distance}; Treffpunkt {N:gps}; Betreuungsschlüssel {N:ratio}.",
        ],
        "pta": ["TOP {N:agenda}: Antrag angenommen ({N:votes}). Kostenstelle {N:costcentre}."],
        "roster": ["Gruppe {N:classcode}, {N:headcount} Personen, Spind {N:locker}."],
        "nursery": ["Kita-Gutschein {N:voucher}; Betreuungszeit {N:session}; Kleidergröße {N:sizes}."],
        "tutor": ["Paket: {N:package}; Notenschnitt zuletzt {N:gpa}; Test {N:marks}."],
        "exam": ["Prüfungsnummer {N:candno}, Raum {N:room}, Platz {N:seat}, Dauer {N:duration}."],
    },
    "LOCAL": [
        "Aus dem {town}er Ortsnetz erreichen Sie das Sekretariat unter {L1}.",
        "Innerhalb von {town} genügt die {L1}, die Mensa hat die {L2}.",
        "Sekretariat ({town}, ohne Vorwahl):\n{L1}",
        "Frau {sur} sagt am Telefon immer: „Von {town} aus einfach {L1} wählen.“",
        "{L1} – so erreichen Eltern aus {town} die Kita direkt (Ortsnetz).",
        "Hinweis für Familien in {town}: Die Vorwahl fällt weg, es bleibt {L1}.",
    ],
    "HEADS": ["Telefonkette", "Notfallkontakte Ausflug", "Wichtige Nummern der Klasse"],
    "LABELS": [
        "Sekretariat",
        "Klassenleitung",
        "Hausmeister",
        "Fahrtleitung",
        "Kita-Leitung",
        "Elternvertretung",
    ],
    "SIGN": ["Mit freundlichen Grüßen\n{name}", "Viele Grüße\n{name}, Schulleitung"],
    "CLASSES": ["3a", "5c", "7b", "Igel"],
}

NL = {
    "TITLES": {
        "letter": ["Nieuwsbrief voor ouders", "Bericht van groep {cls}"],
        "trip": ["Toestemmingsformulier schoolreis", "Kamp groep 8 – aanmelding"],
        "roster": ["Telefoonlijst groep {cls}", "Rijschema excursie"],
        "nursery": ["Kinderopvang: wenafspraken", "Plaatsingsovereenkomst BSO"],
        "tutor": ["Bijles wiskunde", "Huiswerkbegeleiding – afspraken"],
        "pta": ["Notulen ouderraad", "Verslag MR-vergadering"],
    },
    "POS": {
        "letter": [
            "Ziekmelden kan tot 8.15 uur via {P}.",
            "Vragen over de ouderbijdrage: {E}.",
            "De intern begeleider is bereikbaar op {PM}.",
            "Familie in het buitenland belt {PI}.",
        ],
        "trip": [
            "Noodnummer tijdens het kamp: {PM}.",
            "Bereikbaar op de dag zelf (ouder/verzorger): {P}",
            "De bijdrage graag overmaken op {IB} o.v.v. naam en groep.",
            "Het kamphuis zelf heeft nummer {P}.",
        ],
        "roster": ["Wijzigingen doorgeven aan {name}, {PM}.", "Klassenouder: {E}."],
        "nursery": [
            "Bij koorts bellen wij u op {P}.",
            "De facturen komen van {E}; incasso van {IB}.",
            "Vragen over kinderopvangtoeslag: {PO}.",
            "Onze locatiemanager {name}: {PM}.",
        ],
        "tutor": [
            "Proefles? App of bel {PM}, of mail {EP}.",
            "Betaling per maand op {IB}.",
            "Het online whiteboard draait op {IP}.",
            "Vanuit het buitenland: {PI}.",
        ],
        "pta": [
            "{name} coördineert de avondvierdaagse, tel. {PM}.",
            "Opbrengst sponsorloop gestort op {IB}.",
            "Actiepunt: secretaris mailt {E} over de vergunning.",
        ],
    },
    "NEG": {
        "letter": [
            "Aanwezigheid dit halfjaar {N:attendance}; vakanties {N:termdates}.",
            "Boek van de maand: ISBN {N:isbn}, lokaal {N:room}.",
        ],
        "trip": ["Kosten {N:money}, kenmerk {N:payref}; wandeling {N:distance}; verzamelpunt {N:gps}."],
        "roster": ["Groep {N:classcode}, {N:headcount} personen; kluisjes vanaf {N:locker}."],
        "nursery": ["Openingstijden {N:session}; maat reservekleding {N:sizes}; verhouding {N:ratio}."],
        "tutor": ["Pakket {N:package}; toets {N:marks}; gemiddeld cijfer {N:gpa}."],
        "pta": ["Agendapunt {N:agenda}: aangenomen ({N:votes}); kostenplaats {N:costcentre}."],
    },
    "LOCAL": [
        "Wie in {town} woont, belt de administratie gewoon op {L1}.",
        "Binnen {town} zonder netnummer: {L1} (conciërge {L2}).",
        "Administratie, lokaal vanuit {town}:\n{L1}",
        "„In {town} is het gewoon {L1}”, zegt de conciërge altijd aan de telefoon.",
        "{L1} – dat is het nummer voor ouders uit {town} zelf.",
    ],
    "HEADS": ["Telefoonlijst", "Contacten schoolreis", "Belangrijke nummers"],
    "LABELS": [
        "Administratie",
        "Groepsleerkracht",
        "Conciërge",
        "Kampleiding",
        "Locatiemanager",
        "Klassenouder",
    ],
    "SIGN": ["Met vriendelijke groet,\n{name}", "Groeten,\n{name}, directeur"],
    "CLASSES": ["4", "6b", "7/8", "de Vlinders"],
}
