"""Genres with values, German and French writers: Germany, Austrians in Bavaria, Swiss in Baden-Württemberg
(German numbers), France, Belgians in the Nord and Swiss in Savoy (French numbers). Same block format as
genres_en.py.
"""

RAW = """
@de_DE imker | Imkerverein – Rundschreiben
Die Varroabehandlung bitte bis Ende August abschließen.
Das Schleudern im Vereinsheim geht nur mit Anmeldung.
Gläser und Deckel gibt es wieder über die Sammelbestellung.
@de_DE tafel | Tafel – Helferplan
Die Ausgabe beginnt um 14 Uhr, Sortieren ab 11 Uhr.
Kühlware zuerst in die Kühlzelle, dann das Trockene.
Bitte keine Ware privat mitnehmen, auch nicht am Ende.
@de_DE nachbarschaft | Nachbarschaftshilfe – Einkaufsdienst
Wer einkauft, bringt den Zettel mit und lässt sich die Quittung geben.
Fahrten zum Arzt bitte mindestens zwei Tage vorher anmelden.
Die Rentnerin aus Haus 12 braucht Hilfe beim Rasenmähen.
@de_DE elternbeirat | Kita-Elternbeirat – Infobrief
Das Sommerfest findet bei jedem Wetter statt, notfalls in der Turnhalle.
Bitte Wechselkleidung mit Namen beschriften.
Die Schließtage stehen jetzt im Kalender am Eingang.
@de_DE sportabzeichen | Sportabzeichen-Abnahme im Stadion
Schwimmnachweis bitte vorher im Hallenbad holen.
Die Abnahme für Kinder ist vormittags, Erwachsene ab 17 Uhr.
Startkarten gibt es am Tisch neben der Weitsprunggrube.
@de_DE maibaum | Maibaumaufstellen – Helfer gesucht
Der Baum wird am Vorabend geschmückt, Kränze binden ab 15 Uhr.
Wachdienst in der Nacht, damit ihn keiner klaut.
Blaskapelle und Bierwagen sind bestellt.
@de_DE weihnachtsmarkt | Weihnachtsmarkt – Standdienst
Glühweinbecher nur gegen Pfand ausgeben.
Die Hütte wird am Freitag ab 10 Uhr aufgebaut.
Lichterketten und Kabeltrommeln bitte auf Schäden prüfen.
@de_DE posaunenchor | Posaunenchor – Probenplan
Turmblasen am ersten Advent, Treffpunkt Sakristei.
Neue Noten liegen im Fach, bitte nicht mit nach Hause nehmen.
Jungbläser proben eine halbe Stunde vorher.
@de_DE abschlussball | Tanzschule – Abschlussball
Einlass ab 18:30, Eröffnungswalzer um 19 Uhr.
Eltern bitte nicht auf die Tanzfläche, erst nach der Mitternachtseinlage.
Die Fotos werden später online gestellt.
@de_DE kleiderkammer | Kleiderkammer – Annahme und Ausgabe
Nur saubere, heile Kleidung, bitte keine Skischuhe mehr.
Wintersachen werden ab Oktober angenommen.
Die Ausgabe ist dienstags und donnerstags.
@de_DE fahrradwerkstatt | Offene Fahrradwerkstatt
Werkzeug wird ausgeliehen, Ersatzteile gegen kleine Spende.
Schläuche flicken wir selbst, neue gibt es nur zum Einkaufspreis.
Kinderräder für die Flüchtlingsunterkunft werden gesammelt.
@de_AT musikkapelle | Österreicher in München – Musikkapelle Freunde
Tracht beim Frühschoppen, bitte die Lederhose nicht vergessen.
Der Marsch wird vor dem Gasthaus gespielt, danach Weißwurst.
Wer Notenständer hat, bitte mitbringen.
@de_AT almabtrieb | Almabtrieb-Ausflug der Alpenvereinssektion
Abfahrt Samstag früh, Rückkehr am Sonntagabend.
Festes Schuhwerk, es wird matschig.
Die Hütte hat nur Matratzenlager, Hüttenschlafsack mitbringen.
@de_AT eisstock | Eisstockschießen – Stammtisch der Österreicher
Gespielt wird auf der Natureisbahn hinterm Wirtshaus.
Jeder bringt seinen eigenen Stock, Platten sind da.
Punsch danach geht auf die Verliererpartie.
@de_CH turnverein | Schweizer Turnverein Stuttgart – Mitteilungen
Das Turnfest ist am letzten Juniwochenende.
Die Halle ist in den Pfingstferien geschlossen.
Neue Vereinsleibchen können anprobiert werden.
@de_CH schwingfest | Schwingfest-Fahrt der Auslandschweizer
Der Car fährt pünktlich ab Bahnhofplatz.
Sitzkissen mitnehmen, die Tribüne ist aus Holz.
Znüni wird unterwegs verteilt.
@de_CH raebeliechtli | Räbeliechtli-Umzug der Schweizer Schule
Räben schnitzen am Mittwochnachmittag im Werkraum.
Kerzen und Schnüre bringen die Eltern mit.
Der Umzug startet bei Einbruch der Dunkelheit.
@fr_FR fanfare | Fanfare municipale – répétitions
Répétition générale avant le défilé du 14 Juillet.
Les partitions du nouveau pasodoble sont au local.
Tenue complète exigée, képi compris.
@fr_FR clubbridge | Club de bridge – informations
Le tournoi de régularité reprend le mardi après-midi.
Pensez à vous inscrire par paires à l'accueil.
Les boîtes à enchères neuves sont arrivées.
@fr_FR telethon | Téléthon – bénévoles
Stand crêpes devant la mairie, il faut des bras pour la pâte.
Lâcher de ballons annulé, on fait une marche à la place.
Les dons sont comptés le soir même en présence de deux personnes.
@fr_FR fetemusique | Fête de la musique – organisation
Chaque groupe joue trente minutes, changement de plateau compris.
La sono est prêtée par le lycée, à manipuler avec soin.
Fin des concerts à minuit, arrêté municipal oblige.
@fr_FR clubphoto | Club photo – sortie du mois
Sortie macro au jardin botanique, prévoir un trépied.
Le concours interne a pour thème les reflets.
Tirages à déposer au local avant la fin du mois.
@fr_FR calendriers | Amicale des sapeurs-pompiers – tournée des calendriers
Tournée en binôme, jamais seul, tenue de l'amicale.
Les secteurs sont répartis par rue sur le plan du centre.
L'argent est remis au trésorier le soir même.
@fr_FR theatre | Troupe de théâtre amateur – planning
Filage complet samedi, costumes et accessoires.
Les décors sont stockés dans la grange de la ferme.
Billetterie ouverte à la mairie aux heures de bureau.
@fr_FR restos | Restos du cœur – planning de distribution
Distribution le mardi et le jeudi matin.
Pensez au gilet et aux gants pour le déchargement.
Les inscriptions de la campagne d'hiver commencent bientôt.
@fr_FR tarot | Club de tarot – nouvelles
Tournoi amical le vendredi soir à la salle des associations.
Les donnes sont préparées à l'avance pour le championnat.
Buffet partagé à la fin de la saison.
@fr_FR gym | Gym volontaire – séances
Apportez votre tapis et une bouteille d'eau.
Les séances de marche nordique reprennent en septembre.
Certificat médical à fournir à l'inscription.
@fr_BE gilles | Amicale des Belges de Lille – sortie carnaval
Le bus pour Binche part à l'aube, soyez à l'heure.
Oranges et chapeaux à plumes : interdit de lancer des oranges dans le bus.
Retour prévu après le feu d'artifice.
@fr_BE ballepelote | Balle pelote – club des Belges du Nord
Entraînement sur le ballodrome derrière la salle.
Les gants sont à commander en même temps.
Finale inter-clubs en août.
@fr_BE patro | Patro – camp d'été
Le sac de couchage et la gamelle sont obligatoires.
Les animateurs font le trajet en vélo.
Pas d'argent de poche, tout est compris.
@fr_CH desalpe | Suisses de Haute-Savoie – désalpe
Départ du chalet à l'aube, les vaches sont décorées la veille.
Raclette servie à l'arrivée au village.
Prévoir des bottes, ça glisse.
@fr_CH escalade | Fête de l'Escalade – amicale des Genevois d'Annecy
La marmite en chocolat est cassée par le plus jeune et le plus âgé.
Soupe aux légumes servie à la salle paroissiale.
Costumes d'époque bienvenus.
"""
