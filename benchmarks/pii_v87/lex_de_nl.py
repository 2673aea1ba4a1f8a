"""German and Dutch text for v87."""

DE_HEAD = {
    "club": ["Vereinsmitteilung", "Rundschreiben an die Mitglieder", "Aus dem Vorstand"],
    "school": ["Schulungsplan", "Bestätigung Ihrer Flugstunde", "Theorieunterricht – Hinweise"],
    "ppr": ["PPR-Bestätigung", "Anflughinweise für Gastpiloten", "Flugplatzinformation"],
    "hangar": ["Hallenplatz – Vertrag", "Hallenmiete", "Wartungstermin"],
    "ambulance": ["Danke für Ihre Spende an die Luftrettung", "Fördermitgliedschaft", "Spendenquittung"],
    "drone": ["Angebot Drohnenbefliegung", "Einsatzplan Drohne", "Drohneninspektion"],
}
DE_SENT = {
    "club": [
        "Der Flugbetrieb am Samstag beginnt um neun; Flugleiter ist Jens, erreichbar unter {mob}.",
        "Die {reg_eu} ist aus der Jahresnachprüfung zurück, der Betriebsstundenzähler steht bei {hobbs}.",
        "Mitgliedsbeiträge werden Anfang März von {iban} eingezogen.",
        "Fragen zur Arbeitsstundenliste bitte an {mail}.",
        "Im Winter ist die Piste {runway} am Ostende weich, bitte mittig rollen.",
        "Der Tankwart hat {fuel} AVGAS nachgefüllt.",
        "Die Geschäftsstelle ist dienstags unter {nat} besetzt.",
    ],
    "school": [
        "Ihre nächste Stunde auf der {reg_eu} ist am Dienstag, Platzrunden in {altitude}.",
        "Bei unsicherem Wetter bitte vorher im Büro anrufen: {nat}.",
        "Die Prüfungsgebühr kann per Karte ({card}) bezahlt werden.",
        "Ihr Flugbuch zeigt {logbook} Stunden Doppelsteuer.",
        "Bitte Lizenz ({licence}) und Medical mitbringen.",
        "Der Ausbildungsleiter ist unter {mob} erreichbar, Anmeldungen laufen über {mail}.",
        "Navigationsflug: Abflug Piste {runway}, Kurs {heading}, Rückflug über {vor}.",
    ],
    "ppr": [
        "Ihre PPR für {slot_time} ist erteilt, Referenz {ppr_ref}.",
        "Vor dem Abflug bitte telefonisch bestätigen: {nat}.",
        "Platzrunde in {altitude}, Piste {runway}, Funk {freq}.",
        "Flugplatzhöhe {elevation}; Landegebühren zahlen Sie im Turm.",
        "Außerhalb der Betriebszeiten erreichen Sie den Platzhalter unter {mob}.",
        "Ausländische Gäste wenden sich an den Handling-Agenten unter {intl}.",
        "Aktuelles METAR: {metar}.",
        "Nach dem Start Transponder {squawk}, Piste {runway}: {rwy_len} Gras.",
        "Das Dorf bei {coords} bitte nicht überfliegen.",
    ],
    "hangar": [
        "Der Hallenplatz für die {reg_eu} ist ab dem Ersten bestätigt.",
        "Die Miete wird monatlich von {iban} abgebucht.",
        "Werknummer {msn}, Motor {engine_sn}, MTOW {mtow}.",
        "Versicherungsschein {policy} bitte jährlich vorlegen.",
        "Fragen zum Hallentor: Flugplatzbüro {nat} oder {mail}.",
        "Motorstunden bei Einstellung: {tach}.",
    ],
    "ambulance": [
        "Vielen Dank für Ihre Spende – unsere Crews waren im letzten Jahr {hobbs} Stunden in der Luft.",
        "Ihre Lastschrift wird von {iban} eingezogen.",
        "Fragen zur Fördermitgliedschaft beantwortet unser Spenderservice unter {free}.",
        "Ihre Kartenzahlung über 50 € ({card}) ist eingegangen.",
        "Ansprechpartnerin für Ihre Benefizveranstaltung ist Frau Berger: {mail}, mobil {mob}.",
        "Der Landeplatz am Klinikum liegt bei {coords}.",
    ],
    "drone": [
        "Die Befliegung erfolgt mit der Betreiber-ID {op_id} in maximal 120 m Höhe.",
        "Seriennummer des Fluggeräts: {drone_serial}.",
        "Am Einsatztag erreichen Sie den Piloten unter {mob}, das Büro unter {nat}.",
        "Zugangsdaten zum Gelände bitte an {mail}.",
        "Die Aufnahmen werden auf den Server {ip} hochgeladen.",
        "Die Rechnung ist zahlbar auf {iban}.",
        "Die Freigabe der Flugverbotszone hat die Nummer {geo_unlock}.",
    ],
}
DE_LOCAL = [
    "Aus dem Ortsnetz {town} genügt die {L1} – das ist die Flugleitung.",
    "„Rufen Sie einfach die {L1} an, das ist hier in {town} ein Ortsgespräch“, sagte der Flugleiter.",
    "Ortsnetz {town}:\nTurm {L1}\nWerft {L2}",
    "Wer in {town} anruft, wählt für die Vereinsgaststätte nur {L1}, für die Werkstatt {L2}.",
    "Die Flugschule in {town} ist im Ort unter {L1} zu erreichen (von außerhalb mit Vorwahl).",
    "Innerhalb von {town}: Büro {L1}; Hallenwart {L2}.",
]
DE_LIST_HEAD = ["Telefonliste", "Kontakte am Platz", "Rufnummern Flugbetrieb"]
DE_LABELS = ["Turm", "Flugleitung", "Werft", "Tankstelle", "Vorstand", "Fluglehrer", "Büro", "Spenderservice"]

