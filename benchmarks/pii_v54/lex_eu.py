"""German, French, Spanish, Italian, Dutch and Portuguese sentences for v54 (slots as in lex_en)."""

from benchmarks.pii_v54.lex_eu2 import NL, PT

DE = {
    "auction": {
        "title": [
            "Zuchtviehauktion – Ergebnisse",
            "Kälbermarkt: Auftrieb und Preise",
            "Versteigerungsnachricht",
        ],
        "pos": [
            "Nachmeldungen bitte bis Donnerstag telefonisch an die Geschäftsstelle: {P}.",
            "Käufer {NAME} holt Los {N:lot_pen} selbst ab und ist unter {M} erreichbar.",
            "Exportpapiere organisiert unser Partner im Ausland, Tel. {I}.",
            "Kaufpreis bitte auf {B} überweisen, Verwendungszweck Ohrmarke {N:eartag_eu}.",
            "Anfragen zur Abrechnung an {E}.",
        ],
        "neg": [
            "Spitzenpreis: {N:hammer_price} für eine Färse mit {N:liveweight}, Los {N:lot_pen}.",
            "Bullenkälber brachten im Schnitt {N:price_per_kg}, Auftrieb ab {N:sale_date_time} Uhr.",
            "Ohrmarke {N:eartag_eu}, Gewicht {N:liveweight}, Zuschlag bei {N:hammer_price}.",
        ],
    },
    "feed": {
        "title": ["Futtermittelbestellung", "Lieferschein Mischfutter", "Auftragsbestätigung Mineralfutter"],
        "pos": [
            "Die Disposition meldet sich am Vortag von {P} aus.",
            "Fahrer {NAME}: {M} – bitte Hoftor offen lassen.",
            "Die Anzahlung wurde von Ihrer Karte {C} abgebucht.",
            "Der Betrag wird per Lastschrift von {B} eingezogen.",
            "Fütterungsberatung kostenlos unter {O}.",
        ],
        "neg": [
            "Ration: {N:ration_rate} Milchleistungsfutter, Grassilage {N:dry_matter}, {N:energy_me}.",
            "Wiegeschein brutto/tara {N:weighbridge}, Preis {N:price_tonne}.",
        ],
    },
    "machring": {
        "title": ["Maschinenring – Einsatzplan", "MR-Rundschreiben", "Buchung Gülleverschlauchung"],
        "pos": [
            "Einsätze bitte beim Einsatzleiter {NAME} unter {M} anmelden.",
            "Die Geschäftsstelle des Rings ist jetzt unter {P} zu erreichen.",
            "Mitgliedsbeitrag bitte auf {B} überweisen.",
            "Der Buchungskalender läuft auf {IP} im Ringbüro.",
            "Schriftliche Buchungen gern an {E}.",
        ],
        "neg": [
            "Übergabe mit {N:hour_meter} Betriebsstunden, Bereifung {N:tyre_size}, Zapfwelle {N:pto_speed}.",
            "Saatstärke {N:seed_rate}, Fläche {N:area_ha}, Mitglied {N:share_no}.",
        ],
    },
    "vetcall": {
        "title": ["Tierarztbesuch – Protokoll", "Notdienstprotokoll", "Bestandsbetreuung"],
        "pos": [
            "Nachts und am Wochenende: Notdienst der Praxis unter {P}.",
            "Landwirt {NAME} bittet um Rückruf auf {M}, sobald die Blutproben da sind.",
            "Laborbefunde gehen an {E}.",
            "Die Rechnung kann per Karte ({C}) bezahlt werden.",
        ],
        "neg": [
            "Kuh {N:eartag_eu}: Temperatur {N:rectal_temp}, Dosis {N:dose_rate}, Wartezeit {N:withdrawal}.",
            "Impfstoff-Charge {N:vaccine_batch}, BCS {N:body_score}, Trächtigkeitstag {N:gestation_day}.",
            "Blutprobe {N:sample_ref}, Kotprobe {N:egg_count}.",
        ],
    },
    "milk": {
        "title": ["Milchabholung – Hinweis", "Milchgeldabrechnung", "Tourenänderung Milchsammelwagen"],
        "pos": [
            "Kommt der Sammelwagen nicht, bitte die Molkerei unter {P} anrufen.",
            "Ihr Außendienstberater {NAME}: {M}.",
            "Das Milchgeld geht auf {B}.",
            "Mitglieder-Hotline: {O}.",
        ],
        "neg": [
            "Angeliefert: {N:milk_litres}, Fett/Eiweiß {N:fat_protein}, Zellzahl {N:cell_count}.",
            "Tanktemperatur bei Abholung {N:tank_temp}.",
        ],
    },
}

