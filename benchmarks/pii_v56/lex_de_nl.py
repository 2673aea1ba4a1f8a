"""German and Dutch sentences for v56 (tourism and hospitality), written fresh."""

DE = {
    "hotel": {
        "title": ["Ihre Buchungsbestätigung", "Hinweise vor Ihrer Anreise", "Rückfrage zur Rechnung"],
        "pii": [
            "Bei Anreise nach 22 Uhr melden Sie sich bitte beim Nachtportier unter {ph}.",
            "Das Gäste-WLAN-Portal öffnen Sie unter {ip}.",
            "Unsere zentrale Reservierung ist kostenfrei unter {free} erreichbar.",
            "Die Bestätigung ging zusätzlich an {email}.",
            "Zur Garantie wurde die Karte {card} vorautorisiert.",
            "Gruppenanfragen richten Sie bitte an {role}.",
            "Den Restbetrag überweisen Sie bitte auf {iban}.",
            "Unser Partnerhotel in Zürich erreichen Sie unter {intl}.",
        ],
        "plain": [
            "Buchungsnummer {n:booking_ref}, Zimmer {n:room_no}, Check-in {n:checkin_window}.",
            "Der Zimmerpreis von {n:nightly_rate} versteht sich zzgl. Kurtaxe von "
            "{n:tourist_tax} pro Person.",
            "Kostenfrei stornierbar bis {n:cancel_deadline}.",
            "Der Wellnessbereich ist {n:opening_hours} geöffnet, das Becken hat {n:water_temp}.",
        ],
    },
    "bnb": {
        "title": ["Herzlich willkommen in der Pension Alpenblick", "Ein paar Worte von Ihren Gastgebern"],
        "pii": [
            "Wir wohnen im Erdgeschoss; wenn niemand öffnet, rufen Sie bitte {mob} an.",
            "Frühstückswünsche gerne am Vorabend per SMS an {mob}.",
            "Die Anzahlung wurde von der Karte {card} abgebucht.",
            "Für Bewertungen und Fotos: {email}.",
        ],
        "plain": [
            "Die Haustür öffnet mit dem Code {n:door_code}.",
            "Ihr Zimmer {n:room_no} hat ein Doppelbett {n:bed_size}.",
            "Nachtruhe gilt von {n:quiet_hours}.",
            "Ihr Meldeschein hat die Nummer {n:guest_reg}.",
        ],
    },
    "campsite": {
        "title": ["Campingplatz – Ankunftsinfo", "Willkommen auf dem Campingplatz am See"],
        "pii": [
            "Der Platzwart ist nach Feierabend unter {mob} erreichbar.",
            "Stellplatzbuchungen bitte nur über {role}.",
            "Die Stellplatzgebühr wurde der Karte {card} belastet.",
            "Stromausfall am Stellplatz? Bitte {ph} anrufen.",
        ],
        "plain": [
            "Ihr Stellplatz: {n:pitch}, direkt neben dem Sanitärhaus.",
            "Zählerstand bei Anreise: {n:meter}.",
            "Navi-Koordinaten: {n:gps_dd}.",
            "Waschmaschine: {n:laundry}.",
        ],
    },
    "holidaylet": {
        "title": ["Gästemappe Ferienwohnung Seeblick", "Anreiseinfos für Ihre Ferienwohnung"],
        "pii": [
            "Bei Problemen mit der Heizung rufen Sie bitte Herrn {name} an: {mob}.",
            "Den unterschriebenen Mietvertrag bitte an {email} senden.",
            "Die Kaution wird nach Abreise auf {iban} zurücküberwiesen.",
            "Die Reinigungsfirma erreichen Sie unter {ph}.",
        ],
        "plain": [
            "Der Schlüsseltresor neben der Tür hat den Code {n:keysafe}.",
            "Bitte notieren Sie den Stromzähler bei Abreise (Anreise: {n:meter}).",
            "Die Wallbox in der Garage hat die Kennung {n:ev_charger}.",
            "Der Bergbahn-Skipass trägt die Nummer {n:ski_pass}.",
        ],
    },
    "tourguide": {
        "title": ["Ihre Stadtführung", "Bestätigung Ihrer Wanderung mit Guide"],
        "pii": [
            "Ihre Gästeführerin {name} ist am Tag unter {mob} erreichbar.",
            "Rechnungen verschickt {role}.",
            "Die Zahlung erfolgte mit der Karte {card}.",
            "Wer die Gruppe verliert, ruft das Büro unter {ph} an.",
        ],
        "plain": [
            "Treffpunkt: {n:gps_dms}, am Brunnen.",
            "Die Tour folgt Weg {n:trail}.",
            "Der Gipfel liegt auf {n:altitude}.",
            "Rückfahrt mit dem Bus um {n:bus_times}.",
        ],
    },
    "hostelboard": {
        "title": ["SCHWARZES BRETT", "Hausordnung Jugendherberge"],
        "pii": [
            "Mitfahrgelegenheit nach Hamburg am Sonntag – SMS an {mob}.",
            "Wer hat meine graue Jacke gesehen? Bitte melden: {email}.",
            "Nachts ist die Rezeption nicht besetzt – Notfallnummer {ph}.",
        ],
        "plain": [
            "Bett und Schließfach stehen auf Ihrer Karte: {n:bunk_locker}.",
            "Nachtruhe {n:quiet_hours}, Küche bis 23 Uhr.",
            "Leihrad? Rahmennummer {n:bike_frame} bitte in die Liste eintragen.",
        ],
    },
}

