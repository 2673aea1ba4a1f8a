"""Spanish, Italian and Dutch sentences for v72; written fresh for this set."""

ES = {
    "HEADS": {
        "guard": ["Parte de servicio – vigilancia nocturna", "Informe de rondas"],
        "alarm": ["Revisión del sistema de alarma", "Central receptora: aviso al cliente"],
        "cleaning": ["Servicio de limpieza – calendario", "Presupuesto de limpieza a fondo"],
        "cctv": ["Acta de instalación de CCTV", "Mantenimiento de cámaras"],
    },
    "BODY": {
        "guard": [
            "Rondas realizadas a las {n:patrol_times} sin incidencias.",
            "Turno de {n:shift}; tarjetas de visita {n:badge_range} entregadas en recepción.",
            "Denuncia presentada, diligencias {n:police_urn}.",
        ],
        "alarm": [
            "La central (n.º de serie {n:panel_serial}) registró {n:alarm_zone_event} y se restableció.",
            "Su número de abonado en la central receptora es {n:arc_account}.",
            "Batería sustituida y detectores probados; instalación {n:site_code}.",
        ],
        "cleaning": [
            "La limpieza diaria abarca {n:floor_area} en planta baja y primera.",
            "Dilución {n:dilution}, lote {n:chem_lot} anotado en la ficha de seguridad.",
        ],
        "cctv": [
            "Grabador con {n:nvr_storage}; las imágenes se conservan {n:retention}.",
            "Cada cámara emite a {n:cam_bitrate} por el switch PoE de {n:poe_budget}.",
        ],
    },
    "CALL": [
        "Si nota algo raro por la noche, el centro de control atiende en el {nat}.",
        "¿Dudas sobre la visita? Llame al {nat} o escriba a {email}.",
        "El jefe de equipo tiene el móvil de guardia: {mob}.",
        "Nuestra sede en el extranjero: {intl}.",
        "Línea gratuita para saltos de alarma: {oth}.",
    ],
    "LIST_HEADS": ["Contactos de la instalación", "A quién llamar"],
    "LABELS": ["Centro de control", "Jefe de equipo", "Técnico de alarmas", "Cerrajero", "Recepción"],
    "CARD": ["Desplazamiento cobrado con la tarjeta {card}."],
    "IBAN": ["La cuota de conexión se domicilia en {iban}."],
    "IP": ["El grabador responde en {ipp}; acceso remoto por {ip}."],
}

IT = {
    "HEADS": {
        "guard": ["Rapporto di servizio – vigilanza notturna", "Registro ronde"],
        "alarm": ["Manutenzione impianto antintrusione", "Centrale operativa: comunicazione"],
        "cleaning": ["Servizio di pulizie – calendario", "Preventivo pulizia straordinaria"],
        "cctv": ["Verbale di installazione TVCC", "Manutenzione telecamere"],
    },
    "BODY": {
        "guard": [
            "Ronde eseguite alle {n:patrol_times}, nulla da segnalare.",
            "Turno {n:shift}; pass visitatori {n:badge_range} consegnati.",
            "Denuncia sporta, verbale {n:police_urn}.",
        ],
        "alarm": [
            "La centrale (matricola {n:panel_serial}) ha segnalato {n:alarm_zone_event}.",
            "Il vostro codice cliente presso la centrale operativa è {n:arc_account}.",
        ],
        "cleaning": [
            "La pulizia giornaliera copre {n:floor_area} tra piano terra e primo piano.",
            "Diluizione {n:dilution}, lotto {n:chem_lot} riportato nella scheda di sicurezza.",
        ],
        "cctv": [
            "Videoregistratore con {n:nvr_storage}; conservazione immagini {n:retention}.",
            "Obiettivo {n:lens} regolato dopo la potatura; flusso a {n:cam_bitrate}.",
        ],
    },
    "CALL": [
        "Per anomalie notturne la sala operativa risponde al {nat}.",
        "Domande sull'intervento? Chiamate il {nat} o scrivete a {email}.",
        "Il capoturno ha il cellulare di reperibilità: {mob}.",
        "La sede estera: {intl}.",
        "Numero verde per gli allarmi: {oth}.",
    ],
    "LIST_HEADS": ["Recapiti del sito", "Chi chiamare"],
    "LABELS": ["Sala operativa", "Capoturno", "Tecnico allarmi", "Fabbro", "Portineria"],
    "CARD": ["Uscita pagata con carta {card}."],
    "IBAN": ["Il canone di collegamento viene addebitato su {iban}."],
    "IP": ["Il videoregistratore risponde su {ipp}; accesso remoto tramite {ip}."],
}

