"""Negative-only genres: documents from the same worlds with no labelled value at all, full of
look-alikes (rosters of membership or lift-pass numbers, dial-in PINs, codes, readings), some
with a phone word next to a number that is not a phone number.

Each entry: (genre, {lang: [templates]}); locales come from LOCALES_OF_LANG.
"""

LOCALES_OF_LANG = {
    "en": ("en_US", "en_GB", "en_AU", "en_IE", "en_IN"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "fr": ("fr_FR", "fr_BE", "fr_CH"),
    "es": ("es_ES",),
    "it": ("it_IT",),
    "nl": ("nl_NL", "nl_BE"),
    "pt": ("pt_BR",),
    "hi": ("en_IN",),
}

GENRES = [
    (
        "chess-pairings",
        {
            "en": [
                """<<TOWN>> Rapidplay — round <<NUM:2-9>> results
<<NEG:chess_result>>
<<NEG:chess_result>>
<<NEG:chess_result>>
Players without a FIDE ID should give the arbiter their national number instead.
<<NROSTER:tab:5:fide>>
Round <<NUM:3-9>> starts <<NEG:date_time>>. No phones in the playing hall — a ringing phone loses the game."""
            ],
            "de": [
                """Stadtmeisterschaft <<TOWN>>, Runde <<NUM:2-9>>
<<NEG:chess_result>>; <<NEG:chess_result>>; <<NEG:chess_result>>.
Teilnehmerliste mit Wertungszahlen:
<<NROSTER:tab:5:fide>>
Handy im Spielsaal = Partieverlust. Nächste Runde <<NEG:date_time>>."""
            ],
            "fr": [
                """Open de <<TOWN>> — résultats ronde <<NUM:2-9>>
<<NEG:chess_result>> ; <<NEG:chess_result>>.
<<NROSTER:tab:5:fide>>
Téléphones éteints dans la salle. <<NEG:fide_rating>>."""
            ],
            "es": [
                """Torneo de ajedrez de <<TOWN>> — ronda <<NUM:2-9>>: <<NEG:chess_result>>; <<NEG:chess_result>>.
<<NROSTER:tab:4:fide>>"""
            ],
        },
    ),
    (
        "membership-ledger",
        {
            "en": [
                """Renewals received since the last newsletter (thank you!)
<<NROSTER:table:6:member:money>>
Total <<NEG:money>>. Note: <<NEG:iban_bad>> — please don't use it. The phone tree has been retired; use the newsletter instead."""
            ],
            "de": [
                """Eingegangene Mitgliedsbeiträge bis <<DATE>>
<<NROSTER:table:6:member:money>>
Summe <<NEG:money>>. Achtung: <<NEG:iban_bad>>. Die Telefonkette entfällt ab sofort."""
            ],
            "nl": [
                """Ontvangen contributies t/m <<DATE>>
<<NROSTER:table:6:member:money>>
Totaal <<NEG:money>>. Let op: <<NEG:iban_bad>>."""
            ],
            "fr": [
                """Cotisations reçues au <<DATE>> :
<<NROSTER:dash:6:member>>
Total <<NEG:money>>. Attention : <<NEG:iban_bad>>."""
            ],
            "it": [
                """Quote sociali ricevute al <<DATE>>:
<<NROSTER:dash:5:member>>
Totale <<NEG:money>>. Attenzione: <<NEG:iban_bad>>."""
            ],
            "pt": [
                """Mensalidades recebidas até <<DATE>>:
<<NROSTER:colon:5:member>>
Total <<NEG:money>>."""
            ],
            "es": [
                """Cuotas cobradas a <<DATE>>:
<<NROSTER:colon:5:member:money>>
Total <<NEG:money>>. Ojo: <<NEG:iban_bad>>."""
            ],
        },
    ),
    (
        "lift-pass-sheet",
        {
            "en": [
                """Group lift passes — collect from the ticket office before 9
<<NROSTER:table:6:pass:age_band>>
<<NEG:avalanche>>. Lost pass handed in: <<NEG:ski_pass>>."""
            ],
            "de": [
                """Gruppen-Skipässe (bitte am Lift vorzeigen)
<<NROSTER:table:6:pass:age_band>>
<<NEG:avalanche>>. Sessellift <<NUM:1-12>> ab <<TIME>>."""
            ],
            "fr": [
                """Forfaits du groupe — à retirer à la caisse
<<NROSTER:table:5:pass:age_band>>
<<NEG:avalanche>>."""
            ],
            "it": [
                """Skipass del gruppo
<<NROSTER:table:5:pass:age_band>>
<<NEG:avalanche>>."""
            ],
        },
    ),
    (
        "locker-allocation",
        {
            "en": [
                """Locker allocation, changing room B
<<NROSTER:colon:7:locker>>
Master key in the key safe (<<NEG:door_code>>). Guest <<NEG:wifi_pass>>."""
            ],
            "de": [
                """Spindvergabe Umkleide Herren
<<NROSTER:colon:6:locker>>
Generalschlüssel: Schlüsselsafe <<NEG:door_code>>."""
            ],
            "nl": [
                """Kluisjesverdeling kleedkamer
<<NROSTER:colon:6:locker>>
<<NEG:wifi_pass>>"""
            ],
            "pt": [
                """Distribuição dos armários do vestiário
<<NROSTER:colon:6:locker>>"""
            ],
        },
    ),
    (
        "race-licences",
        {
            "de": [
                """Meldeliste Vereinsrennen
<<NROSTER:csv:6:licence:age_band>>
Bestzeiten: <<NEG:race_time>>, <<NEG:race_time>>."""
            ],
            "fr": [
                """Liste des engagés — course de club
<<NROSTER:csv:5:licence:age_band>>
Meilleurs temps : <<NEG:race_time>>."""
            ],
            "it": [
                """Iscritti gara sociale
<<NROSTER:csv:5:licence:age_band>>"""
            ],
            "es": [
                """Inscritos carrera social
<<NROSTER:csv:5:licence:age_band>>
Mejor tiempo: <<NEG:race_time>>."""
            ],
        },
    ),
    (
        "dial-in-and-codes",
        {
            "en": [
                """Committee call moved online. <<NEG:conf_pin>>. If the phone line is busy, retry after a minute.
Your <<NEG:otp>>. Parcel locker: <<NEG:door_code>>.""",
                """Reminder: call number for the book is <<NEG:library_call>>, not a phone number. <<NEG:queue_no>>.""",
            ],
            "de": [
                """Telefonkonferenz Vorstand: <<NEG:conf_pin>>. Bitte Mikrofon stumm schalten.
<<NEG:otp>>. Packstation: <<NEG:door_code>>."""
            ],
            "fr": ["""Conférence téléphonique du bureau : <<NEG:conf_pin>>. <<NEG:otp>>."""],
            "nl": [
                """Bestuursoverleg via de telefoon: <<NEG:conf_pin>>. <<NEG:otp>>. <<NEG:pairing_pin>>."""
            ],
            "es": ["""Reunión telefónica de la junta: <<NEG:conf_pin>>. <<NEG:otp>>."""],
            "it": ["""Riunione telefonica del consiglio: <<NEG:conf_pin>>. <<NEG:otp>>."""],
            "pt": ["""Reunião por telefone do conselho: <<NEG:conf_pin>>. <<NEG:otp>>. <<NEG:queue_no>>."""],
            "hi": [
                """Committee meeting phone pe hogi: <<NEG:conf_pin>>. <<NEG:otp>> — yeh code kisi ko mat batana."""
            ],
        },
    ),
    (
        "timetable-only",
        {
            "en": [
                """Winter timetable, <<TOWN>> ferry
<<NEG:ferry_sailing>>
<<NEG:ferry_sailing>>
<<NEG:ferry_sailing>>
Tides: <<NEG:tide>>. Sailings may be cancelled at short notice."""
            ],
            "de": [
                """Winterfahrplan
<<NEG:ferry_sailing>>
<<NEG:ferry_sailing>>
<<NEG:tide>>"""
            ],
            "fr": ["""Horaires d'hiver : <<NEG:ferry_sailing>> ; <<NEG:ferry_sailing>>. <<NEG:tide>>."""],
            "nl": ["""Winterdienstregeling: <<NEG:ferry_sailing>>; <<NEG:ferry_sailing>>. <<NEG:tide>>."""],
            "es": ["""Horario de invierno: <<NEG:ferry_sailing>>; <<NEG:ferry_sailing>>."""],
            "it": ["""Orario invernale: <<NEG:ferry_sailing>>; <<NEG:ferry_sailing>>."""],
            "pt": ["""Horário de inverno: <<NEG:ferry_sailing>>; <<NEG:ferry_sailing>>. <<NEG:tide>>."""],
        },
    ),
    (
        "hut-conditions",
        {
            "en": [
                """Conditions at the hut, <<DATE>>: <<NEG:altitude>>, <<NEG:avalanche>>. Water from the spring at <<NEG:os_gridref>>.
Meter read for the landlord: <<NEG:meter_no>>. No phone signal above the tree line."""
            ],
            "de": [
                """Lagebericht Hütte, <<DATE>>: <<NEG:altitude>>, <<NEG:avalanche>>. <<NEG:cabin_berth>>. Zählerstand notiert, <<NEG:meter_no>>. Kein Handyempfang."""
            ],
            "fr": [
                """État du refuge le <<DATE>> : <<NEG:altitude>>, <<NEG:avalanche>>. <<NEG:cabin_berth>>. Pas de réseau téléphonique."""
            ],
            "it": [
                """Situazione al rifugio, <<DATE>>: <<NEG:altitude>>, <<NEG:avalanche>>. Niente campo per il telefono."""
            ],
            "es": [
                """Estado del refugio, <<DATE>>: <<NEG:altitude>>, <<NEG:avalanche>>. Sin cobertura de móvil."""
            ],
        },
    ),
    (
        "apiary-inspection",
        {
            "en": [
                """Inspection sheet, <<DATE>>
<<NEG:hive_record>>
<<NEG:hive_record>>
<<NEG:hive_record>>
Honey for export declared as <<NEG:hs_code>>."""
            ],
            "de": [
                """Stockkarte, <<DATE>>
<<NEG:hive_record>>
<<NEG:hive_record>>
Honig für den Versand: <<NEG:hs_code>>."""
            ],
            "fr": ["""Fiche de visite du <<DATE>> : <<NEG:hive_record>> ; <<NEG:hive_record>>."""],
            "nl": ["""Inspectieformulier <<DATE>>: <<NEG:hive_record>>; <<NEG:hive_record>>."""],
            "es": ["""Revisión del <<DATE>>: <<NEG:hive_record>>; <<NEG:hive_record>>."""],
            "it": ["""Scheda di visita <<DATE>>: <<NEG:hive_record>>; <<NEG:hive_record>>."""],
            "pt": ["""Ficha de revisão <<DATE>>: <<NEG:hive_record>>; <<NEG:hive_record>>."""],
        },
    ),
    (
        "ham-contest-log",
        {
            "en": [
                """Contest log (call signs are not phone numbers!)
<<NEG:date_time>>  <<NEG:callsign_rst>>  <<NEG:ham_freq>>
<<NEG:date_time>>  <<NEG:callsign_rst>>
<<NEG:date_time>>  <<NEG:callsign_rst>>  <<NEG:ham_freq>>
Satellite: <<NEG:sat_transponder>>."""
            ],
            "de": [
                """Contest-Log <<DATE>>
<<NEG:callsign_rst>> — <<NEG:ham_freq>>
<<NEG:callsign_rst>> — <<NEG:ham_freq>>"""
            ],
            "nl": ["""Contestlog: <<NEG:callsign_rst>>; <<NEG:callsign_rst>>; <<NEG:ham_freq>>."""],
            "fr": ["""Carnet de trafic : <<NEG:callsign_rst>> ; <<NEG:callsign_rst>> ; <<NEG:ham_freq>>."""],
        },
    ),
    (
        "security-advisory",
        {
            "en": [
                """Advisory <<NEG:report_id>>
Affected: <<NEG:version_like>>, <<NEG:build_number>>. <<NEG:cve_cvss>>.
Exposed services: <<NEG:port_list>>. Device MAC <<NEG:mac_address>>, <<NEG:snmp_oid>>.
The proof of concept uses placeholder values only, e.g. <<NEG:ssn_bad>> and <<NEG:card_bad>>.""",
                """Patch notes: <<NEG:version_like>> fixes <<NEG:cve_cvss>>. Known issue on <<NEG:build_number>>. Hex colour of the new banner: <<NEG:paint_code>>.""",
            ],
        },
    ),
    (
        "escape-room-solutions",
        {
            "en": [
                """SOLUTION SHEET — staff only
Chest: <<NEG:padlock_combo>>. Cabinet: <<NEG:padlock_combo>>. Final door: <<NEG:padlock_combo>>.
The "phone" prop has no real number; the dial code players need is <<NEG:door_code>>. Audio cue at <<NEG:timecode>>."""
            ],
            "de": [
                """Lösungsblatt (nur Personal): Truhe <<NEG:padlock_combo>>, Schrank <<NEG:padlock_combo>>. Das Wählscheibentelefon braucht <<NEG:door_code>>."""
            ],
            "nl": [
                """Oplossingen: kist <<NEG:padlock_combo>>, kast <<NEG:padlock_combo>>. De oude telefoon in de kamer: <<NEG:door_code>>."""
            ],
            "fr": [
                """Solutions : coffre <<NEG:padlock_combo>>, armoire <<NEG:padlock_combo>>. Le téléphone à cadran attend <<NEG:door_code>>."""
            ],
        },
    ),
    (
        "tyre-and-paint",
        {
            "en": [
                """Job card: fitted <<NEG:tyre_size>> (front), <<NEG:tyre_size>> (rear). Touch-up paint <<NEG:paint_code>>. Customer's <<NEG:card_bad>> scanned for points."""
            ],
            "de": [
                """Werkstattauftrag: Reifen <<NEG:tyre_size>>, Lack <<NEG:paint_code>>. <<NEG:card_bad>>."""
            ],
            "fr": ["""Fiche atelier : pneus <<NEG:tyre_size>>, teinte <<NEG:paint_code>>."""],
            "nl": ["""Werkorder: banden <<NEG:tyre_size>>, lak <<NEG:paint_code>>. <<NEG:card_bad>>."""],
            "es": ["""Orden de taller: neumáticos <<NEG:tyre_size>>, pintura <<NEG:paint_code>>."""],
            "it": ["""Scheda officina: pneumatici <<NEG:tyre_size>>, vernice <<NEG:paint_code>>."""],
            "pt": ["""Ordem de serviço: pneus <<NEG:tyre_size>>, tinta <<NEG:paint_code>>."""],
        },
    ),
    (
        "land-and-post",
        {
            "de": [
                """Grundbuchauszug (Auszug): <<NEG:cadastral>>; <<NEG:cadastral>>. Zustellung an <<NEG:postbox>>. Nach <<NEG:statute>>. <<NEG:energy>>."""
            ],
            "fr": ["""Extrait cadastral : <<NEG:cadastral>>. Courrier : <<NEG:postbox>>. <<NEG:energy>>."""],
            "nl": ["""Kadastrale gegevens: <<NEG:cadastral>>. Post naar <<NEG:postbox>>. <<NEG:energy>>."""],
            "es": ["""Nota simple: <<NEG:cadastral>>. Correspondencia: <<NEG:postbox>>."""],
            "it": ["""Visura: <<NEG:cadastral>>. Corrispondenza: <<NEG:postbox>>."""],
            "pt": ["""Certidão: <<NEG:cadastral>>. Correspondência: <<NEG:postbox>>."""],
            "en": ["""Land Registry: <<NEG:cadastral>>. Post to <<NEG:postbox>>. EPC: <<NEG:energy>>."""],
        },
    ),
    (
        "concert-programme",
        {
            "en": [
                """Spring concert, <<TOWN>>, <<DATE>> at <<TIME>>
Programme: <<NEG:opus_catalogue>>; <<NEG:opus_catalogue>>; <<NEG:opus_catalogue>>.
Scores: <<NEG:ismn>>. Please switch off mobile phones."""
            ],
            "de": [
                """Frühjahrskonzert, <<DATE>>, <<TIME>> Uhr: <<NEG:opus_catalogue>>, <<NEG:opus_catalogue>>. Noten: <<NEG:ismn>>. Bitte Handys ausschalten."""
            ],
            "fr": [
                """Concert de printemps, <<DATE>> : <<NEG:opus_catalogue>> ; <<NEG:opus_catalogue>>. Merci d'éteindre vos téléphones."""
            ],
            "it": [
                """Concerto di primavera, <<DATE>>: <<NEG:opus_catalogue>>; <<NEG:opus_catalogue>>. Spegnere i cellulari."""
            ],
            "nl": [
                """Voorjaarsconcert, <<DATE>>: <<NEG:opus_catalogue>>; <<NEG:opus_catalogue>>. Telefoons uit, graag."""
            ],
        },
    ),
    (
        "thesis-front-matter",
        {
            "en": [
                """This research was supported by <<NEG:grant_no>> and <<NEG:grant_no>>. Author: <<NEG:orcid>>. Shelfmark <<NEG:library_call>>."""
            ],
            "de": ["""Gefördert durch <<NEG:grant_no>>. <<NEG:orcid>>. <<NEG:library_call>>."""],
            "nl": ["""Dit onderzoek is gefinancierd door <<NEG:grant_no>>. <<NEG:orcid>>."""],
            "fr": ["""Financement : <<NEG:grant_no>>. <<NEG:orcid>>."""],
        },
    ),
    (
        "hinglish-notice-numbers",
        {
            "hi": [
                """Society maintenance jama karne ke liye: <<NEG:ifsc_micr>>. Amount <<NEG:money>>. Receipt pe <<NEG:membership_no>> likhein.
Bijli ka naya meter laga hai: <<NEG:meter_no>>. Dak ke liye <<NEG:postbox>>.""",
                """Train ka <<NEG:booking_ref>> confirm ho gaya. <<NEG:otp>>. Coach B2, <<NEG:cabin_berth>>.""",
            ],
        },
    ),
    (
        "stable-livery",
        {
            "en": [
                """Livery list: <<NEG:ueln_horse>> (bay mare); <<NEG:ueln_horse>> (grey gelding). Farrier due <<NEG:date_time>>. Feed bill <<NEG:money>>."""
            ],
            "de": [
                """Pensionspferde: <<NEG:ueln_horse>>; <<NEG:ueln_horse>>. Hufschmied <<NEG:date_time>>."""
            ],
            "nl": ["""Pensionpaarden: <<NEG:ueln_horse>>; <<NEG:ueln_horse>>."""],
            "fr": ["""Chevaux en pension : <<NEG:ueln_horse>> ; <<NEG:ueln_horse>>."""],
        },
    ),
    (
        "labels-and-crafts",
        {
            "de": ["""Etikett: Riesling trocken, <<NEG:wine_apnr>>. Strickanleitung: <<NEG:knitting>>."""],
            "en": [
                """Pattern notes: <<NEG:knitting>>. Dye lot matched to <<NEG:paint_code>>. Seeds: <<NEG:seed_batch>>."""
            ],
            "fr": ["""Notes de tricot : <<NEG:knitting>>. Graines : <<NEG:seed_batch>>."""],
        },
    ),
    (
        "health-diary",
        {
            "en": [
                """My readings this week: <<NEG:bp_reading>>; <<NEG:bp_reading>>; <<NEG:bp_reading>>. Park run <<NEG:race_time>>."""
            ],
            "de": ["""Blutdrucktagebuch: <<NEG:bp_reading>>; <<NEG:bp_reading>>. Lauf: <<NEG:race_time>>."""],
            "fr": ["""Carnet de tension : <<NEG:bp_reading>> ; <<NEG:bp_reading>>."""],
            "nl": ["""Bloeddrukdagboek: <<NEG:bp_reading>>; <<NEG:bp_reading>>."""],
            "es": ["""Registro de tensión: <<NEG:bp_reading>>; <<NEG:bp_reading>>."""],
            "it": ["""Diario della pressione: <<NEG:bp_reading>>; <<NEG:bp_reading>>."""],
            "pt": ["""Diário de pressão: <<NEG:bp_reading>>; <<NEG:bp_reading>>."""],
        },
    ),
    (
        "darts-league",
        {
            "en": [
                """League night: <<NEG:darts_score>>; <<NEG:darts_score>>. Kitty <<NEG:money>>. Next fixture <<NEG:date_time>>."""
            ],
            "nl": ["""Darttoernooi: <<NEG:darts_score>>; <<NEG:darts_score>>."""],
        },
    ),
    (
        "fire-brigade-callout",
        {
            "de": [
                """Einsatzbericht <<NEG:date_time>>: Alarmierung über Funkmeldeempfänger, Ruf <<NUM:1-5>>. Florian <<TOWN>> <<NUM:10-49>>/<<NUM:1-9>>. Einsatzdauer <<NEG:race_time>>. Zählerstand Pumpe <<NEG:meter_no>>."""
            ],
            "en": [
                """Callout log <<NEG:date_time>>: pager group <<NUM:1-5>>, appliance <<NUM:10-49>>. Hydrant <<NEG:os_gridref>>."""
            ],
        },
    ),
]
