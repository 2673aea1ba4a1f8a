"""German sentences for pii_v50 (getting around)."""

G = {
    "taxi": (
        "Funktaxi Nordstern – rund um die Uhr, auch Krankenfahrten",
        "Kartenzahlung in allen Wagen möglich, Quittung bitte vor Fahrtbeginn ansagen.",
        "Festpreise zum Flughafen gelten auch bei Stau auf der Stadtautobahn.",
        "Großraumtaxis für bis zu acht Personen bitte einen Tag vorher bestellen.",
        "Gute Fahrt wünscht Ihr Taxiteam!",
    ),
    "rental": (
        "Ihre Reservierung ist bestätigt – Abholung und Rückgabe",
        "Bitte Führerschein aller Fahrer und die Kreditkarte der Buchung mitbringen.",
        "Das Fahrzeug wird vollgetankt übergeben und muss vollgetankt zurückkommen.",
        "Carsharing-Kunden öffnen den Wagen per App, eine Schlüsselübergabe entfällt.",
        "Wir wünschen eine angenehme Fahrt.",
    ),
    "driving": (
        "Fahrschule Weitblick – Stundenplan Theorie und Praxis",
        "Nächste Woche: Autobahnfahrt und Einparken rückwärts in die Parklücke.",
        "Notiz vom Fahrlehrer: Schulterblick beim Spurwechsel nicht vergessen!",
        "Fahrstunden, die nicht 24 Stunden vorher abgesagt werden, berechnen wir voll.",
        "Bis Donnerstag am üblichen Treffpunkt vor der Sparkasse.",
    ),
    "parking": (
        "Anwohnerparken – nur mit gültigem Parkausweis",
        "Fahrzeuge ohne sichtbaren Ausweis werden kostenpflichtig abgeschleppt.",
        "Entschuldigung, ich habe beim Ausparken Ihre Stoßstange touchiert. Bitte melden!",
        "Die Schranke öffnet bei registrierten Kennzeichen automatisch.",
        "Vielen Dank für Ihr Verständnis, die Hausverwaltung.",
    ),
    "transit": (
        "Fundbüro der Verkehrsbetriebe – Busse, Straßenbahnen, Fähre",
        "Fundsachen aus unseren Fahrzeugen werden vier Wochen im Betriebshof aufbewahrt.",
        "Wegen Gleisbauarbeiten gilt am Wochenende ein geänderter Fahrplan.",
        "Bitte Gegenstand, Linie und ungefähre Fahrtzeit angeben.",
        "Wir bitten um Entschuldigung für die Einschränkungen.",
    ),
    "shuttle": (
        "Buchungsbestätigung: Flughafentransfer und Fähre",
        "Ihr Fahrer wartet in der Ankunftshalle mit einem Namensschild.",
        "Der Check-in für Fußgänger an der Fähre schließt 30 Minuten vor Abfahrt.",
        "Sperrgepäck wie Fahrradkoffer bitte bei der Buchung angeben.",
        "Gute Reise und bis bald!",
    ),
    "bike": (
        "Radwerk Speiche – Reparatur, Inspektion, gebrauchte Räder",
        "Die Inspektion umfasst Bremsen, Schaltung, Kette und einen Sicherheitscheck.",
        "Reparaturauftrag: Hinterrad zentriert, Bremsbeläge neu, Schlauch getauscht.",
        "Die Reparaturstation am Bahnhof hat Luftpumpe und Werkzeug an Stahlseilen.",
        "Allzeit gute Fahrt – Nachkontrolle der Schaltung nach vier Wochen gratis.",
    ),
    "carpool": (
        "Fahrgemeinschaft Grundschule – Plan fürs Schulhalbjahr",
        "Jede Familie fährt eine Woche, Tausch bitte vorher hier in der Gruppe ansagen.",
        "Bitte die Kinder um 7:40 an der Ecke bereitstellen, danach wird es eng.",
        "Kindersitze bleiben im Auto der Familie, die gerade dran ist.",
        "Danke euch allen fürs Mitmachen!",
    ),
}
CONTACT = [
    "Bestellungen Tag und Nacht: {p}",
    "Fragen zur Buchung? Rufen Sie uns an: {p}",
    "Büro (Mo–Sa 7–19 Uhr): {p}",
]
MOBILE = [
    "Abholadresse per SMS an {p}, wir schicken das Kennzeichen zurück.",
    "Handy des Fahrlehrers (während der Fahrt nur SMS): {p}",
]
LANDLINE = ["Festnetz im Betriebshof, keine SMS möglich: {p}"]
ABROAD = ["Aus dem Ausland erreichen Sie uns unter {p}.", "Gäste aus dem Ausland wählen {p}."]
SERVICE = ["Kostenlose Pannenhilfe: {p}", "Fundbüro-Hotline: {p}"]
EMAIL = ["Buchungsnummer bitte an {e}, wir bestätigen umgehend.", "Fragen zum Parkausweis an {e}."]
IBAN = "Die Kaution überweisen wir zurück auf: {v}"
CARD = "Kunde schrieb in die Buchungsnotiz: bitte Karte {v} belasten, gültig bis 09/27."
IP = ["App-Anmeldung von unbekannter Adresse: {v}", "Sitzung im Buchungsportal gestartet von {v}."]
DIR_HEADS = ["Wen Sie anrufen können:", "Nummern für unterwegs:"]
ROLES = ["Flughafenschalter", "Zentrale", "Betriebshof", "Abschleppdienst", "Fährterminal", "Werkstatt"]
NOPHONE = ["Telefonische Buchungen nehmen wir nicht an, bitte die App nutzen.", "Keine Buchung per Telefon."]
LOCAL = {
    "DE": [
        "Im Ortsnetz {town} einfach {n} wählen, dann kommt das Taxi.",
        "Aus {town} ohne Vorwahl: Fundbüro {n}",
        "Wer in {town} wohnt, erreicht die Fahrschule unter der {n} – ohne Vorwahl.",
    ],
}