NL = {
    "HEADS": {
        "guard": ["Dienstrapport nachtdienst", "Surveillance – overdracht"],
        "alarm": ["Onderhoud inbraakalarm", "Meldkamer: bericht aan klant"],
        "locksmith": ["Factuur slotenmaker", "Offerte sluitplan"],
        "facility": ["Facilitair meldpunt – storing", "Onderhoudsplanning gebouw"],
        "cleaning": ["Schoonmaakcontract – rooster", "Offerte dieptereiniging"],
        "cctv": ["Opleverrapport camerabewaking", "Onderhoud camera's"],
    },
    "BODY": {
        "guard": [
            "Rondes gelopen om {n:patrol_times}; geen bijzonderheden.",
            "Dienst {n:shift}; bezoekerspassen {n:badge_range} uitgegeven.",
            "Aangifte gedaan, registratienummer {n:police_urn}.",
        ],
        "alarm": [
            "Het paneel (serienummer {n:panel_serial}) meldde {n:alarm_zone_event} en herstelde zich.",
            "Uw abonneenummer bij de meldkamer is {n:arc_account}.",
        ],
        "locksmith": [
            "Cilinder {n:cylinder} geplaatst binnen sluitplan {n:master_key}.",
            "Drie sleutels bijgemaakt op nummer {n:key_number}.",
        ],
        "facility": [
            "Melding {n:work_order} is doorgezet naar de installateur.",
            "Meterstand vanochtend {n:meter_reading}; lift {n:lift_no} blijft tot vrijdag buiten gebruik.",
        ],
        "cleaning": [
            "De dagelijkse schoonmaak beslaat {n:floor_area} op de begane grond en eerste verdieping.",
            "Dosering {n:dilution}, batch {n:chem_lot} staat op het veiligheidsblad.",
        ],
        "cctv": [
            "Recorder met {n:nvr_storage}; bewaartermijn {n:retention}.",
            "Elke camera streamt met {n:cam_bitrate} via de PoE-switch ({n:poe_budget}).",
        ],
    },
    "CALL": [
        "Ziet u 's nachts iets vreemds, bel dan de meldkamer op {nat}.",
        "Vragen over het bezoek? Bel {nat} of mail naar {email}.",
        "De teamleider is buiten kantooruren mobiel bereikbaar: {mob}.",
        "Ons hoofdkantoor in het buitenland: {intl}.",
        "Gratis nummer voor alarmmeldingen: {oth}.",
        "{name} plant de opstartdatum in – mobiel {mob}, mail {email}.",
    ],
    "LOCAL": [
        "Vestiging {town}, lokaal bellen:\n{loc}",
        "Ons steunpunt in {town} zit om de hoek: {loc}, 's nachts {loc2}.",
        "Vanuit {town} zelf draait u voor de portier alleen {loc}.",
        "De post ({town}, zonder netnummer) heeft nummer {loc}.",
        'De beveiliger zei: "Woon je in {town}, bel gewoon {loc}."',
        "{loc} is het lokale nummer van de meldkamer in {town}; slotenmaker {loc2}.",
        "(Binnen {town}: {loc}.)",
    ],
    "LIST_HEADS": ["Contactpersonen", "Wie bel je?"],
    "LABELS": ["Meldkamer", "Teamleider", "Installateur", "Slotenmaker", "Receptie", "Schoonmaak"],
    "CARD": ["Voorrijkosten betaald met kaart {card}."],
    "IBAN": ["Het abonnement wordt maandelijks geïncasseerd van {iban}.", "Graag betalen op {iban}."],
    "IP": ["De recorder is bereikbaar op {ipp}; op afstand via {ip}."],
}
