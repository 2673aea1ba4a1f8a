"""German, French and Dutch cells for v77. T title, S sentence, N no-PII sentence, L local announcement."""

DE = {
    "marina": """
T Mitteilung an alle Liegeplatzinhaber
T Ihr Gastliegeplatz ist reserviert
S Der Hafenmeister {NAME} ist werktags unter {P} erreichbar, am Wochenende mobil unter {M}.
S Die Jahresliegegebühr buchen wir zum 15. März von Ihrem Konto {B} ab.
S Für die Kaution der Stromkarte haben wir {C} belastet; sie wird bei Rückgabe erstattet.
S Bitte schicken Sie den Versicherungsnachweis an {R}, Rückfragen gern an {E}.
S Das Steg-WLAN vergibt jetzt Adressen aus {IP}; ältere Plotter müssen neu verbunden werden.
N Ihr Liegeplatz ist {N:berth}, der Torcode lautet diesen Monat {N:gate-code}.
N Zählerstand bei Übergabe: {N:meter}.
N Das Hafenbecken wurde ausgebaggert und hat jetzt {N:depth} Wassertiefe bei Niedrigwasser.
N Für ein Boot mit {N:dimensions} berechnen wir {N:dues} € pro Meter und Nacht.
""",
    "harbour": """
T Bekanntmachung des Hafenamts
T Hinweise für die Sportschifffahrt
S Fahrzeuge über 20 m melden sich eine Stunde vor dem Einlaufen beim Hafenamt unter {P}.
S Außerhalb der Dienstzeit ist der diensthabende Hafenkapitän {NAME} unter {M} zu erreichen.
S Lotsenanforderungen bitte an {R}; die Lotsenstation ist auch unter {I} erreichbar.
S Hafengebühren für gewerbliche Anlandungen ziehen wir monatlich von {B} ein.
N Bekanntmachung {N:notice}: Das Molenfeuer zeigt vorübergehend {N:light}.
N Gezeiten am Samstag: {N:tide}.
N Das Vermessungsschiff {N:imo} arbeitet in der Zufahrt, bitte mit Abstand passieren.
N Die Verkehrszentrale hört auf {N:vhf-channel}, die Küstenfunkstelle hat die Kennung {N:coast-mmsi}.
N Der Tanker {N:callsign} mit {N:tonnage} hat beim Einlaufen Vorrang.
N Vorhersage: {N:wind}, Luftdruck fallend auf {N:pressure}.
""",
    "ferry": """
T Fährverbindung – aktuelle Hinweise
T Buchungsbestätigung Fähre
S Fragen zur Überfahrt beantwortet das Terminal unter {P}, Fahrzeugbuchungen laufen über {O}.
S Aus dem Ausland erreichen Sie unser Buchungsbüro unter {I}.
S Ihre Zahlung über 124,80 € wurde von {C} abgebucht; die Quittung ging an {E}.
S Gruppen und Fracht: bitte an {R} schreiben oder {M} anrufen.
S Wer beim Einsteigen Hilfe braucht, meldet sich spätestens zwei Tage vorher unter {P}.
N Buchungsnummer {N:booking-ref}, Kabine {N:cabin}, Abfahrt {N:crossing-no}.
N Abfahrten heute: {N:timetable}.
N Fahrzeuge über {N:dimensions} bitte auf der Frachtspur buchen.
N Wegen {N:wind} kann die Nachmittagsfähre kurzfristig ausfallen.
""",
    "fishcoop": """
T Rundschreiben der Fischereigenossenschaft
T Marktbericht der Woche
S Eisbestellungen nimmt die Genossenschaft unter {P} an, die Nachtaufsicht ist unter {M} erreichbar.
S Auktionserlöse überweisen wir wöchentlich auf Ihr Konto, etwa {B}.
S Fragen zum Marktbericht beantwortet {NAME} unter {M} oder per Mail an {R}.
S Käufer aus dem Ausland registrieren sich beim Auktionator unter {I}.
N Anlandungen diese Woche: {N:catch} Scholle, {N:catch} Dorsch, Spitzenpreis {N:price-kg}.
N Los {N:lot} wurde nach einer Reklamation zurückgezogen.
N Die Quote {N:quota} gilt bis Quartalsende.
N {N:fishing-reg} und {N:fishing-reg} sind mit der Morgentide eingelaufen.
""",
    "lifeboat": """
T Neues von der Rettungsstation
T Aus dem Einsatzbuch
S Wer beim Tag der offenen Tür helfen möchte, meldet sich bei {NAME} unter {M}.
S Spenden per Karte nehmen wir telefonisch unter {P} entgegen, niemals per Mail.
S Schulbesuche vereinbaren Sie über {E} oder das Stationspostfach {R}.
S Förderer im Ausland erreichen unser Spendenbüro unter {I}.
N Der Seenotrettungskreuzer lief um {N:launch-times} aus; Position des Havaristen: {N:position}.
N Die Seenotbake {N:epirb} wurde innerhalb weniger Minuten geortet.
N Vor Ort herrschten {N:wind} bei {N:water-temp} Wassertemperatur.
""",
}

