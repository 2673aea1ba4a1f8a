"""German, French and Spanish sentences for v61, written fresh for this set."""

DE = {
    "titles": {
        "theatre": ["Hinweis der Theaterkasse", "Abendspielleitung", "Ihre Karten für heute"],
        "gallery": ["Leihvertrag – Rückfragen", "Einladung zur Vernissage", "Depotnotiz"],
        "choir": ["Chorbrief", "Probenplan", "Konzertreise"],
        "festival": ["Festivalkasse", "Helferplan", "Bändchenausgabe"],
    },
    "pos": {
        "theatre": [
            "Kartenrückgaben für die Sonntagsvorstellung nimmt die Kasse unter {P} entgegen.",
            "Die Abendspielleitung, Frau {name}, ist während des Einlasses unter {P} erreichbar.",
            "Rollstuhlplätze bitte über {E} oder telefonisch unter {P} reservieren.",
            "Die Stornogebühr wurde von der Karte {C} abgebucht.",
            "Unser Gastregisseur aus Wien ist kurzfristig unter {X} zu erreichen.",
        ],
        "gallery": [
            "Der Kurier des Leihgebers, Herr {name}, ist ab Donnerstag unter {X} erreichbar.",
            "Den Zustandsbericht zu Inv.-Nr. {N:accession} bitte an {EP} senden.",
            "Die Rahmung wird vom Konto {I} überwiesen.",
            "Zusagen zur Vernissage an {E}; am Abend selbst hilft der Empfang unter {P}.",
            "Die Klimaüberwachung im Depot meldet sich unter {IP}.",
        ],
        "choir": [
            "Die Stimmprobe der Altstimmen findet im Gemeindehaus statt; den Schlüssel hat {name} ({P}).",
            "Mitgliedsbeiträge bitte bis Monatsende auf {I} überweisen.",
            "Wer am Samstag nicht kann, meldet sich bitte bei der Chorleitung unter {P}.",
            "Karten für Angehörige gibt es über {E}.",
        ],
        "festival": [
            "Verlorene Bändchen werden an der Kasse neu ausgegeben; Rückfragen unter {P}.",
            "Barrierefreies Camping: kostenlos unter {O} oder per Mail an {E}.",
            "Bühnenmeister {name} ist von Soundcheck bis Sperrstunde unter {P} erreichbar.",
            "Der Festivalpass wurde mit der Karte {C} bezahlt.",
            "Die Einlassscanner synchronisieren sich mit {IP}.",
        ],
    },
    "neg": {
        "theatre": [
            "Ihre Plätze: Reihe {N:seat}, Vorstellung am {N:show_date_time}.",
            "Spieldauer {N:running_time} mit Pause, Karte je {N:price} Euro.",
            "Gutscheincode {N:voucher} gilt zwölf Monate.",
        ],
        "gallery": [
            "Objekt {N:accession}, Öl auf Leinwand, {N:dimensions}, Auflage {N:edition}.",
            "Der Katalog erscheint unter ISBN {N:isbn}, Auflage {N:print_run} Stück.",
            "Öffnungszeiten während der Ausstellung: {N:opening_hours} Uhr.",
        ],
        "choir": [
            "Wir beginnen bei Buchstabe {N:score_rehearsal_letter}, Takte {N:bars}.",
            "Stimmton für das Barockprogramm: {N:pitch}; Programmbeginn mit {N:catalogue_work}.",
        ],
        "festival": [
            "Bändchen {N:wristband} gehört zur Buchung {N:booking_ref}.",
            "Koordinaten der Hauptbühne: {N:gps}. Einlass {N:opening_hours} Uhr.",
        ],
    },
    "local": [
        "Innerhalb von {town} genügt für die Theaterkasse die {L}.",
        "Chorbüro {town}, im Ortsnetz: {L} (Probenraum {L2}).",
        "Aus dem {town}er Festnetz erreichen Sie die Musikschule direkt unter {L}.",
        "Galerie am Markt, {town} – Ortsgespräch: {L}.",
        "Wer in {town} anruft, wählt für das Kino nur {L}; die Vorführkabine hat {L2}.",
        "Festivalbüro {town}, ortsansässige Anrufer bitte {L}.",
    ],
    "heads": ["Telefonliste", "Am Abend erreichbar", "Kontakte fürs Wochenende"],
    "labels": ["Kasse", "Bühneneingang", "Abendspielleitung", "Inspizienz", "Depot", "Helferleitung"],
}

