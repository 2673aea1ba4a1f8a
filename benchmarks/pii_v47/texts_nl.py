"""Dutch sentences (nl_NL, nl_BE) for the eight retail genres."""

GENRES = {
    "order": {
        "head": ["Bedankt voor je bestelling, {name}!", "{org}: je pakket is onderweg"],
        "fill": [
            "We pakken je artikelen binnen een werkdag in en mailen zodra de bezorger ze scant.",
            "Het bezorgadres kun je tot verzending nog in je account wijzigen.",
            "Eén artikel wordt apart verstuurd vanuit het magazijn van een partner.",
            "Niet thuis? Dan ligt het pakket bij een afhaalpunt in de buurt.",
        ],
        "sign": ["Veel plezier met je aankoop,\nTeam {org}"],
    },
    "returns": {
        "head": ["Betreft: klacht – stofzuiger defect", "Geachte heer/mevrouw,"],
        "fill": [
            "Drie maanden geleden kocht ik dit apparaat in uw winkel; nu gaat het niet meer aan.",
            "Een kopie van de kassabon stuur ik mee, de doos heb ik nog.",
            "Ik verzoek u om reparatie onder garantie of vervanging.",
            "Retourneren is binnen 30 dagen gratis.",
        ],
        "sign": ["Met vriendelijke groet,\n{name}"],
    },
    "receipt": {
        "head": ["{org}\n*** KLANTENBON ***", "{org} bedankt u voor uw aankoop"],
        "fill": [
            "Bewaar deze bon voor ruilen en garantie.",
            "Afgeprijsde artikelen worden niet geruild.",
            "BETAALD MET PIN — WISSELGELD 0,00",
            "Geef ons een beoordeling en maak kans op een cadeaubon.",
        ],
        "sign": ["Tot ziens!"],
    },
    "loyalty": {
        "head": ["{name}, je spaarpunten staan klaar", "Ledenweek bij {org}"],
        "fill": [
            "Dubbele punten op alles voor in huis, tot en met zondag.",
            "Laat je pas of de app scannen bij de kassa.",
            "Punten vervallen na 24 maanden.",
            "Deze maand krijg je een gratis kop koffie bij elke aankoop.",
        ],
        "sign": ["Je ontvangt deze mail als lid van {org}. Afmelden kan altijd."],
    },
    "seller": {
        "head": ["Over deze verkoper: {org}", "{org} – officiële winkel op het platform"],
        "fill": [
            "Familiebedrijf sinds 2003, verzending vanuit eigen magazijn.",
            "Op werkdagen voor 14.00 uur besteld, dezelfde dag verstuurd.",
            "Bij elke zending een factuur met btw.",
            "Positieve beoordelingen afgelopen 12 maanden: 97 %.",
        ],
        "sign": ["Vragen? Stuur ons een bericht via het platform of neem direct contact op."],
    },
    "review": {
        "head": ["★★★★☆ Doet wat het moet, wel luid", "Vraag van {name}: past dit ook op het oude model?"],
        "fill": [
            "In een kwartier in elkaar gezet, duidelijke handleiding.",
            "Antwoord van de verkoper: ja, past op alle versies.",
            "Enige minpunt: het snoer is aan de korte kant.",
            "De klantenservice stuurde een ontbrekende schroef binnen een week na.",
        ],
        "sign": ["Was deze review nuttig? Ja / Nee"],
    },
    "chat": {
        "head": [
            "Chatgesprek – klantenservice {org}\nMedewerker: Hoi, je spreekt met {name}. Waarmee kan ik "
            "helpen?",
            "BELSCRIPT bezorging\nOpening: Goedemiddag, {org}, u spreekt met {name}.",
        ],
        "fill": [
            "Klant: er staat bezorgd, maar er is niets aangekomen.",
            "Medewerker: vervelend! Ik bekijk de bezorgfoto van de chauffeur.",
            "Identiteit controleren: naam, postcode en laatste bestelling. Nooit het volledige kaartnummer "
            "vragen.",
            "Medewerker: ik heb een onderzoek gestart bij de vervoerder, reactie binnen 48 uur.",
        ],
        "sign": ["Medewerker: kan ik nog ergens mee helpen?\nKlant: nee, bedankt."],
    },
    "stores": {
        "head": ["Vind een winkel", "{org} – openingstijden en contact"],
        "fill": [
            "Koopavond op donderdag tot 21.00 uur.",
            "Op feestdagen kunnen de openingstijden afwijken.",
            "Twee uur gratis parkeren bij aankoop, ticket laten afstempelen bij de servicebalie.",
            "Afhaalbestellingen liggen na twee uur klaar bij de servicebalie.",
        ],
        "sign": ["Rolstoeltoegankelijke ingang en verschoonruimte op de begane grond."],
    },
}

CONTACT = {
    "phone": [
        "Vragen over je bestelling? Bel ons op {p}.",
        "Klantenservice: {p} (ma–za 8–20 uur)",
        "De servicebalie is telefonisch bereikbaar via {p}.",
    ],
    "mobile": ["Sms of WhatsApp de bezorger: {p}"],
    "landline": ["Vaste lijn van de winkel (geen sms): {p}"],
    "abroad": ["Bestel je vanuit het buitenland? Bel dan {p}.", "Internationale klanten: {p}"],
    "service": ["Bestellijn: {p}", "Vragen over betalingen: {p}"],
    "email": ["Mail naar {e} en vermeld je bestelnummer.", "E-mail: {e}"],
    "iban": ["Terugbetaling per overschrijving naar IBAN {i}."],
    "card": ["Let op: klant plakte het volledige kaartnummer in de chat ({c}), graag afschermen."],
    "ip": ["Bestelling geplaatst vanaf IP {ip} (handmatige controle).", "Chat gestart vanaf {ip}"],
    "dir_head": ["Handige nummers:", "Onze winkels:"],
    "roles": [
        "Retourbalie",
        "Afhaalpunt",
        "Klantenservice",
        "Reparatiedienst",
        "Thuisbezorging",
        "Drogisterij",
    ],
    "nophone": ["Telefonisch bestellen is niet mogelijk.", "Bel de winkel niet over online bestellingen."],
}

LOCAL = {
    "NL": [
        "Klanten in {town} bellen zonder netnummer naar {p}.",
        "Woon je in {town}? Dan bel je de winkel gewoon op {p}.",
        "Filiaal {town}, lokaal nummer: {p}",
    ],
}
