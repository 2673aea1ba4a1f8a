"""Dutch documents (nl_NL) with values, written for v3; placeholders are described in v3_render."""

POS = {
    "sms": [
        "Hoi, {first} hier over boeking {booking}: de aanbetaling mag van creditcard {card}, geldig tot "
        "[[08/27|02/28]].",
        "Hoi, met {first}! Mijn nieuwe nummer is {tel:mn}, sla je het even op? 😊",
        "{co}: uw pakket wordt morgen bezorgd. Vragen? Bel {tel:fn} (ma-vr).",
        "Ben later, als de poort dicht is bel dan even het kantoor: {loc}",
        "Afspraak bevestigd: {date} om {time}. Afzeggen via {home}.",
        "Kun je me het mailadres van {first2} sturen? -> {mail2} thx!",
    ],
    "chat": [
        "[{clock}] {first}: heeft iemand het nummer van de loodgieter?\n[{clock}] {first2}: {tel:mn}, zeg "
        "maar "
        "dat je van mij komt\n[{clock}] {first}: top, dank je",
        "{first}: server {ip4} reageert niet, ticket {ref}\n{first2}: herstart loopt, IPv6 is {ip6}",
        "Klant (chat): dubbel afgeschreven van kaart {card}\nMedewerker {xfirst}: ik kijk naar dossier {ref}",
    ],
    "whatsapp": [
        "{day} {clock} - {first}: Wie rijdt zaterdag naar de uitwedstrijd?\n{day} {clock} - {first2}: Ik! "
        "Mijn mobiel: {tel:m}\n{day} {clock} - {first}: Top, verzamelen bij de kantine",
        "[{day} {clock}] {first}: Nieuw nummer van de trainer: {tel:mi}\n[{day} {clock}] {first2}: en de "
        "kantine is vast {loc} (na 18 uur)",
    ],
    "voicemail": [
        'Voicemail van {tel} ({date}, {time})\n"Goedemiddag, met {first} {last} van {co}, over uw offerte '
        '{ref}. Wilt u mij terugbellen op {tel:fn}, toestel {extension}? Dank u."',
        'Voicemail {date}: "Hallo, met de apotheek in {city}, uw medicijnen liggen klaar. U kunt ons '
        'bellen op {home}."',
    ],
    "signature": [
        "Met vriendelijke groet,\n{name}\n{co}\nT {tel:fn} · kantoor Düsseldorf {itel:de}",
        "Met vriendelijke groet,\n\n{name}\n[[Accountmanager|Office manager|Inkoop]]\n{co}\n{street}, "
        "{city}\n"
        "T {tel:fn}\nM {tel:mn}\nE {mailco}\nKvK {company_id} · btw {vat}",
        "Groet,\n{first}\n--\n{co} | {tel:fi} | {mailco}",
        "Groetjes,\n{name}\nTel. {tel} · kantoor Antwerpen: {xtel:be}",
    ],
    "classified": [
        "Te koop: kinderfiets 20 inch, {price}. Ophalen in {city}. Bel {loc} na 18.00 uur.",
        "Bijles wiskunde, alle niveaus. {name}, {tel:m}, {mail}",
        "Kat vermist! Grijs gestreept, luistert naar Pip. Bel {tel:m} of {loc}. Beloning!",
        "Kamer te huur, {quantity}, {price} p/m incl. Appen naar {tel:mn}",
    ],
    "cv": [
        "CURRICULUM VITAE\n{name}\n{street}, {city}\nTelefoon: {tel:mn}\nE-mail: {mail}\nGeboren: {dob}",
        "{name} — Verpleegkundige\n{mail} · {tel:mi} · {city}\nWerkervaring: {co} sinds {year}",
    ],
    "invoice": [
        "{co} · {street} · {city}\nTel. {tel:f} · {role:administratie}\nIBAN {iban} · BIC {bic}\n"
        "KvK {company_id} · btw-nr. {vat}\nFactuur {invoice} d.d. {date}",
        "Gelieve binnen 14 dagen over te maken op {iban} o.v.v. factuurnummer {invoice}. Vragen: "
        "{role:administratie} of {tel:fn}.",
        "Totaal {price}, te voldoen voor {date}.\nRekening: {iban:c}\nKlantnummer {account}",
    ],
    "booking": [
        "Reserveringsbevestiging\n{co}\nGast: {name}\nAankomst {date} vanaf {time}\nKamer {room} · "
        "Reserveringsnr. {booking}\nReceptie: {tel:fn} · {role:receptie}",
        "Uw tafel bij {co}: {date}, {time}, [[2|4|6]] personen. Wijzigen? Bel {loc}.",
        "Aanbetaling {price} afgeschreven van creditcard {card}. Tot ziens! {co}",
    ],
    "school": [
        "Beste ouders,\n\ngroep [[5|6|7]] gaat op {date} naar het museum. Vertrek {time} bij het "
        "schoolplein, "
        "bijdrage {price}. Die dag is de juf bereikbaar op {tel:mn}; verder de administratie op {loc} of "
        "{role:administratie}.\n\nMet vriendelijke groet,\n{name}, directeur",
        "BELBOOM groep [[4|6]] (netnummer {area})\n1. {xname} {lst}\n2. {xname} {lst}\n3. {xname} {lst}",
    ],
    "forum": [
        "Re: Telefonische verkoop\n{tel} belt me elke dag over een energiecontract. Gemeld (ref. {ref}).",
        "Mijn modem staat op {ip4}, poorten openzetten lukt niet. Firmware {version}. Tips?",
    ],
    "ticket": [
        "Ticket {ref} | Prioriteit: [[hoog|normaal]]\nVan: {name} <{mail}>\nOnderwerp: dubbele "
        "afschrijving\n\n"
        "Bestelling {order} is twee keer afgeschreven van mijn kaart {card}. Bel me terug op {tel:m}.",
    ],
    "delivery": [
        "PAKBON {order}\nAan: {name}, {street}, {city}\nTelefoon: {tel:m}\nColli: [[1|2]] · Gewicht "
        "{quantity}\n"
        "Niet thuis? Afgeven bij de buren of bel {loc}",
        "Je pakket {tracking} wordt vandaag tussen {clock} en {clock:big} bezorgd. Bezorger: {tel:mi}",
    ],
    "flyer": [
        "BUURTFEEST {date}, {clock}–{clock:big}, {street}\nSpringkussen · BBQ · loterij (loten {price})\n"
        "Aanmelden bij {first}, tel. {loc} / {mail}",
    ],
    "onboarding": [
        "Personeelsformulier\nNaam: {name}\nAdres: {street}, {city}\nTelefoon: {tel}\nIBAN salaris: {iban}\n"
        "Noodcontact: {name2}, {tel:m}\nPersoneelsnr. {account}",
    ],
    "appointment": [
        "Herinnering: afspraak {date} om {time} bij dr. {last2}. Verhinderd? Bel {home} uiterlijk 24 uur "
        "vooraf.",
    ],
    "list": [
        "Handige nummers — {city} (netnummer {area})\nHuisarts ....... {lst}\nApotheek ....... {lst}\n"
        "Taxi ........... {lst}\nGemeente ....... {tel:n}",
    ],
}