FR = {
    "titles": {
        "theatre": ["Billetterie – information", "Feuille de service", "Vos places pour ce soir"],
        "gallery": ["Prêt d'œuvres", "Invitation au vernissage", "Note de la régie des collections"],
        "filmclub": ["Ciné-club : programme", "Cabine de projection", "Séance réservée"],
        "festival": ["Billetterie du festival", "Planning des bénévoles", "Retrait des bracelets"],
    },
    "pos": {
        "theatre": [
            "Les échanges de billets se font au guichet ou par téléphone au {P}.",
            "La régisseuse, {name}, reste joignable au {P} pendant le montage.",
            "Pour les places PMR, écrivez à {E} ou appelez le {P}.",
            "Le remboursement sera effectué sur la carte {C}.",
            "Notre metteur en scène invité est joignable au {X}.",
        ],
        "gallery": [
            "Le convoyeur du prêteur, M. {name}, arrive jeudi ; son portable : {X}.",
            "Merci d'envoyer le constat d'état de l'œuvre {N:accession} à {EP}.",
            "L'encadrement sera réglé par virement depuis {I}.",
            "Réponses pour le vernissage à {E} ; le soir même, l'accueil répond au {P}.",
        ],
        "filmclub": [
            "Si la copie DCP n'est pas arrivée mercredi, appelez le distributeur au {P}.",
            "Les clés KDM sont envoyées à {E}.",
            "Adhésion réglable par carte ({C}) ou par virement sur {I}.",
            "Projectionniste de permanence : {name}, {P}.",
            "Le serveur de la cabine répond sur {IP}.",
        ],
        "festival": [
            "Bracelet perdu ? Le stand billetterie le remplace ; renseignements au {P}.",
            "Camping accessible : numéro gratuit {O}.",
            "Le régisseur plateau, {name}, est joignable au {P} jusqu'au couvre-feu.",
            "Votre pass week-end a été payé avec la carte {C}.",
        ],
    },
    "neg": {
        "theatre": [
            "Vos places : {N:seat} et {N:seat}, représentation du {N:show_date_time}.",
            "Durée {N:running_time} avec entracte ; tarif {N:price} €.",
        ],
        "gallery": [
            "Œuvre {N:accession}, huile sur toile, {N:dimensions}, tirage {N:edition}.",
            "Le catalogue porte l'ISBN {N:isbn}.",
        ],
        "filmclub": [
            "Copie de ce soir : {N:aspect_fps}, durée {N:running_time}.",
            "La restauration est référencée {N:isan}.",
        ],
        "festival": [
            "Bracelet {N:wristband}, réservation {N:booking_ref}.",
            "Le billet {N:ticket_serial} a été scanné à l'entrée nord.",
        ],
    },
    "heads": ["Numéros utiles pour la soirée", "Qui appeler", "Contacts du week-end"],
    "labels": ["Billetterie", "Entrée des artistes", "Régie", "Accueil", "Cabine", "Bénévoles"],
}

ES = {
    "titles": {
        "theatre": ["Aviso de taquilla", "Hoja de regiduría", "Sus entradas para esta noche"],
        "festival": ["Taquilla del festival", "Turnos de voluntariado", "Recogida de pulseras"],
        "gallery": ["Préstamo de obra", "Invitación a la inauguración", "Nota del almacén"],
    },
    "pos": {
        "theatre": [
            "Las devoluciones para la función del domingo se gestionan en taquilla, teléfono {P}.",
            "La regidora, {name}, atiende en el {P} durante el montaje.",
            "Reservas de espacios para silla de ruedas en {E} o en el {P}.",
            "El importe se ha cargado en la tarjeta {C}.",
        ],
        "festival": [
            "Si pierdes la pulsera, pasa por taquilla o llama al {P}.",
            "Acampada accesible: teléfono gratuito {O}.",
            "El jefe de escenario, {name}, está localizable en el {X}.",
            "La cuota de los puestos se abona en {I}.",
        ],
        "gallery": [
            "El correo del prestador, {name}, llega el jueves; su móvil es {P}.",
            "Enviad el informe de estado de la obra {N:accession} a {EP}.",
            "Confirmaciones para la inauguración a {E}.",
        ],
    },
    "neg": {
        "theatre": [
            "Sus butacas: {N:seat} y {N:seat}; función del {N:show_date_time}.",
            "Duración {N:running_time} con descanso.",
        ],
        "festival": [
            "Pulsera {N:wristband}, reserva {N:booking_ref}.",
            "Coordenadas del escenario: {N:gps}.",
        ],
        "gallery": ["Obra {N:accession}, óleo sobre lienzo, {N:dimensions}.", "Catálogo con ISBN {N:isbn}."],
    },
    "heads": ["Teléfonos de la noche", "A quién llamar"],
    "labels": ["Taquilla", "Regiduría", "Sala", "Voluntariado", "Almacén"],
}
