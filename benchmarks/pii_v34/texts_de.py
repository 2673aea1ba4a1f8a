"""German sentences for v34 (de_DE, de_AT, de_CH documents)."""

G = {
    "legal": {
        "head": [
            "{ORG}\nRechtsanwälte · Notare\n\nUnser Zeichen: {n:docket}\nIhr Zeichen: {n:claim}\n\n"
            "Sehr geehrte/r {NAME},\n\nin Sachen {ORG2} ./. {NAME2}",
            "Landgericht {CITY}\nAktenzeichen: {n:docket}\n\nKLAGESCHRIFT\n\nder {ORG2}\n– Klägerin –\n\n"
            "gegen\n\n{NAME}\n– Beklagter –",
        ],
        "ph": [
            "Für Rückfragen zum Vergleichsvorschlag erreichen Sie den Unterzeichner direkt unter {NAT}.",
            "Die Geschäftsstelle der Kammer bat um telefonische Bestätigung des Termins unter {FIX}.",
            "Der Beklagte war unter {NAT} mehrfach nicht zu erreichen; eine Rückrufbitte blieb "
            "unbeantwortet.",
            "Unsere Partnerkanzlei ist für die Gegenseite unter {INTL} erreichbar.",
        ],
        "fill": [
            "Der Anspruch folgt aus {n:statute}; Verjährung ist nicht eingetreten.",
            "Wir verweisen auf die Entscheidung {n:ecli}, dort Rn. {n:pages}.",
            "Der Grundbesitz, eingetragen als {n:parcel}, wird lastenfrei übertragen.",
            "Die Urkunde ist unter UR-Nr. {n:deed} in die Urkundenrolle eingetragen.",
        ],
        "foot": [
            "Mit freundlichen Grüßen\n\n{NAME2}\nRechtsanwalt",
            "Beglaubigte und einfache Abschrift anbei.",
        ],
        "list": None,
    },
    "insurance": {
        "head": [
            "Schadenvermerk\nVersicherungsschein-Nr.: {n:policy}\nSchaden-Nr.: {n:claim}\n"
            "Versicherungsnehmer: {NAME}\nSchadenort: {CITY}",
            "Gutachterbericht – {ORG}\nSchaden {n:claim} zum Vertrag {n:policy}\nSachbearbeitung: {NAME2}",
        ],
        "ph": [
            "VN heute telefonisch erreicht; für den Ortstermin bitte unter {MOB} melden.",
            "Der beauftragte Sachverständige ist unter {NAT} erreichbar und schickt Fotos bis Freitag.",
            "Regress: Der Haftpflichtversicherer der Gegenseite bittet um Rückruf unter {INTL}.",
            "Kostenvoranschlag des Dachdeckers liegt vor, Rückfragen an den Betrieb unter {FIX}.",
        ],
        "fill": [
            "Fahrzeug {n:plate} wurde in die Partnerwerkstatt geschleppt.",
            "Reserve vorläufig auf {n:price} gesetzt.",
            "Wasserschaden auf ca. {n:area} Parkett im Erdgeschoss.",
            "Polizeiliches Aktenzeichen {n:crimeref} liegt vor (Einbruchdiebstahl).",
        ],
        "foot": ["Wiedervorlage in 14 Tagen.", "Empfehlung: Regulierung zum Zeitwert."],
        "list": None,
    },
    "medical": {
        "head": [
            "ENTLASSUNGSBRIEF\nPatient: {NAME}   Fall-Nr.: {n:patient}\nStation/Zimmer: {n:ward}\n"
            "Aufnahme: {n:admitted}",
            "Überweisung\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\n"
            "wir berichten über {NAME}, Patienten-ID {n:patient}.",
        ],
        "ph": [
            "Bei Rückfragen ist die Stationsleitung unter {FIX} erreichbar.",
            "Die Tochter übernimmt die Versorgung zu Hause und bittet um Anruf unter {MOB}.",
            "Kontrolltermin bitte über die Ambulanz vereinbaren: {NAT}.",
            "Unsere Diabetesberatung bietet werktags eine Sprechstunde unter {NAT} an.",
        ],
        "fill": [
            "RR bei Aufnahme {n:vitals}, Puls {n:pulse}; {n:lab}.",
            "Entlassmedikation: {n:dosage}.",
            "Diagnose: {n:icd}, komplikationsloser Verlauf.",
            "Mobilisation selbstständig, Wundverhältnisse reizlos.",
        ],
        "foot": [
            "Mit freundlichen kollegialen Grüßen\n\nDr. med. {NAME2}\nOberarzt",
            "Nachrichtlich: Hausarzt",
        ],
        "list": None,
    },
    "hr": {
        "head": [
            "PERSONALBOGEN – {ORG}\nPersonalnummer: {n:staff}\nName: {NAME}\nEintritt: {n:admitted}",
            "Notfallkontakte (vertraulich)\nPersonal-Nr. {n:staff}, Abteilung Buchhaltung",
        ],
        "ph": [
            "Mobil (privat): {MOB}",
            "Telefon privat (Festnetz): {FIX}",
            "Ihre Ansprechpartnerin in der ersten Woche, {NAME2}, ist unter {NAT} erreichbar.",
        ],
        "fill": [
            "Bruttojahresgehalt: {n:salary}, Auszahlung jeweils zum Monatsende.",
            "Kernarbeitszeit {n:hours}, Gleitzeit nach der Probezeit.",
            "Mitgliedsnummer Betriebsrente: {n:member}.",
        ],
        "foot": [
            "Bitte innerhalb von fünf Arbeitstagen an die Personalabteilung zurücksenden.",
            "Unterschrift Mitarbeiter/in: ________",
        ],
        "list": (
            "Im Notfall bitte benachrichtigen\nName | Beziehung | Telefon",
            "{PNAME} | {REL} | {LP}",
            ["Ehefrau", "Ehemann", "Mutter", "Bruder", "Lebensgefährtin", "Nachbar"],
        ),
    },
    "tender": {
        "head": [
            "AUFTRAGSBEKANNTMACHUNG\nBekanntmachungsnummer: {n:ted}\nAuftraggeber: {ORG}, {CITY}\n"
            "Vergabenummer: {n:tenderid}",
            "Öffentliche Ausschreibung {n:tenderid}\nCPV-Hauptteil: {n:cpv}\n"
            "Los {n:lot}: Unterhaltsreinigung",
        ],
        "ph": [
            "Bieterfragen beantwortet die Vergabestelle auch telefonisch unter {NAT}.",
            "Technische Hilfe zur Vergabeplattform: {SVC}",
            "Ortsbesichtigung nach Absprache mit dem Hausmeister, Tel. {INTL}",
        ],
        "fill": [
            "Geschätzter Auftragswert ohne MwSt.: {n:price}.",
            "Angebotsfrist: {n:admitted}.",
            "Gefördert aus Finanzhilfevereinbarung Nr. {n:grant}.",
            "Angebote in Papierform an Postfach {n:pobox}.",
        ],
        "foot": ["Nachprüfungsstelle: Vergabekammer des Bundes, Bonn.", "Tag der Absendung: siehe oben."],
        "list": ("Kontaktstellen", "{PNAME} ({REL}): {LP}", ["technisch", "kaufmännisch", "Vergaberecht"]),
    },
    "academic": {
        "head": [
            "LEBENSLAUF\n{NAME}\nORCID {n:orcid}\nLehrstuhl für Soziologie, Universität {CITY}",
            "Tagungsprogramm – Sektion {n:session}\nLeitung: {NAME}\nHörsaal 3",
        ],
        "ph": [
            "Büro: {FIX}",
            "Organisationsteam, während der Tagung erreichbar unter {MOB}",
            "Dienstanschrift: Schloss, {CITY}, Telefon {INTL}",
        ],
        "fill": [
            "{NAME2} (2022): Pendeln und Familie. Z. Soziol. {n:bibvol}, S. {n:pages}. DOI {n:doi}",
            "Monografie, ISBN {n:isbn}; Rezension in einer Zeitschrift mit ISSN {n:issn}.",
            "Beitrag {n:paper}: Pflegearbeit im ländlichen Raum.",
        ],
        "foot": ["Publikationsliste auf Anfrage.", "Kaffeepause im Foyer."],
        "list": ("Sektionsleitungen", "{PNAME} – {REL} – {LP}", ["Leitung", "Ko-Leitung", "Kommentar"]),
    },
    "press": {
        "head": [
            "PRESSEMITTEILUNG\nSperrfrist: {n:embargo}\n\n{ORG} legt Quartalszahlen vor",
            "PRESSEINFORMATION\n{CITY} – {ORG} eröffnet neues Logistikzentrum (ISIN {n:isin})",
        ],
        "ph": [
            "Interviewanfragen richten Sie bitte an die Pressestelle unter {NAT}.",
            "Außerhalb der Bürozeiten ist der Bereitschaftsdienst unter {MOB} erreichbar.",
            "Investor Relations: {INTL}",
        ],
        "fill": [
            "Der Umsatz stieg auf {n:price}; das neue Lager umfasst {n:area}.",
            "Die Gesellschaft ist im Handelsregister unter {n:companyreg} eingetragen.",
            "Über Beschluss {n:resolution} stimmt die Hauptversammlung ab.",
        ],
        "foot": ["– Ende der Pressemitteilung –", "Bildmaterial in Druckqualität auf Anfrage."],
        "list": ("Pressekontakt", "{PNAME}, {REL}: {LP}", ["Leiterin Kommunikation", "Pressesprecher"]),
    },
    "police": {
        "head": [
            "STRAFANZEIGE / VORGANG\nTagebuch-Nr. {n:crimeref}\nSachbearbeiter: POK, Dienstnr. {n:badge}\n"
            "Tatort: {CITY}",
            "Zeugenvernehmung\nVorgangsnummer {n:crimeref}\nDienstnummer {n:badge}",
        ],
        "ph": [
            "Der Zeuge {NAME2} ist unter {MOB} erreichbar und zur Aussage bereit.",
            "Die Mitteilerin rief erneut von {NAT} an: Der Tatverdächtige sei mit einem grauen Transporter "
            "weggefahren.",
            "Geschädigte wurde auf den Sperr-Notruf hingewiesen: {SVC}.",
        ],
        "fill": [
            "Kennzeichen {n:plate} wurde beim Verlassen des Parkplatzes beobachtet.",
            "Streifenwagen vor Ort, Einsatz beendet {n:hours}.",
            "Sichergestellte Gegenstände unter Asservaten-Nr. {n:claim} erfasst.",
        ],
        "foot": ["Unterschrift Sachbearbeiter: ________", "Vorgang an die Kriminalpolizei abgegeben."],
        "list": None,
    },
}