NL_HEAD = {
    "club": ["Clubnieuws", "Van het bestuur", "Ledenbrief"],
    "school": ["Lesrooster", "Bevestiging vlieginstructie", "Theorieles"],
    "ppr": ["PPR-bevestiging", "Informatie voor bezoekende vliegers", "Fly-in weekend"],
    "drone": ["Offerte dronevlucht", "Vluchtplan drone", "Inspectierapport drone"],
    "lostprop": ["Gevonden voorwerpen", "Uw verliesmelding", "Voorwerp gevonden op de luchthaven"],
    "trial": ["Uw proefles-bon", "Rondvlucht cadeau", "Boeking proefles"],
}
NL_SENT = {
    "club": [
        "De bar gaat om zeven uur open; bel de barcommissie op {mob} als je later bent.",
        "De {reg_eu} is terug van het jaarlijkse onderhoud, de Hobbs staat op {hobbs}.",
        "De contributie wordt in maart afgeschreven van {iban}.",
        "Vragen over het vliegrooster kunnen naar {mail}.",
        "Baan {runway} is aan de oostkant zacht, blijf op de middellijn.",
        "Het clubhuis is op zaterdag bereikbaar via {nat}.",
    ],
    "school": [
        "Je volgende les op de {reg_eu} is dinsdag; we oefenen circuits op {altitude}.",
        "Twijfel je over het weer, bel dan eerst het vliegbureau: {nat}.",
        "Het examengeld kan met je creditcard ({card}) worden betaald.",
        "Je logboek staat op {logbook} dubbel.",
        "Neem je brevet ({licence}) mee naar de briefing.",
        "Het hoofd opleidingen is bereikbaar op {mob} of via {mail}.",
    ],
    "ppr": [
        "PPR verleend voor {slot_time}, referentie {ppr_ref}.",
        "Bel ons op {nat} om de baan in gebruik te bevestigen.",
        "Circuit op {altitude}, baan {runway}, radio {freq}.",
        "De veldhoogte is {elevation}; transpondercode na vertrek {squawk}.",
        "Buiten kantooruren is de dienstdoende havenmeester bereikbaar op {mob}.",
        "Buitenlandse gasten kunnen de handling bellen op {intl}.",
        "METAR van vanochtend: {metar}.",
    ],
    "drone": [
        "Wij vliegen met exploitant-ID {op_id} op maximaal 120 meter.",
        "Het serienummer van de drone is {drone_serial}.",
        "Op de dag zelf is de piloot bereikbaar op {mob}; kantoor {nat}.",
        "Stuur de toegangsgegevens van het terrein naar {mail}.",
        "De beelden komen op de server {ip}.",
        "De factuur kan worden voldaan op {iban}.",
    ],
    "lostprop": [
        "Uw melding is geregistreerd onder {lp_ref}.",
        "Het bagagelabel heeft nummer {baggage_tag}.",
        "Gevonden voorwerpen bewaren we 28 dagen; bel {nat} tussen 10 en 16 uur.",
        "Mail gerust een foto naar {mail}.",
        "Het e-ticketnummer ({eticket}) helpt ons bij het zoeken.",
        "Verzendkosten worden afgeschreven van de kaart {card}.",
    ],
    "trial": [
        "Je proefles-bon {voucher} is een jaar geldig.",
        "Boeken kan via {nat} of {mail}.",
        "Ben je later, stuur de instructeur dan een berichtje op {mob}.",
        "Je vliegt op ongeveer {altitude} en {airspeed} over de kust.",
        "De bon is betaald met {card}.",
    ],
}
NL_LOCAL = [
    "Bel je vanuit {town}, dan is het vliegbureau gewoon {L1}.",
    "Binnen {town} kun je het netnummer weglaten: toren {L1}, kantine {L2}.",
    "„Draai maar {L1}, dat is lokaal hier in {town}”, zei de havenmeester.",
    "Lokaal in {town}:\nVliegbureau {L1}\nHangar {L2}",
    "De vliegschool in {town} neemt lokaal op via {L1} (van buiten de regio met netnummer).",
    "Inwoners van {town} bellen de balie op {L1}; de technische dienst zit op {L2}.",
]
NL_LIST_HEAD = ["Contactgegevens", "Telefoonlijst", "Nummers op het veld"]
NL_LABELS = ["Toren", "Vliegbureau", "Havenmeester", "Techniek", "Kantine", "Instructeur", "Balie"]
