"""German, French, Spanish, Italian, Dutch and Portuguese sentences for v67 (motoring), written fresh."""

DE = {
    "titles": {
        "garage": [
            "Werkstattauftrag",
            "Kostenvoranschlag vor Reparaturbeginn",
            "Ihr Fahrzeug ist abholbereit",
        ],
        "dealer": [
            "Probefahrt – Terminbestätigung",
            "Inzahlungnahme Ihres Gebrauchten",
            "Kaufvertrag Neuwagen",
        ],
        "tyres": ["Reifenwechsel – Termin", "Einlagerungsschein Räder"],
        "inspection": ["Erinnerung: Hauptuntersuchung fällig", "Prüfbericht HU/AU"],
        "recovery": ["Pannenhilfe – Einsatzprotokoll", "Abschleppauftrag"],
        "school": ["Fahrschule – Anmeldung", "Ihre Fahrstunden im Überblick"],
    },
    "pos": {
        "garage": [
            "Sollte bei der Inspektion mehr zu tun sein, meldet sich {name} vorher unter {M}.",
            "Rückfragen zum Kostenvoranschlag bitte an {R} oder telefonisch unter {N}.",
            "Die Anzahlung für die Teile wurde von der Karte {C} abgebucht.",
            "Den Restbetrag überweisen Sie bitte auf {B} (Verwendungszweck: Auftragsnummer).",
            "Das Diagnosegerät hing während der Fehlersuche im Werkstattnetz unter {VP}.",
        ],
        "dealer": [
            "Ihr Verkaufsberater {name} ist direkt unter {N} erreichbar, per Mail unter {E}.",
            "Die Raten werden monatlich von {B} eingezogen.",
            "Für die Reservierung haben wir eine Anzahlung über {C} erhalten.",
            "Kundenhotline des Herstellers (kostenfrei): {O}",
            "Der Importeur in Lyon ist unter {I:FR} erreichbar, falls es um die Sonderausstattung geht.",
        ],
        "tyres": [
            "Ihre Räder liegen bei uns im Lager; Terminänderungen bitte unter {N}.",
            "Der mobile Monteur {name} ruft etwa eine halbe Stunde vorher von {M} an.",
            "Online gebucht über {R}; bezahlt wurde mit {C}.",
        ],
        "inspection": [
            "Den Termin bei der Prüfstelle können Sie unter {N} verschieben.",
            "Der Prüfer {name} ist für Rückfragen unter {E} erreichbar.",
            "Das Prüfgerät übermittelt die Werte von {VP} an den Server {V6}.",
        ],
        "recovery": [
            "Der Fahrer {name} hat das Mitglied unter {M} zurückgerufen.",
            "Rund um die Uhr: Notrufzentrale {O}.",
            "Im Ausland hilft der Partnerclub in Wien unter {I:AT}.",
            "Der Mietwagen wurde über die Station {N} organisiert.",
        ],
        "school": [
            "Ihr Fahrlehrer {name} ist per SMS unter {M} erreichbar – bitte nicht während der Fahrstunde.",
            "Die Grundgebühr bitte auf {B} überweisen.",
            "Abgesagte Stunden unter 24 Stunden vorher werden über {C} berechnet.",
            "Büro der Fahrschule: {N}, Mail {R}.",
        ],
    },
    "neg": {
        "garage": [
            "Fahrgestellnummer {vin}, Kilometerstand {odometer}.",
            "Ölwechsel {oil_spec}; Radschrauben mit {torque} angezogen.",
            "Fehlerspeicher: {obd_code}, Teil {part_no} getauscht.",
            "Bremsscheiben vorn {brake_disc}.",
        ],
        "dealer": [
            "Kennzeichen {de_plate}, HSN/TSN {hsn_tsn}.",
            "Barpreis {price}, Finanzierung {finance} bei {apr} effektiv.",
            "Motor {engine}, Verbrauch {consumption}, {co2}.",
            "Leergewicht {weight}, Farbcode {paint_code}.",
        ],
        "tyres": [
            "Montiert: 4 × {tyre_size}, DOT {tyre_dot}.",
            "Restprofil der alten Reifen {tread}; Luftdruck {pressure}.",
        ],
        "inspection": [
            "Prüfbericht-Nr. {inspection_report}; nächste HU {due_month}.",
            "AU-Werte: {lambda_co}.",
            "Kilometerstand bei der Prüfung {odometer}.",
        ],
        "recovery": [
            "Standort {road_km}, Fahrtrichtung Süden; GPS {gps}.",
            "Einsatz {recovery_job}, Fahrzeug {de_plate}.",
            "Mitgliedsnummer {policy_no}.",
        ],
        "school": [
            "Gebucht: {lesson_block}.",
            "Paketpreis {price}.",
            "Fahrerkarte {tacho_card} für die Lkw-Ausbildung.",
        ],
    },
    "local": {
        "DE": [
            "Aus dem {town}er Ortsnetz erreichen Sie die Werkstatt direkt unter {L}.",
            "Annahme {town} (Ortsgespräch): {L} – Teiledienst {L2}",
            "Abschleppdienst {town}, ohne Vorwahl aus der Stadt:\n{L}",
            "„Rufen Sie einfach {L} an, das ist die Fahrschule hier in {town}“, sagte der Fahrlehrer.",
            "Reifenlager {town}: {L} (nur innerhalb {town}; von außerhalb mit Vorwahl).",
        ],
    },
    "heads": ["Wichtige Nummern rund ums Auto", "Ihre Kontakte", "Telefonliste Autohaus"],
    "labels": ["Werkstatt", "Serviceberater", "Teiledienst", "Verkauf", "Abschleppdienst", "Fahrlehrer"],
}

