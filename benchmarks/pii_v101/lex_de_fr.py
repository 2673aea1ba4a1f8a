"""German and French sentences for v101: tag|genre|text, indented lines continue."""

LEX_DE = """
head|pcbench|Werkstattauftrag Notebook
head|pcbench|Reparaturstatus PC
pos|pcbench|Das Scharnier ist gebrochen, Ersatzteil {k:sku} ist bestellt. Herr {name} möchte vorher unter
  {mob}
  angerufen werden.
pos|pcbench|Kostenvoranschlag telefonisch freigegeben, Anzahlung per Karte {card}. Beleg ging an {email}.
pos|pcbench|Abholung ab Donnerstag; bei Rückfragen erreichen Sie die Werkstatt unter {fix}.
pos|pcbench|Das Gerät hing zum Testen als {ipp} im Werkstattnetz. Kundin bittet um Rückruf auf {mob}.
neg|pcbench|Verbaut: {k:ram}, Speichertest ohne Fehler.
neg|pcbench|BitLocker aktiv, Wiederherstellungsschlüssel vom Kunden erhalten: {k:bitlocker}.
neg|pcbench|Nach der Reinigung {k:temps} unter Volllast, vorher lief der Lüfter dauerhaft am Anschlag.
head|recovery|Befund Datenrettung
head|recovery|Laborbericht externe Festplatte
pos|recovery|Die Platte klackert beim Anlauf; wir haben die Sektoren {k:lba} gesichert. Fragen zur Dateiliste
  gern an {role} oder telefonisch unter {fix}.
pos|recovery|Den Betrag von {k:price} überweisen Sie bitte auf {iban}, Verwendungszweck: Ihr Nachname.
pos|recovery|Das NAS meldete sich nach dem Tausch zweier Platten wieder unter {ipp}; {k:raid}.
pos|recovery|Frau {name} ist für Rückfragen mobil unter {mob} erreichbar, vormittags auch unter {fix}.
neg|recovery|SMART: Power_On_Hours {k:power_on_hours}, Reallocated_Sector_Ct {k:realloc_raw}.
neg|recovery|Gemeldete Kapazität {k:capacity_bytes} Byte, Partitionen {k:partitions}.
neg|recovery|Gerettet wurden {k:files_recovered} Dateien; Prüfsumme des Abbilds {k:md5}.
head|msp|IT-Betreuung: Monatsbericht
head|msp|Hinweis zum Wartungsfenster
pos|msp|Ihr Ansprechpartner in diesem Quartal ist {name}, Durchwahl {fix}, alternativ {role}.
pos|msp|Fernwartung ist nur noch von {ip4} aus erlaubt. Fällt das VPN aus, bitte {free} anrufen.
pos|msp|Rufbereitschaft am Wochenende: {mob}. Bitte Standort und Rückrufnummer nennen.
neg|msp|Gepatcht: {k:endpoints} Endgeräte, Lizenzen belegt {k:seats}.
neg|msp|Der Empfangs-PC schreibt bei jedem Start Ereignis {k:event_ids} ins Log.
neg|msp|Sitzung über AnyDesk {k:anydesk} aufgebaut, der Nutzer hat bestätigt.
head|phoneshop|Ihr Gerät ist abholbereit
head|phoneshop|Ankaufangebot für Ihr Altgerät
pos|phoneshop|Ihr neues Smartphone ist da. Kommen Sie nicht vorbei, schreiben Sie uns kurz an {mob}.
pos|phoneshop|Der Ankaufpreis wurde auf Ihre Karte {card} erstattet.
pos|phoneshop|Fragen zum Tarif beantwortet die kostenlose Hotline {free}.
pos|phoneshop|Wir haben Sie unter {fix} nicht erreicht und das Angebot deshalb an {email} geschickt.
neg|phoneshop|Ankauf-Nr. {k:trade_in}, Speicher {k:storage_size} belegt), Akku in Ordnung.
neg|phoneshop|Öffnungszeiten diese Woche: {k:hours}, samstags kürzer.
neg|phoneshop|Gerätepreis verteilt auf {k:instalments} €, keine Anzahlung.
head|install|Ihr Glasfaser-Anschlusstermin
head|install|Technikerbericht Hausanschluss
pos|install|Der Techniker kommt im Zeitfenster {k:slot}. Verschieben können Sie den Termin unter {free}.
pos|install|Der Router bekam beim ersten Start {ip4}, die Oberfläche erreichen Sie unter {ipp}.
pos|install|Kunde bittet um Anruf auf {mob}, falls der zweite Termin ausfällt.
neg|install|Kabelverzweiger und Doppelader: {k:cabinet}, Leitungsmessung {k:line_test}.
neg|install|Standort {k:gps}, Zufahrt über den Hof, PLZ {k:postcode}.
neg|install|PPPoE steht mit {k:mtu}.
head|simswap|Ersatz-SIM aktiviert
head|simswap|eSIM-Umzug abgeschlossen
pos|simswap|Ihre Ersatz-SIM für {mob} ist aktiv. Haben Sie das nicht beauftragt, rufen Sie sofort {free} an.
pos|simswap|Der QR-Code ging an {email}. Shop-Hotline: {fix}.
pos|simswap|Auch aus dem Ausland bleibt die Nummer erreichbar: {intl}.
neg|simswap|EID laut Gerät: {k:eid}.
neg|simswap|Aktivierung protokolliert {k:log_ts}, Profil aktiv.
neg|simswap|Impressum: Amtsgericht, {k:company_reg}, USt-IdNr. {k:vat_id}.
"""