NL = {
    "hotel": {
        "title": ["Uw reservering is bevestigd", "Informatie voor uw aankomst", "Vraag over uw nota"],
        "pii": [
            "Komt u na middernacht aan? Laat het de nachtportier weten via {ph}.",
            "Centrale reserveringen, gratis: {free}.",
            "De bevestiging is ook verstuurd naar {email}.",
            "Ter garantie is de kaart {card} voorgeautoriseerd.",
            "Groepsaanvragen kunt u sturen naar {role}.",
            "Het restant kunt u overmaken naar {iban}.",
        ],
        "plain": [
            "Boekingsnummer {n:booking_ref}, kamer {n:room_no}, inchecken {n:checkin_window}.",
            "De prijs van {n:nightly_rate} per nacht is exclusief toeristenbelasting van {n:tourist_tax}.",
            "Gratis annuleren kan tot {n:cancel_deadline}.",
        ],
    },
    "bnb": {
        "title": ["Welkom in ons B&B", "Een briefje van uw gastvrouw"],
        "pii": [
            "Wij wonen achter het huis; niemand thuis? Bel dan {mob}.",
            "Ontbijtwensen graag de avond ervoor via WhatsApp naar {mob}.",
            "Een review of foto's sturen mag naar {email}.",
        ],
        "plain": [
            "De voordeur gaat open met code {n:door_code}.",
            "Uw kamer {n:room_no} heeft een bed van {n:bed_size}.",
            "Het ontbijt is van {n:opening_hours}.",
        ],
    },
    "campsite": {
        "title": ["Camping – aankomstinformatie", "Welkom op de minicamping"],
        "pii": [
            "De beheerder is na sluitingstijd bereikbaar op {mob}.",
            "Vragen over uw boeking: {role}.",
            "De plaatshuur is afgeschreven van {card}.",
            "Storing aan de stroomaansluiting? Bel {ph}.",
        ],
        "plain": [
            "U staat op plaats {n:pitch}, naast het toiletgebouw.",
            "Meterstand bij aankomst: {n:meter}.",
            "Coördinaten voor de navigatie: {n:gps_dd}.",
            "Wasmachine: {n:laundry}.",
        ],
    },
    "holidaylet": {
        "title": ["Huisboek vakantiewoning", "Aankomstinformatie vakantiehuis"],
        "pii": [
            "Bij problemen met de cv-ketel belt u onze klusman {name}: {mob}.",
            "De router van het huisje staat op {ip}; het wachtwoord staat op de sticker.",
            "De borg wordt na vertrek teruggestort op {iban}.",
            "Het schoonmaakbedrijf is bereikbaar via {ph}.",
            "De eigenaar zit deze zomer in Frankrijk: {intl}.",
        ],
        "plain": [
            "Het sleutelkastje naast de deur heeft code {n:keysafe}.",
            "De laadpaal op de oprit heeft ID {n:ev_charger}.",
            "Hoogwater morgen: {n:tide}.",
            "De sloep ligt aan steiger {n:mooring}; niet uitvaren boven {n:wind}.",
        ],
    },
    "hostelboard": {
        "title": ["PRIKBORD", "Huisregels hostel"],
        "pii": [
            "Samen naar Texel zaterdag? App {mob}.",
            "Blauwe rugzak gevonden in de keuken – mail {email}.",
            "Nachtreceptie onbemand na 01:00 – noodnummer {ph}.",
        ],
        "plain": [
            "Bed en kluisje staan op je pasje: {n:bunk_locker}.",
            "Stilte tussen {n:quiet_hours}.",
            "Huurfiets? Noteer framenummer {n:bike_frame}.",
        ],
    },
    "transfer": {
        "title": ["Transfervoucher luchthaven", "Bevestiging van uw pendelbus"],
        "pii": [
            "Uw chauffeur stuurt een sms vanaf {mob} zodra hij bij de aankomsthal staat.",
            "Vertraging of wijziging? Onze centrale is 24/7 bereikbaar op {ph}.",
            "De rit is betaald met {card}.",
        ],
        "plain": [
            "Vlucht {n:flight_no}, landing 14:35.",
            "Voertuig: zwarte taxibus met kenteken {n:plate}.",
            "Bagagelabel: {n:bag_tag}.",
        ],
    },
}