FR = {
    "titles": {
        "garage": ["Ordre de réparation", "Devis avant intervention"],
        "dealer": ["Essai routier confirmé", "Reprise de votre véhicule"],
        "tyres": ["Rendez-vous montage pneus"],
        "inspection": ["Contrôle technique – rappel", "Procès-verbal de contrôle"],
        "recovery": ["Dépannage – compte rendu"],
        "school": ["Auto-école – inscription"],
    },
    "pos": {
        "garage": [
            "Si d'autres travaux s'imposent, {name} vous appellera au {M} avant de continuer.",
            "Pour toute question sur le devis : {N} ou {R}.",
            "L'acompte a été prélevé sur la carte {C}.",
            "Merci de régler le solde par virement sur {B}.",
        ],
        "dealer": [
            "Votre conseiller commercial, {name}, est joignable au {N} ou par courriel à {E}.",
            "Les mensualités seront prélevées sur {B}.",
            "Service clients de la marque : {O}.",
            "Pour la version importée, notre correspondant à Stuttgart répond au {I:DE}.",
        ],
        "tyres": [
            "Le monteur {name} vous appellera du {M} une demi-heure avant son arrivée.",
            "Pour déplacer le rendez-vous : {N}.",
        ],
        "inspection": [
            "La contre-visite est à prendre au {N} dans les deux mois.",
            "Le contrôleur {name} répond aux questions à {E}.",
            "La borne du centre ({VP}) a envoyé le procès-verbal au serveur {V4}.",
        ],
        "recovery": [
            "Assistance 24 h/24 : {O}.",
            "Le dépanneur {name} a rappelé l'adhérent au {M}.",
            "À l'étranger, notre partenaire de Bruxelles répond au {I:BE}.",
        ],
        "school": [
            "Votre moniteur, {name}, ne répond pas pendant les leçons : laissez un SMS au {M}.",
            "Les frais d'inscription sont à verser sur {B}.",
            "Secrétariat : {N}, {R}.",
        ],
    },
    "neg": {
        "garage": [
            "VIN {vin}, kilométrage {odometer}.",
            "Vidange {oil_spec}, serrage des roues à {torque}.",
            "Code défaut {obd_code} effacé ; pièce {part_no} remplacée.",
        ],
        "dealer": [
            "Prix comptant {price} ; crédit {finance}, TAEG {apr}.",
            "Moteur {engine}, {consumption}, {co2}.",
        ],
        "tyres": ["Pneus posés : {tyre_size}, {tyre_dot}.", "Pression {pressure}, usure mesurée {tread}."],
        "inspection": ["Prochain contrôle avant {due_month}.", "Mesures antipollution : {lambda_co}."],
        "recovery": ["Position GPS {gps}, dossier {recovery_job}.", "Contrat d'assistance {policy_no}."],
        "school": ["Forfait {lesson_block} pour {price}."],
    },
    "heads": ["Numéros utiles au garage", "Vos interlocuteurs"],
    "labels": ["Atelier", "Réception", "Pièces", "Dépannage", "Moniteur"],
}

