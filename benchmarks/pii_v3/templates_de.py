"""German documents (de_DE) with values, written for v3; placeholders are described in v3_render."""

POS = {
    "sms": [
        "Bin bis Sonntag im Urlaub, erreichbar nur unter {xtel} (WhatsApp). LG {first}",
        "Hallo, {first} hier wegen Buchung {booking}: Anzahlung bitte von Karte {card} abbuchen, gültig bis "
        "[[08/27|02/28]]. Danke!",
        "Hi, hier ist {first}! Neue Handynummer: {tel:mn} – bitte einspeichern 🙂",
        "{first}: Bin in 10 min da. Falls das Tor zu ist, ruf im Büro an: {loc}",
        "Ihr Paket von {co} kommt heute. Fragen? Tel. {tel:fn} (Mo–Fr). Sendung {tracking}",
        "Oma ist nur übers Festnetz erreichbar: {loc}. Handy hat sie wieder verlegt 🙄",
        "Kannst du mir kurz die Mail von {first2} schicken? -> {mail2} danke!!",
        "[[Hallo|Moin|Servus]] {first}, Termin steht. Rückfragen gern unter {tel:m}, LG {first2}",
    ],
    "chat": [
        "[{clock}] {first}: Hat jemand die Nummer vom Hausmeister?\n[{clock}] {first2}: {loc}, der wohnt "
        "im Viertel\n[{clock}] {first}: super, danke!",
        "{first}: Die neue Kollegin heißt {xname}, Durchwahl {extension}, Handy {tel:mn}\n{first2}: 👍",
        "{first} {clock}\nServer {ip4} antwortet nicht mehr, Ticket {ref} ist offen\n{first2} {clock}\n"
        "Neustart läuft, IPv6 ist {ip6}",
        "Kundin (Chat): Die Abbuchung war doppelt, Karte {card}.\nSupport ({xfirst}): Danke, wir prüfen "
        "Vorgang {ref}.",
    ],
    "whatsapp": [
        "{day}, {clock} - {first}: Wer fährt Samstag zum Auswärtsspiel? 🚗\n{day}, {clock} - {first2}: Ich! "
        "Ruft mich an: {tel:m}\n{day}, {clock} - {first}: Treffpunkt Parkplatz am Stadion",
        "[{day}, {clock}] {first}: Der Trainer hat eine neue Nummer: {tel:mi}\n[{day}, {clock}] {first2}: "
        "und das Vereinsheim ist unter {loc} zu erreichen (ab 18 Uhr)",
        "{day}, {clock} - {first}: Elternabend verschoben auf {date}, {time}\n{day}, {clock} - {first2}: "
        "Danke! Bei Fragen: Sekretariat {loc}",
    ],
    "voicemail": [
        "Sprachnachricht von {tel} ({date}, {time})\n„Guten Tag, {first} {last} von {co}, es geht um Ihr "
        "Angebot {ref}. Bitte rufen Sie mich zurück unter {tel:fn}, Durchwahl {extension}. Danke.“",
        "Mailbox {date}: „Hallo, hier ist die Praxis Dr. {last2}. Ihr Rezept liegt bereit. Bei Fragen "
        "erreichen Sie uns unter {home}. Auf Wiederhören.“",
        "Transkript: „…ja, {first} nochmal, meine Festnetznummer ist {loc}, ab {time} bin ich zuhause.“",
    ],
    "signature": [
        "Freundliche Grüße\n{name}\n{co}\nZentrale {tel:fn} · Büro London {itel:gb} · {mailco}",
        "Mit freundlichen Grüßen\n\n{name}\n[[Projektleitung|Vertrieb|Buchhaltung|Geschäftsführung]]\n"
        "{co}\n{street} · {city}\nTel.: {tel:fn}\nFax: {tel:fn}\nMobil: {tel:mn}\nE-Mail: {mailco}\n"
        "Amtsgericht {city} {company_id} · USt-IdNr. {vat}",
        "Viele Grüße\n{first}\n--\n{co} | {tel:fi} | {mailco}",
        "Beste Grüße aus {city}\n{name}\nT {tel:f} · M {tel:m}\nUnser Büro in Wien: {xtel:at}",
        "Gesendet von meinem Handy – bei Eile bitte anrufen: {tel:mn}",
    ],
    "classified": [
        "Verkaufe Kinderfahrrad, 20 Zoll, {price} VB. Abholung in {city}. Tel. {loc} ab 18 Uhr.",
        "Nachhilfe Mathe/Physik, alle Klassen. {name}, Handy {tel:mn}, {mail}",
        "Katze entlaufen! Grau getigert, hört auf „Mimi“. Bitte melden: {loc} oder {tel:m}. Belohnung!",
        "WG-Zimmer frei ab {date}, {quantity}, warm {price}. Meldet euch per SMS: {tel:m}",
        "Suche Garage zur Miete in {city}. Angebote an {mail} oder Festnetz {loc}.",
    ],
    "cv": [
        "LEBENSLAUF\n\n{name}\n{street}\n{city}\nTelefon: {tel:n}\nE-Mail: {mail}\nGeburtsdatum: {dob}",
        "{name} · {street} · {city}\nMobil {tel:m} · {mail}\n\nBERUFSERFAHRUNG\nseit {year} {co}",
        "Bewerbung als [[Pflegefachkraft|Elektriker|Bürokauffrau]]\n{name}, erreichbar unter {tel:mn} "
        "oder {mail}",
    ],
    "invoice": [
        "{co} · {street} · {city}\nTel. {tel:f} · Fax {tel:f} · {role:buchhaltung}\n"
        "Bankverbindung: IBAN {iban} · BIC {bic}\nUSt-IdNr. {vat} · {company_id}\nRechnung Nr. {invoice} "
        "vom {date}",
        "Zahlbar innerhalb von 14 Tagen ohne Abzug auf IBAN {iban}. Bitte Rechnungsnummer {invoice} "
        "angeben. Fragen: {role:buchhaltung} oder {tel:fn}.",
        "Bitte überweisen Sie {price} bis {date} auf folgendes Konto:\nEmpfänger: {co}\nIBAN: {iban:c}\n"
        "Verwendungszweck: Kd.-Nr. {account}",
    ],
    "booking": [
        "Buchungsbestätigung\n{co}\nGast: {name}\nAnreise {date} ab {time} · Abreise {date}\nZimmer {room} · "
        "Buchungsnr. {booking}\nRezeption: {tel:fn} · {role:empfang}",
        "Ihre Tischreservierung: {date}, {time}, [[2|4|6]] Personen. Änderungen bitte telefonisch unter "
        "{loc}. Reservierungsnr. {booking}",
        "Anzahlung {price} mit Kreditkarte {card} erhalten. Wir freuen uns auf Sie! {co}",
    ],
    "school": [
        "Liebe Eltern,\n\ndie Klasse [[3b|4a|2c]] fährt am {date} in den Zoo. Abfahrt {time} am Schultor. "
        "Kosten {price}. Am Ausflugstag ist die Klassenlehrerin unter {tel:mn} erreichbar, sonst das "
        "Sekretariat unter {loc}[[ oder {role:sekretariat}|]].\n\nMit freundlichen Grüßen\n{name}",
        "TELEFONKETTE Klasse [[3b|4a]] (Vorwahl {area})\n1. {xname} {lst}\n2. {xname} {lst}\n"
        "3. {xname} {lst}\n4. {xname} {tel:m}\nBitte immer die nächste Person anrufen!",
        "Krankmeldungen bitte bis {time} telefonisch unter {home} oder per E-Mail an {role:kontakt}.",
    ],
    "forum": [
        "Re: Betrugsanrufe?\nBei mir ruft ständig {tel} an, angeblich Microsoft. Nummer gesperrt und bei "
        "der Bundesnetzagentur gemeldet (Az. {ref}).",
        "Mein Router hängt auf {ip4}, Portfreigabe klappt nicht. Firmware {version}. Jemand eine Idee?",
        "[Zitat={first}]Weiß jemand die Nummer vom Wertstoffhof?[/Zitat]\n{loc}, Sa bis 14 Uhr offen.",
    ],
    "ticket": [
        "Ticket {ref} | Priorität: [[hoch|normal]]\nVon: {name} <{mail}>\nBetreff: Doppelte Abbuchung\n\n"
        "Bestellung {order} wurde zweimal von meiner Karte {card} abgebucht. Rückruf bitte unter {tel:m}.",
        "Störung {ref}: Zugriff von {ip} blockiert seit {timestamp}. Ansprechpartner {name}, {mailco}, "
        "Tel. {tel:fn}",
    ],
    "delivery": [
        "LIEFERSCHEIN {order}\nEmpfänger: {name}, {street}, {city}\nTelefon: {tel:m}\nPakete: [[1|2]] · "
        "Gewicht {quantity}\nBitte beim Nachbarn abgeben oder anrufen: {loc}",
        "Ihre Sendung {tracking} wird heute zwischen {clock} und {clock:big} zugestellt. Fahrer: {tel:mi}",
    ],
    "flyer": [
        "SOMMERFEST 🎉 {date}, {clock}–{clock:big}, {street}\nHüpfburg · Grill · Tombola (Lose {price})\n"
        "Standanmeldung bei {first}, Tel. {loc} / {mail}",
        "Flohmarkt im Gemeindehaus am {date}! Tische {price}. Anmeldung: {tel:fn}[[ oder {role:kontakt}|]]",
    ],
    "onboarding": [
        "Personalbogen\nName: {name}\nAnschrift: {street}, {city}\nTelefon privat: {tel}\nIBAN für "
        "Gehalt: {iban}\nNotfallkontakt: {name2}, {tel:m}\nPersonalnr. {account}",
    ],
    "appointment": [
        "Terminerinnerung: {date}, {time} bei Dr. {last2}. Absagen bitte mindestens 24 h vorher unter "
        "{home}. Bringen Sie Ihre Versichertenkarte mit.",
        "Praxis {last2}: Ihr Termin am {date} um {time}. Terminänderung: {loc} (Mo–Fr 8–12 Uhr).",
    ],
    "list": [
        "Wichtige Nummern ({city}, Vorwahl {area})\nHausarzt ......... {lst}\nApotheke ......... {lst}\n"
        "Taxi ............. {lst}\nGemeinde ......... {tel:n}",
        "Hausliste – Festnetz\nEG links: {xname}, {lst}\nEG rechts: {xname}, {lst}\n1. OG: {xname}, {lst}",
    ],
}

