"""French genres (France; Belgium and Switzerland write every number internationally).

France has a closed numbering plan: announced and roster numbers are full national numbers.
"""

FR = ("fr_FR",)
FRANCO = ("fr_FR", "fr_BE", "fr_CH")

GENRES = [
    (
        "bulletin-apiculteurs",
        FRANCO,
        "apiculteurs",
        [
            """Syndicat apicole de <<TOWN>> — Bulletin de <<PICK:printemps|juin|rentrée>>
Chers adhérents,
la saison des essaims commence. Liste des récupérateurs d'essaims (téléphone) :
<<ROSTER:dash:3-5:centre-ville|rive droite|week-end seulement|communes voisines|tout secteur>>
À défaut, <<CALL>> <<P_ANN>> (<<NAME1>>, président).
Suivi des ruchers : <<NEG:hive_record>> ; <<NEG:hive_record>>.
Cotisation : virement sur <<IBAN>> en indiquant votre <<NEG:membership_no>>.""",
        ],
    ),
    (
        "horaires-bac",
        FRANCO,
        "traversees",
        [
            """Bac de <<TOWN>> — horaires d'été
<<NEG:ferry_sailing>> · <<NEG:ferry_sailing>> · <<NEG:ferry_sailing>>
<<NEG:tide>> : les horaires peuvent varier.[[
Réservation véhicules : <<P_OTHER>> (service et appel gratuits).]]
Capitainerie : <<CALL>> <<P_ANN>>. Dépôt : <<NEG:lost_found>>.""",
        ],
    ),
    (
        "cahier-refuge",
        FRANCO,
        "refuge",
        [
            """Cahier du refuge — <<DATE>>
Montée depuis le parking en 3h, <<NEG:altitude>>. <<NEG:avalanche>>. Poêle rallumé, bois rentré.
Le gardien demande de réserver : <<CALL>> <<P_ANN>>.[[ Portable du gardien (réseau au col seulement) : <<P_MOB>>.]]
<<DATE>> — <<NEG:cabin_berth>>. Merci pour l'accueil ! <<FIRST>> et <<FIRST>>
Nuitée à régler par virement : <<IBAN>>.""",
        ],
    ),
    (
        "ag-cooperative-habitat",
        FR,
        "habitat",
        [
            """Coopérative d'habitants <<PICK:Le Village Vertical|Les Tilleuls|La Ruche|L'Écrin>> — dossier d'AG
Ordre du jour : comptes (réserve <<NEG:money>>), renouvellement du CA, travaux toiture.
Référence juridique : <<NEG:statute>>. Lots : <<NEG:share_no>> ; <<NEG:share_no>>.[[
Astreinte technique : <<P_FULL>>.]] Contacts du conseil :
<<ROSTER:table:3-5:none>>
Procurations à <<ROLE:ag>> avant le <<DATE>>. Loyers : <<IBAN>>.""",
        ],
    ),
    (
        "cours-particuliers",
        FRANCO,
        "cours",
        [
            """Étudiante en master donne COURS DE MATHS (collège/lycée), <<TOWN>> et alentours.
Méthodologie, préparation au bac. 20 €/h.
<<CALL>> <<P_ANN>>[[ ou <<EMAIL1>>]]. <<FIRST1>>""",
            """Professeur certifié propose soutien en anglais et en espagnol.
Disponible le <<DAY>> et le mercredi. <<CALL>> <<P_ANN>> — messagerie si absent.""",
        ],
    ),
    (
        "chaine-telephonique-creche",
        FRANCO,
        "creche",
        [
            """Crèche <<PICK:Les Petits Loups|Les Lucioles|Pomme d'Api|Les Galopins>> — chaîne téléphonique
En cas de fermeture exceptionnelle, la directrice appelle la première famille, qui appelle la suivante.
<<ROSTER:tree:4-5>>[[
La dernière famille rappelle la crèche : <<P_GEO>>.]]""",
        ],
    ),
    (
        "ecole-ski-groupes",
        FRANCO,
        "esf",
        [
            """École de ski — groupe <<PICK:Ourson|Flocon|1re Étoile|2e Étoile>>, semaine du <<DATE>>
Rendez-vous au jardin des neiges à 9h15.
Téléphones des parents :
<<ROSTER:table:3-5:age_band>>[[
Moniteur : <<NAME1>>, <<P_MOB>>.]] Bureau ESF : <<CALL>> <<P_ANN>>. Perdu : <<NEG:ski_pass>>.""",
        ],
    ),
    (
        "journal-taxi",
        FR,
        "taxi",
        [
            """Journal de bord — nuit du <<DATE>>
<<TIME>> gare → CHU, <<NEG:cab_job>>. Client rappelé au <<P_ANN>>.
<<TIME>> course conventionnée, <<NEG:cab_job>>.[[ Portable de la cliente : <<P_MOB>>.]]
<<TIME>> objet oublié : parapluie, <<NEG:lost_found>>.""",
        ],
    ),
    (
        "club-echecs",
        FRANCO,
        "echecs",
        [
            """Open rapide de <<TOWN>> — appariements ronde <<NUM:1-9>>
<<NEG:chess_result>> ; <<NEG:chess_result>> ; <<NEG:chess_result>>.
Arbitre : <<NAME1>>, <<CALL>> <<P_ANN>>.[[ Inscriptions : <<ROLE:tournoi>>.]] <<NEG:fide_rating>>.""",
        ],
    ),
    (
        "ludotheque",
        FR,
        "ludo",
        [
            """Ludothèque municipale — règlement et contacts
Prêt de 3 jeux pour 3 semaines.[[ Pièces manquantes : signaler au <<P_GEO>>.]]
Carte d'adhérent : <<NEG:card_bad>>. Animatrice <<NAME1>>, <<CALL>> <<P_ANN>>. <<EMAIL1>>""",
        ],
    ),
    (
        "radioamateurs-fr",
        FRANCO,
        "radioclub",
        [
            """Radio-club de <<TOWN>> — QSO de section du <<DAY>>
Relais <<NEG:ham_freq>>. Contacts : <<NEG:callsign_rst>> ; <<NEG:callsign_rst>>.
Serveur EchoLink du club : <<IP4>>. Responsable : <<NAME1>>, <<CALL>> <<P_ANN>>.""",
        ],
    ),
]
