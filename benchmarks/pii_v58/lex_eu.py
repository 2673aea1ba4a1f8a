"""German, French and Spanish text for v58 (slots as in lex_en)."""

DE = {
    "rota": (
        ["Schichtplan Stanzerei", "Dienstplan Wochenende", "Schichttausch – Aushang"],
        [
            "Wer krank ist, meldet sich vor Schichtbeginn bei {NM} unter {PM}.",
            "Tauschwünsche bitte an {E}, Rückfragen beim Meister unter {P}.",
            "Leiharbeiter melden sich an der Pforte; die Disposition der "
            "Zeitarbeitsfirma erreicht ihr unter {PO}.",
        ],
        [
            "Frühschicht {N:shift_time}, Stempelkarte Nr. {N:clock_no} nicht vergessen.",
            "KW {N:week_no}: nur zwei Kolonnen, weil die Presse gewartet wird.",
            "Stapler {N:forklift_no} ist die ganze Schicht verplant.",
        ],
    ),
    "maintlog": (
        ["Wartungsprotokoll Fräserei", "Störungsbuch Linie 3", "Instandhaltung – Notizen"],
        [
            "Hydraulik an der Abkantpresse leckt wieder; "
            "Servicetechniker unter {P} informiert, kommt um zehn.",
            "Steuerung hatte die Netzwerkeinstellungen verloren, wieder auf {IP} gesetzt.",
            "Bereitschaft am Wochenende: {NM}, Handy {PM}.",
            "Ersatzteil beim Hersteller in Italien bestellt, Rückruf unter {PI}.",
        ],
        [
            "Spindel beim Warmlauf {N:spindle_rpm}, Betriebsstunden jetzt {N:hour_meter}.",
            "Öl nachgefüllt ({N:oil_grade}), Druckluft stabil bei {N:pressure}.",
            "Störung {N:plc_fault} an Maschine {N:serial_machine} nach Tausch des Türschalters behoben.",
            "Letzter Satz vor dem Crash: {N:gcode}.",
        ],
    ),
    "supplier": (
        ["Telefonnotizen Einkauf", "Lieferantenanrufe KW", "Rückrufliste Einkauf"],
        [
            "{NM} vom Stahlhandel unter {P} angerufen – Bleche kommen Freitag.",
            "Buchhaltung bittet um Zahlung auf {I}, Avis an {E}.",
            "Spedition wegen Zollfrage: {PI}.",
            "Anzahlung mit Firmenkarte {C} geleistet, Beleg an {EP}.",
        ],
        [
            "Bestellung {N:po_no} teilgeliefert, Lieferschein {N:delivery_note}.",
            "Zolltarifnummer auf der Rechnung muss {N:hs_code} lauten.",
            "Teil {N:part_no} aus Charge {N:lot_no} nachbestellen.",
        ],
    ),
    "qareport": (
        ["Prüfbericht Wareneingang", "Reklamation – 8D", "QS-Wochenbericht"],
        [
            "Der Qualitätsingenieur des Kunden, {NM}, bittet um Rückruf unter {P}.",
            "Fotos der Kratzer gingen an {EP}; Kalibrierlabor-Hotline {PO}.",
            "Messprotokolle liegen auf dem Server {IP}.",
        ],
        [
            "{N:ncr_no} zu Zeichnung {N:drawing_no}: Bohrung {N:tolerance}.",
            "Größte Abweichung {N:cmm_dev}, Stichprobe nach {N:aql}, aktuell {N:ppm}.",
            "Kalibrierschein {N:calib_cert} läuft nächsten Monat ab; Norm {N:standard_ref}.",
        ],
    ),
    "joinery": (
        ["Angebot Schreinerei", "Montagenotiz Einbauschrank", "Werkstattauftrag Haustür"],
        [
            "Kundin {NM} bittet um Anruf auf dem Handy {PM}, Festnetz {P} nur abends.",
            "Holzhandel hat zurückgerufen ({P}): Eiche vorrätig.",
            "Anzahlung per Karte {C}, Rest per Überweisung auf {I}.",
            "Zeichnungen an {EP} zur Freigabe.",
        ],
        [
            "Korpusplatten {N:timber_size}, Holzfeuchte {N:moisture}.",
            "Geschliffen bis {N:grit}, neues Sägeblatt {N:saw_blade}.",
            "Bänder nach Zeichnung {N:drawing_no}, Schrauben {N:thread}.",
        ],
    ),
    "printjob": (
        ["Auftragstasche Druckerei", "Druckfreigabe", "Jobzettel Digitaldruck"],
        [
            "Kunde gibt den Proof telefonisch frei, {NM} ist ab 16 Uhr unter {PM} erreichbar.",
            "Daten kommen von {E}; bei Fragen zum Beschnitt Agentur unter {P} anrufen.",
            "PDF-Proof an {EP}, Druck in die Warteschlange auf {IP}.",
        ],
        [
            "Auflage {N:print_run} auf {N:paper_spec}, Sonderfarbe {N:pantone}.",
            "Tiefschwarz als {N:cmyk}, Daten mit {N:bleed_dpi}.",
            "Zählerstand der Maschine nach dem Job: {N:impressions}.",
        ],
    ),
    "toolroom": (
        ["Werkzeugbau – Reparaturauftrag", "Formwechsel-Protokoll"],
        [
            "Werkzeugmacher {NM} ist am Wochenende unter {PM} erreichbar.",
            "Schleiferei hat telefonisch angeboten ({P}), Bestätigung folgt von {E}.",
            "Roboterzelle {IP} muss nach dem Wechsel neu geteacht werden.",
        ],
        [
            "Zykluszeit nach Umbau {N:cycle_time}, Anzugsmoment {N:torque}.",
            "Heizzone {N:oven_temp}; Einsatz {N:part_no} nachgeschliffen auf {N:tolerance}.",
        ],
    ),
}
LOCAL_DE = [
    "Aus dem {T}er Ortsnetz erreichen Sie die Werkstatt direkt unter {L}.",
    "Für Anrufer in {T} genügt {L} – die Vorwahl entfällt.",
    "Ortsgespräch {T}:\nLager {L}, Büro {L}",
    "„Ruf einfach {L} an“, sagte der Meister, „in {T} kennt die Nummer jeder.“",
    "Hinweis für Kunden aus {T}: Kurzwahl ohne Vorwahl {L}.",
    "Die Lackiererei in {T} ist ortsintern unter {L} zu erreichen, die Schreinerei nebenan unter {L}.",
]
LIST_HEADS_DE = ["Telefonliste Werkstatt", "Notfallkontakte Halle", "Rufnummern Aushang", "Bereitschaft"]
LABELS_DE = ["Meister", "Lager", "Instandhaltung", "QS", "Büro", "Versand", "Nachtschicht", "Werkzeugbau"]

