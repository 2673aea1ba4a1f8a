"""Genres with values: German (Germany, Austria, Switzerland) and French (France, Belgium, Switzerland).
Format: see genres_parse.py.
"""

from .genres_parse import parse

TEXT = """
@@ de_DE
== kleingartenverein (de)
# Kleingartenverein „Sonnenschein“ e.V. - Aushang
# Gemeinschaftsarbeit und Pachtfragen, {town}
Gemeinschaftsstunden bitte bis Ende Oktober ableisten.
Der Wasserzähler wird im Herbst abgelesen.
Heckenschnitt nur außerhalb der Brutzeit.
Die Pacht wird per Lastschrift eingezogen.
== fahrgemeinschaft (de)
# Fahrgemeinschaft zur Arbeit - Mitfahrerliste
# Pendeln {town} - Industriepark
Abfahrt am Parkplatz hinter dem Bahnhof um 6:40.
Spritgeld wird am Monatsende verrechnet.
Wer nicht mitfährt, sagt bis 21 Uhr am Vorabend ab.
Im Winter fahren wir zehn Minuten früher.
== tafel-ausgabe (de)
# Tafel {town} - Ausgabeplan
# Helferliste für die Lebensmittelausgabe
Die Ausgabe beginnt um 14 Uhr, Aufbau ab 12.
Kühlware zuerst ins Kühlhaus bringen.
Berechtigungsausweise werden am Eingang kontrolliert.
Bitte feste Schuhe tragen.
== toepferkurs (de)
# Töpferkurs für Erwachsene - Teilnehmerliste
# Drehscheibe und Aufbaukeramik, Herbstkurs
Schürze und Handtuch mitbringen.
Der Brennofen läuft immer donnerstags.
Glasuren sind im Kurspreis enthalten.
Fertige Stücke können zwei Wochen später abgeholt werden.
== imkerverein (de)
# Imkerverein {town} - Schwarmbörse
# Schwarmfänger und Ableger
Schwärme bitte nur mit Schutzkleidung einfangen.
Ableger werden im Juni verteilt.
Varroabehandlung gemeinsam im August.
Die Honigschleuder kann ausgeliehen werden.
== posaunenchor (de)
# Posaunenchor - Einsatzplan
# Blasen im Advent und zu Ostern
Treffpunkt 30 Minuten vor Beginn an der Sakristei.
Notenmappen bitte vollständig zurückgeben.
Beim Turmblasen warme Handschuhe mitbringen.
Neue Bläser sind immer willkommen.
== kita-elternbeirat (de)
# Kita Pusteblume - Elternbeirat
# Elterninfo und Sommerfest-Planung
Das Sommerfest findet im Garten der Kita statt.
Kuchenspenden bitte beschriften.
Die Schließtage stehen im Jahresplan.
Fundsachen liegen im Flur neben der Garderobe.
== ferienwohnung (de)
# Ferienwohnung Seeblick - Buchungsbestätigung
# Gästeinformation, {town}
Anreise ab 15 Uhr, Abreise bis 10 Uhr.
Bettwäsche und Handtücher sind inklusive.
Haustiere nur nach Absprache.
Die Kurtaxe wird vor Ort bezahlt.
== fahrradwerkstatt (de)
# Selbsthilfe-Fahrradwerkstatt - Auftragszettel
# Offene Werkstatt im Jugendzentrum
Ersatzteile gegen Spende.
Werkzeug nach Gebrauch zurück an die Wand.
Wir reparieren gemeinsam, nicht für dich.
Mittwochs ist Frauen-und-Mädchen-Tag.
== erste-hilfe-kurs (de)
# Erste-Hilfe-Kurs für Führerscheinbewerber
# Anmeldung und Kursorte, {town}
Der Kurs dauert einen Tag mit Pausen.
Bitte bequeme Kleidung tragen.
Die Bescheinigung gibt es am Kursende.
Lichtbild nicht vergessen.
== laternenumzug (de)
# St.-Martins-Umzug - Ordnerliste
# Laternenumzug der Grundschule
Treffpunkt auf dem Schulhof um 17 Uhr.
Der Martin reitet vorne, bitte Abstand zum Pferd.
Punsch und Weckmänner am Feuer.
Ordner tragen Warnwesten.
== angelverein (de)
# Angelverein - Arbeitsdienst und Gewässerplan
# Fischereiverein {town}, Saisoninfo
Fangbuch bitte am Jahresende abgeben.
Nachtangeln nur mit Sondergenehmigung.
Der Besatz erfolgt im März.
Arbeitsdienst am Vereinsteich im April.
== tischtennisverein (de)
# Tischtennisverein - Mannschaftsaufstellung
# Punktspiele Rückrunde
Heimspiele in der Sporthalle am Gymnasium.
Wer ausfällt, sucht selbst Ersatz.
Bälle bringt der Mannschaftsführer mit.
Nach dem Spiel gemeinsames Essen.
== segelflugverein (de)
# Segelflugverein - Flugbetrieb am Wochenende
# Windendienst und Startliste
Flugbetrieb ab 9 Uhr bei passendem Wetter.
Windenfahrer bitte vorher einweisen lassen.
Neue Flugschüler kommen zum Schnupperfliegen.
Hallendienst nach Betriebsschluss.
@@ de_AT
== almhuette (de)
# Almhütte - Reservierung für die Sommersaison
# Hüttenwirt informiert: Lager und Zimmer
Lager mit Hüttenschlafsack, Zimmer mit Bettwäsche.
Halbpension nur mit Voranmeldung.
Der Güterweg ist für Autos gesperrt.
Kein Handyempfang oberhalb der Hütte.
== maturaball (de)
# Maturaball - Organisationsteam
# Ballkomitee der 8. Klassen
Eröffnung mit Polonaise um 20 Uhr.
Kartenverkauf in der Pause vor dem Konferenzzimmer.
Mitternachtseinlage wird geheim gehalten.
Garderobe im Turnsaal.
== musikkapelle-fruehschoppen (de)
# Musikkapelle - Frühschoppen und Marschwertung
# Trachtenmusik, Probenplan Sommer
Tracht vollständig, auch Hut.
Marschwertung am Sonntag vormittag.
Getränkestand braucht noch Helfer.
Notenständer nach der Probe wegräumen.
@@ de_CH
== schwingfest-helfer (de)
# Schwingfest - Helfereinsatz
# Regionales Schwingfest, Helferliste
Sägemehl wird am Freitag eingebracht.
Festwirtschaft ab 8 Uhr geöffnet.
Helfer-T-Shirts im Festbüro abholen.
Parkdienst in Leuchtwesten.
== alpabfahrt (de)
# Alpabfahrt - Ablauf und Kontakte
# Alpabzug mit geschmückten Kühen
Umzug durchs Dorf ab 10 Uhr.
Kühe nicht füttern und nicht anfassen.
Käsemarkt auf dem Schulhausplatz.
Bei Regen verschiebt sich nichts.
== turnverein (de)
# Turnverein - Leiterliste und Hallenplan
# Jugi und Aktive, Trainingszeiten
Hallenschuhe mit heller Sohle.
Trainings fallen in den Schulferien aus.
Turnfest-Anmeldung bis Ende Februar.
Geräte nach dem Training versorgen.
@@ fr_FR
== theatre-amateur (fr)
# Troupe de théâtre amateur - fiche contacts
# Répétitions et régie, saison
Répétition générale le jeudi à 20 h.
Les costumes sont à rendre lavés.
La régie son arrive une heure avant.
Buvette tenue par les bénévoles.
== covoiturage-festival (fr)
# Covoiturage pour le festival - liste des conducteurs
# Départs groupés, {town}
Participation aux frais au kilomètre.
Départ du parking de la gare à 8 h.
Chaque conducteur prend au plus trois passagers.
Prévenir la veille en cas d'annulation.
== societe-mycologique (fr)
# Société mycologique - sorties du mois
# Cueillette et détermination, {town}
Panier en osier, pas de sac plastique.
Exposition de champignons à la salle des fêtes.
La détermination se fait le lundi soir.
Ne jamais consommer sans avis d'un expert.
== atelier-velo (fr)
# Atelier vélo participatif - fiche de réparation
# Permanence du samedi
Adhésion annuelle à prix libre.
Les pièces d'occasion sont triées par taille.
On répare ensemble, on apprend en faisant.
Pensez à ramener les outils au tableau.
== banque-alimentaire (fr)
# Banque alimentaire - planning de collecte
# Collecte nationale, magasins de {town}
Gilets orange fournis sur place.
Créneaux de deux heures.
Les cartons pleins vont au camion du parking.
Merci de ne pas accepter d'alcool.
== club-lecture (fr)
# Club de lecture - calendrier des séances
# Lectures partagées à la médiathèque
Chacun apporte un livre coup de cœur.
Séance le premier mardi du mois.
Les livres circulent de main en main.
Thé et biscuits offerts.
== location-gite (fr)
# Gîte de la Vallée - confirmation de location
# Informations pratiques pour votre séjour
Arrivée à partir de 16 h, départ avant 10 h.
Draps en option.
Le ménage de fin de séjour est à votre charge.
Taxe de séjour à régler sur place.
== atelier-informatique-seniors (fr)
# Atelier informatique seniors - inscriptions
# Aide au numérique, centre social
Apporter sa tablette ou son ordinateur chargé.
Séances de deux heures, petits groupes.
On apprend les démarches en ligne pas à pas.
Les mots de passe restent dans votre carnet.
== parents-eleves (fr)
# Association des parents d'élèves - contacts
# Kermesse et conseils de classe
Réunion de rentrée le jeudi à 18 h 30.
Les délégués siègent aux conseils de classe.
Appel aux dons de lots pour la tombola.
Compte rendu affiché à l'entrée de l'école.
== club-photo (fr)
# Club photo - sortie et concours
# Programme du trimestre
Thème du concours : reflets.
Tirages au format A4 maximum.
Sortie nocturne en bord de rivière.
Critique des images le mercredi.
== club-aviron (fr)
# Club d'aviron - planning des sorties
# Bateaux et chefs de nage
Gilet obligatoire pour les débutants.
Sorties annulées en cas de crue.
Le ponton ferme à la tombée de la nuit.
Rincer les bateaux après chaque sortie.
@@ fr_BE
== ramassage-scolaire (fr)
# Ramassage scolaire - liste des arrêts
# Bus de l'école communale, horaires
Le bus n'attend pas au-delà de deux minutes.
Les enfants montent avec leur carte.
Prévenir la direction en cas d'absence.
Gilet fluo obligatoire de novembre à février.
== club-basket (fr)
# Club de basket - convocations
# Équipes jeunes, matchs du week-end
Rendez-vous 45 minutes avant le match.
Les parents assurent les déplacements à tour de rôle.
Lavage des maillots par roulement.
Buvette tenue par les seniors.
== balade-gourmande (fr)
# Balade gourmande - inscriptions
# Parcours de 12 km entre les fermes
Départs échelonnés entre 10 h et 13 h.
Cinq haltes avec dégustation.
Chaussures de marche recommandées.
Bracelet à retirer au départ.
@@ fr_CH
== desalpe (fr)
# Désalpe - programme et bénévoles
# Fête de la désalpe au village
Défilé des troupeaux dès 9 h.
Marché artisanal sur la place.
Raclette servie à la cantine.
Bénévoles au parking dès 7 h.
== club-curling (fr)
# Club de curling - planning de la glace
# Tournoi d'hiver, équipes
Chaussures propres obligatoires sur la glace.
Tirage des pistes à 18 h.
Fondue au restaurant après le tournoi.
Les pierres restent sur la glace.
"""

GENRES = parse(TEXT)