NEG = {
    "sms": [
        "Ihr Bestätigungscode lautet {otp}. Er ist 10 Minuten gültig.",
        "{train} nach {city} heute ca. {smallnum} Min. später, Ankunft {time} auf Gleis {platform}.",
        "Zahlung {price} an {co} mit Karte {maskcard} freigegeben.",
    ],
    "order": [
        "Bestellung Nr. {order} vom {date}\nArtikel-Nr. {sku} · EAN {ean}\nMenge [[1|2|3]] · {price}\n"
        "Versand: Sendungsnummer {tracking}",
        "Rücksendung {ref}: Etikett gültig bis {date}, Gewicht {quantity}. Kundennummer {account}.",
    ],
    "travel": [
        "{train} {city} → {city}\n{date}, ab {clock}, an {clock:big}\nWagen [[7|9|12]], Platz {seat}\n"
        "Auftragsnummer {booking}",
        "Flug {flight} am {date}, Abflug {time}, Gate {seat}, Sitz {seat}. Buchungscode {booking}.",
    ],
    "finance": [
        "Kontoauszug {date}\nKonto {maskiban}, BIC {bic}\nBLZ {bankcode}\nAlter Saldo {price} · Neuer "
        "Saldo {price}",
        "Versicherungsschein Nr. {account}, Beitrag {price} monatlich, gültig ab {date}.",
        "Handelsregister {company_id}, USt-IdNr. {vat}, Steuernummer {ref}.",
    ],
    "tech": [
        "Version {version} ({date})\n- Fehler beim Start behoben ({hexhash})\n- {percent} schneller\n"
        "Build {epoch}",
        "Seriennummer {serial}, MAC {mac}, Firmware {version}, Garantie bis {date}.",
    ],
    "misc": [
        "Endstand {city} {score} {city}. Zuschauer: {smallnum}00. Nächstes Spiel {date}, {time} Uhr.",
        "Lottozahlen vom {date}: {lotto}, Superzahl {smallnum}.",
        "Rezept: {weight} Mehl, {weight} Butter, {smallnum} Min. bei 180 °C backen.",
        "Hausaufgaben: {arith} und {arith}. Abgabe {date}.",
        "Standort {coords}, Flurstück {ref}, Fläche {smallnum} m².",
    ],
}
