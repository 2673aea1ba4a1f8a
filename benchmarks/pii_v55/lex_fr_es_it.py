"""French, Spanish and Italian sentences: sports and hobby clubs."""

FR = {
    "genres": {
        "fixtures": {
            "titles": ["Calendrier des rencontres", "Match reporté – {club}", "Programme du week-end"],
            "pos": [
                "Le déplacement chez {club2} est avancé à 14 h ; renseignements auprès du secrétaire au {P}.",
                "En cas d'arrêté municipal, {name} préviendra les capitaines depuis le {M}.",
                "Les reports sont à signaler à {E} et par téléphone au {P}.",
                "La ligne résultats du district, {F}, est ouverte jusqu'à 19 h.",
                "Contact du club adverse : {name}, {X}.",
            ],
            "neg": [
                "Le match aller s'est terminé sur le score de {n:score}.",
                "Classement après la journée {n:matchday} : {n:table_row}.",
                "Affluence pour le derby : {n:attendance} spectateurs.",
            ],
        },
        "chess": {
            "titles": ["Club d'échecs – lettre d'information", "Résultats de l'open", "Interclubs"],
            "pos": [
                "L'échiquier 1 de l'équipe 2 est libre ; prévenir le capitaine {name} au {M}.",
                "L'arbitre principal est joignable pendant les rondes au {P}.",
                "Cours jeunes le mercredi, inscriptions par {E} ou au {P}.",
            ],
            "neg": [
                "Cadence : {n:time_control}.",
                "Notre premier échiquier (FIDE ID {n:fide_id}, Elo {n:rating}) a fait nulle.",
                "Le tournant de la partie : {n:chess_moves}.",
            ],
        },
        "angling": {
            "titles": ["Bulletin de l'AAPPMA", "Résultats du concours de pêche", "Avis des gardes-pêche"],
            "pos": [
                "Tout acte de braconnage est à signaler au garde-pêche au {M}.",
                "Inscriptions au concours auprès de {name}, {P}.",
                "Cotisation par prélèvement sur {B} ; questions à {E}.",
            ],
            "neg": [
                "Le vainqueur a pesé {n:fish_weight}, poste {n:peg}.",
                "Hauteur d'eau à l'échelle : {n:river_level}.",
                "Rendez-vous au parking ({n:gps}) à 6 h.",
            ],
        },
    },
    "heads": ["Contacts du club", "Numéros du bureau"],
    "labels": ["Président", "Trésorier", "Secrétaire", "Entraîneur", "Responsable jeunes"],
}

ES = {
    "genres": {
        "fixtures": {
            "titles": ["Calendario de partidos", "Partido aplazado – {club}", "Jornada del fin de semana"],
            "pos": [
                "El partido contra el {club2} se adelanta a las 16:00; dudas con el delegado en el {P}.",
                "Si se suspende por lluvia, {name} avisará a los capitanes desde el {M}.",
                "Los aplazamientos se comunican a {E} y al {P}.",
                "La línea de resultados de la federación, {F}, atiende hasta las 19:00.",
            ],
            "neg": [
                "El partido de ida acabó {n:score}.",
                "Clasificación tras la jornada {n:matchday}: {n:table_row}.",
                "Asistencia al derbi: {n:attendance}.",
            ],
        },
        "gym": {
            "titles": ["Horario de clases del gimnasio", "Aviso a los socios"],
            "pos": [
                "Las clases de ciclo indoor también se reservan por teléfono en el {P}.",
                "La monitora {name} da el entrenamiento de las 7; avisa al {M} si llegas tarde.",
                "Las bajas temporales se tramitan en recepción ({E}, {P}).",
            ],
            "neg": [
                "El pilates pasa a {n:class_times}.",
                "Zona de pulso: {n:heart_rate}.",
                "Taquilla {n:locker}, número de socio {n:membership_no}.",
            ],
        },
        "entry": {
            "titles": ["Inscripción al torneo", "Formulario de inscripción"],
            "pos": [
                "Teléfono del participante o del tutor: {P}.",
                "Cuota abonada con tarjeta {C}; el recibo llega desde {E}.",
                "Transferencias a {B} indicando nombre y categoría.",
            ],
            "neg": [
                "Dorsal {n:bib}; el chip se activa en el arco de salida.",
                "Categoría alevín: nacidos {n:birth_years}.",
                "Distancia: {n:distance}.",
            ],
        },
    },
    "heads": ["Contactos del club", "Teléfonos de la junta"],
    "labels": ["Presidente", "Tesorería", "Delegado", "Entrenador", "Cantera"],
}

IT = {
    "genres": {
        "fixtures": {
            "titles": ["Calendario partite", "Gara rinviata – {club}", "Programma del weekend"],
            "pos": [
                "La trasferta contro il {club2} è anticipata alle 14:30; info dal segretario al {P}.",
                "In caso di campo impraticabile, {name} avviserà i capitani dal {M}.",
                "I rinvii vanno comunicati a {E} e al {P}.",
                "Il numero verde risultati del comitato, {F}, risponde fino alle 19.",
            ],
            "neg": [
                "La partita d'andata è finita {n:score}.",
                "Classifica dopo la giornata {n:matchday}: {n:table_row}.",
                "Spettatori al derby: {n:attendance}.",
            ],
        },
        "chess": {
            "titles": ["Circolo scacchistico – notiziario", "Risultati del torneo"],
            "pos": [
                "La prima scacchiera è ancora libera: avvisate il capitano {name} al {M}.",
                "L'arbitro è raggiungibile durante i turni al {P}.",
                "Corsi per ragazzi il giovedì, iscrizioni a {E} o al {P}.",
            ],
            "neg": [
                "Cadenza di gioco: {n:time_control}.",
                "La nostra prima scacchiera (FIDE ID {n:fide_id}, Elo {n:rating}) ha pattato.",
                "Il momento decisivo: {n:chess_moves}.",
            ],
        },
        "angling": {
            "titles": ["Notiziario della società di pesca", "Classifica della gara di pesca"],
            "pos": [
                "Il bracconaggio va segnalato alla guardia ittica al {M}.",
                "Iscrizioni alla gara presso {name}, {P}.",
                "Quota sociale con addebito su {B}; domande a {E}.",
            ],
            "neg": [
                "Il peso vincente è stato {n:fish_weight} dal picchetto {n:peg}.",
                "Livello del fiume all'idrometro: {n:river_level}.",
                "Ritrovo al parcheggio ({n:gps}) alle 6.",
            ],
        },
    },
    "heads": ["Contatti della società", "Numeri del direttivo"],
    "labels": ["Presidente", "Tesoriere", "Segreteria", "Allenatore", "Settore giovanile"],
}