COMMON = {
    "loc": [
        "Innerhalb von {TOWN} genügt die Rufnummer {LOC}.",
        "Geschäftsstelle {TOWN}, im Ortsnetz {LOC}.",
        "Privat (Ortsnetz {TOWN}): {LOC}",
    ],
    "mob": ["Mobil, bitte bevorzugt per SMS: {MOB}"],
    "fix": ["Das Sekretariat ist unter {FIX} zu den Bürozeiten besetzt."],
    "svc": ["Kostenfreie Servicenummer: {SVC}", "Weitere Auskünfte unter {SVC}."],
    "email": ["Schriftverkehr bitte per E-Mail an {EMAIL}, in Kopie an {ROLE}.", "Unterlagen an {ROLE}."],
    "iban": ["Zahlung auf unser Anderkonto, IBAN {IBAN}."],
    "card": ["Die Prämie wurde von der Karte {CARD} abgebucht."],
    "ip": [
        "Das Online-Formular wurde von der IP-Adresse {IP4} übermittelt.",
        "VPN-Zugang mit {IPP}; im Protokoll zudem {IP6}.",
    ],
}

ROLES = ["kanzlei", "schaden", "presse", "info", "vergabe", "personal", "sekretariat"]
ORGSUFFIX = ["GmbH", "& Partner", "AG", "Versicherung AG", "Rechtsanwälte", "KG"]