FR = {
    "auction": {
        "title": ["Marché aux bestiaux – résultats", "Vente aux enchères de broutards", "Avis de vente"],
        "pos": [
            "Inscriptions tardives par téléphone au bureau du marché : {P}.",
            "L'acheteur, {NAME}, joignable au {M}, enlève le lot {N:lot_pen} lundi.",
            "Règlement par virement sur {B}.",
            "Questions sur les bordereaux : {E}.",
            "Pour les acheteurs étrangers, notre correspondant répond au {I}.",
        ],
        "neg": [
            "Meilleur prix : {N:hammer_price} pour une génisse de {N:liveweight}.",
            "Broutards à {N:price_per_kg} en moyenne, boucle {N:eartag_eu}.",
            "Prochain marché le {N:sale_date_time}, lot {N:lot_pen}.",
        ],
    },
    "feed": {
        "title": [
            "Commande d'aliments",
            "Bon de livraison – aliment vrac",
            "Confirmation de commande minéraux",
        ],
        "pos": [
            "Le service transport vous appellera la veille depuis le {P}.",
            "Chauffeur : {NAME}, {M}.",
            "Acompte prélevé sur la carte {C}.",
            "Prélèvement sur {B} le 28.",
            "Conseil nutrition (appel gratuit) : {O}.",
        ],
        "neg": [
            "Ration : {N:ration_rate} de correcteur, ensilage à {N:dry_matter}.",
            "Pesée brut/tare {N:weighbridge}, prix {N:price_tonne}.",
        ],
    },
    "machring": {
        "title": ["CUMA – planning du matériel", "Réservation de la tonne à lisier", "Lettre de la CUMA"],
        "pos": [
            "Réservations auprès du responsable, {NAME}, au {M}.",
            "Le secrétariat de la CUMA a un nouveau numéro : {P}.",
            "Cotisation à verser sur {B}.",
            "Le planning partagé est hébergé sur {IP}.",
        ],
        "neg": [
            "Compteur {N:hour_meter} au retour, pneus {N:tyre_size}, prise de force {N:pto_speed}.",
            "Densité de semis {N:seed_rate} sur {N:area_ha}.",
        ],
    },
    "vetcall": {
        "title": ["Compte rendu de visite vétérinaire", "Garde de nuit – fiche d'appel", "Suivi sanitaire"],
        "pos": [
            "En dehors des heures, le vétérinaire de garde est au {P}.",
            "{NAME} souhaite être rappelé au {M} dès réception des analyses.",
            "Les résultats seront envoyés à {E}.",
            "Paiement par carte ({C}) accepté au cabinet.",
        ],
        "neg": [
            "Vache {N:eartag_eu} : température {N:rectal_temp}, dose "
            "{N:dose_rate}, délai d'attente {N:withdrawal}.",
            "Lot vaccinal {N:vaccine_batch}, note d'état {N:body_score}.",
        ],
    },
    "milk": {
        "title": ["Collecte de lait – avis", "Relevé de paie du lait", "Résultats qualité du lait"],
        "pos": [
            "Si le camion n'est pas passé à 9 h, appelez la laiterie au {P}.",
            "Technicien : {NAME}, {M}.",
            "La paie du lait est versée sur {B}.",
        ],
        "neg": [
            "Livré ce mois : {N:milk_litres}, TB/TP {N:fat_protein}, cellules {N:cell_count}.",
            "Température du tank : {N:tank_temp}.",
        ],
    },
}

