"""Deutsche Sätze für v42 (de_DE, de_AT, de_CH), neu geschrieben."""

GENRES = {
    "gp": {
        "head": [
            "Aushang der Hausarztpraxis {org}\nStand: diese Woche, {name}",
            "Impfaktion in der {org}\nInformation für Patientinnen und Patienten",
        ],
        "fill": [
            "Folgerezepte (etwa {drug}) bitte zwei Werktage vorher bestellen.",
            "Die Auffrischimpfung empfehlen wir allen zwischen {ageband} Jahren; Versichertennummer "
            "{patient_id} bitte bereithalten.",
            "Das Blutdruckgerät im Wartezimmer druckt Werte wie {bp} aus – Zettel bitte an der "
            "Anmeldung abgeben.",
            "Aktuelle Wartezeit in der offenen Sprechstunde: etwa {wait} Minuten.",
            "Betriebsstätte {practice}, ärztliche Kennung {regno}.",
        ],
        "sign": "Ihr Praxisteam dankt für Ihre Geduld.",
    },
    "hosp": {
        "head": [
            "Entlassungsbrief – {org}\nBehandelnde Ärztin: {name}",
            "Terminbestätigung Ambulanz, {org}\nSehr geehrte/r {name},",
        ],
        "fill": [
            "Sie lagen auf Station/Bett {wardbed}, Fallnummer {mrn}.",
            "Diagnose {icd}; bei Entlassung RR {bp}, Puls {pulse}, Temperatur {temp}.",
            "Weiter mit {dose}; die Infusion mit {infusion} wurde beendet.",
            "Bitte melden Sie sich in Raum {room}, Vorgangsnummer {aptref}.",
            "Im Abschluss-EKG zeigte sich eine {qtc}, unauffällig.",
        ],
        "sign": "Bringen Sie bitte Ihren Medikationsplan zum nächsten Termin mit.",
    },
    "lab": {
        "head": ["Laborbefund – {org}\nEinsender: {name}", "Ihre Blutwerte liegen vor\nLabor {org}"],
        "fill": [
            "Probe {specimen}: Kalium im Referenzbereich {refrange}.",
            "HbA1c {hba1c}, Nüchternzucker {glucose} – keine Therapieänderung nötig.",
            "Nierenfunktion (eGFR) {egfr}, Gesamtcholesterin {chol}.",
            "Ihr INR-Wert beträgt heute {inr}; Marcumar-Dosis bitte unverändert lassen.",
        ],
        "sign": "Befunde geben wir nur an Sie selbst oder Bevollmächtigte heraus.",
    },
    "care": {
        "head": [
            "Hauszeitung Seniorenzentrum {org}\nvon der Einrichtungsleitung, {name}",
            "Neue Besuchsregeln im {org}\nHerausgegeben von {name}",
        ],
        "fill": [
            "Die Bewohnerzimmer bis {room} im Erdgeschoss bekommen neue Pflegebetten.",
            "Bei Fieber über {temp} bitten wir Angehörige, den Besuch zu verschieben.",
            "Herr Brandt hat im Garten diesen Monat {steps} Schritte am Tag geschafft.",
            "Beim Hörtest lagen mehrere Werte bei {hearing}; neue Hörgeräte sind bestellt.",
        ],
        "sign": "Herzlichen Dank an alle, die beim Sommerfest geholfen haben.",
    },
    "tele": {
        "head": [
            "So funktioniert Ihre Videosprechstunde\n{org}, erstellt von {name}",
            "Anleitung Telemedizin – {org}",
        ],
        "fill": [
            "Meeting-ID {meeting}, Kenncode {passcode}; bitte fünf Minuten vorher einwählen.",
            "Aktualisieren Sie die App mindestens auf {appver}.",
            "Halten Sie Ihr Messgerät bereit: wir fragen nach Werten wie {bp} und {spo2}.",
            "Ihre Vorgangsnummer {aptref} genau so eingeben, wie sie auf dem Brief steht.",
        ],
        "sign": "Bei Bildstörungen wechselt die Ärztin gegebenenfalls auf Audio.",
    },
    "eyedent": {
        "head": ["Recall-Erinnerung der {org}\nfür {name}", "ZEIT FÜR IHRE KONTROLLE – {org}"],
        "fill": [
            "Beim letzten Besuch haben wir die Zähne {teeth} zur Beobachtung notiert.",
            "Ihre aktuellen Brillenwerte: {eyerx}.",
            "Der Visus lag am schwächeren Auge bei {acuity}.",
            "Bitte das Bonusheft und die Karte mit Nummer {aptref} mitbringen.",
        ],
        "sign": "Nicht rechtzeitig abgesagte Termine können in Rechnung gestellt werden.",
    },
    "helpline": {
        "head": ["Wenn alles zu viel wird – Infoblatt der {org}", "Beitrag im Forum der {org}\nvon {name}"],
        "fill": [
            "Seit ich abends spazieren gehe, liegt mein Ruhepuls bei {pulse}.",
            "Meine Hausärztin hat mir {dose} verschrieben, die ersten Wochen waren zäh.",
            "Sonntagabends nehmen unsere Ehrenamtlichen rund {wait} Anrufe pro Stunde an.",
            "Für Menschen zwischen {ageband} Jahren ist die Wartezeit auf Therapie kürzer.",
        ],
        "sign": "In akuter Gefahr wählen Sie bitte den Notruf.",
    },
    "fitness": {
        "head": [
            "Kursplan & Physiotherapie – {org}\nzusammengestellt von {name}",
            "Ihr Reha-Trainingsplan\n{org}, Therapeut: {name}",
        ],
        "fill": [
            "Kniestabilisation: {sets}, dreimal pro Woche.",
            "Die ersten zwei Wochen im Pulsbereich {zone} trainieren.",
            "Mitgliedsnummer {member}, Spind Nr. {locker}.",
            "Letzter Leistungstest: VO2max {vo2}, BMI {bmi}, Größe/Gewicht {hw}.",
        ],
        "sign": "Geräte nach dem Training bitte desinfizieren.",
    },
}