ES = {
    "titles": {
        "garage": ["Orden de trabajo – taller", "Presupuesto de reparación"],
        "dealer": ["Prueba de conducción"],
        "tyres": ["Cita para cambio de neumáticos"],
        "inspection": ["Aviso de ITV"],
        "recovery": ["Parte de asistencia en carretera"],
        "school": ["Autoescuela – matrícula"],
    },
    "pos": {
        "garage": [
            "Si aparece algo más, {name} le llamará al {M} antes de seguir.",
            "Dudas sobre el presupuesto: {N} o {R}.",
            "La señal se cobró con la tarjeta {C}.",
        ],
        "dealer": [
            "Su asesor comercial es {name}: teléfono {N}, correo {E}.",
            "Las cuotas se cargarán en {B}.",
            "Atención al cliente de la marca: {O}.",
        ],
        "tyres": [
            "El montador le avisará desde el {M} media hora antes.",
            "Para cambiar la cita, llame al {N}.",
        ],
        "inspection": [
            "Para pedir cita en la estación de ITV, llame al {N}.",
            "El inspector {name} responde en {E}.",
        ],
        "recovery": [
            "Asistencia 24 horas: {O}.",
            "La grúa de {name} contactó con el socio en el {M}.",
            "En Portugal le atiende nuestro socio en el {I:PT}.",
        ],
        "school": [
            "Su profesor de prácticas, {name}, solo contesta mensajes: {M}.",
            "La matrícula se paga en {B}.",
            "Secretaría: {N}, {R}.",
        ],
    },
    "neg": {
        "garage": ["Bastidor {vin}, {odometer}.", "Aceite {oil_spec}; código de avería {obd_code}."],
        "dealer": ["Precio al contado {price}; financiación {finance}, TAE {apr}."],
        "tyres": ["Montados {tyre_size}, presión {pressure}."],
        "inspection": ["Próxima ITV: {due_month}."],
        "recovery": ["Ubicación {gps}; expediente {recovery_job}."],
        "school": ["Bono de {lesson_block}."],
    },
    "heads": ["Teléfonos del taller"],
    "labels": ["Taller", "Recambios", "Grúa", "Ventas", "Profesor"],
}

IT = {
    "titles": {
        "garage": ["Scheda di lavoro officina", "Preventivo riparazione"],
        "dealer": ["Prova su strada"],
        "tyres": ["Appuntamento cambio gomme"],
        "inspection": ["Promemoria revisione"],
        "recovery": ["Soccorso stradale – rapporto"],
        "school": ["Autoscuola – iscrizione"],
    },
    "pos": {
        "garage": [
            "Se serve altro, {name} la chiamerà al {M} prima di procedere.",
            "Per il preventivo: {N} oppure {R}.",
            "Il saldo va versato con bonifico su {B}.",
        ],
        "dealer": [
            "Il suo consulente è {name}, tel. {N}, e-mail {E}.",
            "Caparra addebitata sulla carta {C}.",
            "Numero verde della casa: {O}.",
        ],
        "tyres": [
            "Il gommista la avviserà dal {M} prima di arrivare.",
            "Per spostare l'appuntamento chiami lo {N}.",
        ],
        "inspection": ["Per la revisione prenoti al {N}.", "Il centro revisioni invia l'esito da {VP}."],
        "recovery": [
            "Soccorso 24 ore su 24: {O}.",
            "L'autista {name} ha richiamato il cliente al {M}.",
            "In Svizzera risponde il partner di Zurigo al {I:CH}.",
        ],
        "school": ["L'istruttore {name} risponde solo ai messaggi: {M}.", "Segreteria: {N}, {R}."],
    },
    "neg": {
        "garage": ["Telaio {vin}, chilometri {odometer}.", "Olio {oil_spec}; errore {obd_code} cancellato."],
        "dealer": ["Prezzo {price}; rate {finance}, TAEG {apr}."],
        "tyres": ["Montati {tyre_size}, pressione {pressure}."],
        "inspection": ["Prossima revisione: {due_month}."],
        "recovery": ["Posizione {gps}; pratica {recovery_job}."],
        "school": ["Pacchetto {lesson_block}."],
    },
    "heads": ["Numeri dell'officina"],
    "labels": ["Officina", "Ricambi", "Carro attrezzi", "Vendite", "Istruttore"],
}

