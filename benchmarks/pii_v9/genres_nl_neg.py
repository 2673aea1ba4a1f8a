"""Genres with values in Dutch (Netherlands, Flanders), and the negative-only genres (no values at all).

Format: see genres_parse.py; a negative-only genre's "!" line names the hard negatives it favours.
"""

from .genres_parse import parse

TEXT = """
@@ nl_NL
== volkstuin (nl)
# Volkstuinvereniging De Groene Hoek - mededelingen
# Tuinbeurten en ledenlijst, {town}
Het hek gaat om zonsondergang op slot.
Waterleiding wordt in april opengezet.
Tuinafval naar de composthoop achterin.
Algemene ledenvergadering in maart.
== zwemvereniging (nl)
# Zwemvereniging - badrooster en vrijwilligers
# Wedstrijd zaterdag, juryleden gezocht
Badmuts in clubkleur verplicht.
Inzwemmen een half uur voor de start.
De kantine wordt gerund door ouders.
Diplomazwemmen in juni.
== voedselbank (nl)
# Voedselbank {town} - uitgiftepost
# Rooster vrijwilligers en ophaaltijden
Uitgifte op donderdag van 13 tot 16 uur.
Koelwaren meteen in de koelcel.
Klanten tonen hun pasje bij de balie.
Dichte schoenen verplicht in het magazijn.
== ijsclub (nl)
# IJsclub - baan open bij voldoende ijs
# Vrijwilligers baanveegploeg
De baan gaat pas open na goedkeuring van het bestuur.
Veegploeg verzamelt om 7 uur bij het clubhuis.
Koek-en-zopie op de hoek bij de brug.
Kinderen onder de 8 alleen met begeleiding.
== roeivereniging (nl)
# Roeivereniging - afschrijfrooster boten
# Stuurlieden en ploegindeling
Afschrijven in het botenboek voor vertrek.
Niet roeien bij mist of onweer.
Boten afspoelen na gebruik.
Nieuwe leden krijgen eerst instructie.
== vakantiehuisje (nl)
# Vakantiehuisje aan de dijk - boekingsbevestiging
# Praktische informatie voor uw verblijf
Aankomst vanaf 15 uur, vertrek voor 10 uur.
Beddengoed is inbegrepen.
Honden zijn welkom, maximaal één.
Toeristenbelasting ter plaatse betalen.
== sinterklaasintocht (nl)
# Sinterklaasintocht - draaiboek vrijwilligers
# Aankomst van de boot in de haven
De boot legt om 12 uur aan.
Pieten verzamelen in de gymzaal.
Verkeersregelaars in hesjes langs de route.
Pepernoten uitdelen pas na de intocht.
== buurtpreventie (nl)
# Buurtpreventie - loopschema
# Avondrondes door de wijk
We lopen altijd met z'n tweeën.
Verdachte situaties meteen melden.
Hesjes en zaklampen in de kist bij het buurthuis.
Verslag van elke ronde in de groepsapp.
== scouting (nl)
# Scouting - zomerkamp en leiding
# Welpen en verkenners, kampinformatie
Slaapzak, matje en zaklamp mee.
Geen snoep op kamp.
Medicijnen afgeven aan de leiding.
Ouderdag op woensdag.
== fietsenmaker (nl)
# Fietsenmaker - werkbon
# Reparatie en onderhoud, afspraken
Fiets afgeven voor 9 uur, ophalen na 17 uur.
Onderdelen worden apart berekend.
Leenfiets beschikbaar op aanvraag.
Garantie van drie maanden op reparaties.
@@ nl_BE
== duivenbond (nl)
# Duivenbond - inkorving en uitslagen
# Wedvlucht zaterdag, lokaal in het café
Inkorven vrijdagavond vanaf 19 uur.
Klokken worden na de vlucht uitgelezen.
Prijsuitreiking in het lokaal.
Ringen worden in januari verdeeld.
== chiro (nl)
# Chiro - leidingslijst en kamp
# Zondagsnamiddag en bivak
Uniform met das verplicht.
Activiteiten van 14 tot 17 uur.
Kampgeld te betalen voor juni.
Kampvuur op de laatste avond.
== fanfare (nl)
# Koninklijke fanfare - optredens
# Processie en zomerconcert
Uniform volledig, ook de pet.
Samenkomst aan het lokaal.
Muziekmappen na afloop terug.
Repetitie op vrijdagavond.
@@ de_DE
== bahn-fahrplan (de)
# Fahrplanauszug - Regionalbahn {town}
# Gültig ab Fahrplanwechsel
Alle Angaben ohne Gewähr.
An Feiertagen gilt der Sonntagsfahrplan.
! timetable-row stop-times-table train calendar-week date-numeric distance-table
@@ es_ES
== resultados-loteria (es)
# Resultados de sorteos de la semana
# Lotería y Primitiva, últimos sorteos
Compruebe siempre el resguardo oficial.
Los premios caducan a los tres meses.
! lotto-draw draw-history-table money raffle-tickets date-numeric
== lista-precios (es)
# Lista de precios - bar del polideportivo
# Tarifas de temporada
Precios con IVA incluido.
! price-list-table money sku ean dimensions
@@ en_GB
== league-table-sheet (en)
# Sunday league - table and results
# Division two standings
Results must be phoned in to the league by Sunday 6 pm.
! league-table match-result date-numeric bib-number
== library-acquisitions (en)
# Library acquisitions - new titles this month
# Local studies shelf additions
Reserve new titles at the desk.
! isbn isbn10 dewey catalogue-number year-range page-range
@@ en_US
== market-summary (en)
# Market summary - close of trading
# Weekly indices and rates
Figures are delayed and for information only.
! stock-index exchange-rate percentages interest-rate money
@@ it_IT
== risultati-elezioni (it)
# Risultati elettorali - sezioni del comune
# Affluenza e voti di lista
Dati provvisori, in attesa della proclamazione.
! percentages population date-numeric year-range
== scheda-tecnica (it)
# Scheda tecnica - prodotto
# Dati tecnici e confezione
Conservare in luogo fresco e asciutto.
! dimensions ean batch-number serial-number e-numbers gauge-reading hs-code
@@ nl_NL
== meterstanden (nl)
# Meterstanden - overzicht van het jaar
# Energieverbruik thuis
Standen opgenomen op de eerste van de maand.
! meter-log-table meter-reading readings-no-header meter-number date-numeric
== vertrekstaat (nl)
# Vertrektijden - busstation
# Dienstregeling werkdagen
Wijzigingen voorbehouden.
! stop-times-table timetable-row flight train
@@ fr_FR
== suivi-colis (fr)
# Suivi de vos colis - historique
# Expéditions en cours
Les délais peuvent varier selon le transporteur.
! shipment-table tracking-number pickup-code postcode date-numeric siren
== ephemerides (fr)
# Éphémérides du mois
# Lever et coucher du soleil, phases de la lune
Heures légales, à Paris.
! gps-decimal gps-dms timetable-row elevation temperature
@@ de_DE
== lagerbestand (de)
# Lagerbestand - Inventurliste
# Regal und Bestand zum Stichtag
Differenzen bitte an die Lagerleitung melden.
! article-list bin-location sku part-number pallet-number inventory-tag
== medikationsplan (de)
# Medikationsplan
# Einnahmeschema, bitte mitbringen
Bei Fragen Hausarztpraxis aufsuchen.
! dosage pzn blood-pressure icd-code date-numeric
@@ de_CH
== fahrtenbuch (de)
# Fahrtenbuch - Geschäftsfahrten
# Kilometerstand und Fahrten im Monat
Privatfahrten separat erfassen.
! odometer distance-table date-numeric vehicle-plate km-marker
@@ en_IE
== golf-scorecard (en)
# Golf society outing - scorecards
# Stableford results, front and back nine
Handicaps as per the society list.
! scores-no-header league-table bib-number date-numeric
@@ en_IN
== exam-marks (en)
# Unit test marks - Class IX
# Subject-wise marks, term one
Parents must sign and return the report card.
! scores-no-header percentages date-numeric calendar-week
== cricket-scorecard (en)
# Inter-society cricket tournament - scorecards
# Match summaries
Man of the match decided by the umpires.
! cricket-score match-result date-numeric bib-number
@@ pt_BR
== boletim-estatistico (pt)
# Boletim estatístico do município
# Indicadores do trimestre
Fonte: secretaria de planejamento.
! population percentages money year-range postcode
== laudo-laboratorio (pt)
# Laudo de exames laboratoriais
# Resultados e valores de referência
Interpretação a cargo do médico solicitante.
! blood-pressure dosage date-numeric icd-code inspection-number
@@ fr_BE
== releve-sinistres (fr)
# Relevé de sinistres - contrat habitation
# Historique des déclarations
Document à conserver.
! claim-number policy-number money date-numeric case-reference siren
"""

GENRES = parse(TEXT)
