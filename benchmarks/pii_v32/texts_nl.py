"""Nederlandse zinnen voor v32 (gesproken en getranscribeerde tekst); markeringen als in texts_en."""

LAB = {
    "vm": ("Voicemail", "Van", "Lengte", "Transcriptie (automatisch, kan fouten bevatten)", "zekerheid"),
    "unknown": "Anoniem nummer",
    "crm": (
        "Contactmoment",
        "Behandeld door",
        "Richting",
        "inkomend",
        "uitgaand",
        "Gespreksduur",
        "Gespreksnotitie",
        "Afsluitcode",
    ),
    "log": "Datum | Tijd | Medewerker | Richting | Nummer | Duur",
    "vcard": "Contactkaart bij het ticket",
    "meet": [
        "Kwartaaloverleg leveranciers (opname)",
        "Interview met een oud-ploegleider",
        "Belrondje vrijwilligerscoördinatoren",
    ],
    "parts": "Aan de lijn",
    "dict": "Gedicteerde notitie – niet nagelezen",
    "punct": ("komma", "punt", "nieuwe alinea"),
    "radio": ("PRESENTATOR", "BELLER", "[TUNE]", "[TERUG NAAR DE STUDIO]"),
    "leaf": ("Luisterversie van de folder", "Track", "Nummers die in deze track worden voorgelezen"),
    "ivr": ("Ansage", "Keuzemenu-tekst, versie", "Stem"),
    "sub": ("[muziek]", "[lacht]", "[telefoon gaat]"),
}

G = {
    "voicemail": {
        "ph": [
            "Hoi met {N}, eh, over de offerte, je kunt me bellen op {P}, na vieren.",
            "Goedemiddag, wilt u mij terugbellen op {P}? Dank u wel.",
            "Hé ik ben het, mijn batterij is bijna leeg, probeer anders {P}.",
        ],
        "fill": [
            "Ik probeer jullie al de hele week te bereiken.",
            "Niks dringends hoor, wilde alleen weten of de papieren binnen zijn.",
        ],
    },
    "callnote": {
        "ph": [
            "Klant wil voortaan gebeld worden op {P}, oude nummer opgezegd.",
            "Terugbelverzoek op {P} tussen 9 en 11 uur, klant werkt 's nachts.",
            "Tweede contactpersoon is de zoon ({N}), bereikbaar op {P}.",
        ],
        "fill": [
            "Factuurperiode nogmaals uitgelegd, klant aan het eind rustiger.",
            "Doorgezet naar tweede lijn, geen termijn toegezegd.",
        ],
    },
    "meeting": {
        "ph": [
            "Als de koerier verdwaalt mag hij mij direct bellen, ik zit op {P}.",
            "Het aanspreekpunt daar is {N}, direct nummer {P}.",
        ],
        "fill": ["Hoort iedereen me? Mooi, dan beginnen we.", "Je viel even weg, kun je dat herhalen?"],
    },
    "subtitle": {
        "ph": [
            "Heeft deze aflevering iets bij je losgemaakt? Praat erover via {P}.",
            "Aanmelden voor de workshop kan op {P}.",
        ],
        "fill": [
            "Vandaag hebben we het over iets heel anders.",
            "Blijf hangen, na de pauze schuift er een gast aan.",
        ],
    },
    "dictation": {
        "ph": [
            "Brief aan {N} komma vragen het nieuwe adres te bevestigen via {P} punt",
            "Notitie voor mezelf de expert bellen op {P} voor vrijdag",
        ],
        "fill": ["Begin dictaat dossier Visser.", "Laatste zin schrappen."],
    },
    "phonein": {
        "ph": [
            "En heb je daar een mening over, de lijnen zijn open: {P}.",
            "De redactie belt je terug, je nummer is {P}, klopt dat?",
        ],
        "fill": [
            "Goedemiddag, je bent in de uitzending, zeg het maar.",
            "Ik luister al twintig jaar en bel voor het eerst.",
        ],
    },
    "leaflet": {
        "ph": [
            "Maakt u zich zorgen om iemand, bel dan onze hulplijn op {P}.",
            "Deze folder in grootletter aanvragen kan via {P}.",
        ],
        "fill": [
            "Dit is de luisterversie van onze folder over veilig thuis wonen.",
            "U kunt de opname op elk moment pauzeren.",
        ],
    },
    "ivr": {
        "ph": [
            "Wilt u liever uw eigen vestiging spreken, hang dan op en bel {P}.",
            "Voor storingen buiten kantoortijd belt u {P}.",
        ],
        "fill": [
            "Bedankt voor uw telefoontje. Dit gesprek kan worden opgenomen.",
            "Luister goed, ons keuzemenu is gewijzigd.",
        ],
    },
}

LOCAL = [
    "belt u vanuit {T}, dan kunt u het netnummer weglaten, gewoon {P}",
    "ons kantoor in {T}, zonder netnummer {P}",
    "vanaf een vaste lijn in {T} draait u {P}",
    "iedereen in {T} kan langskomen of bellen naar {P}",
]
MOB = ["app me liever op {P}, mijn voicemail luister ik nooit af", "mobiel ben ik bereikbaar op {P}"]
FIX = [
    "de vaste lijn thuis is {P}, er is bijna altijd iemand",
    "niet het mobieltje, de vaste lijn op kantoor, {P}",
]
SVC = ["dat is een gratis nummer, {P}, dag en nacht bereikbaar", "de klantenservice zit op {P}"]
REP = ["het nummer is {P}, ik herhaal, {P2}", "dus {P}, nog een keer, {P2}"]
EMAIL = ["of mail me even op {E}", "de foto's graag naar {E}"]
IBAN = ["terugbetaling naar IBAN {I}, zo bevestigd aan klant"]
CARD = ["klant las kaartnummer {C} voor voordat ik kon ingrijpen, in systeem afgeschermd"]
IP = ["modem geeft WAN-adres {A}, herstart geadviseerd"]
SSN = []

NEG = {
    "call_duration": ["Gespreksduur {V}, grotendeels wachtmuziek."],
    "hold_time": ["Klant stond {V} in de wachtrij."],
    "case_no": ["Zaak {V} heropend."],
    "agent_id": ["Doorverbonden met medewerker {V}."],
    "ivr_option": ["Voor vragen over uw rekening, toets {V}."],
    "card_last4": ["Betaald met de pas eindigend op {V}."],
    "meter_reading": ["Meterstand volgens klant {V}."],
    "radio_freq": ["Je luistert naar ons op {V} FM."],
    "episode": ["Dit is aflevering {V}."],
    "pin_spoken": ["Uw tijdelijke pincode is {V}."],
    "dob": ["Geboortedatum ter controle: {V}."],
    "postcode": ["Postcode {V}, huisnummer bevestigd."],
    "amount": ["Openstaand bedrag {V}."],
    "percent": ["Zo'n {V} van de bellers vraagt dit."],
    "audience": ["Vorige week luisterden {V} mensen, dank jullie wel!"],
    "order_no": ["Bestelling {V} gisteren verzonden."],
    "room": ["We zitten in zaal {V} voor wie fysiek aansluit."],
    "meeting_id": ["Vergader-ID: {V}"],
    "passcode": ["Toegangscode {V}"],
    "short_code": ["Bij nood altijd {V} bellen."],
    "road": ["File op de {V} vanochtend."],
    "chapter": ["{V} de gast schuift aan"],
    "extension": ["Alleen intern: toestel {V}."],
}
