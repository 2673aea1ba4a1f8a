"""German and French cells. '@genre slot' starts a cell; ' // ' is a line break."""

DE = """
@pitch title
Bestätigung Ihres Standplatzes
Wochenmarkt: Platzvergabe Sommersaison
Ihre Standzuweisung für den Bauernmarkt
@pitch neg
Händlernummer für die Kartenzahlung: {N:merchant_id}.
Sie erhalten den Standplatz {N:pitch} an der Kirchseite, Fläche {N:stall_size}.
Der Stromanschluss liefert {N:power}; bitte eigenes Kabel ({N:cable}) mitbringen.
Ihre Buchungsnummer lautet {N:booking_ref}, die Tagesgebühr beträgt {N:pitch_fee} €.
Die Reisegewerbekarte bzw. Genehmigung {N:street_licence} ist am Stand sichtbar anzubringen.
Aufbauzeit: {N:hours}; danach bleibt der Platz für Fahrzeuge gesperrt.
@pitch pos
Bei Ausfall bitte bis spätestens 6 Uhr beim Marktmeister unter {PH} absagen.
Fragen zur Platzvergabe beantwortet Frau Krüger, mobil {MO}.
Das Marktamt der Stadt erreichen Sie werktags unter {PH}.
@farmers title
Neues vom Bauernmarkt
Rundbrief der Direktvermarkter
@farmers neg
Der Spargel vom unteren Feld trägt die Losnummer {N:lot_code}, an der Kasse PLU {N:plu}.
Der Käse in der Kühltheke wird bei {N:fridge_temp} gelagert, gemessen alle zwei Stunden.
Frühkartoffeln kosten diese Woche {N:price_kg}; der Honig hat die EAN {N:ean13}.
Unsere Öko-Kontrollstelle: {N:organic}.
Im letzten Monat kamen rund {N:attendance} Besucher an vier Samstagen.
@farmers pos
Neue Erzeuger melden sich bitte bei Herrn Albers unter {PH}.
Bestellungen für Weihnachtsgänse nehmen wir telefonisch an: {MO} (abends).
Der Hofladen hat werktags geöffnet, Auskunft unter {PH}.
@fairground title
Volksfest – Hinweise für Schausteller
Kirmes auf dem Festplatz: Sicherheitsbesprechung
@fairground neg
Koordinaten des Festplatzes für das Navi: {N:gps}.
Das Prüfbuch des Autoscooters hat die Nummer {N:inspection_cert}.
Mindestgröße für die Achterbahn: {N:ride_height}, Schild am Eingang.
Wohnwagen stehen hinter dem Riesenrad; Kennzeichen des Zugfahrzeugs {N:plate}.
Kinderarmbänder beginnen bei {N:child_band} und liegen im Sanitätszelt.
Jeder Vorfall bekommt eine Nummer wie {N:incident}.
@fairground pos
Der Platzmeister, Herr Schmitz, ist unter {MO} erreichbar.
Außerhalb der Öffnungszeiten hilft das Ordnungsamt unter {PH}.
Bei aufgeweichtem Boden vor dem Umsetzen der Fahrgeschäfte bitte {PH} anrufen.
@volunteer title
Helferplan Stadtfest
Danke, dass du beim Festival hilfst!
@volunteer neg
Deine erste Schicht ist {N:shift_code}, Treffpunkt Infostand um {N:set_time} Uhr.
Warnweste {N:vest_no} liegt im Crewzelt für dich bereit.
Dein Crew-Bändchen hat die Nummer {N:wristband}.
Die Ordner funken auf {N:radio_ch}.
@volunteer pos
Krank oder verspätet? Bitte sofort der Helferkoordination unter {MO} Bescheid geben.
Die Leitung des Crew-Campingplatzes erreichst du unter {PH}.
Sanitätsleitung (Jonas) hat am Wochenende das Diensthandy {MO}.
@other
Die kostenlose Servicenummer des Marktamts: {OT}.
Bei Störungen des Kartenterminals hilft die Hotline {OT} rund um die Uhr.
@intl
Unser Käselieferant sitzt im Ausland und nimmt Bestellungen unter {IN} an.
Die Band ist bis Freitag über ihr Management unter {IN} erreichbar.
@email
Speisekarte und Allergenliste bitte bis Freitag an {ER} schicken.
Fotos für das Programmheft gern an {EM}.
@card
Die Kaution wurde von der Karte {CC} abgebucht.
@iban
Standgebühren bitte nur per Überweisung auf IBAN {IB}, Verwendungszweck: Buchungsnummer.
Erstattungen für den verregneten Markttag gehen an Ihr Konto {IB}.
@ip
Die Kartenlesegeräte hängen am Festival-WLAN über den Zugangspunkt {IP}.
Zeigt der Ticketscanner „offline“, prüfen, ob {IP} erreichbar ist.
@heads
Kontakte am Markttag
Wen anrufen?
Telefonliste Fest
@labels
Marktmeister
Platzleitung
Elektrik
Sicherheitsdienst
Fundbüro
Sanitätsdienst
@sign
Viele Grüße, {NAME}
Ihr Marktteam, i. A. {NAME}
Bis zum Markttag – {NAME}
"""