LOCAL_DE = """
L Aus dem Ortsnetz {T} erreichen Sie das Hafenbüro einfach unter {L}.
L Wer in {T} anruft, wählt für den Bootsservice nur {L}, für die Slipanlage {L}.
L Hafenmeisterei {T} (Ortsgespräch): {L}
L In {T} selbst genügt die {L} – ohne Vorwahl.
L Tankstelle am Steg, innerhalb von {T}: {L}.
L „Einfach {L} wählen“, sagt der Hafenmeister, „jeder in {T} kennt die Nummer.“
L Fähranleger {T}, aus dem Ort: {L}; Fundbüro {L}.
"""

FR = {
    "marina": """
T Capitainerie – informations aux plaisanciers
T Confirmation de votre place visiteur
S La capitainerie répond au {P} de 8 h à 19 h en saison ; l'agent de quai est joignable au {M}.
S Le forfait annuel sera prélevé sur votre compte {B} début avril.
S La caution du badge d'accès a été débitée sur la carte {C}.
S Merci d'envoyer l'attestation d'assurance à {R} ; pour le reste, écrivez à {E}.
S Le Wi-Fi des pontons distribue désormais des adresses en {IP}.
N Votre place : {N:berth}, code du portail {N:gate-code}.
N Index du compteur à votre arrivée : {N:meter}.
N Tarif escale pour un bateau de {N:dimensions} : {N:dues} € le mètre par nuit.
N Coefficient de marée samedi : {N:coefficient} ; {N:tide}.
""",
    "ferry": """
T Traversée – information voyageurs
T Votre réservation est confirmée
S Pour toute question, la gare maritime répond au {P} ; réservation véhicules au {O}.
S Depuis l'étranger, notre centrale de réservation est joignable au {I}.
S Le paiement de 96,50 € a été débité sur {C} ; le reçu a été envoyé à {E}.
S Groupes et fret : écrivez à {R} ou appelez {M}.
N Référence {N:booking-ref}, cabine {N:cabin}, traversée {N:crossing-no}.
N Départs du jour : {N:timetable}.
N En raison d'un vent de {N:wind}, la rotation de l'après-midi peut être annulée.
""",
    "sailschool": """
T École de voile – votre stage
T Stage confirmé : ce qu'il faut apporter
S Votre moniteur cette semaine est {NAME} ; en cas de retard, envoyez un SMS au {M}.
S L'accueil de l'école est au {P}, ouvert dès 8 h 30.
S Le stage a été réglé par la carte {C} ; annulation remboursée jusqu'à 14 jours avant.
S Envoyez une copie de votre carte mer à {R}.
N Le bateau de la semaine est {N:sail-number}, amarré sur la bouée {N:buoy}.
N Eau à {N:water-temp} : combinaison intégrale conseillée.
N On ne sort pas au-delà de {N:wind}.
""",
    "lifeboat": """
T Station de sauvetage – nouvelles
T Le mot du président de station
S Pour aider à la fête de la mer, contactez {NAME} au {M}.
S Les dons par carte se font par téléphone au {P}, jamais par courriel.
S Visites scolaires : {E} ou la boîte de la station, {R}.
S Nos donateurs à l'étranger peuvent appeler le {I}.
N Le canot tous temps est sorti de {N:launch-times} ; position du voilier : {N:position}.
N La balise {N:epirb} a été détectée en quelques minutes.
N Sur zone : {N:wind}, mer à {N:water-temp}.
""",
}

