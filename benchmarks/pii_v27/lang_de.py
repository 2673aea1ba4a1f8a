"""Deutsche Formulierungen (de_DE, de_AT, de_CH)."""

L = {
    "titles": {
        "message": ["Hallo {first}!", "Kurze Frage", "Hi ihr Lieben"],
        "email": [
            "Betreff: AW: Übergabe vor meinem Urlaub",
            "Betreff: Ihre Anfrage zur Wohnung",
            "Betreff: WG: neue Adresse",
        ],
        "community": ["Nachbarschaftsgruppe {town}", "Katze entlaufen – {town}", "Planung Straßenfest"],
        "shop": [
            "Änderungsschneiderei {last}",
            "HINWEIS FÜR UNSERE KUNDEN",
            "Ab sofort auch sonntags geöffnet!",
        ],
        "public": [
            "Stadtbibliothek {town}: geänderte Öffnungszeiten",
            "Gesundheitsamt: Grippeimpfung",
            "Bekanntmachung: Straßenbauarbeiten",
        ],
        "form": ["ANMELDEBOGEN EHRENAMT", "Mieterselbstauskunft", "Mitgliedsantrag Verein"],
        "listing": [
            "VERKAUFE: Kleinwagen, 1. Hand",
            "WG-Zimmer frei in {town}",
            "Hausmeisterservice – kein Auftrag zu klein",
        ],
    },
    "body": {
        "message": [
            "Bin gut gelandet, nur die Passkontrolle hat ewig gedauert.",
            "Kannst du noch Milch mitbringen?",
            "Komme 10 Minuten später, sorry!!",
            "Mama sagt, das Grillen findet statt, außer es schüttet.",
        ],
        "email": [
            "vielen Dank für Ihre schnelle Rückmeldung.",
            "anbei die unterschriebene Kopie.",
            "Entschuldigen Sie die späte Antwort.",
            "Melden Sie sich gern, falls etwas unklar ist.",
        ],
        "community": [
            "Weiß jemand, warum die Straßenlaternen bei uns schon wieder aus sind?",
            "Danke an alle, die beim Müllsammeln am Samstag dabei waren!",
            "Sie ist klein, grau getigert und sehr scheu.",
            "Die Stadt hat auf unseren Brief noch nicht reagiert.",
        ],
        "shop": [
            "Jeden ersten Montag im Monat bleibt das Geschäft wegen Schulung geschlossen.",
            "Nicht abgeholte Ware wird nach 60 Tagen gespendet.",
            "Ab nächstem Monat nur noch Kartenzahlung.",
            "Danke, dass Sie lokal einkaufen!",
        ],
        "public": [
            "Die Selbstverbuchung bleibt während der Servicezeiten möglich.",
            "Bitte bringen Sie einen Lichtbildausweis mit.",
            "Die Zufahrt für Anwohner bleibt jederzeit frei.",
            "Eine Maske ist nicht mehr Pflicht, aber gern gesehen.",
        ],
        "form": [
            "Bitte in Druckbuchstaben ausfüllen.",
            "Abschnitt B: Angaben zur Person",
            "Ich bestätige die Richtigkeit meiner Angaben.",
            "Unterschrift: ____________",
        ],
        "listing": [
            "Scheckheftgepflegt, zwei Schlüssel, TÜV neu.",
            "Warmmiete inkl. Nebenkosten, frei ab dem 1.",
            "Besichtigung nach Absprache.",
            "Versichert, kostenloser Kostenvoranschlag.",
        ],
    },
    "phone": [
        ("de_kurz_schreiben", "mob", "Schreib mir kurz, wenn du daheim bist: {n}"),
        ("de_neue_nummer", "mob", "Neue Nummer, altes Handy ist kaputt – bitte einspeichern: {n}"),
        ("de_empfang", "fix", "In dringenden Fällen rufen Sie bitte direkt am Empfang an: {n}."),
        ("de_ab_sprechen", "any", "Einfach auf Band sprechen unter {n}, wir rufen zurück."),
        ("de_katze_finder", "any", "Wer sie sieht, bitte sofort unter {n} melden, egal wie spät."),
        ("de_nach_fragen", "any", "Unter {n} nach {first} fragen."),
        ("de_gruppe_rein", "mob", "Wer in die Straßen-WhatsApp will, schreibt {first} an: {n}"),
        ("de_bereitschaft", "fix", "Außerhalb der Sprechzeiten erreichen Sie die Bereitschaft unter {n}."),
        ("de_termin_tel", "any", "Termine telefonisch unter {n} (Mo–Fr)."),
        ("de_besichtigung", "any", "Besichtigung nach Anruf oder SMS an {n}."),
    ],
    "local": [
        ("de_local_saal", "Telefon im Gemeindesaal: {n} – da geht meistens jemand ran."),
        ("de_local_ruf_an", "Ruf einfach bei uns zu Hause an, {n}, wir stehen unter {last} im Telefonbuch."),
        ("de_local_laden", "Tel. im Laden {n} (AB, wenn wir ausliefern)"),
    ],
    "service": [
        ("de_svc_kostenlos", "Kostenlose Hotline {n}, täglich 8–20 Uhr."),
        ("de_svc_stoerung", "Störungen melden Sie bitte unter {n}."),
    ],
    "EMAIL": [
        "Schick mir die Termine einfach an {v}.",
        "Bewerbungen bitte bis Freitag an {v}.",
        "Fragen gern an {v}.",
    ],
    "IBAN": [
        "Die Kaution bitte auf mein Konto, IBAN {v}.",
        "Überweisung an IBAN {v}, Verwendungszweck: Nachname.",
    ],
    "CREDIT_CARD": [
        "Gebucht habe ich mit der Karte {v}, kannst du nachsehen?",
        "Kreditkarte für die Buchung: {v}",
    ],
    "IP_ADDRESS": [
        "Die Router-Oberfläche erreichst du unter {v}.",
        "Die Spam-Beiträge kamen alle von {v}, bitte sperren.",
    ],
    "lab": {
        "any": ["Tel.", "Telefon", "Fon"],
        "mob": ["Handy", "Mobil", "Tel./WhatsApp"],
        "fix": ["Festnetz", "Büro"],
        "svc": ["Hotline", "Servicenummer"],
        "EMAIL": ["E-Mail", "Mail"],
        "IBAN": ["IBAN"],
        "CREDIT_CARD": ["Kartennr."],
        "IP_ADDRESS": ["IP"],
    },
    "pl": {
        "regards": ["Viele Grüße", "Liebe Grüße", "Mit freundlichen Grüßen", "LG"],
        "ps": "PS:",
        "wrote": "Am {day} schrieb {name}:",
        "q": "F:",
        "a": "A:",
        "vm": "Sprachnachricht ({dur}) von",
        "vm_say": "„Hallo, hier ist {first}, ruf mich bitte zurück.“",
        "ooo": "Ich bin bis {day} nicht im Büro und lese meine Mails nur eingeschränkt.",
        "fwd": "---------- Weitergeleitete Nachricht ---------",
        "from": "Von",
        "to": "An",
        "subject": "Betreff",
        "tear": "ZUM ABREISSEN",
        "ticked": "Bevorzugter Kontakt",
    },
    "roster": {
        "phone": [
            "Telefonkette – bei Schulausfall die nächste Person anrufen:",
            "Fahrdienst",
            "Ansprechpartner",
            "Vorstand",
        ],
        "other": ["Parzellen", "Mitglieder", "Gewinnerlose", "Dienstplan"],
    },
    "days": ["Mo", "Di", "Mi", "Do", "Fr", "Sa"],
    "roles": ["Vorsitz", "Kasse", "Schriftführung", "Ersthelfer", "Schlüssel"],
    "ref_frames": [
        "Bei Rückfragen bitte angeben: {label} {v}.",
        "{Label}: {v}",
        "Falls ihr es braucht – {label} {v}.",
        "Sie wollten nochmal: {label} ({v}).",
        "Bitte bereithalten – {label}: {v}.",
    ],
    "fact_frames": [
        "{Label}: {v}",
        "Stand heute: {label} {v}.",
        "Nur zur Info, {label} {v}.",
        "Letztes Mal: {label} {v}.",
        "({label}: {v})",
    ],
    "neg": """sort_code=Bankleitzahl/Konto
routing_number=Routing-Nummer
nhs_number=Versichertennummer
mrn=Patientennummer
rx_number=Rezeptnummer
vaccine_batch=Charge
appointment_ref=Terminnummer
booking_ref=Buchungsbestätigung
flight=Flug
pnr=Buchungscode
train_seat=Wagen/Platz
plate=Kennzeichen
vin=FIN
mac=MAC-Adresse
door_code=Türcode
key_safe=Code vom Schlüsseltresor
raffle=Lose
shelfmark=Signatur
plot=Parzelle
title_number=Grundbuchblatt
planning_ref=Bauantrag
pcn=Verwarnungsgeld-Aktenzeichen
permit_number=Anwohnerparkausweis
council_tax_ref=Kassenzeichen
tax_ref=Steuernummer
staff_number=Personalnummer
po_box=Postfach
flat=Wohnung
gift_card=Gutscheinkarte
member_number=Mitgliedsnr.
library_card=Leseausweis
cheque_number=Schecknr.
model_number=Modell
loan_ref=Darlehenskonto
claim_number=Schadennummer
rma=Retourennummer
job_ref=Stellen-Kennziffer
support_case=Ticket
grid_ref=Planquadrat
blood_pressure=Blutdruck
glucose=Blutzucker
steps=Schritte heute
dosage=Dosis
mileage=Kilometerstand
tyre_size=Reifengröße
resolution=Bildschirm
storage=Speicher
lottery=Lottozahlen
hymns=Lieder
bible_ref=Lesung
page_ref=Seiten
payslip=Netto
shift=Schicht
hours=Stunden diese Woche
salary=Gehalt
dob=Geburtsdatum
ages=Alter
votes=Abstimmung
signatures=Unterschriften bisher
donations=Spenden bisher
headcount=Erwachsene + Kinder
temperature=Temperatur
rainfall=Niederschlag
address_range=Hausnummern
bus_route=Buslinien
score=Punkte
bin_day=Abfuhrtermine
body_weight=Gewicht
height=Größe
shoe_size=Schuhgröße
fuel_use=Verbrauch
tariff=Arbeitspreis
interest_rate=Zins
gps_dms=Koordinaten
elevation=Höhe
distance=Strecke
duration=Gehzeit
date_range=Zeitraum
year_range=Jahre
time_range=Uhrzeit
unit_price=Preis""",
}