NEG = {
    "sms": [
        "Je verificatiecode is {otp}. Deze verloopt over 10 minuten.",
        "{train} naar {city}: {smallnum} min vertraging, aankomst {time}, spoor {platform}.",
        "Betaling van {price} bij {co} goedgekeurd, kaart {maskcard}.",
    ],
    "order": [
        "Bestelling {order} van {date}\nArt.nr. {sku} · EAN {ean}\nAantal [[1|2|3]] · {price}\nTrack & "
        "trace {tracking}",
    ],
    "travel": [
        "{train} {city} → {city}\n{date}, vertrek {clock}, aankomst {clock:big}\nRijtuig [[2|4|7]], plaats "
        "{seat}\n"
        "Boekingscode {booking}",
        "Vlucht {flight} op {date}, vertrek {time}, gate {seat}, stoel {seat}. Boeking {booking}.",
    ],
    "finance": [
        "Afschrift {date}\nRekening {maskiban} · BIC {bic}\nBeginsaldo {price} · Eindsaldo {price}",
        "Polisnummer {account}, premie {price} per maand, ingangsdatum {date}. KvK {company_id}.",
    ],
    "tech": [
        "Versie {version} ({date})\n- crash bij opstarten opgelost ({hexhash})\n- {percent} sneller",
        "Serienummer {serial}, MAC {mac}, firmware {version}, garantie tot {date}.",
    ],
    "misc": [
        "Eindstand {city} {score} {city}. Volgende wedstrijd {date} om {time}.",
        "Trekking van {date}: {lotto}, bonusgetal {smallnum}.",
        "Recept: {weight} bloem, {weight} boter, {smallnum} min bakken op 180 °C.",
        "Huiswerk: {arith} en {arith}. Inleveren {date}.",
    ],
}