GENERAL = [
    "Die Anmeldung erreichen Sie unter {phone}.",
    "Rückfragen zu diesem Schreiben: Tel. {phone}.",
    "Termine verschieben Sie telefonisch unter {phone}.",
]
MOBILE = "Erinnerungen per SMS kommen von {phone}, Antworten sind möglich."
FIXED = "Festnetz der Station: {phone}."
ABROAD = ["Aus dem Ausland wählen Sie bitte {phone}.", "Angehörige im Ausland erreichen uns unter {phone}."]
SERVICE = [
    "Kostenlose Beratungshotline: {phone}.",
    "Ärztlicher Bereitschaftsdienst (Servicenummer): {phone}.",
]
LOCAL = {"DE": ["Im Stadtgebiet {town} genügt die {local}.", "Aus {town} selbst einfach {local} wählen."]}
EMAIL = ["Unterlagen bitte an {email} schicken.", "Ihre Therapeutin erreichen Sie auch per Mail: {email}."]
IBAN = "Eigenanteile überweisen Sie bitte auf {iban}."
CARD = "Zuzahlung per Karte {card} beglichen, Beleg liegt bei."
IP_PRIV = "Hinweis für die Haustechnik: das Videoterminal im Aufenthaltsraum hat {ip}."
IP_PUB = "Falls Ihre Firewall blockiert, bitte unseren Server {ip} freigeben."
DIR_HEAD = ["Wichtige Rufnummern", "Ansprechpartner"]
ROLES = ["Anmeldung", "Apotheke", "Stationsleitung", "Physiotherapie", "Befundauskunft", "Nachtdienst"]
NOPHONE = ["Befunde teilen wir nicht am Telefon mit.", "Bitte rufen Sie nicht wegen Laborwerten an."]