ES = {
    "auction": {
        "title": ["Subasta de ganado – resultados", "Lonja de vacuno: cotizaciones", "Aviso de subasta"],
        "pos": [
            "Para inscribir animales fuera de plazo, llame a la oficina de la lonja: {P}.",
            "El comprador, {NAME}, recoge el lote {N:lot_pen}; su móvil es {M}.",
            "Pago por transferencia a {B}.",
            "Dudas sobre liquidaciones: {E}.",
        ],
        "neg": [
            "Precio máximo: {N:hammer_price} por una novilla de {N:liveweight}.",
            "Terneros a {N:price_per_kg} de media; crotal {N:eartag_eu}.",
        ],
    },
    "feed": {
        "title": ["Pedido de pienso", "Albarán de entrega a granel", "Confirmación de pedido"],
        "pos": [
            "El transportista le llamará la víspera desde el {P}.",
            "Conductor: {NAME}, móvil {M}.",
            "Señal cobrada en la tarjeta {C}.",
            "Atención al ganadero (gratuito): {O}.",
        ],
        "neg": [
            "Ración: {N:ration_rate} de concentrado, ensilado con {N:dry_matter}.",
            "Báscula bruto/tara {N:weighbridge}, precio {N:price_tonne}.",
        ],
    },
    "machring": {
        "title": [
            "Cooperativa – reserva de maquinaria",
            "Turnos de la cisterna de purín",
            "Boletín de la cooperativa",
        ],
        "pos": [
            "Reservas con el encargado, {NAME}, en el {M}.",
            "La oficina de la cooperativa atiende en el {P}.",
            "Cuota de socio: ingreso en {B}.",
            "Las reservas también por correo a {E}.",
        ],
        "neg": [
            "Horómetro {N:hour_meter}, neumáticos {N:tyre_size}, toma de fuerza {N:pto_speed}.",
            "Dosis de siembra {N:seed_rate} en {N:area_ha}; socio {N:share_no}.",
        ],
    },
    "vetcall": {
        "title": ["Parte de visita veterinaria", "Guardia nocturna", "Visita de sanidad del rebaño"],
        "pos": [
            "Fuera de horario, el veterinario de guardia atiende en el {P}.",
            "{NAME} pide que le llamen al {M} cuando estén los análisis.",
            "Los resultados se enviarán a {E}.",
        ],
        "neg": [
            "Vaca {N:eartag_eu}: temperatura {N:rectal_temp}, dosis {N:dose_rate}, supresión {N:withdrawal}.",
            "Lote de vacuna {N:vaccine_batch}, condición corporal {N:body_score}.",
        ],
    },
    "milk": {
        "title": ["Recogida de leche – aviso", "Liquidación mensual de leche", "Calidad de la leche"],
        "pos": [
            "Si la cisterna no ha pasado a las 9, llame a la central lechera: {P}.",
            "Su técnico de campo es {NAME}, {M}.",
            "El pago se ingresa en {B}.",
        ],
        "neg": [
            "Entregados: {N:milk_litres}, grasa/proteína {N:fat_protein}, células {N:cell_count}.",
            "Temperatura del tanque: {N:tank_temp}.",
        ],
    },
}

IT = {
    "auction": {
        "title": ["Asta di bestiame – esiti", "Mercato dei vitelli", "Avviso d'asta"],
        "pos": [
            "Iscrizioni in ritardo solo per telefono all'ufficio del mercato: {P}.",
            "L'acquirente {NAME} ritira il lotto {N:lot_pen}, cellulare {M}.",
            "Pagamento con bonifico su {B}.",
            "Chiarimenti sui conteggi: {E}.",
        ],
        "neg": [
            "Prezzo massimo {N:hammer_price} per una manza di {N:liveweight}.",
            "Vitelli a {N:price_per_kg} in media; marca auricolare {N:eartag_eu}.",
        ],
    },
    "feed": {
        "title": ["Ordine mangimi", "Bolla di consegna sfuso", "Conferma d'ordine"],
        "pos": [
            "Il trasportatore chiamerà il giorno prima dal {P}.",
            "Autista: {NAME}, {M}.",
            "Acconto addebitato sulla carta {C}.",
            "Numero verde per l'alimentazione: {O}.",
        ],
        "neg": [
            "Razione: {N:ration_rate} di nucleo, insilato al {N:dry_matter}.",
            "Pesa lordo/tara {N:weighbridge}, prezzo {N:price_tonne}.",
        ],
    },
    "machring": {
        "title": [
            "Consorzio macchine – prenotazioni",
            "Turni della botte liquami",
            "Notiziario del consorzio",
        ],
        "pos": [
            "Prenotazioni con il responsabile {NAME} al {M}.",
            "La segreteria del consorzio risponde al {P}.",
            "Quota sociale da versare su {B}.",
            "Il calendario condiviso è su {IP}.",
        ],
        "neg": [
            "Contaore {N:hour_meter}, pneumatici {N:tyre_size}, presa di forza {N:pto_speed}.",
            "Semina a {N:seed_rate} su {N:area_ha}.",
        ],
    },
    "vetcall": {
        "title": ["Verbale di visita veterinaria", "Reperibilità notturna", "Piano sanitario di stalla"],
        "pos": [
            "Fuori orario il veterinario reperibile risponde al {P}.",
            "{NAME} chiede di essere richiamato al {M} appena arrivano gli esami.",
            "I referti arriveranno a {E}.",
        ],
        "neg": [
            "Bovina {N:eartag_eu}: temperatura {N:rectal_temp}, dose "
            "{N:dose_rate}, sospensione {N:withdrawal}.",
            "Lotto vaccino {N:vaccine_batch}, BCS {N:body_score}.",
        ],
    },
    "milk": {
        "title": ["Raccolta latte – avviso", "Liquidazione latte del mese", "Qualità del latte"],
        "pos": [
            "Se l'autocisterna non passa entro le 9, chiamate il caseificio al {P}.",
            "Tecnico di zona: {NAME}, {M}.",
            "Il latte viene pagato su {B}.",
        ],
        "neg": [
            "Conferito: {N:milk_litres}, grasso/proteine {N:fat_protein}, cellule {N:cell_count}.",
            "Temperatura del tank {N:tank_temp}.",
        ],
    },
}

LANGS = {"de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