LOCAL_DE = """
loc|DE|Aus {town} selbst reicht die {loc} – die Vorwahl können Sie weglassen.
loc|DE|Werkstatt {town}, Ortsnetz: {loc}.
loc|DE|Im Stadtgebiet {town} wählen Sie für die Annahme {loc}, für die Datenrettung {loc}.
loc|DE|Unsere Techniker in {town} erreichen Sie vom Festnetz vor Ort unter {loc}.
loc|DE|„Einfach {loc} wählen", meinte die Kollegin, „das ist die Nummer in {town}."
loc|DE|Handyladen {town} – ortsgebunden erreichbar unter {loc}, Ankauf unter {loc}.
loc|DE|Kunden aus {town} melden Störungen ohne Vorwahl unter {loc}.
loc|DE|Ortsgespräch nach {town}? Dann genügt {loc}.
loc|DE|Für {town} gilt die Rufnummer
  {loc}
loc|DE|Die Filiale {town} ist umgezogen, die Ortsnummer {loc} bleibt.
loc|DE|Im Raum {town} bucht man den Installationstermin direkt unter {loc}.
loc|DE|{loc} ist die Nummer der Annahme in {town}; aus dem Ortsnetz ohne Vorwahl.
"""

LEX_FR = """
head|pcbench|Fiche atelier – ordinateur portable
head|pcbench|Suivi de réparation
pos|pcbench|Charnière cassée, pièce {k:sku} commandée. M. {name} souhaite être appelé au {mob} avant le
  remplacement.
pos|pcbench|Devis accepté par téléphone, acompte réglé par carte {card}. Reçu envoyé à {email}.
pos|pcbench|Retrait possible dès jeudi ; pour toute question, l'atelier répond au {fix}.
neg|pcbench|Barrettes posées : {k:ram}, test mémoire sans erreur.
neg|pcbench|Clé de récupération BitLocker fournie par la cliente : {k:bitlocker}.
neg|pcbench|Après nettoyage : {k:temps} en charge.
head|recovery|Diagnostic de récupération de données
pos|recovery|Le disque claque au démarrage ; secteurs {k:lba} copiés. Questions sur la liste des fichiers
  : {role}
  ou {fix}.
pos|recovery|Merci de virer {k:price} sur le compte {iban} en indiquant votre nom.
pos|recovery|Mme {name} reste joignable au {mob} pour valider l'arborescence.
neg|recovery|SMART : Power_On_Hours {k:power_on_hours}, secteurs réalloués {k:realloc_raw}.
neg|recovery|Capacité annoncée {k:capacity_bytes} octets, partitions {k:partitions}.
neg|recovery|Empreinte MD5 de l'image : {k:md5}.
head|msp|Infogérance – bilan du mois
head|msp|Avis de maintenance
pos|msp|Votre technicien référent ce trimestre est {name} : ligne directe {fix}, sinon {role}.
pos|msp|L'accès distant n'est plus autorisé que depuis {ip4}. En cas de coupure du VPN, appelez le {free}.
pos|msp|Astreinte le week-end : {mob}.
neg|msp|Postes mis à jour : {k:endpoints} ; licences utilisées {k:seats}.
neg|msp|Le poste de l'accueil journalise l'événement {k:event_ids} à chaque démarrage.
neg|msp|Session TeamViewer ouverte, identifiant {k:teamviewer}.
head|phoneshop|Votre commande est arrivée en boutique
head|phoneshop|Estimation de reprise
pos|phoneshop|Votre nouveau téléphone est arrivé. Un empêchement ? Envoyez un SMS au {mob}.
pos|phoneshop|Le montant de la reprise a été recrédité sur la carte {card}.
pos|phoneshop|Pour votre forfait, le service client répond gratuitement au {free}.
neg|phoneshop|Reprise n° {k:trade_in}, stockage {k:storage_size} utilisés), batterie correcte.
neg|phoneshop|Horaires cette semaine : {k:hours}.
neg|phoneshop|Mobile payé en {k:instalments} €, sans apport.
head|install|Rendez-vous d'installation fibre
pos|install|Le technicien passera sur le créneau {k:slot}. Pour déplacer le rendez-vous : {free}.
pos|install|La box a reçu {ip4} au premier démarrage ; interface d'administration sur {ipp}.
pos|install|Client joignable au {mob} si le second passage est annulé.
neg|install|Point de branchement et paire : {k:cabinet}. Mesure de ligne {k:line_test}.
neg|install|Coordonnées du site : {k:gps}, code postal {k:postcode}.
neg|install|Société : SIRET {k:company_reg}, TVA {k:vat_id}.
"""