NL = {
    "titles": {
        "garage": ["Werkorder garage", "Offerte voor reparatie", "Uw auto staat klaar"],
        "dealer": ["Proefrit bevestigd", "Inruilvoorstel"],
        "tyres": ["Afspraak bandenwissel"],
        "inspection": ["APK-herinnering", "APK-keuringsrapport"],
        "recovery": ["Pechhulp – meldingsverslag"],
        "school": ["Rijschool – inschrijving", "Uw rijlessen"],
    },
    "pos": {
        "garage": [
            "Komen we meer tegen, dan belt {name} u eerst op {M}.",
            "Vragen over de offerte: {N} of {R}.",
            "Het restbedrag graag overmaken naar {B}.",
            "De aanbetaling is afgeschreven van kaart {C}.",
        ],
        "dealer": [
            "Uw verkoopadviseur {name} is bereikbaar op {N} en via {E}.",
            "De termijnen worden geïncasseerd van {B}.",
            "Klantenservice van het merk: {O}.",
            "Voor de Duitse import belt u onze contactpersoon in Keulen: {I:DE}.",
        ],
        "tyres": [
            "De bandenmonteur belt vanaf {M} zodra hij onderweg is.",
            "Afspraak verzetten kan via {N}.",
        ],
        "inspection": ["Herkeuring inplannen? Bel {N}.", "Keurmeester {name} beantwoordt vragen via {E}."],
        "recovery": [
            "Pechhulp dag en nacht: {O}.",
            "Chauffeur {name} heeft het lid teruggebeld op {M}.",
            "In België helpt onze partner in Gent: {I:BE}.",
        ],
        "school": [
            "Je instructeur {name} is per app bereikbaar op {M}.",
            "Lesgeld overmaken naar {B}.",
            "Kantoor: {N}, {R}.",
        ],
    },
    "neg": {
        "garage": [
            "Chassisnummer {vin}, kilometerstand {odometer}.",
            "Olie {oil_spec}; foutcode {obd_code} gewist.",
        ],
        "dealer": [
            "Vraagprijs {price}; financiering {finance} tegen {apr}.",
            "Motor {engine}, verbruik {consumption}.",
        ],
        "tyres": ["Gemonteerd: {tyre_size}, {tyre_dot}.", "Profiel oude banden {tread}."],
        "inspection": ["APK geldig tot {due_month}.", "Uitlaatgastest: {lambda_co}."],
        "recovery": ["Locatie {gps}, dossier {recovery_job}."],
        "school": ["Pakket {lesson_block} voor {price}."],
    },
    "local": {
        "NL": [
            "Belt u vanuit {town}? Dan is de werkplaats gewoon {L}.",
            "Vestiging {town} (lokaal, zonder netnummer): {L}, onderdelen {L2}",
            "Bergingsdienst {town} – binnen de stad:\n{L}",
            "'Bel maar {L}, dat is de rijschool hier in {town},' zei de instructeur.",
            "Bandenopslag {town}: {L} (alleen lokaal bereikbaar zonder netnummer).",
        ],
    },
    "heads": ["Handige nummers", "Contactpersonen garage"],
    "labels": ["Werkplaats", "Onderdelen", "Verkoop", "Berging", "Instructeur"],
}

PT = {
    "titles": {
        "garage": ["Ordem de serviço – oficina", "Orçamento de reparo"],
        "dealer": ["Test drive agendado", "Proposta de troca"],
        "tyres": ["Agendamento de troca de pneus"],
        "inspection": ["Lembrete de vistoria", "Inspeção periódica"],
        "recovery": ["Guincho – relatório de atendimento"],
        "school": ["Autoescola – matrícula"],
    },
    "pos": {
        "garage": [
            "Se aparecer mais alguma coisa, {name} liga para {M} antes de continuar.",
            "Dúvidas sobre o orçamento: {N} ou {R}.",
            "O sinal foi cobrado no cartão {C}.",
        ],
        "dealer": [
            "Seu consultor é {name}: telefone {N}, e-mail {E}.",
            "Central de atendimento da marca: {O}.",
            "O tablet da concessionária acessou o sistema a partir de {V4}.",
        ],
        "tyres": ["O montador avisa pelo {M} meia hora antes.", "Para remarcar, ligue {N}."],
        "inspection": ["Para reagendar a vistoria, ligue {N}.", "O vistoriador {name} responde em {E}."],
        "recovery": ["Assistência 24 horas: {O}.", "O motorista do guincho, {name}, retornou para o {M}."],
        "school": ["Seu instrutor, {name}, só responde mensagens: {M}.", "Secretaria: {N}, {R}."],
    },
    "neg": {
        "garage": ["Chassi {vin}, {odometer}.", "Óleo {oil_spec}; código de falha {obd_code}."],
        "dealer": ["Preço à vista {price}; financiamento {finance}, taxa {apr}."],
        "tyres": ["Pneus {tyre_size}, calibragem {pressure}."],
        "inspection": ["Próxima inspeção: {due_month}."],
        "recovery": ["Localização {gps}; protocolo {recovery_job}."],
        "school": ["Pacote de {lesson_block}."],
    },
    "local": {
        "BR": [
            "Quem liga de um fixo de {town} fala com a oficina direto no {L}.",
            "Loja {town} (ligação local): {L} – peças {L2}",
            "Guincho em {town}, sem DDD de dentro da cidade:\n{L}",
            '"Liga no {L}, é a autoescola aqui de {town}", disse o instrutor.',
            "Depósito de pneus de {town}: {L} (de fora da cidade, use o DDD).",
        ],
    },
    "heads": ["Telefones da oficina", "Contatos"],
    "labels": ["Oficina", "Peças", "Vendas", "Guincho", "Instrutor"],
}