FR = {
    "rota": (
        ["Planning des équipes – atelier presse", "Roulement du week-end"],
        [
            "En cas d'absence, prévenir {NM} au {PM} avant la prise de poste.",
            "Demandes d'échange à {E} ; le chef d'atelier répond au {P}.",
            "Les intérimaires appellent l'agence au {PO}.",
        ],
        [
            "Équipe du matin {N:shift_time}, badge n° {N:clock_no}.",
            "Semaine {N:week_no} : deux équipes seulement, la presse est en révision.",
        ],
    ),
    "maintlog": (
        ["Cahier de maintenance – usinage", "Journal des pannes"],
        [
            "Fuite hydraulique sur la plieuse ; technicien SAV prévenu au {P}.",
            "La commande numérique a perdu son adresse, remise sur {IP}.",
            "Astreinte du week-end : {NM}, portable {PM}.",
            "Pièce commandée chez le constructeur allemand, suivi au {PI}.",
        ],
        [
            "Broche à {N:spindle_rpm} pendant la chauffe, compteur {N:hour_meter}.",
            "Huile {N:oil_grade} complétée, air comprimé à {N:pressure}.",
            "Défaut {N:plc_fault} sur la machine {N:serial_machine} acquitté.",
        ],
    ),
    "supplier": (
        ["Fiche d'appels fournisseurs", "Achats – notes téléphoniques"],
        [
            "Appelé {NM} chez le négociant en aciers au {P} : livraison vendredi.",
            "Leur comptabilité demande un virement sur {I}, avis à {E}.",
            "Acompte réglé avec la carte de l'entreprise {C}, reçu envoyé à {EP}.",
        ],
        [
            "Commande {N:po_no} livrée en partie, bon de livraison {N:delivery_note}.",
            "Code douanier correct : {N:hs_code} ; poids brut {N:weight}.",
        ],
    ),
    "printjob": (
        ["Fiche de travail – imprimerie", "Bon à tirer"],
        [
            "Le client valide le BAT par téléphone, {NM} est joignable au {PM} après 16 h.",
            "Fichiers envoyés par {E} ; pour le fond perdu, appeler le studio au {P}.",
            "File d'impression sur {IP}, BAT PDF à {EP}.",
        ],
        [
            "Tirage {N:print_run} sur {N:paper_spec}, ton direct {N:pantone}.",
            "Noir composé {N:cmyk}, fichiers à {N:bleed_dpi}.",
        ],
    ),
    "joinery": (
        ["Devis menuiserie", "Notes de pose – cuisine"],
        [
            "Mme {NM} préfère être appelée au {PM} ; le fixe {P} seulement le soir.",
            "Acompte par carte {C}, solde par virement sur {I}.",
            "Plans envoyés à {EP} pour validation.",
        ],
        [
            "Panneaux débités {N:timber_size}, humidité du bois {N:moisture}.",
            "Ponçage au {N:grit}, lame neuve {N:saw_blade}.",
        ],
    ),
    "qareport": (
        ["Rapport qualité – non-conformité", "Contrôle à réception"],
        [
            "L'ingénieur qualité du client, {NM}, attend notre rappel au {P}.",
            "Photos envoyées à {EP} ; hotline du laboratoire d'étalonnage {PO}.",
        ],
        [
            "{N:ncr_no} sur le plan {N:drawing_no} : alésage {N:tolerance}.",
            "Écart maxi {N:cmm_dev}, échantillonnage {N:aql}, certificat {N:calib_cert}.",
        ],
    ),
}
LIST_HEADS_FR = ["Liste d'appel atelier", "Contacts atelier", "Numéros à afficher"]
LABELS_FR = ["Chef d'atelier", "Magasin", "Maintenance", "Qualité", "Bureau", "Expédition"]