LOCAL = {
    "DE": [
        "Innerhalb von {town} erreichen Sie die Rezeption einfach unter {loc}.",
        "Gästeinformation {town} (Ortsnetz):\n{loc}",
        "Aus dem Hotelzimmer in {town} wählen Sie für ein Taxi die {loc} – ohne Vorwahl.",
        "„Rufen Sie einfach {loc} an“, sagte die Wirtin, „das ist hier in {town}, da brauchen Sie "
        "keine Vorwahl.“",
        "Die Touristinfo {town} hat die {loc}, der Fahrradverleih nebenan die {loc2} (beide ortsintern).",
        "{loc} – so erreichen Sie unsere Pension, wenn Sie schon in {town} sind.",
        "Bergbahn-Kasse {town}, Ortsgespräch: {loc}",
    ],
    "NL": [
        "Binnen {town} belt u de receptie gewoon op {loc}.",
        "VVV {town} (lokaal nummer):\n{loc}",
        "Vanaf een vaste lijn in {town} is de fietsverhuur {loc} en de botenverhuur {loc2}.",
        "„Bel maar {loc},” zei de gastheer, „dat is hier in {town}, zonder netnummer.”",
        "{loc} – het nummer van ons pension als u al in {town} bent.",
        "Rondvaart {town}, zonder kengetal: {loc}",
    ],
}

LIST = {
    "de": {
        "heads": [
            "Nützliche Nummern für Ihren Aufenthalt",
            "Während Ihres Aufenthalts",
            "Wen Sie anrufen können",
        ],
        "labels": [
            "Rezeption",
            "Nachtportier",
            "Hausdame",
            "Taxi",
            "Gästeführung",
            "Vermieterin",
            "Hausmeister",
        ],
        "tel": "Tel.",
    },
    "nl": {
        "heads": ["Handige nummers tijdens uw verblijf", "Tijdens uw verblijf", "Wie belt u"],
        "labels": ["Receptie", "Nachtportier", "Huishouding", "Taxi", "Gids", "Eigenaar", "Beheerder"],
        "tel": "tel.",
    },
}
