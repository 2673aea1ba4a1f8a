"""German, French, Spanish, Italian, Dutch and Portuguese sentences. {P} = a phone, {N} = a hard negative."""

LANG = {
    "de": {
        "titles": {
            "salon": ["Ihr Friseurtermin", "Terminbestätigung Salon"],
            "trainer": ["Trainingsplan Personal Training"],
            "groomer": ["Hundesalon – Aufnahmebogen"],
            "cleaning": ["Angebot Unterhaltsreinigung"],
            "babysit": ["Infos für den Babysitter"],
        },
        "phone": {
            "salon": [
                "Sie schaffen es nicht pünktlich? Kurze SMS an {P} genügt.",
                "Für Hochsteckfrisuren zur Hochzeit erreichen Sie Frau Kern direkt unter {P}.",
            ],
            "trainer": [
                "Wenn du krank bist, sag bis 20 Uhr am Vortag unter {P} ab.",
                "Meine Vertretung im Urlaub ist Timo, Handy {P}.",
            ],
            "groomer": [
                "Bei verfilztem Fell rufen wir Sie vor dem Scheren unter {P} an.",
                "Abholung ab 15 Uhr – unser Fahrer meldet sich von {P}.",
            ],
            "cleaning": [
                "Ihre Objektleiterin ist Frau Yılmaz, erreichbar unter {P}.",
                "Schlüsseltresor klemmt? Das Büro ist bis 18 Uhr unter {P} besetzt.",
            ],
            "babysit": [
                "Im Notfall zuerst uns anrufen: {P}. Oma Gerda hat {P}.",
                "Die Nachbarin von gegenüber hilft aus, Telefon {P}.",
            ],
        },
        "plain": {
            "salon": ["Bitte mit trockenem Haar kommen."],
            "trainer": ["Bring Wasser und ein Handtuch mit."],
            "groomer": ["Bitte vorher eine Runde Gassi gehen."],
            "cleaning": ["Reinigungsmittel bringen wir mit."],
            "babysit": ["Nach dem Abendessen kein Tablet mehr."],
        },
        "neg": ["Notiert: {N}.", "Aus der Kartei – {N}.", "Zur Info: {N}."],
        "local": [
            "Aus {town} selbst reicht die {L} – ohne Vorwahl.",
            "Salon {town}, Ortsnetz: {L}",
            "Wer in {town} anruft, wählt einfach {L}; die Rezeption hat zusätzlich {L}.",
            "Im Stadtgebiet {town} sind wir unter {L} erreichbar (Vorwahl nur von außerhalb).",
            "Telefonisch im Ortsbereich {town}: {L}.",
        ],
        "list_head": ["Telefonliste", "Wichtige Kontakte"],
        "list_label": ["Empfang", "Inhaberin", "Notfall-Tierarzt", "Mama", "Papa (Büro)", "Vertretung"],
    },
    "fr": {
        "titles": {
            "salon": ["Votre rendez-vous coiffure"],
            "beauty": ["Institut de beauté – tarifs"],
            "dogwalk": ["Promenade des chiens – planning"],
            "babysit": ["Consignes pour la baby-sitter"],
        },
        "phone": {
            "salon": [
                "Un empêchement ? Prévenez Léa par SMS au {P}.",
                "Pour un chignon de mariée, appelez directement le {P}.",
            ],
            "beauty": [
                "Test d'allergie obligatoire 48 h avant la teinture des cils : réservez au {P}.",
                "En cas de rougeur après l'épilation, téléphonez au {P}.",
            ],
            "dogwalk": [
                "Si le code du portail change, envoyez-le au {P}.",
                "Vétérinaire de Filou : clinique des Tilleuls, {P}.",
            ],
            "babysit": [
                "Au moindre souci, appelle-nous d'abord au {P}.",
                "La voisine du 3e peut dépanner : {P}.",
            ],
        },
        "plain": {
            "salon": ["Merci de venir les cheveux secs."],
            "beauty": ["Pas d'UV pendant deux jours."],
            "dogwalk": ["Les serviettes sont près de la porte."],
            "babysit": ["Pas d'écran après le dîner."],
        },
        "neg": ["Noté : {N}.", "Sur la fiche : {N}.", "Pour mémoire, {N}."],
        "list_head": ["Numéros à garder", "Qui appeler"],
        "list_label": ["Accueil", "Gérante", "Maman", "Papa", "Vétérinaire"],
    },
    "es": {
        "titles": {
            "salon": ["Tu cita en la peluquería"],
            "trainer": ["Plan de entrenamiento personal"],
            "cleaning": ["Presupuesto de limpieza"],
            "babysit": ["Notas para la canguro"],
        },
        "phone": {
            "salon": [
                "¿Llegas tarde? Avisa a Nuria por WhatsApp al {P}.",
                "Si el tinte necesita otra pasada, te llamamos desde el {P}.",
            ],
            "trainer": [
                "Si no puedes venir, escríbeme al {P} antes de las nueve.",
                "En agosto te entrena Dani; su móvil es el {P}.",
            ],
            "cleaning": [
                "La encargada de tu zona es Rocío, teléfono {P}.",
                "¿Problemas con la llave? La oficina atiende en el {P}.",
            ],
            "babysit": [
                "Si pasa algo, llámanos primero al {P}.",
                "La vecina del segundo, por si acaso: {P}.",
            ],
        },
        "plain": {
            "salon": ["Ven con el pelo seco, por favor."],
            "trainer": ["Trae agua y una toalla."],
            "cleaning": ["Llevamos nuestros productos."],
            "babysit": ["A las nueve, a la cama."],
        },
        "neg": ["Anotado: {N}.", "En la ficha: {N}.", "Recuerda: {N}."],
        "list_head": ["Teléfonos de contacto", "A quién llamar"],
        "list_label": ["Recepción", "Dueña", "Mamá", "Papá", "Oficina"],
    },
    "it": {
        "titles": {
            "salon": ["Il tuo appuntamento dal parrucchiere"],
            "beauty": ["Centro estetico – listino"],
            "groomer": ["Toelettatura – scheda di ingresso"],
            "cleaning": ["Preventivo pulizie"],
        },
        "phone": {
            "salon": [
                "Sei in ritardo? Scrivi a Giulia al {P}.",
                "Per le acconciature da sposa chiama il {P}.",
            ],
            "beauty": [
                "La prova allergica va prenotata 48 ore prima al {P}.",
                "Arrossamenti dopo la ceretta? Telefona al {P}.",
            ],
            "groomer": [
                "Se il pelo è infeltrito ti chiamiamo al {P} prima di tosare.",
                "Il ritiro è dalle 15; l'autista risponde al {P}.",
            ],
            "cleaning": [
                "La tua referente è Anna, cellulare {P}.",
                "Per le chiavi l'ufficio risponde al {P}.",
            ],
        },
        "plain": {
            "salon": ["Vieni con i capelli asciutti."],
            "beauty": ["Niente lampade per due giorni."],
            "groomer": ["Porta il cane a fare un giro prima."],
            "cleaning": ["Portiamo noi i prodotti."],
        },
        "neg": ["Annotato: {N}.", "Dalla scheda: {N}.", "Promemoria: {N}."],
        "list_head": ["Numeri da tenere", "Chi chiamare"],
        "list_label": ["Reception", "Titolare", "Veterinario", "Ufficio"],
    },
    "nl": {
        "titles": {
            "salon": ["Je kappersafspraak"],
            "trainer": ["Schema personal training"],
            "dogwalk": ["Uitlaatservice – planning"],
            "cleaning": ["Offerte schoonmaak"],
            "babysit": ["Briefje voor de oppas"],
        },
        "phone": {
            "salon": ["Te laat? App Sanne even op {P}.", "Voor bruidskapsels bel je rechtstreeks {P}."],
            "trainer": ["Afmelden kan tot 20.00 uur de avond ervoor via {P}.", "Mijn vervanger Bas: {P}."],
            "dogwalk": [
                "Verandert de code van het hek? Stuur hem naar {P}.",
                "Dierenarts van Bobbie: praktijk De Linde, {P}.",
            ],
            "cleaning": [
                "Je vaste schoonmaker is Petra, bereikbaar op {P}.",
                "Sleutelkastje stuk? Kantoor is tot 18.00 uur bereikbaar op {P}.",
            ],
            "babysit": ["Is er iets, bel ons eerst op {P}.", "De buurvrouw van nummer 12 helpt ook: {P}."],
        },
        "plain": {
            "salon": ["Kom met droog haar."],
            "trainer": ["Neem water en een handdoek mee."],
            "dogwalk": ["Handdoeken liggen bij de achterdeur."],
            "cleaning": ["We nemen eigen middelen mee."],
            "babysit": ["Na het eten geen tablet meer."],
        },
        "neg": ["Genoteerd: {N}.", "Op de kaart: {N}.", "Ter herinnering: {N}."],
        "local": [
            "Bel je vanuit {town} zelf, dan is het gewoon {L}.",
            "Kapsalon {town} (binnen de stad zonder netnummer): {L}",
            "Voor klanten in {town}: {L}, en voor de pedicure {L}.",
            "Lokaal in {town} bereikbaar via {L}.",
        ],
        "list_head": ["Handige nummers", "Wie bel je"],
        "list_label": ["Balie", "Eigenaar", "Mama", "Papa", "Dierenarts", "Kantoor"],
    },
    "pt": {
        "titles": {
            "salon": ["Seu horário no salão"],
            "beauty": ["Estética – tabela de preços"],
            "trainer": ["Plano do personal"],
            "cleaning": ["Orçamento de faxina"],
            "babysit": ["Recado para a babá"],
        },
        "phone": {
            "salon": [
                "Vai atrasar? Manda um WhatsApp para a Bia no {P}.",
                "Para penteado de noiva, ligue direto no {P}.",
            ],
            "beauty": [
                "O teste de alergia deve ser marcado 48 h antes pelo {P}.",
                "Irritação depois da depilação? Ligue para {P}.",
            ],
            "trainer": [
                "Se não puder vir, me avisa no {P} até as 20h.",
                "Em julho quem te treina é o Caio: {P}.",
            ],
            "cleaning": [
                "A diarista da sua região é a Dona Fátima, celular {P}.",
                "Problema com a chave? O escritório atende no {P}.",
            ],
            "babysit": ["Qualquer coisa, liga primeiro pra gente: {P}.", "A vizinha do 42 pode ajudar: {P}."],
        },
        "plain": {
            "salon": ["Venha com o cabelo seco."],
            "beauty": ["Nada de sol por dois dias."],
            "trainer": ["Traga água e toalha."],
            "cleaning": ["Levamos nossos produtos."],
            "babysit": ["Depois do jantar, nada de celular."],
        },
        "neg": ["Anotado: {N}.", "Na ficha: {N}.", "Lembrete: {N}."],
        "local": [
            "De telefone fixo em {town}, é só discar {L}.",
            "Salão {town} – ligação local: {L}",
            "Quem está em {town} liga direto no {L}; a recepção também atende no {L}.",
            "Dentro de {town} não precisa do DDD: {L}.",
        ],
        "list_head": ["Telefones para guardar", "Quem chamar"],
        "list_label": ["Recepção", "Dona do salão", "Mãe", "Pai", "Escritório"],
    },
}
