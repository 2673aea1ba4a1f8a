"""German genres (Germany; Austria and Switzerland write every number internationally)."""

DE = ("de_DE",)
DACH = ("de_DE", "de_AT", "de_CH")

GENRES = [
    (
        "imkerverein-rundbrief",
        DACH,
        "imkerverein",
        [
            """Imkerverein <<TOWN>> e.V. — Rundbrief <<PICK:Frühjahr|Sommer|Herbst>>
Liebe Imkerinnen und Imker,
die Schwarmzeit beginnt. Schwarmfänger-Telefonliste (Vorwahl <<AREA>>):
<<ROSTER:dots:3-5:Innenstadt|Nordstadt|nur am Wochenende|Ortsteil West|alle Gebiete>>
Wer keinen erreicht: Obmann <<NAME1>>, <<CALL>> <<P_ANN>>.
Völkerbericht: <<NEG:hive_record>>; <<NEG:hive_record>>.
Beitrag bitte bis <<DATE>> auf <<IBAN>>, Verwendungszweck <<NEG:membership_no>>.[[
Fragen an <<ROLE:vorstand>>.]]""",
            """Protokoll Monatsversammlung vom <<DATE>>
TOP 1: Varroa-Behandlung. <<NEG:hive_record>>.
TOP 2: Honigverkauf auf dem Markt, Glaspfand <<NEG:money>>. Zolltarif für Export: <<NEG:hs_code>>.
TOP 3: Neuer Schwarmbeauftragter ist <<NAME2>>, erreichbar unter <<P_ANN>>[[, mobil <<P_MOB>>]].
Protokoll: <<NAME1>> (<<EMAIL1>>)""",
        ],
    ),
    (
        "fahrplan-faehre",
        DACH,
        "faehre",
        [
            """Fährverbindung <<TOWN>> — Sommerfahrplan
<<NEG:ferry_sailing>> · <<NEG:ferry_sailing>> · <<NEG:ferry_sailing>>
<<NEG:tide>> (tideabhängig!)[[
Fahrzeugbuchung nur telefonisch: <<P_OTHER>> oder am Schalter.]]
Hafenbüro: <<CALL>> <<P_ANN>>. Abgegeben: <<NEG:lost_found>>.""",
            """Betriebsmeldung: Wegen Niedrigwasser entfällt <<NEG:ferry_sailing>>. Ersatzverkehr mit Bus ab <<NEG:stop_code>>.
Auskunft <<CALL>> <<P_ANN>>[[; Kapitän <<NAME1>> mobil <<P_MOB>>]].[[ E-Mail: <<ROLE:dispo>>.]]""",
        ],
    ),
    (
        "huettenbuch",
        DACH,
        "alpenverein",
        [
            """Hüttenbuch, Seite <<NUM:20-190>>
<<DATE>> — Aufstieg bei Nebel, <<NEG:altitude>>. <<NEG:avalanche>>. Holz nachgelegt, Kasse stimmt.
Hüttenwirt bittet um Anmeldung, <<CALL>> <<P_ANN>> (abends).[[ Handy nur bei Empfang oben am Grat: <<P_MOB>>.]]
<<DATE>> — Zu dritt, <<NEG:cabin_berth>>. Schöne Tour! <<FIRST>>, <<FIRST>>, <<FIRST>>
Übernachtungsgebühr per Überweisung: <<IBAN>>.""",
            """Hinweise für Selbstversorger
Schlüssel im Tresor, <<NEG:door_code>>. Wasser aus der Quelle abkochen.
Hüttenwart <<NAME1>>: <<P_ANN>> — bitte nicht vor 8 Uhr anrufen.[[ Sektion: <<ROLE:huetten>>.]]
Notfall: Bergrettung über den Notruf, nicht über den Hüttenwart.""",
        ],
    ),
    (
        "wohnungsgenossenschaft-mv",
        DE,
        "wg-eg",
        [
            """Wohnungsbaugenossenschaft <<TOWN>> eG — Unterlagen zur Mitgliederversammlung
TOP 3 Jahresabschluss: Bilanzsumme <<NEG:money>>, Instandhaltungsrücklage <<NEG:money>>.
TOP 5 Satzungsänderung nach <<NEG:statute>>.[[
Hausmeister-Notdienst: <<P_OTHER>>.]] Vorstand <<NAME1>>, Telefonsprechstunde <<DAY>> <<P_ANN>>.
Telefonliste Aufsichtsrat:
<<ROSTER:table:3-5:share_no>>
Nutzungsgebühr auf <<IBAN>>.[[ Einladungen per Mail: <<ROLE:mitglieder>>.]]""",
        ],
    ),
    (
        "apotheken-notdienst",
        DE,
        "apotheken",
        [
            """Apotheken-Notdienstplan <<TOWN>>, KW <<NUM:1-52>>
<<DAY>>: <<PICK:Löwen|Adler|Stern|Rathaus|Brunnen>>-Apotheke, Hauptstr. <<NUM:1-99>>, Fon <<P_GEO>>
<<DAY>>: <<PICK:Löwen|Adler|Stern|Rathaus|Brunnen>>-Apotheke, Am Markt <<NUM:1-30>>, <<CALL>> <<P_ANN>>
Notdienstfinder: <<P_OTHER>>. Hinweis: PZN <<NUM:1000000-9999999>> (Fiebersaft) derzeit knapp. Notdienstgebühr <<NEG:money>>.""",
        ],
    ),
    (
        "skischule-gruppenliste",
        DACH,
        "skischule",
        [
            """Skischule <<TOWN>> — Kinderkurs Gruppe <<PICK:Murmeltiere|Gämsen|Steinböcke|Pinguine>>
Treffpunkt Zauberteppich 9:30. <<NEG:avalanche>>.
Telefonnummern der Eltern:
<<ROSTER:table:3-5:age_band>>[[
Skilehrer <<NAME1>>, Handy <<P_MOB>>.]] Büro <<CALL>> <<P_ANN>>.
Gefunden: <<NEG:ski_pass>>, <<NEG:ski_pass>>.""",
            """Rennanmeldung Vereinsmeisterschaft
<<NROSTER:csv:6:licence:age_band>>
Startgeld <<NEG:money>>. Zeitnehmung <<NEG:race_time>>. Fragen: <<ROLE:rennen>>.""",
        ],
    ),
    (
        "kita-telefonkette",
        DACH,
        "kita",
        [
            """Kita <<PICK:Sonnenschein|Regenbogen|Pusteblume|Wichtelhaus>> — Telefonkette Gruppe <<PICK:Igel|Füchse|Mäuse|Bären>>
Bei kurzfristiger Schließung ruft die Leitung die erste Familie an, dann weiter der Reihe nach.
<<ROSTER:tree:4-5>>[[
Die letzte Familie meldet sich in der Kita zurück: <<P_GEO>>.]]""",
            """Elternbeirat — Kontaktliste (bitte nicht weitergeben)
Telefon (privat), Vorwahl <<AREA>>
<<ROSTER:colon:3-5:none>>
Kasse Elternbeirat: <<IBAN>>. Nebeneingang: <<NEG:door_code>>.""",
        ],
    ),
    (
        "nachhilfe-aushang",
        DACH,
        "nachhilfe",
        [
            """NACHHILFE Mathe/Physik (Kl. 5–13)
Lehramtsstudentin, geduldig, auch online. 15 €/45 min.
<<CALL>> <<P_ANN>> oder schreib mir: <<EMAIL1>>
— <<FIRST1>> —[[  (Abreißzettel: <<P_MOB>>)]]""",
            """Biete Latein- und Französischnachhilfe, <<TOWN>> Süd. Ruhige Lernatmosphäre.
<<CALL>> <<P_ANN>> (AB, ich rufe zurück). <<NAME1>>""",
        ],
    ),
    (
        "hackerspace-wiki-de",
        DE,
        "hackspace",
        [
            """= Zugang =
Schließsystem per Token, Notfall-Code: <<NEG:door_code>>. <<NEG:wifi_pass>>.
= Netz =[[
* Drucker: <<IP4>>]]
* 3D-Drucker-Octoprint: <<IP4>>:5000
* Router v6: <<IP6>>
= Kontakt =
Schlüsselverantwortliche*r: <<NAME1>>, <<CALL>> <<P_ANN>>.[[ Vermieter-Notdienst <<P_FULL>>.]] Liste: <<ROLE:intern>>.""",
        ],
    ),
    (
        "taxi-funkprotokoll",
        DE,
        "taxi",
        [
            """Funkprotokoll Zentrale, Nachtschicht <<DATE>>
<<TIME>> Auftrag Bahnhof → Klinikum, <<NEG:cab_job>>. Anrufer-Rückruf <<P_ANN>>.
<<TIME>> Stammkundin <<NAME>>, Festnetz <<P_ANN>>, Rollator.[[
<<TIME>> Fahrgast vergessen: Handy. Besitzer ruft an von <<P_MOB>>.]]
<<TIME>> <<NEG:cab_job>>.""",
        ],
    ),
    (
        "feuerwehr-alarmplan",
        DE,
        "feuerwehr",
        [
            """Freiwillige Feuerwehr <<TOWN>> — Löschzug <<NUM:1-4>>
Telefonalarmierung bei Sirenenausfall (Festnetz, <<AREA>>):
<<ROSTER:dash:3-5:Maschinist|Atemschutz|Gruppenführer|Fahrer|Funk|–>>
Wehrführer <<NAME1>>[[, mobil <<P_MOB>>]].[[ Gerätehaus: <<P_GEO>>.]]
Funkrufname Florian <<TOWN>> <<NUM:10-49>>/<<NUM:1-9>>.""",
        ],
    ),
    (
        "kleintierzucht-ausstellung",
        DE,
        "kleintierzucht",
        [
            """Kreisschau Rassekaninchen — Ausstellerliste
Käfig-Nr. / Rasse / Aussteller
<<NUM:1-300>> / Deutsche Riesen / <<NAME>>
<<NUM:1-300>> / Kleinsilber / <<NAME>>
Ausstellungsleitung <<NAME1>>, <<CALL>> <<P_ANN>>. Standgeld <<NEG:money>> auf <<IBAN>>.""",
        ],
    ),
    (
        "funkamateur-ortsverband",
        DACH,
        "darc",
        [
            """Ortsverband <<TOWN>> — Rundspruch
Relais <<NEG:ham_freq>>. Echolink-Server <<IP4>>. DOK <<PICK:R09|F12|C15|N01>>.
QSOs der Woche: <<NEG:callsign_rst>>, <<NEG:callsign_rst>>.
OVV <<NAME1>> ist <<CALL>> <<P_ANN>> zu erreichen. QSL-Karten über das Büro.""",
        ],
    ),
]