LOCAL_DE = """
@local
Aus dem {town}er Ortsnetz erreichen Sie das Marktbüro ohne Vorwahl unter {L}.
Festbüro {town} (nur Ortsgespräche) // {L}
Wer in {town} anruft, wählt einfach {L} – das ist die Marktaufsicht.
„Ihr braucht in {town} keine Vorwahl, ruft einfach {L} an“, sagte die Marktsprecherin im Lokalradio.
{L} – so erreichen Sie von {town}er Festnetzanschlüssen den Schaustellerverband, abends {L2}.
Für Anrufe innerhalb von {town}: Standvergabe {L}, Strom und Wasser {L2}.
Das Messebüro am Festplatz {town} hat noch einen Festnetzanschluss, ortsintern {L}.
"""

FR = """
@pitch title
Confirmation de votre emplacement
Marché hebdomadaire : attribution des places
@pitch neg
Votre emplacement porte le numéro {N:pitch}, côté église, surface {N:stall_size}.
Le branchement électrique fournit {N:power} ; prévoyez une rallonge {N:cable}.
Votre référence de réservation est {N:booking_ref} ; droit de place : {N:pitch_fee} € par jour.
L'autorisation d'occupation {N:street_licence} doit être affichée sur le stand.
Horaires d'installation : {N:hours} ; ensuite la place est fermée aux véhicules.
@pitch pos
En cas d'absence, prévenez le placier au {PH} avant 6 h.
Pour toute question sur les places, appelez Mme Lefèvre au {MO}.
Le service des marchés de la mairie répond au {PH} en semaine.
@farmers title
Les nouvelles du marché de producteurs
Lettre des producteurs locaux
@farmers neg
Les asperges portent le numéro de lot {N:lot_code}, code PLU {N:plu} en caisse.
Les fromages sont conservés à {N:fridge_temp}, relevé toutes les deux heures.
Pommes de terre nouvelles : {N:price_kg} ; le miel porte le code-barres {N:ean13}.
Notre certificat bio : {N:organic}.
Le mois dernier, environ {N:attendance} visiteurs sur quatre dimanches.
@farmers pos
Les nouveaux producteurs peuvent joindre M. Garnier au {PH}.
Commandes de volailles pour les fêtes par téléphone : {MO}, le soir.
@foodfest title
Dossier exposant – festival de street food
Festival gourmand : infos pratiques pour les restaurateurs
@foodfest neg
Numéro de contrat commerçant du TPE : {N:merchant_id}.
Chaque stand reçoit {N:gas} de propane, contrôlés avant le service.
Le groupe électrogène principal fait {N:generator} ; déclarez chaque friteuse.
Votre agrément sanitaire {N:hygiene_ref} doit correspondre au certificat affiché.
Le bruit en limite de site ne doit pas dépasser {N:noise} après 21 h.
Les camions de plus de {N:trailer_kg} passent par le portail arrière, code {N:gate_code}.
@foodfest pos
La responsable restauration, Claire, gère les échanges d'emplacement : {MO}.
Les livraisons se réservent auprès du bureau du site au {PH}, jusqu'au jeudi.
@flea title
Vide-grenier : guide de l'exposant
Brocante du dimanche – confirmation
@flea neg
Coordonnées GPS du parking exposants : {N:gps}.
Votre table est dans l'allée {N:hall_stand}, dimensions {N:stall_size}.
Entrée des véhicules exposants : {N:hours}.
Les billets de tombola {N:raffle_range} ont été tirés, lots à retirer.
Votre code exposant est {N:trader_reg}.
@flea pos
Inscriptions et désistements auprès de Josiane au {PH} (répondeur).
Le gardien de la salle des fêtes : {PH}, pour les clés et le chauffage.
@other
Le numéro vert du service des marchés : {OT}.
Assistance terminaux de paiement : {OT}, 24 h/24.
@intl
Notre fournisseur de fromage, installé à l'étranger, prend les commandes au {IN}.
Le manager du groupe est joignable au {IN} jusqu'à vendredi.
@email
Envoyez votre carte et la liste des allergènes à {ER} avant vendredi.
Photos pour le programme : {EM}.
@card
La caution a été prélevée sur la carte {CC}.
@iban
Droits de place uniquement par virement sur l'IBAN {IB}, en indiquant votre référence.
@ip
Les terminaux de paiement passent par le point d'accès du festival, {IP}.
@heads
Contacts du marché
Qui appeler le jour J
@labels
Placier
Régie
Électricité
Sécurité
Objets trouvés
Secours
@sign
Bien cordialement, {NAME}
À samedi ! {NAME}, pour l'équipe du marché
"""