ES = {
    "rota": (
        ["Cuadrante de turnos – prensas", "Turnos del fin de semana"],
        [
            "Si no puedes venir, avisa a {NM} al {PM} antes de entrar.",
            "Los cambios de turno se piden a {E}; el encargado atiende en el {P}.",
            "La ETT tiene guardia en el {PO}.",
        ],
        [
            "Turno de mañana {N:shift_time}, número de fichaje {N:clock_no}.",
            "Semana {N:week_no}: solo dos equipos por la revisión de la prensa.",
        ],
    ),
    "maintlog": (
        ["Parte de mantenimiento", "Registro de averías – línea 2"],
        [
            "Fuga hidráulica en la plegadora; llamado el técnico al {P}.",
            "El control numérico perdió la IP, vuelta a poner en {IP}.",
            "Guardia del fin de semana: {NM}, móvil {PM}.",
        ],
        [
            "Husillo a {N:spindle_rpm} en el calentamiento, contador {N:hour_meter}.",
            "Aceite {N:oil_grade} repuesto, aire a {N:pressure}.",
        ],
    ),
    "supplier": (
        ["Hoja de llamadas a proveedores", "Compras – notas"],
        [
            "Hablé con {NM} del almacén de chapa al {P}: entrega el viernes.",
            "Piden transferencia a {I} y el justificante a {E}.",
            "El transitario para la consulta de aduanas: {PI}.",
        ],
        [
            "Pedido {N:po_no} entregado en parte, albarán {N:delivery_note}.",
            "Código arancelario {N:hs_code}, peso bruto {N:weight}.",
        ],
    ),
    "joinery": (
        ["Presupuesto de carpintería", "Notas de montaje – armario"],
        [
            "La clienta, {NM}, prefiere que la llamen al {PM}.",
            "Señal pagada con tarjeta {C}; planos enviados a {EP}.",
            "El almacén de maderas devolvió la llamada desde el {P}.",
        ],
        ["Tableros {N:timber_size}, humedad {N:moisture}, lijado a {N:grit}."],
    ),
    "printjob": (
        ["Orden de trabajo – imprenta", "Prueba de color"],
        [
            "El cliente aprueba la prueba por teléfono; {NM} está en el {PM} por la tarde.",
            "Archivos desde {E}; cola de impresión en {IP}.",
        ],
        ["Tirada de {N:print_run} en {N:paper_spec}, tinta directa {N:pantone}."],
    ),
}
LIST_HEADS_ES = ["Lista de llamadas", "Contactos del taller"]
LABELS_ES = ["Encargado", "Almacén", "Mantenimiento", "Calidad", "Oficina", "Expediciones"]
