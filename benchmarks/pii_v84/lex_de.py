"""German sentences (de_DE, de_AT, de_CH documents): Studio, Yoga, Dojo, Bad, Kletterhalle, Lauftreff."""

from .lexparse import parse

TEXT = """
[gym title]
Mitgliedschaft bestätigt – Kraftwerk Fitness
Übergabe Tresen, Spätschicht
Ruhezeit Ihrer Mitgliedschaft
[gym body]
Ihr Chip ist ab heute freigeschaltet. Falls das Drehkreuz streikt, rufen Sie den Tresen an: {P}.
Der Mitgliedsbeitrag von {n:price} wird per Lastschrift von {IB} eingezogen.
Die erste Zahlung lief über die Karte {C}; Fragen zur Abrechnung bitte an {E}.
Spätschicht diese Woche: {N} (mobil {PM}), ab Donnerstag {N}.
Das Gäste-WLAN-Portal erreichen Sie unter {IPP}, das Check-in-Terminal hat die Adresse {IP}.
Ihr Probetraining bei {N}: Bitte kurz per SMS an {PM} bestätigen.
Kündigungen und Ruhezeiten nur schriftlich an {E} oder telefonisch über unsere Servicenummer {PS}.
Unser Partnerstudio im Ausland erreichen Sie unter {PI}.
[gym neg]
Ihre Mitgliedsnummer lautet {n:barcode}, Ihr Spind ist Nr. {n:locker}.
Öffnungszeiten: {n:hours}. Die Ruhezeit beginnt am {n:gdate}.
Trainingsplan Block A: Kniebeugen {n:sets} mit {n:lift}, danach {n:interval} auf dem Ruderergometer.
Tarif Flex: {n:price} im Monat, Buchungsnummer {n:booking}.
Mit dem Code {n:promo} trainiert eine Begleitperson einmal gratis.
[yoga title]
Stundenplan Sommer – Yogaraum am Kanal
Anmeldung Retreat im Allgäu
[yoga body]
Das Hatha-Yoga am Dienstag beginnt jetzt um {n:classtime}. Wer sich verspätet, schreibt {N} an {PM}.
Die Anzahlung für das Retreat haben wir über die Karte {C} erhalten.
Den Restbetrag ({n:price}) bitte an {IB} überweisen, Verwendungszweck {n:booking}.
Studiotelefon: {PF} (nur zu den Bürozeiten). Ausbildungsfragen an {E}.
Die Kursleitung {N} erreichen Sie auch direkt per Mail: {EP}.
Die Gastgeberin des Retreats in Südtirol ist unter {PI} erreichbar.
[yoga neg]
Maximal {n:capacity} Teilnehmende pro Kurs, Raumtemperatur {n:temp}.
Zehnerkarte {n:booking} für {n:price}, gültig bis {n:gdate}.
[dojo title]
Einladung zur Kyu-Prüfung – Judo-Club Tora
Turnieranmeldung und Fahrgemeinschaften
[dojo body]
Die nächste Gürtelprüfung ist am {n:gdate}. Bitte Judopass ({n:licence}) mitbringen.
Unsere Trainerin {N} erreicht ihr bis 18 Uhr unter {PM}, danach über das Vereinstelefon {PF}.
Der Jahresbeitrag ({n:price}) wird von {IB} abgebucht.
Meldeschluss ist Freitag. Meldungen bitte an {E}.
Abfahrt zum Landesturnier um {n:classtime}; wer zu spät ist, ruft {N} an: {PI}.
Der Kampfrichter-Laptop auf Matte 2 hat die Adresse {IPP}; bei Problemen {PF}.
[dojo neg]
Kampfreihenfolge: {n:bout}, Wiegen für {n:wclass} ab {n:classtime}.
Für den {n:kyu} braucht ihr {n:capacity} Trainingseinheiten seit der letzten Prüfung.
Saison {n:season}: Ergebnisliste hochgeladen am {n:stamp}.
[pool title]
Schwimmkurs – Elternbrief
Bahnreservierung Hallenbad Nord
[pool body]
Der Kurs Seepferdchen findet samstags um {n:classtime} statt. Bei Ausfall rufen wir Sie unter {P} an.
Bahnreservierung: {n:lanes}. Änderungen bitte telefonisch an der Kasse: {PF}.
Die Kursgebühr ({n:price}) wurde von der Karte {C} abgebucht, die Quittung kommt von {E}.
Die Zeitmessanlage meldet an {IPP}; die Anzeigetafel spiegelt {IP6}.
Störungen der Badewassertechnik außerhalb der Öffnungszeiten: {PS}.
[pool neg]
Wassertemperatur heute {n:temp}, freie Bahnen: {n:lanes}.
Bestzeit 100 m Brust: {n:swim}. Hauptserie: {n:interval}, dann {n:dist} locker.
[climb title]
Willkommen in der Boulderhalle Griffbrett
Sicherungskurs – Bestätigung
[climb body]
Der Toprope-Kurs beginnt um {n:classtime}. Schichtleitung bei Fragen: {PM}.
Neue Routen im Sektor B ({n:grade}); Rückmeldungen an die Schrauber unter {E}.
Der Autosicherungs-Controller an Wand C ist unter {IPP} erreichbar; Störungen an {N}, {PM}.
Gruppenbuchungen für Schulklassen: {PF} oder zentral {PS}.
Monatsbeitrag per Lastschrift von {IB}.
[climb neg]
Boulder des Monats: {n:boulder} ({n:grade}), geschraubt am {n:gdate}.
Wandhöhe {n:elev}; Treffpunkt am Fels: {n:gps}.
[run title]
Lauftreff am Donnerstag
Startunterlagen – alles Wichtige
[run body]
Startnummernausgabe ab {n:classtime}. Startnummer verloren? Wettkampfbüro: {P}.
Unser Lauftreffleiter {N} ({PM}) führt diese Woche die Tempogruppe.
Startgebühr ({n:price}) über die Karte {C}; Ummeldungen nur über {E}.
Die Zeitmessmatten senden an {IP}, der Ersatzrechner steht auf {IPP}.
Notfallkontakt Ultratrail: {PI}.
[run neg]
Nettozeit {n:chip}, Schnitt {n:pace}, Startnummer {n:bib}.
Altersklasse {n:agegroup}, Platz 3. Höhenmeter: {n:elev}.
Intervalle: {n:interval}, Schrittfrequenz {n:cadence} spm.
[pblog title]
Trainingstagebuch KW 14
[pblog body]
Neue Bestleistung Kreuzheben: {n:lift}. Gleich meinem Coach geschrieben ({PM}).
Trainingspartner {N} hat eine neue Nummer: {PM}.
Physio-Termin verschoben, Praxis unter {PF} erreichbar.
[pblog neg]
10 km in {n:chip}, Puls {n:hrzone} bpm, VO2max {n:vo2}.
Gewicht {n:bodycomp}, Blutdruck {n:bp} mmHg, Ruhepuls {n:rhr}.
{n:kcal} verbrannt, {n:steps}. Datei: {n:fitfile}.
[local DE]
Wer in {T} wohnt, erreicht das Studio ohne Vorwahl unter {L}.
Tresen Hallenbad ({T}, Ortsnetz): {L}
Aus dem Festnetz in {T} einfach {L} wählen, die Kursleitung hat {L2}.
Dojo {T} – Telefon im Ort:¶{L}
„Ruf einfach {L} an, wir sind ja hier in {T}“, meinte der Trainer nach dem Probetraining.
Kletterhalle {T}, Ortsgespräch: {L} (ohne Vorwahl, nur innerhalb der Stadt).
Lauftreff {T}: Anrufbeantworter unter {L}, wenn man aus der Stadt anruft.
[heads]
Kontakte
Telefonliste
Ansprechpersonen im Verein
Nummern für den Wettkampftag
[labels]
Tresen
Cheftrainerin
Kasse
Wettkampfbüro
Physio
Bademeister
Jugendwart
Schichtleitung
"""

LEX = parse(TEXT)