NL = {
    "marina": """
T Mededelingen aan ligplaatshouders
T Bevestiging passantenplaats
S De havenmeester, {NAME}, is overdag bereikbaar op {P} en 's avonds op {M}.
S Het jaarliggeld wordt op 1 april geïncasseerd van {B}.
S De borg voor de stroompas is afgeschreven van {C}.
S Stuur uw verzekeringsbewijs naar {R}; overige vragen naar {E}.
S Het steiger-wifi deelt nu adressen uit in {IP}.
N Uw ligplaats is {N:berth}; de poortcode deze maand is {N:gate-code}.
N Meterstand bij overdracht: {N:meter}.
N Passantentarief voor een boot van {N:dimensions}: € {N:dues} per meter per nacht.
""",
    "harbour": """
T Bericht van de havendienst
T Mededeling aan de scheepvaart
S Schepen langer dan 20 meter melden zich een uur voor aankomst bij de havendienst op {P}.
S Buiten kantoortijd is de dienstdoende havenmeester {NAME} bereikbaar op {M}.
S Loodsaanvragen graag via {R}; de loodspost is ook bereikbaar op {I}.
N Bericht {N:notice}: het licht op de zuidpier toont tijdelijk {N:light}.
N Getij zaterdag: {N:tide}.
N Het peilvaartuig {N:imo} werkt in de vaargeul; ruim passeren a.u.b.
N De verkeerspost luistert op {N:vhf-channel} ({N:vhf-freq}).
N Het containerschip {N:callsign} ({N:tonnage}) heeft bij het binnenlopen voorrang.
""",
    "ferry": """
T Veerdienst – reisinformatie
T Uw overtocht is bevestigd
S Vragen over de overtocht: bel het veerhuis op {P}; voertuigen reserveren via {O}.
S Vanuit het buitenland is ons boekingskantoor bereikbaar op {I}.
S De betaling van € 42,60 is afgeschreven van {C}; het bewijs is gestuurd naar {E}.
S Groepen en vracht: mail {R} of bel {M}.
N Boekingscode {N:booking-ref}, afvaart {N:crossing-no}.
N Vertrektijden vandaag: {N:timetable}.
N Door {N:wind} kan de middagboot vervallen.
""",
    "boatyard": """
T Offerte winterstalling
T Werkbon jachtwerf
S Vragen over de offerte: {NAME} op {P}, of {M} als hij buiten op de kant staat.
S We hebben een aanbetaling van € 350 van {C} afgeschreven voor de kraan.
S Het keuringsrapport sturen we naar {E}, met een kopie aan {R}.
N Motor {N:engine-serial} staat op {N:engine-hours}; impeller en anodes zijn aan de beurt.
N Het rompnummer op het typeplaatje is {N:hin}.
N Advies: een schroef van {N:propeller}.
""",
    "sailschool": """
T Zeilschool – uw cursus
T Cursusbevestiging
S Je instructeur deze week is {NAME}; te laat? App even naar {M}.
S Het kantoor van de zeilschool is bereikbaar op {P}.
S Het cursusgeld is afgeschreven van {C}.
S Stuur een kopie van je vaarbewijs naar {R}.
N De boot van deze week is {N:sail-number}, aan boei {N:buoy}.
N Watertemperatuur rond {N:water-temp}.
""",
}

LOCAL_NL = """
L Belt u vanuit {T}? Dan is het havenkantoor gewoon {L}.
L Binnen {T} bereikt u de werf op {L} en de botenlift op {L}.
L Havenmeester {T}, lokaal nummer: {L}
L Wie in {T} woont, kent het nummer van de steiger wel: {L}.
L In {T} zelf volstaat {L}, zonder kengetal.
L Veerhuis {T} (lokaal): {L}; gevonden voorwerpen {L}.
"""
